//! Word pairs: every two adjacent words of a text as one token, so that a phrase is looked up
//! as few rare pair terms instead of many common words whose positions must be compared.
//!
//! "personal information" matches half the sections of a large corpus. As a phrase of words,
//! every section holding both words has its positions read and compared (17 ms per query at
//! 100 000 policies, sampled); as the pair "personal information" it is one term whose postings
//! are read like any other word's. A phrase of three words or more is a phrase of pairs, whose
//! candidates are the few sections holding every pair.

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

/// The pairs of a phrase's words, in order: one fewer than the words.
pub fn pairs_of(words: &[String]) -> Vec<String> {
    words.windows(2).map(|w| pair(&w[0], &w[1])).collect()
}

/// Emits the pairs of the words another analyzer makes, each at its first word's position.
/// Words the analyzer drops (too long) leave a gap in positions, and no pair spans a gap, so
/// a phrase matches the pairs exactly when it matches the words.
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
    next: usize,
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
            token: Token::default(),
        }
    }
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        while self.next < self.words.len() {
            let (a, b) = (&self.words[self.next - 1], &self.words[self.next]);
            self.next += 1;
            if b.position != a.position + 1 {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(&a.text);
            self.token.text.push(JOIN);
            self.token.text.push_str(&b.text);
            self.token.position = a.position;
            self.token.offset_from = a.offset_from;
            self.token.offset_to = b.offset_to;
            self.token.position_length = 1;
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
            pairs("We will NOT sell."),
            [
                ("we will".to_string(), 0),
                ("will not".to_string(), 1),
                ("not sell".to_string(), 2)
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
    fn a_phrase_has_one_pair_fewer_than_words() {
        let words: Vec<String> = ["will", "not", "sell"].map(String::from).into();
        assert_eq!(pairs_of(&words), ["will not", "not sell"]);
        assert!(pairs_of(&words[..1]).is_empty());
    }
}
