//! policytui: read, search and compare website privacy policies at corpus scale.
//!
//! Dependencies point one way: [`corpus`] (files → policies) ← [`clauses`] (catalogue and
//! detector) ← [`search`] (the only module that knows Tantivy) ← [`tui`] (the only module that
//! knows ratatui) and [`cli`].

pub mod clauses;
pub mod cli;
pub mod corpus;
pub mod format;
#[doc(hidden)]
pub mod fuzz_targets;
pub mod search;
pub mod tui;
