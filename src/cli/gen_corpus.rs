//! `policytui gen-corpus`: a synthetic corpus of any size from real sections, for benchmarks and
//! for trying the tool at the scale of research corpora.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::Global;
use super::output::{Styles, human_bytes, thousands};
use crate::corpus::generate::{GenerateOptions, Source, generate};

#[derive(Args, Debug)]
pub struct GenCorpusArgs {
    /// Folder of real policies whose sections are recombined [default: the data folder]
    #[arg(long, value_name = "DIR")]
    pub from: Option<PathBuf>,
    /// Number of policy files to write
    #[arg(long, value_name = "N")]
    pub policies: usize,
    /// Seed: the same seed and source give the same files, byte for byte
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Folder to write (new or empty); companies are sharded into numbered sub-folders
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Companies per sub-folder (at least 1)
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = at_least_one)]
    pub shard_size: usize,
    /// Print the summary as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

/// A count of one or more: no folder holds no company.
fn at_least_one(arg: &str) -> Result<usize, String> {
    match arg.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

pub fn run(global: &Global, args: &GenCorpusArgs, styles: &Styles) -> Result<()> {
    let from = match &args.from {
        Some(dir) => dir.clone(),
        None => super::paths::resolve(global)?.data,
    };
    let started = Instant::now();
    let source = Source::load(&from)?;
    let opts = GenerateOptions {
        policies: args.policies,
        seed: args.seed,
        shard_size: args.shard_size,
    };
    let bar = (!global.quiet && std::io::stderr().is_terminal()).then(|| {
        super::output::progress_bar(args.policies as u64, "writing", "policies ({eta} left)")
    });
    let report = generate(&source, &args.out, &opts, &|done, _| {
        if let Some(b) = &bar {
            b.set_position(done as u64);
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let report = report?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut out = std::io::stdout().lock();
    if args.json {
        let v = json!({
            "out": args.out.display().to_string(),
            "from": from.display().to_string(),
            "seed": args.seed,
            "policies": report.policies,
            "companies": report.companies,
            "shards": report.shards,
            "bytes": report.bytes,
            "source_policies": report.source_policies,
            "source_sections": report.source_sections,
            "seconds": elapsed,
        });
        writeln!(out, "{}", super::json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    let folder =
        crate::corpus::sanitize::sanitize_line(&args.out.display().to_string()).into_owned();
    writeln!(
        out,
        "wrote {} policies of {} companies ({}) into {} folders of {} in {:.1} s",
        thousands(report.policies as u64),
        thousands(report.companies as u64),
        human_bytes(report.bytes),
        thousands(report.shards as u64),
        styles.bold(&folder),
        elapsed
    )?;
    if !global.quiet {
        writeln!(
            out,
            "{}",
            styles.dim(&format!(
                "(sections recombined from {} policies, {} sections, of {}; seed {})",
                thousands(report.source_policies as u64),
                thousands(report.source_sections as u64),
                crate::corpus::sanitize::sanitize_line(&from.display().to_string()),
                args.seed
            ))
        )?;
    }
    Ok(())
}
