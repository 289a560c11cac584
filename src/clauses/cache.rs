//! Clause kinds of texts seen before, remembered by a hash of the text. A corpus repeats
//! itself: the versions of one site's policy keep most sections word for word (38 % of the
//! bytes of the shared corpus's dated versions are sections seen in an earlier version), and
//! sites built from one template share whole sections. Detection is the costliest step of an
//! index build after Tantivy's own; a repeated section costs a hash instead.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::Detector;

/// Texts remembered before the cache starts afresh: some 24 bytes each (a slot of the table
/// and the counts), 12 MB at most. Repeats cluster (a site's versions are read side by side),
/// so forgetting everything now and then loses little.
const DEFAULT_CAPACITY: usize = 1 << 19;

/// Passes on a key that is already a hash.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Keys are `u64`; fold anything else in anyway.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// [`Detector::kind_counts`] of texts, remembered by a 64-bit hash of each (two of half a
/// million texts share one with a chance of about one in 10^8).
pub struct KindCache {
    /// Hash → where its counts start in `counts` and how many there are.
    map: HashMap<u64, (u32, u32), BuildHasherDefault<Prehashed>>,
    /// (kind number, clauses of that kind) of every text remembered, one after another.
    counts: Vec<(u16, u32)>,
    capacity: usize,
    /// Texts answered from memory, and texts detected.
    pub hits: u64,
    pub misses: u64,
}

impl Default for KindCache {
    fn default() -> Self {
        KindCache::with_capacity(DEFAULT_CAPACITY)
    }
}

impl KindCache {
    /// A cache that remembers at most `capacity` texts at a time.
    pub fn with_capacity(capacity: usize) -> KindCache {
        KindCache {
            map: HashMap::default(),
            counts: Vec::new(),
            capacity: capacity.max(1),
            hits: 0,
            misses: 0,
        }
    }

    /// How many clauses of each kind `text` holds, its heading (a range, empty when it has
    /// none) naming none, as `detector.kind_counts_in(text, &[heading])` says. One cache
    /// serves one detector.
    pub fn kind_counts(
        &mut self,
        detector: &Detector,
        text: &str,
        heading: Range<usize>,
    ) -> &[(u16, u32)] {
        // The heading's length is part of the key: one text read as a heading and a body, or
        // as a body alone, may hold different clauses.
        let key = xxhash_rust::xxh3::xxh3_64_with_seed(text.as_bytes(), heading.end as u64);
        let (start, len) = match self.map.get(&key) {
            Some(&at) => {
                self.hits += 1;
                at
            }
            None => {
                self.misses += 1;
                if self.map.len() >= self.capacity || self.counts.len() >= u32::MAX as usize / 2 {
                    self.map.clear();
                    self.counts.clear();
                }
                let found = detector.kind_counts_in(text, std::slice::from_ref(&heading));
                let at = (self.counts.len() as u32, found.len() as u32);
                self.counts.extend_from_slice(&found);
                self.map.insert(key, at);
                at
            }
        };
        self.counts
            .get(start as usize..(start + len) as usize)
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_and_agrees_with_the_detector() {
        let d = Detector::builtin();
        let mut cache = KindCache::with_capacity(2);
        let a = "We will not sell your personal information to third parties.";
        let b = "We may disclose your information to law enforcement when required by law.";
        let c = "We use cookies and web beacons to track your visits.";
        for (text, hits) in [(a, 0), (a, 1), (b, 1), (a, 2), (c, 2), (b, 2)] {
            let counts = cache.kind_counts(d, text, 0..0).to_vec();
            assert_eq!(counts, d.kind_counts(text));
            assert!(!counts.is_empty(), "{text}");
            assert_eq!(cache.hits, hits, "after {text}");
        }
        // Full at two texts: `c` started it afresh, so `b` was detected again.
        assert_eq!(cache.misses, 4);
        let names: Vec<&str> = d
            .kind_counts(a)
            .iter()
            .map(|&(k, _)| d.kind_id(k))
            .collect();
        assert!(names.contains(&"no-sale"), "{names:?}");
        assert_eq!(d.kind_id(u16::MAX), "");
    }

    #[test]
    fn a_heading_names_no_clause_and_is_part_of_the_key() {
        let d = Detector::builtin();
        let mut cache = KindCache::with_capacity(8);
        let text = "Security of your information\n\nPlease read on.";
        let heading = 0..30;
        assert!(cache.kind_counts(d, text, heading.clone()).is_empty());
        assert!(
            !cache.kind_counts(d, text, 0..0).is_empty(),
            "no heading: read as a sentence"
        );
        assert_eq!(cache.misses, 2);
        assert!(cache.kind_counts(d, text, heading).is_empty());
        assert_eq!(cache.hits, 1);
    }

    #[test]
    fn counts_match_detect() {
        let d = Detector::builtin();
        let text = "We will not sell your data. We will not rent your data. We may share \
                    data in a merger or acquisition.";
        let mut expected: Vec<(String, u32)> = Vec::new();
        for m in d.detect(text) {
            match expected.iter_mut().find(|(k, _)| *k == m.kind) {
                Some(e) => e.1 += 1,
                None => expected.push((m.kind, 1)),
            }
        }
        let got: Vec<(String, u32)> = d
            .kind_counts(text)
            .iter()
            .map(|&(k, n)| (d.kind_id(k).to_string(), n))
            .collect();
        // The same counts, kinds in the order they first occur.
        assert_eq!(got, expected);
        assert!(
            got.iter().any(|(k, n)| k == "no-sale" && *n == 2),
            "{got:?}"
        );
    }
}
