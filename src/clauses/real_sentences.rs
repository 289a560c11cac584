//! Measuring the detector on real sentences of the shared corpus, each labelled with the kinds
//! it states by two readers who never saw the detector's output (`tests/data/
//! real_sentences.jsonl`).
//!
//! The labels hold no policy text, only where to find it: the policy file, and the length and a
//! rolling hash of the sentence's letters and digits, lowercased. Each sentence is found again
//! in the policy as the product reads it, so the detector is scored on the text a user sees,
//! and the corpus stays where it is. A kind is gold where both readers gave it and absent where
//! neither did; where they disagree the sentence counts for neither. The policies are split in
//! halves by a hash of their name: rules may be read against the "dev" half's errors, while the
//! "test" half is only counted.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;

use super::Detector;
use super::evaluate::Score;
use crate::corpus::Policy;

/// One labelled sentence.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// The policy file, relative to the corpus folder.
    pub policy: String,
    /// "dev" or "test".
    pub split: String,
    /// How many letters and digits the sentence has.
    pub len: usize,
    /// [`hash`] of them, as 16 hex digits.
    pub hash: String,
    /// The kinds each reader gave.
    pub a: Vec<String>,
    pub b: Vec<String>,
}

/// A labelled sentence found in its policy, with the kinds the detector names in it.
#[derive(Debug, Clone)]
pub struct Read<'l> {
    pub label: &'l Label,
    pub sentence: String,
    pub kinds: Vec<String>,
}

/// The kinds scored, with the two families (`retention-*`, `change-*`).
pub const KINDS: &[&str] = &[
    "no-sale",
    "sells-or-shares",
    "merger-transfer",
    "legal-disclosure",
    "advertising",
    "targeted-ads",
    "tracking",
    "retention-limited",
    "retention-indefinite",
    "retention-*",
    "access-deletion",
    "opt-out",
    "change-with-notice",
    "change-without-notice",
    "change-*",
    "security",
    "children",
    "international-transfer",
    "do-not-track",
    "consent-by-use",
    "service-providers",
];

/// The multiplier of the rolling hash.
const BASE: u64 = 1_000_003;

/// The labels of a JSON-lines file; lines that do not parse are skipped.
pub fn parse(text: &str) -> Vec<Label> {
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// The hash the labels store: of the text's letters and digits, lowercased.
pub fn hash(text: &str) -> u64 {
    letters(text).iter().fold(0u64, |h, &(c, _)| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(c))
    })
}

/// The text's letters and digits, lowercased, each with the byte range of the character it
/// came from: sentences are matched on these alone, so markup and spacing do not matter.
fn letters(text: &str) -> Vec<(u32, Range<usize>)> {
    let mut out = Vec::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            for low in ch.to_lowercase() {
                out.push((u32::from(low), i..i + ch.len_utf8()));
            }
        }
    }
    out
}

/// Where each of `labels` (all of one policy) first occurs in `text`, if it does.
pub fn locate(text: &str, labels: &[&Label]) -> Vec<Option<Range<usize>>> {
    let chars = letters(text);
    let mut found = vec![None; labels.len()];
    let mut by_len: HashMap<usize, HashMap<u64, Vec<usize>>> = HashMap::new();
    for (i, l) in labels.iter().enumerate() {
        if let Ok(h) = u64::from_str_radix(&l.hash, 16) {
            by_len
                .entry(l.len)
                .or_default()
                .entry(h)
                .or_default()
                .push(i);
        }
    }
    for (&n, wanted) in &by_len {
        if n == 0 || n > chars.len() {
            continue;
        }
        let top = (1..n).fold(1u64, |p, _| p.wrapping_mul(BASE));
        let mut h = 0u64;
        for (k, (c, _)) in chars.iter().enumerate() {
            if k >= n {
                h = h.wrapping_sub(u64::from(chars[k - n].0).wrapping_mul(top));
            }
            h = h.wrapping_mul(BASE).wrapping_add(u64::from(*c));
            if k + 1 >= n {
                for &i in wanted.get(&h).into_iter().flatten() {
                    found[i].get_or_insert(chars[k + 1 - n].1.start..chars[k].1.end);
                }
            }
        }
    }
    found
}

/// Finds `labels` in `policies` (as the product reads them) and runs `detector` on each
/// sentence.
pub fn read<'l>(labels: &'l [Label], policies: &[Policy], detector: &Detector) -> Vec<Read<'l>> {
    let mut of_policy: HashMap<&str, Vec<&Label>> = HashMap::new();
    for l in labels {
        of_policy.entry(l.policy.as_str()).or_default().push(l);
    }
    let mut out = Vec::new();
    for policy in policies {
        let text = policy.text.as_str();
        let Some(ls) = of_policy.get(policy.source_path.as_str()) else {
            continue;
        };
        for (label, at) in ls.iter().zip(locate(text, ls)) {
            let Some(sentence) = at.and_then(|r| text.get(r)) else {
                continue;
            };
            let kinds = detector
                .detect(sentence)
                .into_iter()
                .map(|m| m.kind)
                .collect();
            out.push(Read {
                label,
                sentence: sentence.to_string(),
                kinds,
            });
        }
    }
    out
}

/// True when `kind` is `wanted`, or of the family `wanted` names with a final `*`.
fn is(kind: &str, wanted: &str) -> bool {
    match wanted.strip_suffix('*') {
        Some(prefix) => kind.starts_with(prefix),
        None => kind == wanted,
    }
}

/// How one kind fares on `rows`.
#[derive(Debug, Clone, Default)]
pub struct KindScore {
    /// Sentences both readers gave the kind.
    pub gold: usize,
    /// Sentences the readers disagree on, left out.
    pub split_votes: usize,
    pub score: Score,
    /// The sentences got wrong: `true` for a false positive.
    pub errors: Vec<(bool, usize)>,
}

/// Scores `kind` on `rows`; `errors` index into `rows`.
pub fn score(rows: &[&Read], kind: &str) -> KindScore {
    let mut out = KindScore::default();
    for (i, r) in rows.iter().enumerate() {
        let a = r.label.a.iter().any(|k| is(k, kind));
        let b = r.label.b.iter().any(|k| is(k, kind));
        if a != b {
            out.split_votes += 1;
            continue;
        }
        out.gold += usize::from(a);
        let named = r.kinds.iter().any(|k| is(k, kind));
        out.score.add(named, a);
        if named != a {
            out.errors.push((named, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(policy: &str, sentence: &str) -> Label {
        let n = letters(sentence).len();
        Label {
            policy: policy.into(),
            split: "dev".into(),
            len: n,
            hash: format!("{:016x}", hash(sentence)),
            a: vec!["no-sale".into()],
            b: vec!["no-sale".into()],
        }
    }

    #[test]
    fn sentences_are_found_whatever_their_markup() {
        let text = "Intro.\n\nWe **never** sell\nyour data!  Other text.";
        let l = label("p", "We never sell your data!");
        let at = locate(text, &[&l]);
        assert_eq!(
            at[0].clone().map(|r| &text[r]),
            Some("We **never** sell\nyour data")
        );
        let missing = label("p", "We always sell your data.");
        assert_eq!(locate(text, &[&missing]), vec![None]);
    }

    #[test]
    fn readers_who_disagree_leave_the_sentence_out() {
        let mut l = label("p", "We never sell your data.");
        l.b = vec![];
        let r = Read {
            label: &l,
            sentence: String::new(),
            kinds: vec!["no-sale".into()],
        };
        let s = score(&[&r], "no-sale");
        assert_eq!(
            (s.gold, s.split_votes, s.score.tp, s.score.fp),
            (0, 1, 0, 0)
        );
        let s = score(&[&r], "retention-*");
        assert_eq!((s.gold, s.split_votes, s.score.fp), (0, 0, 0));
    }
}
