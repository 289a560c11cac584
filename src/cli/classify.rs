//! `policytui classify`: clause detection as a filter. JSON lines in
//! (`{"id": …, "text": "…"}`), one JSON line out per input line; a bad line gets an error
//! object and the stream goes on.

use std::io::{BufRead, BufWriter, Write};

use anyhow::Result;
use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::json::ClauseJson;
use crate::clauses::detector;

#[derive(Args, Debug)]
pub struct ClassifyArgs {}

/// An input line's `id`: a number is given back as it was written, digit for digit
/// (`123456789012345678901234567890`, `1e2`, `-0`), not as the float a parse makes of it, so
/// that outputs join to inputs on it; anything else as JSON written afresh, so that a string's
/// terminal escapes and bidi controls are escaped, never echoed raw. `None` is `null`.
type Id = Option<IdValue>;

#[derive(Serialize)]
#[serde(untagged)]
enum IdValue {
    /// Digits, a sign, a point, an exponent: nothing a terminal acts on.
    Number(Box<RawValue>),
    Other(Value),
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a Id,
    clauses: Vec<ClauseJson<'a>>,
}

#[derive(Serialize)]
struct ErrorOutput<'a> {
    id: &'a Id,
    error: String,
}

/// The `id` of the first JSON value of `s`, if it is an object that has one.
fn id_in(s: &str) -> Id {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<Box<RawValue>>,
    }
    let raw = match serde_json::Deserializer::from_str(s)
        .into_iter::<IdOnly>()
        .next()
    {
        Some(Ok(o)) => o.id?,
        // An object that names its id twice ('{"id":21,"id":22,…}'), which the line's own
        // parse reads as the last: so is the id.
        Some(Err(_)) => {
            let value: Value = serde_json::Deserializer::from_str(s)
                .into_iter::<Value>()
                .next()?
                .ok()?;
            return value.get("id").cloned().map(IdValue::Other);
        }
        None => return None,
    };
    if raw
        .get()
        .starts_with(|c: char| c == '-' || c.is_ascii_digit())
    {
        Some(IdValue::Number(raw))
    } else {
        serde_json::from_str(raw.get()).ok().map(IdValue::Other)
    }
}

/// The JSON object a line holds, or an error, with the line's `id` when it can be read even
/// so (from the line decoded leniently, or from an object followed by other text), so that a
/// bad line can still be matched to its input.
fn parse_line(line: &[u8]) -> Result<(Value, Id), (Id, String)> {
    let Ok(text) = std::str::from_utf8(line) else {
        let lossy = String::from_utf8_lossy(line);
        return Err((id_in(&lossy), "line is not valid UTF-8".to_string()));
    };
    match serde_json::from_str(text) {
        Ok(v) => Ok((v, id_in(text))),
        Err(e) => {
            if let Some(repaired) = without_lone_surrogates(text) {
                let error =
                    "not JSON: a lone surrogate escape (\\ud800 to \\udfff) is no character"
                        .to_string();
                return Err((id_in(&repaired), error));
            }
            let error = if e.is_syntax() && e.to_string().starts_with("trailing characters") {
                "not JSON: other text after the object".to_string()
            } else {
                format!("not JSON: {e}")
            };
            Err((id_in(text), error))
        }
    }
}

/// `text` with each `\uXXXX` escape of half a surrogate pair that has no other half made
/// `\ufffd`, if it holds any: serde calls such a line's fault "unexpected end of hex escape",
/// which says nothing to the writer of the line, and loses its `id`.
fn without_lone_surrogates(text: &str) -> Option<String> {
    let unit = |at: usize| -> Option<u16> {
        let hex = text.get(at..at + 6)?.strip_prefix("\\u")?;
        u16::from_str_radix(hex, 16).ok()
    };
    let (mut out, mut last, mut found) = (String::new(), 0, false);
    let mut i = 0;
    while let Some(k) = text[i..].find("\\u") {
        let at = i + k;
        // An escaped backslash before it ("\\\\u") makes it no escape.
        let backslashes = text[..at].bytes().rev().take_while(|&b| b == b'\\').count();
        i = at + 2;
        if backslashes % 2 == 1 {
            continue;
        }
        let Some(u) = unit(at) else { continue };
        let lone = match u {
            0xD800..=0xDBFF => !unit(at + 6).is_some_and(|v| (0xDC00..=0xDFFF).contains(&v)),
            0xDC00..=0xDFFF => {
                !(at >= 6 && unit(at - 6).is_some_and(|v| (0xD800..=0xDBFF).contains(&v)))
            }
            _ => false,
        };
        if lone {
            out.push_str(&text[last..at]);
            out.push_str("\\ufffd");
            last = at + 6;
            found = true;
            i = last;
        }
    }
    found.then(|| out + &text[last..])
}

/// Classifies one input line, writing its output line.
/// Writes the answer to one input line; `Ok(false)` where the line got an error object.
fn line_output(line: &[u8], out: &mut impl Write) -> std::io::Result<bool> {
    let (value, id) = match parse_line(line) {
        Ok(parsed) => parsed,
        Err((id, error)) => {
            super::json::write(&mut *out, &ErrorOutput { id: &id, error })?;
            out.write_all(b"\n")?;
            return Ok(false);
        }
    };
    let id = &id;
    let classified = match value.get("text").and_then(Value::as_str) {
        Some(text) => {
            let found = detector().detect(text);
            let clauses = found.iter().map(ClauseJson::from).collect();
            super::json::write(&mut *out, &Output { id, clauses })?;
            true
        }
        None => {
            let error = "no \"text\" string in the object".to_string();
            super::json::write(&mut *out, &ErrorOutput { id, error })?;
            false
        }
    };
    out.write_all(b"\n")?;
    Ok(classified)
}

/// The stderr line that says how many input lines got an error object, and which (the first
/// few, by line number): a script reading only the exit status would not know.
fn failures_note(failed: &[usize], lines: usize) -> String {
    const SHOWN: usize = 5;
    let mut which: Vec<String> = failed.iter().take(SHOWN).map(usize::to_string).collect();
    if failed.len() > SHOWN {
        which.push("…".to_string());
    }
    let line = if failed.len() == 1 { "line" } else { "lines" };
    format!(
        "{} of {lines} input lines were not classified ({line} {}); each has an {{\"id\", \"error\"}} line in the output",
        failed.len(),
        which.join(", ")
    )
}

pub fn run(_args: &ClassifyArgs, global: &super::Global) -> Result<()> {
    let mut input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let (mut number, mut lines, mut failed) = (0, 0, Vec::new());
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        // A byte-order mark, as editors on Windows write at the head of a file, is no JSON.
        let trimmed = line.trim_ascii();
        let trimmed = trimmed
            .strip_prefix("\u{feff}".as_bytes())
            .unwrap_or(trimmed);
        if trimmed.is_empty() {
            continue;
        }
        lines += 1;
        if !line_output(trimmed, &mut out)? {
            failed.push(number);
        }
        // Interactive use (one line at a time through a pipe) gets each answer at once.
        if input.buffer().is_empty() {
            out.flush()?;
        }
    }
    out.flush()?;
    if !failed.is_empty() && !global.quiet {
        let styles = super::output::Styles::for_stderr(global.color);
        eprintln!(
            "{} {}",
            styles.warning("note:"),
            failures_note(&failed, lines)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(line: &str) -> Value {
        let mut out = Vec::new();
        line_output(line.as_bytes(), &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn lines_not_classified_are_counted_by_number() {
        assert_eq!(
            failures_note(&[3], 10),
            "1 of 10 input lines were not classified (line 3); each has an {\"id\", \"error\"} line in the output"
        );
        let many = failures_note(&[1, 2, 3, 4, 5, 6, 7], 7);
        assert!(
            many.starts_with("7 of 7 input lines were not classified (lines 1, 2, 3, 4, 5, …)"),
            "{many}"
        );
        let mut out = Vec::new();
        assert!(!line_output(b"{not json", &mut out).unwrap());
        assert!(!line_output(br#"{"id": 1}"#, &mut out).unwrap());
        assert!(line_output(br#"{"id": 1, "text": "We sell data."}"#, &mut out).unwrap());
    }

    #[test]
    fn an_id_comes_back_as_it_was_written() {
        for id in [
            "123456789012345678901234567890",
            "1e2",
            "-0",
            "0.10",
            r#""plain""#,
            r#"{"k":[1,2]}"#,
            "null",
        ] {
            for line in [
                format!(r#"{{"id":{id},"text":"We sell data."}}"#),
                format!(r#"{{"id":{id},"text":5}}"#),
                format!(r#"{{"id":{id},"text":"x"}} trailing"#),
            ] {
                let mut out = Vec::new();
                line_output(line.as_bytes(), &mut out).unwrap();
                let out = String::from_utf8(out).unwrap();
                assert!(
                    out.starts_with(&format!("{{\"id\":{id},")),
                    "{line} → {out}"
                );
            }
        }
    }

    #[test]
    fn good_and_bad_lines() {
        let v = classify(r#"{"id": "a", "text": "We will not sell your personal information."}"#);
        assert_eq!(v["id"], "a");
        assert_eq!(v["clauses"][0]["kind"], "no-sale");
        assert_eq!(v["clauses"][0]["start"], 0);
        let v = classify(r#"{"id": 7, "nope": 1}"#);
        assert_eq!(v["id"], 7);
        assert!(v["error"].as_str().unwrap().contains("text"));
        let v = classify("not json");
        assert!(v["id"].is_null());
        let mut out = Vec::new();
        line_output(b"\xff\xfe", &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("UTF-8"));
    }

    #[test]
    fn an_id_named_twice_is_the_last_as_the_line_is_read() {
        let v = classify(r#"{"id":21,"id":22,"text":"We sell your data."}"#);
        assert_eq!(v["id"], 22, "{v}");
    }

    #[test]
    fn a_bad_line_keeps_its_id_when_it_can() {
        let mut out = Vec::new();
        line_output(b"{\"id\": \"x1\", \"text\": \"caf\xe9\"}", &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["id"], "x1");
        assert!(v["error"].as_str().unwrap().contains("UTF-8"));
        let v = classify(r#"{"id": 3, "text": "We sell data."} trailing"#);
        assert_eq!(v["id"], 3);
        assert_eq!(v["error"], "not JSON: other text after the object");
        let v = classify(r#"{"id": 4, "text": "unterminated"#);
        assert!(v["id"].is_null(), "no whole object to take it from");
        let v = classify(r#"{"id": 5, "text": "abc \ud800 def"}"#);
        assert_eq!(v["id"], 5);
        assert!(
            v["error"].as_str().unwrap().contains("lone surrogate"),
            "{v}"
        );
        // A pair is one character, and an escaped backslash makes no escape.
        let v = classify(r#"{"id": 6, "text": "\ud83d\ude00 We sell your data."}"#);
        assert!(v["error"].is_null(), "{v}");
        let v = classify(r#"{"id": 7, "text": "\\ud800"}"#);
        assert!(v["error"].is_null(), "{v}");
    }
}
