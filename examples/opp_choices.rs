//! Scores `opt-out` against OPP-115's choices wherever its annotators filed them, beside the
//! score against User Choice/Control alone (what `policytui evaluate` reports):
//! `cargo run --release --example opp_choices -- [../shared/corpus/opp115]`
//!
//! OPP-115 files a choice about one practice under that practice: refusing cookies under First
//! Party Collection/Use, an opt-out link for sharing under Third Party Sharing/Collection, each
//! with a "Choice Type" attribute. Here a segment is a choice when at least two annotators gave
//! it User Choice/Control, or an opt-out Choice Type under any category (read from the raw
//! annotations, `annotations/*.csv`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use policytui::clauses::evaluate::Score;

/// Choice Types that are ways out (not opt-in, and not "Unspecified" or "Other").
const OPT_OUT_TYPES: &[&str] = &[
    "Opt-out link",
    "Opt-out via contacting company",
    "Browser/device privacy controls",
    "First-party privacy controls",
    "Third-party privacy controls",
    "Dont use service/feature",
];

/// The records of a CSV file (RFC 4180: fields in double quotes may hold commas, line breaks
/// and doubled quotes).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

fn score(predicted: &HashSet<usize>, gold: &HashSet<usize>) -> Score {
    let tp = predicted.intersection(gold).count();
    Score {
        tp,
        fp: predicted.len() - tp,
        fn_: gold.len() - tp,
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/opp115".into());
    let dir = Path::new(&dir);
    let Ok(segments) = std::fs::read_to_string(dir.join("segments.jsonl")) else {
        eprintln!(
            "opp_choices: no {}: skipped",
            dir.join("segments.jsonl").display()
        );
        return;
    };
    // (policy, segment) -> annotators, for User Choice/Control and for any choice.
    type Who = HashMap<(String, u64), HashSet<String>>;
    let (mut control, mut any): (Who, Who) = (HashMap::new(), HashMap::new());
    let mut files: Vec<_> = std::fs::read_dir(dir.join("annotations"))
        .expect("an annotations folder beside segments.jsonl")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    for path in files {
        let policy = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("a readable annotation file");
        for row in csv_records(&text) {
            let (Some(who), Some(segment), Some(category), Some(attributes)) =
                (row.get(2), row.get(4), row.get(5), row.get(6))
            else {
                continue;
            };
            let Ok(segment) = segment.parse::<u64>() else {
                continue;
            };
            let key = (policy.clone(), segment);
            let choice_type: serde_json::Value =
                serde_json::from_str(attributes).unwrap_or_default();
            let choice_type = choice_type["Choice Type"]["value"].as_str().unwrap_or("");
            if category == "User Choice/Control" {
                control.entry(key.clone()).or_default().insert(who.clone());
                any.entry(key).or_default().insert(who.clone());
            } else if OPT_OUT_TYPES.contains(&choice_type) {
                any.entry(key).or_default().insert(who.clone());
            }
        }
    }
    let detector = policytui::clauses::Detector::builtin();
    let (mut predicted, mut gold_control, mut gold_any) =
        (HashSet::new(), HashSet::new(), HashSet::new());
    for (i, line) in segments.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let key = (
            v["policy"].as_str().unwrap_or_default().to_string(),
            v["segment"].as_u64().unwrap_or_default(),
        );
        let text = v["text"].as_str().unwrap_or_default();
        if detector.detect(text).iter().any(|m| m.kind == "opt-out") {
            predicted.insert(i);
        }
        if control.get(&key).is_some_and(|w| w.len() >= 2) {
            gold_control.insert(i);
        }
        // The raw annotations, read here, must give the gold `segments.jsonl` was made from.
        let labelled = v["labels"]["User Choice/Control"].as_u64().unwrap_or(0) >= 2;
        assert_eq!(
            labelled,
            gold_control.contains(&i),
            "annotations and segments.jsonl disagree on {key:?}"
        );
        if any.get(&key).is_some_and(|w| w.len() >= 2) {
            gold_any.insert(i);
        }
    }
    println!(
        "opt-out against OPP-115, gold = at least 2 annotators; {} segments found it",
        predicted.len()
    );
    println!(
        "{:<58} {:>5} {:>6} {:>6} {:>6}",
        "gold", "gold", "prec", "recall", "F1"
    );
    for (name, gold) in [
        (
            "User Choice/Control (as `policytui evaluate`)",
            &gold_control,
        ),
        (
            "any choice: User Choice/Control or an opt-out Choice Type",
            &gold_any,
        ),
    ] {
        let s = score(&predicted, gold);
        println!(
            "{name:<58} {:>5} {:>6.3} {:>6.3} {:>6.3}",
            gold.len(),
            s.precision(),
            s.recall(),
            s.f1()
        );
    }
}
