//! JSON output that is safe to print to a terminal. serde_json escapes C0 controls but writes
//! DEL, C1 controls (single-code-point CSI and OSC), bidi overrides and zero-width characters
//! raw; file names and classified text can carry them. Here they are `\uXXXX` escapes: the
//! values a parser reads back are unchanged, only their spelling is.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::clauses::{ClauseMatch, Valence};
use crate::corpus::sanitize::is_safe_char;

/// A clause as `classify` and `show --json --clauses` write it: byte offsets into the text
/// given (`classify`) or the policy's text (`show`).
#[derive(Serialize)]
pub struct ClauseJson<'a> {
    pub kind: &'a str,
    pub valence: Valence,
    pub start: usize,
    pub end: usize,
    pub trigger: &'a str,
}

impl<'a> From<&'a ClauseMatch> for ClauseJson<'a> {
    fn from(m: &'a ClauseMatch) -> Self {
        ClauseJson {
            kind: &m.kind,
            valence: m.valence,
            start: m.start,
            end: m.end,
            trigger: &m.trigger,
        }
    }
}

/// Wraps a formatter, escaping what a terminal could act on.
struct Safe<F>(F);

fn escape_unsafe<W: ?Sized + Write>(writer: &mut W, fragment: &str) -> io::Result<()> {
    let mut start = 0;
    for (i, c) in fragment.char_indices() {
        if is_safe_char(c) {
            continue;
        }
        writer.write_all(&fragment.as_bytes()[start..i])?;
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            write!(writer, "\\u{unit:04x}")?;
        }
        start = i + c.len_utf8();
    }
    writer.write_all(&fragment.as_bytes()[start..])
}

macro_rules! delegate {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
                self.0.$name(writer)
            }
        )*
    };
}

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        escape_unsafe(writer, fragment)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    delegate!(
        begin_array,
        end_array,
        end_array_value,
        begin_object,
        end_object,
        end_object_key,
        begin_object_value,
        end_object_value,
    );
}

/// Writes `value` as one line of JSON.
pub fn write<W: Write, T: Serialize + ?Sized>(writer: W, value: &T) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe(CompactFormatter));
    value.serialize(&mut ser)
}

/// Writes `value` as indented JSON.
pub fn write_pretty<W: Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe(PrettyFormatter::new()));
    value.serialize(&mut ser)
}

/// `value` as indented JSON text.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    write_pretty(&mut out, value)?;
    // Only valid UTF-8 is ever written: strings are `str`, escapes are ASCII.
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn terminal_controls_are_escaped_and_read_back_unchanged() {
        let hostile = "a\u{1b}]0;title\u{7}b\u{7f}c\u{9b}31m\u{202e}d\u{200b}e\u{e0041}f\n";
        let mut out = Vec::new();
        super::write(&mut out, &serde_json::json!({ "t": hostile })).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.chars()
                .all(|c| c.is_ascii_graphic() || c == ' ' || c.is_alphanumeric()),
            "{text}"
        );
        assert!(text.contains("\\u007f") && text.contains("\\u009b") && text.contains("\\u202e"));
        assert!(text.contains("\\udb40\\udc41"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["t"], hostile);
    }
}
