//! A union of queries that moves its parts only as far as asked, scoring a document as the sum
//! of its parts' scores (as Tantivy's own union does).
//!
//! Tantivy's union buffers: each step past its window of 4 096 documents scores every match of
//! every part in the next window. Searching the whole index, that is fast. The browser samples
//! instead (see `gather`): it takes some 60 matches from each of 64 places in the index, so a
//! buffered union scored some 2 700 documents per place to use 60 of them, and a word with near
//! spellings ("information", 1.3 million matching sections at 100 000 policies) took 8 ms
//! where the word alone took 1.2 ms. This union advances its parts one match at a time.

use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Documents matching any of the parts.
#[derive(Debug)]
pub struct Union {
    parts: Vec<Box<dyn Query>>,
}

impl Union {
    pub fn new(parts: Vec<Box<dyn Query>>) -> Union {
        Union { parts }
    }
}

impl Clone for Union {
    fn clone(&self) -> Union {
        Union {
            parts: self.parts.iter().map(|p| p.box_clone()).collect(),
        }
    }
}

impl Query for Union {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let parts = self
            .parts
            .iter()
            .map(|p| p.weight(scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(UnionWeight { parts }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for p in &self.parts {
            p.query_terms(visitor);
        }
    }
}

struct UnionWeight {
    parts: Vec<Box<dyn Weight>>,
}

impl Weight for UnionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut parts = Vec::with_capacity(self.parts.len());
        for w in &self.parts {
            let s = w.scorer(reader, boost)?;
            if s.doc() != TERMINATED {
                parts.push(s);
            }
        }
        Ok(match parts.len() {
            0 => Box::new(EmptyScorer),
            1 => parts.swap_remove(0),
            _ => Box::new(UnionScorer::new(parts)),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let matched: Vec<Explanation> = self
            .parts
            .iter()
            .filter_map(|w| w.explain(reader, doc).ok())
            .collect();
        if matched.is_empty() {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        let mut e = Explanation::new("sum of", matched.iter().map(Explanation::value).sum());
        for m in matched {
            e.add_detail(m);
        }
        Ok(e)
    }
}

struct UnionScorer {
    parts: Vec<Box<dyn Scorer>>,
    /// The document each part is on.
    docs: Vec<DocId>,
    doc: DocId,
}

impl UnionScorer {
    fn new(parts: Vec<Box<dyn Scorer>>) -> UnionScorer {
        let docs: Vec<DocId> = parts.iter().map(|p| p.doc()).collect();
        let doc = docs.iter().copied().min().unwrap_or(TERMINATED);
        UnionScorer { parts, docs, doc }
    }

    fn settle(&mut self) -> DocId {
        self.doc = self.docs.iter().copied().min().unwrap_or(TERMINATED);
        self.doc
    }
}

impl DocSet for UnionScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        for (part, doc) in self.parts.iter_mut().zip(self.docs.iter_mut()) {
            if *doc == self.doc {
                *doc = part.advance();
            }
        }
        self.settle()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for (part, doc) in self.parts.iter_mut().zip(self.docs.iter_mut()) {
            if *doc < target {
                *doc = part.seek(target);
            }
        }
        self.settle()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.parts.iter().map(|p| p.size_hint()).max().unwrap_or(0)
    }

    fn cost(&self) -> u64 {
        self.parts.iter().map(|p| p.cost()).sum()
    }
}

impl Scorer for UnionScorer {
    fn score(&mut self) -> Score {
        let mut sum = 0.0;
        for (part, doc) in self.parts.iter_mut().zip(&self.docs) {
            if *doc == self.doc {
                sum += part.score();
            }
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, STORED, Schema, TEXT};
    use tantivy::{Index, IndexWriter, doc};

    /// Same documents and same scores as Tantivy's union, however the union is walked.
    #[test]
    fn matches_and_scores_as_tantivys_union() {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT | STORED);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        let words = ["alpha", "beta", "gamma", "delta"];
        for i in 0..5_000u32 {
            let text: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|(w, _)| (i * 7 + *w as u32 * 3).is_multiple_of(*w as u32 + 2))
                .map(|(_, w)| *w)
                .collect();
            writer.add_document(doc!(body => text.join(" "))).unwrap();
            if i % 1_700 == 0 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(body, w),
                IndexRecordOption::WithFreqs,
            ))
        };
        let ours = Union::new(vec![term("alpha"), term("gamma"), term("delta")]);
        let theirs = BooleanQuery::union(vec![term("alpha"), term("gamma"), term("delta")]);
        assert_eq!(
            searcher.search(&ours, &Count).unwrap(),
            searcher.search(&theirs, &Count).unwrap()
        );
        let top = |q: &dyn Query| {
            searcher
                .search(q, &TopDocs::with_limit(5_000).order_by_score())
                .unwrap()
        };
        let (a, b) = (top(&ours), top(&theirs));
        assert_eq!(a.len(), b.len());
        for ((sa, da), (sb, db)) in a.iter().zip(&b) {
            assert_eq!(da, db);
            assert!((sa - sb).abs() < 1e-4, "{sa} vs {sb}");
        }
        // Seeking lands on the first match at or after the target.
        let weight = ours
            .weight(EnableScoring::enabled_from_searcher(&searcher))
            .unwrap();
        let reader = searcher.segment_reader(0);
        let mut all = weight.scorer(reader, 1.0).unwrap();
        let mut docs = Vec::new();
        while all.doc() != TERMINATED {
            docs.push(all.doc());
            all.advance();
        }
        for target in [0, 1, 17, 500, reader.max_doc() - 1, reader.max_doc()] {
            let mut s = weight.scorer(reader, 1.0).unwrap();
            let expected = docs
                .iter()
                .copied()
                .find(|d| *d >= target)
                .unwrap_or(TERMINATED);
            assert_eq!(s.seek(target), expected, "seek {target}");
        }
        // A part with no match in a segment is left out; none at all is empty.
        let none = Union::new(vec![term("zeta"), term("eta")]);
        assert_eq!(searcher.search(&none, &Count).unwrap(), 0);
    }
}
