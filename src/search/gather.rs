//! Visiting the matches of a query: the best hits, the hit count and the hits per company —
//! over every match, or over a bounded sample of them spread across the corpus.
//!
//! At 100 000 policies "personal information" matches half a million sections, and visiting
//! each one (checking phrase positions, scoring, counting companies) takes a quarter of a
//! second: far too slow for a keystroke. With a budget, the doc-id space is cut into windows
//! and each window gives at most its share of the budget, so the sample reaches every part
//! of the corpus (documents are indexed company by company, so doc-id order is roughly
//! company order) instead of only its first companies. Totals are then extrapolated from the
//! share of each window that was scanned and marked as estimates. Shares a sparse window leaves
//! unused go to the windows cut short, so a query with fewer matches than the budget is
//! almost always visited whole, and its figures are then exact.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::Arc;

use tantivy::fastfield::AliveBitSet;
use tantivy::query::{EnableScoring, Query, Scorer};
use tantivy::{DocAddress, DocId, Score, Searcher, TERMINATED};

use super::company_counts::{CompanyIndex, Counter, Tally};

/// Windows the doc-id space is cut into when sampling.
const WINDOWS: u64 = 64;

/// What a pass over the matches found.
#[derive(Debug, Default)]
pub struct Gathered {
    /// The best hits, best first.
    pub top: Vec<(Score, DocAddress)>,
    /// Matching documents: counted, or estimated when `exact` is false.
    pub total: usize,
    /// Companies with a match: counted, or estimated when `exact` is false.
    pub total_companies: usize,
    /// Hits per company among the matches visited: of every company, or (see [`Tallies`])
    /// only of the companies of the best hits.
    pub tallies: Vec<Tally>,
    /// Every match was visited.
    pub exact: bool,
}

/// A hit in the top-k heap, ordered so the heap's top is the worst kept hit.
struct Ranked(Score, DocAddress);

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    /// Higher score is "less" (so the max-heap's top is the lowest score); among equal
    /// scores the earlier document wins, as in Tantivy's own top-k.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
            .total_cmp(&self.0)
            .then_with(|| self.1.cmp(&other.1))
    }
}

/// Passes over the windows a sample may take: windows cut short by their share are resumed
/// with the budget that sparser windows left unused.
const PASSES: usize = 4;

/// One window of a segment's doc ids, and what scanning it found.
struct Window {
    segment: usize,
    start: DocId,
    end: DocId,
    /// The first doc id not yet scanned (`end` once the window is done).
    next: DocId,
    matched: u64,
    /// Changes of company between consecutive matches: distinct companies when a company's
    /// documents sit together (as indexing places them).
    companies: u64,
    last_company: Option<u32>,
}

impl Window {
    fn done(&self) -> bool {
        self.next >= self.end
    }

    /// Scans on from `next` until the window ends or `share` matches were taken; returns
    /// how many were. `scorer` belongs to this window's segment and is before or at `next`,
    /// or past it with no match in between. Documents of older versions are passed over
    /// when `latest_only`.
    fn scan(
        &mut self,
        scorer: &mut dyn Scorer,
        share: u64,
        alive: Option<&AliveBitSet>,
        latest_only: bool,
        counts: &mut Counter,
        top: &mut Top,
    ) -> u64 {
        if scorer.doc() < self.next {
            scorer.seek(self.next);
        }
        let segment = self.segment as u32;
        let mut doc = scorer.doc();
        let mut taken = 0u64;
        while doc != TERMINATED && doc < self.end && taken < share {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                let run = counts.locate(segment, doc);
                if !(latest_only && run.is_some_and(|r| r.older)) {
                    taken += 1;
                    let company = run.and_then(|r| counts.count(r, segment, doc));
                    if company != self.last_company {
                        self.companies += 1;
                        self.last_company = company;
                    }
                    if top.limit > 0 {
                        top.offer(scorer.score(), DocAddress::new(segment, doc));
                    }
                }
            }
            doc = scorer.advance();
        }
        self.next = if doc == TERMINATED {
            self.end
        } else {
            doc.min(self.end)
        };
        self.matched += taken;
        taken
    }

    /// `n` scaled from the part of the window scanned to the whole window.
    fn scale(&self, n: u64) -> f64 {
        let covered = self.next - self.start;
        if covered == 0 {
            0.0
        } else {
            n as f64 * f64::from(self.end - self.start) / f64::from(covered)
        }
    }
}

/// The top hits kept while scanning.
struct Top {
    limit: usize,
    heap: BinaryHeap<Ranked>,
}

impl Top {
    fn offer(&mut self, score: Score, addr: DocAddress) {
        // Among equal scores the earlier document wins, whatever order windows were visited
        // in, so a resumed sample keeps the same hits as a single pass.
        let better = self.heap.len() < self.limit
            || self
                .heap
                .peek()
                .is_some_and(|w| score > w.0 || (score == w.0 && addr < w.1));
        if better {
            self.heap.push(Ranked(score, addr));
            if self.heap.len() > self.limit {
                self.heap.pop();
            }
        }
    }
}

/// Which companies [`Gathered::tallies`] covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tallies {
    /// Every company with a match visited (for a list of the companies with most hits).
    All,
    /// Only the companies of the best hits (what the browser shows beside each hit): no
    /// sorting of every match by company.
    OfTop,
}

/// Visits the matches of `query`: all of them when `budget` is `None`, else at most about
/// `budget` of them spread over the whole index (all of them when there are fewer). With
/// `latest_only`, matches in older versions of a policy are passed over.
pub fn gather(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
    budget: Option<usize>,
    latest_only: bool,
    companies: &Arc<CompanyIndex>,
    tallies: Tallies,
) -> tantivy::Result<Gathered> {
    let scoring = limit > 0;
    let weight = query.weight(if scoring {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    })?;
    let readers = searcher.segment_readers();
    let total_docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
    let span = match budget {
        Some(_) => total_docs.div_ceil(WINDOWS).max(1),
        None => u64::MAX,
    };
    let mut windows: Vec<Window> = Vec::new();
    for (segment, reader) in readers.iter().enumerate() {
        let max_doc = u64::from(reader.max_doc());
        let mut start = 0u64;
        while start < max_doc {
            let end = start.saturating_add(span).min(max_doc);
            windows.push(Window {
                segment,
                start: start as DocId,
                end: end as DocId,
                next: start as DocId,
                matched: 0,
                companies: 0,
                last_company: None,
            });
            start = end;
        }
    }

    let mut counts = Counter::new(companies);
    let mut top = Top {
        limit,
        heap: BinaryHeap::with_capacity(limit + 1),
    };
    let mut remaining = budget.map_or(u64::MAX, |b| b as u64);
    let mut visited = 0usize;
    for pass in 0..PASSES {
        // The last pass gives what is left to the windows in turn: a window that used its
        // share exactly does not know it is done, and the budget may still cover it.
        let last = pass + 1 == PASSES;
        let mut open: Vec<&mut Window> = windows.iter_mut().filter(|w| !w.done()).collect();
        if open.is_empty() || remaining == 0 {
            break;
        }
        let mut left = open.len() as u64;
        // Windows come segment by segment: one scorer per segment and pass.
        for group in open.chunk_by_mut(|a, b| a.segment == b.segment) {
            let s = group[0].segment;
            let mut scorer = weight.scorer(&readers[s], 1.0)?;
            let alive = readers[s].alive_bitset();
            for window in group.iter_mut() {
                let share = match budget {
                    Some(_) if last => remaining,
                    Some(_) => (remaining / left).max(1),
                    None => u64::MAX,
                };
                left -= 1;
                let taken = window.scan(
                    scorer.as_mut(),
                    share,
                    alive,
                    latest_only,
                    &mut counts,
                    &mut top,
                );
                remaining = remaining.saturating_sub(taken);
                visited += taken as usize;
            }
        }
    }
    let exact = windows.iter().all(Window::done);
    let distinct = counts.distinct();
    let top: Vec<(Score, DocAddress)> = top
        .heap
        .into_sorted_vec()
        .into_iter()
        .map(|r| (r.0, r.1))
        .collect();
    let tallies = match tallies {
        Tallies::All => counts.tallies(None),
        Tallies::OfTop => {
            let mut of_top: Vec<u32> = top
                .iter()
                .filter_map(|(_, a)| companies.number_of(a.segment_ord, a.doc_id))
                .collect();
            of_top.sort_unstable();
            of_top.dedup();
            counts.tallies(Some(&of_top))
        }
    };
    let (total, total_companies) = if exact {
        (visited, distinct)
    } else {
        let hits: f64 = windows.iter().map(|w| w.scale(w.matched)).sum();
        let firms: f64 = windows.iter().map(|w| w.scale(w.companies)).sum();
        (
            round_estimate(hits).max(visited),
            round_estimate(firms)
                .min(companies.keys.len())
                .max(distinct),
        )
    };
    Ok(Gathered {
        // Ascending in the heap's order is best first.
        top,
        total,
        total_companies,
        tallies,
        exact,
    })
}

/// An estimate to two significant digits, so it does not pretend to a precision it lacks.
fn round_estimate(x: f64) -> usize {
    if !x.is_finite() || x <= 0.0 {
        return 0;
    }
    let digits = x.log10().floor() as i32;
    let unit = 10f64.powi((digits - 1).max(0));
    ((x / unit).round() * unit) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_keep_two_significant_digits() {
        assert_eq!(round_estimate(253_629.0), 250_000);
        assert_eq!(round_estimate(87.4), 87);
        assert_eq!(round_estimate(1_049.0), 1_000);
        assert_eq!(round_estimate(0.0), 0);
        assert_eq!(round_estimate(f64::NAN), 0);
    }

    #[test]
    fn the_worst_kept_hit_sits_on_top_of_the_heap() {
        let mut heap = BinaryHeap::new();
        for (i, s) in [3.0f32, 1.0, 2.0].into_iter().enumerate() {
            heap.push(Ranked(s, DocAddress::new(0, i as u32)));
        }
        assert_eq!(heap.peek().map(|r| r.0), Some(1.0));
    }
}
