//! Hits per company, counted from fast fields while searching, so "12 hits in 4 companies"
//! costs no stored-document reads however many hits there are.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, TantivyError};

/// (company key, company display name, hits), most hits first.
pub type Counts = Vec<(String, String, usize)>;

pub struct CompanyCounts;

pub struct SegmentCounts {
    keys: StrColumn,
    names: StrColumn,
    /// key ordinal → (hits, name ordinal)
    counts: HashMap<u64, (usize, u64)>,
}

fn column(reader: &SegmentReader, name: &str) -> tantivy::Result<StrColumn> {
    reader
        .fast_fields()
        .str(name)?
        .ok_or_else(|| TantivyError::SchemaError(format!("fast field {name} is missing")))
}

impl Collector for CompanyCounts {
    type Fruit = Counts;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        Ok(SegmentCounts {
            keys: column(reader, "company_key")?,
            names: column(reader, "company")?,
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut merged: HashMap<String, (String, usize)> = HashMap::new();
        for fruit in fruits {
            for (key, name, n) in fruit {
                merged.entry(key).or_insert((name, 0)).1 += n;
            }
        }
        let mut out: Counts = merged
            .into_iter()
            .map(|(key, (name, n))| (key, name, n))
            .collect();
        out.sort_by(|a, b| {
            b.2.cmp(&a.2)
                .then_with(|| a.1.to_lowercase().cmp(&b.1.to_lowercase()))
        });
        Ok(out)
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(key) = self.keys.term_ords(doc).next() else {
            return;
        };
        let names = &self.names;
        let entry = self
            .counts
            .entry(key)
            .or_insert_with(|| (0, names.term_ords(doc).next().unwrap_or(0)));
        entry.0 += 1;
    }

    fn harvest(self) -> Counts {
        let mut out = Vec::with_capacity(self.counts.len());
        let mut key = String::new();
        let mut name = String::new();
        for (key_ord, (n, name_ord)) in self.counts {
            key.clear();
            name.clear();
            let ok = self.keys.ord_to_str(key_ord, &mut key).unwrap_or(false);
            let _ = self.names.ord_to_str(name_ord, &mut name);
            if ok {
                out.push((key.clone(), name.clone(), n));
            }
        }
        out
    }
}
