//! What the index holds, file by file: size, modification time and content hash (so a refresh
//! re-reads only what changed), and each policy's summary (so listing the corpus needs no
//! search). A manifest is written before the commit that names it in its payload, so the
//! manifest a reader loads always matches the commit it sees.
//!
//! At a million policies the manifest is hundreds of megabytes, so it is three files read
//! apart, never as one document: a small header with the totals (all an up-to-date check or
//! `stats` needs), the file table (all a refresh needs), and the policy table (what listings
//! need), the last two as JSON lines read one record at a time.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::corpus::{Format, Policy, Warning};

use super::SearchError;
use super::overview::{self, LatestPolicy, Overview};

/// Manifest format; a manifest of another format is ignored (full re-read).
const MANIFEST_FORMAT: u32 = 3;
const PREFIX: &str = "manifest-";
const HEADER: &str = ".json";
const FILES: &str = ".files.jsonl";
const POLICIES: &str = ".policies.jsonl";
/// The browser's list, derived from the policy table ([`super::overview`]); optional.
const OVERVIEW: &str = ".overview.bin";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormatCount {
    pub policies: usize,
    pub sections: usize,
}

/// Totals of an index, kept in the header so that nothing has to be counted again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Files in the file table (policies and skipped files).
    pub files: usize,
    pub file_bytes: u64,
    pub policies: usize,
    /// Policies that are the newest version of their company.
    pub latest: usize,
    pub companies: usize,
    pub sections: usize,
    /// Bytes of normalized text.
    pub text_bytes: u64,
    pub formats: BTreeMap<Format, FormatCount>,
    /// Policies by archive year (`"undated"` without a date).
    pub years: BTreeMap<String, usize>,
    /// Files with a warning (skipped, or read with a caveat).
    pub warnings: usize,
}

/// What the index knows of one indexed policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyRecord {
    /// The file, relative to the data folder.
    pub rel: String,
    pub id: String,
    pub company_key: String,
    pub company: String,
    pub domain: Option<String>,
    pub title: String,
    pub archived: Option<String>,
    pub latest: bool,
    pub format: Format,
    pub sections: u32,
    /// Bytes of normalized text.
    pub bytes: u64,
    /// Topics of its sections, in order of first appearance, comma-separated (one string
    /// rather than a list: a million records are held in memory at once).
    pub topics: String,
    /// Clause kinds found with their number of sentences, `kind:count` comma-separated.
    pub clauses: String,
}

impl PolicyRecord {
    /// The record of a policy and the clauses found in it (how many of each kind).
    pub fn of(rel: &str, policy: &Policy, counts: &BTreeMap<&str, u32>) -> PolicyRecord {
        let mut topics: Vec<&str> = Vec::new();
        for s in &policy.sections {
            if !topics.contains(&s.topic.as_str()) {
                topics.push(&s.topic);
            }
        }
        PolicyRecord {
            rel: rel.to_string(),
            id: policy.id.clone(),
            company_key: policy.company_key.clone(),
            company: policy.company.clone(),
            domain: policy.domain.clone(),
            title: policy.title.clone(),
            archived: policy.archived.clone(),
            latest: policy.latest,
            format: policy.format,
            sections: policy.sections.len() as u32,
            bytes: policy.text.len() as u64,
            topics: topics.join(","),
            clauses: counts
                .iter()
                .map(|(k, n)| format!("{k}:{n}"))
                .collect::<Vec<_>>()
                .join(","),
        }
    }

    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.topics.split(',').filter(|t| !t.is_empty())
    }

    pub fn has_topic(&self, topic: &str) -> bool {
        self.topics().any(|t| t == topic)
    }

    /// (kind, sentences) for each kind found.
    pub fn clauses(&self) -> impl Iterator<Item = (&str, u32)> {
        self.clauses.split(',').filter_map(|c| {
            let (kind, n) = c.rsplit_once(':')?;
            Some((kind, n.parse().ok()?))
        })
    }

    pub fn clause_count(&self, kind: &str) -> Option<u32> {
        self.clauses().find(|(k, _)| *k == kind).map(|(_, n)| n)
    }
}

/// One file of the data folder as last seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    /// Relative to the data folder, `/`-separated.
    pub rel: String,
    pub size: u64,
    /// Nanoseconds since the epoch.
    pub modified: u64,
    /// xxh3-128 of the bytes, hex.
    pub hash: String,
    /// The company of the policy read from it; `None` when the file was skipped.
    pub company_key: Option<String>,
    /// Why it was skipped, or a caveat about how it was read.
    pub warning: Option<String>,
}

impl FileRecord {
    pub fn warning(&self) -> Option<Warning> {
        self.warning.as_ref().map(|message| Warning {
            path: self.rel.clone(),
            message: message.clone(),
            skipped: self.company_key.is_none(),
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: u32,
    /// Readers, topic table and catalogue that produced the index
    /// ([`super::schema::reader_stamp`]).
    stamp: String,
    /// The data folder, as given when last indexed (informational).
    data_root: String,
    #[serde(default)]
    summary: Summary,
}

/// Only the format of a header, to tell an old manifest without reading it whole.
#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

/// An index's manifest: its header in memory, its tables read on demand.
#[derive(Debug, Clone)]
pub struct Manifest {
    dir: PathBuf,
    base: String,
    pub stamp: String,
    pub data_root: String,
    pub summary: Summary,
}

impl Manifest {
    /// Opens the manifest a commit names (`payload`) in `dir`: reads its header.
    pub fn open(dir: &Path, payload: &str) -> Result<Manifest, SearchError> {
        let base = payload.strip_suffix(HEADER).unwrap_or(payload).to_string();
        let path = dir.join(format!("{base}{HEADER}"));
        let err = |message: String| SearchError::Manifest {
            path: path.clone(),
            message,
        };
        let file = fs::File::open(&path).map_err(|e| {
            err(match e.kind() {
                std::io::ErrorKind::NotFound => "missing".to_string(),
                _ => e.to_string(),
            })
        })?;
        // Older manifests held every record in this file: look at its size before parsing.
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        if len > 1 << 20 {
            return Err(err("format 2 or older".to_string()));
        }
        let bytes = fs::read(&path).map_err(|e| err(e.to_string()))?;
        let format: FormatOnly = serde_json::from_slice(&bytes).map_err(|e| err(e.to_string()))?;
        if format.format != MANIFEST_FORMAT {
            return Err(err(format!(
                "format {} is not {MANIFEST_FORMAT}",
                format.format
            )));
        }
        let header: Header = serde_json::from_slice(&bytes).map_err(|e| err(e.to_string()))?;
        for table in [FILES, POLICIES] {
            let table = dir.join(format!("{base}{table}"));
            if !table.is_file() {
                return Err(SearchError::Manifest {
                    path: table,
                    message: "missing".to_string(),
                });
            }
        }
        Ok(Manifest {
            dir: dir.to_path_buf(),
            base,
            stamp: header.stamp,
            data_root: header.data_root,
            summary: header.summary,
        })
    }

    /// The file table, one record at a time.
    pub fn files(&self) -> Result<Records<FileRecord>, SearchError> {
        Records::open(self.dir.join(format!("{}{FILES}", self.base)))
    }

    /// The policy table, one record at a time.
    pub fn policies(&self) -> Result<Records<PolicyRecord>, SearchError> {
        Records::open(self.dir.join(format!("{}{POLICIES}", self.base)))
    }

    /// The browser's list of companies: the file the index wrote for it, mapped, or, for an
    /// index written before that file existed (or with a damaged one), built from the policy
    /// table.
    pub fn overview(&self) -> Result<Overview, SearchError> {
        match self.overview_file() {
            Some(o) => Ok(o),
            None => Ok(Overview::from_rows(&latest_of(
                self.policies()?,
                self.summary.latest,
            )?)),
        }
    }

    /// The overview file, when it is there and whole.
    pub fn overview_file(&self) -> Option<Overview> {
        Overview::open(&self.overview_path())
            .ok()
            .filter(|o| o.len() == self.summary.latest)
    }

    /// Writes the overview file of an index made before it existed, so that the next browser
    /// opens without reading the policy table. A cache: failing to write it (a read-only
    /// index) loses nothing.
    pub fn ensure_overview_file(&self) -> Result<(), SearchError> {
        if self.overview_file().is_some() {
            return Ok(());
        }
        let rows = latest_of(self.policies()?, self.summary.latest)?;
        // Named for this process: two browsers opening the same old index write apart.
        let tmp = (self.dir).join(format!(
            "{}{OVERVIEW}.tmp-{}",
            self.base,
            std::process::id()
        ));
        let written =
            write_overview(&tmp, &rows).and_then(|()| fs::rename(&tmp, self.overview_path()));
        written.map_err(|e| {
            let _ = fs::remove_file(&tmp);
            SearchError::io(&tmp, e)
        })
    }

    fn overview_path(&self) -> PathBuf {
        self.dir.join(format!("{}{OVERVIEW}", self.base))
    }

    /// Every file with a warning.
    pub fn warnings(&self) -> Result<Vec<Warning>, SearchError> {
        let mut out = Vec::new();
        if self.summary.warnings == 0 {
            return Ok(out);
        }
        for record in self.files()? {
            out.extend(record?.warning());
        }
        Ok(out)
    }

    /// Removes manifests other than the one named `keep` (best effort: a failure leaves a
    /// stale file).
    pub fn remove_others(dir: &Path, keep: &str) {
        let keep = keep.strip_suffix(HEADER).unwrap_or(keep);
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let ours = name
                .strip_prefix(keep)
                .is_some_and(|rest| [HEADER, FILES, POLICIES, OVERVIEW].contains(&rest));
            if name.starts_with(PREFIX) && !ours {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// A table of a manifest read line by line.
pub struct Records<T> {
    path: PathBuf,
    lines: std::io::Lines<BufReader<fs::File>>,
    _record: std::marker::PhantomData<T>,
}

impl<T> Records<T> {
    fn open(path: PathBuf) -> Result<Records<T>, SearchError> {
        let file = fs::File::open(&path).map_err(|e| SearchError::Manifest {
            path: path.clone(),
            message: e.to_string(),
        })?;
        Ok(Records {
            lines: BufReader::with_capacity(1 << 16, file).lines(),
            path,
            _record: std::marker::PhantomData,
        })
    }
}

impl<T: DeserializeOwned> Iterator for Records<T> {
    type Item = Result<T, SearchError>;

    fn next(&mut self) -> Option<Self::Item> {
        let line = self.lines.next()?;
        Some(
            line.map_err(|e| e.to_string())
                .and_then(|l| serde_json::from_str(&l).map_err(|e| e.to_string()))
                .map_err(|message| SearchError::Manifest {
                    path: self.path.clone(),
                    message,
                }),
        )
    }
}

/// Writes a new manifest: tables first, header last, all synced before the commit names it.
pub struct ManifestWriter {
    dir: PathBuf,
    base: String,
    files: BufWriter<fs::File>,
    policies: BufWriter<fs::File>,
    summary: Summary,
    companies: HashSet<String>,
}

impl ManifestWriter {
    pub fn create(dir: &Path) -> Result<ManifestWriter, SearchError> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let base = format!("{PREFIX}{stamp:032}-{}", std::process::id());
        let open = |table: &str| {
            let path = dir.join(format!("{base}{table}.tmp"));
            fs::File::create(&path)
                .map(|f| BufWriter::with_capacity(1 << 16, f))
                .map_err(|e| SearchError::io(&path, e))
        };
        Ok(ManifestWriter {
            dir: dir.to_path_buf(),
            files: open(FILES)?,
            policies: open(POLICIES)?,
            base,
            summary: Summary::default(),
            companies: HashSet::new(),
        })
    }

    fn line(out: &mut BufWriter<fs::File>, value: &impl Serialize) -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, value)?;
        out.write_all(b"\n")
    }

    pub fn file(&mut self, record: &FileRecord) -> Result<(), SearchError> {
        self.summary.files += 1;
        self.summary.file_bytes += record.size;
        self.summary.warnings += usize::from(record.warning.is_some());
        Self::line(&mut self.files, record).map_err(|e| SearchError::io(&self.dir, e))
    }

    pub fn policy(&mut self, p: &PolicyRecord) -> Result<(), SearchError> {
        let s = &mut self.summary;
        s.policies += 1;
        s.latest += usize::from(p.latest);
        s.sections += p.sections as usize;
        s.text_bytes += p.bytes;
        let count = s.formats.entry(p.format).or_default();
        count.policies += 1;
        count.sections += p.sections as usize;
        let year = p
            .archived
            .as_deref()
            .and_then(|d| d.get(..4))
            .unwrap_or("undated");
        *s.years.entry(year.to_string()).or_default() += 1;
        if !self.companies.contains(&p.company_key) {
            self.companies.insert(p.company_key.clone());
        }
        Self::line(&mut self.policies, p).map_err(|e| SearchError::io(&self.dir, e))
    }

    /// Makes the manifest durable and returns the name to put in the commit payload, with
    /// the totals it holds.
    pub fn finish(
        mut self,
        stamp: &str,
        data_root: &str,
    ) -> Result<(String, Summary), SearchError> {
        self.summary.companies = self.companies.len();
        let dir = self.dir.clone();
        let base = self.base.clone();
        let io = |e: std::io::Error| SearchError::io(&dir, e);
        for out in [self.files, self.policies] {
            let file = out.into_inner().map_err(|e| io(e.into_error()))?;
            file.sync_all().map_err(io)?;
        }
        // The overview, read back from the policy table just written: only the newest
        // policies are held, and only now, not through the whole build.
        let rows = latest_of(
            Records::open(dir.join(format!("{base}{POLICIES}.tmp")))?,
            self.summary.latest,
        )?;
        write_overview(&dir.join(format!("{base}{OVERVIEW}.tmp")), &rows).map_err(io)?;
        drop(rows);
        let header = Header {
            format: MANIFEST_FORMAT,
            stamp: stamp.to_string(),
            data_root: data_root.to_string(),
            summary: self.summary.clone(),
        };
        let header_tmp = dir.join(format!("{base}{HEADER}.tmp"));
        let mut file = fs::File::create(&header_tmp).map_err(io)?;
        serde_json::to_writer(&mut file, &header).map_err(|e| io(e.into()))?;
        file.sync_all().map_err(io)?;
        for table in [FILES, POLICIES, OVERVIEW, HEADER] {
            let from = dir.join(format!("{base}{table}.tmp"));
            fs::rename(&from, dir.join(format!("{base}{table}"))).map_err(io)?;
        }
        // The renames must reach the disk before a commit names the files.
        fs::File::open(&dir)
            .and_then(|d| d.sync_all())
            .map_err(io)?;
        Ok((format!("{base}{HEADER}"), self.summary))
    }
}

/// The newest policies of a policy table, in the overview's order.
fn latest_of(
    table: Records<PolicyRecord>,
    latest: usize,
) -> Result<Vec<LatestPolicy>, SearchError> {
    let mut rows = Vec::with_capacity(latest);
    for p in table {
        let p = p?;
        if p.latest {
            rows.push(LatestPolicy::of(&p));
        }
    }
    overview::sort(&mut rows);
    Ok(rows)
}

/// Writes and syncs an overview file.
fn write_overview(path: &Path, rows: &[LatestPolicy]) -> std::io::Result<()> {
    let out = overview::write(path, rows)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()
}

/// Hex xxh3-128 of file content.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str, key: Option<&str>, warning: Option<&str>) -> FileRecord {
        FileRecord {
            rel: rel.into(),
            size: 3,
            modified: 5,
            hash: content_hash(rel.as_bytes()),
            company_key: key.map(str::to_string),
            warning: warning.map(str::to_string),
        }
    }

    fn policy(rel: &str, key: &str, latest: bool) -> PolicyRecord {
        PolicyRecord {
            rel: rel.into(),
            id: key.into(),
            company_key: key.into(),
            company: key.into(),
            domain: None,
            title: String::new(),
            archived: Some("2014-02-03".into()),
            latest,
            format: Format::Markdown,
            sections: 4,
            bytes: 100,
            topics: "scope,sharing".into(),
            clauses: "no-sale:2,tracking:1".into(),
        }
    }

    #[test]
    fn write_read_count_and_clean_up() {
        let dir = tempfile::tempdir().unwrap();
        let write = || {
            let mut w = ManifestWriter::create(dir.path()).unwrap();
            w.file(&file("a.md", None, Some("empty file, skipped")))
                .unwrap();
            w.file(&file("b.md", Some("b"), None)).unwrap();
            w.file(&file("c.md", Some("b"), None)).unwrap();
            w.policy(&policy("b.md", "b", false)).unwrap();
            w.policy(&policy("c.md", "b", true)).unwrap();
            w.finish("stamp", "data").unwrap()
        };
        let (first, _) = write();
        let (second, summary) = write();
        assert_ne!(first, second);
        assert_eq!(
            (
                summary.files,
                summary.policies,
                summary.latest,
                summary.companies
            ),
            (3, 2, 1, 1)
        );
        assert_eq!(summary.years["2014"], 2);
        let m = Manifest::open(dir.path(), &second).unwrap();
        assert_eq!(m.stamp, "stamp");
        assert_eq!(m.summary, summary);
        let files: Vec<FileRecord> = m.files().unwrap().map(Result::unwrap).collect();
        assert_eq!(files.len(), 3);
        let policies: Vec<PolicyRecord> = m.policies().unwrap().map(Result::unwrap).collect();
        assert_eq!(policies[1], policy("c.md", "b", true));
        assert_eq!(policies[1].clause_count("no-sale"), Some(2));
        assert!(policies[1].has_topic("sharing") && !policies[1].has_topic("cookies"));
        assert_eq!(
            m.warnings().unwrap()[0].to_string(),
            "a.md: empty file, skipped"
        );
        Manifest::remove_others(dir.path(), &second);
        let left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left.len(), 4, "{left:?}");
        assert_eq!(m.overview_file().map(|o| o.len()), Some(1));
        assert!(
            left.iter()
                .all(|n| n.starts_with(second.trim_end_matches(HEADER)))
        );
    }

    #[test]
    fn an_older_or_broken_manifest_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("manifest-1.json"),
            r#"{"format": 2, "files": {}}"#,
        )
        .unwrap();
        assert!(Manifest::open(dir.path(), "manifest-1.json").is_err());
        fs::write(dir.path().join("manifest-2.json"), "{not json").unwrap();
        assert!(Manifest::open(dir.path(), "manifest-2.json").is_err());
        assert!(Manifest::open(dir.path(), "manifest-3.json").is_err());
    }
}
