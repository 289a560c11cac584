//! GoPPC-150 XML: `<policy>` with `<url>`, `<update_time>`, `<download_time>`, then
//! `<paragraph>`s and nested `<segment>`s, each with a `<title>`. The nesting is the policy's
//! labelled heading structure, so it defines the sections directly. About one file in ten is
//! not well-formed; the lenient tokenizer reads those too.

use super::inline::Inline;
use super::markup::{Token, Tokenizer, decode_entities};
use crate::corpus::layout::{Block, BlockKind};
use crate::corpus::sanitize::clean_inline;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct XmlMeta {
    pub url: Option<String>,
    /// `YYYY-MM-DD` from `<update_time>` (the policy's own date).
    pub updated: Option<String>,
    /// `YYYY-MM-DD` from `<download_time>` (when it was collected).
    pub downloaded: Option<String>,
}

/// True when the text is a GoPPC policy document.
pub fn is_goppc(text: &str) -> bool {
    let head = super::head(text, 512);
    head.contains("<policy") && (head.contains("<url") || head.contains("<segment"))
}

/// "2021/02/04" → "2021-02-04".
fn iso_date(raw: &str) -> Option<String> {
    let parts: Vec<&str> = raw
        .trim()
        .split(['/', '-', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

pub fn read(xml: &str) -> (Vec<Block>, XmlMeta) {
    let mut blocks = Vec::new();
    let mut meta = XmlMeta::default();
    let mut inline = Inline::default();
    let mut depth: u8 = 0;
    let mut field: Option<String> = None;
    let mut field_text = String::new();
    let mut in_title = false;
    let mut in_item = false;
    let flush = |inline: &mut Inline, blocks: &mut Vec<Block>, kind: BlockKind| {
        let text = std::mem::take(inline).text;
        let block = Block::new(kind, text);
        if !block.text.is_empty() {
            blocks.push(block);
        }
    };
    for token in Tokenizer::new(xml) {
        match token {
            Token::Start { name, .. } => match name.as_str() {
                "url" | "update_time" | "download_time" => {
                    field = Some(name);
                    field_text.clear();
                }
                "segment" => {
                    flush(&mut inline, &mut blocks, BlockKind::Paragraph);
                    depth = depth.saturating_add(1);
                }
                "title" => {
                    flush(&mut inline, &mut blocks, BlockKind::Paragraph);
                    in_title = true;
                }
                "paragraph" | "list" | "item" => {
                    // Some files nest the section's paragraphs inside its `<title>`: the title
                    // ends where its first paragraph starts.
                    let kind = if in_title {
                        in_title = false;
                        BlockKind::Heading(depth.saturating_add(1).clamp(2, 6))
                    } else {
                        BlockKind::Paragraph
                    };
                    flush(&mut inline, &mut blocks, kind);
                    in_item = name == "item";
                }
                _ => {}
            },
            Token::End { name } => match name.as_str() {
                "url" | "update_time" | "download_time" => {
                    let value = clean_inline(&field_text);
                    match name.as_str() {
                        "url" => meta.url = Some(value).filter(|v| !v.is_empty()),
                        "update_time" => meta.updated = iso_date(&value),
                        _ => meta.downloaded = iso_date(&value),
                    }
                    field = None;
                }
                "segment" => {
                    flush(&mut inline, &mut blocks, BlockKind::Paragraph);
                    depth = depth.saturating_sub(1);
                }
                "title" => {
                    let kind = if in_title {
                        BlockKind::Heading(depth.saturating_add(1).clamp(2, 6))
                    } else {
                        BlockKind::Paragraph
                    };
                    flush(&mut inline, &mut blocks, kind);
                    in_title = false;
                }
                "item" if in_item => {
                    let text = std::mem::take(&mut inline).text;
                    let block = Block::new(
                        BlockKind::ListItem { depth: 0 },
                        format!("• {}", text.trim()),
                    );
                    if block.text.len() > "• ".len() {
                        blocks.push(block);
                    }
                    in_item = false;
                }
                "paragraph" | "list" => flush(&mut inline, &mut blocks, BlockKind::Paragraph),
                _ => {}
            },
            Token::Text(t) => {
                let decoded = decode_entities(t);
                if field.is_some() {
                    field_text.push_str(&decoded);
                } else {
                    inline.push(&decoded, false);
                }
            }
        }
    }
    flush(&mut inline, &mut blocks, BlockKind::Paragraph);
    (blocks, meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::testing::texts;

    #[test]
    fn goppc_structure() {
        let xml = "\u{feff}<?xml version='1.0' encoding='utf-8'?>\n<policy>\n<url>https://policies.google.com/privacy?gl=DE&amp;hl=en-GB</url>\n<update_time>2021/02/04</update_time>\n<download_time>2021/02/18</download_time>\n<paragraph category=\"\">Intro text. Our services include: <list><item>Search</item> <item>Maps</item></list> More intro.</paragraph>\n<segment><title depth=\"3\" tagname=\"h1\">Information we collect</title><paragraph>We collect data.</paragraph><segment><title>Things you create</title><paragraph>Emails.</paragraph></segment></segment></policy>";
        assert!(is_goppc(xml));
        let (blocks, meta) = read(xml);
        assert_eq!(
            meta.url.as_deref(),
            Some("https://policies.google.com/privacy?gl=DE&hl=en-GB")
        );
        assert_eq!(meta.updated.as_deref(), Some("2021-02-04"));
        assert_eq!(meta.downloaded.as_deref(), Some("2021-02-18"));
        let got = texts(&blocks);
        assert_eq!(
            got,
            vec![
                (BlockKind::Paragraph, "Intro text. Our services include:"),
                (BlockKind::ListItem { depth: 0 }, "• Search"),
                (BlockKind::ListItem { depth: 0 }, "• Maps"),
                (BlockKind::Paragraph, "More intro."),
                (BlockKind::Heading(2), "Information we collect"),
                (BlockKind::Paragraph, "We collect data."),
                (BlockKind::Heading(3), "Things you create"),
                (BlockKind::Paragraph, "Emails."),
            ]
        );
    }

    #[test]
    fn paragraphs_nested_in_titles() {
        let xml = "<policy><segment><title depth=\"1\">Introduction<paragraph>This policy explains.</paragraph><paragraph>More.</paragraph></title></segment></policy>";
        let (blocks, _) = read(xml);
        let got = texts(&blocks);
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading(2), "Introduction"),
                (BlockKind::Paragraph, "This policy explains."),
                (BlockKind::Paragraph, "More."),
            ]
        );
    }

    #[test]
    fn mismatched_tags_still_read() {
        let xml = "<policy><segment><title>A</title><paragraph>one <list><item>x</item></paragraph></list><segment><title>B</title><paragraph>two</paragraph></policy>";
        let (blocks, _) = read(xml);
        assert!(blocks.iter().any(|b| b.text == "B"));
        assert!(blocks.iter().any(|b| b.text == "two"));
    }
}
