//! Searching an index and reading policies back from it. Results leave this module as plain
//! structs ([`Hit`], [`SearchResults`]), so callers never see Tantivy.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{IndexReader, TantivyDocument, Term};

use crate::corpus::{Policy, TopicTable};

use super::SearchError;
use super::analyzed::{Highlighter, Typed, analyze_query, typos_as_words};
use super::build::{Target, Versions, build, latest_only, nothing};
use super::company_counts::{CompanyIndex, Tally};
use super::docs::{get_str, get_u64, policy_from_docs};
use super::expand::{Expander, IndexVocabulary, Vocabulary};
use super::gather::Tallies;
use super::manifest::{Manifest, PolicyRecord};
use super::overview::Overview;
use super::query::{Query, parse, parse_as_you_type};
use super::snippet;
use super::store::Store;

/// One matching section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub policy_id: String,
    pub company: String,
    pub company_key: String,
    pub domain: Option<String>,
    pub archived: Option<String>,
    /// Section heading (empty for an untitled opening section).
    pub heading: String,
    /// Position of the section in its policy, from 0.
    pub ordinal: usize,
    pub level: u8,
    pub topic: String,
    /// Clause kinds found in the section.
    pub clauses: Vec<String>,
    pub score: f32,
    /// Byte offset of the section in the policy text.
    pub section_start: usize,
    /// Byte offset in the policy text of the best passage (the snippet's first match).
    pub focus: usize,
    pub snippet: String,
    /// Byte ranges of matched words in `snippet`.
    pub highlights: Vec<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyHits {
    pub company: String,
    pub company_key: String,
    pub hits: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: String,
    /// Matching sections in all.
    pub total_hits: usize,
    /// Companies with a hit.
    pub total_companies: usize,
    /// `total_hits` and `total_companies` are counts; false when they are estimates from a
    /// sample of the matches (see [`SearchRequest::sample`]).
    pub exact: bool,
    /// Hits per company, most first: the [`COMPANY_LIST`] companies with most hits, and every
    /// company of the hits returned.
    pub companies: Vec<CompanyHits>,
    /// The best `limit` hits, best first.
    pub hits: Vec<Hit>,
    /// Parts of the query that were ignored, and why.
    pub notes: Vec<String>,
}

impl SearchResults {
    /// The hits as people read them: each company's hits together, companies in the order of
    /// their best hit, hits of one company best first (the CLI's and the browser's lists).
    /// `hits` keeps the order of scores, which `--json` documents.
    pub fn by_company(&self) -> Vec<&Hit> {
        let mut rank: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut keyed: Vec<(usize, usize, &Hit)> = self
            .hits
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let next = rank.len();
                (*rank.entry(h.company_key.as_str()).or_insert(next), i, h)
            })
            .collect();
        keyed.sort_unstable_by_key(|&(r, i, _)| (r, i));
        keyed.into_iter().map(|(_, _, h)| h).collect()
    }
}

/// The fewest matches a sampled search visits before it estimates totals from them.
pub const MIN_SAMPLE: usize = 200;

#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub versions: Versions,
    /// The query is being typed: its last word is a prefix.
    pub as_you_type: bool,
    /// Make a snippet for each hit (off: hits with their fields only, for counts and lists).
    pub snippets: bool,
    /// Companies to name in [`SearchResults::companies`] besides those of the hits.
    pub company_list: usize,
    /// Visit only about this many matches, spread over the whole index, when there are more
    /// (ranking among them, totals estimated); `None` visits every match. Never less than
    /// four times `limit`, so paging deeper widens the sample.
    pub sample: Option<usize>,
}

impl SearchRequest {
    pub fn new(query: impl Into<String>, limit: usize) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            limit,
            versions: Versions::Auto,
            as_you_type: false,
            snippets: true,
            company_list: COMPANY_LIST,
            sample: None,
        }
    }

    /// A request as the browser makes it while the user types: a bounded sample of the
    /// matches, so a word found in half the corpus answers as fast as a rare one.
    pub fn interactive(query: impl Into<String>, limit: usize) -> SearchRequest {
        SearchRequest {
            sample: Some(INTERACTIVE_SAMPLE),
            company_list: 0,
            ..SearchRequest::new(query, limit)
        }
    }
}

/// Matches the browser visits per query before it estimates (see [`SearchRequest::sample`]).
pub const INTERACTIVE_SAMPLE: usize = 4_000;

/// Companies named in [`SearchResults::companies`] besides those of the hits returned.
pub const COMPANY_LIST: usize = 100;

pub struct Engine {
    store: Store,
    reader: IndexReader,
    manifest: OnceLock<Manifest>,
    latest: OnceLock<std::sync::Arc<Overview>>,
    /// What the searcher last used knows beyond its files, kept for its generation.
    derived: std::sync::Mutex<Option<std::sync::Arc<Derived>>>,
}

/// Lookups worth keeping while the index does not change: the company numbering (built on
/// the first query that counts companies) and expansions of near spellings and prefixes.
struct Derived {
    generation: u64,
    companies: OnceLock<std::sync::Arc<CompanyIndex>>,
    expander: Expander,
}

impl Engine {
    /// Opens the index at `index_root` for reading.
    pub fn open(index_root: &Path) -> Result<Engine, SearchError> {
        let store =
            Store::open(index_root)?.ok_or_else(|| SearchError::NotIndexed(index_root.into()))?;
        let reader = store.reader()?;
        Ok(Engine {
            store,
            reader,
            manifest: OnceLock::new(),
            latest: OnceLock::new(),
            derived: std::sync::Mutex::new(None),
        })
    }

    /// The manifest of the index: totals, and file and policy tables read on demand.
    pub fn manifest(&self) -> Result<&Manifest, SearchError> {
        if let Some(m) = self.manifest.get() {
            return Ok(m);
        }
        let m = self.store.manifest()?;
        Ok(self.manifest.get_or_init(|| m))
    }

    /// The lookups kept for `searcher`'s generation (new ones when the index changed).
    fn derived(&self, searcher: &tantivy::Searcher) -> std::sync::Arc<Derived> {
        let generation = searcher.generation().generation_id();
        let mut cached = self
            .derived
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match cached.as_ref() {
            Some(d) if d.generation == generation => d.clone(),
            _ => {
                let d = std::sync::Arc::new(Derived {
                    generation,
                    companies: OnceLock::new(),
                    expander: Expander::default(),
                });
                *cached = Some(d.clone());
                d
            }
        }
    }

    /// Builds what the first query would otherwise build (the company numbering: 70 ms at
    /// 100 000 policies, a second at a million; the completions of short prefixes). Errors
    /// are left for that query to report.
    pub fn warm(&self) {
        let searcher = self.reader.searcher();
        let derived = self.derived(&searcher);
        let _ = super::store::guarded(&self.store.dir, || {
            self.company_index(&searcher, &derived).map(drop)
        });
        // And the completions of the shortest prefixes, the slowest to look up while typing.
        let words = IndexVocabulary {
            searcher: &searcher,
            expander: &derived.expander,
        };
        let f = &self.store.fields;
        let _ = super::store::guarded(&self.store.dir, || {
            words.prefill_short_prefixes(f.words);
            Ok(())
        });
    }

    /// The company numbering of `searcher`, built on its first query.
    fn company_index(
        &self,
        searcher: &tantivy::Searcher,
        derived: &Derived,
    ) -> Result<std::sync::Arc<CompanyIndex>, SearchError> {
        if let Some(index) = derived.companies.get() {
            return Ok(index.clone());
        }
        let index = std::sync::Arc::new(
            CompanyIndex::build(searcher)
                .map_err(|e| super::store::read_error(&self.store.dir, e))?,
        );
        Ok(derived.companies.get_or_init(|| index).clone())
    }

    /// Parses and runs a query.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        let q = if req.as_you_type {
            parse_as_you_type(&req.query, TopicTable::builtin())
        } else {
            parse(&req.query, TopicTable::builtin())
        };
        self.search_parsed(&q, req)
    }

    pub fn search_parsed(
        &self,
        q: &Query,
        req: &SearchRequest,
    ) -> Result<SearchResults, SearchError> {
        super::store::guarded(&self.store.dir, || self.run_search(q, req))
    }

    /// What to highlight for `q` in a policy: its words and phrases, and the near spellings
    /// a search for it looks for.
    pub fn highlighter(&self, q: &Query) -> Highlighter {
        let searcher = self.reader.searcher();
        let derived = self.derived(&searcher);
        let clauses = self.analyzed(q, &searcher, &derived);
        self.highlighter_of(&clauses, &searcher, &derived)
    }

    /// The query's clauses as searched: a prefix no index word starts with is a typo.
    fn analyzed(
        &self,
        q: &Query,
        searcher: &tantivy::Searcher,
        derived: &Derived,
    ) -> Vec<super::analyzed::AnalyzedClause> {
        let mut clauses = analyze_query(q);
        let words = IndexVocabulary {
            searcher,
            expander: &derived.expander,
        };
        let field = self.store.fields.words;
        // An index that cannot be read leaves the prefix as typed; the search reports why.
        let typed = |prefix: &str| match super::store::guarded(&self.store.dir, || {
            Ok(words.completions(field, prefix))
        }) {
            Ok(c) if c.iter().any(|w| w == prefix) => Typed::Word,
            Ok(c) if !c.is_empty() => Typed::Prefix,
            _ => Typed::Nothing,
        };
        typos_as_words(&mut clauses, &typed);
        clauses
    }

    fn highlighter_of(
        &self,
        clauses: &[super::analyzed::AnalyzedClause],
        searcher: &tantivy::Searcher,
        derived: &Derived,
    ) -> Highlighter {
        let words = IndexVocabulary {
            searcher,
            expander: &derived.expander,
        };
        let field = self.store.fields.words;
        let near = |token: &str, fuzzy: u8| {
            // A damaged index cannot make highlighting fail: the words alone are highlighted.
            super::store::guarded(&self.store.dir, || Ok(words.near(field, token, fuzzy)))
                .unwrap_or_else(|_| std::sync::Arc::from([]))
        };
        Highlighter::resolved(clauses, &near)
    }

    fn run_search(&self, q: &Query, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        let f = &self.store.fields;
        let searcher = self.reader.searcher();
        let derived = self.derived(&searcher);
        let clauses = self.analyzed(q, &searcher, &derived);
        let tquery = if clauses.is_empty() && !q.clauses.is_empty() && q.filters.is_empty() {
            nothing()
        } else {
            build(
                &clauses,
                &q.filters,
                q.clause_alias.as_deref(),
                &Target {
                    fields: f,
                    words: &IndexVocabulary {
                        searcher: &searcher,
                        expander: &derived.expander,
                    },
                    sampled: req.sample.is_some(),
                },
            )
        };
        let limit = req.limit;
        let company_index = self.company_index(&searcher, &derived)?;
        // A sample of a few dozen matches estimates nothing (20 of 437 gave 180 to 510 with the
        // layout of the segments); and it holds at least four times what is shown.
        let budget = req
            .sample
            .map(|s| s.max(MIN_SAMPLE).max(limit.saturating_mul(4)));
        let tallies = if req.company_list > 0 {
            Tallies::All
        } else {
            Tallies::OfTop
        };
        let found = super::gather::gather(
            &searcher,
            tquery.as_ref(),
            limit,
            budget,
            latest_only(&q.filters, req.versions),
            &company_index,
            tallies,
        )
        .map_err(|e| super::store::read_error(&self.store.dir, e))?;
        let mut notes = q.notes.clone();
        // Said in the results, so a script reading `--json` gets it in `notes` too: an empty
        // index, which answers nothing, and a script's empty variable ("", a lone quote,
        // `company:` with no name), which asks for nothing and gets every section. The
        // browser's empty line is the corpus on purpose.
        if !req.as_you_type && self.manifest().is_ok_and(|m| m.summary.policies == 0) {
            notes.push(
                "the data folder holds no policies: add policy files (.md .txt .html .xml)"
                    .to_string(),
            );
        } else if !req.as_you_type && q.clauses.is_empty() && q.filters.is_empty() {
            notes.push(format!(
                "nothing to search for in {:?}: every section matches",
                req.query
            ));
        }
        if found.total == 0 {
            notes.extend(self.unknown_companies(q, &searcher));
        }
        let top = found.top;
        let highlighter = self.highlighter_of(&clauses, &searcher, &derived);
        let wanted_clauses = q.wanted_clauses();
        // Each hit's stored document is read and its snippet cut on whichever core is free:
        // ten long sections tokenized one after another were a tenth of a search.
        let top: Vec<_> = top.into_iter().take(req.limit).collect();
        let n_hits = top.len();
        let (f, snippets, reader) = (*f, req.snippets, searcher.clone());
        let make_hit = move |i: usize| -> tantivy::Result<Hit> {
            let (score, addr) = top[i];
            let d: TantivyDocument = reader.doc(addr)?;
            let text = get_str(&d, f.text).unwrap_or("");
            let body_offset = (get_u64(&d, f.body_offset) as usize).min(text.len());
            let body = text.get(body_offset..).unwrap_or("");
            let (body, body_offset) = if body.trim().is_empty() {
                (text, 0)
            } else {
                (body, body_offset)
            };
            let clause_words: Vec<Range<usize>> = if wanted_clauses.is_empty() || !snippets {
                Vec::new()
            } else {
                crate::clauses::detector()
                    .detect(body)
                    .into_iter()
                    .filter(|m| wanted_clauses.iter().any(|w| *w == m.kind.as_str()))
                    .flat_map(|m| m.trigger_spans)
                    .collect()
            };
            let snip = if snippets {
                snippet::make_with(body, &highlighter, &clause_words)
            } else {
                snippet::Snippet::default()
            };
            let section_start = get_u64(&d, f.start) as usize;
            Ok(Hit {
                policy_id: get_str(&d, f.policy_id).unwrap_or("").to_string(),
                company: get_str(&d, f.company).unwrap_or("").to_string(),
                company_key: get_str(&d, f.company_key).unwrap_or("").to_string(),
                domain: get_str(&d, f.domain).map(str::to_string),
                archived: get_str(&d, f.archived).map(str::to_string),
                heading: get_str(&d, f.heading).unwrap_or("").to_string(),
                ordinal: get_u64(&d, f.ordinal) as usize,
                level: get_u64(&d, f.level) as u8,
                topic: get_str(&d, f.topic).unwrap_or("other").to_string(),
                clauses: d
                    .get_all(f.clauses)
                    .filter_map(|v| tantivy::schema::Value::as_str(&v).map(str::to_string))
                    .collect(),
                score,
                section_start,
                focus: section_start + body_offset + snip.anchor,
                snippet: snip.text,
                highlights: snip.highlights,
            })
        };
        let mut hits: Vec<Hit> = super::share::share(n_hits, super::share::helpers(), make_hit)
            .into_iter()
            .collect::<tantivy::Result<_>>()
            .map_err(|e| super::store::read_error(&self.store.dir, e))?;
        // Equal scores come back in segment order, which depends on how indexing threads
        // happened to split the corpus; a stable order keeps the list (and `{`/`}`) the same
        // from one run to the next.
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.company.to_lowercase().cmp(&b.company.to_lowercase()))
                .then_with(|| a.policy_id.cmp(&b.policy_id))
                .then_with(|| a.ordinal.cmp(&b.ordinal))
        });
        let companies = name_companies(
            &searcher,
            &company_index,
            found.tallies,
            &hits,
            req.company_list,
        );
        Ok(SearchResults {
            query: q.raw.clone(),
            total_hits: found.total,
            total_companies: found.total_companies,
            exact: found.exact,
            companies,
            hits,
            notes,
        })
    }

    /// A note for each company asked for that names no company of the index, with the names
    /// it may be a slip for: "company:nordinh privacy" finds nothing because no company is
    /// called "nordinh", not because the policy is silent.
    fn unknown_companies(&self, q: &Query, searcher: &tantivy::Searcher) -> Vec<String> {
        let f = &self.store.fields;
        let typing = q.filters.company.len().checked_sub(1);
        let latest = self.latest().ok();
        let mut notes = Vec::new();
        for (i, filter) in q.filters.company.iter().enumerate() {
            if filter.negated {
                continue;
            }
            let last = filter.value.len().checked_sub(1);
            for (j, name) in filter.value.iter().enumerate() {
                let prefix = q.filters.company_prefix && Some(i) == typing && Some(j) == last;
                let query = super::build::company_query(name, f, prefix);
                if searcher.search(query.as_ref(), &Count).unwrap_or(1) > 0 {
                    continue;
                }
                let typed = name.trim().to_lowercase();
                let first = typed.chars().next();
                // A name is asked for by its key, its domain, its name or a word of it. The
                // names a slip may be for start with the letter typed: a corpus of a million
                // companies is not measured against every one, nor copied whole to find them.
                let starts =
                    |s: &str| s.chars().next().and_then(|c| c.to_lowercase().next()) == first;
                let mut names: Vec<String> = Vec::new();
                for row in latest
                    .iter()
                    .flat_map(|o| (0..o.len()).filter_map(|k| o.get(k)))
                {
                    for key in [Some(row.company_key()), row.domain()]
                        .into_iter()
                        .flatten()
                    {
                        if starts(key) {
                            names.push(key.to_lowercase());
                        }
                    }
                    let company = row.company();
                    let words = company
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.chars().count() >= 3);
                    for name in std::iter::once(company).chain(words) {
                        if starts(name) {
                            names.push(name.to_lowercase());
                        }
                    }
                }
                names.sort_unstable();
                names.dedup();
                notes.push(format!(
                    "no company matches {name:?}{}",
                    super::query::did_you_mean(&typed, names.iter().map(String::as_str))
                ));
            }
        }
        notes
    }

    /// A policy by exact id, rebuilt from the index.
    pub fn policy(&self, id: &str) -> Result<Option<Policy>, SearchError> {
        super::store::guarded(&self.store.dir, || self.read_policy(id))
    }

    fn read_policy(&self, id: &str) -> Result<Option<Policy>, SearchError> {
        let f = &self.store.fields;
        let searcher = self.reader.searcher();
        let q = TermQuery::new(
            Term::from_field_text(f.policy_id, id),
            IndexRecordOption::Basic,
        );
        let addrs = searcher
            .search(&q, &DocSetCollector)
            .map_err(|e| super::store::read_error(&self.store.dir, e))?;
        // Whether it is its company's newest version is a fast field of every section.
        let latest = addrs.iter().next().is_some_and(|addr| {
            searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64("latest")
                .ok()
                .and_then(|column| column.first(addr.doc_id))
                == Some(1)
        });
        let mut docs = Vec::with_capacity(addrs.len());
        for addr in addrs {
            docs.push(
                searcher
                    .doc::<TantivyDocument>(addr)
                    .map_err(|e| super::store::read_error(&self.store.dir, e))?,
            );
        }
        Ok(policy_from_docs(f, docs).map(|mut p| {
            p.latest = latest;
            p
        }))
    }

    /// Finds the policy a user means: an exact id, a company key or domain (its newest
    /// version), a company name, or an unambiguous part of one.
    pub fn resolve(&self, name: &str) -> Result<PolicyRecord, SearchError> {
        let records = self.policies()?;
        resolve_in(records.iter(), name).cloned()
    }

    /// The newest policy of each company, in overview order (company name, then key); read
    /// once.
    pub fn latest(&self) -> Result<std::sync::Arc<Overview>, SearchError> {
        if let Some(l) = self.latest.get() {
            return Ok(l.clone());
        }
        let latest = std::sync::Arc::new(self.manifest()?.overview()?);
        Ok(self.latest.get_or_init(|| latest).clone())
    }

    /// Every indexed policy's record (all versions), read from the manifest.
    pub fn policies(&self) -> Result<Vec<PolicyRecord>, SearchError> {
        self.manifest()?.policies()?.collect()
    }

    /// The ids of every version of a company's policy, oldest first (undated ones first).
    pub fn versions_of(&self, company_key: &str) -> Result<Vec<String>, SearchError> {
        let mut versions: Vec<(Option<String>, String)> = Vec::new();
        for p in self.manifest()?.policies()? {
            let p = p?;
            if p.company_key == company_key {
                versions.push((p.archived, p.id));
            }
        }
        versions.sort();
        Ok(versions.into_iter().map(|(_, id)| id).collect())
    }

    /// Every section document, in index order, for export.
    pub fn for_each_section(
        &self,
        mut visit: impl FnMut(SectionDoc<'_>) -> std::io::Result<()>,
    ) -> Result<usize, SearchError> {
        let f = &self.store.fields;
        let searcher = self.reader.searcher();
        let mut n = 0;
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(64)
                .map_err(|e| super::store::read_error(&self.store.dir, e.into()))?;
            let alive = segment.alive_bitset();
            let latest_column = segment.fast_fields().u64("latest").ok();
            // A policy's sections are added together, first section first, and stay
            // together through merges: the first holds what the others do not store.
            let mut first = TantivyDocument::new();
            for doc_id in 0..segment.max_doc() {
                if alive.is_some_and(|a| !a.is_alive(doc_id)) {
                    continue;
                }
                let d: TantivyDocument = store
                    .get(doc_id)
                    .map_err(|e| super::store::read_error(&self.store.dir, e))?;
                let latest = latest_column
                    .as_ref()
                    .and_then(|c| c.first(doc_id))
                    .unwrap_or(0)
                    == 1;
                if get_u64(&d, f.ordinal) == 0 {
                    first = d.clone();
                } else if get_str(&first, f.policy_id) != get_str(&d, f.policy_id) {
                    first = TantivyDocument::new();
                }
                visit(SectionDoc {
                    doc: &d,
                    first: &first,
                    fields: f,
                    latest,
                })
                .map_err(|e| SearchError::io(Path::new("<stdout>"), e))?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Sections per topic among the newest versions, most first.
    pub fn topic_counts(&self) -> Result<Vec<(String, usize)>, SearchError> {
        let f = &self.store.fields;
        let searcher = self.reader.searcher();
        let mut out = Vec::new();
        for topic in TopicTable::builtin().topics() {
            let q = tantivy::query::BooleanQuery::intersection(vec![
                Box::new(TermQuery::new(
                    Term::from_field_text(f.topic, &topic.id),
                    IndexRecordOption::Basic,
                )),
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.latest, 1),
                    IndexRecordOption::Basic,
                )),
            ]);
            let n = searcher
                .search(&q, &Count)
                .map_err(|e| super::store::read_error(&self.store.dir, e))?;
            if n > 0 {
                out.push((topic.id.clone(), n));
            }
        }
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }

    /// Bytes the index takes on disk.
    pub fn size_on_disk(&self) -> u64 {
        dir_size(&self.store.dir)
    }
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// A stored section, as read for export.
pub struct SectionDoc<'a> {
    doc: &'a TantivyDocument,
    /// The first section of the same policy (empty if it was not met): where the policy's
    /// title, url, source path, format and number of sections are stored.
    first: &'a TantivyDocument,
    fields: &'a super::schema::Fields,
    pub latest: bool,
}

impl SectionDoc<'_> {
    pub fn str(&self, name: &str) -> Option<&str> {
        let f = self.fields;
        let field = match name {
            "policy_id" => f.policy_id,
            "company" => f.company,
            "company_key" => f.company_key,
            "domain" => f.domain,
            "title" => return get_str(self.first, f.title),
            "url" => return get_str(self.first, f.url),
            "archived" => f.archived,
            "source_path" => return get_str(self.first, f.source_path),
            "format" => return get_str(self.first, f.format),
            "topic" => f.topic,
            "heading" => f.heading,
            "text" => f.text,
            _ => return None,
        };
        get_str(self.doc, field)
    }

    /// Clause kinds of the section.
    pub fn clauses(&self) -> Vec<&str> {
        self.doc
            .get_all(self.fields.clauses)
            .filter_map(|v| tantivy::schema::Value::as_str(&v))
            .collect()
    }

    pub fn u64(&self, name: &str) -> u64 {
        let f = self.fields;
        let field = match name {
            "ordinal" => f.ordinal,
            "level" => f.level,
            "start" => f.start,
            "body_offset" => f.body_offset,
            "year" => f.year,
            "n_sections" => return get_u64(self.first, f.n_sections),
            _ => return 0,
        };
        get_u64(self.doc, field)
    }
}

/// The companies a result lists: the `list` with most hits and those of `hits`,
/// most hits first. Only these are named: a query can touch every company of the corpus.
fn name_companies(
    searcher: &tantivy::Searcher,
    index: &CompanyIndex,
    mut tallies: Vec<Tally>,
    hits: &[Hit],
    list: usize,
) -> Vec<CompanyHits> {
    let of_hits: std::collections::HashMap<u32, &str> = hits
        .iter()
        .filter_map(|h| Some((index.number(&h.company_key)?, h.company.as_str())))
        .collect();
    let by_hits = |a: &Tally, b: &Tally| b.hits.cmp(&a.hits).then(a.company.cmp(&b.company));
    let mut chosen: Vec<Tally> = tallies
        .iter()
        .filter(|t| of_hits.contains_key(&t.company))
        .copied()
        .collect();
    if tallies.len() > list {
        if list > 0 {
            tallies.select_nth_unstable_by(list, by_hits);
        }
        tallies.truncate(list);
    }
    for t in tallies {
        if !of_hits.contains_key(&t.company) {
            chosen.push(t);
        }
    }
    let mut out: Vec<CompanyHits> = chosen
        .into_iter()
        .map(|t| CompanyHits {
            company: match of_hits.get(&t.company) {
                Some(name) => name.to_string(),
                None => index.name(searcher, t.segment, t.doc).unwrap_or_default(),
            },
            company_key: index
                .keys
                .get(t.company as usize)
                .cloned()
                .unwrap_or_default(),
            hits: t.hits as usize,
        })
        .collect();
    out.sort_by(|a, b| {
        b.hits
            .cmp(&a.hits)
            .then_with(|| a.company.to_lowercase().cmp(&b.company.to_lowercase()))
    });
    out
}

/// Resolution of a user's policy name against a list of records (see [`Engine::resolve`]).
pub fn resolve_in<'a>(
    records: impl Iterator<Item = &'a PolicyRecord>,
    name: &str,
) -> Result<&'a PolicyRecord, SearchError> {
    let records: Vec<&PolicyRecord> = records.collect();
    let want = name.trim().to_lowercase();
    let latest_of = |pred: &dyn Fn(&PolicyRecord) -> bool| -> Vec<&'a PolicyRecord> {
        let mut found: Vec<&PolicyRecord> = records.iter().copied().filter(|p| pred(p)).collect();
        // Several versions of one company: the newest.
        let keys: std::collections::HashSet<&str> =
            found.iter().map(|p| p.company_key.as_str()).collect();
        if keys.len() == 1 && found.len() > 1 {
            found.retain(|p| p.latest);
        }
        found
    };
    // The file, named as the reader sees it in the folder: "goppc-121.xml", "goppc-121" or
    // its path, whatever company name its markup gives.
    let names_file = |p: &PolicyRecord| {
        let rel = p.rel.to_lowercase();
        let file = rel.rsplit(['/', '\\']).next().unwrap_or(&rel);
        let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
        rel == want || file == want || stem == want
    };
    let tiers: [&dyn Fn(&PolicyRecord) -> bool; 5] = [
        // An id that is only the company's key (an undated file beside dated versions) names
        // the company, whose newest version is meant: the next tier finds it.
        &|p| p.id.to_lowercase() == want && p.id != p.company_key,
        &|p| p.company_key == want || p.domain.as_deref() == Some(want.as_str()) || names_file(p),
        &|p| p.company.to_lowercase() == want,
        &|p| {
            p.company.to_lowercase().starts_with(&want)
                || p.id.starts_with(&want)
                || p.domain.as_deref().is_some_and(|d| d.starts_with(&want))
        },
        // The host too: "petition" is petition.parliament.uk, whose id is parliament.uk.
        &|p| {
            p.company.to_lowercase().contains(&want)
                || p.id.contains(&want)
                || p.domain.as_deref().is_some_and(|d| d.contains(&want))
        },
    ];
    if want.is_empty() {
        return Err(SearchError::UnknownPolicy {
            query: name.to_string(),
            suggestions: Vec::new(),
        });
    }
    for tier in tiers {
        let found = latest_of(tier);
        match found.len() {
            0 => continue,
            1 => return Ok(found[0]),
            _ => {
                let mut candidates: Vec<String> = found
                    .iter()
                    .filter(|p| p.latest)
                    .map(|p| format!("{} ({})", p.company, p.id))
                    .collect();
                if candidates.is_empty() {
                    candidates = found.iter().map(|p| p.id.clone()).collect();
                }
                candidates.sort();
                candidates.dedup();
                if candidates.len() == 1 {
                    // Versions only: the newest matching one.
                    return Ok(found.iter().copied().find(|p| p.latest).unwrap_or(found[0]));
                }
                let total = candidates.len();
                candidates.truncate(8);
                return Err(SearchError::AmbiguousPolicy {
                    query: name.to_string(),
                    candidates,
                    total,
                });
            }
        }
    }
    // A version not in the folder ("a9.com@2005"): the versions that are.
    let versions_of = want.split_once('@').map(|(key, _)| key);
    let mut suggestions: Vec<String> = records
        .iter()
        .filter(|p| versions_of.is_some_and(|key| p.company_key == key))
        .map(|p| p.id.clone())
        .take(8)
        .collect();
    if suggestions.is_empty() {
        suggestions = records
            .iter()
            .filter(|p| p.latest)
            .filter(|p| {
                let c = p.company.to_lowercase();
                want.split_whitespace()
                    .any(|w| w.len() >= 3 && c.contains(w))
            })
            .map(|p| p.id.clone())
            .take(5)
            .collect();
    }
    suggestions.sort();
    Err(SearchError::UnknownPolicy {
        query: name.to_string(),
        suggestions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Format;

    fn record(rel: &str, id: &str, company: &str) -> PolicyRecord {
        PolicyRecord {
            rel: rel.to_string(),
            id: id.to_string(),
            company_key: id.split('@').next().unwrap_or(id).to_string(),
            company: company.to_string(),
            domain: None,
            title: String::new(),
            archived: None,
            latest: true,
            format: Format::Xml,
            sections: 1,
            bytes: 1,
            topics: String::new(),
            clauses: String::new(),
        }
    }

    #[test]
    fn a_policy_is_found_by_its_file_whatever_company_its_markup_names() {
        let records = [
            record(
                "goppc-121.xml",
                "ladbible-ireland@2021-02-18",
                "LADbible Ireland",
            ),
            record("sub/goppc-12.xml", "google@2021-02-04", "Google"),
        ];
        for name in [
            "goppc-121",
            "goppc-121.xml",
            "GOPPC-121",
            "ladbible ireland",
        ] {
            let found = resolve_in(records.iter(), name).map(|p| p.id.as_str());
            assert_eq!(found.ok(), Some("ladbible-ireland@2021-02-18"), "{name}");
        }
        let found = resolve_in(records.iter(), "goppc-12").map(|p| p.id.as_str());
        assert_eq!(found.ok(), Some("google@2021-02-04"));
        let found = resolve_in(records.iter(), "sub/goppc-12.xml").map(|p| p.id.as_str());
        assert_eq!(found.ok(), Some("google@2021-02-04"));
    }

    /// An undated file beside dated versions has the company's key for its id: the key names
    /// the company's newest version, as `diff` and the searches take it.
    #[test]
    fn a_company_key_names_the_newest_version_not_an_undated_file() {
        let mut undated = record("nornar.com.md", "nornar.com", "nornar.com");
        undated.latest = false;
        let mut dated = record(
            "nornar.com@2015-06-07.md",
            "nornar.com@2015-06-07",
            "nornar.com",
        );
        dated.archived = Some("2015-06-07".into());
        let records = [undated, dated];
        let found = resolve_in(records.iter(), "nornar.com").map(|p| p.id.as_str());
        assert_eq!(found.ok(), Some("nornar.com@2015-06-07"));
        // A version the folder lacks is answered with the versions it has.
        let missing = resolve_in(records.iter(), "nornar.com@2005").map(|p| p.id.as_str());
        assert_eq!(
            missing.err().map(|e| e.to_string()).as_deref(),
            Some(
                "no policy matches \"nornar.com@2005\" (did you mean nornar.com, nornar.com@2015-06-07?)"
            )
        );
        // Alone, it is found by its id still.
        let alone = [record("acme.com.md", "acme.com", "Acme")];
        let found = resolve_in(alone.iter(), "acme.com").map(|p| p.id.as_str());
        assert_eq!(found.ok(), Some("acme.com"));
    }

    #[test]
    fn a_policy_is_found_by_part_of_its_host_and_a_part_two_share_is_ambiguous() {
        let mut petition = record("p.md", "parliament.uk@2018-12-23", "Parliament");
        petition.domain = Some("petition.parliament.uk".into());
        let mut breeds = record("b.md", "petbreeds.com@2015-12-09", "petbreeds.com");
        breeds.domain = Some("petbreeds.com".into());
        let records = [petition, breeds];
        let found = resolve_in(records.iter(), "petition").map(|p| p.id.as_str());
        assert_eq!(found.ok(), Some("parliament.uk@2018-12-23"));
        assert!(matches!(
            resolve_in(records.iter(), "pet"),
            Err(SearchError::AmbiguousPolicy { .. })
        ));
    }
}
