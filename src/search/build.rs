//! Analyzed query → Tantivy query. Every word must match the heading or the body (the heading
//! is indexed twice, so it counts double); phrases are looked up as word pairs; near spellings
//! match but rank below exact ones.

use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhrasePrefixQuery, PhraseQuery,
    Query as TQuery, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::analyzed::{AnalyzedClause, Pattern, tokens};
use super::expand::Vocabulary;
use super::pairs::{cover, is_pivot, pair, triple};
use super::query::{Filter, Filters};
use super::schema::Fields;
use super::union::Union;

/// Weight of a near-spelling match relative to an exact one.
const FUZZY_BOOST: f32 = 0.3;

fn term(field: Field, token: &str) -> Term {
    Term::from_field_text(field, token)
}

fn boosted(q: Box<dyn TQuery>, boost: f32) -> Box<dyn TQuery> {
    if (boost - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(BoostQuery::new(q, boost))
    }
}

/// What a query is built against: the index's fields and words, and how it will be run.
pub struct Target<'a> {
    pub fields: &'a Fields,
    pub words: &'a dyn Vocabulary,
    /// Run over a sample of the matches (see `gather`): unions advance one match at a time.
    /// Over every match, Tantivy's buffered union is faster.
    pub sampled: bool,
}

fn union(t: &Target, mut queries: Vec<Box<dyn TQuery>>) -> Box<dyn TQuery> {
    if queries.len() == 1
        && let Some(only) = queries.pop()
    {
        return only;
    }
    if t.sampled {
        Box::new(Union::new(queries))
    } else {
        Box::new(BooleanQuery::union(queries))
    }
}

fn word(field: Field, token: &str) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        term(field, token),
        IndexRecordOption::WithFreqs,
    ))
}

/// The words in a row, as a query on the pairs field: one pair or triple term when that pins
/// them all ("law enforcement", "will not sell"), else a phrase of the pairs and triples that
/// do (see [`cover`]).
fn phrase(toks: &[String], f: &Fields) -> Box<dyn TQuery> {
    let mut terms = cover(toks);
    match terms.len() {
        0 => match toks.first() {
            Some(one) => word(f.words, one),
            None => Box::new(EmptyQuery),
        },
        1 => word(f.pairs, &terms.remove(0).1),
        _ => Box::new(PhraseQuery::new_with_offset(
            terms
                .into_iter()
                .map(|(offset, t)| (offset, term(f.pairs, &t)))
                .collect(),
        )),
    }
}

/// The words a one-word pattern stands for: the words it means, and its near spellings
/// (ranked lower). `None` for a phrase or a list of alternatives.
fn word_lists(p: &Pattern, t: &Target) -> Option<(Vec<String>, Vec<String>)> {
    let (f, words) = (t.fields, t.words);
    match p {
        Pattern::Term { token, fuzzy } => {
            let near = words.near(f.words, token, *fuzzy);
            Some((vec![token.clone()], near.to_vec()))
        }
        // The most frequent words with the prefix, each ranked as a word (a prefix stands for
        // what the user is most likely typing).
        Pattern::Prefix(prefix) => {
            let completions = words.completions(f.words, prefix);
            if completions.is_empty() {
                Some((vec![prefix.clone()], Vec::new()))
            } else {
                Some((completions.to_vec(), Vec::new()))
            }
        }
        // A word being typed that is a word already (see `typos_as_words`): its completions
        // and its variants, each word once.
        Pattern::TypedWord { token, fuzzy } => {
            let completions = words.completions(f.words, token);
            let near = words.near(f.words, token, *fuzzy);
            let typed: Vec<String> = completions
                .iter()
                .filter(|w| !near.contains(w))
                .chain(std::iter::once(token).filter(|w| !completions.contains(w)))
                .cloned()
                .collect();
            let near = near.iter().filter(|w| *w != token).cloned().collect();
            Some((typed, near))
        }
        Pattern::Phrase { .. } | Pattern::Any(_) => None,
    }
}

/// Queries whose union is [`text_query`] of `p`, as many as it can be cut into: a negated
/// pattern is excluded part by part, and Tantivy drops a document at the first part that holds
/// it, where a union would first move every part to it (`advertising -cookies`, whose
/// `cookies` stands for `cookie` too, took 0.9 ms more than `advertising` at 100 k policies).
fn text_parts(p: &Pattern, t: &Target) -> Vec<Box<dyn TQuery>> {
    match p {
        Pattern::Any(alts) => alts.iter().flat_map(|a| text_parts(a, t)).collect(),
        _ => match word_lists(p, t) {
            Some((main, near)) => main
                .iter()
                .chain(&near)
                .map(|w| word(t.fields.words, w))
                .collect(),
            None => vec![text_query(p, t)],
        },
    }
}

/// The pattern in a section's heading or body.
fn text_query(p: &Pattern, t: &Target) -> Box<dyn TQuery> {
    let (f, words) = (t.fields, t.words);
    if let Some((main, near)) = word_lists(p, t) {
        let main = union(t, main.iter().map(|w| word(f.words, w)).collect());
        if near.is_empty() {
            return main;
        }
        let near = union(t, near.iter().map(|w| word(f.words, w)).collect());
        return union(t, vec![main, boosted(near, FUZZY_BOOST)]);
    }
    match p {
        Pattern::Phrase {
            tokens: toks,
            prefix_last,
        } => {
            let (Some((last, first)), true) = (toks.split_last(), *prefix_last) else {
                return phrase(toks, f);
            };
            // While the last word is typed: the phrase before it, and its last word followed
            // by the most frequent completions of the word being typed, each a pair term. The
            // phrase is exact once its last word or its closing quote is typed.
            let Some(before) = first.last() else {
                return text_query(&Pattern::Prefix(last.clone()), t);
            };
            // After a pivot, the triple's completions ("will not se" → "will not sell"), or
            // else the pair's ("not se" → "not sell", "not send"…).
            let (completions, pinned) = match first {
                [.., a, b] if is_pivot(b) => {
                    let found = words.completions(f.pairs, &triple(a, b, last));
                    if found.is_empty() {
                        (words.completions(f.pairs, &pair(before, last)), 1)
                    } else {
                        (found, 2)
                    }
                }
                _ => (words.completions(f.pairs, &pair(before, last)), 1),
            };
            if completions.is_empty() {
                return phrase(toks, f);
            }
            let tail = union(t, completions.iter().map(|w| word(f.pairs, w)).collect());
            if first.len() <= pinned {
                return tail;
            }
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, phrase(first, f)),
                (Occur::Must, tail),
            ]))
        }
        Pattern::Any(alts) => union(t, alts.iter().map(|a| text_query(a, t)).collect()),
        // Words are answered above.
        Pattern::Term { .. } | Pattern::Prefix(_) | Pattern::TypedWord { .. } => {
            Box::new(EmptyQuery)
        }
    }
}

/// `company:` matches the company's name, domain or key: every word of the value, in order
/// when several.
pub(super) fn company_query(value: &str, f: &Fields, prefix: bool) -> Box<dyn TQuery> {
    let toks = tokens(value);
    match toks.len() {
        0 => Box::new(AllQuery),
        // Being typed: the last word is a prefix of the name's (the 50 first words it starts).
        _ if prefix => Box::new(PhrasePrefixQuery::new(
            toks.iter().map(|t| term(f.company_text, t)).collect(),
        )),
        1 => Box::new(TermQuery::new(
            term(f.company_text, &toks[0]),
            IndexRecordOption::Basic,
        )),
        _ => Box::new(PhraseQuery::new(
            toks.iter().map(|t| term(f.company_text, t)).collect(),
        )),
    }
}

/// Which versions a search covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Versions {
    /// The newest version of each policy (the default), or every version when the query
    /// filters by year (a year asks for history).
    #[default]
    Auto,
    All,
}

/// True when a search covers the newest version of each policy only. Older versions are passed
/// over while matches are visited (see `gather`), not excluded by the query: a query of one
/// term then keeps Tantivy's term scorer, whose block-max scores let most matches go unscored.
pub fn latest_only(filters: &Filters, versions: Versions) -> bool {
    versions == Versions::Auto && filters.year.is_none()
}

/// A filter matching any of `any`: one part the sections must match, or, `negated`, one part
/// for each value that they must not.
fn push_filter(
    parts: &mut Vec<(Occur, Box<dyn TQuery>)>,
    negated: bool,
    any: Vec<Box<dyn TQuery>>,
    t: &Target,
) {
    if negated {
        parts.extend(any.into_iter().map(|q| (Occur::MustNot, q)));
    } else if !any.is_empty() {
        parts.push((Occur::Must, union(t, any)));
    }
}

/// The full query: text clauses and filters.
pub fn build(
    clauses: &[AnalyzedClause],
    filters: &Filters,
    clause_alias: Option<&str>,
    t: &Target,
) -> Box<dyn TQuery> {
    let f = t.fields;
    let mut parts: Vec<(Occur, Box<dyn TQuery>)> = Vec::new();
    match clause_alias {
        // The words name a clause kind: sections with all the words, or with that clause.
        Some(kind) => {
            let words: Vec<(Occur, Box<dyn TQuery>)> = clauses
                .iter()
                .map(|c| (Occur::Must, text_query(&c.pattern, t)))
                .collect();
            let has_clause: Box<dyn TQuery> = Box::new(TermQuery::new(
                term(f.clauses, kind),
                IndexRecordOption::Basic,
            ));
            parts.push((
                Occur::Must,
                union(
                    t,
                    vec![Box::new(BooleanQuery::new(words)), boosted(has_clause, 2.0)],
                ),
            ));
        }
        None => {
            for c in clauses {
                if c.negated {
                    for part in text_parts(&c.pattern, t) {
                        parts.push((Occur::MustNot, part));
                    }
                } else {
                    parts.push((Occur::Must, text_query(&c.pattern, t)));
                }
            }
        }
    }
    let typing = filters.company.len().checked_sub(1);
    for (i, c) in filters.company.iter().enumerate() {
        let last = c.value.len().checked_sub(1);
        let any: Vec<Box<dyn TQuery>> = c
            .value
            .iter()
            .enumerate()
            .map(|(j, v)| {
                company_query(
                    v,
                    f,
                    filters.company_prefix && Some(i) == typing && Some(j) == last,
                )
            })
            .collect();
        push_filter(&mut parts, c.negated, any, t);
    }
    let (wanted, unwanted): (Vec<_>, Vec<_>) = filters.topic.iter().partition(|t| !t.negated);
    if !wanted.is_empty() {
        // Several topics: any of them.
        let any: Vec<Box<dyn TQuery>> = wanted
            .iter()
            .map(|t| {
                Box::new(TermQuery::new(
                    term(f.topic, &t.value),
                    IndexRecordOption::Basic,
                )) as Box<dyn TQuery>
            })
            .collect();
        parts.push((Occur::Must, union(t, any)));
    }
    for t in unwanted {
        parts.push((
            Occur::MustNot,
            Box::new(TermQuery::new(
                term(f.topic, &t.value),
                IndexRecordOption::Basic,
            )),
        ));
    }
    for c in &filters.clause {
        let any: Vec<Box<dyn TQuery>> = c
            .value
            .iter()
            .map(|kind| {
                Box::new(TermQuery::new(
                    term(f.clauses, kind),
                    IndexRecordOption::Basic,
                )) as Box<dyn TQuery>
            })
            .collect();
        push_filter(&mut parts, c.negated, any, t);
    }
    if let Some(Filter {
        value: (lo, hi),
        negated,
    }) = filters.year
    {
        parts.push((
            if negated { Occur::MustNot } else { Occur::Must },
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_u64(f.year, u64::from(lo))),
                Bound::Included(Term::from_field_u64(f.year, u64::from(hi))),
            )),
        ));
    }
    if !parts.iter().any(|(o, _)| *o == Occur::Must) {
        if parts.is_empty() {
            return Box::new(AllQuery);
        }
        parts.push((Occur::Must, Box::new(AllQuery)));
    }
    Box::new(BooleanQuery::new(parts))
}

/// A query matching nothing (for input that analyzes to no words at all, like `"—"`).
pub fn nothing() -> Box<dyn TQuery> {
    Box::new(EmptyQuery)
}
