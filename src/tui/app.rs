//! The whole state of the browser, as plain data: what `update` changes and `view` draws.

use std::ops::Range;

use crate::clauses::ClauseMatch;
use crate::corpus::Policy;
use crate::search::{Hit, Progress, SearchResults};

use super::keys::Keymap;
use super::wrap::{VisualLine, line_of, wrap};

/// One company in the corpus overview (shown while the query is empty): its newest policy.
pub use crate::search::CompanyRow;
/// The corpus overview, shared with the search worker rather than copied (a corpus of a
/// million companies is held once, and mostly in the page cache).
pub use crate::search::Overview;

/// A policy open in the reader, with what to mark in it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub policy: Policy,
    pub clauses: Vec<ClauseMatch>,
    /// Byte ranges of the search's matches.
    pub matches: Vec<Range<usize>>,
    /// The query the matches are for.
    pub query: String,
    /// The text does not read as English, so its clauses went unread (the status says so).
    pub not_english: bool,
}

/// Where to put the reader's cursor when a document arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Top,
    /// A section, at its first search match when it has one.
    Section(usize),
    /// A byte offset (a hit's best passage).
    Offset(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Search,
    Results,
    Reader,
    Outline,
    Compare,
}

/// One company's sections on the compared topic.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareColumn {
    pub company: String,
    pub policy_id: String,
    /// The version's archive date, if dated.
    pub archived: Option<String>,
    /// Each section on the topic.
    pub sections: Vec<CompareSection>,
    /// The clause kinds found in those sections, in catalogue order, for a line under the
    /// column's title: the columns are scanned for what they promise and admit.
    pub kinds: Vec<(String, crate::clauses::Valence)>,
}

/// A section in a comparison's column: its clauses coloured as in the reader, so promises
/// and admissions stand out side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareSection {
    pub heading: String,
    pub text: String,
    /// Clauses found in `text` (offsets into it).
    pub clauses: Vec<ClauseMatch>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub topic: String,
    pub columns: Vec<CompareColumn>,
    /// Companies of the list not compared (past [`COMPARE_LIMIT`], or in hits not loaded
    /// yet), and whether loading the rest of the list would bring some in: the title says so.
    pub left_out: usize,
    pub unloaded: bool,
    /// Companies asked for that have no section on the topic, so no column: "of 12" beside
    /// 18 companies in the list says why.
    pub without_topic: usize,
    /// First column shown.
    pub first: usize,
    /// Lines scrolled down in every column.
    pub scroll: usize,
}

/// Companies compared side by side at most: a comparison is read a few columns at a time,
/// and each column is a policy's sections read and wrapped.
pub const COMPARE_LIMIT: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexState {
    /// No word yet from the index.
    Opening,
    /// Reading files into the index.
    Building {
        done: usize,
        total: usize,
    },
    /// Another policytui is writing the index.
    Waiting,
    /// The index was damaged and is being rebuilt.
    Repairing,
    Ready {
        policies: usize,
        companies: usize,
    },
    Failed(String),
}

impl IndexState {
    pub fn from_progress(p: &Progress) -> Option<IndexState> {
        match p {
            Progress::Reading { done, total, .. } => Some(IndexState::Building {
                done: *done,
                total: *total,
            }),
            Progress::Scanned { to_read, .. } if *to_read > 0 => Some(IndexState::Building {
                done: 0,
                total: *to_read,
            }),
            Progress::Waiting => Some(IndexState::Waiting),
            Progress::Repairing(_) => Some(IndexState::Repairing),
            _ => None,
        }
    }
}

/// The reader pane: a wrapped document and a cursor line.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    pub doc: Option<Doc>,
    pub lines: Vec<VisualLine>,
    /// Width the lines are wrapped at.
    pub width: usize,
    /// Visible lines.
    pub height: usize,
    /// Cursor line (index into `lines`).
    pub cursor: usize,
    /// First visible line.
    pub top: usize,
    /// The byte offset the cursor was sent to; kept across re-wrapping, so that a wider or
    /// narrower pane shows the same words at the cursor.
    pub anchor: usize,
    /// The clause last stepped to (index into the document's clauses), named while the
    /// cursor is on one of its lines: one line can hold several ("… warn off, block or
    /// disable these cookies" is tracking and opt-out), and each is stepped to in turn.
    pub clause: Option<usize>,
}

impl Reader {
    /// Wraps the document for `width` columns, keeping the cursor on the same text.
    pub fn rewrap(&mut self, width: usize, height: usize) {
        self.height = height.max(1);
        let Some(doc) = &self.doc else {
            self.lines.clear();
            self.width = width;
            return;
        };
        if width == self.width && !self.lines.is_empty() {
            self.scroll_to_cursor();
            return;
        }
        let anchor = self.anchor;
        let row = self.cursor.saturating_sub(self.top);
        self.width = width;
        self.lines = wrap(&doc.policy.text, &doc.policy.sections, width);
        self.cursor = line_of(&self.lines, anchor);
        self.top = self.cursor.saturating_sub(row);
        self.scroll_to_cursor();
    }

    /// Moves the cursor to the line holding `offset`, with some context above it.
    pub fn jump_to_offset(&mut self, offset: usize) {
        self.anchor = offset;
        self.cursor = line_of(&self.lines, offset);
        self.top = self.cursor.saturating_sub(self.height / 4);
        self.scroll_to_cursor();
    }

    pub fn move_cursor(&mut self, delta: isize) {
        let last = self.lines.len().saturating_sub(1);
        self.cursor = (self.cursor as isize + delta).clamp(0, last as isize) as usize;
        self.anchor = self.cursor_offset();
        self.scroll_to_cursor();
    }

    /// Keeps the cursor inside the visible lines.
    pub fn scroll_to_cursor(&mut self) {
        let last = self.lines.len().saturating_sub(1);
        self.cursor = self.cursor.min(last);
        if self.cursor < self.top {
            self.top = self.cursor;
        }
        if self.cursor >= self.top + self.height {
            self.top = self.cursor + 1 - self.height;
        }
        let max_top = self.lines.len().saturating_sub(self.height);
        self.top = self.top.min(max_top);
    }

    /// Byte offset of the cursor line.
    pub fn cursor_offset(&self) -> usize {
        self.lines.get(self.cursor).map_or(0, |l| l.start)
    }

    /// The section the cursor is in.
    pub fn section(&self) -> usize {
        self.lines.get(self.cursor).map_or(0, |l| l.section)
    }

    /// The clause whose sentence the cursor line is in, if any.
    pub fn clause_at_cursor(&self) -> Option<&ClauseMatch> {
        self.clause_index_at_cursor()
            .and_then(|i| self.doc.as_ref()?.clauses.get(i))
    }

    /// The index of the clause named at the cursor: the one stepped to if the cursor is on
    /// it, else the first that starts on the cursor line, else the first that runs through it.
    pub fn clause_index_at_cursor(&self) -> Option<usize> {
        let doc = self.doc.as_ref()?;
        let line = self.lines.get(self.cursor)?;
        let on_line = |c: &ClauseMatch| line.holds(c.start, c.end);
        if let Some(i) = self.clause
            && doc.clauses.get(i).is_some_and(on_line)
        {
            return Some(i);
        }
        doc.clauses
            .iter()
            .position(|c| line.starts(c.start))
            .or_else(|| doc.clauses.iter().position(on_line))
    }

    /// Where the clause named at the cursor stands among those the cursor line holds, counted
    /// from 1, and how many that is: `c` steps through them in this order, then on to the next
    /// line's, so "2 of 3" tells the reader one more is here.
    pub fn clauses_on_cursor_line(&self) -> (usize, usize) {
        let (Some(doc), Some(line)) = (self.doc.as_ref(), self.lines.get(self.cursor)) else {
            return (0, 0);
        };
        let current = self.clause_index_at_cursor();
        let (mut rank, mut count) = (0, 0);
        for (i, c) in doc.clauses.iter().enumerate() {
            if line.holds(c.start, c.end) {
                count += 1;
                if Some(i) == current {
                    rank = count;
                }
            }
        }
        (rank, count)
    }
}

pub struct App {
    pub keymap: Keymap,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    pub focus: Focus,
    /// Reading a policy full-width (outline + reader), rather than browsing results.
    pub reading: bool,
    pub query: String,
    /// Cursor in the query, a byte offset at a character boundary.
    pub cursor: usize,
    /// Generation of the newest search asked for; older answers are dropped.
    pub search_gen: u64,
    pub searching: bool,
    /// Hits asked for in the current search.
    pub result_limit: usize,
    /// `G` asked for the end of a list still loading: the selection goes there when the hits
    /// arrive.
    pub bottom_pending: bool,
    pub results: Option<SearchResults>,
    pub corpus: std::sync::Arc<Overview>,
    /// Selected hit (or company, with an empty query).
    pub selected: usize,
    pub reader: Reader,
    pub doc_gen: u64,
    pub loading_doc: bool,
    /// A topic jump under way: its document's generation, the company it left and its
    /// direction, to say when it went round the end of the list.
    pub jump_from: Option<(u64, String, bool)>,
    pub compare: Option<CompareView>,
    pub compare_gen: u64,
    /// Focus to return to when the comparison closes.
    pub before_compare: Focus,
    /// Selected outline entry (a section index).
    pub outline_selected: usize,
    pub show_help: bool,
    /// Rows of the help scrolled past, where the terminal is too short to show it all.
    pub help_scroll: usize,
    pub index: IndexState,
    /// A one-line message for the status line (errors, "no other company has …").
    pub message: Option<String>,
    /// The data folder, as the empty list names it.
    pub data_folder: String,
    /// Problems the last refresh knew of (see [`Msg::Warnings`](super::msg::Msg::Warnings)).
    pub warnings: usize,
    /// Colour allowed (false with NO_COLOR).
    pub color: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    pub quit: bool,
}

/// Hits asked for per search at first; scrolling near the end asks for more.
pub const RESULT_PAGE: usize = 50;
/// Hits `G` loads to reach the end of the list: past that many, the end of a list of best
/// hits is not worth the wait (a search that broad is refined, not read to its end).
pub const BOTTOM_HITS: usize = 1000;

impl App {
    pub fn new(keymap: Keymap, size: (u16, u16), color: bool) -> App {
        App {
            keymap,
            size,
            focus: Focus::Search,
            reading: false,
            query: String::new(),
            cursor: 0,
            search_gen: 0,
            searching: false,
            result_limit: RESULT_PAGE,
            bottom_pending: false,
            results: None,
            corpus: std::sync::Arc::default(),
            selected: 0,
            reader: Reader::default(),
            doc_gen: 0,
            jump_from: None,
            loading_doc: false,
            compare: None,
            compare_gen: 0,
            data_folder: String::new(),
            before_compare: Focus::Results,
            outline_selected: 0,
            show_help: false,
            help_scroll: 0,
            index: IndexState::Opening,
            message: None,
            warnings: 0,
            color,
            dirty: true,
            quit: false,
        }
    }

    /// True when the list shows the corpus overview rather than search hits.
    pub fn showing_corpus(&self) -> bool {
        self.query.trim().is_empty() || self.first_key_typed()
    }

    /// True when the query is one character just typed: it searches nothing yet (a lone `s`
    /// finds only possessives, a lone `"` or `-` nothing), so the overview stays until a
    /// second character or a space comes.
    pub fn first_key_typed(&self) -> bool {
        self.query.len() == 1 && self.query.bytes().all(|b| b.is_ascii_graphic())
    }

    pub fn hits(&self) -> &[Hit] {
        self.results.as_ref().map_or(&[], |r| &r.hits)
    }

    /// Number of selectable entries in the list.
    pub fn list_len(&self) -> usize {
        if self.showing_corpus() {
            self.corpus.len()
        } else {
            self.hits().len()
        }
    }

    pub fn selected_hit(&self) -> Option<&Hit> {
        if self.showing_corpus() {
            None
        } else {
            self.hits().get(self.selected)
        }
    }

    pub fn selected_company(&self) -> Option<CompanyRow<'_>> {
        if self.showing_corpus() {
            self.corpus.get(self.selected)
        } else {
            None
        }
    }

    /// Company keys of the hits, in list order (for `{`/`}` and the comparison); empty when
    /// the list shows the whole corpus, which the worker knows in order without copying it
    /// here (this runs on a keypress: nothing here may grow with the corpus).
    pub fn company_order(&self) -> Vec<String> {
        let mut order: Vec<String> = Vec::new();
        if self.showing_corpus() {
            return order;
        }
        for h in self.hits() {
            if order.last() != Some(&h.company_key) && !order.contains(&h.company_key) {
                order.push(h.company_key.clone());
            }
        }
        order
    }
}
