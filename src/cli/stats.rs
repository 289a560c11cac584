//! `policytui stats`: what the corpus and its index hold.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::Global;
use super::output::{Styles, human_bytes, plural, thousands};
use super::refresh::open_fresh;
use crate::corpus::TopicTable;

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

pub fn run(global: &Global, args: &StatsArgs, styles: &Styles) -> Result<()> {
    let (engine, paths) = open_fresh(global)?;
    let manifest = engine.manifest()?;
    let mut policies = 0usize;
    let mut latest = 0usize;
    let mut sections = 0usize;
    let mut text_bytes = 0u64;
    let mut companies = std::collections::HashSet::new();
    let mut formats: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut years: BTreeMap<String, usize> = BTreeMap::new();
    for (_, p) in manifest.policies() {
        policies += 1;
        latest += usize::from(p.latest);
        sections += p.sections as usize;
        text_bytes += p.bytes;
        companies.insert(p.company_key.as_str());
        let f = formats.entry(p.format.name()).or_default();
        f.0 += 1;
        f.1 += p.sections as usize;
        let year = p
            .archived
            .as_deref()
            .and_then(|d| d.get(..4))
            .unwrap_or("undated");
        *years.entry(year.to_string()).or_default() += 1;
    }
    let file_bytes: u64 = manifest.files.values().map(|r| r.size).sum();
    let topic_counts = engine.topic_counts()?;
    let warnings = manifest.warnings();
    let index_bytes = engine.size_on_disk();
    if args.json {
        let v = json!({
            "data": paths.data.display().to_string(),
            "index": engine.index_dir().display().to_string(),
            "files": manifest.files.len(),
            "file_bytes": file_bytes,
            "policies": policies,
            "latest_policies": latest,
            "companies": companies.len(),
            "sections": sections,
            "text_bytes": text_bytes,
            "index_bytes": index_bytes,
            "formats": formats.iter().map(|(k, (p, s))| (k.to_string(), json!({"policies": p, "sections": s}))).collect::<serde_json::Map<_, _>>(),
            "topics": topic_counts.iter().map(|(k, n)| (k.clone(), json!(n))).collect::<serde_json::Map<_, _>>(),
            "years": years,
            "warnings": warnings.iter().map(|w| json!({"path": w.path, "message": w.message, "skipped": w.skipped})).collect::<Vec<_>>(),
        });
        println!("{}", super::json::to_string_pretty(&v)?);
        return Ok(());
    }
    println!(
        "{} {} ({}, {})",
        styles.bold("data"),
        paths.data.display(),
        plural(manifest.files.len(), "file", "files"),
        human_bytes(file_bytes)
    );
    println!(
        "{} {} ({}, {:.2}× the text)",
        styles.bold("index"),
        engine.index_dir().display(),
        human_bytes(index_bytes),
        index_bytes as f64 / text_bytes.max(1) as f64
    );
    println!(
        "{} {} of {} companies ({} newest versions), {}, {} of text",
        styles.bold("policies"),
        thousands(policies as u64),
        thousands(companies.len() as u64),
        thousands(latest as u64),
        plural(sections, "section", "sections"),
        human_bytes(text_bytes)
    );
    println!("{}", styles.bold("formats"));
    for (name, (p, s)) in &formats {
        println!(
            "  {name:<9} {:>14}  {:>14}",
            plural(*p, "policy", "policies"),
            plural(*s, "section", "sections")
        );
    }
    println!(
        "{} (sections of the newest versions)",
        styles.bold("topics")
    );
    let table = TopicTable::builtin();
    for (id, n) in &topic_counts {
        println!(
            "  {id:<14} {:>7}  {}",
            thousands(*n as u64),
            styles.dim(table.label(id))
        );
    }
    if years.len() > 1 {
        let list: Vec<String> = years.iter().map(|(y, n)| format!("{y}: {n}")).collect();
        println!("{} {}", styles.bold("archived"), list.join(", "));
    }
    if warnings.is_empty() {
        println!("{} none", styles.bold("warnings"));
    } else {
        println!("{} {}", styles.bold("warnings"), warnings.len());
        for w in &warnings {
            println!("  {}", crate::corpus::sanitize::sanitize(&w.to_string()));
        }
    }
    Ok(())
}
