//! `policytui index`: build or refresh the index, with a summary of what it holds.

use anyhow::Result;
use clap::Args;
use serde_json::json;
use std::io::Write;

use super::Global;
use super::output::{Styles, human_bytes, plural, thousands};
use super::paths::resolve;
use super::refresh::{print_warnings, refresh_with_progress};
use crate::search::{RefreshEvent, RefreshOptions, RefreshReport};

#[derive(Args, Debug)]
pub struct IndexArgs {
    /// Re-read every file instead of only the changed ones
    #[arg(long)]
    pub rebuild: bool,
    /// Indexing threads [default: number of cores, at most 8]
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Memory for the index writer, in MB
    #[arg(long, value_name = "MB", default_value_t = 256)]
    pub memory: usize,
    /// Print the summary as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
    /// Print progress and the outcome as JSON lines, as they happen (fields documented in
    /// README.md; the browser reads these)
    #[arg(long, conflicts_with = "json")]
    pub events: bool,
}

/// The refresh the flags ask for.
fn refresh_options(args: &IndexArgs) -> RefreshOptions {
    let mut opts = RefreshOptions {
        rebuild: args.rebuild,
        memory: args.memory.max(16) * 1024 * 1024,
        ..RefreshOptions::default()
    };
    if let Some(t) = args.threads {
        opts.threads = t.clamp(1, 64);
    }
    opts
}

pub fn run(global: &Global, args: &IndexArgs, styles: &Styles) -> Result<()> {
    super::memory::fast();
    if args.events {
        return events(global, args);
    }
    let paths = resolve(global)?;
    if let Some(note) = &paths.note
        && !global.quiet
    {
        eprintln!("note: {}", crate::corpus::sanitize::sanitize_line(note));
    }
    let report = refresh_with_progress(&paths, &refresh_options(args), global.quiet)?;
    let mut out = std::io::stdout().lock();
    // `index` lists every known problem, not only new ones: it is where users look.
    print_warnings(&report.warnings, global);
    if args.json {
        writeln!(
            out,
            "{}",
            super::json::to_string_pretty(&report_json(&report, &paths.data, &paths.index))?
        )?;
        return Ok(());
    }
    writeln!(out, "{}", summary_line(&report, styles))?;
    print_formats(&mut out, &report)?;
    if !global.quiet {
        writeln!(
            out,
            "{}",
            styles.dim(&format!(
                "(data: {}, index: {})",
                paths.data.display(),
                paths.index.display()
            ))
        )?;
    }
    Ok(())
}

/// Policies and sections per format, as an aligned table.
pub fn print_formats(out: &mut impl std::io::Write, report: &RefreshReport) -> std::io::Result<()> {
    for (format, count) in &report.formats {
        writeln!(
            out,
            "  {:<9} {:>9} {:<8} {:>9} sections",
            format.name(),
            thousands(count.policies as u64),
            if count.policies == 1 {
                "policy"
            } else {
                "policies"
            },
            thousands(count.sections as u64),
        )?;
    }
    Ok(())
}

/// The one-line summary: policies, sections, MB, seconds, MB/s, warnings.
pub fn summary_line(r: &RefreshReport, styles: &Styles) -> String {
    let secs = r.elapsed.as_secs_f64().max(1e-6);
    let mb = r.read_bytes as f64 / (1024.0 * 1024.0);
    let head = if r.committed {
        format!(
            "indexed {} ({} read, {})",
            plural(r.policies, "policy", "policies"),
            plural(r.read_files, "file", "files"),
            human_bytes(r.read_bytes)
        )
    } else {
        format!(
            "index up to date: {}",
            plural(r.policies, "policy", "policies")
        )
    };
    let mut line = format!(
        "{head}, {}, {} in {:.2} s",
        plural(r.companies, "company", "companies"),
        plural(r.sections, "section", "sections"),
        secs
    );
    if r.committed && r.read_bytes > 0 {
        line.push_str(&format!(
            " ({:.1} MB/s, {:.0} files/s)",
            mb / secs,
            r.read_files as f64 / secs
        ));
    }
    if r.committed && !r.full {
        line.push_str(&format!(
            "; {} added, {} updated, {} removed",
            r.added, r.updated, r.removed
        ));
    }
    let warnings = plural(r.warnings.len(), "warning", "warnings");
    line.push_str(&format!(
        "; {}",
        if r.warnings.is_empty() {
            warnings
        } else {
            styles.warning(&warnings)
        }
    ));
    line
}

fn report_json(
    r: &RefreshReport,
    data: &std::path::Path,
    index: &std::path::Path,
) -> serde_json::Value {
    json!({
        "data": data.display().to_string(),
        "index": index.display().to_string(),
        "committed": r.committed,
        "full": r.full,
        "files": r.files,
        "ignored_files": r.ignored,
        "policies": r.policies,
        "latest_policies": r.latest,
        "companies": r.companies,
        "sections": r.sections,
        "file_bytes": r.file_bytes,
        "read_files": r.read_files,
        "read_bytes": r.read_bytes,
        "added": r.added,
        "updated": r.updated,
        "removed": r.removed,
        "seconds": r.elapsed.as_secs_f64(),
        "formats": r.formats.iter().map(|(f, c)| (f.name().to_string(), json!({"policies": c.policies, "sections": c.sections}))).collect::<serde_json::Map<_, _>>(),
        "warnings": r.warnings.iter().map(|w| json!({"path": w.path, "message": w.message, "skipped": w.skipped})).collect::<Vec<_>>(),
    })
}

/// `index --events`: the refresh a browser asked for, reported as JSON lines on stdout, every
/// failure included. A closed pipe (the browser quit) ends the run at its next event; commits
/// are atomic, so that loses nothing.
fn events(global: &Global, args: &IndexArgs) -> Result<()> {
    use std::io::Write;
    let emit = |event: &RefreshEvent| -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, event)?;
        out.write_all(b"\n")?;
        out.flush()
    };
    let paths = match resolve(global) {
        Ok(p) => p,
        Err(e) => {
            let _ = emit(&RefreshEvent::Failed(format!("{e:#}")));
            return Ok(());
        }
    };
    let on_progress = |p: crate::search::Progress| {
        if emit(&RefreshEvent::Progress(p)).is_err() {
            std::process::exit(0);
        }
    };
    let opts = refresh_options(args);
    let result = crate::search::refresh(&paths.data, &paths.index, &opts, &on_progress);
    let _ = emit(&RefreshEvent::of_result(&result));
    Ok(())
}
