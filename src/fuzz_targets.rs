//! Entry points for fuzzing: each takes arbitrary bytes, runs one part of the program on them,
//! and panics if an invariant breaks (a span out of bounds or off a character boundary, an
//! unsafe character in text meant for a terminal). The cargo-fuzz targets in `fuzz/` and the
//! smoke test in `tests/fuzz_smoke.rs` call the same functions, so a crash found by one is a
//! regression test for the other.

use crate::clauses::Detector;
use crate::corpus::read::read_policy;
use crate::corpus::readers::{html, markdown, plain, xml};
use crate::corpus::sanitize::is_safe_char;
use crate::corpus::topics::TopicTable;
use crate::search::query::{parse, parse_as_you_type};

/// A fuzz target: arbitrary bytes in, a panic when an invariant breaks.
pub type Target = fn(&[u8]);

/// Every target by name, for tests and tools that iterate over them.
pub const TARGETS: &[(&str, Target)] = &[
    ("markdown", markdown_reader),
    ("plain", plain_reader),
    ("numbered", numbered_reader),
    ("html", html_reader),
    ("xml", xml_reader),
    ("query", query_parser),
    ("detector", clause_detector),
];

fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

#[track_caller]
fn check_range(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} splits a character"
    );
}

/// The whole path a file takes (decode, repair, detect, read, lay out, sections, topics),
/// with the file name deciding the reader where content does not.
fn whole_file(name: &str, data: &[u8]) {
    let Ok(loaded) = read_policy(name, data) else {
        return;
    };
    let p = &loaded.policy;
    for c in p.text.chars() {
        assert!(c == '\n' || is_safe_char(c), "unsafe {c:?} in policy text");
    }
    for field in [&p.company, &p.title] {
        assert!(
            field.chars().all(is_safe_char),
            "unsafe character in {field:?}"
        );
    }
    let mut previous_start = 0;
    for s in &p.sections {
        check_range(&p.text, s.span.start, s.span.end, "section");
        check_range(
            &p.text,
            s.span.start,
            s.body_start.max(s.span.start),
            "heading",
        );
        assert!(s.span.start >= previous_start, "sections out of order");
        previous_start = s.span.start;
    }
}

pub fn markdown_reader(data: &[u8]) {
    let _ = markdown::read(&text_of(data));
    whole_file("policy.md", data);
}

pub fn plain_reader(data: &[u8]) {
    let _ = plain::read(&text_of(data));
    whole_file("policy.txt", data);
}

/// The plain reader again, from numbered-section seeds: the same code, other paths through it.
pub fn numbered_reader(data: &[u8]) {
    plain_reader(data);
}

pub fn html_reader(data: &[u8]) {
    let _ = html::read(&text_of(data));
    whole_file("policy.html", data);
}

pub fn xml_reader(data: &[u8]) {
    let _ = xml::read(&text_of(data));
    whole_file("policy.xml", data);
}

/// Both query parsers, and highlighting the input's own text with the query.
pub fn query_parser(data: &[u8]) {
    let text = text_of(data);
    let topics = TopicTable::builtin();
    for query in [parse(&text, topics), parse_as_you_type(&text, topics)] {
        for r in crate::search::highlight(&query, &text) {
            check_range(&text, r.start, r.end, "highlight");
        }
    }
}

pub fn clause_detector(data: &[u8]) {
    let text = text_of(data);
    for m in Detector::builtin().detect(&text) {
        check_range(&text, m.start, m.end, "clause");
        for t in &m.trigger_spans {
            check_range(&text, t.start, t.end, "trigger");
            assert!(
                t.start >= m.start && t.end <= m.end,
                "trigger outside its clause"
            );
        }
    }
}
