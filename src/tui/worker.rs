//! The search worker: owns the engine, answers effects with messages, off the input path. When
//! requests pile up (fast typing), only the newest search, the newest document request and the
//! newest comparison are answered; the rest are stale.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use crate::clauses::ClauseMatch;
use crate::clauses::detector;
use crate::corpus::Policy;
use crate::corpus::TopicTable;
use crate::search::{CompanyRow, Engine, SearchRequest, TokenList, parse_as_you_type};

use super::app::{CompareColumn, CompareSection, Doc, IndexState, Overview, Target};
use super::msg::{Effect, Likeness, Msg};
use super::update::compare_view;

pub enum Request {
    Effect(Effect),
    /// (Re)open the index: at start, and after a refresh committed.
    Reopen,
}

struct Worker {
    index: PathBuf,
    engine: Option<Arc<Engine>>,
    cache: DocCache,
    out: Sender<Msg>,
}

/// A policy as the reader needs it: text, clauses, tokens (for highlighting).
struct Prepared {
    policy: Policy,
    clauses: Vec<ClauseMatch>,
    tokens: TokenList,
    not_english: bool,
}

/// The last few policies opened: while typing, the preview stays on the same policy and only
/// its highlights change, so reading, clause detection and tokenizing are done once.
#[derive(Default)]
pub struct DocCache {
    entries: Vec<(String, std::sync::Arc<Prepared>)>,
}

const DOC_CACHE: usize = 4;

impl DocCache {
    fn get(
        &mut self,
        engine: &Engine,
        policy_id: &str,
    ) -> Result<std::sync::Arc<Prepared>, String> {
        if let Some(i) = self.entries.iter().position(|(id, _)| id == policy_id) {
            let entry = self.entries.remove(i);
            let prepared = entry.1.clone();
            self.entries.push(entry);
            return Ok(prepared);
        }
        let policy = engine
            .policy(policy_id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| {
                format!("{policy_id} is no longer in the data folder (removed or renamed)")
            })?;
        let prepared = std::sync::Arc::new(Prepared {
            clauses: detector().detect_policy(&policy),
            tokens: TokenList::new(&policy.text),
            not_english: !crate::clauses::reads_as_english(&policy.text),
            policy,
        });
        self.entries.push((policy_id.to_string(), prepared.clone()));
        if self.entries.len() > DOC_CACHE {
            self.entries.remove(0);
        }
        Ok(prepared)
    }

    /// Forgets everything (the index changed).
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

fn kind_of(r: &Request) -> u8 {
    match r {
        Request::Effect(Effect::Search { .. }) => 1,
        Request::Effect(Effect::LoadDoc { .. } | Effect::Jump { .. }) => 2,
        Request::Effect(Effect::Compare { .. }) => 3,
        _ => 0,
    }
}

pub fn spawn(index: PathBuf, out: Sender<Msg>) -> Sender<Request> {
    let (tx, rx) = std::sync::mpsc::channel::<Request>();
    std::thread::Builder::new()
        .name("policytui-search".into())
        .spawn(move || {
            let mut worker = Worker {
                index,
                engine: None,
                cache: DocCache::default(),
                out,
            };
            worker.run(rx);
        })
        .expect("the search thread starts");
    tx
}

impl Worker {
    fn run(&mut self, rx: Receiver<Request>) {
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            while let Ok(more) = rx.try_recv() {
                batch.push(more);
            }
            // The newest request of each kind wins.
            let newest: HashMap<u8, usize> = batch
                .iter()
                .enumerate()
                .map(|(i, r)| (kind_of(r), i))
                .collect();
            for (i, request) in batch.into_iter().enumerate() {
                let k = kind_of(&request);
                if k != 0 && newest.get(&k) != Some(&i) {
                    continue;
                }
                if !self.handle(request) {
                    return;
                }
            }
        }
    }

    /// Handles one request; false when the browser is gone.
    fn handle(&mut self, request: Request) -> bool {
        let msg = match request {
            Request::Reopen => match Engine::open(&self.index) {
                Ok(engine) => {
                    let [corpus, ready] = opened(&engine);
                    self.cache.clear();
                    if self.out.send(corpus).is_err() || self.out.send(ready).is_err() {
                        return false;
                    }
                    // While the user reads the overview, not on their first keystroke, and
                    // beside the searches rather than before them: at a million policies the
                    // warm-up takes seconds.
                    let engine = Arc::new(engine);
                    let warming = engine.clone();
                    let _ = std::thread::Builder::new()
                        .name("policytui-warm".into())
                        .spawn(move || warming.warm());
                    self.engine = Some(engine);
                    return true;
                }
                Err(crate::search::SearchError::NotIndexed(_)) => return true,
                Err(e) => Msg::Index(IndexState::Failed(e.to_string())),
            },
            Request::Effect(effect) => match self.effect(effect) {
                Some(msg) => msg,
                None => return true,
            },
        };
        self.out.send(msg).is_ok()
    }

    fn effect(&mut self, effect: Effect) -> Option<Msg> {
        answer(self.engine.as_ref()?, &mut self.cache, effect)
    }
}

/// The message that answers an effect (`None` for effects that are not questions).
pub fn answer(engine: &Engine, cache: &mut DocCache, effect: Effect) -> Option<Msg> {
    Some(match effect {
        Effect::Search {
            generation,
            query,
            limit,
        } => {
            // A bounded sample of the matches, counts for the companies of its hits only.
            let mut request = SearchRequest::interactive(query, limit);
            request.as_you_type = true;
            Msg::Results {
                generation,
                outcome: engine.search(&request).map_err(|e| e.to_string()),
            }
        }
        Effect::LoadDoc {
            generation,
            policy_id,
            target,
            query,
        } => Msg::Doc {
            generation,
            outcome: load_doc(engine, cache, &policy_id, &query).map(Box::new),
            target,
        },
        Effect::Jump {
            generation,
            topic,
            from,
            forward,
            order,
            query,
            like,
        } => match next_with_topic(engine, &topic, &from, forward, &order) {
            Ok((policy_id, first)) => {
                let outcome = load_doc(engine, cache, &policy_id, &query);
                let section = outcome
                    .as_ref()
                    .ok()
                    .and_then(|doc| most_like(doc, &topic, &like))
                    .unwrap_or(first);
                Msg::Doc {
                    generation,
                    outcome: outcome.map(Box::new),
                    target: Target::Section(section),
                }
            }
            Err(e) => Msg::Doc {
                generation,
                outcome: Err(e),
                target: Target::Top,
            },
        },
        Effect::Compare {
            generation,
            topic,
            columns,
            versions,
            first,
        } => Msg::Compare {
            generation,
            outcome: compare(engine, &topic, &columns, versions, &first),
        },
        Effect::Quit | Effect::Refresh | Effect::Suspend => return None,
    })
}

/// The messages a freshly opened index sends: the corpus overview, then "ready".
pub fn opened(engine: &Engine) -> [Msg; 2] {
    let (rows, policies) = corpus_rows(engine);
    let companies = rows.len();
    [
        Msg::Corpus(rows),
        Msg::Index(IndexState::Ready {
            policies,
            companies,
        }),
    ]
}

/// A policy with its clauses and the matches of `query`.
fn load_doc(
    engine: &Engine,
    cache: &mut DocCache,
    policy_id: &str,
    query: &str,
) -> Result<Doc, String> {
    let prepared = cache.get(engine, policy_id)?;
    let matches = if query.trim().is_empty() {
        Vec::new()
    } else {
        let q = parse_as_you_type(query, TopicTable::builtin());
        let sections: Vec<std::ops::Range<usize>> = prepared
            .policy
            .sections
            .iter()
            .map(|s| s.span.range())
            .collect();
        let mut ranges = engine
            .highlighter(&q)
            .ranges_in_parts(&prepared.tokens, &sections);
        // A clause asked for is a match at the words that fired it, as in the results'
        // snippets: `n` goes to the merger clause that `clause:merger-transfer` found.
        let wanted = q.wanted_clauses();
        ranges.extend(
            prepared
                .clauses
                .iter()
                .filter(|c| wanted.contains(&c.kind))
                .flat_map(|c| c.trigger_spans.iter().cloned()),
        );
        crate::search::analyzed::merge(ranges)
    };
    Ok(Doc {
        policy: prepared.policy.clone(),
        clauses: prepared.clauses.clone(),
        matches,
        query: query.to_string(),
        not_english: prepared.not_english,
    })
}

/// Of `doc`'s sections on `topic`, the one most like the section a jump left: one holding the
/// search's matches first, then the most clause kinds in common, then the most heading words;
/// the first of them on a tie.
fn most_like(doc: &Doc, topic: &str, like: &Likeness) -> Option<usize> {
    let score = |s: &crate::corpus::Section| {
        let span = s.span.range();
        let matched = doc.matches.iter().any(|m| span.contains(&m.start));
        let (kinds, words) = like.shared(&Likeness::of(&doc.clauses, span, &s.heading));
        (matched, kinds, words)
    };
    doc.policy
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.topic == topic)
        .map(|(i, s)| (score(s), std::cmp::Reverse(i)))
        .max()
        .map(|(_, std::cmp::Reverse(i))| i)
}

/// The corpus overview and the number of policies (all versions).
fn corpus_rows(engine: &Engine) -> (Arc<Overview>, usize) {
    match (engine.manifest(), engine.latest()) {
        (Ok(manifest), Ok(latest)) => (latest, manifest.summary.policies),
        _ => (Arc::default(), 0),
    }
}

/// The next company in `order` after `from` (cyclically) whose newest policy has a section on
/// `topic`: its policy id and that section.
fn next_with_topic(
    engine: &Engine,
    topic: &str,
    from: &str,
    forward: bool,
    order: &[String],
) -> Result<(String, usize), String> {
    let all = engine.latest().map_err(|e| e.to_string())?;
    // The company's policy, and the section on the topic, if it has one.
    let visit = |row: CompanyRow| -> Result<Option<(String, usize)>, String> {
        if row.company_key() == from || !row.has_topic(topic) {
            return Ok(None);
        }
        let policy = engine
            .policy(row.id())
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("{} is no longer in the index", row.id()))?;
        Ok(policy
            .sections
            .iter()
            .position(|s| s.topic == topic)
            .map(|section| (row.id().to_string(), section)))
    };
    if order.is_empty() {
        // The overview's order, walked in place: no copy of a million rows.
        let here = all.find(from).map(|(i, _)| i);
        for i in ring(all.len(), here, forward) {
            if let Some(found) = all.get(i).map(visit).transpose()?.flatten() {
                return Ok(found);
            }
        }
    } else {
        let here = order.iter().position(|k| k == from);
        for i in ring(order.len(), here, forward) {
            if let Some(found) = all
                .find(&order[i])
                .map(|(_, r)| visit(r))
                .transpose()?
                .flatten()
            {
                return Ok(found);
            }
        }
    }
    // Said of the list when there is one: others may have the topic, but are not listed.
    Err(format!(
        "no other company {}has a section on {}",
        if order.is_empty() { "" } else { "listed " },
        TopicTable::builtin().label(topic).to_lowercase()
    ))
}

/// The positions after `here` round a list of `len`, or, when the company is not in the
/// list, all of them from the end the direction starts at.
fn ring(len: usize, here: Option<usize>, forward: bool) -> impl Iterator<Item = usize> {
    let steps = len - usize::from(here.is_some() && len > 0);
    (0..steps).map(move |k| match (here, forward) {
        (Some(h), true) => (h + 1 + k) % len,
        (Some(h), false) => (h + len - 1 - k) % len,
        (None, true) => k,
        (None, false) => len - 1 - k,
    })
}

fn compare(
    engine: &Engine,
    topic: &str,
    wanted: &[(String, Option<String>)],
    versions: bool,
    first: &[(String, usize)],
) -> Result<super::app::CompareView, String> {
    let all = engine.latest().map_err(|e| e.to_string())?;
    // A company's versions: every one, by date.
    let ids: Vec<String> = match wanted.first() {
        Some((key, _)) if versions => engine.versions_of(key).map_err(|e| e.to_string())?,
        _ => Vec::new(),
    };
    let mut wanted: Vec<(&str, Option<&str>)> = if versions {
        let key = wanted.first().map_or("", |(k, _)| k.as_str());
        ids.iter().map(|id| (key, Some(id.as_str()))).collect()
    } else {
        wanted
            .iter()
            .map(|(k, id)| (k.as_str(), id.as_deref()))
            .collect()
    };
    let mut left_out = 0;
    let mut without_topic = 0;
    if wanted.len() <= 1 && !versions {
        // No list to follow: the first companies by name, how many more have the topic, and
        // how many have none (so that the title's counts add up to the corpus).
        let here = wanted.first().map(|(k, _)| *k);
        let others = || all.iter().filter(|p| Some(p.company_key()) != here);
        without_topic = others().filter(|p| !p.has_topic(topic)).count();
        let by_name = others()
            .filter(|p| p.has_topic(topic))
            .map(|p| p.company_key());
        for key in by_name {
            if wanted.len() < super::app::COMPARE_LIMIT {
                wanted.push((key, None));
            } else {
                left_out += 1;
            }
        }
    }
    let mut columns = Vec::new();
    for (key, version) in wanted {
        let id = match version {
            Some(id) => id,
            None => match all.find(key) {
                Some((_, record)) if record.has_topic(topic) => record.id(),
                Some(_) => {
                    without_topic += 1;
                    continue;
                }
                None => continue,
            },
        };
        let Some(policy) = engine.policy(id).map_err(|e| e.to_string())? else {
            continue;
        };
        let mut on_topic: Vec<(usize, &crate::corpus::Section)> = policy
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.topic == topic)
            .collect();
        // A version given may say nothing on the topic: among a company's versions, that is
        // news (a section removed), shown as an empty column; elsewhere, left out.
        if on_topic.is_empty() && !versions {
            without_topic += 1;
            continue;
        }
        let wanted = first
            .iter()
            .find(|(k, _)| *k == policy.id)
            .or_else(|| first.iter().find(|(k, _)| k == key))
            .map(|&(_, o)| o);
        if let Some(at) = wanted.and_then(|w| on_topic.iter().position(|&(i, _)| i == w)) {
            let found = on_topic.remove(at);
            on_topic.insert(0, found);
        }
        let sections: Vec<CompareSection> = on_topic
            .into_iter()
            .map(|(_, s)| {
                let text = policy
                    .text
                    .get(s.body_span().range())
                    .unwrap_or("")
                    .trim()
                    .to_string();
                let clauses = detector().detect(&text);
                CompareSection {
                    heading: s.display_heading().to_string(),
                    text,
                    clauses,
                }
            })
            .collect();
        let catalogue = crate::clauses::catalogue();
        let kinds = catalogue
            .kinds
            .iter()
            .filter(|k| {
                sections
                    .iter()
                    .any(|s| s.clauses.iter().any(|m| m.kind == k.id))
            })
            .map(|k| (k.id.clone(), k.valence))
            .collect();
        columns.push(CompareColumn {
            company: policy.company.clone(),
            policy_id: policy.id.clone(),
            archived: policy.archived.clone(),
            sections,
            kinds,
        });
    }
    let mut view = compare_view(topic.to_string(), columns);
    view.left_out = left_out;
    view.without_topic = without_topic;
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::ring;

    #[test]
    fn the_ring_visits_every_other_company_once_in_order() {
        let all = |len, here, forward| ring(len, here, forward).collect::<Vec<_>>();
        assert_eq!(all(4, Some(1), true), [2, 3, 0]);
        assert_eq!(all(4, Some(1), false), [0, 3, 2]);
        // A company outside the list: every one, from the start or from the end.
        assert_eq!(all(3, None, true), [0, 1, 2]);
        assert_eq!(all(3, None, false), [2, 1, 0]);
        assert!(all(1, Some(0), true).is_empty());
        assert!(all(0, None, false).is_empty());
    }
}
