//! The browser without a terminal: the real engine, the real `update` and `view`, a test
//! backend, and effects answered at once instead of on the worker thread. For tests and for the
//! keystroke-latency benchmark.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::search::{Engine, SearchError};

use super::app::App;
use super::keys::Keymap;
use super::msg::{Effect, Msg};
use super::update::update;
use super::view::view;
use super::worker::{DocCache, answer, opened};

pub struct Headless {
    pub app: App,
    engine: Engine,
    cache: DocCache,
    terminal: Terminal<TestBackend>,
}

pub fn key_event(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent {
        code,
        modifiers,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    }
}

impl Headless {
    /// The browser over the index at `index`, in a `width`×`height` screen.
    pub fn open(
        index: &Path,
        width: u16,
        height: u16,
        color: bool,
    ) -> Result<Headless, SearchError> {
        let engine = Engine::open(index)?;
        let terminal = Terminal::new(TestBackend::new(width, height)).map_err(|e| {
            SearchError::io(
                Path::new("<test terminal>"),
                std::io::Error::other(e.to_string()),
            )
        })?;
        let mut h = Headless {
            app: App::new(Keymap::default(), (width, height), color),
            engine,
            cache: DocCache::default(),
            terminal,
        };
        for msg in opened(&h.engine) {
            h.send(msg);
        }
        Ok(h)
    }

    /// Opens the index again and delivers what the worker sends then, as the browser does
    /// when a refresh committed.
    pub fn reopen(&mut self, index: &Path) -> Result<(), SearchError> {
        self.engine = Engine::open(index)?;
        self.cache.clear();
        for msg in opened(&self.engine) {
            self.send(msg);
        }
        Ok(())
    }

    /// What the real browser's worker does once the overview is shown, before the user's
    /// first key ([`Engine::warm`]).
    pub fn warm(&self) {
        self.engine.warm();
    }

    /// Delivers a message and, like the worker would, the answers to the effects it causes.
    pub fn send(&mut self, msg: Msg) {
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for effect in update(&mut self.app, msg) {
                if effect == Effect::Quit {
                    continue;
                }
                queue.extend(answer(&self.engine, &mut self.cache, effect));
            }
        }
    }

    pub fn key(&mut self, code: KeyCode) {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_ascii_uppercase() || "{}?:\"".contains(c) => {
                KeyModifiers::SHIFT
            }
            _ => KeyModifiers::NONE,
        };
        self.send(Msg::Key(key_event(code, modifiers)));
    }

    /// Types text, one key per character.
    pub fn type_str(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().resize(width, height);
        self.send(Msg::Resize(width, height));
    }

    /// Draws the current state.
    pub fn render(&mut self) -> &Buffer {
        let app = &self.app;
        self.terminal
            .draw(|f| view(app, f))
            .expect("drawing to a test backend cannot fail");
        self.terminal.backend().buffer()
    }

    /// The bytes a real terminal would receive for the current state: the whole frame, as
    /// crossterm writes it. For tests that nothing from a file reaches the terminal raw.
    pub fn terminal_bytes(&mut self) -> Vec<u8> {
        let area = self.render().area;
        let bytes = Capture::default();
        let backend = ratatui::backend::CrosstermBackend::new(bytes.clone());
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        };
        let app = &self.app;
        let mut terminal =
            Terminal::with_options(backend, options).expect("a fixed viewport needs no terminal");
        terminal
            .draw(|f| view(app, f))
            .expect("drawing into memory cannot fail");
        drop(terminal);
        bytes.0.borrow().clone()
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    pub fn screen(&mut self) -> String {
        let buffer = self.render().clone();
        rows(&buffer)
            .into_iter()
            .map(|(text, _)| text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The screen as text, each row followed by a row of style codes where any cell is
    /// styled (see [`style_code`]), so that snapshots show what is highlighted.
    pub fn styled_screen(&mut self) -> String {
        let buffer = self.render().clone();
        let mut out = String::new();
        for (text, styles) in rows(&buffer) {
            out.push_str(&text);
            out.push('\n');
            if !styles.trim().is_empty() {
                out.push_str(styles.trim_end());
                out.push('\n');
            }
        }
        out
    }
}

/// A writer whose bytes stay readable after the terminal that wrote them is gone.
#[derive(Clone, Default)]
struct Capture(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One letter per styled cell: `M` a search match, `g`/`r`/`y` green, red, yellow text (clause
/// valences, topics), `c` cyan (headings, keys), `m` magenta (companies), `s` reversed
/// (selection), `b` bold, `u` underlined, `.` other styles, space unstyled.
pub fn style_code(cell: &ratatui::buffer::Cell) -> char {
    let s = cell.style();
    if s.bg == Some(Color::Yellow) {
        return 'M';
    }
    if s.add_modifier.contains(Modifier::REVERSED) {
        return if s.add_modifier.contains(Modifier::BOLD) {
            'M'
        } else {
            's'
        };
    }
    match s.fg {
        Some(Color::Green) => 'g',
        Some(Color::Red) => 'r',
        Some(Color::Yellow) => 'y',
        Some(Color::Cyan) => 'c',
        Some(Color::Magenta) => 'm',
        Some(Color::DarkGray) => ' ',
        _ if s.add_modifier.contains(Modifier::UNDERLINED) => 'u',
        _ if s.add_modifier.contains(Modifier::BOLD) => 'b',
        _ if s.bg.is_some() => ' ',
        _ => ' ',
    }
}

fn rows(buffer: &Buffer) -> Vec<(String, String)> {
    let area = buffer.area;
    let mut out = Vec::new();
    for y in area.y..area.y + area.height {
        let mut text = String::new();
        let mut styles = String::new();
        let mut skip = 0;
        for x in area.x..area.x + area.width {
            let cell = &buffer[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = cell.symbol();
            text.push_str(symbol);
            let w = unicode_width::UnicodeWidthStr::width(symbol).max(1);
            let code = style_code(cell);
            for _ in 0..w {
                styles.push(code);
            }
            skip = w - 1;
        }
        out.push((text.trim_end().to_string(), styles));
    }
    out
}
