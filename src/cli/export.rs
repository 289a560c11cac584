//! `policytui export --ndjson`: one JSON object per section, ready for bulk ingestion into
//! Quickwit or Elasticsearch.

use std::io::{BufWriter, Write};

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::Global;
use super::refresh::open_fresh;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Newline-delimited JSON, one object per section (fields documented in README.md); the
    /// only format, required so that another can be added without changing what a script gets
    #[arg(long, required = true)]
    pub ndjson: bool,
    /// Only the newest version of each policy
    #[arg(long)]
    pub latest: bool,
}

pub fn run(global: &Global, args: &ExportArgs) -> Result<()> {
    let (engine, _) = open_fresh(global)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut written = 0usize;
    engine.for_each_section(|s| {
        if args.latest && !s.latest {
            return Ok(());
        }
        let year = s.u64("year");
        let v = json!({
            "policy_id": s.str("policy_id"),
            "company": s.str("company"),
            "company_key": s.str("company_key"),
            "domain": s.str("domain"),
            "title": s.str("title"),
            "url": s.str("url"),
            "archived": s.str("archived"),
            "year": (year > 0).then_some(year),
            "latest": s.latest,
            "source_path": s.str("source_path"),
            "format": s.str("format"),
            "ordinal": s.u64("ordinal"),
            "level": s.u64("level"),
            "heading": s.str("heading"),
            "topic": s.str("topic"),
            "clauses": s.clauses(),
            "start": s.u64("start"),
            "text": s.str("text"),
        });
        super::json::write(&mut out, &v)?;
        out.write_all(b"\n")?;
        written += 1;
        Ok(())
    })?;
    out.flush()?;
    if !global.quiet {
        eprintln!("exported {written} sections");
    }
    Ok(())
}
