//! Keeping the index up to date while the browser runs. The refresh runs in a child process
//! (`policytui index --events`) that reports as JSON lines: what a refresh holds in memory (the
//! file table of a million files, the writer's buffers) is freed when it exits, instead of
//! staying in the browser's heap; and a crash while indexing cannot take the browser down.
//! Where no child can be started, the refresh runs on a thread here, as before.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};

use crate::search::{Progress, RefreshEvent, RefreshOptions, refresh};

use super::app::IndexState;
use super::msg::Msg;
use super::worker::Request;

/// What the child needs to know: the browser's folders and catalogue.
pub struct Target {
    pub data: PathBuf,
    pub index: PathBuf,
    pub catalogue: Option<PathBuf>,
}

/// The running refresh, if any; ended when the browser quits (commits are atomic, so a
/// refresh stopped midway loses nothing: the next one picks up).
#[derive(Default, Clone)]
pub struct Running(Arc<Mutex<Option<Child>>>);

impl Running {
    pub fn stop(&self) {
        let mut child = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(mut c) = child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Stops the refresh when the browser ends, however it ends.
pub struct StopOnDrop(pub Running);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// What a refresh did, for the watcher to say and act on.
pub struct Outcome {
    /// The worker was asked to reopen the index.
    pub reopened: bool,
    /// Policies in the index after it, when it ended well.
    pub policies: Option<usize>,
}

/// Brings the index up to date, reporting progress, then has the worker reopen it. Blocks
/// until the refresh ends; `running` holds the child meanwhile, so that quitting stops it.
pub fn run(
    target: &Target,
    tx: &Sender<Msg>,
    worker: &Sender<Request>,
    running: &Running,
) -> Outcome {
    let last = match child(target) {
        Ok(mut c) => {
            let stdout = c.stdout.take();
            *running.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(c);
            let last = stdout.map(|out| forward(out, tx)).unwrap_or(None);
            // Reap it (unless the browser already stopped it).
            let status = running
                .0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .map(|mut c| c.wait());
            last.unwrap_or_else(|| {
                let why = match status {
                    Some(Ok(s)) => format!("indexing stopped ({s})"),
                    _ => "indexing stopped".to_string(),
                };
                RefreshEvent::Failed(why)
            })
        }
        Err(_) => in_process(target, tx),
    };
    finish(last, tx, worker)
}

fn child(target: &Target) -> std::io::Result<Child> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("--data")
        .arg(&target.data)
        .arg("--index")
        .arg(&target.index)
        .arg("--quiet");
    if let Some(c) = &target.catalogue {
        cmd.arg("--catalogue").arg(c);
    }
    cmd.args(["index", "--events"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
}

/// Passes the child's progress on; returns its last word, if it said one.
fn forward(out: impl std::io::Read, tx: &Sender<Msg>) -> Option<RefreshEvent> {
    for line in BufReader::new(out).lines() {
        let Ok(event) = serde_json::from_str::<RefreshEvent>(&line.ok()?) else {
            continue;
        };
        match event {
            RefreshEvent::Progress(p) => show(&p, tx),
            last => return Some(last),
        }
    }
    None
}

/// Shows a refresh's progress in the browser's status.
fn show(p: &Progress, tx: &Sender<Msg>) {
    if let Some(state) = IndexState::from_progress(p) {
        let _ = tx.send(Msg::Index(state));
    }
}

fn in_process(target: &Target, tx: &Sender<Msg>) -> RefreshEvent {
    let on_progress = |p: Progress| show(&p, tx);
    RefreshEvent::of_result(&refresh(
        &target.data,
        &target.index,
        &RefreshOptions::default(),
        &on_progress,
    ))
}

fn finish(last: RefreshEvent, tx: &Sender<Msg>, worker: &Sender<Request>) -> Outcome {
    let mut outcome = Outcome {
        reopened: false,
        policies: None,
    };
    match last {
        RefreshEvent::Done {
            committed,
            new_warnings,
            warnings,
            policies,
            companies,
        } => {
            let _ = tx.send(Msg::Warnings(warnings));
            outcome.policies = Some(policies);
            if committed || new_warnings > 0 {
                let _ = worker.send(Request::Reopen);
                outcome.reopened = true;
            } else {
                let _ = tx.send(Msg::Index(IndexState::Ready {
                    policies,
                    companies,
                }));
            }
        }
        RefreshEvent::Failed(why) => {
            let _ = tx.send(Msg::Index(IndexState::Failed(why)));
        }
        RefreshEvent::Progress(_) => {}
    }
    outcome
}
