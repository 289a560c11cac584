//! `policytui stats`: what the corpus and its index hold.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::Global;
use super::output::{Styles, human_bytes, plural, thousands};
use super::refresh::open_fresh_with_report;
use crate::corpus::TopicTable;

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

pub fn run(global: &Global, args: &StatsArgs, styles: &Styles) -> Result<()> {
    let (engine, paths, fresh) = open_fresh_with_report(global)?;
    let mut out = std::io::stdout().lock();
    let manifest = engine.manifest()?;
    let summary = &manifest.summary;
    let (policies, latest, sections, text_bytes) = (
        summary.policies,
        summary.latest,
        summary.sections,
        summary.text_bytes,
    );
    let formats: BTreeMap<&str, (usize, usize)> = summary
        .formats
        .iter()
        .map(|(f, c)| (f.name(), (c.policies, c.sections)))
        .collect();
    let years = &summary.years;
    let file_bytes = summary.file_bytes;
    let topic_counts = engine.topic_counts()?;
    // The refresh just run knows every problem, folders it could not read included; the
    // index remembers only the files.
    let warnings = match fresh {
        Some(report) => report.warnings,
        None => manifest.warnings()?,
    };
    let index_bytes = engine.size_on_disk();
    if args.json {
        let v = json!({
            "data": paths.data.display().to_string(),
            // The folder the user names (--index), as `index --json` gives it; the schema's
            // own folder under it is an inner detail.
            "index": paths.index.display().to_string(),
            "files": summary.files,
            "file_bytes": file_bytes,
            "policies": policies,
            "latest_policies": latest,
            "companies": summary.companies,
            "sections": sections,
            "text_bytes": text_bytes,
            "index_bytes": index_bytes,
            "formats": formats.iter().map(|(k, (p, s))| (k.to_string(), json!({"policies": p, "sections": s}))).collect::<serde_json::Map<_, _>>(),
            "topics": topic_counts.iter().map(|(k, n)| (k.clone(), json!(n))).collect::<serde_json::Map<_, _>>(),
            "years": years,
            "warnings": warnings.iter().map(|w| json!({"path": w.path, "message": w.message, "skipped": w.skipped})).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", super::json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} {} ({}, {})",
        styles.bold("data"),
        paths.data.display(),
        plural(summary.files, "file", "files"),
        human_bytes(file_bytes)
    )?;
    // A ratio to no text at all ("4788.0× the text" for an empty folder) says nothing.
    let ratio = if text_bytes == 0 {
        String::new()
    } else {
        format!(", {:.1}× the text", index_bytes as f64 / text_bytes as f64)
    };
    writeln!(
        out,
        "{} {} ({}{ratio})",
        styles.bold("index"),
        paths.index.display(),
        human_bytes(index_bytes),
    )?;
    // "93 of 93 companies (93 newest versions)" read as a riddle: older versions are named only
    // where there are some.
    let versions = if policies > latest {
        format!(
            "{} of {} (the newest of each searched; {} older)",
            thousands(policies as u64),
            plural(summary.companies, "company", "companies"),
            thousands((policies - latest) as u64)
        )
    } else {
        format!("{}, one per company", thousands(policies as u64))
    };
    writeln!(
        out,
        "{} {versions}, {}, {} of text",
        styles.bold("policies"),
        plural(sections, "section", "sections"),
        human_bytes(text_bytes)
    )?;
    writeln!(out, "{}", styles.bold("formats"))?;
    for (name, (p, s)) in &formats {
        writeln!(
            out,
            "  {name:<9} {:>14}  {:>14}",
            plural(*p, "policy", "policies"),
            plural(*s, "section", "sections")
        )?;
    }
    writeln!(
        out,
        "{} (sections of the newest versions)",
        styles.bold("topics")
    )?;
    let table = TopicTable::builtin();
    for (id, n) in &topic_counts {
        writeln!(
            out,
            "  {id:<14} {:>7}  {}",
            thousands(*n as u64),
            styles.dim(table.label(id))
        )?;
    }
    if years.len() > 1 {
        let list: Vec<String> = years.iter().map(|(y, n)| format!("{y}: {n}")).collect();
        writeln!(out, "{} {}", styles.bold("archived"), list.join(", "))?;
    }
    if warnings.is_empty() {
        writeln!(out, "{} none", styles.bold("warnings"))?;
    } else {
        writeln!(out, "{} {}", styles.bold("warnings"), warnings.len())?;
        for w in &warnings {
            writeln!(
                out,
                "  {}",
                crate::corpus::sanitize::sanitize_line(&w.to_string())
            )?;
        }
    }
    Ok(())
}
