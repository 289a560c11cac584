//! Markdown, and in particular the Princeton–Leuven corpus: a provenance line naming the domain,
//! archive date and Wayback URL, then html2text-style markdown of very uneven quality.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::inline::Inline;
use super::markup::strip_tags;
use crate::corpus::headings::promote;
use crate::corpus::layout::{Block, BlockKind};

/// What the provenance line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    pub domain: Option<String>,
    pub archived: Option<String>,
    pub url: Option<String>,
}

static PROVENANCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)extracted and transformed from the\s+(\S+?)\s+privacy policy")
        .expect("valid regex")
});
static ARCHIVED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"archived on (\d{4}-\d{2}-\d{2})").expect("valid regex"));
static LINK_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\]\((https?://[^)\s]+)\)").expect("valid regex"));

/// What a front matter block says of the file, and the text after it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub archived: Option<String>,
    pub url: Option<String>,
}

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4}-\d{2}-\d{2})").expect("valid regex"));

/// Splits off a front matter block (`---` lines around `key: value` lines, as Jekyll and Hugo
/// write them): its title, date and source address are the file's, not its text, which a
/// reader would otherwise see as a first section of "layout: post title: …".
pub fn split_front_matter(text: &str) -> (FrontMatter, &str) {
    let start = text.len()
        - text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .len();
    let body = &text[start..];
    let Some(after_open) = body.strip_prefix("---") else {
        return (FrontMatter::default(), text);
    };
    let Some(after_open) = after_open
        .strip_prefix("\r\n")
        .or_else(|| after_open.strip_prefix('\n'))
    else {
        return (FrontMatter::default(), text);
    };
    let mut fm = FrontMatter::default();
    let mut offset = text.len() - after_open.len();
    for (n, line) in after_open.split_inclusive('\n').enumerate() {
        let bare = line.trim_end();
        offset += line.len();
        if bare == "---" || bare == "..." {
            return (fm, &text[offset..]);
        }
        // Front matter is short and all `key: value`, lists and comments; anything else is no
        // front matter (a `---` rule opening a document).
        let looks_like_field = bare.is_empty()
            || bare.starts_with(['#', ' ', '-'])
            || bare.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            });
        if n > 100 || !looks_like_field {
            return (FrontMatter::default(), text);
        }
        let Some((key, value)) = bare.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => fm.title = Some(value.to_string()),
            "date" | "archived" | "archived_on" | "updated" | "last_modified" | "lastmod"
            | "retrieved" | "accessed" | "captured" | "fetched" | "crawled" => {
                if let Some(c) = ISO_DATE.captures(value) {
                    fm.archived = Some(c[1].to_string());
                }
            }
            "url" | "source" | "source_url" | "permalink" | "canonical_url" | "link"
                if value.starts_with("http://") || value.starts_with("https://") =>
            {
                fm.url = Some(value.to_string());
            }
            _ => {}
        }
    }
    (FrontMatter::default(), text)
}

/// True when the text starts with a Princeton–Leuven provenance line.
pub fn has_provenance(text: &str) -> bool {
    let first = text.trim_start().lines().next().unwrap_or("");
    first.starts_with('>') && PROVENANCE.is_match(first)
}

/// Splits off and parses the provenance line, if there is one.
pub fn split_provenance(text: &str) -> (Provenance, &str) {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    if !has_provenance(first) {
        return (Provenance::default(), text);
    }
    let domain = PROVENANCE
        .captures(first)
        .map(|c| {
            c[1].trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|d| !d.is_empty());
    let archived = ARCHIVED.captures(first).map(|c| c[1].to_string());
    let url = LINK_URL.captures(first).map(|c| c[1].to_string());
    (
        Provenance {
            domain,
            archived,
            url,
        },
        rest,
    )
}

struct Walker {
    blocks: Vec<Block>,
    inline: Inline,
    strong: usize,
    image: usize,
    /// Open lists: the next number for ordered lists.
    lists: Vec<Option<u64>>,
    /// The marker of the item being read, once its first text arrives.
    item_marker: Option<String>,
    in_item: usize,
    row: Vec<String>,
    in_cell: bool,
    code: Option<String>,
    hard_broken: bool,
}

impl Walker {
    fn flush_paragraph(&mut self) {
        let kind = if self.hard_broken {
            BlockKind::Line
        } else {
            BlockKind::Paragraph
        };
        if let Some(block) = self.inline.take(kind) {
            self.blocks.push(block);
        }
    }

    fn flush_item(&mut self) {
        let depth = self.lists.len().saturating_sub(1).min(8) as u8;
        let marker = self.item_marker.take().unwrap_or_else(|| "•".into());
        let text = std::mem::take(&mut self.inline.text);
        self.inline = Inline::default();
        if text.trim().is_empty() {
            return;
        }
        self.blocks.push(Block::new(
            BlockKind::ListItem { depth },
            format!("{marker} {}", text.trim()),
        ));
    }

    fn start_item(&mut self) {
        let marker = match self.lists.last_mut() {
            Some(Some(n)) => {
                let m = format!("{n}.");
                *n += 1;
                m
            }
            _ => "•".to_string(),
        };
        self.item_marker = Some(marker);
    }

    fn text(&mut self, s: &str) {
        if self.image > 0 {
            return;
        }
        if self.in_cell {
            if let Some(cell) = self.row.last_mut() {
                cell.push_str(s);
            }
            return;
        }
        if let Some(code) = self.code.as_mut() {
            code.push_str(s);
            return;
        }
        // Emphasis left empty by a converter ("experience. ****") is markup, not text.
        let cleaned;
        let s = if s.contains("**") || s.contains("__") {
            cleaned = s
                .split(' ')
                .filter(|w| !(w.len() >= 2 && w.chars().all(|c| c == '*' || c == '_')))
                .collect::<Vec<_>>()
                .join(" ");
            cleaned.as_str()
        } else {
            s
        };
        let bold = self.strong > 0;
        self.inline.push(s, bold);
    }
}

/// Reads markdown (without its provenance line) into blocks. Markdown headings define the
/// sections; a document with no heading besides its title falls back to bold lines and bare
/// heading lines, as html2text output often has.
pub fn read(body: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut w = Walker {
        blocks: Vec::new(),
        inline: Inline::default(),
        strong: 0,
        image: 0,
        lists: Vec::new(),
        item_marker: None,
        in_item: 0,
        row: Vec::new(),
        in_cell: false,
        code: None,
        hard_broken: false,
    };
    let mut heading_level: Option<u8> = None;
    for event in Parser::new_ext(body, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    w.flush_paragraph();
                    heading_level = Some(level as u8);
                }
                Tag::Paragraph => {
                    if w.in_item == 0 {
                        w.flush_paragraph();
                        w.hard_broken = false;
                    } else if !w.inline.is_empty() {
                        w.inline.text.push(' ');
                    }
                }
                Tag::List(start) => {
                    if w.in_item > 0 {
                        w.flush_item();
                    } else {
                        w.flush_paragraph();
                    }
                    w.lists.push(start);
                }
                Tag::Item => {
                    w.in_item += 1;
                    w.start_item();
                }
                Tag::Strong => {
                    if w.strong == 0 {
                        w.inline.open_bold();
                    }
                    w.strong += 1;
                }
                Tag::Image { .. } => w.image += 1,
                Tag::TableRow | Tag::TableHead => w.row.clear(),
                Tag::TableCell => {
                    w.row.push(String::new());
                    w.in_cell = true;
                }
                Tag::CodeBlock(_) => {
                    w.flush_paragraph();
                    w.code = Some(String::new());
                }
                Tag::BlockQuote(_) | Tag::HtmlBlock => w.flush_paragraph(),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    let level = heading_level.take().unwrap_or(2);
                    let is_title = level == 1 && w.blocks.is_empty();
                    let kind = if is_title {
                        BlockKind::Title
                    } else {
                        BlockKind::Heading(level)
                    };
                    let text = std::mem::take(&mut w.inline).text;
                    let block = Block::new(kind, text);
                    if !block.text.is_empty() {
                        w.blocks.push(block);
                    }
                }
                TagEnd::Paragraph if w.in_item == 0 => {
                    w.flush_paragraph();
                    w.hard_broken = false;
                }
                TagEnd::Item => {
                    w.flush_item();
                    w.in_item = w.in_item.saturating_sub(1);
                }
                TagEnd::List(_) => {
                    w.lists.pop();
                }
                TagEnd::Strong => {
                    w.strong = w.strong.saturating_sub(1);
                    if w.strong == 0 {
                        w.inline.close_bold();
                    }
                }
                TagEnd::Image => w.image = w.image.saturating_sub(1),
                TagEnd::TableCell => w.in_cell = false,
                TagEnd::TableRow | TagEnd::TableHead => {
                    let cells: Vec<String> = w
                        .row
                        .drain(..)
                        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                        .collect();
                    if cells.iter().any(|c| !c.is_empty()) {
                        w.blocks.push(Block::new(BlockKind::Row, cells.join(" | ")));
                    }
                }
                TagEnd::CodeBlock => {
                    if let Some(code) = w.code.take() {
                        w.blocks.push(Block::new(BlockKind::Pre, code));
                    }
                }
                TagEnd::BlockQuote(_) | TagEnd::HtmlBlock => w.flush_paragraph(),
                _ => {}
            },
            Event::Text(t) | Event::Code(t) => w.text(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => w.text(&t),
            Event::Html(html) | Event::InlineHtml(html) => {
                let lower = html.to_ascii_lowercase();
                if lower.starts_with("<br") || lower.starts_with("<p") {
                    w.text(" ");
                } else {
                    let text = strip_tags(&html);
                    w.text(&text);
                }
            }
            Event::SoftBreak => w.text(" "),
            Event::HardBreak => {
                if w.in_item > 0 || w.in_cell || heading_level.is_some() {
                    w.text(" ");
                } else {
                    w.hard_broken = true;
                    w.flush_paragraph();
                }
            }
            Event::Rule => w.flush_paragraph(),
            Event::TaskListMarker(done) => w.text(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(_) => {}
        }
    }
    w.flush_paragraph();
    let mut blocks = w.blocks;
    items_as_headings(&mut blocks);
    if only_title_headings(&blocks) {
        promote(&mut blocks);
    }
    blocks
}

/// The fewest lone list items before a paragraph a page must have for them to be its headings.
const LONE_ITEM_HEADINGS: usize = 3;

/// Lone list items that open a paragraph, where a page has several, are its headings: an
/// accordion of sections flattened to text ("  * Minors" above "Due to the nature of our
/// Services, we may collect …", then "  * Security", "  * With whom your information will be
/// shared"). Each is an item alone in its list, short, without a stop, and what follows it is
/// a paragraph, a lower heading or its own sub-items ("* **Uses**" over "  * We may use …"),
/// not more items of its list; one or two such items are left a list.
fn items_as_headings(blocks: &mut [Block]) {
    let heading_like = |i: usize| {
        let b = &blocks[i];
        let alone = i == 0 || !matches!(blocks[i - 1].kind, BlockKind::ListItem { .. });
        let text = b.text.strip_prefix("• ").unwrap_or("");
        matches!(b.kind, BlockKind::ListItem { depth: 0 })
            && alone
            && blocks.get(i + 1).is_some_and(|n| {
                n.kind == BlockKind::Paragraph
                    || matches!(n.kind, BlockKind::Heading(l) if l > 2)
                    || matches!(n.kind, BlockKind::ListItem { depth } if depth > 0)
            })
            && !text.is_empty()
            && text.split_whitespace().count() <= 16
            && !text.ends_with(['.', ':', ';', ','])
            && text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let found: Vec<usize> = (0..blocks.len()).filter(|&i| heading_like(i)).collect();
    if found.len() < LONE_ITEM_HEADINGS {
        return;
    }
    for i in found {
        let text = blocks[i].text.trim_start_matches("• ").to_string();
        blocks[i] = Block::new(BlockKind::Heading(2), text);
    }
}

/// Whether the document's markdown headings are only its title: none, or one heading naming
/// the document put right under the title before any text ("# A-dec, Inc." then "## A-dec
/// Privacy Policy", then bold numbered headings). Its sections are then in its bold lines, as in a document
/// without the subtitle, which must not be cut differently for the lack of it.
fn only_title_headings(blocks: &[Block]) -> bool {
    let headings: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading(_)))
        .map(|(i, _)| i)
        .collect();
    match headings.as_slice() {
        [] => true,
        // A subtitle names the document ("A-dec Privacy Policy"); a heading that names a
        // part ("Real Heading" over "**2.1 Personal data**") is the document's one section.
        [only] => {
            let name = blocks[*only].text.to_lowercase();
            blocks[..*only].iter().all(Block::is_heading)
                && ["privacy", "policy", "notice", "statement"]
                    .iter()
                    .any(|w| name.contains(w))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_the_files_not_its_text() {
        let text = "---\nlayout: post\ntitle: \"Champs Sports Privacy Statement\"\ndate: 2017-05-01 10:00:00 +0000\nurl: https://www.champssports.com/privacy\ntags: [privacy, retail]\n---\n\n# Privacy\n\nWe never sell your data.\n";
        let (fm, rest) = split_front_matter(text);
        assert_eq!(fm.title.as_deref(), Some("Champs Sports Privacy Statement"));
        assert_eq!(fm.archived.as_deref(), Some("2017-05-01"));
        assert_eq!(
            fm.url.as_deref(),
            Some("https://www.champssports.com/privacy")
        );
        assert!(rest.trim_start().starts_with("# Privacy"), "{rest}");
        // A rule opening a document is no front matter.
        let text = "---\nWe collect your name. We never sell it.\n---\n";
        assert_eq!(split_front_matter(text).1, text);
        let text = "# Privacy\n\n---\ntitle: x\n---\n";
        assert_eq!(split_front_matter(text).1, text);
    }
    use crate::corpus::layout::testing::{outline, texts};

    const PROV: &str = "> *The following text is extracted and transformed from the japan-talk.com privacy policy that was archived on 2013-03-10. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20130310073612id_/http%3A//www.japan-talk.com/jt/privacy) for the most accurate reproduction.*\n\n# Privacy Policy - Japan Talk\n";

    #[test]
    fn provenance_line() {
        let (p, rest) = split_provenance(PROV);
        assert_eq!(p.domain.as_deref(), Some("japan-talk.com"));
        assert_eq!(p.archived.as_deref(), Some("2013-03-10"));
        assert_eq!(
            p.url.as_deref(),
            Some(
                "https://web.archive.org/web/20130310073612id_/http%3A//www.japan-talk.com/jt/privacy"
            )
        );
        assert!(rest.trim_start().starts_with("# Privacy Policy"));
    }

    #[test]
    fn no_provenance() {
        let (p, rest) = split_provenance("# Title\n\nBody");
        assert_eq!(p, Provenance::default());
        assert_eq!(rest, "# Title\n\nBody");
    }

    #[test]
    fn renders_markdown_as_text() {
        let md = "# Title\n\nSee [our page](http://x.y) and **bold** text 1\\. here.\n\n## Lists\n\n* one\n* two\n  1. nested\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode  here\n```\n";
        let blocks = read(md);
        let texts = texts(&blocks);
        assert_eq!(
            texts,
            vec![
                (BlockKind::Title, "Title"),
                (BlockKind::Paragraph, "See our page and bold text 1. here."),
                (BlockKind::Heading(2), "Lists"),
                (BlockKind::ListItem { depth: 0 }, "• one"),
                (BlockKind::ListItem { depth: 0 }, "• two"),
                (BlockKind::ListItem { depth: 1 }, "1. nested"),
                (BlockKind::Row, "a | b"),
                (BlockKind::Row, "c | d"),
                (BlockKind::Pre, "code  here"),
            ]
        );
    }

    #[test]
    fn hard_breaks_become_lines() {
        let md = "Purposes:  \n(1) Orders  \n(2) Shipping\n";
        let blocks = read(md);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, vec![BlockKind::Line; 3]);
        assert_eq!(blocks[1].text, "(1) Orders");
    }

    #[test]
    fn bold_lines_become_headings_when_there_are_no_markdown_headings() {
        let md = "# Legal\n\n**Cookies.** Third parties may place cookies on your browser.\n\n**Children**\n\nWe do not knowingly collect data from children under 13.\n";
        let blocks = read(md);
        let heads = outline(&blocks);
        assert_eq!(
            heads,
            vec![
                (BlockKind::Title, "Legal"),
                (BlockKind::Heading(2), "Cookies"),
                (BlockKind::Heading(2), "Children"),
            ]
        );
    }

    #[test]
    fn a_subtitle_under_the_title_leaves_the_bold_lines_headings() {
        let body = "**1\\. Collecting Information**  \nWe collect what you enter.\n\n**2\\. Sharing**  \nWe may share it with vendors.\n";
        let with = read(&format!(
            "# A-dec, Inc.\n\n## A-dec Privacy Policy\n\nIntro.\n\n{body}"
        ));
        let without = read(&format!("# A-dec, Inc.\n\nIntro.\n\n{body}"));
        let heads = |blocks: &[Block]| -> Vec<String> {
            outline(blocks)
                .into_iter()
                .filter(|(k, _)| matches!(k, BlockKind::Heading(_)))
                .map(|(_, t)| t.to_string())
                .filter(|t| t != "A-dec Privacy Policy")
                .collect()
        };
        assert_eq!(heads(&with), heads(&without));
        assert_eq!(heads(&without).len(), 2, "{:?}", outline(&without));
    }

    #[test]
    fn empty_emphasis_is_no_text() {
        let blocks = read("# T\n\nWe protect your data. ****\n\nA __ line with a_b name.\n");
        assert_eq!(blocks[1].text, "We protect your data.");
        assert_eq!(blocks[2].text, "A line with a_b name.");
    }

    #[test]
    fn lone_items_above_paragraphs_are_an_accordions_headings() {
        let md = "# Policy\n\n  * Minors\n\nWe do not collect data from children.\n\n  * Security\n\nWe use SSL.\n\n  * With whom your information will be shared\n\nWith partners.\n\n* one\n* two\n\nText.\n";
        assert_eq!(
            outline(&read(md)),
            [
                (BlockKind::Title, "Policy"),
                (BlockKind::Heading(2), "Minors"),
                (BlockKind::Heading(2), "Security"),
                (
                    BlockKind::Heading(2),
                    "With whom your information will be shared"
                ),
            ]
        );
        // One over its own sub-items counts too.
        let md = "# P\n\n* **Overview**\n\nText.\n\n* **What We Collect**\n\nMore.\n\n* **Uses**\n\n  * We may use it.\n  * We may share it.\n";
        assert_eq!(
            outline(&read(md)),
            [
                (BlockKind::Title, "P"),
                (BlockKind::Heading(2), "Overview"),
                (BlockKind::Heading(2), "What We Collect"),
                (BlockKind::Heading(2), "Uses"),
            ]
        );
        // Two are a list.
        let md = "# Policy\n\n## Part\n\n* Minors\n\nText.\n\n* Security\n\nMore.\n";
        assert_eq!(
            outline(&read(md)),
            [
                (BlockKind::Title, "Policy"),
                (BlockKind::Heading(2), "Part")
            ]
        );
    }

    #[test]
    fn markdown_headings_win_over_bold_lines() {
        let md = "# T\n\n## Real Heading\n\n**2.1 Personal data**\n\nPersonal data means any information.\n";
        let blocks = read(md);
        assert_eq!(blocks.iter().filter(|b| b.is_heading()).count(), 2);
    }
}
