//! The interactive browser. The only module that knows ratatui. Elm architecture: one
//! [`App`](app::App) state, [`update`](update::update) turning messages into state changes and
//! effects, a pure [`view`](view::view). An input thread blocks on terminal events; a worker
//! thread answers searches (newest only); the screen is drawn once per burst of messages, and
//! only when something changed.

pub mod app;
pub mod headless;
pub mod keys;
pub mod layout;
pub mod msg;
mod refresh;
pub mod update;
pub mod view;
mod watch;
pub mod worker;
pub mod wrap;

use std::io::{Stdout, stdout};
use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};

use anyhow::{Context, Result};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::search::index_exists;
use app::App;
use keys::Keymap;
use msg::{Effect, Msg};
use worker::Request;

pub struct Options {
    pub data: PathBuf,
    pub index: PathBuf,
    pub keymap: Keymap,
    pub color: bool,
    /// Bring the index up to date in the background (off with `--no-refresh`).
    pub refresh: bool,
    /// The user's clause catalogue, when given on the command line (the refresh needs it).
    pub catalogue: Option<PathBuf>,
    /// Said on the status line at start: where the index went when its folder was read-only,
    /// that the built-in samples stand in for a missing `./data`.
    pub note: Option<String>,
}

/// Puts the terminal back as we found it. Safe to call more than once.
fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Gives the terminal back to the shell and stops, as ctrl-z does elsewhere (in raw mode the
/// terminal sends it as a key, so the browser does what the line discipline would have); on
/// `fg`, takes the terminal again and draws the screen anew.
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> Result<()> {
    #[cfg(unix)]
    {
        restore_terminal();
        // SAFETY: raise only sends a signal to this process; SIGTSTP stops it until SIGCONT.
        unsafe {
            libc::raise(libc::SIGTSTP);
        }
        enter_terminal()?;
        // A new terminal draws every cell on its first frame (the shell wrote over them).
        // Not `clear`, which asks the terminal where the cursor is and waits for an answer
        // that the input thread reads first.
        *terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    }
    #[cfg(not(unix))]
    let _ = terminal;
    Ok(())
}

/// Takes the terminal for the browser: raw mode, the alternate screen, mouse and paste
/// events. The undoing is [`restore_terminal`].
fn enter_terminal() -> Result<()> {
    enable_raw_mode().context("cannot put the terminal in raw mode")?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
    .context("cannot set up the terminal")
}

/// Restores the terminal when dropped, whichever way the browser ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn setup_terminal() -> Result<(Terminal<CrosstermBackend<Stdout>>, TerminalGuard)> {
    // A panic restores the terminal before its message is printed, unless the index code
    // catches it and reports it as an error (the browser goes on).
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !crate::search::panic_expected() {
            restore_terminal();
        }
        previous(info);
    }));
    let guard = TerminalGuard;
    enter_terminal()?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Terminal events → messages, on their own thread (blocking reads, no polling).
fn spawn_input(tx: Sender<Msg>) {
    std::thread::Builder::new()
        .name("policytui-input".into())
        .spawn(move || {
            while let Ok(ev) = event::read() {
                let msg = match ev {
                    Event::Key(k) => Msg::Key(k),
                    Event::Mouse(m) => Msg::Mouse(m),
                    Event::Resize(w, h) => Msg::Resize(w, h),
                    Event::Paste(s) => Msg::Paste(s),
                    _ => continue,
                };
                if tx.send(msg).is_err() {
                    break;
                }
            }
        })
        .expect("the input thread starts");
}

/// Runs the browser until the user quits.
pub fn run(opts: Options) -> Result<()> {
    let (mut terminal, _guard) = setup_terminal()?;
    let (tx, rx) = mpsc::channel::<Msg>();
    spawn_input(tx.clone());
    let worker = worker::spawn(opts.index.clone(), tx.clone());
    if index_exists(&opts.index) {
        let _ = worker.send(Request::Reopen);
    }
    // The watcher refreshes at start (unless --no-refresh finds an index), when the data
    // folder changes and on ctrl-r. Held to the end of the browser: dropping it stops a
    // refresh under way.
    let (refresh_now, asked) = mpsc::channel::<()>();
    let target = refresh::Target {
        data: opts.data.clone(),
        index: opts.index.clone(),
        catalogue: opts.catalogue.clone(),
    };
    let refresh_first = opts.refresh || !index_exists(&opts.index);
    let _refreshing = refresh::StopOnDrop(watch::spawn(
        target,
        refresh_first,
        tx.clone(),
        worker.clone(),
        asked,
    ));
    let size = terminal.size()?;
    let mut app = App::new(opts.keymap, (size.width, size.height), opts.color);
    app.data_folder = opts.data.display().to_string();
    app.message = opts.note.clone();
    terminal.draw(|f| view::view(&app, f))?;
    app.dirty = false;
    // For the test that the terminal survives a panic.
    if std::env::var_os("POLICYTUI_TEST_PANIC").is_some() {
        panic!("panic requested by POLICYTUI_TEST_PANIC");
    }
    while let Ok(first) = rx.recv() {
        let mut effects = update::update(&mut app, first);
        // Handle everything already waiting before drawing once.
        while let Ok(more) = rx.try_recv() {
            effects.extend(update::update(&mut app, more));
        }
        for effect in effects {
            match effect {
                Effect::Quit => {}
                Effect::Refresh => {
                    let _ = refresh_now.send(());
                }
                Effect::Suspend => {
                    suspend(&mut terminal)?;
                    // The window may have been resized meanwhile.
                    let size = terminal.size()?;
                    for effect in update::update(&mut app, Msg::Resize(size.width, size.height)) {
                        let _ = worker.send(Request::Effect(effect));
                    }
                    app.dirty = true;
                }
                effect => {
                    let _ = worker.send(Request::Effect(effect));
                }
            }
        }
        if app.quit {
            break;
        }
        if app.dirty {
            terminal.draw(|f| view::view(&app, f))?;
            app.dirty = false;
        }
    }
    terminal.show_cursor()?;
    Ok(())
}
