//! OPP-115 segments read again by two readers against this product's own kind definitions
//! (`tests/data/opp_readers.jsonl`), to tell the detector's errors from the annotation
//! scheme's: OPP-115 files many choices under other categories than "User Choice/Control" and
//! its majority leaves out many promises not to share, so a segment the detector names and the
//! majority does not is not always the detector's mistake.
//!
//! The segments were drawn per kind from the four cells of the detector (at the build that drew
//! them) against the OPP-115 majority: every disagreement, and samples of the agreements (the
//! agreements on "no" only among segments holding a word of the kind). Each item carries the
//! weight of its cell (cell size over sampled), so counts are estimates for the whole corpus.
//! A kind counts where both readers agree on it, and the item is left out where they do not.
//! The file holds no text, only the policy and segment number: the text stays in
//! `segments.jsonl`.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use serde::Deserialize;

use super::Detector;
use super::evaluate::{EvalError, Expected, MAPPING, Segment};

/// One segment as the readers labelled it.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub policy: String,
    pub segment: usize,
    /// The kinds each reader gave (ids of the catalogue).
    pub a: Vec<String>,
    pub b: Vec<String>,
    /// The kinds of [`MAPPING`] this segment was drawn for, with its cell and weight.
    pub asked: BTreeMap<String, Asked>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Asked {
    /// The detector's cell against the OPP-115 majority when it was drawn: "tp", "fp", "fn",
    /// or "tn" (both say no, and the segment holds a word of the kind).
    pub stratum: String,
    /// How many segments of the corpus it stands for.
    pub weight: f64,
}

/// One kind's estimated scores against the readers.
#[derive(Debug, Clone)]
pub struct ReaderRow {
    pub kind: String,
    /// The detector (this build) against the readers.
    pub detector: Expected,
    /// The OPP-115 majority against the readers.
    pub majority: Expected,
    /// Items drawn for the kind, and those the readers split on (left out).
    pub items: usize,
    pub split: usize,
    /// Items of the cell where the detector names the kind and the majority does not, and how
    /// many of them both readers call the kind.
    pub detector_only: usize,
    pub detector_only_confirmed: usize,
}

/// Parses `opp_readers.jsonl`.
pub fn parse(input: impl BufRead) -> Result<Vec<Item>, EvalError> {
    let mut items = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        items.push(serde_json::from_str(&line).map_err(|e| EvalError::BadLine {
            line: n + 1,
            message: e.to_string(),
        })?);
    }
    Ok(items)
}

/// Scores `detector` and the OPP-115 majority against the readers of `items`, reading the
/// segments' text and labels from `segments` (OPP-115's `segments.jsonl`). A kind's rows come
/// in [`MAPPING`]'s order; kinds no item asks about are left out.
pub fn score(
    items: &[Item],
    segments: impl BufRead,
    detector: &Detector,
) -> Result<Vec<ReaderRow>, EvalError> {
    let wanted: HashMap<(&str, usize), &Item> = items
        .iter()
        .map(|i| ((i.policy.as_str(), i.segment), i))
        .collect();
    let mut rows: Vec<ReaderRow> = MAPPING
        .iter()
        .map(|(kind, ..)| ReaderRow {
            kind: kind.to_string(),
            detector: Expected::default(),
            majority: Expected::default(),
            items: 0,
            split: 0,
            detector_only: 0,
            detector_only_confirmed: 0,
        })
        .collect();
    for (n, line) in segments.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let seg: Segment = serde_json::from_str(&line).map_err(|e| EvalError::BadLine {
            line: n + 1,
            message: e.to_string(),
        })?;
        let Some(item) = wanted.get(&(seg.policy.as_str(), seg.segment)) else {
            continue;
        };
        let found = detector.detect(&seg.text);
        for (row, (kind, kinds, label, _)) in rows.iter_mut().zip(MAPPING) {
            let Some(asked) = item.asked.get(*kind) else {
                continue;
            };
            row.items += 1;
            let says = |given: &[String]| given.iter().any(|k| kinds.contains(&k.as_str()));
            let (a, b) = (says(&item.a), says(&item.b));
            if asked.stratum == "fp" {
                row.detector_only += 1;
                row.detector_only_confirmed += usize::from(a && b);
            }
            if a != b {
                row.split += 1;
                continue;
            }
            let named = found.iter().any(|m| kinds.contains(&m.kind.as_str()));
            row.detector.add_weighted(named, a, asked.weight);
            row.majority
                .add_weighted(seg.majority(label), a, asked.weight);
        }
    }
    rows.retain(|r| r.items > 0);
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighs_items_by_their_cell_and_leaves_out_splits() {
        let items = parse(
            [
                r#"{"policy":"p","segment":0,"a":["no-sale"],"b":["no-sale"],"asked":{"no-sale":{"stratum":"fp","weight":1.0}}}"#,
                r#"{"policy":"p","segment":1,"a":[],"b":[],"asked":{"no-sale":{"stratum":"tn","weight":10.0}}}"#,
                r#"{"policy":"p","segment":2,"a":["no-sale"],"b":[],"asked":{"no-sale":{"stratum":"tp","weight":2.0}}}"#,
            ]
            .join("\n")
            .as_bytes(),
        )
        .unwrap();
        let segments = [
            r#"{"policy":"p","segment":0,"text":"We will never sell your personal information.","labels":{}}"#,
            r#"{"policy":"p","segment":1,"text":"We sell nothing here, we are a museum.","labels":{}}"#,
            r#"{"policy":"p","segment":2,"text":"We do not sell your personal data.","labels":{"Third Party Sharing/Collection|Does/Does Not=Does Not":2}}"#,
            r#"{"policy":"p","segment":3,"text":"Not asked.","labels":{}}"#,
        ]
        .join("\n");
        let rows = score(&items, segments.as_bytes(), Detector::builtin()).unwrap();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!((row.kind.as_str(), row.items, row.split), ("no-sale", 3, 1));
        assert_eq!((row.detector_only, row.detector_only_confirmed), (1, 1));
        // The detector names the promise the majority missed, and nothing in the museum.
        assert_eq!(row.detector.f1(), 1.0);
        // The majority missed the promise.
        assert_eq!(row.majority.recall(), 0.0);
    }
}
