//! The policy records of a refresh, kept on disk until the manifest is written.
//!
//! A first build of a million policies held every record in memory until its commit: about
//! 700 MB of a 2 GB budget. Here each record goes to a scratch file in the index folder as
//! it is made, and memory keeps only where each file's record is (a record replaced or
//! removed later in the run just moves or drops that entry).

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::SearchError;
use super::manifest::PolicyRecord;

const PREFIX: &str = "spool-";

pub struct Spool {
    path: PathBuf,
    out: BufWriter<File>,
    end: u64,
    /// By file: offset and length of its newest record.
    at: HashMap<String, (u64, u32)>,
}

impl Spool {
    pub fn create(dir: &Path) -> Result<Spool, SearchError> {
        let path = dir.join(format!("{PREFIX}{}.jsonl", std::process::id()));
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| SearchError::io(&path, e))?;
        Ok(Spool {
            path,
            out: BufWriter::new(file),
            end: 0,
            at: HashMap::new(),
        })
    }

    /// Removes scratch files of refreshes that were killed (call with the writer lock held,
    /// so no live refresh owns one).
    pub fn remove_stale(dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(PREFIX) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    pub fn insert(&mut self, record: &PolicyRecord) -> Result<(), SearchError> {
        let mut line = serde_json::to_vec(record)
            .map_err(|e| SearchError::io(&self.path, std::io::Error::other(e)))?;
        line.push(b'\n');
        self.out
            .write_all(&line)
            .map_err(|e| SearchError::io(&self.path, e))?;
        self.at
            .insert(record.rel.clone(), (self.end, line.len() as u32));
        self.end += line.len() as u64;
        Ok(())
    }

    pub fn remove(&mut self, rel: &str) {
        self.at.remove(rel);
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.at.contains_key(rel)
    }

    /// Hands each file's newest record to `f`, in the order they were written.
    pub fn for_each(
        &mut self,
        mut f: impl FnMut(PolicyRecord) -> Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        let io = |e| SearchError::io(&self.path, e);
        self.out.flush().map_err(io)?;
        let mut spans: Vec<(u64, u32)> = self.at.values().copied().collect();
        spans.sort_unstable();
        let file = self.out.get_mut();
        let mut line = Vec::new();
        for (offset, len) in spans {
            line.resize(len as usize, 0);
            file.seek(SeekFrom::Start(offset)).map_err(io)?;
            file.read_exact(&mut line).map_err(io)?;
            let record = serde_json::from_slice(line.trim_ascii_end())
                .map_err(|e| io(std::io::Error::other(e)))?;
            f(record)?;
        }
        Ok(())
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(rel: &str, title: &str) -> PolicyRecord {
        PolicyRecord {
            rel: rel.into(),
            id: rel.into(),
            company_key: rel.into(),
            company: rel.into(),
            domain: None,
            title: title.into(),
            archived: None,
            latest: true,
            format: crate::corpus::Format::Markdown,
            sections: 1,
            bytes: 1,
            topics: String::new(),
            clauses: String::new(),
        }
    }

    #[test]
    fn keeps_the_newest_record_of_each_file_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut spool = Spool::create(dir.path()).unwrap();
        spool.insert(&record("a.md", "first")).unwrap();
        spool.insert(&record("b.md", "b")).unwrap();
        spool.insert(&record("a.md", "second")).unwrap();
        spool.insert(&record("c.md", "gone")).unwrap();
        spool.remove("c.md");
        assert!(spool.contains("a.md") && !spool.contains("c.md"));
        let mut seen = Vec::new();
        spool
            .for_each(|r| {
                seen.push((r.rel, r.title));
                Ok(())
            })
            .unwrap();
        assert_eq!(
            seen,
            [
                ("b.md".into(), "b".into()),
                ("a.md".into(), "second".into())
            ]
        );
        drop(spool);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn stale_spools_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("spool-1.jsonl"), "x").unwrap();
        std::fs::write(dir.path().join("meta.json"), "{}").unwrap();
        Spool::remove_stale(dir.path());
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["meta.json"]);
    }
}
