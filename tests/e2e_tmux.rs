//! End to end: the real binary in a real terminal (tmux), over a copy of data/. Types a search,
//! opens a policy, jumps to the same topic in another company, compares, quits, and checks
//! that the shell prompt is back and the terminal sane. Polls the screen until text appears;
//! no fixed sleeps. Skips with a message where tmux is not installed (CI installs it).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    session: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux").args(args).output().expect("tmux runs")
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success());
    }

    fn send_literal(&self, text: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", &self.session, "-l", text])
                .status
                .success()
        );
    }

    /// The screen as text (`escapes`: with SGR escape sequences, to see styles).
    fn screen(&self, escapes: bool) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", &self.session];
        if escapes {
            args.push("-e");
        }
        String::from_utf8_lossy(&self.cmd(&args).stdout).into_owned()
    }

    /// Polls the screen until `ok` holds, failing after `secs` with the last screen.
    fn wait_for(&self, what: &str, secs: u64, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen(false);
            if ok(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-session", "-t", &self.session]);
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A shell in a new tmux session, in `dir`, with a recognisable prompt.
fn shell(name: &str, dir: &std::path::Path) -> Tmux {
    let session = format!("policytui-{name}-{}", std::process::id());
    let status = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            &session,
            "-x",
            "100",
            "-y",
            "30",
            "-c",
            dir.to_str().unwrap(),
            "env",
            "PS1=PROMPT$ ",
            "TERM=xterm-256color",
            "bash",
            "--norc",
            "--noprofile",
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let t = Tmux { session };
    t.wait_for("the shell prompt", 10, |s| s.contains("PROMPT$"));
    t
}

/// Checks that the terminal is back in canonical mode with echo on.
fn assert_sane(t: &Tmux) {
    // The marker is written "STTY""-DONE" so that the command line itself cannot match.
    t.send_literal(
        "stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo STTY\"\"-DONE",
    );
    t.send(&["Enter"]);
    let screen = t.wait_for("stty output", 10, |s| s.contains("STTY-DONE"));
    let line = screen
        .lines()
        .find(|l| l.contains("STTY-DONE"))
        .unwrap_or_default();
    assert!(line.starts_with("icanon echo"), "{screen}");
}

#[test]
fn browse_search_read_jump_compare_quit() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let sb = common::Sandbox::with_seeds();
    let t = shell("e2e", sb.dir.path());
    let bin = env!("CARGO_BIN_EXE_policytui");
    t.send_literal(&format!("{bin} --data data --index index"));
    t.send(&["Enter"]);

    // First run: the index is built, then the corpus shows.
    t.wait_for("the corpus overview", 30, |s| s.contains("5 companies"));

    // A burst of typing longer than the terminal reader's 1 KB buffer arrives whole, without
    // waiting for the next key (crossterm's default event source stalled on the rest).
    t.send_literal(&format!("{}burstend", "privacy ".repeat(190)));
    t.wait_for("the end of a 1.5 KB burst", 10, |s| {
        s.contains("burstend… prefix until a space")
    });
    t.send(&["C-u"]);
    t.wait_for("the query cleared", 10, |s| s.contains("5 companies"));

    t.send_literal("will not sell");
    // The hits arrive first; the preview follows the selection (the first hit) a moment later.
    t.wait_for(
        "hits for 'will not sell' and the first one's preview",
        10,
        |s| {
            s.contains("3 hits in 3 companies")
                && s.contains("Japan Talk")
                && s.contains("Legs Japan (legsjapan.com)")
        },
    );

    t.send(&["Enter"]);
    t.wait_for("the reader on the sentence", 10, |s| {
        s.contains("outline") && s.contains("We will not sell or share")
    });
    // The matched words are highlighted: an SGR sequence sets a yellow background (43, or
    // 48;5;3 in 256-colour form) right before each of them.
    let styled = t.screen(true);
    for word in ["not", "sell"] {
        let marked = ["43m", "48;5;3m"]
            .iter()
            .any(|sgr| styled.contains(&format!("{sgr}{word}")));
        assert!(marked, "{word:?} is not highlighted in:\n{styled:?}");
    }

    t.send(&["}"]);
    t.wait_for("the same topic in another company", 10, |s| {
        s.contains("FROM JAPAN (fromjapan.co.jp)")
    });

    t.send(&["v"]);
    t.wait_for("the compare view", 10, |s| s.contains("companies 1–"));

    t.send(&["Escape"]);
    t.wait_for("the reader again", 10, |s| s.contains("outline"));

    // A policy removed from the folder while the browser runs leaves the standing search.
    std::fs::remove_file(sb.data().join("japan-talk.com.md")).unwrap();
    t.wait_for("the search asked again of the refreshed index", 30, |s| {
        s.contains("2 hits in 2 companies")
    });

    // ctrl-z hands the terminal to the shell; fg brings the browser back.
    t.send(&["C-z"]);
    t.wait_for("the shell after ctrl-z", 10, |s| s.contains("Stopped"));
    t.send_literal("fg");
    t.send(&["Enter"]);
    t.wait_for("the browser again after fg", 10, |s| s.contains("outline"));
    t.send(&["q"]);
    t.wait_for("the shell prompt after quitting", 10, |s| {
        s.lines().filter(|l| l.starts_with("PROMPT$")).count() >= 2
    });

    // The terminal is sane: canonical mode and echo are back on.
    assert_sane(&t);
}

#[test]
fn a_panic_restores_the_terminal() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let sb = common::Sandbox::with_seeds();
    let t = shell("panic", sb.dir.path());
    let bin = env!("CARGO_BIN_EXE_policytui");
    t.send_literal(&format!(
        "POLICYTUI_TEST_PANIC=1 {bin} --data data --index index; echo EXIT\"\"=$?"
    ));
    t.send(&["Enter"]);
    // The marker is written EXIT""= so that the command line itself (which may wrap) cannot
    // match: only the echo's output starts a line with it.
    let screen = t.wait_for("the shell after the panic", 20, |s| {
        s.lines().any(|l| l.starts_with("EXIT="))
    });
    assert!(
        screen.contains("panic requested by POLICYTUI_TEST_PANIC"),
        "{screen}"
    );
    assert!(!screen.contains("EXIT=0"), "{screen}");
    assert_sane(&t);
}
