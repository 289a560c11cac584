//! How segments are merged while an index is built: Tantivy's logarithmic policy, with no merge
//! larger than a bound. A merge writes its whole output before the segments it replaces are
//! deleted, so an unbounded merge near the end of a million-policy build needs as much free
//! disk again as the largest segment (a 1 M build ran out of 26 GB that way) and holds more
//! memory. Bounded merges leave a few more segments, which the searches visit one by one anyway.

use tantivy::index::SegmentMeta;
use tantivy::merge_policy::{LogMergePolicy, MergeCandidate, MergePolicy};

/// Documents (sections) a merge may produce: about 2 GB of index at ~1 KB a section.
pub const MAX_MERGED_DOCS: u32 = 2_000_000;

#[derive(Debug)]
pub struct BoundedMerges {
    inner: LogMergePolicy,
    max_docs: u32,
}

impl BoundedMerges {
    pub fn new(max_docs: u32) -> BoundedMerges {
        let mut inner = LogMergePolicy::default();
        // A segment already at the bound is final.
        inner.set_max_docs_before_merge(max_docs as usize);
        BoundedMerges { inner, max_docs }
    }
}

impl Default for BoundedMerges {
    fn default() -> Self {
        BoundedMerges::new(MAX_MERGED_DOCS)
    }
}

impl MergePolicy for BoundedMerges {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let docs = |id| {
            segments
                .iter()
                .find(|s| s.id() == id)
                .map_or(0, |s| u64::from(s.num_docs()))
        };
        let mut out = Vec::new();
        for candidate in self.inner.compute_merge_candidates(segments) {
            // Split each proposed merge into runs that stay within the bound; a run of one
            // segment is no merge at all.
            let mut keep = |run: Vec<_>| {
                if run.len() > 1 {
                    out.push(MergeCandidate(run));
                }
            };
            let mut run = Vec::new();
            let mut total = 0u64;
            for id in candidate.0 {
                let n = docs(id);
                if !run.is_empty() && total + n > u64::from(self.max_docs) {
                    keep(std::mem::take(&mut run));
                    total = 0;
                }
                run.push(id);
                total += n;
            }
            keep(run);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::Index;
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;

    fn metas(sizes: &[u32]) -> Vec<SegmentMeta> {
        let index = Index::create_in_ram(Schema::builder().build());
        sizes
            .iter()
            .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
            .collect()
    }

    fn merged_sizes(policy: &BoundedMerges, segments: &[SegmentMeta]) -> Vec<u32> {
        let mut sizes: Vec<u32> = policy
            .compute_merge_candidates(segments)
            .iter()
            .map(|c| {
                c.0.iter()
                    .map(|id| segments.iter().find(|s| s.id() == *id).unwrap().num_docs())
                    .sum()
            })
            .collect();
        sizes.sort();
        sizes
    }

    #[test]
    fn no_merge_exceeds_the_bound() {
        let policy = BoundedMerges::new(1_000);
        // Tantivy would merge these eight into one of 2,400.
        let segments = metas(&[300; 8]);
        assert_eq!(merged_sizes(&policy, &segments), vec![600, 900, 900]);
    }

    #[test]
    fn small_merges_are_left_as_tantivy_plans_them() {
        let policy = BoundedMerges::new(1_000_000);
        let segments = metas(&[300; 8]);
        assert_eq!(merged_sizes(&policy, &segments), vec![2_400]);
    }
}
