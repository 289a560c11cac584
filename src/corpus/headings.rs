//! Finding headings in text that does not mark them: plain-text policies, and markdown or HTML
//! pages whose headings are bold lines or bare lines. A careful reader recognises a heading as a
//! short line without a closing period that introduces body text; that is the rule here, with
//! guards so that signatures, addresses, dates and ordinary short sentences stay body text.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{Block, BlockKind};

/// How a candidate heading is written; stronger styles sit higher in the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Style {
    /// "We may collect your email address"
    Sentence,
    /// "Privacy and Security", "How long do we keep user information?"
    Title,
    /// "PRIVACY POLICY"
    Caps,
    /// The whole line is bold.
    Bold,
}

const MAX_HEADING_CHARS: usize = 100;
const MAX_HEADING_WORDS: usize = 14;

/// Small words that stay lowercase in Title Case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "your", "our", "we", "you", "us", "is", "are", "do", "does", "how", "what", "why",
    "this", "that", "about", "under", "its", "it", "may", "can", "not", "vs", "via", "per",
];

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(19|20)\d\d\b.*|(last\s+(updated|modified|revised)|effective|revised|updated)\b.*\b(19|20)\d\d",
    )
    .expect("valid regex")
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(last\s+updated|effective\s+date|date\s+of)\b")
        .expect("valid regex")
});
static SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z]{3,}[.!]\s+[A-Z]").expect("valid regex"));
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•◦▪‣·*\-–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)])\s+")
        .expect("valid regex")
});

/// The style of `line` if it could be a heading, judged on the line alone.
pub fn heading_style(line: &str) -> Option<Style> {
    let t = line.trim();
    let n_chars = t.chars().count();
    if !(2..=MAX_HEADING_CHARS).contains(&n_chars) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > MAX_HEADING_WORDS {
        return None;
    }
    let first = t.chars().next()?;
    if !(first.is_alphanumeric() || "\"'“‘([".contains(first)) {
        return None;
    }
    if t.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_lowercase())
    {
        return None;
    }
    let last = t.chars().last()?;
    if ".,;".contains(last) || (last == ':' && words.len() > 8) {
        return None;
    }
    let lower = t.to_lowercase();
    if [
        "http",
        "www.",
        "@",
        "©",
        "copyright",
        "all rights reserved",
        " | ",
    ]
    .iter()
    .any(|bad| lower.contains(bad))
    {
        return None;
    }
    if SENTENCE_BREAK.is_match(t) {
        return None;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let visible = t.chars().filter(|c| !c.is_whitespace()).count();
    if letters < 2 || letters * 10 < visible * 6 {
        return None;
    }
    if DATE_LINE.is_match(t) && MONTH.is_match(t) {
        return None;
    }
    if last == '?' {
        return Some(Style::Title);
    }
    let colon = last == ':';
    if t.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
        && letters >= 3
    {
        return Some(Style::Caps);
    }
    let significant: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .filter(|w| w.chars().next().is_some_and(|c| c.is_alphabetic()))
        .collect();
    let capitalized = significant
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    if !significant.is_empty() && capitalized * 10 >= significant.len() * 7 {
        Some(Style::Title)
    } else if colon {
        // "We collect:" introduces a list; it does not head a section.
        None
    } else {
        Some(Style::Sentence)
    }
}

/// Text that reads as body: it ends like a sentence, is too long to be a heading, or is
/// structured content (a list, a table).
pub fn is_body(block: &Block) -> bool {
    match block.kind {
        BlockKind::Title | BlockKind::Heading(_) => false,
        BlockKind::ListItem { .. } | BlockKind::Row | BlockKind::Pre => true,
        BlockKind::Paragraph | BlockKind::Line => {
            // Counted only as far as the limits: every paragraph of every policy passes here.
            let t = block.text.trim_end();
            t.ends_with(['.', '!', ';', ':', ')', '"', '”', '’'])
                || t.chars().nth(MAX_HEADING_CHARS).is_some()
                || t.split_whitespace().nth(MAX_HEADING_WORDS).is_some()
                || (t.len() >= 40 && heading_style(t).is_none())
        }
    }
}

/// Strips a list marker ("• ", "1. ", "(a) ") from the start of `text`.
pub fn strip_list_marker(text: &str) -> &str {
    LIST_MARKER
        .find(text)
        .map_or(text, |m| &text[m.end()..])
        .trim_start()
}

/// A list item with no list item before or after it.
fn is_isolated_item(blocks: &[Block], i: usize) -> bool {
    let is_item = |k: Option<BlockKind>| matches!(k, Some(BlockKind::ListItem { .. }));
    matches!(blocks[i].kind, BlockKind::ListItem { depth: 0 })
        && !is_item(i.checked_sub(1).map(|p| blocks[p].kind))
        && !is_item(blocks.get(i + 1).map(|n| n.kind))
}

/// The style a block would have as a heading, if it may be one. `item_headings` says the
/// document uses one-item lists as headings throughout, so sentence-case items count too.
fn candidate_style(blocks: &[Block], i: usize, item_headings: bool) -> Option<Style> {
    let block = &blocks[i];
    match block.kind {
        BlockKind::Paragraph | BlockKind::Line => {
            if block.bold {
                let t = block.text.trim();
                let words = t.split_whitespace().count();
                let ok_end = !t.ends_with([',', ';']) && (!t.ends_with('.') || words <= 6);
                let looks = heading_style(t.trim_end_matches(['.', ':'])).is_some();
                return (words <= MAX_HEADING_WORDS && ok_end && looks).then_some(Style::Bold);
            }
            heading_style(&block.text)
        }
        // A list of one short item followed by prose is how html2text renders some headings.
        BlockKind::ListItem { depth: 0 } if is_isolated_item(blocks, i) => {
            heading_style(strip_list_marker(&block.text))
                .filter(|s| item_headings || *s >= Style::Title)
        }
        _ => None,
    }
}

/// Turns heading-like blocks into headings. For documents without heading markup only: the
/// first heading-like block becomes the title, bold lines become top-level headings, and bare
/// lines become headings when they introduce body text.
pub fn promote(blocks: &mut Vec<Block>) {
    split_run_in_leads(blocks);
    let n = blocks.len();
    let isolated_items = (0..n)
        .filter(|&i| {
            is_isolated_item(blocks, i)
                && heading_style(strip_list_marker(&blocks[i].text)).is_some()
        })
        .count();
    let item_headings = isolated_items >= 3;
    let styles: Vec<Option<Style>> = (0..n)
        .map(|i| candidate_style(blocks, i, item_headings))
        .collect();
    let mut promoted: Vec<Option<Style>> = vec![None; n];
    for i in (0..n).rev() {
        let Some(style) = styles[i] else { continue };
        let Some(next) = blocks.get(i + 1) else {
            continue;
        };
        let accept = if let Some(next_style) = promoted[i + 1] {
            // A heading directly above a heading: only when it is the stronger of the two, as
            // in "INFORMATION WE COLLECT" above "Cookies".
            style >= Style::Title && style > next_style
        } else {
            is_body(next) || (style == Style::Bold && !next.text.is_empty())
        };
        if accept {
            promoted[i] = Some(style);
        }
    }
    let has_title = blocks.iter().any(|b| b.kind == BlockKind::Title);
    let first = blocks.iter().position(|b| !b.text.is_empty());
    let has_bold = promoted.contains(&Some(Style::Bold));
    let mut last_strong_level: Option<u8> = None;
    for i in 0..n {
        let as_title = !has_title
            && Some(i) == first
            && styles[i].is_some()
            && !blocks[i].text.ends_with(':')
            && blocks[i].kind != BlockKind::ListItem { depth: 0 };
        if as_title {
            blocks[i].kind = BlockKind::Title;
            continue;
        }
        let Some(style) = promoted[i] else { continue };
        let level = match style {
            Style::Bold => 2,
            Style::Caps | Style::Title => {
                if has_bold {
                    3
                } else {
                    2
                }
            }
            Style::Sentence => last_strong_level.map_or(if has_bold { 3 } else { 2 }, |l| l + 1),
        }
        .min(6);
        if style != Style::Sentence {
            last_strong_level = Some(level);
        }
        if matches!(blocks[i].kind, BlockKind::ListItem { .. }) {
            blocks[i].text = strip_list_marker(&blocks[i].text).to_string();
        }
        blocks[i].kind = BlockKind::Heading(level);
    }
}

/// "**Cookies.** We use cookies…" → a bold heading "Cookies" and the paragraph after it.
fn split_run_in_leads(blocks: &mut Vec<Block>) {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        let lead_len = block.run_in;
        let splittable = lead_len > 0
            && lead_len < block.text.len()
            && block.text.is_char_boundary(lead_len)
            && block.kind == BlockKind::Paragraph;
        if !splittable {
            out.push(block);
            continue;
        }
        let (lead, rest) = block.text.split_at(lead_len);
        let heading = lead
            .trim()
            .trim_end_matches(['.', ':', '-', '–', '—'])
            .trim();
        if heading.split_whitespace().count() > 10 || heading_style(heading).is_none() {
            out.push(block);
            continue;
        }
        out.push(Block::paragraph(heading).bold(true));
        out.push(Block::paragraph(rest));
    }
    *blocks = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        assert_eq!(heading_style("PRIVACY POLICY"), Some(Style::Caps));
        assert_eq!(heading_style("Privacy and Security"), Some(Style::Title));
        assert_eq!(
            heading_style("What information do we collect from you? Why?"),
            Some(Style::Title)
        );
        assert_eq!(
            heading_style("We may collect your email address"),
            Some(Style::Sentence)
        );
        assert_eq!(
            heading_style("Certain exception disclosures"),
            Some(Style::Sentence)
        );
    }

    #[test]
    fn not_headings() {
        for line in [
            "We will use this information to fulfill any order.",
            "We May Collect Information Needed to Contact You Later. If we collect personal contact information",
            "Effective Date: January 23, 2008",
            "Last updated February 20, 2015",
            "Telephone: 03-6262-8722",
            "info@fromjapan.co.jp",
            "and then the rest of a wrapped line",
            "See http://example.com",
            "© 2012 Example Inc. All rights reserved",
        ] {
            assert_eq!(heading_style(line), None, "{line}");
        }
    }

    #[test]
    fn promotes_headings_followed_by_body() {
        let mut blocks = vec![
            Block::paragraph("Policy"),
            Block::paragraph("Privacy and Security"),
            Block::paragraph("Your privacy is important, so we have created the following policy."),
            Block::paragraph("What information do we collect from you? Why?"),
            Block::paragraph("We may collect things. If we collect them, you may access them."),
            Block::paragraph("We may collect your email address"),
            Block::paragraph("We may request your email address."),
            Block::paragraph("Japan Auto Parts.com"),
            Block::paragraph("Representative Yusuke Yoshida"),
        ];
        promote(&mut blocks);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Title,
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Heading(3),
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
            ]
        );
    }

    #[test]
    fn bold_lines_outrank_plain_lines() {
        let mut blocks = vec![
            Block::paragraph("Acme Privacy Statement"),
            Block::paragraph("Information Collection and Use").bold(true),
            Block::paragraph("Information Collection"),
            Block::paragraph("Acme collects information from our users at several points."),
        ];
        promote(&mut blocks);
        assert_eq!(blocks[0].kind, BlockKind::Title);
        assert_eq!(blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(blocks[2].kind, BlockKind::Heading(3));
    }

    #[test]
    fn run_in_bold_lead_becomes_heading() {
        let mut lead = Block::paragraph("Legal");
        lead.kind = BlockKind::Title;
        let mut para = Block::paragraph("Cookies. Third parties may be placing cookies.");
        para.run_in = "Cookies.".len();
        let mut blocks = vec![lead, para];
        promote(&mut blocks);
        assert_eq!(blocks[1].text, "Cookies");
        assert_eq!(blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(blocks[2].text, "Third parties may be placing cookies.");
    }

    #[test]
    fn single_item_list_used_as_heading() {
        let mut blocks = vec![
            Block::new(BlockKind::Title, "American Airlines Privacy Policy"),
            Block::new(
                BlockKind::ListItem { depth: 0 },
                "• Protecting your privacy",
            ),
            Block::paragraph(
                "This Privacy Policy explains how American Airlines collects information.",
            ),
        ];
        // "Protecting your privacy" is sentence case: not enough on its own in a list.
        promote(&mut blocks);
        assert_eq!(blocks[1].kind, BlockKind::ListItem { depth: 0 });
        let mut blocks = vec![
            Block::new(BlockKind::Title, "American Airlines Privacy Policy"),
            Block::new(BlockKind::ListItem { depth: 0 }, "• Information We Collect"),
            Block::paragraph(
                "This Privacy Policy explains how American Airlines collects information.",
            ),
        ];
        promote(&mut blocks);
        assert_eq!(blocks[1].kind, BlockKind::Heading(2));
        assert_eq!(blocks[1].text, "Information We Collect");
    }
}
