//! HTML: saved web pages (h1–h6, lists, tables; scripts, styles and site chrome dropped) and the
//! OPP-115 sanitized policies (`|||` between segments, `<strong>` headings, `<br>` breaks).

use super::inline::Inline;
use super::markup::{Token, Tokenizer, decode_entities};
use crate::corpus::headings::promote;
use crate::corpus::layout::{Block, BlockKind};

/// Elements whose content is never policy text.
const SKIP_ALWAYS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea",
    "iframe", "object", "canvas",
];
/// Site chrome around the policy. Dropped, unless that would leave nothing (a page that never
/// closes its `<header>`).
const SKIP_CHROME: &[&str] = &["nav", "header", "footer", "aside", "form"];
/// Words in an element's `id`, `class` or `role` that mark it as chrome too: cookie banners
/// ("We use cookies … By continuing to browse you agree"), whose sentences would read as the
/// policy's own tracking and consent by use, and breadcrumbs ("Home › Legal › Privacy").
/// Not "cookie-notice" or "cookie-policy": a policy's own section may be called that.
const CHROME_MARKS: &[&str] = &[
    "cookie-banner",
    "cookie_banner",
    "cookiebanner",
    "cookie-consent",
    "cookie_consent",
    "cookieconsent",
    "cookie-bar",
    "cookiebar",
    "consent-banner",
    "consent_banner",
    "onetrust",
    "cc-window",
    "cc-banner",
    "breadcrumb",
    "role=\"navigation\"",
    "role=\"banner\"",
    "role=\"contentinfo\"",
];

/// True when a start tag's raw attributes mark its element as site chrome ([`CHROME_MARKS`]).
fn chrome_by_attrs(attrs: &str) -> bool {
    if attrs.is_empty() {
        return false;
    }
    let attrs = attrs.to_ascii_lowercase();
    CHROME_MARKS.iter().any(|m| attrs.contains(m))
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "pre",
    "address",
    "figure",
    "figcaption",
    "hr",
    "center",
    "body",
    "html",
    "fieldset",
    "details",
    "summary",
];

/// What the page says about itself besides its text.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct HtmlMeta {
    /// Content of `<title>`.
    pub title: Option<String>,
}

struct Walker {
    blocks: Vec<Block>,
    inline: Inline,
    bold: usize,
    skip: Vec<String>,
    lists: Vec<Option<u64>>,
    item_marker: Option<String>,
    heading: Option<u8>,
    row: Option<Vec<String>>,
    title: Option<String>,
    in_title: bool,
    skip_chrome: bool,
}

impl Walker {
    fn flush(&mut self) {
        if let Some(level) = self.heading {
            if self.inline.is_empty() {
                return;
            }
            let text = std::mem::take(&mut self.inline).text;
            let kind = if level == 1 && self.blocks.is_empty() {
                BlockKind::Title
            } else {
                BlockKind::Heading(level)
            };
            self.blocks.push(Block::new(kind, text));
            return;
        }
        if let Some(marker) = self.item_marker.as_ref() {
            if !self.inline.is_empty() {
                let depth = self.lists.len().saturating_sub(1).min(8) as u8;
                let text = std::mem::take(&mut self.inline).text;
                self.blocks.push(Block::new(
                    BlockKind::ListItem { depth },
                    format!("{marker} {}", text.trim()),
                ));
                // Further text in the same item (after a nested block) continues it.
                self.item_marker = Some("   ".into());
            }
            return;
        }
        if let Some(block) = self.inline.take(BlockKind::Paragraph) {
            self.blocks.push(block);
        }
    }

    fn text(&mut self, raw: &str) {
        if self.in_title {
            let t = decode_entities(raw);
            self.title.get_or_insert_with(String::new).push_str(&t);
            return;
        }
        if !self.skip.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        if let Some(row) = self.row.as_mut() {
            if let Some(cell) = row.last_mut() {
                cell.push_str(&decoded);
            }
            return;
        }
        // OPP-115 separates annotated segments with `|||`.
        let mut parts = decoded.split("|||").peekable();
        while let Some(part) = parts.next() {
            self.inline.push(part, self.bold > 0);
            if parts.peek().is_some() {
                self.flush();
            }
        }
    }

    fn start(&mut self, name: &str, attrs: &str, self_closing: bool) {
        let chrome = self.skip_chrome && (SKIP_CHROME.contains(&name) || chrome_by_attrs(attrs));
        if SKIP_ALWAYS.contains(&name) || chrome {
            if !self_closing {
                self.skip.push(name.to_string());
            }
            return;
        }
        if name == "title" {
            self.in_title = true;
            return;
        }
        if name == "head" {
            self.skip.push(name.to_string());
            return;
        }
        if !self.skip.is_empty() {
            // An element of the kind being skipped, inside it, is counted, so the skip ends at
            // its own end tag (a cookie banner's `<div>` holds `<div>`s).
            if !self_closing && self.skip.last().is_some_and(|s| s == name) {
                self.skip.push(name.to_string());
            }
            return;
        }
        match name {
            "br" => self.flush(),
            "b" | "strong" => {
                if self.bold == 0 {
                    self.inline.open_bold();
                }
                self.bold += 1;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.heading = Some(name.as_bytes()[1] - b'0');
            }
            "ul" | "ol" | "menu" => {
                self.flush();
                self.lists.push((name == "ol").then_some(1));
                self.item_marker = None;
            }
            "li" => {
                self.flush();
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
            "tr" => {
                self.flush();
                self.row = Some(Vec::new());
            }
            "td" | "th" => {
                if let Some(row) = self.row.as_mut() {
                    row.push(String::new());
                }
            }
            "table" => self.flush(),
            _ if BLOCK_TAGS.contains(&name) => self.flush(),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(pos) = self.skip.iter().rposition(|s| s == name) {
            self.skip.truncate(pos);
            return;
        }
        if name == "title" {
            self.in_title = false;
            return;
        }
        if !self.skip.is_empty() {
            return;
        }
        match name {
            "b" | "strong" => {
                self.bold = self.bold.saturating_sub(1);
                if self.bold == 0 {
                    self.inline.close_bold();
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.heading = None;
            }
            "li" => {
                self.flush();
                self.item_marker = None;
            }
            "ul" | "ol" | "menu" => {
                self.flush();
                self.lists.pop();
                self.item_marker = None;
            }
            "tr" => {
                if let Some(row) = self.row.take() {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                        .filter(|c| !c.is_empty())
                        .collect();
                    if !cells.is_empty() {
                        self.blocks
                            .push(Block::new(BlockKind::Row, cells.join(" | ")));
                    }
                }
            }
            "table" => {
                self.row = None;
            }
            _ if BLOCK_TAGS.contains(&name) => self.flush(),
            _ => {}
        }
    }
}

fn walk(html: &str, skip_chrome: bool) -> (Vec<Block>, HtmlMeta) {
    let mut w = Walker {
        blocks: Vec::new(),
        inline: Inline::default(),
        bold: 0,
        skip: Vec::new(),
        lists: Vec::new(),
        item_marker: None,
        heading: None,
        row: None,
        title: None,
        in_title: false,
        skip_chrome,
    };
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(t) => w.text(t),
            Token::Start {
                name,
                attrs,
                self_closing,
            } => {
                // `<body>` ends an unclosed `<head>`.
                if name == "body" {
                    w.skip.retain(|s| s != "head");
                }
                w.start(&name, attrs, self_closing);
            }
            Token::End { name } => w.end(&name),
        }
    }
    w.heading = None;
    w.flush();
    let title = w
        .title
        .map(|t| crate::corpus::sanitize::clean_inline(&t))
        .filter(|t| !t.is_empty());
    (w.blocks, HtmlMeta { title })
}

/// Reads an HTML page into blocks.
pub fn read(html: &str) -> (Vec<Block>, HtmlMeta) {
    let (mut blocks, meta) = walk(html, true);
    let text_len: usize = blocks.iter().map(|b| b.text.len()).sum();
    if text_len < 200 {
        let (all, _) = walk(html, false);
        let all_len: usize = all.iter().map(|b| b.text.len()).sum();
        if all_len > text_len * 2 {
            blocks = all;
        }
    }
    if !blocks
        .iter()
        .any(|b| matches!(b.kind, BlockKind::Heading(_)))
    {
        promote(&mut blocks);
    }
    (blocks, meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::testing::{outline, texts};

    #[test]
    fn web_page() {
        let html = "<html><head><title>Acme &amp; Co</title><style>p{}</style></head><body><nav>Home | About</nav><h1>Privacy</h1><p>We <b>never</b> sell&nbsp;data.</p><h2>Cookies</h2><ul><li>First</li><li>Second <i>item</i></li></ul><table><tr><th>Name</th><th>Use</th></tr><tr><td>sid</td><td>session</td></tr></table><script>var x = '<p>no</p>';</script><footer>© Acme</footer></body></html>";
        let (blocks, meta) = read(html);
        assert_eq!(meta.title.as_deref(), Some("Acme & Co"));
        assert_eq!(
            texts(&blocks),
            vec![
                (BlockKind::Title, "Privacy"),
                (BlockKind::Paragraph, "We never sell data."),
                (BlockKind::Heading(2), "Cookies"),
                (BlockKind::ListItem { depth: 0 }, "• First"),
                (BlockKind::ListItem { depth: 0 }, "• Second item"),
                (BlockKind::Row, "Name | Use"),
                (BlockKind::Row, "sid | session"),
            ]
        );
    }

    /// A cookie banner and a breadcrumb are chrome, whatever element holds them; a policy's
    /// own section on cookies is not (found by a newcomer's trial: the banner's "By continuing
    /// to browse you agree" was the page's consent by use).
    #[test]
    fn cookie_banners_and_breadcrumbs_are_chrome() {
        let html = r##"<body><div id="cookie-banner" class="cookie-consent"><div><p>We use cookies. By continuing to browse you agree to our use of cookies.</p></div><a href="#">Accept all cookies</a></div><ol class="breadcrumb"><li>Home</li><li>Legal</li></ol><div class="content"><h1>Privacy</h1><p>We never sell data. We collect your name and email address when you register, and we use them only to run the service you asked for and to answer you.</p><div id="cookie-policy"><h2>Cookies</h2><p>We use cookies to remember you.</p></div></div></body>"##;
        let (blocks, _) = read(html);
        assert_eq!(
            texts(&blocks),
            vec![
                (BlockKind::Title, "Privacy"),
                (
                    BlockKind::Paragraph,
                    "We never sell data. We collect your name and email address when you register, and we use them only to run the service you asked for and to answer you."
                ),
                (BlockKind::Heading(2), "Cookies"),
                (BlockKind::Paragraph, "We use cookies to remember you."),
            ]
        );
    }

    #[test]
    fn opp115_segments() {
        let html = "RedOrbit, Inc. Privacy Statement <br> <br>|||This privacy statement covers the site. <br> <br>|||<strong> Information Collection and Use </strong> <br> <br> Information Collection <br> <br> RedOrbit, Inc. is the sole owner of the information collected. <br> <br>|||Registration <br> <br> In order to use this Web site, a user must first complete the form. <br> <br>";
        let (blocks, _) = read(html);
        let heads = outline(&blocks);
        assert_eq!(
            heads,
            vec![
                (BlockKind::Title, "RedOrbit, Inc. Privacy Statement"),
                (BlockKind::Heading(2), "Information Collection and Use"),
                (BlockKind::Heading(3), "Information Collection"),
                (BlockKind::Heading(3), "Registration"),
            ]
        );
    }

    #[test]
    fn unclosed_chrome_does_not_swallow_the_page() {
        let html = "<header><p>We collect your name and email address when you register, and we use it only to run the service you asked for. We never sell it to anyone, and we delete it when you close your account with us.</p>";
        let (blocks, _) = read(html);
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn broken_tag_in_opp115() {
        let (blocks, _) =
            read("<strPBS.org <br> <br> 2100 Crystal Drive <br> <br> Arlington, VA 22202");
        assert!(blocks.iter().any(|b| b.text.contains("Arlington")));
    }
}
