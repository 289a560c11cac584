//! What can happen to the browser (messages) and what it asks the outside world to do
//! (effects). `update` turns the first into the second; nothing else changes state.

use crossterm::event::{KeyEvent, MouseEvent};

use crate::search::SearchResults;

use super::app::{CompareView, Doc, IndexState, Overview, Target};

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Paste(String),
    /// The answer to search `generation`.
    Results {
        generation: u64,
        outcome: Result<SearchResults, String>,
    },
    /// The corpus overview (sent when the index opens or changes).
    Corpus(std::sync::Arc<Overview>),
    /// The answer to document request `generation`.
    Doc {
        generation: u64,
        outcome: Result<Box<Doc>, String>,
        target: Target,
    },
    /// The answer to comparison request `generation`.
    Compare {
        generation: u64,
        outcome: Result<CompareView, String>,
    },
    Index(IndexState),
    /// A line for the status line from outside the browser (what a refresh changed).
    Note(String),
    /// How many files the last refresh skipped or read with a caveat (and folders it could
    /// not read): the browser says so, `policytui stats` lists them.
    Warnings(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Search {
        generation: u64,
        query: String,
        /// Hits wanted (grows as the user scrolls to the end of the list).
        limit: usize,
    },
    /// Open a policy, marking the matches of `query`.
    LoadDoc {
        generation: u64,
        policy_id: String,
        target: Target,
        query: String,
    },
    /// Open the next (or previous) company in `order` (empty: all companies, by name), after
    /// `from`, that has a section on `topic`, at the one of them most `like` the section left.
    Jump {
        generation: u64,
        topic: String,
        from: String,
        forward: bool,
        order: Vec<String>,
        query: String,
        like: Likeness,
    },
    /// Load the sections on `topic` of these columns: (company key, policy id), a policy
    /// given for a version (the one being read), none for the company's latest. One column
    /// alone, and not `versions`: the first companies of the corpus by name follow it.
    Compare {
        generation: u64,
        topic: String,
        columns: Vec<(String, Option<String>)>,
        /// The list holds one company: its versions are the columns, every one of them, by
        /// date (a version with nothing on the topic says so: a section removed is news).
        versions: bool,
        /// (policy id or company key, section ordinal) to put first in a column: the section
        /// being read and each company's best hit, what the user came to compare.
        first: Vec<(String, usize)>,
    },
    /// Re-read the data folder into the index now (`ctrl-r`).
    Refresh,
    /// Hand the terminal back to the shell until resumed (`ctrl-z`).
    Suspend,
    Quit,
}

/// What a topic jump looks for in the next company's sections on the topic, of the section it
/// leaves: "Change in Company's Ownership" with its merger clause goes to "Business Acquisition",
/// not to the first section on sharing, and back again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Likeness {
    /// Clause kinds the section holds.
    pub kinds: Vec<String>,
    /// Words of its heading (lowercase, four letters or more).
    pub words: Vec<String>,
}

impl Likeness {
    /// The likeness of a section: the kinds of `clauses` starting in `span`, and `heading`'s
    /// words.
    pub fn of(
        clauses: &[crate::clauses::ClauseMatch],
        span: std::ops::Range<usize>,
        heading: &str,
    ) -> Likeness {
        let mut kinds: Vec<String> = clauses
            .iter()
            .filter(|c| span.contains(&c.start))
            .map(|c| c.kind.clone())
            .collect();
        kinds.sort();
        kinds.dedup();
        Likeness {
            kinds,
            words: Likeness::heading_words(heading),
        }
    }

    /// What `other` shares with this: (clause kinds, heading words).
    pub fn shared(&self, other: &Likeness) -> (usize, usize) {
        let kinds = other
            .kinds
            .iter()
            .filter(|k| self.kinds.contains(k))
            .count();
        let words = other
            .words
            .iter()
            .filter(|w| self.words.contains(w))
            .count();
        (kinds, words)
    }

    /// The words of `heading` a likeness compares: lowercase, of four letters or more, but for
    /// those most headings hold.
    pub fn heading_words(heading: &str) -> Vec<String> {
        const COMMON: [&str; 8] = [
            "your",
            "with",
            "information",
            "data",
            "personal",
            "policy",
            "privacy",
            "this",
        ];
        let mut words: Vec<String> = heading
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .filter(|w| !COMMON.contains(&w.as_str()))
            .collect();
        words.sort();
        words.dedup();
        words
    }
}
