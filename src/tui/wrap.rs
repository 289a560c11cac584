//! Wrapping a policy's text into screen lines that remember their byte range, so the reader can
//! scroll to a section, a match or a clause exactly, and style byte ranges per line.

use unicode_width::UnicodeWidthChar;

use crate::corpus::Section;

/// One screen line: `text[start..end]`, its section, and whether it is a heading line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisualLine {
    pub start: usize,
    pub end: usize,
    pub section: usize,
    pub heading: bool,
}

impl VisualLine {
    /// Whether the text `start..end` (a clause's sentence, which may span several lines) is
    /// on this line; an empty line holds what starts where it is.
    pub fn holds(&self, start: usize, end: usize) -> bool {
        start < self.end.max(self.start + 1) && self.start < end
    }

    /// Whether `offset` is on this line (an empty line holds its own position).
    pub fn starts(&self, offset: usize) -> bool {
        offset >= self.start && offset < self.end.max(self.start + 1)
    }
}

/// Columns a text takes on the terminal.
pub fn text_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Display width of a character; control characters (never present after sanitizing) count 1.
pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(1)
}

/// Wraps `text` at `width` columns: words are kept whole when they fit, hard line breaks are
/// kept, over-long words are cut.
pub fn wrap(text: &str, sections: &[Section], width: usize) -> Vec<VisualLine> {
    let width = width.max(4);
    let mut out = Vec::new();
    let mut section = 0;
    let mut line_start = 0;
    for raw_line in text.split_inclusive('\n') {
        let content = raw_line.strip_suffix('\n').unwrap_or(raw_line);
        let abs = line_start;
        line_start += raw_line.len();
        while section + 1 < sections.len() && sections[section + 1].span.start <= abs {
            section += 1;
        }
        let heading = sections
            .get(section)
            .is_some_and(|s| s.span.start == abs && !s.heading.is_empty());
        if content.is_empty() {
            out.push(VisualLine {
                start: abs,
                end: abs,
                section,
                heading: false,
            });
            continue;
        }
        wrap_line(content, abs, width, section, heading, &mut out);
    }
    if out.is_empty() {
        out.push(VisualLine {
            start: 0,
            end: 0,
            section: 0,
            heading: false,
        });
    }
    out
}

fn wrap_line(
    content: &str,
    abs: usize,
    width: usize,
    section: usize,
    heading: bool,
    out: &mut Vec<VisualLine>,
) {
    let mut start = 0; // line start within content
    let mut col = 0;
    let mut last_break: Option<usize> = None; // byte after the last space that fits
    for (pos, c) in content.char_indices() {
        let w = char_width(c);
        if col + w > width && pos > start {
            let cut = match last_break {
                Some(b) if b > start => b,
                _ => pos,
            };
            out.push(VisualLine {
                start: abs + start,
                end: abs + cut,
                section,
                heading,
            });
            start = cut;
            // Recount the columns of what moved to the new line.
            col = text_width(&content[start..pos]);
            last_break = None;
        }
        col += w;
        if c == ' ' {
            last_break = Some(pos + 1);
        }
    }
    if start < content.len() {
        out.push(VisualLine {
            start: abs + start,
            end: abs + content.len(),
            section,
            heading,
        });
    }
}

/// Index of the visual line holding byte `offset`.
pub fn line_of(lines: &[VisualLine], offset: usize) -> usize {
    lines
        .partition_point(|l| l.start <= offset)
        .saturating_sub(1)
        .min(lines.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read_policy;

    fn texts<'a>(text: &'a str, lines: &[VisualLine]) -> Vec<&'a str> {
        lines.iter().map(|l| &text[l.start..l.end]).collect()
    }

    #[test]
    fn wraps_words_and_keeps_offsets() {
        let p = read_policy(
            "a.com.md",
            b"# Title\n\nWe will not sell or share any information about you.\n",
        )
        .unwrap()
        .policy;
        let lines = wrap(&p.text, &p.sections, 20);
        assert_eq!(
            texts(&p.text, &lines),
            vec![
                "Title",
                "",
                "We will not sell or ",
                "share any ",
                "information about ",
                "you."
            ]
        );
        assert!(lines[0].heading);
        assert!(!lines[2].heading);
        assert_eq!(line_of(&lines, p.text.find("share").unwrap()), 3);
    }

    #[test]
    fn long_words_and_wide_characters() {
        let text = "xxxxxxxxxxxxxxxxxxxxxxxx 日本語のテキスト";
        let lines = wrap(text, &[], 10);
        for l in &lines {
            let w = text_width(&text[l.start..l.end]);
            assert!(w <= 10, "{:?}", &text[l.start..l.end]);
        }
        let joined: String = lines.iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn empty_and_tiny() {
        assert_eq!(wrap("", &[], 0).len(), 1);
        let lines = wrap("a b c", &[], 1);
        assert!(!lines.is_empty());
    }
}
