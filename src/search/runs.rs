//! A segment's documents as runs of one company and version. A policy's sections are indexed
//! together, so a run is a policy or more: a few bytes a policy. A search visits its matches
//! in ascending order within a segment, so a cursor gallops forward through the runs to find a
//! match's company and whether it is an older version, where reading the company and version
//! columns cost a cache miss or two per match (most of a sampled search's time at 100 000
//! policies).

use tantivy::DocId;
use tantivy::columnar::{Column, ColumnIndex, StrColumn};

/// What a run says of each of its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    /// Company number (see `CompanyIndex`), `None` for documents without one.
    pub company: Option<u32>,
    /// The document belongs to an older version of its policy.
    pub older: bool,
}

#[derive(Debug, Default)]
pub struct Runs {
    /// First document of each run, ascending.
    starts: Vec<DocId>,
    runs: Vec<Run>,
}

/// Values read from a column at a time while runs are built.
const CHUNK: usize = 4096;

/// The values of documents `start..start + out.len()` of `column` (read in bulk where every
/// document has one).
fn read_chunk(column: &Column<u64>, start: DocId, out: &mut [Option<u64>], buf: &mut [u64]) {
    if matches!(column.index, ColumnIndex::Full) {
        let buf = &mut buf[..out.len()];
        column.values.get_range(u64::from(start), buf);
        for (o, v) in out.iter_mut().zip(buf.iter()) {
            *o = Some(*v);
        }
    } else {
        for (k, o) in out.iter_mut().enumerate() {
            *o = column.first(start + k as DocId);
        }
    }
}

impl Runs {
    /// The runs of a segment: `companies` is its `company_key` column, whose term ordinals
    /// `numbers` maps to company numbers; `latest` its `latest` column (1 for the newest
    /// version of a policy), if it has one.
    pub fn of(
        companies: &StrColumn,
        numbers: &[u32],
        latest: Option<&Column<u64>>,
        max_doc: DocId,
    ) -> Runs {
        let mut runs = Runs::default();
        let (mut ords, mut versions, mut buf) = ([None; CHUNK], [None; CHUNK], [0u64; CHUNK]);
        let mut start: DocId = 0;
        while start < max_doc {
            let n = (max_doc - start).min(CHUNK as DocId) as usize;
            read_chunk(companies.ords(), start, &mut ords[..n], &mut buf);
            if let Some(latest) = latest {
                read_chunk(latest, start, &mut versions[..n], &mut buf);
            }
            for k in 0..n {
                let run = Run {
                    company: ords[k].and_then(|o| numbers.get(usize::try_from(o).ok()?).copied()),
                    older: versions[k] == Some(0),
                };
                if runs.runs.last() != Some(&run) {
                    runs.starts.push(start + k as DocId);
                    runs.runs.push(run);
                }
            }
            start += n as DocId;
        }
        runs
    }

    /// The run holding `doc`.
    pub fn find(&self, doc: DocId, from: usize) -> Option<Run> {
        self.find_from(doc, from).map(|(run, _)| run)
    }

    /// The run holding `doc` and its place, searched from place `from` (where the previous
    /// document of an ascending walk was): galloping forward from there, so that a match a few
    /// runs on costs a few reads near the last; a binary search when `doc` lies before it.
    pub fn find_from(&self, doc: DocId, from: usize) -> Option<(Run, usize)> {
        let starts = &self.starts;
        let at = if from >= starts.len() || starts[from] > doc {
            starts.partition_point(|&s| s <= doc).checked_sub(1)?
        } else {
            // starts[lo] <= doc: double the step until a start lies past doc.
            let (mut lo, mut step) = (from, 1);
            while lo + step < starts.len() && starts[lo + step] <= doc {
                lo += step;
                step *= 2;
            }
            let hi = (lo + step).min(starts.len());
            lo + starts[lo..hi].partition_point(|&s| s <= doc) - 1
        };
        Some((*self.runs.get(at)?, at))
    }

    /// How many runs hold documents of `from..to` (at least the companies there: a company's
    /// older and newest versions are runs of their own).
    pub fn runs_between(&self, from: DocId, to: DocId) -> usize {
        if from >= to {
            return 0;
        }
        let first = self
            .starts
            .partition_point(|&s| s <= from)
            .saturating_sub(1);
        let last = self.starts.partition_point(|&s| s < to);
        last.saturating_sub(first)
    }

    /// Runs from (first document, run) pairs, for tests.
    #[cfg(test)]
    fn from_pairs(pairs: &[(DocId, Run)]) -> Runs {
        Runs {
            starts: pairs.iter().map(|p| p.0).collect(),
            runs: pairs.iter().map(|p| p.1).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_from_any_place_agrees_with_a_plain_search() {
        let run = |c: u32, older: bool| Run {
            company: Some(c),
            older,
        };
        let pairs: Vec<(DocId, Run)> = (0..200u32)
            .map(|i| (i * 7 + (i % 3), run(i / 2, i % 5 == 0)))
            .collect();
        let runs = Runs::from_pairs(&pairs);
        let plain = |doc: DocId| {
            pairs
                .iter()
                .rev()
                .find(|(start, _)| *start <= doc)
                .map(|(_, r)| *r)
        };
        for doc in 0..1500 {
            for from in [0, 1, 5, 50, 150, 199, 200, 10_000] {
                assert_eq!(runs.find(doc, from), plain(doc), "doc {doc} from {from}");
            }
        }
        // An ascending walk that keeps its place.
        let mut place = 0;
        for doc in (0..1500).step_by(13) {
            let (found, at) = runs.find_from(doc, place).unwrap();
            assert_eq!(Some(found), plain(doc));
            assert!(at >= place);
            place = at;
        }
        assert_eq!(Runs::default().find(3, 0), None);
    }
}
