//! OPP-115 segments read again by two readers against the product's own kind definitions (see
//! `policytui::clauses::opp_readers`): the detector and the OPP-115 majority, each scored
//! against the readers, for the kinds below their target on OPP-115, on each half of the
//! policies (`evaluate`'s halves: A is `dev`, whose errors rules may be read against with
//! `--errors KIND`; B is `test`, only counted) and on all.
//! (`read`: segments read; `split`: the readers disagree, left out; `unread`: named by the
//! detector where no reader read, counted as false.)
//! `cargo run --release --example opp_readers -- [READERS] [SEGMENTS] [--errors KIND]`
//! (defaults `tests/data/opp_readers.jsonl` and `../shared/corpus/opp115/segments.jsonl`).

use std::io::BufReader;

use policytui::clauses::evaluate::half;
use policytui::clauses::opp_readers::{self, ReaderRow};

#[macro_use]
mod common;

fn main() {
    let (errors, args) = common::args();
    let readers = common::arg_or(&args, 0, "tests/data/opp_readers.jsonl");
    let segments = common::arg_or(&args, 1, "../shared/corpus/opp115/segments.jsonl");
    let items = opp_readers::parse(open(&readers)).unwrap_or_else(|e| fail(&readers, e));
    let rows = |keep: &dyn Fn(&str) -> bool| -> Vec<ReaderRow> {
        opp_readers::score(
            &items,
            open(&segments),
            policytui::clauses::Detector::builtin(),
            keep,
        )
        .unwrap_or_else(|e| fail(&segments, e))
    };
    if let Some(kind) = errors {
        let dev = rows(&half);
        let Some(row) = dev.iter().find(|r| r.kind == kind) else {
            fail("--errors", format!("no kind {kind:?} was read"));
        };
        for m in &row.errors {
            say!(
                "{} {}#{} [{}]",
                m.error,
                m.policy,
                m.segment,
                m.trigger.as_deref().unwrap_or("")
            );
            say!("    {}", m.text.chars().take(600).collect::<String>());
        }
        return;
    }
    say!(
        "{} segments read again (every one holding a word of a kind, given one by the majority or named by the detector when read)",
        items.len()
    );
    table("dev (half A)", &rows(&half));
    table("test (half B)", &rows(&|p| !half(p)));
    table("all", &rows(&|_| true));
}

fn table(name: &str, rows: &[ReaderRow]) {
    say!("\n{name}");
    say!(
        "{:<16} {:>5} {:>5} {:>6} {:>13}   {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}",
        "kind",
        "read",
        "split",
        "unread",
        "det. only ok",
        "P",
        "R",
        "F1",
        "P",
        "R",
        "F1"
    );
    say!("{:<55}   detector vs readers   OPP majority vs readers", "");
    for r in rows {
        say!(
            "{:<16} {:>5} {:>5} {:>6} {:>6} of {:>3}   {:.3} {:.3} {:.3}   {:.3} {:.3} {:.3}",
            r.kind,
            r.read,
            r.split,
            r.unread,
            r.detector_only_confirmed,
            r.detector_only,
            r.detector.precision(),
            r.detector.recall(),
            r.detector.f1(),
            r.majority.precision(),
            r.majority.recall(),
            r.majority.f1()
        );
    }
}

fn open(path: &str) -> BufReader<std::fs::File> {
    match std::fs::File::open(path) {
        Ok(f) => BufReader::new(f),
        Err(e) => fail(path, e),
    }
}

fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{what}: {e}");
    std::process::exit(1);
}
