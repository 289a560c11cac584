//! A short excerpt of a section around its best matches, with the byte ranges of the matched
//! words inside the excerpt.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::analyzed::Highlighter;

/// Target excerpt length, bytes.
pub const SNIPPET_BYTES: usize = 220;
/// Context kept before the first match.
const LEAD_BYTES: usize = 60;
const ELLIPSIS: &str = "…";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// One line: newlines are replaced by spaces.
    pub text: String,
    /// Byte ranges of matches in `text`.
    pub highlights: Vec<Range<usize>>,
    /// Where the best passage starts in the text the snippet was cut from (its first match,
    /// or 0): where a reader should open.
    #[serde(skip)]
    pub anchor: usize,
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How far to look back for a space; text without spaces (CJK) is cut anywhere.
const WORD_SEARCH: usize = 30;

/// The last whitespace in `s[..i]` within [`WORD_SEARCH`] bytes: (its offset, its length).
fn space_before(s: &str, i: usize) -> Option<(usize, usize)> {
    let i = floor_boundary(s, i);
    let from = floor_boundary(s, i.saturating_sub(WORD_SEARCH));
    s[from..i]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(j, c)| (from + j, c.len_utf8()))
}

/// Moves `i` back to the start of the word it falls in.
fn word_start(s: &str, i: usize) -> usize {
    space_before(s, i).map_or(floor_boundary(s, i), |(j, len)| j + len)
}

/// Moves `i` back to the end of the previous whole word.
fn word_end(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    space_before(s, i).map_or(floor_boundary(s, i), |(j, _)| j)
}

/// (words of a clause asked for, different clauses, tighter grouping, matches): higher is
/// better.
type WindowScore = (usize, usize, std::cmp::Reverse<usize>, usize);

/// The excerpt of `body` that holds the most different matched clauses (then the most matches),
/// starting a little before the first of them.
pub fn make(body: &str, highlighter: &Highlighter) -> Snippet {
    make_with(body, highlighter, &[])
}

/// Like [`make`], with `extra` ranges (trigger words of the clauses a query asked for) counted
/// as matches too.
pub fn make_with(body: &str, highlighter: &Highlighter, extra: &[Range<usize>]) -> Snippet {
    let mut tagged = highlighter.tagged_ranges(body);
    let tag = usize::MAX;
    tagged.extend(extra.iter().map(|r| (tag, r.clone())));
    tagged.sort_by_key(|(_, r)| r.start);
    // Windows starting at each match: most different clauses first, then the tightest
    // grouping of them (the words of a query close together), then the most matches.
    let mut best: Option<(WindowScore, usize)> = None;
    for (i, (_, r)) in tagged.iter().enumerate() {
        let window_end = r.start + SNIPPET_BYTES - LEAD_BYTES;
        let mut distinct: Vec<usize> = Vec::new();
        let mut count = 0;
        let mut fired = 0;
        let mut spread = 0;
        for (t, r2) in &tagged[i..] {
            if r2.end > window_end {
                break;
            }
            count += 1;
            fired += usize::from(*t == tag);
            if !distinct.contains(t) {
                distinct.push(*t);
                spread = r2.end - r.start;
            }
        }
        // The clause the query asked for first: "may share on merger" is shown at the merger
        // sentence, not at "we may share" elsewhere.
        let score = (fired, distinct.len(), std::cmp::Reverse(spread), count);
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, r.start));
        }
    }
    let first_match = best.map_or(0, |(_, s)| s);
    let mut start = if first_match <= LEAD_BYTES {
        0
    } else {
        word_start(body, first_match - LEAD_BYTES)
    };
    // Prefer starting at the sentence that holds the match, when it is close.
    if let Some(dot) = body[..floor_boundary(body, first_match)].rfind(". ")
        && dot + 2 >= start
        && dot + 2 <= first_match
    {
        start = dot + 2;
    }
    let mut end = start + SNIPPET_BYTES;
    if end < body.len() {
        end = word_end(body, end).max(start);
    } else {
        end = body.len();
    }
    let slice = &body[start..end];
    let text_body = slice.trim_end();
    let lead = if start > 0 { ELLIPSIS } else { "" };
    let tail = if end < body.len() { ELLIPSIS } else { "" };
    let ranges: Vec<Range<usize>> = tagged
        .iter()
        .map(|(_, r)| r.clone())
        .filter(|r| r.start >= start && r.end <= start + text_body.len())
        .map(|r| r.start - start..r.end - start)
        .collect();
    let (collapsed, ranges) = collapse_whitespace(text_body, &ranges);
    let anchor = tagged
        .iter()
        .map(|(_, r)| r.start)
        .find(|&s| s >= start)
        .unwrap_or(start);
    let mut text = String::with_capacity(collapsed.len() + 8);
    text.push_str(lead);
    text.push_str(&collapsed);
    text.push_str(tail);
    let shift = lead.len();
    let highlights = super::analyzed::merge(
        ranges
            .into_iter()
            .map(|r| r.start + shift..r.end + shift)
            .collect(),
    );
    Snippet {
        text,
        highlights,
        anchor,
    }
}

/// Turns every run of whitespace into one space (a snippet is one line) and moves the byte
/// ranges along with the text.
fn collapse_whitespace(s: &str, ranges: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(s.len());
    // new offset of every old char boundary (and of the end)
    let mut map = vec![0usize; s.len() + 1];
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        map[i] = out.len();
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    map[s.len()] = out.len();
    let moved = ranges
        .iter()
        .filter(|r| r.end <= s.len() && s.is_char_boundary(r.start) && s.is_char_boundary(r.end))
        .map(|r| map[r.start]..map[r.end])
        .filter(|r| r.start < r.end)
        .collect();
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::TopicTable;
    use crate::search::analyzed::analyze_query;
    use crate::search::query::parse;

    fn snip(query: &str, body: &str) -> Snippet {
        let q = parse(query, TopicTable::builtin());
        make(body, &Highlighter::new(&analyze_query(&q)))
    }

    #[test]
    fn short_body_whole_with_highlight() {
        let s = snip("\"will not sell\"", "We will not sell\nyour data.");
        assert_eq!(s.text, "We will not sell your data.");
        assert_eq!(&s.text[s.highlights[0].clone()], "will not sell");
    }

    #[test]
    fn long_body_window_around_match() {
        let filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(20);
        let body = format!("{filler}We may share data in a merger. {filler}");
        let s = snip("merger", &body);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        assert!(s.text.contains("We may share data in a merger."));
        let h = &s.text[s.highlights[0].clone()];
        assert_eq!(h, "merger");
        assert!(s.text.len() <= SNIPPET_BYTES + 10);
    }

    #[test]
    fn prefers_window_with_more_clauses() {
        let filler = "Nothing to see here at all today. ".repeat(12);
        let body = format!("cookies alone. {filler} cookies and beacons together.");
        let s = snip("cookies beacons", &body);
        assert!(s.text.contains("cookies and beacons"), "{}", s.text);
    }

    #[test]
    fn a_clause_asked_for_comes_first() {
        let filler = "Nothing to see here at all today. ".repeat(12);
        let body = format!("We may share your data. {filler} In a merger it is sold.");
        let q = parse("may share merger", TopicTable::builtin());
        let h = Highlighter::new(&analyze_query(&q));
        let at = body.find("merger").unwrap_or(0);
        let fired = at..at + "merger".len();
        let s = make_with(&body, &h, std::slice::from_ref(&fired));
        assert!(s.text.contains("In a merger it is sold."), "{}", s.text);
        // Without it, the most query words together.
        assert!(make(&body, &h).text.contains("We may share"));
    }

    #[test]
    fn whitespace_runs_collapse_and_highlights_follow() {
        let s = snip("sell", "We  will\n\nnot   sell it.");
        assert_eq!(s.text, "We will not sell it.");
        assert_eq!(&s.text[s.highlights[0].clone()], "sell");
    }

    #[test]
    fn no_match_gives_the_beginning() {
        let s = snip("", "First words of the body.");
        assert_eq!(s.text, "First words of the body.");
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn multibyte_text_is_safe() {
        let body = "日本語のテキスト。".repeat(40) + " cookies " + &"プライバシー".repeat(40);
        let s = snip("cookies", &body);
        assert!(s.text.contains("cookies"));
    }
}
