//! `policytui evaluate SEGMENTS.jsonl`: precision, recall and F1 of clause detection against
//! OPP-115 annotations (the majority of annotators), per kind, with the errors on request.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use super::output::Styles;
use crate::clauses::detector;
use crate::clauses::evaluate::{Evaluation, MAPPING, evaluate};

#[derive(Args, Debug)]
pub struct EvaluateArgs {
    /// OPP-115 segments file (`opp115/segments.jsonl` of the shared corpus)
    #[arg(value_name = "SEGMENTS")]
    pub segments: PathBuf,
    /// Print the segments a kind got wrong (false positives, then false negatives)
    #[arg(long, value_name = "KIND")]
    pub errors: Option<String>,
    /// How many errors of each sort to print (with --errors)
    #[arg(short = 'n', long, default_value_t = 10, requires = "errors")]
    pub limit: usize,
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &EvaluateArgs, styles: &Styles) -> Result<()> {
    let errors_of = args.errors.as_deref().map(row_of).transpose()?;
    let file = std::fs::File::open(&args.segments)
        .with_context(|| format!("cannot open {}", args.segments.display()))?;
    let eval = evaluate(std::io::BufReader::new(file), detector())
        .with_context(|| format!("in {}", args.segments.display()))?;
    // A file of no segments scores nothing: every kind "below" would read as a verdict.
    anyhow::ensure!(
        eval.segments > 0,
        "{} holds no segments (JSON lines of OPP-115 segments: {{\"policy\", \"segment\", \"text\", \"labels\"}})",
        args.segments.display()
    );
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // The first `limit` errors of each sort of the kind asked for, false positives first.
    let errors = |kind: &str| -> Vec<&crate::clauses::evaluate::Miss> {
        ["false positive", "false negative"]
            .into_iter()
            .flat_map(|error| {
                eval.misses
                    .iter()
                    .filter(move |m| m.kind == kind && m.error == error)
                    .take(args.limit)
            })
            .collect()
    };
    if args.json {
        let mut v = json(&eval);
        if let Some(kind) = errors_of {
            v["errors"] = serde_json::json!(
                errors(kind)
                    .iter()
                    .map(|m| serde_json::json!({
                        "kind": m.kind,
                        "error": m.error,
                        "policy": m.policy,
                        "segment": m.segment,
                        "text": m.text,
                        "trigger": m.trigger,
                    }))
                    .collect::<Vec<_>>()
            );
        }
        super::json::write_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(());
    }
    print_table(&mut out, &eval, styles)?;
    if let Some(kind) = errors_of {
        let errors = errors(kind);
        for error in ["false positive", "false negative"] {
            writeln!(out)?;
            writeln!(out, "{}", styles.bold(&format!("{error}s of {kind}")))?;
            for m in errors.iter().filter(|m| m.error == error) {
                let text: String = m.text.chars().take(300).collect();
                writeln!(
                    out,
                    "- [{} #{}] {}",
                    m.policy,
                    m.segment,
                    crate::corpus::sanitize::sanitize(&text)
                )?;
                if let Some(t) = &m.trigger {
                    writeln!(out, "    {}", styles.dim(&format!("fired on: {t}")))?;
                }
            }
        }
    }
    Ok(())
}

/// The evaluation's row for `--errors KIND`: its own name (`retention-*`), or a catalogue id or
/// family name that row scores (`retention-indefinite`, `retention`), so the names `clauses`
/// and `clause:` use work here too.
fn row_of(kind: &str) -> Result<&'static str> {
    let wanted = kind.trim().to_ascii_lowercase();
    let family = wanted.trim_end_matches('*').trim_end_matches('-');
    MAPPING
        .iter()
        .find(|(row, ids, _, _)| {
            *row == wanted
                || ids.contains(&wanted.as_str())
                || row.trim_end_matches('*').trim_end_matches('-') == family
        })
        .map(|(row, _, _, _)| *row)
        .with_context(|| {
            let rows: Vec<&str> = MAPPING.iter().map(|(row, _, _, _)| *row).collect();
            format!(
                "--errors {kind}: no such kind in the evaluation; it scores {}",
                rows.join(", ")
            )
        })
}

fn json(eval: &Evaluation) -> serde_json::Value {
    serde_json::json!({
        "segments": eval.segments,
        "policies": eval.policies,
        "kinds": eval.rows.iter().map(|r| serde_json::json!({
            "kind": r.kind,
            "label": r.label,
            "target_f1": r.target,
            "gold": r.support,
            "tp": r.all.tp, "fp": r.all.fp, "fn": r.all.fn_,
            "precision": r.all.precision(),
            "recall": r.all.recall(),
            "f1": r.all.f1(),
            "f1_half_a": r.half_a.f1(),
            "f1_half_b": r.half_b.f1(),
            "annotator_f1": r.annotator.f1(),
        })).collect::<Vec<_>>(),
    })
}

fn print_table(out: &mut impl Write, eval: &Evaluation, styles: &Styles) -> Result<()> {
    writeln!(
        out,
        "{} segments of {} policies; gold = label given by at least 2 of 3 annotators",
        eval.segments, eval.policies
    )?;
    writeln!(
        out,
        "{}",
        styles.bold(&format!(
            "{:<18} {:>5} {:>4} {:>4} {:>4}  {:>6} {:>6} {:>6}  {:>6}  {:>6} {:>6}  {:>6}",
            "kind",
            "gold",
            "tp",
            "fp",
            "fn",
            "prec",
            "recall",
            "F1",
            "target",
            "F1 A",
            "F1 B",
            "human"
        ))
    )?;
    for r in &eval.rows {
        let f1 = r.all.f1();
        let verdict = if f1 >= r.target {
            styles.good("✓ meets")
        } else {
            styles.bad("✗ below")
        };
        writeln!(
            out,
            "{:<18} {:>5} {:>4} {:>4} {:>4}  {:>6.3} {:>6.3} {:>6.3}  {:>6.2}  {:>6.3} {:>6.3}  {:>6.3}  {verdict}",
            r.kind,
            r.support,
            r.all.tp,
            r.all.fp,
            r.all.fn_,
            r.all.precision(),
            r.all.recall(),
            f1,
            r.target,
            r.half_a.f1(),
            r.half_b.f1(),
            r.annotator.f1(),
        )?;
    }
    writeln!(
        out,
        "{}",
        styles.dim("F1 A / F1 B: the two halves of the policies (split by a hash of the name)")
    )?;
    writeln!(
        out,
        "{}",
        styles.dim(
            "human: expected F1 of one annotator against the majority (the agreement ceiling)"
        )
    )?;
    Ok(())
}
