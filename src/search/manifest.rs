//! What the index holds, file by file: size, modification time and content hash (so a refresh
//! re-reads only what changed), and each policy's summary (so listing the corpus needs no
//! search). A manifest is written before the commit that names it in its payload, so the
//! manifest a reader loads always matches the commit it sees.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::corpus::{Format, Policy, Warning};

use super::SearchError;

/// Manifest file format; a manifest of another format is ignored (full re-read).
const MANIFEST_FORMAT: u32 = 2;
const PREFIX: &str = "manifest-";
const SUFFIX: &str = ".json";

/// What the index knows of one indexed policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyRecord {
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
    /// Topics of its sections, in order of first appearance, without repeats.
    pub topics: Vec<String>,
    /// Clause kinds found, with the number of sentences of each.
    #[serde(default)]
    pub clauses: BTreeMap<String, u32>,
}

impl PolicyRecord {
    /// The record of a policy and the clauses found in it.
    pub fn of(policy: &Policy, matches: &[crate::clauses::ClauseMatch]) -> PolicyRecord {
        let mut clauses = BTreeMap::new();
        for m in matches {
            *clauses.entry(m.kind.clone()).or_insert(0) += 1;
        }
        let mut topics: Vec<String> = Vec::new();
        for s in &policy.sections {
            if !topics.contains(&s.topic) {
                topics.push(s.topic.clone());
            }
        }
        PolicyRecord {
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
            topics,
            clauses,
        }
    }
}

/// One file of the data folder as last seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    pub size: u64,
    /// Nanoseconds since the epoch.
    pub modified: u64,
    /// xxh3-128 of the bytes, hex.
    pub hash: String,
    /// The policy read from it; `None` when the file was skipped.
    pub policy: Option<PolicyRecord>,
    /// Why it was skipped, or a caveat about how it was read.
    pub warning: Option<String>,
}

impl FileRecord {
    pub fn warning_for(&self, rel: &str) -> Option<Warning> {
        self.warning.as_ref().map(|message| Warning {
            path: rel.to_string(),
            message: message.clone(),
            skipped: self.policy.is_none(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// Readers and topic table that produced the index ([`super::schema::reader_stamp`]).
    pub stamp: String,
    /// The data folder, as given when last indexed (informational).
    pub data_root: String,
    /// Keyed by path relative to the data folder.
    pub files: BTreeMap<String, FileRecord>,
}

impl Manifest {
    pub fn empty(stamp: String) -> Manifest {
        Manifest {
            format: MANIFEST_FORMAT,
            stamp,
            data_root: String::new(),
            files: BTreeMap::new(),
        }
    }

    /// Indexed policies with their file paths.
    pub fn policies(&self) -> impl Iterator<Item = (&str, &PolicyRecord)> {
        self.files
            .iter()
            .filter_map(|(rel, r)| r.policy.as_ref().map(|p| (rel.as_str(), p)))
    }

    pub fn warnings(&self) -> Vec<Warning> {
        self.files
            .iter()
            .filter_map(|(rel, r)| r.warning_for(rel))
            .collect()
    }

    /// Loads the manifest named `name` in `dir`.
    pub fn load(dir: &Path, name: &str) -> Result<Manifest, SearchError> {
        let path = dir.join(name);
        let bytes = fs::read(&path).map_err(|e| SearchError::Manifest {
            path: path.clone(),
            message: match e.kind() {
                std::io::ErrorKind::NotFound => "missing".to_string(),
                _ => e.to_string(),
            },
        })?;
        let manifest: Manifest =
            serde_json::from_slice(&bytes).map_err(|e| SearchError::Manifest {
                path: path.clone(),
                message: e.to_string(),
            })?;
        if manifest.format != MANIFEST_FORMAT {
            return Err(SearchError::Manifest {
                path,
                message: format!("format {} is not {MANIFEST_FORMAT}", manifest.format),
            });
        }
        Ok(manifest)
    }

    /// Writes the manifest to a new file in `dir` (durably: written, synced, renamed) and
    /// returns its name, to be put in the commit payload.
    pub fn save(&self, dir: &Path) -> Result<String, SearchError> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("{PREFIX}{stamp:032}-{}{SUFFIX}", std::process::id());
        let tmp = dir.join(format!("{name}.tmp"));
        let path = dir.join(&name);
        let write = || -> std::io::Result<()> {
            let mut file = fs::File::create(&tmp)?;
            serde_json::to_writer(std::io::BufWriter::new(&mut file), self)?;
            file.flush()?;
            file.sync_all()?;
            fs::rename(&tmp, &path)?;
            // The rename itself must reach the disk before a commit names the file.
            fs::File::open(dir)?.sync_all()
        };
        write().map_err(|e| SearchError::io(&path, e))?;
        Ok(name)
    }

    /// Removes manifests other than `keep` (best effort: a failure leaves a stale file).
    pub fn remove_others(dir: &Path, keep: &str) {
        for path in manifest_files(dir) {
            let is_keep = path.file_name().is_some_and(|n| n == keep);
            if !is_keep {
                let _ = fs::remove_file(path);
            }
        }
    }
}

fn manifest_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with(PREFIX) && (n.ends_with(SUFFIX) || n.ends_with(".tmp"))
            })
        })
        .collect()
}

/// Hex xxh3-128 of file content.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_and_cleanup() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Manifest::empty("stamp".into());
        m.files.insert(
            "a.md".into(),
            FileRecord {
                size: 3,
                modified: 5,
                hash: content_hash(b"abc"),
                policy: None,
                warning: Some("empty file, skipped".into()),
            },
        );
        let first = m.save(dir.path()).unwrap();
        let second = m.save(dir.path()).unwrap();
        assert_ne!(first, second);
        assert_eq!(Manifest::load(dir.path(), &second).unwrap(), m);
        Manifest::remove_others(dir.path(), &second);
        assert!(!dir.path().join(&first).exists());
        assert!(dir.path().join(&second).exists());
        assert_eq!(m.warnings()[0].to_string(), "a.md: empty file, skipped");
    }
}
