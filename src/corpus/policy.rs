//! The plain data a policy becomes once read: what every other module consumes.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Which reader understood the file. Part of the JSON output, so the names are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Princeton–Leuven style markdown (provenance line, `#` headings) and markdown in general.
    Markdown,
    /// Plain text whose headings are bare lines.
    Plain,
    /// Plain text structured by numbered headings ("Section 1: …", "Article 3", "III.").
    Numbered,
    /// HTML, including OPP-115's `|||`-segmented sanitized policies.
    Html,
    /// GoPPC-150 XML with labelled `<segment>`/`<title>` structure.
    Xml,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Plain,
        Format::Numbered,
        Format::Html,
        Format::Xml,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Plain => "plain",
            Format::Numbered => "numbered",
            Format::Html => "html",
            Format::Xml => "xml",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A byte range into [`Policy::text`]. Serialized as `{"start": …, "end": …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

/// One section of a policy. Sections tile the text: the first starts at 0, each ends where the
/// next starts, the last ends at the end of the text. That lets the index store sections alone
/// and still give back the whole policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Heading as written (markup removed). Empty for a leading section with no heading.
    pub heading: String,
    /// 1 for the document title, 2 for top-level sections, deeper for sub-sections.
    pub level: u8,
    /// Whole section, heading line included.
    pub span: Span,
    /// Where the body starts (after the heading line and its blank line).
    pub body_start: usize,
    /// Topic id from the topic table (`sharing`, `retention`, …).
    pub topic: String,
}

impl Section {
    /// What to show for the section in outlines and hit lists.
    pub fn display_heading(&self) -> &str {
        if self.heading.is_empty() {
            "(beginning)"
        } else {
            &self.heading
        }
    }

    pub fn body_span(&self) -> Span {
        Span::new(self.body_start.min(self.span.end), self.span.end)
    }

    /// The heading line (and the blank after it); empty for a section with no heading.
    pub fn heading_span(&self) -> Span {
        if self.heading.is_empty() {
            return Span::new(self.span.start, self.span.start);
        }
        Span::new(
            self.span.start,
            self.body_start.clamp(self.span.start, self.span.end),
        )
    }
}

/// A privacy policy read from one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Stable id: `company_key`, plus `@date` for dated versions (`japan-talk.com@2013-03-10`).
    pub id: String,
    /// Groups versions of one company: the domain when known, else a slug of the company name.
    pub company_key: String,
    /// Display name ("Japan Talk", "FROM JAPAN", "legsjapan.com").
    pub company: String,
    pub domain: Option<String>,
    pub title: String,
    /// Where the text came from (the archived page for Princeton files).
    pub source_url: Option<String>,
    /// Archive date, `YYYY-MM-DD`.
    pub archived: Option<String>,
    /// Path relative to the data folder, `/`-separated.
    pub source_path: String,
    pub format: Format,
    /// True for the newest version of the company (the one shown by default).
    pub latest: bool,
    /// Normalized text: sanitized, encoding repaired, markup rendered as readable text.
    pub text: String,
    pub sections: Vec<Section>,
}

impl Policy {
    pub fn section_text(&self, ordinal: usize) -> Option<&str> {
        let section = self.sections.get(ordinal)?;
        self.text.get(section.span.range())
    }

    /// The byte ranges of the sections' heading lines, in text order.
    pub fn heading_ranges(&self) -> Vec<Range<usize>> {
        self.sections
            .iter()
            .map(|s| s.heading_span().range())
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// Index of the section containing `offset` (the last section if none does). Sections come
    /// in text order, so the one starting last at or before `offset` is looked up by halves: a
    /// policy of thousands of sections is asked this once for each of its clauses.
    pub fn section_at(&self, offset: usize) -> Option<usize> {
        let k = self.sections.partition_point(|s| s.span.start <= offset);
        if k > 0 && self.sections[k - 1].span.contains(offset) {
            return Some(k - 1);
        }
        self.sections
            .iter()
            .position(|s| s.span.contains(offset))
            .or_else(|| self.sections.len().checked_sub(1))
    }

    pub fn year(&self) -> Option<u16> {
        self.archived.as_deref().and_then(year_of)
    }
}

/// Year of a `YYYY-MM-DD` date.
pub fn year_of(date: &str) -> Option<u16> {
    date.get(..4)?.parse().ok()
}

/// A file that could not be read as a policy, with the reason in words a user understands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub path: String,
    pub message: String,
    /// True when the file was skipped; false when it loaded with a caveat (lossy decoding).
    pub skipped: bool,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}
