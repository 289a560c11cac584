//! Keeping the browser in step with the disk while it runs: the data folder is refreshed into
//! the index when files are added, removed or renamed in it (or on `ctrl-r`), and an index
//! another policytui committed (`policytui index` in another shell) is reopened, so that
//! the browser never shows a policy the folder no longer has.
//!
//! Only what is cheap to look at every two seconds is looked at: the modification times of the
//! data folder and its first subfolders, and the index's commit files. An edit inside an
//! existing file changes neither; `ctrl-r` refreshes on demand.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use super::msg::Msg;
use super::refresh::{self, Running, Target};
use super::worker::Request;

/// How often the folders are looked at.
const TICK: Duration = Duration::from_secs(2);
/// Subfolders of the data folder watched besides it (a corpus split into a few folders by
/// source or year); a folder of a million files is not listed every tick.
const WATCHED_SUBFOLDERS: usize = 64;
/// Entries read from the data folder when looking for subfolders to watch, at start.
const LISTED_ENTRIES: usize = 4096;

/// Starts the watcher. `refresh_first`: bring the index up to date once at start (the
/// browser's default; `--no-refresh` leaves the index as it is until something changes).
/// Requests on `now` refresh at once; the watcher ends when the browser is gone.
pub fn spawn(
    target: Target,
    refresh_first: bool,
    tx: Sender<Msg>,
    worker: Sender<Request>,
    now: Receiver<()>,
) -> Running {
    let running = Running::default();
    let handle = running.clone();
    std::thread::Builder::new()
        .name("policytui-watch".into())
        .spawn(move || {
            let folders = watched_folders(&target.data);
            let mut data_seen = stamp_of(&folders);
            // The index as the worker last opened it (at start, it opens what is there).
            let mut index_seen = index_stamp(&target.index);
            let mut policies = None;
            if refresh_first {
                let outcome = refresh::run(&target, &tx, &worker, &handle);
                policies = outcome.policies;
                index_seen =
                    reopen_if_changed(&target.index, &index_seen, outcome.reopened, &worker).0;
            }
            loop {
                let asked = match now.recv_timeout(TICK) {
                    Ok(()) => true,
                    Err(RecvTimeoutError::Timeout) => false,
                    Err(RecvTimeoutError::Disconnected) => return,
                };
                let data_now = stamp_of(&folders);
                if asked || data_now != data_seen {
                    data_seen = data_now;
                    let outcome = refresh::run(&target, &tx, &worker, &handle);
                    // Another policytui may have committed what this refresh then found
                    // done: the worker must open that commit all the same.
                    let changed;
                    (index_seen, changed) =
                        reopen_if_changed(&target.index, &index_seen, outcome.reopened, &worker);
                    if let Some(now) = outcome.policies {
                        let said = said_of(policies, now, changed || outcome.reopened, asked);
                        policies = Some(now);
                        if let Some(said) = said
                            && tx.send(Msg::Note(said)).is_err()
                        {
                            return;
                        }
                    }
                    continue;
                }
                index_seen = reopen_if_changed(&target.index, &index_seen, false, &worker).0;
            }
        })
        .expect("the watch thread starts");
    running
}

/// Has the worker open the index again where it changed since `seen` and no reopening was
/// asked for already; returns the index as the worker now has it, and whether it changed.
fn reopen_if_changed(
    index: &Path,
    seen: &IndexStamp,
    reopened: bool,
    worker: &Sender<Request>,
) -> (IndexStamp, bool) {
    let now = index_stamp(index);
    let changed = now != *seen;
    if changed && !reopened {
        let _ = worker.send(Request::Reopen);
    }
    (now, changed)
}

/// What the status line says after a refresh the watcher started: how many policies came or
/// went, or, when asked for (ctrl-r), that nothing changed.
fn said_of(before: Option<usize>, now: usize, changed: bool, asked: bool) -> Option<String> {
    let delta = before.map(|b| now as i64 - b as i64);
    match delta {
        Some(d) if d > 0 => Some(format!("data folder read again: {now} policies, {d} more")),
        Some(d) if d < 0 => Some(format!(
            "data folder read again: {now} policies, {} fewer",
            -d
        )),
        _ if changed => Some(format!(
            "data folder read again: {now} policies, some of them changed"
        )),
        _ if asked => Some(format!(
            "data folder read again: nothing changed ({now} policies)"
        )),
        _ => None,
    }
}

/// The data folder and its first subfolders.
fn watched_folders(data: &Path) -> Vec<PathBuf> {
    let mut folders = vec![data.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(data) {
        for entry in entries.take(LISTED_ENTRIES).flatten() {
            if folders.len() > WATCHED_SUBFOLDERS {
                break;
            }
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(entry.path());
            }
        }
    }
    folders
}

/// What the folders look like now: a file added, removed or renamed in one changes its time.
fn stamp_of(folders: &[PathBuf]) -> Vec<Option<SystemTime>> {
    folders
        .iter()
        .map(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok())
        .collect()
}

/// The time and size of each `meta.json` of the index (one per format version's folder),
/// which every commit rewrites.
type IndexStamp = Vec<(PathBuf, Option<SystemTime>, u64)>;

/// The index's commits as they stand: see [`IndexStamp`].
fn index_stamp(index: &Path) -> IndexStamp {
    let mut stamp = Vec::new();
    let Ok(versions) = std::fs::read_dir(index) else {
        return stamp;
    };
    for version in versions.flatten() {
        let meta = version.path().join("meta.json");
        if let Ok(m) = std::fs::metadata(&meta) {
            stamp.push((meta, m.modified().ok(), m.len()));
        }
    }
    stamp.sort();
    stamp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_added_changes_the_folder_stamp_and_a_commit_the_index_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("2019")).unwrap();
        let folders = watched_folders(&data);
        assert_eq!(folders.len(), 2, "the folder and its subfolder");
        let before = stamp_of(&folders);
        // Folder times have a coarse grain on some filesystems: wait it out.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(data.join("2019").join("a.example.md"), "# Privacy\n").unwrap();
        let mut after = stamp_of(&folders);
        for _ in 0..100 {
            if after != before {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
            std::fs::write(data.join("2019").join("b.example.md"), "# Privacy\n").unwrap();
            after = stamp_of(&folders);
        }
        assert_ne!(before, after);

        let index = dir.path().join("index");
        assert!(index_stamp(&index).is_empty());
        std::fs::create_dir_all(index.join("v6")).unwrap();
        std::fs::write(index.join("v6").join("meta.json"), "{}").unwrap();
        let first = index_stamp(&index);
        assert_eq!(first.len(), 1);
        std::fs::write(index.join("v6").join("meta.json"), "{\"segments\":[]}").unwrap();
        assert_ne!(first, index_stamp(&index), "a commit rewrites meta.json");
    }
}
