//! One reader per format, each turning text into [`Block`]s; this module picks the reader from
//! the file's extension and, more reliably, its content (the seeds are markdown in `.txt`).

pub mod html;
pub mod inline;
pub mod markdown;
pub mod markup;
pub mod plain;
pub mod xml;

use crate::corpus::layout::Block;
use crate::corpus::policy::Format;

/// What a reader made of a file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub format: Option<Format>,
    pub blocks: Vec<Block>,
    pub domain: Option<String>,
    pub url: Option<String>,
    pub archived: Option<String>,
    /// A title known from metadata (`<title>`), not from the text.
    pub page_title: Option<String>,
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn head(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn looks_like_html(text: &str) -> bool {
    let sample = head(text.trim_start(), 8192).to_ascii_lowercase();
    if sample.starts_with("<!doctype html") || sample.starts_with("<html") {
        return true;
    }
    let tags = [
        "<p>", "<p ", "<br", "<div", "<strong>", "<li>", "<h1", "<h2", "<table", "<span",
    ]
    .iter()
    .map(|t| sample.matches(t).count())
    .sum::<usize>();
    tags >= 3 || (sample.contains("|||") && sample.contains("<br"))
}

fn looks_like_markdown(text: &str) -> bool {
    let sample = head(text, 16384);
    let headings = sample
        .lines()
        .filter(|l| {
            let t = l.trim_start_matches('#');
            l.starts_with('#') && l.len() - t.len() <= 6 && t.starts_with(' ')
        })
        .count();
    let bold_lines = sample
        .lines()
        .filter(|l| {
            let t = l.trim();
            t.starts_with("**") && t.len() > 4
        })
        .count();
    let links = sample.matches("](").count();
    headings >= 2 || (headings >= 1 && (bold_lines + links) >= 1) || bold_lines >= 3 || links >= 3
}

/// The format of a file, from its extension and content.
pub fn detect(ext: &str, text: &str) -> Format {
    if markdown::has_provenance(text) {
        return Format::Markdown;
    }
    if xml::is_goppc(head(text.trim_start_matches('\u{feff}'), 1024)) {
        return Format::Xml;
    }
    match ext {
        "html" | "htm" | "xhtml" | "shtml" | "xml" => return Format::Html,
        "md" | "markdown" | "mdown" | "mkd" => return Format::Markdown,
        _ => {}
    }
    if looks_like_html(text) {
        Format::Html
    } else if looks_like_markdown(text) || markdown::split_front_matter(text).1.len() < text.len() {
        Format::Markdown
    } else if plain::looks_numbered(text) {
        Format::Numbered
    } else {
        Format::Plain
    }
}

/// Reads `text` (already decoded and repaired) with the reader its format calls for.
pub fn parse(ext: &str, text: &str) -> Parsed {
    match detect(ext, text) {
        Format::Markdown => {
            let (front, text) = markdown::split_front_matter(text);
            let (prov, body) = markdown::split_provenance(text);
            let url = prov.url.or(front.url);
            Parsed {
                format: Some(Format::Markdown),
                blocks: markdown::read(body),
                domain: prov.domain.or_else(|| {
                    url.as_deref()
                        .and_then(crate::corpus::company::domain_of_url)
                }),
                url,
                archived: prov.archived.or(front.archived),
                page_title: front.title,
            }
        }
        Format::Xml => {
            let (blocks, meta) = xml::read(text);
            Parsed {
                format: Some(Format::Xml),
                blocks,
                domain: meta
                    .url
                    .as_deref()
                    .and_then(crate::corpus::company::domain_of_url),
                url: meta.url,
                archived: meta.downloaded.or(meta.updated),
                page_title: None,
            }
        }
        Format::Html => {
            let (blocks, meta) = html::read(text);
            Parsed {
                format: Some(Format::Html),
                blocks,
                page_title: meta.title,
                ..Parsed::default()
            }
        }
        Format::Plain | Format::Numbered => {
            let (blocks, format) = plain::read(text);
            Parsed {
                format: Some(format),
                blocks,
                page_title: plain::tab_title(text),
                ..Parsed::default()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection() {
        assert_eq!(
            detect(
                "txt",
                "> *The following text is extracted and transformed from the a.com privacy policy that was archived on 2014-06-29.*\n# T"
            ),
            Format::Markdown
        );
        assert_eq!(
            detect(
                "txt",
                "Title\n\nSection 1: Purpose\n\nBody.\n\nSection 2: Use\n\nBody.\n"
            ),
            Format::Numbered
        );
        assert_eq!(detect("txt", "Title\n\nBody text here.\n"), Format::Plain);
        assert_eq!(detect("", "<p>Hi</p><p>there</p><br>"), Format::Html);
        assert_eq!(detect("html", "plain"), Format::Html);
        assert_eq!(
            detect("xml", "<?xml version='1.0'?>\n<policy>\n<url>x</url>"),
            Format::Xml
        );
        assert_eq!(
            detect("txt", "# A\n\ntext\n\n## B\n\ntext"),
            Format::Markdown
        );
    }

    #[test]
    fn head_respects_char_boundaries() {
        assert_eq!(head("日本", 4), "日");
        assert_eq!(head("ab", 10), "ab");
    }
}
