//! OPP-115 segments read again by two readers against this product's own kind definitions
//! (`tests/data/opp_readers.jsonl`), to tell the detector's errors from the annotation
//! scheme's: OPP-115 files many choices under other categories than "User Choice/Control" and
//! its majority leaves out many promises not to share, so a segment the detector names and the
//! majority does not is not always the detector's mistake.
//!
//! For the kinds below their target on OPP-115, every segment that holds a word of one of
//! them, that the majority gave one of them, or that the detector named one of them when the
//! file was made, was read for all of them (`asked`), so the counts are whole, not estimates.
//! A segment no reader read that the detector names counts against it. A kind counts where
//! both readers agree on it; where they do not, the segment is left out for that kind. The
//! file holds no text, only the policy and
//! segment number: the text stays in `segments.jsonl`.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;

use serde::Deserialize;

use super::Detector;
use super::evaluate::{EvalError, MAPPING, Miss, Score, Segment, json_lines};

/// One segment as the readers labelled it.
#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub policy: String,
    pub segment: usize,
    /// The kinds each reader gave (ids of the catalogue).
    pub a: Vec<String>,
    pub b: Vec<String>,
    /// The kinds of [`MAPPING`] it was read for.
    pub asked: Vec<String>,
}

/// One kind's scores against the readers.
#[derive(Debug, Clone, Default)]
pub struct ReaderRow {
    pub kind: String,
    /// The detector (this build) against the readers.
    pub detector: Score,
    /// The OPP-115 majority against the readers.
    pub majority: Score,
    /// Segments read for the kind, and those the readers split on (left out).
    pub read: usize,
    pub split: usize,
    /// Segments the detector names that were not read for the kind (counted as false).
    pub unread: usize,
    /// Segments read that the detector names and the majority does not (those the readers
    /// split on included), and how many of them both readers call the kind.
    pub detector_only: usize,
    pub detector_only_confirmed: usize,
    /// The detector's errors against the readers (those named where nobody read are false
    /// positives with no reading).
    pub errors: Vec<Miss>,
}

/// Parses `opp_readers.jsonl`; a segment listed twice is refused, as the readings could not
/// both count.
pub fn parse(input: impl BufRead) -> Result<Vec<Item>, EvalError> {
    let mut items: Vec<Item> = Vec::new();
    let mut seen = HashSet::new();
    for record in json_lines(input) {
        let (line, item): (usize, Item) = record?;
        if !seen.insert((item.policy.clone(), item.segment)) {
            return Err(EvalError::BadLine {
                line,
                message: format!("segment {}#{} is listed twice", item.policy, item.segment),
            });
        }
        items.push(item);
    }
    Ok(items)
}

/// Scores `detector` and the OPP-115 majority against the readers of `items`, reading the
/// segments' text and labels from `segments` (OPP-115's `segments.jsonl`), for the policies
/// `keep` keeps (one half of them, say: see [`super::evaluate::half`]). Rows come in
/// [`MAPPING`]'s order; kinds no item was read for are left out.
pub fn score(
    items: &[Item],
    segments: impl BufRead,
    detector: &Detector,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<ReaderRow>, EvalError> {
    let read: HashMap<(&str, usize), &Item> = items
        .iter()
        .map(|i| ((i.policy.as_str(), i.segment), i))
        .collect();
    let asked: HashSet<&str> = items
        .iter()
        .flat_map(|i| i.asked.iter().map(String::as_str))
        .collect();
    let mut rows: Vec<ReaderRow> = MAPPING
        .iter()
        .map(|(kind, ..)| ReaderRow {
            kind: kind.to_string(),
            ..ReaderRow::default()
        })
        .collect();
    for record in json_lines(segments) {
        let (_, seg): (usize, Segment) = record?;
        if !keep(&seg.policy) {
            continue;
        }
        let item = read.get(&(seg.policy.as_str(), seg.segment));
        let found = detector.detect(&seg.text);
        for (row, (kind, kinds, label, _)) in rows.iter_mut().zip(MAPPING) {
            if !asked.contains(kind) {
                continue;
            }
            let hit = found.iter().find(|m| kinds.contains(&m.kind.as_str()));
            let named = hit.is_some();
            let miss = |error| Miss {
                kind: kind.to_string(),
                policy: seg.policy.clone(),
                segment: seg.segment,
                error,
                text: seg.text.clone(),
                trigger: hit.map(|m| m.trigger.clone()),
            };
            let Some(item) = item.filter(|i| i.asked.iter().any(|k| k == kind)) else {
                if named {
                    row.unread += 1;
                    row.detector.fp += 1;
                    row.errors.push(miss("false positive (unread)"));
                }
                continue;
            };
            row.read += 1;
            let says = |given: &[String]| given.iter().any(|k| kinds.contains(&k.as_str()));
            let (a, b) = (says(&item.a), says(&item.b));
            let majority = seg.majority(label);
            if named && !majority {
                row.detector_only += 1;
                row.detector_only_confirmed += usize::from(a && b);
            }
            if a != b {
                row.split += 1;
                continue;
            }
            row.detector.add(named, a);
            row.majority.add(majority, a);
            if named != a {
                row.errors.push(miss(if named {
                    "false positive"
                } else {
                    "false negative"
                }));
            }
        }
    }
    rows.retain(|r| r.read > 0);
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_the_detector_and_the_majority_against_the_readers() {
        let items = parse(
            [
                r#"{"policy":"p","segment":0,"a":["no-sale"],"b":["no-sale"],"asked":["no-sale"]}"#,
                r#"{"policy":"p","segment":1,"a":[],"b":[],"asked":["no-sale"]}"#,
                r#"{"policy":"p","segment":2,"a":["no-sale"],"b":[],"asked":["no-sale"]}"#,
            ]
            .join("\n")
            .as_bytes(),
        )
        .unwrap();
        let segments = [
            r#"{"policy":"p","segment":0,"text":"We will never sell your personal information.","labels":{}}"#,
            r#"{"policy":"p","segment":1,"text":"We sell nothing here, we are a museum.","labels":{}}"#,
            r#"{"policy":"p","segment":2,"text":"We do not sell your personal data.","labels":{"Third Party Sharing/Collection|Does/Does Not=Does Not":2}}"#,
            r#"{"policy":"p","segment":3,"text":"Nobody read this: we do not rent your personal data to anyone.","labels":{}}"#,
        ]
        .join("\n");
        let rows = score(&items, segments.as_bytes(), Detector::builtin(), |_| true).unwrap();
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!((row.kind.as_str(), row.read, row.split), ("no-sale", 3, 1));
        // The promise the majority missed, which the readers confirm.
        assert_eq!((row.detector_only, row.detector_only_confirmed), (1, 1));
        // Named where nobody read counts against the detector.
        assert_eq!(row.unread, 1);
        assert_eq!(
            (row.detector.tp, row.detector.fp, row.detector.fn_),
            (1, 1, 0)
        );
        assert_eq!(
            (row.majority.tp, row.majority.fp, row.majority.fn_),
            (0, 0, 1)
        );
        // The one error: the unread rental.
        assert_eq!(row.errors.len(), 1);
        assert_eq!(row.errors[0].segment, 3);
        // A segment read twice is refused.
        let twice = r#"{"policy":"p","segment":0,"a":[],"b":[],"asked":["no-sale"]}"#;
        assert!(parse(format!("{twice}\n{twice}").as_bytes()).is_err());
        // Only the policies kept.
        let none = score(&items, segments.as_bytes(), Detector::builtin(), |p| {
            p != "p"
        });
        assert!(none.unwrap().is_empty());
    }
}
