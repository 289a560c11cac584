//! Policy text is untrusted. A policy (and a file name) full of terminal escape sequences —
//! title change, clipboard write (OSC 52), hyperlinks (OSC 8), cursor movement, C0 and C1
//! controls, bidi overrides, zero-width characters — must never reach a terminal raw: not
//! from the browser, not from any command, plain or JSON. Checked on the bytes written.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use crossterm::event::KeyCode;
use policytui::search::{RefreshOptions, refresh};
use policytui::tui::headless::Headless;

use common::Sandbox;

const HOSTILE: &str = "# Evil\u{1b}]0;pwned\u{7} Corp Privacy Policy\n\n\
## Sharing\u{1b}[2J\u{1b}[H\n\n\
We will not sell\u{1b}[31m your personal information to third parties. \
Clipboard\u{1b}]52;c;cHduZWQ=\u{7} write. Visit \u{1b}]8;;http://evil.example\u{1b}\\here\u{1b}]8;;\u{1b}\\ now. \
Cursor\u{1b}[10;10H moves\u{8}\u{8} back\r and rings\u{7}. \
C1 csi\u{9b}31m and osc\u{9d}0;x\u{9c} here. \
Bidi \u{202e}gnp.exe\u{202c} and \u{2066}isolate\u{2069} and zero\u{200b}width\u{feff} and del\u{7f} end.\n\n\
## Cookies\n\nWe use cookies\u{1b}[?1049l to remember you.\n";

/// The file name carries an escape sequence too.
const HOSTILE_NAME: &str = "evil\u{1b}[31m\u{202e}\u{9b}name.com.md";

/// What a terminal could act on, as bytes: ESC, BEL, BS, CR, DEL, C1 controls, bidi
/// controls, zero-width characters. `ours` allows our own colour codes (`ESC [ … m`).
fn dangerous(bytes: &[u8], ours: bool) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\u{1b}' && ours {
            // Our SGR colour codes and ratatui's cursor moves and show/hide: ESC [ params letter.
            let rest = &text[i + 1..];
            let params: String = rest
                .chars()
                .skip(1)
                .take_while(|c| c.is_ascii_digit() || *c == ';' || *c == '?')
                .collect();
            let end = rest.chars().nth(1 + params.len());
            let cursor_shown = params == "?25" && matches!(end, Some('h' | 'l'));
            let style_or_move =
                !params.starts_with('?') && matches!(end, Some('m' | 'H' | 'J' | 'K'));
            if rest.starts_with('[') && (cursor_shown || style_or_move) {
                for _ in 0..1 + params.len() + 1 {
                    chars.next();
                }
                continue;
            }
        }
        let bad = matches!(c,
            '\u{0}'..='\u{9}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
            | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            | '\u{2060}' | '\u{feff}' | '\u{061c}');
        if bad {
            let at = &text[i..];
            found.push(format!(
                "U+{:04X} at {i}: {:?}",
                c as u32,
                at.chars().take(12).collect::<String>()
            ));
        }
    }
    found
}

fn hostile_sandbox() -> Sandbox {
    let sandbox = Sandbox::empty();
    sandbox.write("evil.com.md", HOSTILE.as_bytes());
    sandbox.write(HOSTILE_NAME, HOSTILE.replace("Evil", "Other").as_bytes());
    sandbox
}

#[test]
fn no_command_writes_file_controls_to_the_terminal() {
    let sandbox = hostile_sandbox();
    sandbox.run(&["index"]).ok();
    let commands: &[&[&str]] = &[
        &["index", "--rebuild"],
        &["index", "--rebuild", "--json"],
        &["search", "sell"],
        &["search", "sell", "--json"],
        &["search", "clipboard"],
        &["show", "evil.com"],
        &["show", "evil.com", "--json"],
        &["show", "other"],
        &["show", "other", "--json"],
        &["clauses"],
        &["clauses", "--json"],
        &["stats"],
        &["stats", "--json"],
        &["export", "--ndjson"],
    ];
    for args in commands {
        for color in ["never", "always"] {
            let mut all = vec!["--color", color];
            all.extend_from_slice(args);
            let run = sandbox.run(&all).ok();
            for (stream, out) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
                let found = dangerous(out.as_bytes(), color == "always");
                assert!(
                    found.is_empty(),
                    "{args:?} --color {color} {stream}: {found:?}\n{out}"
                );
            }
        }
    }
    // Plain text shows the controls as visible stand-ins; JSON reads back as the sanitized
    // text, which shows them the same way.
    let plain = sandbox
        .run(&["--color", "never", "show", "evil.com"])
        .ok()
        .stdout;
    assert!(plain.contains("␛]0;pwned␇"), "{plain}");
    assert!(plain.contains("␛]52;c;cHduZWQ=␇"), "{plain}");
    let json = sandbox.run(&["show", "other", "--json"]).ok().json();
    assert!(
        json["source_path"].as_str().unwrap().contains('\u{1b}'),
        "the file name is kept exactly, escaped"
    );
}

#[test]
fn classify_escapes_what_it_echoes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_policytui"))
        .arg("classify")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!(
        "{}\nnot json \u{1b}]0;pwned\u{7}\n",
        serde_json::json!({"id": "a\u{1b}[31m\u{202e}", "text": HOSTILE})
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    for stream in [&out.stdout, &out.stderr] {
        let found = dangerous(stream, false);
        assert!(
            found.is_empty(),
            "{found:?}\n{}",
            String::from_utf8_lossy(stream)
        );
    }
    let first: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(
        first["id"], "a\u{1b}[31m\u{202e}",
        "ids are echoed exactly, escaped"
    );
}

#[test]
fn the_browser_writes_no_file_controls_to_the_terminal() {
    let sandbox = hostile_sandbox();
    let index = tempfile::tempdir().unwrap();
    let opts = RefreshOptions {
        threads: 1,
        memory: 20_000_000,
        ..RefreshOptions::default()
    };
    refresh(&sandbox.data(), index.path(), &opts, &|_| {}).unwrap();
    let mut b = Headless::open(index.path(), 100, 30, true).unwrap();
    let mut screens = Vec::new();
    screens.push(("overview", b.terminal_bytes()));
    b.type_str("sell");
    screens.push(("search", b.terminal_bytes()));
    b.key(KeyCode::Enter);
    screens.push(("reader", b.terminal_bytes()));
    b.key(KeyCode::Char('c'));
    screens.push(("compare", b.terminal_bytes()));
    for (name, bytes) in &screens {
        let found = dangerous(bytes, true);
        assert!(found.is_empty(), "{name}: {found:?}");
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("\u{1b}]"),
            "{name}: an OSC sequence reached the terminal"
        );
    }
    let reader = String::from_utf8_lossy(&screens[2].1);
    assert!(reader.contains("sell"), "the reader shows the policy");
}
