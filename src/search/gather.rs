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
use std::sync::{Arc, Mutex, PoisonError};

use tantivy::fastfield::AliveBitSet;
use tantivy::query::{EnableScoring, Query, Scorer, Weight};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, TERMINATED};

use super::company_counts::{CompanyIndex, Counter, Tally};
use super::share::{helpers, share};

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

    /// Companies the part of the window not scanned is likely to add to those seen: as many
    /// as scaling the window's companies like its matches says, but never more than the
    /// companies the rest of the window holds, the one the scan stopped in not counted again
    /// (a company's documents sit together). Scaled alone, one policy of thousands of
    /// matching sections counted as a company in every window it spans ("≈ 33 companies"
    /// where 3 matched).
    fn unseen_companies(&self, index: &CompanyIndex) -> f64 {
        if self.next == self.start || self.done() {
            return 0.0;
        }
        let guess = self.scale(self.companies) - self.companies as f64;
        let segment = self.segment as SegmentOrdinal;
        let there = index.companies_between(segment, self.next, self.end);
        let goes_on =
            self.last_company.is_some() && self.last_company == index.number_of(segment, self.next);
        guess.min((there - usize::from(goes_on && there > 0)) as f64)
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

/// Sections below which a search runs in one lane: a corpus of a few thousand sections is
/// searched in microseconds, less than handing work to another thread costs.
const LANE_MIN_DOCS: u64 = 50_000;

/// Visits the matches of `query`: all of them when `budget` is `None`, else at most about
/// `budget` of them spread over the whole index (all of them when there are fewer). With
/// `latest_only`, matches in older versions of a policy are passed over.
///
/// The windows are shared out among lanes run side by side on every core, so a search that
/// visits thousands of matches (a conjunction walks several documents per match) takes half
/// the time on two cores. Each lane has its share of the budget; what a sparse lane leaves is
/// then spent on the windows other lanes cut short, so the matches visited do not depend on
/// how the threads happened to run.
pub fn gather(
    searcher: &Searcher,
    query: &dyn Query,
    limit: usize,
    budget: Option<usize>,
    latest_only: bool,
    companies: &Arc<CompanyIndex>,
    tallies: Tallies,
) -> tantivy::Result<Gathered> {
    let readers = searcher.segment_readers();
    let total_docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
    let lanes = if total_docs < LANE_MIN_DOCS {
        1
    } else {
        // Twice as many lanes as threads: a thread held up (a virtual core lent elsewhere for
        // a moment) leaves its other lane for a thread that is free.
        (2 * (helpers() + 1)).clamp(1, 16)
    };
    gather_in_lanes(
        searcher,
        query,
        Plan {
            limit,
            budget,
            latest_only,
            lanes,
        },
        companies,
        tallies,
    )
}

/// How a pass over the matches is run.
#[derive(Debug, Clone, Copy)]
struct Plan {
    limit: usize,
    budget: Option<usize>,
    latest_only: bool,
    /// Lanes the windows are shared out among.
    lanes: usize,
}

/// What one lane (or the whole search) has found so far.
struct Found {
    counts: Counter,
    top: Top,
    /// Budget not yet used.
    remaining: u64,
    visited: usize,
}

impl Found {
    fn new(limit: usize, companies: &Arc<CompanyIndex>, remaining: u64) -> Found {
        Found {
            counts: Counter::new(companies),
            top: Top {
                limit,
                heap: BinaryHeap::with_capacity(limit + 1),
            },
            remaining,
            visited: 0,
        }
    }

    /// Takes in what another lane found.
    fn absorb(&mut self, other: Found) {
        self.counts.absorb(other.counts);
        for Ranked(score, addr) in other.top.heap {
            self.top.offer(score, addr);
        }
        self.remaining = self.remaining.saturating_add(other.remaining);
        self.visited += other.visited;
    }
}

fn gather_in_lanes(
    searcher: &Searcher,
    query: &dyn Query,
    plan: Plan,
    companies: &Arc<CompanyIndex>,
    tallies: Tallies,
) -> tantivy::Result<Gathered> {
    let Plan { limit, budget, .. } = plan;
    let scoring = limit > 0;
    let weight = query.weight(if scoring {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    })?;
    let weight: Arc<dyn Weight> = Arc::from(weight);
    let readers = searcher.segment_readers();
    let total_docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
    // Windows serve the sample's spread and the lanes' shares; a search over every match
    // with one lane needs no more than a window per segment.
    let span = if budget.is_some() || plan.lanes > 1 {
        total_docs.div_ceil(WINDOWS).max(1)
    } else {
        u64::MAX
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

    let total_budget = budget.map_or(u64::MAX, |b| b as u64);
    let lanes = plan.lanes.clamp(1, windows.len().max(1));
    let mut found = if lanes == 1 {
        let mut found = Found::new(limit, companies, total_budget);
        passes(searcher, weight.as_ref(), &mut windows, plan, &mut found)?;
        found
    } else {
        // Each lane's share of the budget follows its share of the windows; the budget up to
        // the end of lane `i` is rounded so the shares add up to the whole budget.
        let per_lane = windows.len().div_ceil(lanes);
        let n_windows = windows.len() as u64;
        let upto = |i: usize| {
            total_budget.saturating_mul(((i * per_lane) as u64).min(n_windows)) / n_windows
        };
        let mut lane_windows: Vec<Mutex<Vec<Window>>> = Vec::new();
        let mut shares: Vec<u64> = Vec::new();
        let mut rest = windows.into_iter();
        loop {
            let lane: Vec<Window> = rest.by_ref().take(per_lane).collect();
            if lane.is_empty() {
                break;
            }
            let i = lane_windows.len();
            shares.push(match budget {
                Some(_) => upto(i + 1) - upto(i),
                None => u64::MAX,
            });
            lane_windows.push(Mutex::new(lane));
        }
        let results = {
            let (searcher, weight, companies) =
                (searcher.clone(), Arc::clone(&weight), Arc::clone(companies));
            share(lane_windows.len(), helpers(), move |i| {
                let mut lane = std::mem::take(
                    &mut *lane_windows[i]
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner),
                );
                let mut found = Found::new(limit, &companies, shares[i]);
                passes(&searcher, weight.as_ref(), &mut lane, plan, &mut found)
                    .map(|()| (lane, found))
            })
        };
        windows = Vec::with_capacity(n_windows as usize);
        let mut merged = Found::new(limit, companies, 0);
        for lane in results {
            let (lane, found) = lane?;
            windows.extend(lane);
            merged.absorb(found);
        }
        merged.remaining = match budget {
            // Budget the shares' rounding left, and what sparse lanes did not use.
            Some(b) => (b as u64).saturating_sub(merged.visited as u64),
            None => u64::MAX,
        };
        // What sparse lanes left goes to the windows the others cut short.
        passes(searcher, weight.as_ref(), &mut windows, plan, &mut merged)?;
        merged
    };
    let visited = found.visited;
    let exact = windows.iter().all(Window::done);
    let distinct = found.counts.distinct();
    let top: Vec<(Score, DocAddress)> = std::mem::take(&mut found.top.heap)
        .into_sorted_vec()
        .into_iter()
        .map(|r| (r.0, r.1))
        .collect();
    let tallies = match tallies {
        Tallies::All => found.counts.tallies(None),
        Tallies::OfTop => {
            let mut of_top: Vec<u32> = top
                .iter()
                .filter_map(|(_, a)| companies.number_of(a.segment_ord, a.doc_id))
                .collect();
            of_top.sort_unstable();
            of_top.dedup();
            found.counts.tallies(Some(&of_top))
        }
    };
    let (total, total_companies) = if exact {
        (visited, distinct)
    } else {
        let hits: f64 = windows.iter().map(|w| w.scale(w.matched)).sum();
        let firms: f64 = distinct as f64
            + windows
                .iter()
                .map(|w| w.unseen_companies(companies))
                .sum::<f64>();
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

/// Scans `windows` in up to [`PASSES`] passes until they are done or `found.remaining` is
/// spent.
fn passes(
    searcher: &Searcher,
    weight: &dyn Weight,
    windows: &mut [Window],
    plan: Plan,
    found: &mut Found,
) -> tantivy::Result<()> {
    let readers = searcher.segment_readers();
    let sampled = plan.budget.is_some();
    for pass in 0..PASSES {
        // The last pass gives what is left to the windows in turn: a window that used its
        // share exactly does not know it is done, and the budget may still cover it.
        let last = pass + 1 == PASSES;
        let mut open: Vec<&mut Window> = windows.iter_mut().filter(|w| !w.done()).collect();
        if open.is_empty() || found.remaining == 0 {
            break;
        }
        let mut left = open.len() as u64;
        // Windows come segment by segment: one scorer per segment and pass.
        for group in open.chunk_by_mut(|a, b| a.segment == b.segment) {
            let s = group[0].segment;
            let mut scorer = weight.scorer(&readers[s], 1.0)?;
            let alive = readers[s].alive_bitset();
            for window in group.iter_mut() {
                if found.remaining == 0 {
                    break;
                }
                let share = match sampled {
                    true if last => found.remaining,
                    true => (found.remaining / left).max(1),
                    false => u64::MAX,
                };
                left -= 1;
                let taken = window.scan(
                    scorer.as_mut(),
                    share,
                    alive,
                    plan.latest_only,
                    &mut found.counts,
                    &mut found.top,
                );
                found.remaining = found.remaining.saturating_sub(taken);
                found.visited += taken as usize;
            }
        }
    }
    Ok(())
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

    /// An index of `n` sections of 40 companies, a word in every third and another in every
    /// seventh, committed in several segments.
    fn corpus(n: u32) -> (tantivy::Index, tantivy::schema::Field) {
        use tantivy::schema::{FAST, STRING, Schema, TEXT};
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let key = schema.add_text_field("company_key", STRING | FAST);
        let index = tantivy::Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        for i in 0..n {
            let mut text = String::from("policy");
            if i % 3 == 0 {
                text.push_str(" retention");
            }
            if i % 7 == 0 || i % 11 == 0 {
                text.push_str(" delete");
            }
            // Companies in runs, as indexing places them.
            let company = format!("c{:02}", i * 40 / n);
            writer
                .add_document(tantivy::doc!(body => text, key => company))
                .unwrap();
            if i % 2_000 == 1_999 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        (index, body)
    }

    /// However many lanes a search is shared out among, it finds the same: every match when
    /// it visits every match, and the same sample (not a thread's luck) when it samples.
    #[test]
    fn lanes_find_what_one_lane_finds() {
        use tantivy::query::{BooleanQuery, TermQuery};
        use tantivy::schema::IndexRecordOption;
        let (index, body) = corpus(9_000);
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() > 1);
        let companies = Arc::new(CompanyIndex::build(&searcher).unwrap());
        let term = |w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                tantivy::Term::from_field_text(body, w),
                IndexRecordOption::WithFreqs,
            ))
        };
        let query = BooleanQuery::intersection(vec![term("retention"), term("delete")]);
        let run = |lanes: usize, budget: Option<usize>| {
            let plan = Plan {
                limit: 10,
                budget,
                latest_only: false,
                lanes,
            };
            gather_in_lanes(&searcher, &query, plan, &companies, Tallies::All).unwrap()
        };
        let exact = run(1, None);
        assert!(exact.exact);
        // Multiples of 21 or of 33 below 9 000 (those of 231 are both).
        assert_eq!(exact.total, 429 + 273 - 39);
        assert_eq!(exact.total_companies, 40);
        for lanes in [2, 3, 5] {
            let other = run(lanes, None);
            assert!(other.exact);
            assert_eq!(other.total, exact.total);
            assert_eq!(other.total_companies, exact.total_companies);
            assert_eq!(other.top, exact.top, "{lanes} lanes");
            assert_eq!(other.tallies, exact.tallies, "{lanes} lanes");
        }
        // A budget above the matches visits them all, in lanes too.
        let whole = run(3, Some(5_000));
        assert!(whole.exact);
        assert_eq!(whole.total, exact.total);
        assert_eq!(whole.top, exact.top);
        // A budget below them samples: about the budget's worth is visited, spread so the
        // estimate lands near the truth, and the same sample every time.
        for lanes in [1, 3] {
            let sampled = run(lanes, Some(200));
            assert!(!sampled.exact);
            let visited: u32 = sampled.tallies.iter().map(|t| t.hits).sum();
            assert!(
                (190..=200).contains(&visited),
                "{lanes} lanes: {visited} visited"
            );
            let ratio = sampled.total as f64 / exact.total as f64;
            assert!(
                (0.85..1.15).contains(&ratio),
                "{lanes} lanes: {}",
                sampled.total
            );
            assert_eq!(sampled.total_companies, 40);
            let again = run(lanes, Some(200));
            assert_eq!(again.top, sampled.top);
            assert_eq!(again.tallies, sampled.tallies);
        }
    }

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
