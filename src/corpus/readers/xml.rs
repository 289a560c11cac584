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
    // `<item>` inside a `<paragraph>` but in no `<list>` marks a name inside a sentence
    // ("Online Data … is kept by <item>Ookla</item> for not more than 180 days"): its text runs
    // on in the sentence. Between paragraphs, items are a list's.
    let mut lists: u32 = 0;
    let mut in_paragraph = false;
    let mut inline_items: u32 = 0;
    // The list items of the paragraph being read, by index in `blocks`: a paragraph that
    // turns out to be one item alone is a paragraph ("<paragraph><item>We may update this
    // Notice …</item></paragraph>"), not a list of one.
    let mut paragraph_items: Vec<usize> = Vec::new();
    let mut paragraph_start = 0;
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
                // … unless nothing of the paragraph comes before it: items that open a
                // paragraph, one after the other ("<paragraph><item>We share … with service
                // providers …;</item> <item>We share … to law enforcement …;</item>"), are a
                // list's, each its own sentence.
                "item"
                    if lists == 0
                        && in_paragraph
                        && !in_title
                        && !inline.text.trim().is_empty() =>
                {
                    inline_items += 1
                }
                "paragraph" | "list" | "item" => {
                    if name == "list" {
                        lists += 1;
                    }
                    if name == "paragraph" {
                        in_paragraph = true;
                        paragraph_items.clear();
                        paragraph_start = blocks.len();
                    }
                    inline_items = 0;
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
                        // The corpus blanks some hosts out ("https://www.  .com"): an
                        // address with no host is none.
                        "url" => {
                            meta.url = Some(value)
                                .filter(|v| crate::corpus::company::domain_of_url(v).is_some())
                        }
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
                "item" if inline_items > 0 => inline_items -= 1,
                "item" if in_item => {
                    let text = std::mem::take(&mut inline).text;
                    let block = Block::new(
                        BlockKind::ListItem { depth: 0 },
                        format!("• {}", text.trim()),
                    );
                    if block.text.len() > "• ".len() {
                        if in_paragraph {
                            paragraph_items.push(blocks.len());
                        }
                        blocks.push(block);
                    }
                    in_item = false;
                }
                "paragraph" | "list" => {
                    if name == "list" {
                        lists = lists.saturating_sub(1);
                    }
                    inline_items = 0;
                    flush(&mut inline, &mut blocks, BlockKind::Paragraph);
                    if name == "paragraph" {
                        in_paragraph = false;
                        if let [only] = paragraph_items[..]
                            && only == paragraph_start
                            && blocks.len() == only + 1
                        {
                            let text = blocks[only].text.trim_start_matches("• ").to_string();
                            blocks[only] = Block::new(BlockKind::Paragraph, text);
                        }
                        paragraph_items.clear();
                    }
                }
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
    (join_run_in_titles(blocks), meta)
}

/// Punctuation that opens a paragraph only when it goes on from a title set in bold before it.
const RUN_ON: [char; 6] = [':', ';', ',', '-', '–', '—'];

/// GoPPC cuts bold leads off their sentences into `<title>`s of their own: "Right to erasure"
/// then "of personal data, within limited circumstances.", "Device attributes:" then
/// "information such as …", "Cookies" then "– We use cookies …". A paragraph that goes on in
/// lowercase is one sentence with its title, so the two are joined back: otherwise a reader
/// meets a section of half a sentence and clause detection a sentence without its subject. A
/// paragraph that opens with a dash or a colon before a sentence of its own keeps its heading
/// and loses the stray punctuation.
fn join_run_in_titles(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter().peekable();
    while let Some(mut block) = blocks.next() {
        let BlockKind::Heading(_) = block.kind else {
            out.push(block);
            continue;
        };
        let Some(next) = blocks.next_if(|b| b.kind == BlockKind::Paragraph) else {
            out.push(block);
            continue;
        };
        let rest = next
            .text
            .trim_start_matches(|c: char| RUN_ON.contains(&c) || c.is_whitespace());
        if goes_on_in_lowercase(rest) && !numbered(&block.text) {
            let joint = if next.text.starts_with([':', ';', ',']) {
                ""
            } else {
                " "
            };
            block.text = format!("{}{joint}{}", block.text.trim_end(), next.text);
            block.kind = BlockKind::Paragraph;
            out.push(block);
        } else if rest.len() < next.text.len() && !rest.is_empty() {
            out.push(block);
            out.push(Block::new(BlockKind::Paragraph, rest));
        } else {
            out.push(block);
            out.push(next);
        }
    }
    out
}

/// "of personal data" goes on from what came before; "iPhone users", "moneycontrol.com has"
/// and "We" do not.
fn goes_on_in_lowercase(text: &str) -> bool {
    let token = text.split_whitespace().next().unwrap_or("");
    let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.chars().next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
}

/// "6. Your information", "a. Interactive features", "(d) Social networks": a numbered title is
/// the policy's own section, whatever its first paragraph looks like.
fn numbered(title: &str) -> bool {
    let title = title.trim_start();
    let marker = title.split_whitespace().next().unwrap_or("");
    title.starts_with(|c: char| c.is_ascii_digit())
        || (marker.len() <= 4
            && (marker.ends_with(['.', ')']) || marker.starts_with('('))
            && marker.chars().any(|c| c.is_ascii_alphanumeric()))
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
    fn bold_leads_cut_into_titles_are_joined_back() {
        let xml = "<policy><segment><title>Your rights</title><paragraph>You have rights:</paragraph>\
            <segment><title tagname=\"strong\">Right to erasure</title><paragraph>of personal data, within limited circumstances.</paragraph></segment>\
            <segment><title tagname=\"strong\">Device attributes:</title><paragraph>information such as the operating system.</paragraph></segment>\
            <segment><title>Right to object</title><paragraph>: you can object to marketing.</paragraph></segment>\
            <segment><title>Compliance with Laws</title><paragraph>– We may disclose your information to courts.</paragraph></segment>\
            <segment><title>Apple</title><paragraph>iPhone users sign in with Apple.</paragraph></segment>\
            <segment><title>a. Features</title><paragraph>moneycontrol.com has features.</paragraph></segment>\
            <segment><title>6. Your information</title><paragraph>and your rights are set out here.</paragraph></segment></segment></policy>";
        let (blocks, _) = read(xml);
        let got = texts(&blocks);
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading(2), "Your rights"),
                (BlockKind::Paragraph, "You have rights:"),
                (
                    BlockKind::Paragraph,
                    "Right to erasure of personal data, within limited circumstances."
                ),
                (
                    BlockKind::Paragraph,
                    "Device attributes: information such as the operating system."
                ),
                (
                    BlockKind::Paragraph,
                    "Right to object: you can object to marketing."
                ),
                (BlockKind::Heading(3), "Compliance with Laws"),
                (
                    BlockKind::Paragraph,
                    "We may disclose your information to courts."
                ),
                (BlockKind::Heading(3), "Apple"),
                (BlockKind::Paragraph, "iPhone users sign in with Apple."),
                (BlockKind::Heading(3), "a. Features"),
                (BlockKind::Paragraph, "moneycontrol.com has features."),
                (BlockKind::Heading(3), "6. Your information"),
                (BlockKind::Paragraph, "and your rights are set out here."),
            ]
        );
    }

    #[test]
    fn an_address_with_its_host_blanked_out_is_none() {
        let (_, meta) =
            read("<policy><url>https://www.  .com</url><paragraph>Text.</paragraph></policy>");
        assert_eq!(meta.url, None);
        let (_, meta) = read("<policy><url>https://www.ladbible.com/privacy</url></policy>");
        assert_eq!(
            meta.url.as_deref(),
            Some("https://www.ladbible.com/privacy")
        );
    }

    #[test]
    fn mismatched_tags_still_read() {
        let xml = "<policy><segment><title>A</title><paragraph>one <list><item>x</item></paragraph></list><segment><title>B</title><paragraph>Two.</paragraph></policy>";
        let (blocks, _) = read(xml);
        assert!(blocks.iter().any(|b| b.text == "B"));
        assert!(blocks.iter().any(|b| b.text == "Two."));
    }

    #[test]
    fn an_item_outside_a_list_is_a_name_inside_its_sentence() {
        let xml = "<policy><segment><title>Retention</title><paragraph>Online Data is kept by <item>Ookla</item> for not more than 180 days. <list><item>one</item><item>two</item></list></paragraph><item>three</item></segment></policy>";
        let (blocks, _) = read(xml);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.contains(&"Online Data is kept by Ookla for not more than 180 days."),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"• one") && texts.contains(&"• two"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"• three"),
            "items between paragraphs are a list's: {texts:?}"
        );
        // Items that open their paragraph are a list's (a lawyer's trial: they ran together
        // into one sentence).
        let xml = "<policy><paragraph><item>We share data with vendors;</item> <item>We share data with the police;</item></paragraph></policy>";
        let (blocks, _) = read(xml);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "• We share data with vendors;",
                "• We share data with the police;"
            ]
        );
        // One alone is the paragraph.
        let xml = "<policy><paragraph><item>We may update this notice.</item></paragraph></policy>";
        let (blocks, _) = read(xml);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "We may update this notice.");
        assert_eq!(blocks[0].kind, BlockKind::Paragraph);
    }
}
