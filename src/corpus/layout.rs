//! The common shape every reader produces (a list of blocks), and its rendering into the
//! normalized text with section spans. Keeping one renderer means every format reads the same
//! in the terminal and sections are computed one way.

use super::policy::Span;
use super::sanitize::clean_inline;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The document's own title; becomes the heading of the first section.
    Title,
    /// A section heading of the given level (2 = top-level section).
    Heading(u8),
    Paragraph,
    /// One line of a group of short lines (address blocks, hard line breaks): no blank line
    /// between consecutive lines.
    Line,
    /// A list item; `depth` 0 is the outermost list. The text already carries its marker.
    ListItem {
        depth: u8,
    },
    /// A table row, cells joined by ` | `.
    Row,
    /// Preformatted text, lines kept.
    Pre,
}

impl BlockKind {
    fn is_tight(self) -> bool {
        matches!(
            self,
            BlockKind::Line | BlockKind::ListItem { .. } | BlockKind::Row
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// The whole block was bold (`**…**`, `<strong>`): a strong hint that it is a heading.
    pub bold: bool,
    /// Byte length of a bold run-in lead ("**Cookies.** We use…"), 0 if none.
    pub run_in: usize,
}

impl Block {
    pub fn new(kind: BlockKind, text: impl AsRef<str>) -> Block {
        let text = if kind == BlockKind::Pre {
            super::sanitize::sanitize(text.as_ref())
                .trim_end()
                .to_string()
        } else {
            clean_inline(text.as_ref())
        };
        Block {
            kind,
            text,
            bold: false,
            run_in: 0,
        }
    }

    pub fn paragraph(text: impl AsRef<str>) -> Block {
        Block::new(BlockKind::Paragraph, text)
    }

    pub fn bold(mut self, bold: bool) -> Block {
        self.bold = bold;
        self
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Title | BlockKind::Heading(_))
    }
}

/// A section before its topic is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSection {
    pub heading: String,
    pub level: u8,
    pub span: Span,
    pub body_start: usize,
}

/// Renders blocks into text and cuts it into sections at headings. Sections tile the text; a
/// document that starts with body text gets a first section with an empty heading.
pub fn assemble(blocks: &[Block]) -> (String, Vec<RawSection>) {
    let mut text = String::new();
    let mut sections: Vec<RawSection> = vec![RawSection {
        heading: String::new(),
        level: 1,
        span: Span::default(),
        body_start: 0,
    }];
    let blocks: Vec<&Block> = blocks.iter().filter(|b| !b.text.is_empty()).collect();
    for (i, block) in blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Title | BlockKind::Heading(_) => {
                // "Use of Information:" reads as "Use of Information" in an outline.
                let heading = block.text.trim_end_matches([':', ' ']).to_string();
                let heading = if heading.is_empty() {
                    block.text.clone()
                } else {
                    heading
                };
                let level = match block.kind {
                    BlockKind::Heading(l) => l.max(1),
                    _ => 1,
                };
                if text.is_empty() && sections.len() == 1 && sections[0].heading.is_empty() {
                    sections[0].heading = heading;
                    sections[0].level = level;
                } else {
                    sections.push(RawSection {
                        heading,
                        level,
                        span: Span::new(text.len(), 0),
                        body_start: 0,
                    });
                }
                text.push_str(&block.text);
                text.push_str("\n\n");
                if let Some(last) = sections.last_mut() {
                    last.body_start = text.len();
                }
            }
            kind => {
                if let BlockKind::ListItem { depth } = kind {
                    for _ in 0..depth {
                        text.push_str("  ");
                    }
                }
                text.push_str(&block.text);
                text.push('\n');
                let next_tight = blocks
                    .get(i + 1)
                    .is_some_and(|next| next.kind.is_tight() && kind.is_tight());
                if !next_tight {
                    text.push('\n');
                }
            }
        }
    }
    // One trailing newline, not two.
    if text.ends_with("\n\n") {
        text.pop();
    }
    // A policy whose top sections are `###` or `<h4>` (the page's own title and navigation
    // took the levels above) still has its top sections at level 2, as README promises
    // scripts: the levels under the title move up together, keeping their steps.
    // A first section of a deeper level is no title: it moves with the rest.
    let under_title = usize::from(sections[0].level == 1);
    let top = sections
        .iter()
        .skip(under_title)
        .map(|s| s.level)
        .min()
        .unwrap_or(2);
    if top > 2 {
        for s in sections.iter_mut().skip(under_title) {
            s.level -= top - 2;
        }
    }
    let len = text.len();
    for i in 0..sections.len() {
        let end = sections.get(i + 1).map_or(len, |next| next.span.start);
        let section = &mut sections[i];
        section.span.end = end;
        section.body_start = section.body_start.clamp(section.span.start, end);
    }
    (text, sections)
}

/// Test helpers shared by the readers' tests.
#[cfg(test)]
pub mod testing {
    use super::{Block, BlockKind};

    /// Kind and text of every block.
    pub fn texts(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    /// Kind and text of the headings only.
    pub fn outline(blocks: &[Block]) -> Vec<(BlockKind, &str)> {
        blocks
            .iter()
            .filter(|b| b.is_heading())
            .map(|b| (b.kind, b.text.as_str()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_tile_the_text() {
        let blocks = vec![
            Block::new(BlockKind::Title, "My Policy"),
            Block::paragraph("Intro text."),
            Block::new(BlockKind::Heading(2), "Sharing"),
            Block::paragraph("We share."),
            Block::new(BlockKind::ListItem { depth: 0 }, "• one"),
            Block::new(BlockKind::ListItem { depth: 1 }, "• two"),
            Block::new(BlockKind::Heading(2), "Cookies"),
            Block::paragraph("Crumbs."),
        ];
        let (text, sections) = assemble(&blocks);
        assert_eq!(
            text,
            "My Policy\n\nIntro text.\n\nSharing\n\nWe share.\n\n• one\n  • two\n\nCookies\n\nCrumbs.\n"
        );
        assert_eq!(sections.len(), 3);
        assert_eq!(sections[0].span.start, 0);
        for w in sections.windows(2) {
            assert_eq!(w[0].span.end, w[1].span.start);
        }
        assert_eq!(sections[2].span.end, text.len());
        assert_eq!(
            &text[sections[1].span.range()],
            "Sharing\n\nWe share.\n\n• one\n  • two\n\n"
        );
        assert_eq!(
            &text[sections[1].body_start..sections[1].body_start + 9],
            "We share."
        );
        assert_eq!(sections[0].heading, "My Policy");
        assert_eq!(sections[2].heading, "Cookies");
    }

    #[test]
    fn leading_body_gets_an_untitled_section() {
        let blocks = vec![
            Block::paragraph("Body first."),
            Block::new(BlockKind::Heading(2), "Later"),
        ];
        let (text, sections) = assemble(&blocks);
        assert_eq!(sections[0].heading, "");
        assert_eq!(sections[1].span.start, "Body first.\n\n".len());
        assert_eq!(text, "Body first.\n\nLater\n");
    }

    #[test]
    fn top_sections_are_level_two_however_deep_the_markup_puts_them() {
        let levels =
            |blocks: &[Block]| -> Vec<u8> { assemble(blocks).1.iter().map(|s| s.level).collect() };
        // `####` sections under a title, with `#####` below them.
        let deep = [
            Block::new(BlockKind::Title, "A9.com > Privacy Policy"),
            Block::new(BlockKind::Heading(4), "Information we collect"),
            Block::new(BlockKind::Heading(5), "Cookies"),
            Block::new(BlockKind::Heading(4), "Sharing"),
        ];
        assert_eq!(levels(&deep), vec![1, 2, 3, 2]);
        // No title: the first heading moves with the rest.
        let untitled = [
            Block::new(BlockKind::Heading(3), "Overview"),
            Block::paragraph("Text."),
            Block::new(BlockKind::Heading(3), "Sharing"),
        ];
        assert_eq!(levels(&untitled), vec![2, 2]);
        // Levels already from 2 stay as they are, and so do titles of level 1 further down.
        let usual = [
            Block::new(BlockKind::Title, "Policy"),
            Block::new(BlockKind::Heading(2), "Sharing"),
            Block::new(BlockKind::Heading(1), "Another document"),
        ];
        assert_eq!(levels(&usual), vec![1, 2, 1]);
    }

    #[test]
    fn empty_input_gives_one_empty_section() {
        let (text, sections) = assemble(&[]);
        assert_eq!(text, "");
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].span, Span::new(0, 0));
    }
}
