//! The browser's list of companies (the newest policy of each, in display order), and the
//! file that keeps it beside the manifest. Reading a million policy records as JSON lines and
//! sorting them takes seconds; the browser's first screen must not wait for that, so the index
//! writes the finished list once, in a form read back with no parsing beyond bounds checks.
//!
//! The file is a cache: a missing, foreign or damaged one is ignored, and the list is built
//! from the policy table as before.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::manifest::PolicyRecord;

/// First bytes of an overview file; another version is ignored.
const MAGIC: &[u8] = b"policytui overview 1\n";
/// Parts of a row's text: company, company key, domain, id, topics, clauses.
const PARTS: usize = 6;
/// Bytes of a row before its text: sections, domain flag, part ends.
const ROW_HEAD: usize = 4 + 1 + 4 * PARTS;

/// The newest policy of a company as the browser lists it, packed into one allocation: the
/// overview holds one per company, a hundred thousand and more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestPolicy {
    /// company, company key, domain, id, topics, clauses, back to back.
    text: Box<str>,
    ends: [u32; PARTS],
    has_domain: bool,
    pub sections: u32,
}

impl LatestPolicy {
    pub fn of(p: &PolicyRecord) -> LatestPolicy {
        let parts = [
            p.company.as_str(),
            p.company_key.as_str(),
            p.domain.as_deref().unwrap_or(""),
            p.id.as_str(),
            p.topics.as_str(),
            p.clauses.as_str(),
        ];
        let mut text = String::with_capacity(parts.iter().map(|s| s.len()).sum());
        let mut ends = [0u32; PARTS];
        for (end, part) in ends.iter_mut().zip(parts) {
            text.push_str(part);
            *end = text.len() as u32;
        }
        LatestPolicy {
            text: text.into_boxed_str(),
            ends,
            has_domain: p.domain.is_some(),
            sections: p.sections,
        }
    }

    fn part(&self, n: usize) -> &str {
        let start = if n == 0 { 0 } else { self.ends[n - 1] as usize };
        self.text.get(start..self.ends[n] as usize).unwrap_or("")
    }

    pub fn company(&self) -> &str {
        self.part(0)
    }

    pub fn company_key(&self) -> &str {
        self.part(1)
    }

    pub fn domain(&self) -> Option<&str> {
        self.has_domain.then(|| self.part(2))
    }

    pub fn id(&self) -> &str {
        self.part(3)
    }

    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.part(4).split(',').filter(|t| !t.is_empty())
    }

    pub fn has_topic(&self, topic: &str) -> bool {
        self.topics().any(|t| t == topic)
    }

    pub fn clause_count(&self, kind: &str) -> Option<u32> {
        self.part(5).split(',').find_map(|c| {
            let (k, n) = c.rsplit_once(':')?;
            (k == kind).then(|| n.parse().ok())?
        })
    }
}

/// The overview's order: by company name, ignoring case, then by key.
pub fn sort(rows: &mut [LatestPolicy]) {
    rows.sort_by_cached_key(|p| (p.company().to_lowercase(), p.company_key().to_string()));
}

/// Writes `rows` to `path` (not synced: the caller syncs what the commit names).
pub fn write(path: &Path, rows: &[LatestPolicy]) -> std::io::Result<BufWriter<fs::File>> {
    let mut out = BufWriter::with_capacity(1 << 16, fs::File::create(path)?);
    out.write_all(MAGIC)?;
    out.write_all(&(rows.len() as u64).to_le_bytes())?;
    for row in rows {
        out.write_all(&row.sections.to_le_bytes())?;
        out.write_all(&[u8::from(row.has_domain)])?;
        for end in row.ends {
            out.write_all(&end.to_le_bytes())?;
        }
        out.write_all(row.text.as_bytes())?;
    }
    Ok(out)
}

/// Reads an overview file; `Err` says what is wrong with it.
pub fn read(path: &Path) -> Result<Vec<LatestPolicy>, String> {
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> Result<Vec<LatestPolicy>, String> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or("not an overview of this version")?;
    let mut at = Cursor {
        bytes: rest,
        pos: 0,
    };
    let count = u64::from_le_bytes(at.take(8)?.try_into().map_err(|_| "short")?);
    // Every row takes at least its head: a count beyond that is damage, not a reason to
    // reserve gigabytes.
    let count = usize::try_from(count)
        .ok()
        .filter(|n| n.saturating_mul(ROW_HEAD) <= rest.len())
        .ok_or("row count larger than the file")?;
    let mut rows = Vec::with_capacity(count);
    for _ in 0..count {
        let head = at.take(ROW_HEAD)?;
        let u32_at =
            |i: usize| u32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
        let mut ends = [0u32; PARTS];
        for (n, end) in ends.iter_mut().enumerate() {
            *end = u32_at(5 + 4 * n);
        }
        if ends.windows(2).any(|w| w[0] > w[1]) {
            return Err("row parts out of order".into());
        }
        let text = at.take(ends[PARTS - 1] as usize)?;
        let text = std::str::from_utf8(text).map_err(|e| e.to_string())?;
        if ends.iter().any(|&e| !text.is_char_boundary(e as usize)) {
            return Err("row part splits a character".into());
        }
        rows.push(LatestPolicy {
            text: text.into(),
            ends,
            has_domain: head[4] != 0,
            sections: u32_at(0),
        });
    }
    if at.pos != rest.len() {
        return Err("bytes after the last row".into());
    }
    Ok(rows)
}

struct Cursor<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl<'b> Cursor<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("file ends inside a row")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Format;

    fn record(key: &str, company: &str, domain: Option<&str>) -> PolicyRecord {
        PolicyRecord {
            rel: format!("{key}.md"),
            id: format!("{key}/2020"),
            company_key: key.into(),
            company: company.into(),
            domain: domain.map(str::to_string),
            title: String::new(),
            archived: None,
            latest: true,
            format: Format::Markdown,
            sections: 7,
            bytes: 10,
            topics: "sharing,cookies".into(),
            clauses: "no-sale:2".into(),
        }
    }

    #[test]
    fn round_trip_in_display_order() {
        let mut rows = vec![
            LatestPolicy::of(&record("zeta", "zeta Corp", None)),
            LatestPolicy::of(&record("ab", "Ärzte Café", Some("café.de"))),
            LatestPolicy::of(&record("alpha", "Alpha", Some("alpha.com"))),
        ];
        sort(&mut rows);
        let names: Vec<&str> = rows.iter().map(LatestPolicy::company).collect();
        assert_eq!(names, ["Alpha", "zeta Corp", "Ärzte Café"]);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.bin");
        write(&path, &rows).unwrap().flush().unwrap();
        let back = read(&path).unwrap();
        assert_eq!(back, rows);
        assert_eq!(back[2].domain(), Some("café.de"));
        assert_eq!(back[1].domain(), None);
        assert_eq!(back[0].clause_count("no-sale"), Some(2));
        assert!(back[0].has_topic("cookies"));
        assert_eq!(back[0].sections, 7);
    }

    #[test]
    fn damage_is_an_error_never_a_panic() {
        let rows = vec![LatestPolicy::of(&record("ab", "Ärzte Café", Some("x.de")))];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.bin");
        write(&path, &rows).unwrap().flush().unwrap();
        let good = fs::read(&path).unwrap();
        // Every truncation, and every single-byte change, is either rejected or read back
        // as some well-formed list.
        for n in 0..good.len() {
            assert!(parse(&good[..n]).is_err(), "truncated at {n}");
        }
        for i in 0..good.len() {
            for b in [0u8, 0x7f, 0xc3, 0xff] {
                let mut bad = good.clone();
                bad[i] = b;
                if let Ok(rows) = parse(&bad) {
                    for r in &rows {
                        let _ = (r.company(), r.domain(), r.id(), r.topics().count());
                    }
                }
            }
        }
        let mut huge = good.clone();
        huge[MAGIC.len()..MAGIC.len() + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(parse(&huge).is_err());
        assert!(read(&dir.path().join("missing")).is_err());
    }
}
