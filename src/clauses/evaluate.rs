//! Measuring the detector against the OPP-115 annotations (`segments.jsonl`): per kind,
//! precision, recall and F1 at segment level, against the label a majority of annotators gave.

use std::collections::HashSet;
use std::io::BufRead;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::Detector;

/// Our kinds ↔ the OPP-115 label they answer, and the F1 we hold ourselves to.
pub const MAPPING: &[(&str, &[&str], &str, f64)] = &[
    (
        "merger-transfer",
        &["merger-transfer"],
        "Third Party Sharing/Collection|Purpose=Merger/Acquisition",
        0.85,
    ),
    (
        "no-sale",
        &["no-sale"],
        "Third Party Sharing/Collection|Does/Does Not=Does Not",
        0.85,
    ),
    (
        "legal-disclosure",
        &["legal-disclosure"],
        "Third Party Sharing/Collection|Purpose=Legal requirement",
        0.75,
    ),
    (
        "advertising",
        &["advertising"],
        "Third Party Sharing/Collection|Purpose=Advertising",
        0.75,
    ),
    (
        "retention-*",
        &["retention-limited", "retention-indefinite"],
        "Data Retention",
        0.85,
    ),
    ("security", &["security"], "Data Security", 0.75),
    (
        "access-deletion",
        &["access-deletion"],
        "User Access, Edit and Deletion",
        0.85,
    ),
    ("opt-out", &["opt-out"], "User Choice/Control", 0.75),
    (
        "change-*",
        &["change-with-notice", "change-without-notice"],
        "Policy Change",
        0.85,
    ),
    ("do-not-track", &["do-not-track"], "Do Not Track", 0.85),
    (
        "children",
        &["children"],
        "International and Specific Audiences|Audience Type=Children",
        0.85,
    ),
];

#[derive(Debug, Error)]
pub enum EvalError {
    #[error("line {line}: {message}")]
    BadLine { line: usize, message: String },
    #[error("reading segments: {0}")]
    Io(#[from] std::io::Error),
}

/// A line of `segments.jsonl`.
#[derive(Deserialize)]
pub(super) struct Segment {
    pub(super) policy: String,
    #[serde(default)]
    pub(super) segment: usize,
    pub(super) text: String,
    labels: std::collections::HashMap<String, u32>,
    #[serde(default = "three")]
    annotators: u32,
}

impl Segment {
    fn votes(&self, label: &str) -> u32 {
        self.labels.get(label).copied().unwrap_or(0)
    }

    /// Whether most of its annotators gave `label`.
    pub(super) fn majority(&self, label: &str) -> bool {
        u64::from(self.votes(label)) * 2 > u64::from(self.annotators)
    }
}

fn three() -> u32 {
    3
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Score {
    /// One case, `named` or not against `gold`.
    pub fn add(&mut self, named: bool, gold: bool) {
        match (named, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One kind's results.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub kind: String,
    pub label: String,
    pub target: f64,
    /// Gold positives.
    pub support: usize,
    pub all: Score,
    /// The two halves of the policies (split by a hash of the policy name), so that a rule
    /// tuned on one half can be checked on the other.
    pub half_a: Score,
    pub half_b: Score,
    /// How well one annotator agrees with the majority, as an expected F1: a segment with `v`
    /// votes of 3 is labelled by a random annotator with probability `v/3`. It is the ceiling
    /// a careful human reader reaches on this gold standard, and sits below some targets.
    pub annotator: Agreement,
}

/// Expected counts of one random annotator against the majority.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Agreement {
    tp: f64,
    fp: f64,
    fn_: f64,
}

impl Agreement {
    fn add(&mut self, votes: u32, annotators: u32, gold: bool) {
        let yes = f64::from(votes.min(annotators)) / f64::from(annotators.max(1));
        if gold {
            self.tp += yes;
            self.fn_ += 1.0 - yes;
        } else {
            self.fp += yes;
        }
    }

    pub fn f1(&self) -> f64 {
        let denominator = 2.0 * self.tp + self.fp + self.fn_;
        if denominator == 0.0 {
            0.0
        } else {
            2.0 * self.tp / denominator
        }
    }
}

/// A segment the detector got wrong, for error analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub kind: String,
    pub policy: String,
    pub segment: usize,
    /// "false positive" or "false negative" (or, against readers, "false positive (unread)").
    pub error: &'static str,
    pub text: String,
    /// What fired, for false positives.
    pub trigger: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub segments: usize,
    pub policies: usize,
    pub rows: Vec<Row>,
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// Which half of the corpus a policy belongs to.
pub fn half(policy: &str) -> bool {
    xxhash_rust::xxh3::xxh3_64(policy.as_bytes()).is_multiple_of(2)
}

/// The records of a JSON-lines input with their line numbers, blank lines skipped; a line
/// that is not one is an error naming it.
pub(super) fn json_lines<T: serde::de::DeserializeOwned>(
    input: impl BufRead,
) -> impl Iterator<Item = Result<(usize, T), EvalError>> {
    input.lines().enumerate().filter_map(|(n, line)| {
        let line = match line {
            Ok(line) => line,
            Err(e) => return Some(Err(e.into())),
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(
            serde_json::from_str(&line)
                .map(|record| (n + 1, record))
                .map_err(|e| EvalError::BadLine {
                    line: n + 1,
                    message: e.to_string(),
                }),
        )
    })
}

pub fn evaluate(input: impl BufRead, detector: &Detector) -> Result<Evaluation, EvalError> {
    let mut rows: Vec<Row> = MAPPING
        .iter()
        .map(|(kind, _, label, target)| Row {
            kind: kind.to_string(),
            label: label.to_string(),
            target: *target,
            support: 0,
            all: Score::default(),
            half_a: Score::default(),
            half_b: Score::default(),
            annotator: Agreement::default(),
        })
        .collect();
    let mut misses = Vec::new();
    let mut segments = 0;
    let mut policies: HashSet<String> = HashSet::new();
    for record in json_lines(input) {
        let (_, seg): (usize, Segment) = record?;
        segments += 1;
        policies.insert(seg.policy.clone());
        let found = detector.detect(&seg.text);
        let in_a = half(&seg.policy);
        for (row, (_, kinds, label, _)) in rows.iter_mut().zip(MAPPING) {
            let gold = seg.majority(label);
            row.annotator.add(seg.votes(label), seg.annotators, gold);
            let hit = found.iter().find(|m| kinds.contains(&m.kind.as_str()));
            let score_half = if in_a {
                &mut row.half_a
            } else {
                &mut row.half_b
            };
            row.all.add(hit.is_some(), gold);
            score_half.add(hit.is_some(), gold);
            row.support += usize::from(gold);
            if gold != hit.is_some() {
                misses.push(Miss {
                    kind: row.kind.clone(),
                    policy: seg.policy.clone(),
                    segment: seg.segment,
                    error: if gold {
                        "false negative"
                    } else {
                        "false positive"
                    },
                    text: seg.text.clone(),
                    trigger: hit.map(|m| m.trigger.clone()),
                });
            }
        }
    }
    Ok(Evaluation {
        segments,
        policies: policies.len(),
        rows,
        misses,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotator_agreement_is_the_expected_f1_of_one_annotator() {
        let mut a = Agreement::default();
        // Unanimous either way: one annotator is always right.
        a.add(3, 3, true);
        a.add(0, 3, false);
        assert_eq!(a.f1(), 1.0);
        // A 2-of-3 positive and a 1-of-3 negative: tp 2/3, fn 1/3, fp 1/3.
        let mut b = Agreement::default();
        b.add(2, 3, true);
        b.add(1, 3, false);
        assert!((b.f1() - (4.0 / 3.0) / (4.0 / 3.0 + 2.0 / 3.0)).abs() < 1e-9);
    }

    #[test]
    fn scores_segments_against_the_majority() {
        let lines = [
            r#"{"policy":"p","segment":0,"text":"We will never sell your personal information.","labels":{"Third Party Sharing/Collection|Does/Does Not=Does Not":3}}"#,
            r#"{"policy":"p","segment":1,"text":"We keep your data for as long as you have an account.","labels":{"Data Retention":1}}"#,
        ]
        .join("\n");
        let eval = evaluate(lines.as_bytes(), Detector::builtin()).unwrap();
        let row = |k: &str| eval.rows.iter().find(|r| r.kind == k).unwrap();
        assert_eq!(
            row("no-sale").all,
            Score {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        // Retention fired, but only one annotator of three agreed.
        assert_eq!(
            row("retention-*").all,
            Score {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(row("retention-*").support, 0);
    }
}
