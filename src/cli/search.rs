//! `policytui search QUERY`: hits grouped by company, each with its section and a snippet.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use super::Global;
use super::output::{Styles, domain_note, hits_summary, thousands};
use super::refresh::open_fresh;
use crate::search::{SearchRequest, SearchResults, Versions};

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// The query; several arguments are joined with spaces (use `--` before a query that
    /// starts with `-`)
    #[arg(required = true, value_name = "QUERY", num_args = 1..)]
    pub query: Vec<String>,
    /// Most hits to show
    #[arg(short = 'n', long, default_value_t = 20, value_name = "N", value_parser = at_least_one)]
    pub limit: usize,
    /// Search every version of each policy, not only the newest
    #[arg(long)]
    pub all_versions: bool,
    /// Rank and count only about N matches (at least 200, and four times -n) spread over the
    /// whole corpus when there are more (totals become estimates, marked ≈; what the browser
    /// does as you type)
    #[arg(long, value_name = "N")]
    pub sample: Option<usize>,
    /// Print results as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

/// `-n 0` would show nothing and say "showing the best 0".
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

pub fn run(global: &Global, args: &SearchArgs, styles: &Styles) -> Result<()> {
    let (engine, _) = open_fresh(global)?;
    let mut request = SearchRequest::new(args.query.join(" "), args.limit);
    if args.all_versions {
        request.versions = Versions::All;
    }
    request.sample = args.sample;
    let results = engine.search(&request)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        super::json::write(&mut out, &results)?;
        writeln!(out)?;
        return Ok(());
    }
    if !global.quiet {
        for note in &results.notes {
            eprintln!("note: {}", crate::corpus::sanitize::sanitize_line(note));
        }
    }
    print_human(&mut out, &results, styles)?;
    Ok(())
}

fn print_human(out: &mut impl Write, r: &SearchResults, styles: &Styles) -> Result<()> {
    writeln!(
        out,
        "{} for {}",
        styles.bold(&hits_summary(r)),
        // A blank query is shown as one, not as nothing after "for".
        styles.bold(&if r.query.trim().is_empty() {
            format!("{:?}", r.query)
        } else {
            r.query.clone()
        })
    )?;
    let grouped = r.by_company();
    for group in grouped.chunk_by(|a, b| a.company_key == b.company_key) {
        let first = group[0];
        let company_hits = r
            .companies
            .iter()
            .find(|c| c.company_key == first.company_key)
            .map_or(0, |c| c.hits);
        let domain = domain_note(&first.company, first.domain.as_deref())
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        writeln!(out)?;
        writeln!(
            out,
            "{}{} {}",
            styles.company(&first.company),
            styles.dim(&domain),
            styles.dim(&format!(
                "— {}",
                crate::format::company_hits(company_hits, r.exact)
            ))
        )?;
        for h in group {
            let heading = if h.heading.is_empty() {
                "(beginning)"
            } else {
                &h.heading
            };
            writeln!(
                out,
                "  {} {} {}",
                styles.heading(heading),
                styles.dim("·"),
                styles.topic(&format!("{} · §{} · {}", h.topic, h.ordinal, h.policy_id)),
            )?;
            writeln!(out, "    {}", styles.highlighted(&h.snippet, &h.highlights))?;
        }
    }
    let shown = r.hits.len();
    if shown < r.total_hits {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            styles.dim(&format!(
                "showing the best {shown} of {}{}; use -n N for more",
                if r.exact { "" } else { "≈ " },
                thousands(r.total_hits as u64)
            ))
        )?;
    }
    Ok(())
}
