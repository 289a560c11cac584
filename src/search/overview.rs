//! The browser's list of companies (the newest policy of each, in display order), and the
//! file that keeps it beside the manifest. Reading a million policy records as JSON lines and
//! sorting them takes seconds; the browser's first screen must not wait for that, so the index
//! writes the finished list once, in a form read back with no parsing beyond bounds checks.
//!
//! The browser maps the file rather than reading it: rows, their offsets and a table of
//! company keys stay in the page cache, the browser's own memory holds none of them, opening
//! checks the offset table (8 bytes a company), and a row is decoded when it is drawn or
//! looked at.
//!
//! The file is a cache: a missing, foreign or damaged one is ignored, and the list is built
//! from the policy table into memory in the same form.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::manifest::PolicyRecord;

/// First bytes of an overview file; another version is ignored.
const MAGIC: &[u8] = b"policytui overview 2\n";
/// Parts of a row's text: company, company key, domain, id, topics, clauses.
const PARTS: usize = 6;
/// Bytes of a row before its text: sections, domain flag, part ends.
const ROW_HEAD: usize = 4 + 1 + 4 * PARTS;

/// The newest policy of a company, packed into one allocation, while the list is built and
/// sorted (at index time, or for an index without an overview file).
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
        part(self.text.as_bytes(), &self.ends, n)
    }
}

fn part<'t>(text: &'t [u8], ends: &[u32; PARTS], n: usize) -> &'t str {
    let start = if n == 0 { 0 } else { ends[n - 1] as usize };
    text.get(start..ends[n] as usize)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("")
}

/// One company of the overview, borrowed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompanyRow<'o> {
    /// Each part is checked to be UTF-8 when read (a few bytes; a damaged part reads as "").
    text: &'o [u8],
    ends: [u32; PARTS],
    has_domain: bool,
    pub sections: u32,
}

impl<'o> CompanyRow<'o> {
    pub fn company(&self) -> &'o str {
        part(self.text, &self.ends, 0)
    }

    pub fn company_key(&self) -> &'o str {
        part(self.text, &self.ends, 1)
    }

    pub fn domain(&self) -> Option<&'o str> {
        self.has_domain.then(|| part(self.text, &self.ends, 2))
    }

    pub fn id(&self) -> &'o str {
        part(self.text, &self.ends, 3)
    }

    pub fn topics(&self) -> impl Iterator<Item = &'o str> + use<'o> {
        part(self.text, &self.ends, 4)
            .split(',')
            .filter(|t| !t.is_empty())
    }

    pub fn has_topic(&self, topic: &str) -> bool {
        self.topics().any(|t| t == topic)
    }

    pub fn clause_count(&self, kind: &str) -> Option<u32> {
        part(self.text, &self.ends, 5).split(',').find_map(|c| {
            let (k, n) = c.rsplit_once(':')?;
            (k == kind).then(|| n.parse().ok())?
        })
    }
}

/// The overview: the file's bytes (mapped, or built in memory). Nothing is copied out of
/// them: a row is found through the file's offset table, a company through its key table.
#[derive(Default)]
pub struct Overview {
    bytes: Bytes,
    layout: Layout,
}

#[derive(Default)]
enum Bytes {
    #[default]
    Empty,
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Empty => &[],
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

/// Where the tables of an overview file are. The file: `MAGIC`, the row count `n` (u64), `n`
/// row offsets (u64, from the start of the file, increasing), `n` key hashes (u64, sorted),
/// `n` row numbers (u32, the row of each hash), then the rows. Little-endian throughout.
#[derive(Debug, Default, Clone, Copy)]
struct Layout {
    count: usize,
    offsets: usize,
    hashes: usize,
    rows_of_hashes: usize,
    rows: usize,
}

impl Layout {
    fn of(count: usize) -> Layout {
        let offsets = MAGIC.len() + 8;
        let hashes = offsets + 8 * count;
        let rows_of_hashes = hashes + 8 * count;
        Layout {
            count,
            offsets,
            hashes,
            rows_of_hashes,
            rows: rows_of_hashes + 4 * count,
        }
    }
}

impl std::fmt::Debug for Overview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Overview({} companies)", self.len())
    }
}

impl Overview {
    /// Maps an overview file; `Err` says what is wrong with it.
    pub fn open(path: &Path) -> Result<Overview, String> {
        let file = fs::File::open(path).map_err(|e| e.to_string())?;
        // SAFETY: overview files are written whole under a temporary name and renamed into
        // place, never changed afterwards; a newer index writes a file of another name.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| e.to_string())?;
        Overview::of(Bytes::Mapped(map))
    }

    /// The overview of rows built in memory (already sorted).
    pub fn from_rows(rows: &[LatestPolicy]) -> Overview {
        let mut bytes = Vec::new();
        encode(&mut bytes, rows).expect("writing to memory does not fail");
        Overview::of(Bytes::Owned(bytes)).expect("rows just encoded are well formed")
    }

    /// Checks the tables (not the rows: each is checked when read, so that opening a
    /// million companies reads eight bytes of each, not the whole file).
    fn of(bytes: Bytes) -> Result<Overview, String> {
        let head = bytes
            .strip_prefix(MAGIC)
            .and_then(|rest| rest.get(..8))
            .ok_or("not an overview of this version")?;
        let count = u64::from_le_bytes(head.try_into().map_err(|_| "short")?);
        // Every row takes its table entries and its head: a count beyond that is damage.
        let count = usize::try_from(count)
            .ok()
            .filter(|n| n.saturating_mul(20 + ROW_HEAD) <= bytes.len())
            .ok_or("row count larger than the file")?;
        let layout = Layout::of(count);
        let mut previous = layout.rows;
        for i in 0..count {
            let at = u64_at(&bytes, layout.offsets + 8 * i).ok_or("short offset table")?;
            let at = usize::try_from(at).map_err(|_| "row offset out of range")?;
            if at < previous || at + ROW_HEAD > bytes.len() {
                return Err(format!("row {i} out of place"));
            }
            previous = at + ROW_HEAD;
        }
        Ok(Overview { bytes, layout })
    }

    pub fn len(&self) -> usize {
        self.layout.count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i`; `None` past the end, or for a row damaged in the file.
    pub fn get(&self, i: usize) -> Option<CompanyRow<'_>> {
        if i >= self.len() {
            return None;
        }
        let at = u64_at(&self.bytes, self.layout.offsets + 8 * i)?;
        decode(&self.bytes, usize::try_from(at).ok()?)
    }

    /// The row of a company, and its position, by company key: a binary search in the
    /// file's key table.
    pub fn find(&self, key: &str) -> Option<(usize, CompanyRow<'_>)> {
        let h = key_hash(key);
        let hash = |i: usize| u64_at(&self.bytes, self.layout.hashes + 8 * i).unwrap_or(u64::MAX);
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if hash(mid) < h {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..self.len())
            .take_while(|&i| hash(i) == h)
            .filter_map(|i| {
                let at = self.layout.rows_of_hashes + 4 * i;
                let row = u32::from_le_bytes(self.bytes.get(at..at + 4)?.try_into().ok()?);
                Some((row as usize, self.get(row as usize)?))
            })
            .find(|(_, r)| r.company_key() == key)
    }

    /// Rows from `start` on, with their positions.
    pub fn iter_from(&self, start: usize) -> impl Iterator<Item = (usize, CompanyRow<'_>)> {
        (start..self.len()).filter_map(|i| Some((i, self.get(i)?)))
    }

    pub fn iter(&self) -> impl Iterator<Item = CompanyRow<'_>> {
        self.iter_from(0).map(|(_, row)| row)
    }
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

fn key_hash(key: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// The overview's order: by company name, ignoring case, then by key.
pub fn sort(rows: &mut [LatestPolicy]) {
    rows.sort_by_cached_key(|p| (p.part(0).to_lowercase(), p.part(1).to_string()));
}

/// Writes `rows` to `path` (not synced: the caller syncs what the commit names).
pub fn write(path: &Path, rows: &[LatestPolicy]) -> std::io::Result<BufWriter<fs::File>> {
    let mut out = BufWriter::with_capacity(1 << 16, fs::File::create(path)?);
    encode(&mut out, rows)?;
    Ok(out)
}

fn encode(out: &mut impl Write, rows: &[LatestPolicy]) -> std::io::Result<()> {
    let layout = Layout::of(rows.len());
    out.write_all(MAGIC)?;
    out.write_all(&(rows.len() as u64).to_le_bytes())?;
    let mut at = layout.rows as u64;
    for row in rows {
        out.write_all(&at.to_le_bytes())?;
        at += (ROW_HEAD + row.text.len()) as u64;
    }
    let mut keys: Vec<(u64, u32)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (key_hash(r.part(1)), i as u32))
        .collect();
    keys.sort_unstable();
    for (h, _) in &keys {
        out.write_all(&h.to_le_bytes())?;
    }
    for (_, i) in &keys {
        out.write_all(&i.to_le_bytes())?;
    }
    for row in rows {
        out.write_all(&row.sections.to_le_bytes())?;
        out.write_all(&[u8::from(row.has_domain)])?;
        for end in row.ends {
            out.write_all(&end.to_le_bytes())?;
        }
        out.write_all(row.text.as_bytes())?;
    }
    Ok(())
}

/// The row at `pos`, if its head and text lie inside the file and its parts are in order
/// (each part is checked to be UTF-8 when read).
fn decode(bytes: &[u8], pos: usize) -> Option<CompanyRow<'_>> {
    let head = bytes.get(pos..pos.checked_add(ROW_HEAD)?)?;
    let u32_at = |i: usize| u32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
    let mut ends = [0u32; PARTS];
    for (n, end) in ends.iter_mut().enumerate() {
        *end = u32_at(5 + 4 * n);
    }
    if ends.windows(2).any(|w| w[0] > w[1]) {
        return None;
    }
    let text_start = pos + ROW_HEAD;
    let text = bytes.get(text_start..text_start.checked_add(ends[PARTS - 1] as usize)?)?;
    Some(CompanyRow {
        text,
        ends,
        has_domain: head[4] != 0,
        sections: u32_at(0),
    })
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

    fn rows() -> Vec<LatestPolicy> {
        let mut rows = vec![
            LatestPolicy::of(&record("zeta", "zeta Corp", None)),
            LatestPolicy::of(&record("ab", "Ärzte Café", Some("café.de"))),
            LatestPolicy::of(&record("alpha", "Alpha", Some("alpha.com"))),
        ];
        sort(&mut rows);
        rows
    }

    #[test]
    fn a_file_maps_back_to_the_rows_in_display_order() {
        let rows = rows();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.bin");
        write(&path, &rows).unwrap().flush().unwrap();
        let mapped = Overview::open(&path).unwrap();
        let names: Vec<&str> = mapped.iter().map(|r| r.company()).collect();
        assert_eq!(names, ["Alpha", "zeta Corp", "Ärzte Café"]);
        let built = Overview::from_rows(&rows);
        assert!(mapped.iter().eq(built.iter()));
        let r = mapped.get(2).unwrap();
        assert_eq!(
            (r.company_key(), r.domain(), r.id()),
            ("ab", Some("café.de"), "ab/2020")
        );
        assert_eq!(mapped.get(1).unwrap().domain(), None);
        assert_eq!(r.clause_count("no-sale"), Some(2));
        assert_eq!(r.clause_count("tracking"), None);
        assert!(r.has_topic("cookies") && !r.has_topic("cook"));
        assert_eq!(r.sections, 7);
        assert!(mapped.get(3).is_none());
        assert_eq!(
            mapped.find("ab").map(|(i, r)| (i, r.id())),
            Some((2, "ab/2020"))
        );
        assert_eq!(mapped.find("alpha").map(|(i, _)| i), Some(0));
        assert!(mapped.find("nobody").is_none());
        assert!(Overview::default().is_empty());
    }

    #[test]
    fn damage_is_an_error_never_a_panic() {
        let mut good = Vec::new();
        encode(&mut good, &rows()).unwrap();
        let whole = Overview::of(Bytes::Owned(good.clone())).unwrap();
        assert_eq!(whole.iter().count(), 3);
        // Every truncation is rejected or loses rows, never reads past the end; every
        // single-byte change is rejected or read back as some list.
        for n in 0..good.len() {
            if let Ok(o) = Overview::of(Bytes::Owned(good[..n].to_vec())) {
                assert!(o.iter().count() < 3, "truncated at {n}");
            }
        }
        for i in 0..good.len() {
            for b in [0u8, 0x7f, 0xc3, 0xff] {
                let mut bad = good.clone();
                bad[i] = b;
                if let Ok(o) = Overview::of(Bytes::Owned(bad)) {
                    for r in o.iter() {
                        let _ = (r.company(), r.domain(), r.id(), r.topics().count());
                    }
                    let _ = (o.find("ab"), o.find("alpha"), o.get(7));
                }
            }
        }
        let mut huge = good.clone();
        huge[MAGIC.len()..MAGIC.len() + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(Overview::of(Bytes::Owned(huge)).is_err());
        let dir = tempfile::tempdir().unwrap();
        assert!(Overview::open(&dir.path().join("missing")).is_err());
    }
}
