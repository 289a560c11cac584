//! Near spellings and prefixes turned into the words of the index they stand for, looked up
//! once per index generation and kept.
//!
//! Tantivy's fuzzy and prefix queries gather every matching word's postings into a bitset on
//! each search: for `information` (two edits allowed) or the prefix `p` at 100 000 policies,
//! that is a million postings read per keystroke, and the matches come back unranked. Here a
//! near spelling becomes the few most frequent words within its edit distance, and a prefix
//! the most frequent words it starts, each an ordinary term: ranked by BM25, able to skip,
//! and cheap to sample.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use tantivy::Searcher;
use tantivy::schema::Field;
use tantivy_fst::Automaton;
use tantivy_fst::automaton::AlwaysMatch;

/// Near spellings a word stands for, the most frequent first.
pub const NEAR_WORDS: usize = 16;
/// A near word is kept when at most this many times rarer than the word itself.
pub const NEAR_RATIO: u64 = 100;
/// Words a prefix stands for, the most frequent first.
pub const COMPLETIONS: usize = 32;
/// Expansions remembered per index generation before the memo starts over.
const MEMO_LIMIT: usize = 4096;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Near(u32, String, u8),
    Prefix(u32, String),
}

/// Expansions for one searcher generation.
#[derive(Default)]
pub struct Expander {
    memo: Mutex<HashMap<Key, Arc<[String]>>>,
}

/// The words of an index, as a query builder asks for them.
pub trait Vocabulary {
    /// Words of `field` within `distance` edits of `token`, the token itself excluded.
    fn near(&self, field: Field, token: &str, distance: u8) -> Arc<[String]>;
    /// The most frequent words of `field` that start with `prefix` and have no more words
    /// than it (pair and triple terms hold several).
    fn completions(&self, field: Field, prefix: &str) -> Arc<[String]>;
}

/// A [`Vocabulary`] read from a searcher's term dictionaries.
pub struct IndexVocabulary<'a> {
    pub searcher: &'a Searcher,
    pub expander: &'a Expander,
}

/// A Levenshtein automaton, shared so one serves every segment.
#[derive(Clone)]
struct Dfa(std::rc::Rc<DFA>);

impl Automaton for Dfa {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

/// Levenshtein automaton builders for one and two edits (a transposition counts as one);
/// building one takes milliseconds, so they are made once.
fn builder(distance: u8) -> &'static LevenshteinAutomatonBuilder {
    static BUILDERS: OnceLock<[LevenshteinAutomatonBuilder; 2]> = OnceLock::new();
    let all = BUILDERS.get_or_init(|| {
        [
            LevenshteinAutomatonBuilder::new(1, true),
            LevenshteinAutomatonBuilder::new(2, true),
        ]
    });
    &all[usize::from(distance.clamp(1, 2) - 1)]
}

/// Which near spellings a word typed stands for, from the words of the index within its edit
/// distance and their document frequencies (`found`, the word itself among them if the index
/// holds it).
///
/// A word the index holds, and not a hundred times less often than its commonest neighbour,
/// is spelled as the user meant: it stands for itself and its variants, the near words it
/// begins or that begin with it (`merger` → merge, `delete` → deleted), not for the other words
/// that happen to be near (`retention` → attention, detection, prevention). A word the index
/// lacks, or holds only as a rare misspelling of a common word, keeps every near spelling:
/// that is what typo tolerance is for. Either way, near words a hundred times rarer than the
/// word are misspellings of it, and add only cost.
fn keep_near(
    token: &str,
    mut found: HashMap<Vec<u8>, u64>,
    inflected: &[String],
) -> HashMap<Vec<u8>, u64> {
    let own = found.remove(token.as_bytes()).unwrap_or(0);
    let commonest = found.values().copied().max().unwrap_or(0);
    let established = own > 0 && own.saturating_mul(NEAR_RATIO) >= commonest;
    let t = token.as_bytes();
    found.retain(|w, n| {
        let variant = w.starts_with(t)
            || t.starts_with(w)
            || inflected.iter().any(|i| i.as_bytes() == &w[..]);
        n.saturating_mul(NEAR_RATIO) >= own && (variant || !established)
    });
    found
}

/// Endings of English inflection and derivation a word may carry in a policy.
const ENDINGS: [&str; 9] = ["s", "es", "d", "ed", "ing", "er", "ers", "ion", "ions"];

/// The inflected forms of `token` and of the stem it may be an inflection of, past the reach
/// of its edit distance: `retain` → retained, retaining; `sharing` → share, shared;
/// `collected` → collect, collection. Stems are four letters or more.
fn inflections(token: &str) -> Vec<String> {
    if !token.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let mut stems = vec![token.to_string()];
    for ending in ENDINGS {
        // "es" only after a hiss ("addresses", "boxes"): "cookies" is no "cooki".
        let hiss = |stem: &str| {
            stem.ends_with(['s', 'x', 'z']) || stem.ends_with("ch") || stem.ends_with("sh")
        };
        if let Some(stem) = token.strip_suffix(ending)
            && stem.len() >= 4
            && (ending != "es" || hiss(stem))
        {
            stems.push(stem.to_string());
            // "sharing" → "share", "deletion" → "delete".
            if matches!(ending, "ing" | "ed" | "ion" | "ions" | "er" | "ers") {
                stems.push(format!("{stem}e"));
            }
        }
    }
    let mut out = Vec::new();
    for stem in &stems {
        out.push(stem.clone());
        // "share" → "sharing", "shared"; "delete" → "deletion".
        let base = stem.strip_suffix('e').unwrap_or(stem);
        for ending in ENDINGS {
            let form = if ending.starts_with(['e', 'i']) {
                format!("{base}{ending}")
            } else {
                format!("{stem}{ending}")
            };
            out.push(form);
        }
    }
    out.retain(|w| w != token);
    out.sort_unstable();
    out.dedup();
    out
}

/// The `keep` most frequent of `words` (document frequency summed over segments).
fn most_frequent(words: HashMap<Vec<u8>, u64>, keep: usize) -> Arc<[String]> {
    let mut words: Vec<(Vec<u8>, u64)> = words.into_iter().collect();
    words.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words
        .into_iter()
        .take(keep)
        .filter_map(|(w, _)| String::from_utf8(w).ok())
        .collect()
}

impl IndexVocabulary<'_> {
    /// Works out the completions of every one- and two-letter prefix of `field` ahead of
    /// time: those prefixes stand for the most words (`s` for tens of thousands), so looking
    /// them up is the slowest part of a keystroke. One pass over the words of each first
    /// letter serves that letter and every two-letter prefix that starts with it.
    pub fn prefill_short_prefixes(&self, field: Field) {
        let first_bytes = (b'a'..=b'z').chain(b'0'..=b'9');
        for first in first_bytes {
            let key = |p: &[u8]| Key::Prefix(field.field_id(), String::from_utf8_lossy(p).into());
            if self.lock().contains_key(&key(&[first])) {
                continue;
            }
            let found = self.scan(field, &AlwaysMatch, Some(&[first]), |w| {
                w.first() == Some(&first)
            });
            let mut by_second: HashMap<u8, HashMap<Vec<u8>, u64>> = HashMap::new();
            for (w, n) in &found {
                if let Some(&second) = w.get(1).filter(|b| b.is_ascii_alphanumeric()) {
                    by_second.entry(second).or_default().insert(w.clone(), *n);
                }
            }
            let mut memo = self.lock();
            if memo.len() + by_second.len() + 1 >= MEMO_LIMIT {
                return;
            }
            for (second, words) in by_second {
                memo.insert(key(&[first, second]), most_frequent(words, COMPLETIONS));
            }
            memo.insert(key(&[first]), most_frequent(found, COMPLETIONS));
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Arc<[String]>>> {
        self.expander
            .memo
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn memoized(&self, key: Key, compute: impl FnOnce() -> Arc<[String]>) -> Arc<[String]> {
        if let Some(found) = self.lock().get(&key) {
            return found.clone();
        }
        let words = compute();
        let mut memo = self.lock();
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(key, words.clone());
        words
    }

    /// Document frequency of `word` in `field`, over all segments (0 where a segment cannot be
    /// read, as in [`IndexVocabulary::scan`]).
    fn doc_freq(&self, field: Field, word: &[u8]) -> u64 {
        self.searcher
            .segment_readers()
            .iter()
            .filter_map(|reader| reader.inverted_index(field).ok())
            .filter_map(|inverted| inverted.terms().get(word).ok().flatten())
            .map(|info| u64::from(info.doc_freq))
            .sum()
    }

    /// Document frequency of each word of `field` an automaton accepts, over all segments.
    /// A segment that cannot be read contributes nothing: the search that follows reads the
    /// same files and reports the error.
    fn scan<A: Automaton + Clone>(
        &self,
        field: Field,
        automaton: &A,
        from: Option<&[u8]>,
        mut keep_going: impl FnMut(&[u8]) -> bool,
    ) -> HashMap<Vec<u8>, u64>
    where
        A::State: Clone,
    {
        let mut found: HashMap<Vec<u8>, u64> = HashMap::new();
        for reader in self.searcher.segment_readers() {
            let Ok(inverted) = reader.inverted_index(field) else {
                continue;
            };
            let mut builder = inverted.terms().search(automaton.clone());
            if let Some(from) = from {
                builder = builder.ge(from);
            }
            let Ok(mut stream) = builder.into_stream() else {
                continue;
            };
            while stream.advance() {
                if !keep_going(stream.key()) {
                    break;
                }
                *found.entry(stream.key().to_vec()).or_default() +=
                    u64::from(stream.value().doc_freq);
            }
        }
        found
    }
}

impl Vocabulary for IndexVocabulary<'_> {
    fn near(&self, field: Field, token: &str, distance: u8) -> Arc<[String]> {
        if distance == 0 {
            return Arc::from([]);
        }
        self.memoized(
            Key::Near(field.field_id(), token.to_string(), distance),
            || {
                let dfa = Dfa(std::rc::Rc::new(builder(distance).build_dfa(token)));
                let mut found = self.scan(field, &dfa, None, |_| true);
                // Inflections past the edit distance ("retain" → retained) are looked up
                // one by one: a handful of lookups in each segment's dictionary.
                let inflected = inflections(token);
                for word in &inflected {
                    let n = self.doc_freq(field, word.as_bytes());
                    if n > 0 {
                        found.entry(word.as_bytes().to_vec()).or_insert(n);
                    }
                }
                most_frequent(keep_near(token, found, &inflected), NEAR_WORDS)
            },
        )
    }

    fn completions(&self, field: Field, prefix: &str) -> Arc<[String]> {
        self.memoized(Key::Prefix(field.field_id(), prefix.to_string()), || {
            let mut found = self.scan(field, &AlwaysMatch, Some(prefix.as_bytes()), |w| {
                w.starts_with(prefix.as_bytes())
            });
            // A completion finishes the word being typed; it adds no word ("merger o" is
            // "merger or", not the triple "merger or acquisition").
            found.retain(|w, _| !w[prefix.len()..].contains(&b' '));
            most_frequent(found, COMPLETIONS)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{STORED, Schema, TEXT};
    use tantivy::{Index, IndexWriter, doc};

    fn index(texts: &[&str]) -> (Index, Field) {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT | STORED);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer(15_000_000).expect("writer");
        for t in texts {
            writer.add_document(doc!(body => *t)).expect("add");
        }
        writer.commit().expect("commit");
        (index, body)
    }

    /// Runs `f` over the vocabulary of an index of `texts` (its body field), as a search does.
    fn with_vocabulary<R>(texts: &[&str], f: impl FnOnce(&IndexVocabulary, Field) -> R) -> R {
        let (index, body) = index(texts);
        let searcher = index.reader().expect("reader").searcher();
        let expander = Expander::default();
        let v = IndexVocabulary {
            searcher: &searcher,
            expander: &expander,
        };
        f(&v, body)
    }

    #[test]
    fn near_spellings_are_index_words_most_frequent_first_without_the_word() {
        let texts = ["cookie cookie", "cookie", "cookies", "cookbook", "cooki"];
        with_vocabulary(&texts, |v, body| {
            assert_eq!(&*v.near(body, "cookies", 1), ["cookie"]);
            assert_eq!(&*v.near(body, "cookies", 2), ["cookie", "cooki"]);
            assert!(v.near(body, "cookies", 0).is_empty());
        });
    }

    #[test]
    fn a_word_far_more_frequent_than_its_near_spellings_stands_for_itself() {
        let mut texts = vec!["cookie"; 150];
        texts.extend(["cookiez"; 3]);
        texts.push("cookei");
        with_vocabulary(&texts, |v, body| {
            // cookiez is 50 times rarer than cookie, cookei 150 times.
            assert_eq!(&*v.near(body, "cookie", 1), ["cookiez"]);
            // A word the index lacks keeps every near spelling.
            assert_eq!(&*v.near(body, "cookiex", 1), ["cookie", "cookiez"]);
        });
    }

    #[test]
    fn a_word_stands_for_its_inflections_past_its_edit_distance() {
        let mut texts = vec!["retain"; 40];
        texts.extend(["retained"; 30]);
        texts.extend(["retaining"; 5]);
        texts.extend(["sharing"; 20]);
        texts.extend(["share"; 20]);
        texts.extend(["shared"; 10]);
        with_vocabulary(&texts, |v, body| {
            // A researcher's trial: `retain` missed "retained" (two edits away).
            assert_eq!(&*v.near(body, "retain", 1), ["retained", "retaining"]);
            assert_eq!(&*v.near(body, "sharing", 1), ["share", "shared"]);
        });
        assert!(inflections("delete").contains(&"deletion".to_string()));
        assert!(inflections("Caf\u{e9}").is_empty());
    }

    #[test]
    fn a_word_spelled_right_stands_for_its_variants_not_its_neighbours() {
        let mut texts = vec!["retention"; 40];
        texts.extend(["attention"; 30]);
        texts.extend(["detection"; 20]);
        texts.extend(["retentions"; 2]);
        texts.extend(["retnetion"; 1]);
        with_vocabulary(&texts, |v, body| {
            // Spelled as the index spells it: its plural, not the other words two edits away.
            assert_eq!(&*v.near(body, "retention", 2), ["retentions"]);
            // A typo the index lacks keeps every near word.
            assert_eq!(
                &*v.near(body, "retentoin", 2),
                ["retention", "retentions", "retnetion"]
            );
        });
        // A rare misspelling of a common word is a typo too.
        let mut texts = vec!["information"; 300];
        texts.push("informaton");
        with_vocabulary(&texts, |v, body| {
            assert_eq!(&*v.near(body, "informaton", 1), ["information"]);
        });
    }

    #[test]
    fn completions_are_the_most_frequent_words_with_the_prefix() {
        with_vocabulary(
            &["personal person", "personal", "pet", "other"],
            |v, body| {
                assert_eq!(&*v.completions(body, "pe"), ["personal", "person", "pet"]);
                assert_eq!(&*v.completions(body, "pers"), ["personal", "person"]);
                assert!(v.completions(body, "zz").is_empty());
                // The memo answers the second time.
                assert_eq!(&*v.completions(body, "pers"), ["personal", "person"]);
            },
        );
    }

    #[test]
    fn prefilled_short_prefixes_are_what_a_lookup_finds() {
        let (index, body) = index(&[
            "personal person",
            "personal",
            "pet",
            "other",
            "otter 42 4x",
            "p",
            "é école",
        ]);
        let searcher = index.reader().expect("reader").searcher();
        let (cold, warm) = (Expander::default(), Expander::default());
        let looked_up = IndexVocabulary {
            searcher: &searcher,
            expander: &cold,
        };
        let prefilled = IndexVocabulary {
            searcher: &searcher,
            expander: &warm,
        };
        prefilled.prefill_short_prefixes(body);
        let filled = warm.memo.lock().unwrap().len();
        assert!(filled >= 6, "{filled} prefixes");
        for p in ["p", "pe", "o", "ot", "4", "4x", "zz", "z"] {
            assert_eq!(
                prefilled.completions(body, p),
                looked_up.completions(body, p),
                "{p}"
            );
        }
        // Only "zz" (no word starts so) was looked up again.
        assert_eq!(warm.memo.lock().unwrap().len(), filled + 1);
    }
}
