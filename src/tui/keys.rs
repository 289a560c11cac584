//! The key table: every action, its default keys and its description. The help bar, the `?`
//! overlay and the dispatcher all read this one table, so they cannot disagree; a TOML file in
//! the user's config folder rebinds any action.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Search,
    Open,
    Back,
    NextPane,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    PrevSection,
    NextSection,
    NextMatch,
    PrevMatch,
    NextClause,
    PrevClause,
    PrevCompany,
    NextCompany,
    Compare,
    Left,
    Right,
    Help,
    Refresh,
    Suspend,
    Quit,
}

impl Action {
    /// The action's name in `keys.toml`.
    pub fn name(self) -> String {
        let debug = format!("{self:?}");
        let mut name = String::new();
        for (i, c) in debug.chars().enumerate() {
            if c.is_ascii_uppercase() {
                if i > 0 {
                    name.push('-');
                }
                name.push(c.to_ascii_lowercase());
            } else {
                name.push(c);
            }
        }
        name
    }
}

/// (action, default keys, short label for the help bar, description for the help overlay).
pub const TABLE: &[(Action, &[&str], &str, &str)] = &[
    (Action::Search, &["/"], "search", "edit the search"),
    (Action::Open, &["enter"], "open", "open the selected policy"),
    (Action::Back, &["esc"], "back", "go back a level"),
    (Action::NextPane, &["tab"], "pane", "next pane"),
    (Action::Down, &["j", "down"], "down", "move down"),
    (Action::Up, &["k", "up"], "up", "move up"),
    (
        Action::PageDown,
        &["pagedown", "space", "ctrl-d"],
        "page",
        "page down",
    ),
    (Action::PageUp, &["pageup", "ctrl-u"], "page up", "page up"),
    (Action::Top, &["g", "home"], "top", "go to the top"),
    (Action::Bottom, &["G", "end"], "bottom", "go to the bottom"),
    (Action::PrevSection, &["["], "section", "previous section"),
    (Action::NextSection, &["]"], "section", "next section"),
    (Action::NextMatch, &["n"], "match", "next search match"),
    (Action::PrevMatch, &["N"], "match", "previous search match"),
    (Action::NextClause, &["c"], "clause", "next clause"),
    (Action::PrevClause, &["C"], "clause", "previous clause"),
    (
        Action::PrevCompany,
        &["{"],
        "company",
        "same topic, company before",
    ),
    (
        Action::NextCompany,
        &["}"],
        "company",
        "same topic, company after",
    ),
    (
        Action::Compare,
        &["v"],
        "compare",
        "compare topic side by side",
    ),
    (
        Action::Left,
        &["h", "left"],
        "left",
        "scroll comparison left",
    ),
    (
        Action::Right,
        &["l", "right"],
        "right",
        "scroll comparison right",
    ),
    (Action::Help, &["?"], "help", "show or hide this help"),
    (
        Action::Refresh,
        &["ctrl-r"],
        "refresh",
        "re-read the data folder",
    ),
    (
        Action::Suspend,
        &["ctrl-z"],
        "suspend",
        "suspend (fg comes back)",
    ),
    (Action::Quit, &["q", "ctrl-c"], "quit", "quit"),
];

/// A key with its modifiers (shift folded into the character for printable keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub fn of(ev: &KeyEvent) -> Key {
        Key {
            code: ev.code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// "ctrl-c", "pagedown", "G", "{".
    pub fn parse(spec: &str) -> Result<Key, String> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = spec.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower
                .strip_prefix("ctrl-")
                .or_else(|| lower.strip_prefix("c-"))
            {
                ctrl = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower
                .strip_prefix("alt-")
                .or_else(|| lower.strip_prefix("m-"))
            {
                alt = true;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                    _ => return Err(format!("unknown key {spec:?}")),
                }
            }
        };
        Ok(Key { code, ctrl, alt })
    }

    /// How the help shows the key.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "⏎".to_string(),
            KeyCode::Esc => "esc".into(),
            KeyCode::Tab => "tab".into(),
            KeyCode::BackTab => "shift-tab".into(),
            KeyCode::Char(' ') => "space".into(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "pgup".into(),
            KeyCode::PageDown => "pgdn".into(),
            KeyCode::Home => "home".into(),
            KeyCode::End => "end".into(),
            KeyCode::F(n) => format!("f{n}"),
            other => format!("{other:?}").to_lowercase(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("ctrl-{base}"),
            (_, true) => format!("alt-{base}"),
            _ => base,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Key, Action)>,
    /// Where a `keys.toml` is read from (or would be), as the help names it: the config
    /// folder differs by platform and `XDG_CONFIG_HOME`, so the help cannot hard-code it.
    file: Option<String>,
}

#[derive(Deserialize)]
struct KeyFile {
    #[serde(default)]
    keys: BTreeMap<Action, OneOrMany>,
}

/// `quit = "q"` as well as `quit = ["q", "ctrl-q"]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn keys(&self) -> &[String] {
        match self {
            OneOrMany::One(k) => std::slice::from_ref(k),
            OneOrMany::Many(ks) => ks,
        }
    }
}

impl Default for Keymap {
    fn default() -> Keymap {
        let mut bindings = Vec::new();
        for (action, keys, _, _) in TABLE {
            for k in *keys {
                if let Ok(key) = Key::parse(k) {
                    bindings.push((key, *action));
                }
            }
        }
        Keymap {
            bindings,
            file: None,
        }
    }
}

impl Keymap {
    /// The default table with the bindings of a `keys.toml` replacing those of the actions
    /// it names:
    ///
    /// ```toml
    /// [keys]
    /// quit = ["q", "ctrl-q"]
    /// next-company = ["}", "ctrl-n"]
    /// ```
    pub fn from_toml(source: &str) -> Result<Keymap, String> {
        let file: KeyFile = toml::from_str(source)
            .map_err(|e| crate::corpus::toml_error::toml_error(source, &e))?;
        let mut map = Keymap::default();
        let named: Vec<Action> = file.keys.keys().copied().collect();
        for (action, keys) in file.keys {
            let parsed: Vec<Key> = keys
                .keys()
                .iter()
                .map(|k| Key::parse(k))
                .collect::<Result<_, _>>()?;
            map.bindings.retain(|(_, a)| *a != action);
            // A key now bound here leaves its old action.
            map.bindings.retain(|(k, _)| !parsed.contains(k));
            map.bindings.extend(parsed.into_iter().map(|k| (k, action)));
        }
        // A key taken by another action must not leave one with no key at all: a file that
        // binds `q` and `ctrl-c` elsewhere would leave no way to quit. An action the file
        // names with no keys (`help = []`) is the user's choice and stays unbound.
        for (action, keys, _, _) in TABLE {
            if !named.contains(action) && !map.bindings.iter().any(|(_, a)| a == action) {
                return Err(format!(
                    "{} would have no key left (its keys {} are bound to other actions here); \
                     give it one, or write {} = [] to leave it unbound",
                    action.name(),
                    keys.join(", "),
                    action.name()
                ));
            }
        }
        Ok(map)
    }

    /// The same keymap, naming the file the help points to for rebinding keys.
    pub fn with_file(mut self, file: String) -> Keymap {
        self.file = Some(file);
        self
    }

    /// The keys file as the help shows it.
    pub fn file(&self) -> &str {
        self.file
            .as_deref()
            .unwrap_or("keys.toml in the policytui config folder")
    }

    pub fn action(&self, ev: &KeyEvent) -> Option<Action> {
        let key = Key::of(ev);
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }

    /// The keys bound to `action`, as shown to the user.
    pub fn keys(&self, action: Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| k.label())
            .collect()
    }

    /// The first key bound to `action`, for the help bar.
    pub fn first_key(&self, action: Action) -> Option<String> {
        self.keys(action).into_iter().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: crossterm::event::KeyEventState::NONE,
        }
    }

    #[test]
    fn defaults() {
        let m = Keymap::default();
        assert_eq!(
            m.action(&ev(KeyCode::Char('}'), KeyModifiers::SHIFT)),
            Some(Action::NextCompany)
        );
        assert_eq!(
            m.action(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            m.action(&ev(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            m.action(&ev(KeyCode::Char('c'), KeyModifiers::NONE)),
            Some(Action::NextClause)
        );
        assert_eq!(
            m.action(&ev(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(m.action(&ev(KeyCode::Char('z'), KeyModifiers::NONE)), None);
        assert_eq!(m.first_key(Action::Open).as_deref(), Some("⏎"));
    }

    #[test]
    fn user_bindings() {
        let m = Keymap::from_toml("[keys]\nquit = [\"ctrl-q\"]\nnext-company = [\"q\"]\n").unwrap();
        assert_eq!(
            m.action(&ev(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            m.action(&ev(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::NextCompany)
        );
        assert_eq!(m.action(&ev(KeyCode::Char('}'), KeyModifiers::NONE)), None);
        assert!(Keymap::from_toml("[keys]\nquit = [\"ctrl-nonsense\"]\n").is_err());
        assert!(Keymap::from_toml("[keys]\nno-such-action = [\"x\"]\n").is_err());
        // One key needs no list.
        let m = Keymap::from_toml("[keys]\nquit = \"ctrl-q\"\n").unwrap();
        assert_eq!(
            m.action(&ev(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
    }

    #[test]
    fn a_file_that_takes_every_key_of_an_action_is_refused_unless_it_says_so() {
        // q and ctrl-c both go elsewhere: there would be no way to quit.
        let err = Keymap::from_toml("[keys]\nnext-company = [\"q\", \"ctrl-c\"]\n").unwrap_err();
        assert!(err.starts_with("quit would have no key left"), "{err}");
        assert!(err.contains("quit = []"), "{err}");
        // Named with no keys: the user's choice.
        let m = Keymap::from_toml("[keys]\nhelp = []\n").unwrap();
        assert!(m.keys(Action::Help).is_empty());
        // Taking one of two keys is fine.
        assert!(Keymap::from_toml("[keys]\nnext-company = [\"q\"]\n").is_ok());
        assert_eq!(Action::NextCompany.name(), "next-company");
        assert_eq!(Action::Quit.name(), "quit");
    }
}
