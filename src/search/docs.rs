//! Policies to index documents and back. Each section is a document carrying its exact slice of
//! the policy text, so a policy is rebuilt from the index alone, byte for byte.

use tantivy::schema::Value;
use tantivy::{TantivyDocument, doc};

use crate::corpus::{Format, Policy, Section, Span};

use super::schema::Fields;

/// The documents of one policy, in section order, each labelled with the clause kinds found
/// in its section (`kinds[i]` for section `i`).
pub fn policy_docs(f: &Fields, p: &Policy, kinds: &[Vec<&str>]) -> Vec<TantivyDocument> {
    let company_text = match &p.domain {
        Some(d) => format!("{} {} {}", p.company, d, p.company_key),
        None => format!("{} {}", p.company, p.company_key),
    };
    let year = p.year().map(u64::from);
    p.sections
        .iter()
        .enumerate()
        .map(|(ordinal, s)| {
            let text = p.text.get(s.span.range()).unwrap_or("");
            let body = p.text.get(s.body_span().range()).unwrap_or("");
            let mut d = doc!(
                f.policy_id => p.id.as_str(),
                f.company_key => p.company_key.as_str(),
                f.company => p.company.as_str(),
                f.company_text => company_text.as_str(),
                f.latest => u64::from(p.latest),
                f.ordinal => ordinal as u64,
                f.level => u64::from(s.level),
                f.start => s.span.start as u64,
                f.body_offset => (s.body_start - s.span.start) as u64,
                f.topic => s.topic.as_str(),
                f.heading => s.heading.as_str(),
                f.text => text,
            );
            // Fields of the policy that no search or hit reads: stored once, with the first
            // section (which every reader of a whole policy has first).
            if ordinal == 0 {
                d.add_text(f.title, p.title.as_str());
                d.add_text(f.source_path, p.source_path.as_str());
                d.add_text(f.format, p.format.name());
                d.add_u64(f.n_sections, p.sections.len() as u64);
                if let Some(url) = &p.source_url {
                    d.add_text(f.url, url);
                }
            }
            // The heading's words twice: a word in the heading weighs as two in the body.
            // Its pairs once: a phrase is rarer, and the pairs field is the larger part of the
            // index's work. Each value is analyzed apart, so no pair joins heading and body.
            if !s.heading.is_empty() {
                d.add_text(f.words, s.heading.as_str());
                d.add_text(f.words, s.heading.as_str());
                d.add_text(f.pairs, s.heading.as_str());
            }
            d.add_text(f.words, body);
            d.add_text(f.pairs, body);
            if let Some(domain) = &p.domain {
                d.add_text(f.domain, domain);
            }
            if let Some(date) = &p.archived {
                d.add_text(f.archived, date);
            }
            if let Some(y) = year {
                d.add_u64(f.year, y);
            }
            for kind in kinds.get(ordinal).into_iter().flatten() {
                d.add_text(f.clauses, kind);
            }
            d
        })
        .collect()
}

pub fn get_str(d: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    d.get_first(field).and_then(|v| v.as_str())
}

pub fn get_u64(d: &TantivyDocument, field: tantivy::schema::Field) -> u64 {
    d.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
}

/// Rebuilds a policy from its section documents (any order). `None` if sections are missing,
/// which only a concurrent writer could cause.
pub fn policy_from_docs(f: &Fields, mut docs: Vec<TantivyDocument>) -> Option<Policy> {
    docs.sort_by_key(|d| get_u64(d, f.ordinal));
    let first = docs.first()?;
    let n = get_u64(first, f.n_sections) as usize;
    if docs.len() != n {
        return None;
    }
    let s = |field| get_str(first, field).map(str::to_string);
    let mut text = String::new();
    let mut sections = Vec::with_capacity(n);
    for d in &docs {
        let start = text.len();
        let section_text = get_str(d, f.text).unwrap_or("");
        text.push_str(section_text);
        let body_offset = (get_u64(d, f.body_offset) as usize).min(section_text.len());
        sections.push(Section {
            heading: get_str(d, f.heading).unwrap_or("").to_string(),
            level: get_u64(d, f.level) as u8,
            span: Span::new(start, text.len()),
            body_start: start + body_offset,
            topic: get_str(d, f.topic).unwrap_or("other").to_string(),
        });
    }
    Some(Policy {
        id: s(f.policy_id)?,
        company_key: s(f.company_key)?,
        company: s(f.company)?,
        domain: s(f.domain),
        title: s(f.title).unwrap_or_default(),
        source_url: s(f.url),
        archived: s(f.archived),
        source_path: s(f.source_path).unwrap_or_default(),
        format: s(f.format)
            .and_then(|n| Format::from_name(&n))
            .unwrap_or(Format::Plain),
        latest: false,
        text,
        sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::read_policy;
    use crate::search::schema::build_schema;

    #[test]
    fn round_trip() {
        let (_, f) = build_schema();
        let p = read_policy(
            "acme.com@2020-01-02.md",
            b"# Acme Privacy\n\nIntro.\n\n## Cookies\n\nWe use cookies.\n\n## Contact\n\nWrite to us.\n",
        )
        .unwrap()
        .policy;
        let kinds = vec![vec!["tracking"]; p.sections.len()];
        let mut docs = policy_docs(&f, &p, &kinds);
        docs.reverse();
        let back = policy_from_docs(&f, docs).unwrap();
        assert_eq!(back.text, p.text);
        assert_eq!(back.sections, p.sections);
        assert_eq!(back.id, p.id);
        assert_eq!(back.archived.as_deref(), Some("2020-01-02"));
    }
}
