//! Every command starts here: find the folders, bring the index up to date (with a progress bar
//! when it takes a while and someone is watching), report bad files once, open the index.

use std::cell::RefCell;
use std::io::IsTerminal;

use anyhow::Result;
use indicatif::ProgressBar;

use super::Global;
use super::output::{Styles, plural};
use super::paths::{Paths, resolve};
use crate::search::{Engine, Progress, RefreshOptions, RefreshReport, refresh};

/// Runs a refresh with a progress bar on stderr (when it is a terminal and not `--quiet`).
pub fn refresh_with_progress(
    paths: &Paths,
    opts: &RefreshOptions,
    quiet: bool,
) -> Result<RefreshReport> {
    let show = !quiet && std::io::stderr().is_terminal();
    let bar: RefCell<Option<ProgressBar>> = RefCell::new(None);
    let index =
        crate::corpus::sanitize::sanitize_line(&paths.index.display().to_string()).into_owned();
    let on_progress = |p: Progress| {
        // What the user must know even when nobody watches a progress bar: why this run
        // pauses, and why it reads everything again.
        match &p {
            Progress::Waiting if !quiet => {
                eprintln!("waiting for another policytui to finish writing {index}…");
            }
            Progress::Repairing(why) if !quiet => {
                eprintln!(
                    "warning: index {index} is damaged ({}); rebuilding it",
                    crate::corpus::sanitize::sanitize_line(why)
                );
            }
            _ => {}
        }
        if !show {
            return;
        }
        let mut bar = bar.borrow_mut();
        match p {
            Progress::Scanned { to_read, .. } if to_read > 0 => {
                *bar = Some(super::output::progress_bar(
                    to_read as u64,
                    "indexing",
                    "files, {msg} ({eta} left)",
                ));
            }
            Progress::Reading { done, bytes, .. } => {
                if let Some(b) = bar.as_ref() {
                    b.set_position(done as u64);
                    b.set_message(super::output::human_bytes(bytes));
                }
            }
            Progress::Committing => {
                if let Some(b) = bar.as_ref() {
                    b.set_message("committing");
                }
            }
            _ => {}
        }
    };
    let result = refresh(&paths.data, &paths.index, opts, &on_progress);
    if let Some(b) = bar.borrow_mut().take() {
        b.finish_and_clear();
    }
    Ok(result?)
}

/// Prints warnings as one line each on stderr.
pub fn print_warnings(warnings: &[crate::corpus::Warning], global: &Global) {
    if global.quiet {
        return;
    }
    let styles = Styles::for_stderr(global.color);
    for w in warnings {
        eprintln!(
            "{} {}",
            styles.warning("warning:"),
            crate::corpus::sanitize::sanitize_line(&w.to_string())
        );
    }
}

/// Policy `id` as the index holds it; an id the manifest lists but the index lacks is a
/// damaged index, said with the way out.
pub fn indexed_policy(engine: &Engine, id: &str) -> Result<crate::corpus::Policy> {
    match engine.policy(id)? {
        Some(p) => Ok(p),
        None => anyhow::bail!(
            "policy {id} is in the manifest but not in the index; run `policytui index --rebuild`"
        ),
    }
}

/// The id of the indexed policy read from the data folder's file `rel` (its `source_path`);
/// none for a file the index skipped (empty, binary …).
pub fn policy_of_file(engine: &Engine, rel: &str) -> Result<Option<String>> {
    for p in engine.manifest()?.policies()? {
        let p = p?;
        if p.rel == rel {
            return Ok(Some(p.id));
        }
    }
    Ok(None)
}

/// The index of the data folder, refreshed unless `--no-refresh`, opened for reading.
pub fn open_fresh(global: &Global) -> Result<(Engine, Paths)> {
    open_fresh_with_report(global).map(|(engine, paths, _)| (engine, paths))
}

/// [`open_fresh`], with what the refresh found when one ran (`--no-refresh` runs none).
pub fn open_fresh_with_report(global: &Global) -> Result<(Engine, Paths, Option<RefreshReport>)> {
    open_resolved(global, resolve(global)?)
}

/// [`open_fresh_with_report`] for folders already resolved, by a command that looked at them
/// first (`show` asks whether its argument is a file of the data folder).
pub fn open_resolved(
    global: &Global,
    paths: Paths,
) -> Result<(Engine, Paths, Option<RefreshReport>)> {
    let mut fresh = None;
    if let Some(note) = &paths.note
        && !global.quiet
    {
        eprintln!("note: {}", crate::corpus::sanitize::sanitize_line(note));
    }
    let missing = !crate::search::index_exists(&paths.index);
    if !global.no_refresh || missing {
        // `--no-refresh` uses the index as it is; with none, there is nothing to use, and the
        // build it takes is said, not silent.
        if global.no_refresh && !global.quiet {
            eprintln!(
                "note: --no-refresh, but {} holds no index yet: building one",
                paths.index.display()
            );
        }
        let report = refresh_with_progress(&paths, &RefreshOptions::default(), global.quiet)?;
        print_warnings(&report.new_warnings, global);
        if report.committed && !global.quiet {
            let what = if report.full {
                format!("indexed {}", plural(report.policies, "policy", "policies"))
            } else {
                format!(
                    "index refreshed: {} added, {} updated, {} removed",
                    report.added, report.updated, report.removed
                )
            };
            eprintln!("{what} in {:.2} s", report.elapsed.as_secs_f64());
        }
        fresh = Some(report);
    }
    Ok((Engine::open(&paths.index)?, paths, fresh))
}
