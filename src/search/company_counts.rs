//! Hits per company, counted from fast fields while searching, so "12 hits in 4 companies"
//! costs no stored-document reads however many hits there are.
//!
//! A query matching half of a 100 000-policy corpus touches tens of thousands of companies.
//! Each match's company is numbered through a company index built once per searcher (segment
//! ordinals → one numbering, documents → runs of one company), distinct companies are counted
//! in a bitset as they come, and only the tallies a caller shows are made: for the browser,
//! those of the hits it lists.

use tantivy::columnar::StrColumn;
use tantivy::{DocId, Searcher, SegmentOrdinal, SegmentReader, TantivyError};

use super::runs::{Run, Runs};

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
    /// Per segment, the `company` column, opened when a name is first needed.
    names: Vec<std::sync::OnceLock<Option<StrColumn>>>,
    /// Per segment, its documents as runs of one company and version.
    runs: Vec<Runs>,
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
        let per_segment: Vec<Vec<u32>> = per_segment_keys
            .iter()
            .map(|terms| {
                terms
                    .iter()
                    .map(|t| keys.binary_search(t).map_or(u32::MAX, |n| n as u32))
                    .collect()
            })
            .collect();
        let mut runs = Vec::with_capacity(columns.len());
        for ((reader, column), numbers) in searcher
            .segment_readers()
            .iter()
            .zip(&columns)
            .zip(&per_segment)
        {
            let latest = reader.fast_fields().u64("latest").ok();
            runs.push(Runs::of(column, numbers, latest.as_ref(), reader.max_doc()));
        }
        Ok(CompanyIndex {
            keys,
            names: columns.iter().map(|_| std::sync::OnceLock::new()).collect(),
            runs,
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

    /// The number of the company of `doc`.
    pub fn number_of(&self, segment: SegmentOrdinal, doc: DocId) -> Option<u32> {
        self.runs.get(segment as usize)?.find(doc, 0)?.company
    }

    /// At most how many companies hold documents `from..to` of `segment` (see
    /// [`Runs::runs_between`]).
    pub fn companies_between(&self, segment: SegmentOrdinal, from: DocId, to: DocId) -> usize {
        self.runs
            .get(segment as usize)
            .map_or(0, |r| r.runs_between(from, to))
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

/// Matches counted by company while a query's matches are visited: how many distinct
/// companies (one bit each, so no sorting), and each match's company, from which the tallies
/// a caller wants are made at the end. Documents are looked up in the company index's runs by
/// a cursor per segment, as a search visits them in ascending order within a segment.
pub struct Counter {
    index: std::sync::Arc<CompanyIndex>,
    /// Per segment, the run of the last document counted.
    cursors: Vec<usize>,
    counts: Slots,
    /// One bit per company number: seen among the matches.
    seen: Vec<u64>,
    distinct: usize,
}

/// The companies of the matches. A sampled search visits a few thousand matches, for which a
/// list is cheaper than a slot for every company; past a quarter of the companies, the list
/// turns into slots, so counting every match of a common word stays bounded by the companies.
enum Slots {
    /// (company, segment, document) of each match counted, in the order visited.
    List(Vec<(u32, SegmentOrdinal, DocId)>),
    /// By company: hits, and the first matching (segment, document).
    Dense(Vec<(u32, SegmentOrdinal, DocId)>),
}

impl Counter {
    pub fn new(index: &std::sync::Arc<CompanyIndex>) -> Counter {
        Counter {
            index: std::sync::Arc::clone(index),
            cursors: vec![0; index.runs.len()],
            counts: Slots::List(Vec::new()),
            seen: vec![0; index.keys.len().div_ceil(64)],
            distinct: 0,
        }
    }

    /// Where `doc` of `segment` belongs: its company and version.
    pub fn locate(&mut self, segment: SegmentOrdinal, doc: DocId) -> Option<Run> {
        let cursor = self.cursors.get_mut(segment as usize)?;
        let runs = self.index.runs.get(segment as usize)?;
        let (run, at) = runs.find_from(doc, *cursor)?;
        *cursor = at;
        Some(run)
    }

    /// Counts `doc` of `segment` for its company (`locate`d), and says which company.
    pub fn count(&mut self, run: Run, segment: SegmentOrdinal, doc: DocId) -> Option<u32> {
        let company = run.company?;
        let (word, bit) = (company as usize / 64, 1u64 << (company % 64));
        let slot = self.seen.get_mut(word)?;
        if *slot & bit == 0 {
            *slot |= bit;
            self.distinct += 1;
        }
        match &mut self.counts {
            Slots::List(list) => {
                list.push((company, segment, doc));
                if list.len() > self.index.keys.len() / 4 {
                    self.counts = Slots::Dense(dense(list, self.index.keys.len()));
                }
            }
            Slots::Dense(slots) => {
                if let Some(c) = slots.get_mut(company as usize) {
                    tally_into(c, 1, segment, doc);
                }
            }
        }
        Some(company)
    }

    /// Takes in what `other` counted (another lane of the same search, over other
    /// documents), as if this counter had counted it too.
    pub fn absorb(&mut self, other: Counter) {
        for (mine, theirs) in self.seen.iter_mut().zip(&other.seen) {
            self.distinct += (theirs & !*mine).count_ones() as usize;
            *mine |= theirs;
        }
        let companies = self.index.keys.len();
        match (&mut self.counts, other.counts) {
            (Slots::List(mine), Slots::List(theirs)) => {
                mine.extend(theirs);
                if mine.len() > companies / 4 {
                    self.counts = Slots::Dense(dense(mine, companies));
                }
            }
            (Slots::Dense(mine), Slots::List(theirs)) => add_to_slots(mine, &theirs),
            (mine, Slots::Dense(mut theirs)) => {
                match mine {
                    Slots::List(list) => add_to_slots(&mut theirs, list),
                    Slots::Dense(slots) => {
                        for (t, &(hits, segment, doc)) in theirs.iter_mut().zip(slots.iter()) {
                            tally_into(t, hits, segment, doc);
                        }
                    }
                }
                *mine = Slots::Dense(theirs);
            }
        }
    }

    /// Companies counted so far.
    pub fn distinct(&self) -> usize {
        self.distinct
    }

    /// The tally of each company counted, by company number; only of the companies in
    /// `only` (sorted) when given. A company's document is its first match.
    pub fn tallies(self, only: Option<&[u32]>) -> Vec<Tally> {
        let wanted = |c: u32| only.is_none_or(|o| o.binary_search(&c).is_ok());
        match self.counts {
            Slots::Dense(slots) => match only {
                Some(only) => only
                    .iter()
                    .filter_map(|&c| Some((c, *slots.get(c as usize)?)))
                    .filter(|(_, s)| s.0 > 0)
                    .map(|(company, (hits, segment, doc))| Tally {
                        company,
                        hits,
                        segment,
                        doc,
                    })
                    .collect(),
                None => (0u32..)
                    .zip(slots)
                    .filter(|(_, (hits, _, _))| *hits > 0)
                    .map(|(company, (hits, segment, doc))| Tally {
                        company,
                        hits,
                        segment,
                        doc,
                    })
                    .collect(),
            },
            Slots::List(mut list) => {
                list.retain(|m| wanted(m.0));
                list.sort_unstable();
                let mut out: Vec<Tally> = Vec::new();
                for (company, segment, doc) in list {
                    match out.last_mut() {
                        Some(last) if last.company == company => last.hits += 1,
                        _ => out.push(Tally {
                            company,
                            hits: 1,
                            segment,
                            doc,
                        }),
                    }
                }
                out
            }
        }
    }
}

/// A list of matches counted into slots by company.
fn dense(
    list: &[(u32, SegmentOrdinal, DocId)],
    companies: usize,
) -> Vec<(u32, SegmentOrdinal, DocId)> {
    let mut slots = vec![(0u32, 0, 0); companies];
    add_to_slots(&mut slots, list);
    slots
}

/// Counts a list of matches into slots by company, keeping each company's first document.
fn add_to_slots(slots: &mut [(u32, SegmentOrdinal, DocId)], list: &[(u32, SegmentOrdinal, DocId)]) {
    for &(company, segment, doc) in list {
        if let Some(c) = slots.get_mut(company as usize) {
            tally_into(c, 1, segment, doc);
        }
    }
}

/// Adds `hits` matches to a company's slot (hits, first segment, first document).
fn tally_into(
    slot: &mut (u32, SegmentOrdinal, DocId),
    hits: u32,
    segment: SegmentOrdinal,
    doc: DocId,
) {
    if hits == 0 {
        return;
    }
    if slot.0 == 0 || (segment, doc) < (slot.1, slot.2) {
        (slot.1, slot.2) = (segment, doc);
    }
    slot.0 += hits;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A company index over made-up numbers: no columns, so only `tallies` and `dense` are
    /// exercised here (counting itself runs in every search test).
    fn counter_with(index: &std::sync::Arc<CompanyIndex>, matches: &[(u32, u32, u32)]) -> Counter {
        let mut c = Counter::new(index);
        if let Slots::List(list) = &mut c.counts {
            list.extend_from_slice(matches);
        }
        c
    }

    #[test]
    fn tallies_group_by_company_with_the_first_match_as_its_document() {
        let index = std::sync::Arc::new(CompanyIndex {
            keys: (0..8).map(|n| format!("c{n}")).collect(),
            ..CompanyIndex::default()
        });
        let matches = [(3, 1, 7), (1, 0, 5), (3, 0, 9), (3, 1, 2), (5, 2, 1)];
        let all = counter_with(&index, &matches).tallies(None);
        assert_eq!(
            all,
            [
                Tally {
                    company: 1,
                    hits: 1,
                    segment: 0,
                    doc: 5
                },
                Tally {
                    company: 3,
                    hits: 3,
                    segment: 0,
                    doc: 9
                },
                Tally {
                    company: 5,
                    hits: 1,
                    segment: 2,
                    doc: 1
                },
            ]
        );
        let some = counter_with(&index, &matches).tallies(Some(&[3, 4]));
        assert_eq!(
            some,
            [Tally {
                company: 3,
                hits: 3,
                segment: 0,
                doc: 9
            }]
        );
        // Slots give the same tallies as the list.
        let slots = dense(&matches, index.keys.len());
        let mut c = Counter::new(&index);
        c.counts = Slots::Dense(slots);
        assert_eq!(c.tallies(None), all);
    }

    /// Counting in two counters and taking one into the other gives what one counter
    /// counting everything gives, whichever of them turned its list into slots.
    #[test]
    fn counters_taken_in_count_as_one() {
        let index = std::sync::Arc::new(CompanyIndex {
            keys: (0..400).map(|n| format!("c{n:03}")).collect(),
            ..CompanyIndex::default()
        });
        let matches = |n: u32, seed: u32| -> Vec<(u32, u32, u32)> {
            (0..n)
                .map(|i| ((i * 37 + seed) % 150, seed % 3, i * 5 + seed))
                .collect()
        };
        // Few matches stay a list; past a quarter of the companies they become slots.
        for (a, b) in [(5, 7), (5, 300), (300, 5), (300, 250)] {
            let (ma, mb) = (matches(a, 1), matches(b, 2));
            let count = |c: &mut Counter, list: &[(u32, u32, u32)]| {
                for &(company, segment, doc) in list {
                    let run = Run {
                        company: Some(company),
                        older: false,
                    };
                    c.count(run, segment, doc);
                }
            };
            let mut one = Counter::new(&index);
            count(&mut one, &ma);
            count(&mut one, &mb);
            let (mut left, mut right) = (Counter::new(&index), Counter::new(&index));
            count(&mut left, &ma);
            count(&mut right, &mb);
            left.absorb(right);
            assert_eq!(left.distinct(), one.distinct(), "{a} + {b}");
            assert_eq!(left.tallies(None), one.tallies(None), "{a} + {b}");
        }
    }
}
