//! Plain-text policies: bare headings, numbered sections ("Section 1: Purpose of Use",
//! "Article 3", "III. Rights", "2.1 Cookies"), list items, and hard-wrapped paragraphs.

use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::headings::{Style, heading_style, is_body, promote};
use crate::corpus::layout::{Block, BlockKind};
use crate::corpus::policy::Format;

/// A numbered heading recognised on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Numbered {
    level: u8,
    /// "Section 1", "Article 3", roman numerals: headings even without body text after them.
    /// Bare digits ("1. Cookies") are headings only when body text follows, else list items.
    strong: bool,
}

static STRONG_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:section|article|chapter|part|clause|§)\s*(?:\d{1,3}|[IVXLC]{1,6})((?:\.\d{1,3})*)\b\s*[.:)\-–—]?\s*(.*)$")
        .expect("valid regex")
});
static ROMAN_NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[IVXLC]{1,6}[.)]\s+(.+)$").expect("valid regex"));
/// "A. Information You Provide.": a lettered sub-section (the letters roman numerals are not).
static LETTER_NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ABD-HJKM-UWYZ][.)]\s+(.+)$").expect("valid regex"));
static DIGIT_NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}((?:\.\d{1,2})*)[.)]?\s+(.+)$").expect("valid regex"));
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([•◦▪‣·*\-–]|\(?\d{1,3}[.)]|\([a-zA-Z]\)|[a-z][.)]|\(?[ivx]{1,5}\))\s+(.*)$")
        .expect("valid regex")
});

/// The style of a numbered line's title: a heading's, or a title in capitals closed by a full
/// stop ("1. Introduction and Overview.", "III. YOUR RIGHTS."), as some policies number theirs.
fn numbered_title_style(title: &str) -> Option<Style> {
    heading_style(title).or_else(|| {
        let bare = title.strip_suffix('.')?;
        heading_style(bare).filter(|s| *s >= Style::Title && bare.split_whitespace().count() <= 8)
    })
}

fn numbered_heading(line: &str) -> Option<Numbered> {
    if line.chars().count() > 100 {
        return None;
    }
    let heading_style = numbered_title_style;
    let title_ok = |title: &str| title.is_empty() || heading_style(title).is_some();
    if let Some(c) = STRONG_NUMBERED.captures(line) {
        let depth = c[1].matches('.').count() as u8;
        return title_ok(c[2].trim()).then_some(Numbered {
            level: 2 + depth,
            strong: true,
        });
    }
    if let Some(c) = ROMAN_NUMBERED.captures(line) {
        return heading_style(c[1].trim()).map(|_| Numbered {
            level: 2,
            strong: true,
        });
    }
    // Lettered, only in title case or capitals: "A. Smith is our officer" is a sentence.
    if let Some(c) = LETTER_NUMBERED.captures(line) {
        return heading_style(c[1].trim())
            .filter(|s| *s >= Style::Title)
            .map(|_| Numbered {
                level: 3,
                strong: false,
            });
    }
    if let Some(c) = DIGIT_NUMBERED.captures(line) {
        let depth = c[1].matches('.').count() as u8;
        let title = c[2].trim();
        return heading_style(title).map(|_| Numbered {
            level: 2 + depth,
            strong: false,
        });
    }
    None
}

/// "1. 1. In order to…" (a list number repeated by a converter) → "1. In order to…".
fn list_item_text(marker: &str, rest: &str) -> String {
    let rest = rest.trim_start();
    let doubled = rest
        .strip_prefix(marker)
        .filter(|after| after.starts_with(char::is_whitespace));
    let rest = doubled.map_or(rest, str::trim_start);
    let marker = if matches!(marker, "*" | "-" | "–" | "·" | "▪" | "◦" | "‣") {
        "•"
    } else {
        marker
    };
    format!("{marker} {rest}")
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', ')'])
}

/// A line ending in a word that cannot end a sentence or heading continues on the next line.
fn ends_with_connector(line: &str) -> bool {
    const CONNECTORS: &[&str] = &[
        "and", "or", "the", "a", "an", "of", "to", "in", "for", "with", "our", "your", "by", "on",
        "at", "from", "that", "which", "we", "you", "is", "are", "be", "as", "any",
    ];
    line.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| CONNECTORS.contains(&w.to_lowercase().as_str()) || w.ends_with(','))
}

struct Builder {
    blocks: Vec<Block>,
    numbered: Vec<Option<Numbered>>,
    paragraph: String,
    item: Option<(String, u8)>,
}

impl Builder {
    fn flush(&mut self) {
        if let Some((text, depth)) = self.item.take() {
            self.push(Block::new(BlockKind::ListItem { depth }, text), None);
        }
        if !self.paragraph.is_empty() {
            let text = std::mem::take(&mut self.paragraph);
            self.push(Block::paragraph(text), None);
        }
    }

    fn push(&mut self, block: Block, numbered: Option<Numbered>) {
        self.blocks.push(block);
        self.numbered.push(numbered);
    }
}

/// Reads plain text into blocks. Returns [`Format::Numbered`] when numbered headings give the
/// document its structure.
pub fn read(text: &str) -> (Vec<Block>, Format) {
    let unpaged: String;
    let text = match without_running_lines(text) {
        Some(t) => {
            unpaged = t;
            unpaged.as_str()
        }
        None => text,
    };
    // A list marker set off by a tab is set off by a space: "1.\tWe collect …" is an item.
    let spaced: String;
    let text = if text.contains('\t') {
        spaced = text
            .lines()
            .map(|line| {
                let cells = tab_cells(line);
                if cells.len() >= 2 && marked_by_tab(&cells) {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    format!("{}{}", indent.replace('\t', "    "), cells.join(" "))
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        spaced.as_str()
    } else {
        text
    };
    let mut b = Builder {
        blocks: Vec::new(),
        numbered: Vec::new(),
        paragraph: String::new(),
        item: None,
    };
    let mut prev_line = "";
    let mut lines = text.lines().peekable();
    while let Some(raw) = lines.next() {
        let indent = raw.len() - raw.trim_start().len();
        let line = raw.trim();
        if line.is_empty() {
            b.flush();
            prev_line = "";
            continue;
        }
        // A row of a table copied as tab-separated text ("Name\tAdmissions\t7 years"): its
        // cells, as an HTML table's row reads (list markers set off by a tab were made spaces
        // above).
        let cells = tab_cells(line);
        if cells.len() >= 2 {
            b.flush();
            b.push(Block::new(BlockKind::Row, cells.join(" | ")), None);
            prev_line = "";
            continue;
        }
        // A numbered line that runs on into the next is a paragraph wrapped to a width, not a
        // heading: "4. We do not sell, rent or exchange your personal information with any" /
        // "third party for commercial reasons."
        let runs_on = ends_with_connector(line)
            || lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with(char::is_lowercase));
        if indent == 0
            && !runs_on
            && let Some(n) = numbered_heading(line)
        {
            b.flush();
            b.push(Block::paragraph(line), Some(n));
            prev_line = line;
            continue;
        }
        if let Some(c) = LIST_ITEM.captures(line) {
            b.flush();
            let depth = (indent / 4).min(4) as u8;
            b.item = Some((list_item_text(&c[1], &c[2]), depth));
            prev_line = line;
            continue;
        }
        // An item goes on in the lines indented under it, or wrapped to a width: the line
        // before ends in a word that cannot end it, or this one goes on in lower case.
        let wrapped = line.starts_with(char::is_lowercase) || ends_with_connector(prev_line);
        if let Some((item, _)) = b.item.as_mut()
            && (indent > 0 || wrapped)
        {
            item.push(' ');
            item.push_str(line);
            prev_line = line;
            continue;
        }
        if b.item.is_some() {
            b.flush();
        }
        // A new line starts a new block after a finished sentence or a heading-like line;
        // otherwise it continues a hard-wrapped paragraph.
        let continues = line.starts_with(char::is_lowercase) || ends_with_connector(prev_line);
        let breaks = !b.paragraph.is_empty()
            && !continues
            && (ends_sentence(prev_line)
                || (prev_line.len() < 60 && heading_style(prev_line).is_some()));
        if breaks {
            b.flush();
        }
        if !b.paragraph.is_empty() {
            b.paragraph.push(' ');
        }
        b.paragraph.push_str(line);
        prev_line = line;
    }
    b.flush();

    let Builder {
        mut blocks,
        numbered,
        ..
    } = b;
    let mut n_numbered = 0;
    for i in 0..blocks.len() {
        let Some(n) = numbered[i] else { continue };
        // Body text follows, or a sub-section opens right under it ("2. Information
        // Collection." then "A. Information You Provide.").
        let next_is_body =
            blocks
                .get(i + 1)
                .is_some_and(|next| match numbered.get(i + 1).copied().flatten() {
                    None => is_body(next),
                    Some(sub) => sub.level > n.level,
                });
        let follows_item = i > 0
            && numbered[i - 1].is_some()
            && matches!(blocks[i - 1].kind, BlockKind::ListItem { .. });
        if n.strong || (next_is_body && !follows_item) {
            blocks[i].kind = BlockKind::Heading(n.level);
            n_numbered += 1;
        } else {
            blocks[i].kind = BlockKind::ListItem { depth: 0 };
        }
    }
    promote(&mut blocks);
    let format = if n_numbered >= 2 {
        Format::Numbered
    } else {
        Format::Plain
    };
    (blocks, format)
}

/// Text split into pages by form feeds (a PDF turned into text) without the lines that run
/// on every page (a header "Acme LLC   Privacy Policy", a footer "Confidential   Page 3 of
/// 6"), and with the pages run together, so that a section or a list goes on across a page
/// break; `None` for text with fewer than three pages or no such line.
fn without_running_lines(text: &str) -> Option<String> {
    let pages: Vec<&str> = text.split('\u{c}').collect();
    if pages.len() < 3 {
        return None;
    }
    // A line as it repeats: spaces collapsed, page numbers made one.
    let shape = |line: &str| -> String {
        let mut out = String::new();
        let mut digits = false;
        for word in line.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in word.chars() {
                if c.is_ascii_digit() {
                    if !digits {
                        out.push('#');
                    }
                    digits = true;
                } else {
                    out.push(c);
                    digits = false;
                }
            }
            digits = false;
        }
        out
    };
    // The first and last two lines of each page are where headers and footers stand.
    let edges = |page: &str| -> Vec<String> {
        let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
        let n = lines.len();
        let mut at: Vec<usize> = (0..n.min(2)).chain(n.saturating_sub(2)..n).collect();
        at.dedup();
        at.into_iter().map(|i| shape(lines[i])).collect()
    };
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in &pages {
        let mut shapes = edges(page);
        shapes.sort_unstable();
        shapes.dedup();
        for s in shapes {
            *seen.entry(s).or_insert(0) += 1;
        }
    }
    let enough = (pages.len() / 2).max(3);
    let running: std::collections::HashSet<String> = seen
        .into_iter()
        .filter(|(s, n)| *n >= enough && !s.is_empty())
        .map(|(s, _)| s)
        .collect();
    if running.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for page in pages {
        let edge = edges(page);
        for line in page.lines() {
            let s = shape(line);
            if !line.trim().is_empty() && running.contains(&s) && edge.contains(&s) {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    Some(out)
}

/// The cells of a tab-separated line, empty ones left out.
fn tab_cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// True when a tab-separated line's first cell is a list marker ("1.", "•", "(a)"): an item
/// as word processors write it, not a table's row.
fn marked_by_tab(cells: &[&str]) -> bool {
    cells
        .first()
        .is_some_and(|c| LIST_ITEM.is_match(&format!("{c} x")))
}

/// A browser tab's title copied as the text's first line, on its own ("Privacy Policy | The
/// College of Wooster"): what names a copy-paste's company, as a saved page's `<title>` does.
pub fn tab_title(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let first = lines.next()?;
    let alone = lines.next().is_none_or(str::is_empty);
    let parted = [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .any(|sep| first.contains(sep));
    (alone && parted && first.chars().count() <= 100 && !first.ends_with(['.', ':', ';', ',']))
        .then(|| first.to_string())
}

/// True when numbered headings would structure this text.
pub fn looks_numbered(text: &str) -> bool {
    text.lines()
        .filter(|l| !l.starts_with(char::is_whitespace))
        .filter_map(|l| numbered_heading(l.trim()))
        .filter(|n| n.strong)
        .take(2)
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::testing::outline;

    /// The texts of the headings among `blocks`.
    fn heading_texts(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
            .map(|b| b.text.as_str())
            .collect()
    }

    #[test]
    fn numbered_sections_and_doubled_list_numbers() {
        let text = "Handling Agreement\n\nSection 1: Purpose of Use\n\nWe will use it as follows.\n\n  1. 1. In order to collate\n  2. 2. In order to send prizes\n\nSection 2: Management\n\nWe manage it.\n";
        let (blocks, format) = read(text);
        assert_eq!(format, Format::Numbered);
        assert_eq!(
            outline(&blocks),
            vec![
                (BlockKind::Title, "Handling Agreement"),
                (BlockKind::Heading(2), "Section 1: Purpose of Use"),
                (BlockKind::Heading(2), "Section 2: Management"),
            ]
        );
        let items: Vec<&str> = blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::ListItem { .. }))
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            items,
            vec!["1. In order to collate", "2. In order to send prizes"]
        );
    }

    #[test]
    fn other_numbering_styles() {
        let text = "Article 3\n\nThe company keeps data.\n\nIII. Your Rights\n\nYou may ask for a copy.\n\n2.1 Cookies\n\nWe use cookies on the site.\n";
        let (blocks, _) = read(text);
        assert_eq!(
            outline(&blocks),
            vec![
                (BlockKind::Heading(2), "Article 3"),
                (BlockKind::Heading(2), "III. Your Rights"),
                (BlockKind::Heading(3), "2.1 Cookies"),
            ]
        );
    }

    #[test]
    fn short_numbered_lines_without_body_are_a_list() {
        let text = "We collect:\n\n1. Name\n2. Email\n3. Phone\n\nThat is all we collect.\n";
        let (blocks, format) = read(text);
        assert_eq!(format, Format::Plain);
        assert!(outline(&blocks).is_empty(), "{blocks:?}");
    }

    #[test]
    fn running_headers_and_footers_of_pages_are_dropped() {
        let page = |n: usize, body: &str| {
            format!(
                "Acme LLC        Privacy Policy\n\n{body}\n\nAcme LLC – Confidential      Page {n} of 3\n"
            )
        };
        let text = [
            page(
                1,
                "1. Introduction\n\nWe respect your privacy and explain here how we use it.",
            ),
            page(
                2,
                "We may share your personal information with:\n\n• our affiliates;",
            ),
            page(
                3,
                "• advertisers that serve ads to you.\n\n2. Cookies\n\nWe use cookies.",
            ),
        ]
        .join("\u{c}");
        let (blocks, _) = read(&text);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("Confidential") && !t.contains("Acme LLC")),
            "{texts:#?}"
        );
        let headings = heading_texts(&blocks);
        assert_eq!(headings, ["1. Introduction", "2. Cookies"], "{texts:#?}");
        // Two pages, or no line on every page: read as it is.
        assert!(without_running_lines("a\u{c}b").is_none());
        assert!(without_running_lines("one\u{c}two\u{c}three\u{c}four").is_none());
    }

    #[test]
    fn tab_separated_rows_keep_their_cells() {
        let text = "Privacy Policy\n\nWe keep some of your data for the times set out below.\n\nDATA WE KEEP\n\nCategory\tPurpose\tRetention\nName\tAdmissions\t7 years\n\nContact Us\n\nWrite to us at the address below.\n";
        let (blocks, _) = read(text);
        let rows: Vec<&str> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Row)
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            rows,
            [
                "Category | Purpose | Retention",
                "Name | Admissions | 7 years"
            ]
        );
        let headings = heading_texts(&blocks);
        assert!(headings.contains(&"DATA WE KEEP"), "{blocks:#?}");
        // A list marker set off by a tab is an item's, not a cell.
        let (blocks, _) = read("We collect:\n\n1.\tyour name;\n2.\tyour email address.\n");
        assert!(
            blocks.iter().all(|b| b.kind != BlockKind::Row),
            "{blocks:#?}"
        );
        assert!(
            blocks.iter().any(|b| b.text == "1. your name;"),
            "{blocks:#?}"
        );
    }

    #[test]
    fn a_tab_title_on_the_first_line() {
        assert_eq!(
            tab_title("\nPrivacy Policy | The College of Wooster\n\nWe collect data.\n").as_deref(),
            Some("Privacy Policy | The College of Wooster")
        );
        // Not a heading without parts, nor a line of a paragraph.
        assert_eq!(tab_title("Privacy Policy\n\nWe collect data.\n"), None);
        assert_eq!(
            tab_title("We collect data - and keep it.\nMore text.\n"),
            None
        );
    }

    #[test]
    fn numbered_titles_closed_by_a_full_stop() {
        let text = "1. Introduction and Overview.\n\nWe respect your privacy and explain here how we use your data.\n\n\
            2. Information You Provide.\n\nWe collect your name and email address when you register.\n\n\
            3. We collect your name.\n\nAnd your address too, when you buy.\n";
        let (blocks, format) = read(text);
        let headings = heading_texts(&blocks);
        assert_eq!(
            headings,
            [
                "1. Introduction and Overview.",
                "2. Information You Provide."
            ]
        );
        assert_eq!(format, Format::Numbered);
        // Lettered sub-sections too, in title case; not a sentence opening with an initial.
        let text = "1. Information Collection.\n\nWe collect what follows.\n\n\
            A. Information You Provide.\n\nYour name and email address.\n\n\
            B. Information Collected Automatically.\n\nYour device's address.\n\n\
            J. Smith is our privacy officer, and you can write to her.\n";
        let (blocks, _) = read(text);
        let headings: Vec<(&str, u8)> = blocks
            .iter()
            .filter_map(|b| match b.kind {
                BlockKind::Heading(l) => Some((b.text.as_str(), l)),
                _ => None,
            })
            .collect();
        assert_eq!(
            headings,
            [
                ("1. Information Collection.", 2),
                ("A. Information You Provide.", 3),
                ("B. Information Collected Automatically.", 3)
            ]
        );
    }

    #[test]
    fn numbered_paragraphs_wrapped_to_a_width_are_joined() {
        let text = "1. Introduction\n\nWe respect your privacy and explain here how we use your data.\n\n\
            4. We do not sell, rent or exchange your personal information with any\nthird party for commercial reasons. By using our service you agree to\nthis policy.\n\n\
            5. Cookies\n\nWe use cookies to remember your settings.\n";
        let (blocks, _) = read(text);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.contains(
                "exchange your personal information with any third party for commercial reasons. By using our service you agree to this policy."
            )),
            "{texts:#?}"
        );
        let headings = heading_texts(&blocks);
        assert_eq!(headings, ["1. Introduction", "5. Cookies"], "{texts:#?}");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "We collect information when you register on our site and\nwhen you place an order with us.\nWe also use cookies.\n";
        let (blocks, _) = read(text);
        let paras: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            paras,
            vec![
                "We collect information when you register on our site and when you place an order with us.",
                "We also use cookies."
            ]
        );
    }

    #[test]
    fn heading_directly_above_its_body() {
        let text = "Privacy Policy\n\nCookies\nWe use cookies to remember you between visits.\n";
        let (blocks, _) = read(text);
        assert_eq!(
            outline(&blocks),
            vec![
                (BlockKind::Title, "Privacy Policy"),
                (BlockKind::Heading(2), "Cookies")
            ]
        );
    }
}
