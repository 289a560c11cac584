//! Scores the clause detector on real sentences of the shared corpus labelled by two readers
//! (see `policytui::clauses::real_sentences`):
//! `cargo run --release --example sentence_eval -- [LABELS] [CORPUS] [--errors KIND]`
//! (defaults `tests/data/real_sentences.jsonl` and `../shared/corpus`). With `--errors`, the
//! dev half's false positives and negatives of that kind are printed (never the test half's).

use std::path::Path;

use policytui::clauses::real_sentences::{self, KINDS, Read};

#[macro_use]
mod common;

fn main() {
    let (errors, args) = common::args();
    let labels_path = common::arg_or(&args, 0, "tests/data/real_sentences.jsonl");
    let root = common::arg_or(&args, 1, "../shared/corpus");
    let labels = match std::fs::read_to_string(&labels_path) {
        Ok(text) => real_sentences::parse(&text),
        Err(e) => {
            eprintln!("cannot read {labels_path}: {e}");
            std::process::exit(1);
        }
    };
    let corpus = match policytui::corpus::load_dir(Path::new(&root)) {
        Ok(c) if !c.policies.is_empty() => c,
        _ => {
            eprintln!("no policies under {root}: is the shared corpus there?");
            std::process::exit(1);
        }
    };
    let read = real_sentences::read(
        &labels,
        &corpus.policies,
        policytui::clauses::Detector::builtin(),
    );
    say!(
        "{} of {} labelled sentences found in the policies of {root}",
        read.len(),
        labels.len()
    );
    for split in ["dev", "test", "all"] {
        let rows: Vec<&Read> = read
            .iter()
            .filter(|r| split == "all" || r.label.split == split)
            .collect();
        say!("\n{split}: {} sentences", rows.len());
        say!(
            "{:<24}{:>6}{:>6}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}",
            "kind",
            "gold",
            "split",
            "tp",
            "fp",
            "fn",
            "prec",
            "recall",
            "F1"
        );
        let mut all = policytui::clauses::evaluate::Score::default();
        for kind in KINDS {
            let k = real_sentences::score(&rows, kind);
            if !kind.ends_with('*') {
                all.tp += k.score.tp;
                all.fp += k.score.fp;
                all.fn_ += k.score.fn_;
            }
            say!(
                "{:<24}{:>6}{:>6}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}",
                kind,
                k.gold,
                k.split_votes,
                k.score.tp,
                k.score.fp,
                k.score.fn_,
                k.score.precision(),
                k.score.recall(),
                k.score.f1()
            );
            if split == "dev" && errors.as_deref() == Some(*kind) {
                for &(fp, i) in &k.errors {
                    let r = rows[i];
                    let sort = if fp { "FP" } else { "FN" };
                    say!("  {sort} {}: {}", r.label.policy, r.sentence);
                }
            }
        }
        say!(
            "{:<24}{:>6}{:>6}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}",
            "all kinds (micro)",
            "",
            "",
            all.tp,
            all.fp,
            all.fn_,
            all.precision(),
            all.recall(),
            all.f1()
        );
    }
}
