//! Bringing the index in line with the data folder: build it when missing, re-read only the
//! files whose content changed, drop the ones that are gone, and commit once, atomically, with
//! the manifest that describes the result.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tantivy::{IndexWriter, Term};

use crate::clauses::KindCache;
use crate::corpus::decode::{MAX_FILE_BYTES, Rejection};
use crate::corpus::read::io_message;
use crate::corpus::{FileEntry, Format, Policy, Warning, assign_versions, read_policy, scan};

use super::SearchError;
use super::docs::policy_docs;
use super::inflight::{InFlight, Tracked};
use super::manifest::{
    FileRecord, FormatCount, Manifest, ManifestWriter, PolicyRecord, Summary, content_hash,
};
use super::schema::{Fields, reader_stamp};
use super::spool::Spool;
use super::store::{DEFAULT_LOCK_WAIT, Store};

#[derive(Debug, Clone)]
pub struct RefreshOptions {
    /// Re-read every file, whatever the manifest says.
    pub rebuild: bool,
    /// Indexing threads.
    pub threads: usize,
    /// Memory budget of the index writer, bytes (split between threads).
    pub memory: usize,
    pub lock_wait: Duration,
}

/// Tantivy's floor per indexing thread.
const MIN_MEMORY_PER_THREAD: usize = 15_000_000;

/// Bytes of documents that may wait for the indexing threads: an eighth of the writer's
/// budget, enough for a few hundred policies, so the threads never starve and the queue never
/// grows with the corpus.
fn queued_limit(memory: usize) -> usize {
    (memory / 8).clamp(8 << 20, 64 << 20)
}

impl Default for RefreshOptions {
    fn default() -> Self {
        let threads = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(1, 8);
        RefreshOptions {
            rebuild: false,
            threads,
            memory: 256 * 1024 * 1024,
            lock_wait: DEFAULT_LOCK_WAIT,
        }
    }
}

/// What a refresh is doing, for progress displays.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Progress {
    Scanning,
    /// The folder was walked: `files` policy files, `to_read` of which need reading.
    Scanned {
        files: usize,
        to_read: usize,
    },
    /// Another process is writing to the index; this one waits for it.
    Waiting,
    /// The index was damaged (the reason); it is being rebuilt from the data folder.
    Repairing(String),
    Reading {
        done: usize,
        total: usize,
        bytes: u64,
    },
    Committing,
}

/// What a refresh run in another process tells the one that started it, one JSON line each
/// (`policytui index --events`): the browser keeps its index up to date that way, so that the
/// memory a refresh needs is never the browser's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RefreshEvent {
    Progress(Progress),
    Done {
        committed: bool,
        new_warnings: usize,
        /// Every problem known (files skipped or read with a caveat, folders unreadable).
        #[serde(default)]
        warnings: usize,
        policies: usize,
        companies: usize,
    },
    Failed(String),
}

impl RefreshEvent {
    /// The last event of a run.
    pub fn of_result(result: &Result<RefreshReport, SearchError>) -> RefreshEvent {
        match result {
            Ok(r) => RefreshEvent::Done {
                committed: r.committed,
                new_warnings: r.new_warnings.len(),
                warnings: r.warnings.len(),
                policies: r.policies,
                companies: r.companies,
            },
            Err(e) => RefreshEvent::Failed(e.to_string()),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct RefreshReport {
    /// Policy files in the data folder.
    pub files: usize,
    /// Other files (not policies) in the data folder.
    pub ignored: usize,
    /// Indexed policies, all versions.
    pub policies: usize,
    /// Indexed policies that are the newest version of their company.
    pub latest: usize,
    pub companies: usize,
    pub sections: usize,
    /// Bytes of policy files in the data folder.
    pub file_bytes: u64,
    /// Files read in this run and their bytes.
    pub read_files: usize,
    pub read_bytes: u64,
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub elapsed: Duration,
    /// Every current warning (skipped files and caveats), old and new.
    pub warnings: Vec<Warning>,
    /// Warnings about files read in this run.
    pub new_warnings: Vec<Warning>,
    pub formats: BTreeMap<Format, FormatCount>,
    /// Everything was re-read (first build, `--rebuild`, or new readers).
    pub full: bool,
    /// A commit was made (false when the index was already up to date).
    pub committed: bool,
    /// The index was found damaged and rebuilt.
    pub repaired: bool,
}

impl RefreshReport {
    pub fn changed(&self) -> bool {
        self.added + self.updated + self.removed > 0
    }
}

/// The work a refresh has to do, from a folder scan and the last manifest's file table.
struct Plan<'a> {
    /// Same size and modification time as recorded: kept as is.
    unchanged: Vec<FileRecord>,
    /// New, or changed on disk, with what was recorded before: read (and re-indexed if the
    /// content differs).
    candidates: Vec<(&'a FileEntry, Option<FileRecord>)>,
    /// Recorded but gone from the folder.
    removed: Vec<FileRecord>,
}

impl<'a> Plan<'a> {
    fn new(files: &'a [FileEntry], mut old: HashMap<String, FileRecord>) -> Plan<'a> {
        let mut plan = Plan {
            unchanged: Vec::new(),
            candidates: Vec::new(),
            removed: Vec::new(),
        };
        for f in files {
            match old.remove(&f.rel) {
                Some(r) if r.size == f.size && r.modified == f.modified => plan.unchanged.push(r),
                r => plan.candidates.push((f, r)),
            }
        }
        plan.removed = old.into_values().collect();
        plan
    }

    fn is_empty(&self) -> bool {
        self.candidates.is_empty() && self.removed.is_empty()
    }
}

/// The result of reading one candidate file.
enum Outcome {
    /// Content identical to what is indexed (only the timestamp moved).
    Same(FileRecord),
    Skipped(FileRecord, Warning),
    Parsed {
        policy: Box<Policy>,
        record: FileRecord,
        caveat: Option<Warning>,
    },
}

fn skipped(f: &FileEntry, hash: String, message: String) -> Outcome {
    let warning = Warning {
        path: f.rel.clone(),
        message: message.clone(),
        skipped: true,
    };
    Outcome::Skipped(
        FileRecord {
            rel: f.rel.clone(),
            size: f.size,
            modified: f.modified,
            hash,
            company_key: None,
            warning: Some(message),
        },
        warning,
    )
}

fn read_candidate(f: &FileEntry, old: Option<&FileRecord>) -> Outcome {
    if f.size > MAX_FILE_BYTES {
        return skipped(f, String::new(), Rejection::TooLarge(f.size).to_string());
    }
    let bytes = match std::fs::read(&f.path) {
        Ok(bytes) => bytes,
        Err(e) => return skipped(f, String::new(), io_message(&e)),
    };
    let hash = content_hash(&bytes);
    if let Some(old) = old.filter(|r| r.hash == hash) {
        return Outcome::Same(FileRecord {
            rel: f.rel.clone(),
            size: f.size,
            modified: f.modified,
            ..old.clone()
        });
    }
    match read_policy(&f.rel, &bytes) {
        Ok(loaded) => Outcome::Parsed {
            record: FileRecord {
                rel: f.rel.clone(),
                size: f.size,
                modified: f.modified,
                hash,
                company_key: Some(loaded.policy.company_key.clone()),
                warning: loaded.caveat.as_ref().map(|w| w.message.clone()),
            },
            policy: Box::new(loaded.policy),
            caveat: loaded.caveat,
        },
        Err(w) => skipped(f, hash, w.message),
    }
}

/// Files read per batch: bounds memory whatever the corpus size.
const BATCH: usize = 512;

struct Run<'a> {
    /// The index folder, for messages.
    dir: std::path::PathBuf,
    fields: Fields,
    writer: IndexWriter<Tracked>,
    /// Bounds the documents queued for the writer's threads.
    flight: Arc<InFlight>,
    /// Every file's record, as it will be written.
    records: BTreeMap<String, FileRecord>,
    /// Policies indexed in this run, by file (their records on disk until the commit).
    policies: Spool,
    /// Companies whose documents must be deleted and re-added as a whole group.
    dirty: HashSet<String>,
    /// Companies already given documents in this run.
    added_keys: HashSet<String>,
    /// Companies in the previous manifest, with their number of files.
    old_keys: HashMap<String, usize>,
    report: RefreshReport,
    progress: &'a dyn Fn(Progress),
    /// Clause kinds of the sections read so far in this run.
    clause_cache: KindCache,
}

impl Run<'_> {
    /// Notes on the files of one company that [`assign_versions`] made older versions only by
    /// their paths (no date, or the same one, as the latest): kept with their records, so every
    /// later run lists them too, and reported as new now.
    fn note_same_date_versions(&mut self, policies: &[Policy], records: &mut [FileRecord]) {
        for (i, message) in crate::corpus::same_date_versions(policies) {
            let Some(record) = records.get_mut(i) else {
                continue;
            };
            record.warning = Some(match record.warning.take() {
                Some(caveat) => format!("{caveat}; {message}"),
                None => message.clone(),
            });
            self.report.new_warnings.push(Warning {
                path: record.rel.clone(),
                message,
                skipped: false,
            });
        }
    }

    /// Adds a policy's documents and records it, with its file.
    fn add_policy(&mut self, policy: &Policy, record: FileRecord) -> Result<(), SearchError> {
        // Section by section, which finds what the whole text would (sentences end at
        // headings), so that a section seen before is not read again; but where a section's
        // clause may yield to one in another section ("we may update this policy", the
        // email promised under the next heading), the policy is read whole, as `show` and
        // the browser read it.
        let detector = crate::clauses::detector();
        let mut found: Vec<Vec<(u16, u32)>> = policy
            .sections
            .iter()
            .map(|s| {
                let text = policy.text.get(s.span.range()).unwrap_or("");
                let heading = s.heading_span().range();
                let heading = heading.start - s.span.start..heading.end - s.span.start;
                self.clause_cache
                    .kind_counts(detector, text, heading)
                    .to_vec()
            })
            .collect();
        if found.len() > 1 && found.iter().any(|f| detector.may_yield_beyond(f)) {
            let starts: Vec<usize> = policy.sections.iter().map(|s| s.span.start).collect();
            found =
                detector.kind_counts_by_section(&policy.text, &policy.heading_ranges(), &starts);
        }
        let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
        for &(kind, n) in found.iter().flatten() {
            *counts.entry(detector.kind_id(kind)).or_insert(0) += n;
        }
        let kinds: Vec<Vec<&str>> = found
            .iter()
            .map(|f| f.iter().map(|&(kind, _)| detector.kind_id(kind)).collect())
            .collect();
        let mut docs: Vec<Tracked> = policy_docs(&self.fields, policy, &kinds)
            .into_iter()
            .map(|doc| Tracked { doc, ticket: None })
            .collect();
        // The whole policy's ticket rides on its last document: one thread indexes the batch
        // in order, so the bytes come back when all of it is indexed. Each document carries
        // its section's text about three times (stored, words, pairs).
        if let Some(last) = docs.last_mut() {
            last.ticket = Some(self.flight.ticket(3 * policy.text.len()));
        }
        // One batch per policy: one indexing thread takes it, so a policy's sections sit
        // side by side in one segment (what lets a sampled search estimate companies).
        let added = self
            .writer
            .run(docs.into_iter().map(tantivy::indexer::UserOperation::Add));
        if let Err(e) = added {
            return Err(self.writer_died(e));
        }
        let rel = record.rel.clone();
        self.policies
            .insert(&PolicyRecord::of(&rel, policy, &counts))?;
        self.records.insert(rel, record);
        Ok(())
    }

    /// The error of an indexing thread that stopped. Adding documents only says that a thread
    /// died; joining the threads, which a commit does first, returns what killed it (a full
    /// disk, most often), and that is what the user needs to read.
    fn writer_died(&mut self, e: tantivy::TantivyError) -> SearchError {
        match self.writer.prepare_commit() {
            Err(cause) => SearchError::writing(&self.dir, cause),
            Ok(_) => SearchError::writing(&self.dir, e),
        }
    }

    fn delete_company(&mut self, key: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.company_key, key));
    }

    /// Takes the freshly parsed files of one company (as far as this batch knows): indexed at
    /// once, versions assigned among them, when they are all of the company's files (the
    /// common case, and every case of a first build whose versions sit side by side);
    /// otherwise the company is re-indexed as a whole at the end, when all its files are known.
    fn take_group(
        &mut self,
        key: &str,
        members: Vec<(Policy, FileRecord, Option<FileRecord>)>,
    ) -> Result<(), SearchError> {
        let mut replaced = 0;
        for (_, _, old) in &members {
            let old_key = old.as_ref().and_then(|r| r.company_key.as_deref());
            match old_key {
                Some(k) => {
                    self.report.updated += 1;
                    if k == key {
                        replaced += 1;
                    } else {
                        // Its old company lost a file.
                        self.dirty.insert(k.to_string());
                    }
                }
                None => self.report.added += 1,
            }
        }
        let whole = match self.old_keys.get(key) {
            None => true,
            // Every file the company had is among these: replace them in place.
            Some(&n) => n == replaced,
        };
        if whole && !self.added_keys.contains(key) && !self.dirty.contains(key) {
            if self.old_keys.contains_key(key) {
                self.delete_company(key);
            }
            let (mut policies, mut records): (Vec<Policy>, Vec<FileRecord>) =
                members.into_iter().map(|(p, r, _)| (p, r)).unzip();
            assign_versions(&mut policies);
            self.note_same_date_versions(&policies, &mut records);
            for (policy, record) in policies.iter().zip(records) {
                self.add_policy(policy, record)?;
            }
            self.added_keys.insert(key.to_string());
        } else {
            for (_, record, _) in members {
                // Indexed with its company at the end, when all its files are known.
                self.records.insert(record.rel.clone(), record);
            }
            self.dirty.insert(key.to_string());
        }
        Ok(())
    }

    /// Re-indexes each dirty company as a whole: its files re-read, versions assigned across
    /// all of them, a bounded number of files in memory at a time.
    fn reindex_dirty(&mut self, by_rel: &HashMap<&str, &FileEntry>) -> Result<(), SearchError> {
        let dirty: HashSet<String> = self.dirty.drain().collect();
        for key in &dirty {
            self.delete_company(key);
        }
        let mut members: BTreeMap<&str, Vec<&FileEntry>> = BTreeMap::new();
        for (rel, r) in &self.records {
            if let Some(key) = r.company_key.as_ref().filter(|k| dirty.contains(*k))
                && let Some(f) = by_rel.get(rel.as_str())
            {
                members.entry(key).or_default().push(f);
            }
        }
        let groups: Vec<Vec<&FileEntry>> = members.into_values().collect();
        let mut start = 0;
        while start < groups.len() {
            let mut end = start;
            let mut files = 0;
            while end < groups.len() && (files == 0 || files + groups[end].len() <= BATCH) {
                files += groups[end].len();
                end += 1;
            }
            let chunk: Vec<&FileEntry> = groups[start..end].iter().flatten().copied().collect();
            start = end;
            let outcomes: Vec<(&FileEntry, Outcome)> = chunk
                .par_iter()
                .map(|f| (*f, read_candidate(f, None)))
                .collect();
            let mut by_key: BTreeMap<String, Vec<(Policy, FileRecord)>> = BTreeMap::new();
            for (f, outcome) in outcomes {
                match outcome {
                    Outcome::Parsed { policy, record, .. } => by_key
                        .entry(policy.company_key.clone())
                        .or_default()
                        .push((*policy, record)),
                    Outcome::Skipped(record, warning) => {
                        self.report.new_warnings.push(warning);
                        self.policies.remove(&f.rel);
                        self.records.insert(f.rel.clone(), record);
                    }
                    Outcome::Same(_) => {}
                }
            }
            for (key, group) in by_key {
                if !dirty.contains(&key) {
                    // The file changed company between the first read and now; index it with
                    // its new company on the next refresh.
                    self.dirty.insert(key);
                }
                let (mut policies, mut records): (Vec<Policy>, Vec<FileRecord>) =
                    group.into_iter().unzip();
                assign_versions(&mut policies);
                self.note_same_date_versions(&policies, &mut records);
                for (policy, record) in policies.iter().zip(records) {
                    self.add_policy(policy, record)?;
                }
            }
        }
        Ok(())
    }
}

/// A guess at a file's company from its name alone (`domain@date.md` → `domain`), to keep
/// versions of one company in the same batch so that they are read once.
fn name_key(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match name.split_once('@') {
        Some((stem, _)) => stem,
        None => [".md", ".txt", ".html", ".htm", ".xml"]
            .iter()
            .find_map(|ext| name.strip_suffix(ext))
            .unwrap_or(name),
    }
}

/// Candidates in batches of about [`BATCH`] files, files with the same [`name_key`] together.
type Candidate<'a> = (&'a FileEntry, Option<FileRecord>);

fn batches(mut candidates: Vec<Candidate<'_>>) -> Vec<Vec<Candidate<'_>>> {
    candidates.sort_by(|(a, _), (b, _)| {
        name_key(&a.rel)
            .cmp(name_key(&b.rel))
            .then(a.rel.cmp(&b.rel))
    });
    let mut out = Vec::new();
    let mut current: Vec<Candidate> = Vec::new();
    for f in candidates {
        let boundary = current
            .last()
            .is_some_and(|(last, _)| name_key(&last.rel) != name_key(&f.0.rel));
        if current.len() >= BATCH && boundary {
            out.push(std::mem::take(&mut current));
        }
        current.push(f);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Brings the index at `index_root` up to date with `data_root`.
pub fn refresh(
    data_root: &Path,
    index_root: &Path,
    opts: &RefreshOptions,
    progress: &dyn Fn(Progress),
) -> Result<RefreshReport, SearchError> {
    let started = Instant::now();
    let stamp = reader_stamp();
    progress(Progress::Scanning);
    let scanned = scan(data_root)?;
    let (store, repaired) = Store::open_for_refresh(index_root, &|why| {
        progress(Progress::Repairing(why.to_string()))
    })?;
    let (old, full) = previous(&store, &stamp, opts.rebuild);
    let plan = Plan::new(&scanned.files, file_table(old.as_ref(), full)?);
    progress(Progress::Scanned {
        files: scanned.files.len(),
        to_read: plan.candidates.len(),
    });
    if let Some(old) = old.as_ref().filter(|_| !full && plan.is_empty()) {
        let mut warnings = scanned.warnings.clone();
        warnings.extend(plan.unchanged.iter().filter_map(FileRecord::warning));
        let mut report = summarize(&old.summary, warnings);
        report.files = scanned.files.len();
        report.ignored = scanned.ignored;
        report.file_bytes = scanned.files.iter().map(|f| f.size).sum();
        // An index made before the overview file existed gets one (best effort: it is a
        // cache, and the index may be read-only).
        let _ = old.ensure_overview_file();
        report.elapsed = started.elapsed();
        return Ok(report);
    }
    drop(plan);

    let threads = opts.threads.max(1);
    let memory = opts.memory.max(threads * MIN_MEMORY_PER_THREAD);
    let writer = store.writer(threads, memory, opts.lock_wait, &|| {
        progress(Progress::Waiting)
    })?;
    // A writer killed before its commit leaves files behind, and some have names a new run
    // would use again (deletes are named by segment and operation number): clear them first.
    if let Err(e) = writer.garbage_collect_files().wait() {
        return Err(SearchError::index(&store.dir, e));
    }
    Spool::remove_stale(&store.dir);
    // Another process may have committed while we waited: plan again from its manifest.
    let (old, full) = previous(&store, &stamp, opts.rebuild);
    let old = old.filter(|_| !full);
    let plan = Plan::new(&scanned.files, file_table(old.as_ref(), full)?);
    if full {
        writer
            .delete_all_documents()
            .map_err(|e| SearchError::index(&store.dir, e))?;
    }
    let mut old_keys: HashMap<String, usize> = HashMap::new();
    let old_records = plan
        .unchanged
        .iter()
        .chain(plan.removed.iter())
        .chain(plan.candidates.iter().filter_map(|(_, r)| r.as_ref()));
    for key in old_records.filter_map(|r| r.company_key.as_ref()) {
        *old_keys.entry(key.clone()).or_default() += 1;
    }
    let mut run = Run {
        dir: store.dir.clone(),
        fields: store.fields,
        writer,
        flight: InFlight::new(queued_limit(memory)),
        records: BTreeMap::new(),
        policies: Spool::create(&store.dir)?,
        dirty: HashSet::new(),
        added_keys: HashSet::new(),
        old_keys,
        report: RefreshReport {
            full,
            ..RefreshReport::default()
        },
        progress,
        clause_cache: KindCache::default(),
    };
    for record in plan.unchanged {
        run.records.insert(record.rel.clone(), record);
    }
    for record in &plan.removed {
        if let Some(key) = &record.company_key {
            run.dirty.insert(key.clone());
            run.report.removed += 1;
        }
    }

    let total = plan.candidates.len();
    let mut done = 0;
    let mut bytes = 0;
    // Files skipped (too big, binary, empty) are looked at, not read: they count in the
    // progress, not in what the report says was read.
    let mut skipped_files = 0;
    let mut skipped_bytes = 0;
    for batch in batches(plan.candidates) {
        let outcomes: Vec<Outcome> = batch
            .par_iter()
            .map(|(f, old)| read_candidate(f, old.as_ref()))
            .collect();
        let mut parsed: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for ((f, old_record), outcome) in batch.into_iter().zip(outcomes) {
            done += 1;
            bytes += f.size;
            match outcome {
                Outcome::Same(record) => {
                    run.records.insert(f.rel.clone(), record);
                }
                Outcome::Skipped(record, warning) => {
                    skipped_files += 1;
                    skipped_bytes += f.size;
                    if let Some(key) = old_record.and_then(|r| r.company_key) {
                        run.dirty.insert(key);
                        run.report.removed += 1;
                    }
                    run.report.new_warnings.push(warning);
                    run.records.insert(f.rel.clone(), record);
                }
                Outcome::Parsed {
                    policy,
                    record,
                    caveat,
                } => {
                    run.report.new_warnings.extend(caveat);
                    parsed
                        .entry(policy.company_key.clone())
                        .or_default()
                        .push((*policy, record, old_record));
                }
            }
        }
        for (key, members) in parsed {
            run.take_group(&key, members)?;
        }
        (run.progress)(Progress::Reading { done, total, bytes });
    }
    run.report.read_files = done - skipped_files;
    run.report.read_bytes = bytes - skipped_bytes;

    let by_rel: HashMap<&str, &FileEntry> =
        scanned.files.iter().map(|f| (f.rel.as_str(), f)).collect();
    run.reindex_dirty(&by_rel)?;

    progress(Progress::Committing);
    let mut out = ManifestWriter::create(&store.dir)?;
    for record in run.records.values() {
        out.file(record)?;
    }
    // Policies kept as they were, then those read in this run.
    if let Some(old) = &old {
        for p in old.policies()? {
            let p = p?;
            let kept = run
                .records
                .get(&p.rel)
                .is_some_and(|r| r.company_key.as_ref() == Some(&p.company_key));
            if kept && !run.policies.contains(&p.rel) {
                out.policy(&p)?;
            }
        }
    }
    run.policies.for_each(|record| out.policy(&record))?;
    let (name, summary) = out.finish(&stamp, &data_root.display().to_string())?;
    let mut writer = run.writer;
    let mut prepared = writer
        .prepare_commit()
        .map_err(|e| SearchError::writing(&store.dir, e))?;
    prepared.set_payload(&name);
    prepared
        .commit()
        .map_err(|e| SearchError::writing(&store.dir, e))?;
    Manifest::remove_others(&store.dir, &name);
    writer
        .wait_merging_threads()
        .map_err(|e| SearchError::writing(&store.dir, e))?;
    store.remove_other_versions();

    let mut warnings = scanned.warnings.clone();
    warnings.extend(run.records.values().filter_map(FileRecord::warning));
    let mut report = summarize(&summary, warnings);
    report.files = scanned.files.len();
    report.ignored = scanned.ignored;
    report.file_bytes = scanned.files.iter().map(|f| f.size).sum();
    report.read_files = run.report.read_files;
    report.read_bytes = run.report.read_bytes;
    report.added = run.report.added;
    report.updated = run.report.updated;
    report.removed = run.report.removed;
    report.new_warnings = run.report.new_warnings;
    report.full = full;
    report.committed = true;
    report.repaired = repaired;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The manifest of the last commit, and whether everything must be re-read: on the first
/// build, on request, when the readers changed, or when the manifest is unreadable.
fn previous(store: &Store, stamp: &str, rebuild: bool) -> (Option<Manifest>, bool) {
    match store.manifest_name() {
        Ok(Some(name)) => match Manifest::open(&store.dir, &name) {
            Ok(m) => {
                let full = rebuild || m.stamp != stamp;
                (Some(m), full)
            }
            Err(_) => (None, true),
        },
        _ => (None, true),
    }
}

/// The file table of the last manifest, by path (empty when everything is re-read).
fn file_table(
    old: Option<&Manifest>,
    full: bool,
) -> Result<HashMap<String, FileRecord>, SearchError> {
    let mut table = HashMap::new();
    if let Some(old) = old.filter(|_| !full) {
        table.reserve(old.summary.files);
        for record in old.files()? {
            let record = record?;
            table.insert(record.rel.clone(), record);
        }
    }
    Ok(table)
}

/// A report of an index's totals.
fn summarize(summary: &Summary, warnings: Vec<Warning>) -> RefreshReport {
    RefreshReport {
        policies: summary.policies,
        latest: summary.latest,
        companies: summary.companies,
        sections: summary.sections,
        formats: summary.formats.clone(),
        warnings,
        ..RefreshReport::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn opts() -> RefreshOptions {
        RefreshOptions {
            threads: 1,
            memory: 20_000_000,
            ..RefreshOptions::default()
        }
    }

    #[test]
    fn incremental_refresh() {
        let data = tempfile::tempdir().unwrap();
        let index = tempfile::tempdir().unwrap();
        write(data.path(), "a.com.md", "# A Privacy\n\nWe sell nothing.\n");
        write(data.path(), "b.com.md", "# B Privacy\n\nWe share a lot.\n");
        write(data.path(), "v/c.com@2019-01-01.md", "# C\n\nOld text.\n");
        let r = refresh(data.path(), index.path(), &opts(), &|_| {}).unwrap();
        assert!(r.full && r.committed);
        assert_eq!((r.policies, r.latest, r.added), (3, 3, 3));

        // Nothing changed: no commit.
        let r = refresh(data.path(), index.path(), &opts(), &|_| {}).unwrap();
        assert!(!r.committed && !r.changed());
        assert_eq!(r.policies, 3);

        // A new version, an edit, a removal.
        write(data.path(), "v/c.com@2020-01-01.md", "# C\n\nNew text.\n");
        write(
            data.path(),
            "a.com.md",
            "# A Privacy\n\nWe sell everything now.\n",
        );
        fs::remove_file(data.path().join("b.com.md")).unwrap();
        let r = refresh(data.path(), index.path(), &opts(), &|_| {}).unwrap();
        assert!(r.committed && !r.full);
        assert_eq!((r.added, r.updated, r.removed), (1, 1, 1));
        assert_eq!((r.policies, r.latest), (3, 2));
        assert_eq!(r.read_files, 2);

        let store = Store::open(index.path()).unwrap().unwrap();
        let manifest = store.manifest().unwrap();
        let mut latest: Vec<String> = manifest
            .policies()
            .unwrap()
            .map(Result::unwrap)
            .filter(|p| p.latest)
            .map(|p| p.id)
            .collect();
        latest.sort();
        assert_eq!(latest, vec!["a.com", "c.com@2020-01-01"]);
        let reader = store.index.reader().unwrap();
        assert_eq!(reader.searcher().num_docs(), 3);
    }

    #[test]
    fn bad_files_are_skipped_with_warnings() {
        let data = tempfile::tempdir().unwrap();
        let index = tempfile::tempdir().unwrap();
        write(data.path(), "good.com.md", "# Good\n\nFine text.\n");
        write(data.path(), "empty.txt", "");
        fs::write(data.path().join("blob.txt"), b"\x00\x01\x02\x03").unwrap();
        let r = refresh(data.path(), index.path(), &opts(), &|_| {}).unwrap();
        assert_eq!(r.policies, 1);
        let mut msgs: Vec<String> = r.warnings.iter().map(|w| w.to_string()).collect();
        msgs.sort();
        assert_eq!(
            msgs,
            vec![
                "blob.txt: binary file (contains NUL bytes), skipped",
                "empty.txt: empty file, skipped"
            ]
        );
        // Warnings persist in the manifest; the skipped files are not re-read.
        let r = refresh(data.path(), index.path(), &opts(), &|_| {}).unwrap();
        assert_eq!(r.warnings.len(), 2);
        assert!(r.new_warnings.is_empty());
    }
}
