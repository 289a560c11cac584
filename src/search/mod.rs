//! The index: building it from a data folder, keeping it fresh, and answering queries. The only
//! module that knows Tantivy; everything it returns is plain data.

pub mod analyzed;
mod build;
mod company_counts;
mod docs;
mod engine;
mod error;
mod expand;
mod gather;
mod inflight;
pub mod manifest;
mod merges;
pub mod overview;
mod pairs;
pub mod query;
mod refresh;
mod runs;
pub mod schema;
mod share;
pub mod snippet;
mod spool;
mod store;
mod union;

pub use analyzed::{Highlighter, TokenList, analyze_query};
pub use build::Versions;
pub use engine::{CompanyHits, Engine, Hit, SearchRequest, SearchResults, SectionDoc, resolve_in};
pub use error::SearchError;
pub use manifest::{FileRecord, FormatCount, Manifest, PolicyRecord, Summary};
pub use overview::{CompanyRow, Overview};
pub use query::{Query, parse, parse_as_you_type};
pub use refresh::{Progress, RefreshEvent, RefreshOptions, RefreshReport, refresh};
pub use store::{index_exists, panic_expected};

/// Highlight ranges of `query` in `text`: what the reader pane marks.
pub fn highlight(query: &Query, text: &str) -> Vec<std::ops::Range<usize>> {
    Highlighter::new(&analyze_query(query)).ranges(text)
}
