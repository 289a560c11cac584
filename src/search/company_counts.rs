//! Hits per company, counted from fast fields while searching, so "12 hits in 4 companies"
//! costs no stored-document reads however many hits there are.
//!
//! A query matching half of a 100 000-policy corpus touches tens of thousands of companies.
//! Counting goes into a dense array per segment (by the segment's term ordinal) and is merged
//! across segments through a company index built once per searcher; only the companies a
//! caller shows are turned back into names.

use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyError};

fn column(reader: &SegmentReader, name: &str) -> tantivy::Result<StrColumn> {
    reader
        .fast_fields()
        .str(name)?
        .ok_or_else(|| TantivyError::SchemaError(format!("fast field {name} is missing")))
}

/// Every company key of a searcher's segments, numbered, with each segment's ordinals mapped
/// to those numbers.
#[derive(Default)]
pub struct CompanyIndex {
    /// Company keys, sorted: a company's number is its place here.
    pub keys: Vec<String>,
    /// Per segment: term ordinal of `company_key` → company number.
    per_segment: Vec<Vec<u32>>,
    /// Per segment, the `company_key` column, opened once (opening decodes its block index,
    /// which at 100 000 policies cost more than a rare word's whole search).
    columns: Vec<StrColumn>,
    /// Per segment, the `company` column, opened when a name is first needed.
    names: Vec<std::sync::OnceLock<Option<StrColumn>>>,
}

impl CompanyIndex {
    pub fn build(searcher: &Searcher) -> tantivy::Result<CompanyIndex> {
        let mut per_segment_keys: Vec<Vec<String>> = Vec::new();
        let mut columns = Vec::new();
        for reader in searcher.segment_readers() {
            let keys = column(reader, "company_key")?;
            columns.push(keys.clone());
            let mut terms = Vec::with_capacity(keys.num_terms());
            let mut stream = keys.dictionary().stream()?;
            while stream.advance() {
                terms.push(String::from_utf8_lossy(stream.key()).into_owned());
            }
            per_segment_keys.push(terms);
        }
        let mut keys: Vec<String> = per_segment_keys.iter().flatten().cloned().collect();
        keys.sort_unstable();
        keys.dedup();
        let per_segment = per_segment_keys
            .iter()
            .map(|terms| {
                terms
                    .iter()
                    .map(|t| keys.binary_search(t).map_or(u32::MAX, |n| n as u32))
                    .collect()
            })
            .collect();
        Ok(CompanyIndex {
            keys,
            per_segment,
            names: columns.iter().map(|_| std::sync::OnceLock::new()).collect(),
            columns,
        })
    }

    /// The display name of the company of `doc`.
    pub fn name(&self, searcher: &Searcher, segment: SegmentOrdinal, doc: DocId) -> Option<String> {
        let names = self
            .names
            .get(segment as usize)?
            .get_or_init(|| column(searcher.segment_reader(segment), "company").ok());
        let names = names.as_ref()?;
        let ord = names.term_ords(doc).next()?;
        let mut name = String::new();
        names.ord_to_str(ord, &mut name).ok()?.then_some(name)
    }

    pub fn number(&self, key: &str) -> Option<u32> {
        self.keys
            .binary_search_by(|k| k.as_str().cmp(key))
            .ok()
            .map(|n| n as u32)
    }
}

/// One company's count in a query: its number, hits, and one matching document (segment,
/// doc) to read its display name from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub company: u32,
    pub hits: u32,
    pub segment: SegmentOrdinal,
    pub doc: DocId,
}

pub struct CompanyCounts {
    pub index: Arc<CompanyIndex>,
}

pub struct SegmentCounts {
    segment: SegmentOrdinal,
    keys: StrColumn,
    index: Arc<CompanyIndex>,
    counts: Slots,
}

/// Hits per term ordinal. A sampled search visits a few thousand matches, for which a list is
/// cheaper than clearing and scanning a slot for each of the segment's tens of thousands of
/// companies; past a quarter of the companies, the list turns into slots.
enum Slots {
    /// (ordinal, document) of each match counted.
    List(Vec<(u32, DocId)>),
    /// By term ordinal: hits, and the first matching document.
    Dense(Vec<(u32, DocId)>),
}

impl Collector for CompanyCounts {
    type Fruit = Vec<Tally>;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        let keys = match self.index.columns.get(segment as usize) {
            Some(keys) => keys.clone(),
            None => column(reader, "company_key")?,
        };
        Ok(SegmentCounts {
            segment,
            counts: Slots::List(Vec::new()),
            keys,
            index: self.index.clone(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Tally>>) -> tantivy::Result<Vec<Tally>> {
        if fruits.len() == 1 {
            return Ok(fruits.into_iter().next().unwrap_or_default());
        }
        let mut all: Vec<Tally> = fruits.into_iter().flatten().collect();
        // Each company's tally from its earliest segment first, whose document names it.
        all.sort_unstable_by_key(|t| (t.company, t.segment));
        let mut merged: Vec<Tally> = Vec::with_capacity(all.len());
        for t in all {
            match merged.last_mut() {
                Some(last) if last.company == t.company => last.hits += t.hits,
                _ => merged.push(t),
            }
        }
        Ok(merged)
    }
}

impl SegmentCounts {
    /// Counts `doc` for its company, and says which company (its ordinal in the segment).
    pub fn count(&mut self, doc: DocId) -> Option<u64> {
        let ord = self.keys.term_ords(doc).next()?;
        let slot = u32::try_from(ord).ok()?;
        match &mut self.counts {
            Slots::List(list) => {
                list.push((slot, doc));
                if list.len() > self.keys.num_terms() / 4 {
                    self.counts = Slots::Dense(slots_of(list, self.keys.num_terms()));
                }
            }
            Slots::Dense(counts) => {
                if let Some(c) = counts.get_mut(slot as usize) {
                    if c.0 == 0 {
                        c.1 = doc;
                    }
                    c.0 += 1;
                }
            }
        }
        Some(ord)
    }

    /// (ordinal, hits, first document) of each company counted, by ordinal.
    fn per_ordinal(self) -> Vec<(u32, u32, DocId)> {
        match self.counts {
            Slots::Dense(counts) => (0u32..)
                .zip(counts)
                .filter(|(_, (hits, _))| *hits > 0)
                .map(|(ord, (hits, doc))| (ord, hits, doc))
                .collect(),
            Slots::List(mut list) => {
                list.sort_unstable();
                let mut out: Vec<(u32, u32, DocId)> = Vec::new();
                for (ord, doc) in list {
                    match out.last_mut() {
                        Some(last) if last.0 == ord => last.1 += 1,
                        _ => out.push((ord, 1, doc)),
                    }
                }
                out
            }
        }
    }
}

/// A list of (ordinal, document) counted into slots by ordinal.
fn slots_of(list: &[(u32, DocId)], ordinals: usize) -> Vec<(u32, DocId)> {
    let mut counts = vec![(0u32, 0); ordinals];
    for &(ord, doc) in list {
        if let Some(c) = counts.get_mut(ord as usize) {
            if c.0 == 0 || doc < c.1 {
                c.1 = doc;
            }
            c.0 += 1;
        }
    }
    counts
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Vec<Tally>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.count(doc);
    }

    fn harvest(self) -> Vec<Tally> {
        let segment = self.segment;
        let index = self.index.clone();
        let map = index
            .per_segment
            .get(segment as usize)
            .map_or(&[][..], Vec::as_slice);
        self.per_ordinal()
            .into_iter()
            .filter_map(|(ord, hits, doc)| {
                Some(Tally {
                    company: *map.get(ord as usize)?,
                    hits,
                    segment,
                    doc,
                })
            })
            .collect()
    }
}
