//! Word pairs: every two adjacent words of a text as one token, so that a phrase is looked up
//! as few rare pair terms instead of many common words whose positions must be compared.
//!
//! "personal information" matches half the sections of a large corpus. As a phrase of words,
//! every section holding both words has its positions read and compared (17 ms per query at
//! 100 000 policies, sampled); as the pair "personal information" it is one term whose postings
//! are read like any other word's. A phrase of three words or more is a phrase of pairs, whose
//! candidates are the few sections holding every pair.
//!
//! Three words whose middle word is a connective ([`PIVOTS`]: "will **not** sell", "merger
//! **or** acquisition") are one more token, a *triple*, at the same position. Such a pair
//! ("will not", "or acquisition") is among the commonest of the language while the phrase is
//! the very thing a reader of policies looks for: as a phrase of two pairs it reads positions
//! in every section holding both; as a triple it is one term. Connectives are about one word
//! in twenty, so triples add about that many tokens to the field.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Joins the two words of a pair. The analyzer never puts a space inside a word.
pub const JOIN: char = ' ';

/// The pair token of two words.
pub fn pair(first: &str, second: &str) -> String {
    let mut s = String::with_capacity(first.len() + second.len() + 1);
    s.push_str(first);
    s.push(JOIN);
    s.push_str(second);
    s
}

/// Middle words that make three words a triple: negations and the conjunctions that join
/// the verbs and nouns of a practice ("sell or rent", "access and delete").
pub const PIVOTS: &[&str] = &["not", "no", "never", "nor", "or", "and"];

/// True if `word` (as the analyzer makes it) joins its neighbours into a triple.
pub fn is_pivot(word: &str) -> bool {
    PIVOTS.contains(&word)
}

/// The triple token of three words.
pub fn triple(first: &str, pivot: &str, third: &str) -> String {
    let mut s = String::with_capacity(first.len() + pivot.len() + third.len() + 2);
    s.push_str(first);
    s.push(JOIN);
    s.push_str(pivot);
    s.push(JOIN);
    s.push_str(third);
    s
}

/// The fewest pair and triple tokens that pin every word of a phrase in place, each with its
/// offset from the phrase's first word: a triple wherever the next word is a pivot, a pair
/// elsewhere. Empty for fewer than two words.
pub fn cover(words: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        if i + 2 < words.len() && is_pivot(&words[i + 1]) {
            out.push((i, triple(&words[i], &words[i + 1], &words[i + 2])));
            i += 2;
        } else {
            out.push((i, pair(&words[i], &words[i + 1])));
            i += 1;
        }
    }
    out
}

/// Emits the pairs of the words another analyzer makes, each at its first word's position, and
/// after a pair whose second word is a pivot, the triple it starts. Words the analyzer drops
/// (too long) leave a gap in positions, and no pair or triple spans a gap, so a phrase matches
/// its pairs and triples exactly when it matches the words.
#[derive(Clone)]
pub struct PairTokenizer {
    words: TextAnalyzer,
    /// The words of the text being tokenized, in `buffer[..len]`; the tokens past `len` keep
    /// their text's allocation for the next text.
    buffer: Vec<Token>,
    len: usize,
}

impl PairTokenizer {
    pub fn new(words: TextAnalyzer) -> PairTokenizer {
        PairTokenizer {
            words,
            buffer: Vec::new(),
            len: 0,
        }
    }
}

pub struct PairStream<'a> {
    words: &'a [Token],
    /// The second word of the next pair.
    next: usize,
    /// The triple starting at `next - 2` is still to come.
    triple_due: bool,
    token: Token,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        self.len = 0;
        let mut stream = self.words.token_stream(text);
        while stream.advance() {
            let word = stream.token();
            match self.buffer.get_mut(self.len) {
                Some(slot) => {
                    slot.text.clear();
                    slot.text.push_str(&word.text);
                    slot.position = word.position;
                    slot.offset_from = word.offset_from;
                    slot.offset_to = word.offset_to;
                }
                None => self.buffer.push(word.clone()),
            }
            self.len += 1;
        }
        PairStream {
            words: &self.buffer[..self.len],
            next: 1,
            triple_due: false,
            token: Token::default(),
        }
    }
}

impl PairStream<'_> {
    /// Makes the current token the words `words[first..=last]`, at the first one's position.
    fn set(&mut self, first: usize, last: usize) {
        let all = self.words;
        let words = &all[first..=last];
        self.token.text.clear();
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                self.token.text.push(JOIN);
            }
            self.token.text.push_str(&w.text);
        }
        self.token.position = words[0].position;
        self.token.offset_from = words[0].offset_from;
        self.token.offset_to = words[words.len() - 1].offset_to;
        self.token.position_length = 1;
    }
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        if std::mem::take(&mut self.triple_due) {
            // `next - 1` is the pivot of the pair just emitted.
            let k = self.next - 1;
            if let Some(c) = self.words.get(k + 1)
                && c.position == self.words[k].position + 1
            {
                self.set(k - 1, k + 1);
                return true;
            }
        }
        while self.next < self.words.len() {
            let k = self.next;
            let (a, b) = (&self.words[k - 1], &self.words[k]);
            self.next += 1;
            if b.position != a.position + 1 {
                continue;
            }
            self.triple_due = is_pivot(&b.text);
            self.set(k - 1, k);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::schema::analyzer;

    fn pairs(text: &str) -> Vec<(String, usize)> {
        let mut t = PairTokenizer::new(analyzer());
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().text.clone(), s.token().position));
        }
        out
    }

    #[test]
    fn adjacent_words_pair_up_at_the_first_words_position() {
        assert_eq!(
            pairs("We will ALWAYS sell."),
            [
                ("we will".to_string(), 0),
                ("will always".to_string(), 1),
                ("always sell".to_string(), 2)
            ]
        );
        assert!(pairs("alone").is_empty());
        assert!(pairs("").is_empty());
        // A tokenizer reused for a shorter text forgets the longer one.
        let mut t = PairTokenizer::new(analyzer());
        let mut s = t.token_stream("one two three four");
        while s.advance() {}
        let mut s = t.token_stream("five six");
        assert!(s.advance());
        assert_eq!(s.token().text, "five six");
        assert!(!s.advance());
    }

    #[test]
    fn no_pair_spans_a_dropped_word() {
        let long = "x".repeat(60);
        let got = pairs(&format!("do not {long} sell data"));
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["do not", "sell data"]);
    }

    #[test]
    fn a_pivot_between_two_words_makes_a_triple_at_the_first_words_position() {
        assert_eq!(
            pairs("We will NOT sell or rent it"),
            [
                ("we will".to_string(), 0),
                ("will not".to_string(), 1),
                ("will not sell".to_string(), 1),
                ("not sell".to_string(), 2),
                ("sell or".to_string(), 3),
                ("sell or rent".to_string(), 3),
                ("or rent".to_string(), 4),
                ("rent it".to_string(), 5),
            ]
        );
        // A pivot at either end has no triple; a pivot after a pivot makes one of its own.
        let texts = |t: &str| -> Vec<String> { pairs(t).into_iter().map(|(s, _)| s).collect() };
        assert_eq!(texts("not sell or"), ["not sell", "sell or"]);
        assert_eq!(texts("and or not"), ["and or", "and or not", "or not"]);
        // No triple spans a dropped word.
        let long = "x".repeat(60);
        assert_eq!(texts(&format!("will not {long} sell")), ["will not"]);
    }

    #[test]
    fn a_cover_pins_every_word_with_the_fewest_tokens() {
        let words = |t: &str| -> Vec<String> { t.split(' ').map(String::from).collect() };
        let cover_of = |t: &str| cover(&words(t));
        assert_eq!(
            cover_of("will not sell"),
            [(0, "will not sell".to_string())]
        );
        assert_eq!(
            cover_of("we will not sell your data"),
            [
                (0, "we will".to_string()),
                (1, "will not sell".to_string()),
                (3, "sell your".to_string()),
                (4, "your data".to_string()),
            ]
        );
        assert_eq!(
            cover_of("law enforcement"),
            [(0, "law enforcement".to_string())]
        );
        assert_eq!(cover_of("merger or"), [(0, "merger or".to_string())]);
        assert!(cover_of("alone").is_empty());
        // Every token of a cover is one the tokenizer makes at that offset.
        for t in [
            "we will not sell your data",
            "sale or transfer of all or part",
            "or and or",
        ] {
            let made = pairs(t);
            for (offset, token) in cover_of(t) {
                assert!(
                    made.contains(&(token.clone(), offset)),
                    "{t}: {token} at {offset}"
                );
            }
        }
    }
}
