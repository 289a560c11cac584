//! A forgiving tag tokenizer for HTML and the GoPPC XML. Crawled markup is broken in every way
//! (unclosed tags, `<strPBS.org`, stray `<`), and all the readers need is which tags open and
//! close around which text, so this never fails: anything it cannot read as a tag is text.

use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// Tag name lowercased; `attrs` is the raw attribute text.
    Start {
        name: String,
        attrs: &'a str,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// Raw text, entities not yet decoded (see [`decode_entities`]).
    Text(&'a str),
}

/// Elements whose content is not markup; read verbatim up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

pub struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    raw_end: Option<String>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(src: &'a str) -> Tokenizer<'a> {
        Tokenizer {
            src,
            pos: 0,
            raw_end: None,
        }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn raw_text(&mut self, name: &str) -> Token<'a> {
        let rest = self.rest();
        let needle = format!("</{name}");
        let end = find_ascii_ci(rest, &needle).unwrap_or(rest.len());
        self.pos += end;
        Token::Text(&rest[..end])
    }

    /// Skips a comment, doctype or processing instruction at the cursor. Returns false if the
    /// cursor is not at one.
    fn skip_declaration(&mut self) -> bool {
        let rest = self.rest();
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").map_or(after.len(), |i| i + 3);
            self.pos += 4 + end;
            return true;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            // CDATA content is text; emit it by moving past the marker only.
            let _ = after;
            self.pos += "<![CDATA[".len();
            return true;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            self.pos += end;
            return true;
        }
        false
    }

    /// Reads a tag at the cursor (which is at `<`). `None` if this `<` does not start a tag.
    fn tag(&mut self) -> Option<Token<'a>> {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let closing = bytes.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_end = rest[name_start..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .map_or(rest.len(), |i| name_start + i);
        let end = tag_end(rest, name_end);
        let name = rest[name_start..name_end].to_ascii_lowercase();
        let inner_end = if end > 0 && rest.as_bytes()[end - 1] == b'>' {
            end - 1
        } else {
            end
        };
        let attrs = &rest[name_end..inner_end.max(name_end)];
        self.pos += end;
        if closing {
            return Some(Token::End { name });
        }
        let self_closing = attrs.trim_end().ends_with('/');
        if !self_closing && RAW_TEXT.contains(&name.as_str()) {
            self.raw_end = Some(name.clone());
        }
        Some(Token::Start {
            name,
            attrs,
            self_closing,
        })
    }
}

/// End of the tag starting at 0, honouring quoted attribute values; the whole rest if the tag
/// never closes.
fn tag_end(s: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in s.as_bytes().iter().enumerate().skip(from) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    // Unterminated quote: fall back to the first `>` so one stray quote cannot eat the page.
    s[from..].find('>').map_or(s.len(), |i| from + i + 1)
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw_end.take() {
            let token = self.raw_text(&name);
            if token != Token::Text("") {
                return Some(token);
            }
        }
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if rest.starts_with('<') {
                if self.skip_declaration() {
                    continue;
                }
                if let Some(token) = self.tag() {
                    return Some(token);
                }
            }
            // Text up to the next `<` that could start something (at least one byte).
            let first = rest.chars().next().map_or(1, char::len_utf8);
            let next_lt = rest[first..].find('<').map_or(rest.len(), |i| i + first);
            let text = &rest[..next_lt];
            self.pos += next_lt;
            let text = text.strip_suffix("]]>").unwrap_or(text);
            return Some(Token::Text(text));
        }
    }
}

/// Decodes character references (`&amp;`, `&#8217;`, `&nbsp;`…).
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if text.contains('&') {
        html_escape::decode_html_entities(text)
    } else {
        Cow::Borrowed(text)
    }
}

/// Text content of a markup fragment, tags dropped (for raw HTML inside markdown).
pub fn strip_tags(fragment: &str) -> String {
    let mut out = String::new();
    let mut skip: Option<String> = None;
    for token in Tokenizer::new(fragment) {
        match token {
            Token::Text(t) if skip.is_none() => out.push_str(&decode_entities(t)),
            Token::Start { name, .. } if name == "script" || name == "style" => skip = Some(name),
            Token::End { name } if skip.as_deref() == Some(name.as_str()) => skip = None,
            Token::Start { name, .. } if name == "br" || name == "p" || name == "div" => {
                out.push(' ')
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Token<'_>> {
        Tokenizer::new(s).collect()
    }

    #[test]
    fn tags_and_text() {
        assert_eq!(
            tokens("<p class=\"a>b\">Hi <b>you</b></p>"),
            vec![
                Token::Start {
                    name: "p".into(),
                    attrs: " class=\"a>b\"",
                    self_closing: false
                },
                Token::Text("Hi "),
                Token::Start {
                    name: "b".into(),
                    attrs: "",
                    self_closing: false
                },
                Token::Text("you"),
                Token::End { name: "b".into() },
                Token::End { name: "p".into() },
            ]
        );
    }

    #[test]
    fn script_content_is_raw() {
        let t = tokens("<script>if (a<b) x()</script>after");
        assert_eq!(t[1], Token::Text("if (a<b) x()"));
        assert_eq!(
            t[2],
            Token::End {
                name: "script".into()
            }
        );
        assert_eq!(t[3], Token::Text("after"));
    }

    #[test]
    fn broken_markup_never_fails() {
        for s in [
            "<",
            "a < b",
            "<strPBS.org <br> <br> 2100 Crystal",
            "<!-- open",
            "<p",
            "</",
            "<a href='x",
            "&",
            "<![CDATA[x]]>",
            "<<<>>>",
            "<é>",
            "<script>",
        ] {
            let _ = tokens(s);
            let _ = strip_tags(s);
        }
        assert_eq!(strip_tags("a < b"), "a < b");
        assert_eq!(strip_tags("x<!-- c -->y"), "xy");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("Tom &amp; Jerry&#8217;s &nbsp;x"),
            "Tom & Jerry’s \u{a0}x"
        );
    }
}
