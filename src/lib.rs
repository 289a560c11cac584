//! policytui: read, search and compare website privacy policies at corpus scale.
//!
//! Dependencies point one way: [`corpus`] (files → policies) ← [`clauses`] (catalogue and
//! detector) ← [`search`] (the only module that knows Tantivy) ← [`cli`].

pub mod clauses;
pub mod cli;
pub mod corpus;
pub mod search;
