//! A parsed query run through the index's analyzer: the exact tokens to look for. Both the
//! Tantivy query and the highlighter are built from this one form, so what is highlighted is
//! what matched.

use std::ops::Range;

use super::query::{Expr, Query};
use super::schema::analyzer;

/// One thing to find in analyzed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// A token, or any token within `fuzzy` edits of it (0 = exact).
    Term { token: String, fuzzy: u8 },
    /// Any token starting with this.
    Prefix(String),
    /// A word being typed that is a word of the index already: any token starting with it,
    /// and the tokens within `fuzzy` edits of it, as once typed in full (see
    /// [`typos_as_words`]).
    TypedWord { token: String, fuzzy: u8 },
    /// Tokens in a row; the last one may be a prefix (a word still being typed).
    Phrase {
        tokens: Vec<String>,
        prefix_last: bool,
    },
    /// Any of these.
    Any(Vec<Pattern>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedClause {
    pub pattern: Pattern,
    pub negated: bool,
}

/// Typo tolerance by word length: none for short words (too many neighbours), one edit from
/// five letters, two from nine. Numbers are never fuzzy.
pub fn fuzzy_distance(token: &str) -> u8 {
    if token.chars().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    match token.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Tokens of `text` as the index sees them, with byte ranges.
pub fn tokens_with_offsets(text: &str) -> Vec<(String, Range<usize>)> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        out.push((t.text.clone(), t.offset_from..t.offset_to));
    }
    out
}

pub fn tokens(text: &str) -> Vec<String> {
    tokens_with_offsets(text)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// The tokens of a text in one buffer, for highlighting: the same tokens the analyzer makes,
/// found without an allocation per token (ASCII words are lowercased directly; the analyzer
/// runs only on words with other characters).
#[derive(Debug, Clone, Default)]
pub struct TokenList {
    words: String,
    /// (range in `words`, range in the text)
    spans: Vec<(Range<usize>, Range<usize>)>,
}

/// Words longer than this are not tokens (the analyzer drops them).
const MAX_TOKEN_BYTES: usize = 40;

impl TokenList {
    pub fn new(text: &str) -> TokenList {
        let mut list = TokenList {
            words: String::with_capacity(text.len()),
            spans: Vec::with_capacity(text.len() / 5),
        };
        let mut analyzer = None;
        let bytes = text.as_bytes();
        // Whether the character at `i` (a char boundary) is part of a word, and its length:
        // bytes below 0x80 are their own characters, so most text needs no decoding.
        let word_char = |i: usize| -> (bool, usize) {
            match bytes[i] {
                b if b < 0x80 => (b.is_ascii_alphanumeric(), 1),
                _ => text[i..]
                    .chars()
                    .next()
                    .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
            }
        };
        let mut i = 0;
        while i < bytes.len() {
            let (is_word, len) = word_char(i);
            if !is_word {
                i += len;
                continue;
            }
            let start = i;
            let mut ascii = true;
            while i < bytes.len() {
                let (is_word, len) = word_char(i);
                if !is_word {
                    break;
                }
                ascii &= len == 1;
                i += len;
            }
            let word = &text[start..i];
            if ascii {
                if word.len() > MAX_TOKEN_BYTES {
                    continue;
                }
                let w0 = list.words.len();
                list.words.push_str(word);
                if let Some(added) = list.words.get_mut(w0..) {
                    added.make_ascii_lowercase();
                }
                list.spans.push((w0..list.words.len(), start..i));
            } else {
                let analyzer = analyzer.get_or_insert_with(super::schema::analyzer);
                let mut stream = analyzer.token_stream(word);
                while stream.advance() {
                    let t = stream.token();
                    let w0 = list.words.len();
                    list.words.push_str(&t.text);
                    list.spans.push((
                        w0..list.words.len(),
                        start + t.offset_from..start + t.offset_to,
                    ));
                }
            }
        }
        list
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Token `i`: its text and its byte range in the source text.
    pub fn get(&self, i: usize) -> (&str, Range<usize>) {
        let (w, s) = &self.spans[i];
        (&self.words[w.clone()], s.clone())
    }
}

fn analyze(expr: &Expr) -> Option<Pattern> {
    match expr {
        Expr::Word { text, prefix } => {
            let mut toks = tokens(text);
            match toks.len() {
                0 => None,
                1 => {
                    let token = toks.pop()?;
                    Some(if *prefix {
                        Pattern::Prefix(token)
                    } else {
                        let fuzzy = fuzzy_distance(&token);
                        Pattern::Term { token, fuzzy }
                    })
                }
                // "japan-talk.com" is the phrase "japan talk com".
                _ => Some(Pattern::Phrase {
                    tokens: toks,
                    prefix_last: *prefix,
                }),
            }
        }
        Expr::Phrase(text) => {
            let mut toks = tokens(text);
            match toks.len() {
                0 => None,
                1 => Some(Pattern::Term {
                    token: toks.pop()?,
                    fuzzy: 0,
                }),
                _ => Some(Pattern::Phrase {
                    tokens: toks,
                    prefix_last: false,
                }),
            }
        }
        Expr::Or(alts) => {
            let mut pats: Vec<Pattern> = alts.iter().filter_map(analyze).collect();
            match pats.len() {
                0 => None,
                1 => pats.pop(),
                _ => Some(Pattern::Any(pats)),
            }
        }
    }
}

/// The analyzed clauses of a query (clauses that analyze to nothing, like `"—"`, are dropped).
pub fn analyze_query(q: &Query) -> Vec<AnalyzedClause> {
    q.clauses
        .iter()
        .filter_map(|c| {
            analyze(&c.expr).map(|pattern| AnalyzedClause {
                pattern,
                negated: c.negated,
            })
        })
        .collect()
}

/// What the index says of a word being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// No index word starts with it.
    Nothing,
    /// Index words start with it.
    Prefix,
    /// It is a word of the index itself (among the commonest with it as prefix).
    Word,
}

/// Turns each prefix no index word starts with (`typed` says) into a whole word with its typo
/// tolerance: a word being typed with a typo in it is searched, and highlighted, as the word
/// it nearly is. A prefix that is a word already also stands for that word's variants, as
/// once typed in full: `cookies` finds `cookie` before the space is typed too, and the count
/// does not jump when it is.
pub fn typos_as_words(clauses: &mut [AnalyzedClause], typed: &dyn Fn(&str) -> Typed) {
    fn fix(p: &mut Pattern, typed: &dyn Fn(&str) -> Typed) {
        match p {
            Pattern::Prefix(prefix) => match typed(prefix) {
                Typed::Nothing => {
                    *p = Pattern::Term {
                        fuzzy: fuzzy_distance(prefix),
                        token: std::mem::take(prefix),
                    };
                }
                Typed::Word if fuzzy_distance(prefix) > 0 => {
                    *p = Pattern::TypedWord {
                        fuzzy: fuzzy_distance(prefix),
                        token: std::mem::take(prefix),
                    };
                }
                _ => {}
            },
            // An unfinished quote holding one word being typed is that word.
            Pattern::Phrase {
                tokens,
                prefix_last: true,
            } if tokens.len() == 1 && typed(&tokens[0]) == Typed::Nothing => {
                let token = std::mem::take(&mut tokens[0]);
                *p = Pattern::Term {
                    fuzzy: fuzzy_distance(&token),
                    token,
                };
            }
            Pattern::Any(alts) => alts.iter_mut().for_each(|a| fix(a, typed)),
            _ => {}
        }
    }
    for c in clauses {
        fix(&mut c.pattern, typed);
    }
}

/// Damerau–Levenshtein distance (adjacent transpositions cost one), giving up past `max`.
pub fn within_distance(a: &str, b: &str, max: u8) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let max = max as usize;
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let (n, m) = (a.len(), b.len());
    let mut prev2 = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m] <= max
}

fn term_matches(pattern_token: &str, fuzzy: u8, token: &str) -> bool {
    pattern_token == token
        || (fuzzy > 0
            && pattern_token.len().abs_diff(token.len()) <= fuzzy as usize * 4
            && within_distance(pattern_token, token, fuzzy))
}

/// Finds the matches of a query's positive clauses in text: the byte ranges to highlight.
#[derive(Debug, Clone, Default)]
pub struct Highlighter {
    patterns: Vec<Pattern>,
}

impl Highlighter {
    pub fn new(clauses: &[AnalyzedClause]) -> Highlighter {
        Highlighter {
            patterns: clauses
                .iter()
                .filter(|c| !c.negated)
                .map(|c| c.pattern.clone())
                .collect(),
        }
    }

    /// A highlighter whose near spellings are the words `near` gives for them (the words the
    /// search looked for), rather than every word within the edit distance: what is
    /// highlighted is then what matched, and checking a word is a comparison, not an edit
    /// distance (which, on every word of ten long sections, cost a millisecond per search).
    pub fn resolved(
        clauses: &[AnalyzedClause],
        near: &dyn Fn(&str, u8) -> std::sync::Arc<[String]>,
    ) -> Highlighter {
        fn resolve(p: &Pattern, near: &dyn Fn(&str, u8) -> std::sync::Arc<[String]>) -> Pattern {
            match p {
                Pattern::Term { token, fuzzy } if *fuzzy > 0 => {
                    let exact = |t: &str| Pattern::Term {
                        token: t.to_string(),
                        fuzzy: 0,
                    };
                    let words = near(token, *fuzzy);
                    if words.is_empty() {
                        return exact(token);
                    }
                    Pattern::Any(
                        std::iter::once(exact(token))
                            .chain(words.iter().map(|w| exact(w)))
                            .collect(),
                    )
                }
                // Highlighted as what it stands for: the words it starts, and its variants.
                Pattern::TypedWord { token, fuzzy } => Pattern::Any(vec![
                    Pattern::Prefix(token.clone()),
                    resolve(
                        &Pattern::Term {
                            token: token.clone(),
                            fuzzy: *fuzzy,
                        },
                        near,
                    ),
                ]),
                Pattern::Any(alts) => Pattern::Any(alts.iter().map(|a| resolve(a, near)).collect()),
                other => other.clone(),
            }
        }
        let mut h = Highlighter::new(clauses);
        for p in &mut h.patterns {
            *p = resolve(p, near);
        }
        h
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Sorted, non-overlapping byte ranges of matches in `text`. A phrase is one range from
    /// its first word to its last.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        self.ranges_in(&TokenList::new(text))
    }

    /// Like [`Highlighter::ranges`], over a text already tokenized.
    pub fn ranges_in(&self, toks: &TokenList) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        for p in &self.patterns {
            collect(p, toks, &mut ranges);
        }
        merge(ranges)
    }

    /// Like [`Highlighter::ranges_in`], but only in the `parts` (byte ranges: a policy's
    /// sections) that hold the most of the query's words and phrases, all of them where a part
    /// does, as a search hit does: "will not sell" marks no lone "not" in a section that says
    /// nothing of selling. A hit found another way (the clause "will not sell" names, in "does
    /// not sell") holds two of the three. Everywhere when no part holds more than one.
    pub fn ranges_in_parts(&self, toks: &TokenList, parts: &[Range<usize>]) -> Vec<Range<usize>> {
        let per_pattern: Vec<Vec<Range<usize>>> = self
            .patterns
            .iter()
            .map(|p| {
                let mut ranges = Vec::new();
                collect(p, toks, &mut ranges);
                ranges
            })
            .collect();
        let inside =
            |r: &Range<usize>, part: &Range<usize>| r.start >= part.start && r.end <= part.end;
        let held = |part: &Range<usize>| {
            per_pattern
                .iter()
                .filter(|rs| rs.iter().any(|r| inside(r, part)))
                .count()
        };
        let counts: Vec<usize> = parts.iter().map(held).collect();
        let most = counts.iter().copied().max().unwrap_or(0);
        let all = per_pattern.iter().flatten().cloned();
        if most <= 1 && most < self.patterns.len() {
            return merge(all.collect());
        }
        let best: Vec<&Range<usize>> = parts
            .iter()
            .zip(&counts)
            .filter(|&(_, &n)| n == most)
            .map(|(p, _)| p)
            .collect();
        merge(
            all.filter(|r| best.iter().any(|part| inside(r, part)))
                .collect(),
        )
    }

    /// Like [`Highlighter::ranges`], each range tagged with the index of the clause it matched,
    /// so a snippet can prefer windows that match many different clauses.
    pub fn tagged_ranges(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        let toks = TokenList::new(text);
        let mut out = Vec::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let mut ranges = Vec::new();
            collect(p, &toks, &mut ranges);
            out.extend(ranges.into_iter().map(|r| (i, r)));
        }
        out.sort_by_key(|(_, r)| r.start);
        out
    }
}

fn collect(p: &Pattern, toks: &TokenList, out: &mut Vec<Range<usize>>) {
    match p {
        Pattern::Term { token, fuzzy } => {
            for i in 0..toks.len() {
                let (t, r) = toks.get(i);
                if term_matches(token, *fuzzy, t) {
                    out.push(r);
                }
            }
        }
        Pattern::Prefix(prefix) => {
            for i in 0..toks.len() {
                let (t, r) = toks.get(i);
                if t.starts_with(prefix.as_str()) {
                    out.push(r);
                }
            }
        }
        Pattern::TypedWord { token, fuzzy } => {
            for i in 0..toks.len() {
                let (t, r) = toks.get(i);
                if t.starts_with(token.as_str()) || term_matches(token, *fuzzy, t) {
                    out.push(r);
                }
            }
        }
        Pattern::Phrase {
            tokens: want,
            prefix_last,
        } => {
            if want.is_empty() || toks.len() < want.len() {
                return;
            }
            for i in 0..=toks.len() - want.len() {
                let ok = want.iter().enumerate().all(|(k, w)| {
                    let t = toks.get(i + k).0;
                    if *prefix_last && k == want.len() - 1 {
                        t.starts_with(w.as_str())
                    } else {
                        t == w
                    }
                });
                if ok {
                    out.push(toks.get(i).1.start..toks.get(i + want.len() - 1).1.end);
                }
            }
        }
        Pattern::Any(alts) => {
            for a in alts {
                collect(a, toks, out);
            }
        }
    }
}

/// Sorts and merges overlapping or touching ranges.
pub fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::TopicTable;
    use crate::search::query::parse;

    fn hl(query: &str, text: &str) -> Vec<String> {
        let q = parse(query, TopicTable::builtin());
        let h = Highlighter::new(&analyze_query(&q));
        h.ranges(text)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn words_are_marked_only_in_the_parts_that_hold_them_all() {
        let text = "We will not sell your data.\nNot including weekends.\nIt will affect you.";
        let parts = [0..28, 28..52, 52..text.len()];
        let q = parse("will not sell", TopicTable::builtin());
        let h = Highlighter::new(&analyze_query(&q));
        let marked = |parts: &[Range<usize>]| -> Vec<&str> {
            h.ranges_in_parts(&TokenList::new(text), parts)
                .into_iter()
                .map(|r| &text[r])
                .collect()
        };
        assert_eq!(marked(&parts), ["will", "not", "sell"]);
        // No part holds more than one: every word is marked wherever it is.
        assert_eq!(
            marked(&[28..52, 52..text.len()]),
            ["will", "not", "sell", "Not", "will"]
        );
        // No part holds them all: the parts holding the most.
        let text = "We do not sell your data.\nNot including weekends.\nIt will affect you.";
        let marked = h
            .ranges_in_parts(&TokenList::new(text), &[0..26, 26..50, 50..text.len()])
            .into_iter()
            .map(|r| &text[r])
            .collect::<Vec<_>>();
        assert_eq!(marked, ["not", "sell"]);
    }

    #[test]
    fn phrase_is_one_range() {
        assert_eq!(
            hl(
                "\"will not sell\"",
                "We will not sell or share. We will sell nothing."
            ),
            vec!["will not sell"]
        );
    }

    #[test]
    fn words_prefixes_and_typos() {
        assert_eq!(
            hl("merger", "If we merge with another company, or in a merger"),
            vec!["merge", "merger"]
        );
        assert_eq!(
            hl("advert*", "Advertising and adverts, not ads"),
            vec!["Advertising", "adverts"]
        );
        assert_eq!(hl("sell", "sell sells"), vec!["sell"]);
        assert_eq!(hl("-cookies sell", "cookies sell"), vec!["sell"]);
        assert_eq!(hl("café", "Cafe CAFÉ"), vec!["Cafe", "CAFÉ"]);
    }

    #[test]
    fn compound_words_become_phrases() {
        assert_eq!(
            hl("opt-out", "you may opt out or opt-out"),
            vec!["opt out", "opt-out"]
        );
    }

    #[test]
    fn token_list_agrees_with_the_analyzer() {
        let long = "x".repeat(MAX_TOKEN_BYTES + 1);
        let text =
            format!("Don’t SELL Café-data,\tnaïve 日本語 x1y2 ÉCOLE straße {long} 42\u{1b}[0m ")
                .repeat(3);
        let fast = TokenList::new(&text);
        let slow = tokens_with_offsets(&text);
        assert_eq!(fast.len(), slow.len());
        for (i, (t, r)) in slow.iter().enumerate() {
            assert_eq!(fast.get(i), (t.as_str(), r.clone()));
        }
    }

    #[test]
    fn distance() {
        assert!(within_distance("merger", "merge", 1));
        assert!(within_distance("recieve", "receive", 1));
        assert!(!within_distance("share", "sharp", 0));
        assert!(within_distance("information", "infromation", 2));
        assert!(!within_distance("cookies", "kookie", 1));
    }
}
