//! OPP-115 segments read again by two readers against the product's own kind definitions (see
//! `policytui::clauses::opp_readers`): the detector and the OPP-115 majority, each scored
//! against the readers, for the kinds below their target on OPP-115.
//! (`read`: segments read for the kind; `split`: the readers disagree, left out; `unread`:
//! named by the detector where no reader read for the kind, counted as false.)
//! `cargo run --release --example opp_readers -- [READERS] [SEGMENTS]` (defaults
//! `tests/data/opp_readers.jsonl` and `../shared/corpus/opp115/segments.jsonl`).

use std::io::BufReader;

use policytui::clauses::opp_readers;

fn main() {
    let mut args = std::env::args().skip(1);
    let readers = args
        .next()
        .unwrap_or_else(|| "tests/data/opp_readers.jsonl".into());
    let segments = args
        .next()
        .unwrap_or_else(|| "../shared/corpus/opp115/segments.jsonl".into());
    let open = |path: &str| match std::fs::File::open(path) {
        Ok(f) => BufReader::new(f),
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let items = opp_readers::parse(open(&readers)).unwrap_or_else(|e| {
        eprintln!("{readers}: {e}");
        std::process::exit(1);
    });
    let rows = opp_readers::score(
        &items,
        open(&segments),
        policytui::clauses::Detector::builtin(),
    )
    .unwrap_or_else(|e| {
        eprintln!("{segments}: {e}");
        std::process::exit(1);
    });
    println!(
        "{} segments read again (every one holding a word of a kind, given one by the majority or named by the detector when read)",
        items.len()
    );
    println!(
        "{:<16} {:>5} {:>5} {:>6} {:>13}   {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}",
        "kind", "read", "split", "unread", "det. only ok", "P", "R", "F1", "P", "R", "F1"
    );
    println!("{:<55}   detector vs readers   OPP majority vs readers", "");
    for r in rows {
        println!(
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
