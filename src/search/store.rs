//! The index on disk. It lives in a folder per schema version (`index/v1/`), so a new version
//! builds beside the old one and a process still reading the old one is never pulled from
//! under its feet.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tantivy::directory::error::LockError;
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError};

use super::SearchError;
use super::manifest::Manifest;
use super::schema::{Fields, SCHEMA_VERSION, TOKENIZER, analyzer, build_schema, fields_of};

pub struct Store {
    /// The index folder the user named (`index/`).
    pub root: PathBuf,
    /// The Tantivy folder inside it (`index/v1/`).
    pub dir: PathBuf,
    pub index: Index,
    pub fields: Fields,
}

fn version_dir(root: &Path) -> PathBuf {
    root.join(format!("v{SCHEMA_VERSION}"))
}

/// True when `root` holds an index of this schema version.
pub fn index_exists(root: &Path) -> bool {
    version_dir(root).join("meta.json").exists()
}

/// How long a writer waits for another process's writer before giving up.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(600);

impl Store {
    /// Opens the index in `root`, or `None` if there is none of this version yet.
    pub fn open(root: &Path) -> Result<Option<Store>, SearchError> {
        let dir = version_dir(root);
        if !dir.join("meta.json").exists() {
            return Ok(None);
        }
        let index = Index::open_in_dir(&dir).map_err(|e| SearchError::index(&dir, e))?;
        Store::wrap(root, dir, index).map(Some)
    }

    /// Opens the index in `root`, creating an empty one if needed.
    pub fn open_or_create(root: &Path) -> Result<Store, SearchError> {
        if let Some(store) = Store::open(root)? {
            return Ok(store);
        }
        let dir = version_dir(root);
        std::fs::create_dir_all(&dir).map_err(|e| SearchError::io(&dir, e))?;
        let (schema, _) = build_schema();
        let index = match Index::create_in_dir(&dir, schema) {
            Ok(index) => index,
            // Another process created it between our check and now.
            Err(TantivyError::IndexAlreadyExists) => {
                Index::open_in_dir(&dir).map_err(|e| SearchError::index(&dir, e))?
            }
            Err(e) => return Err(SearchError::index(&dir, e)),
        };
        Store::wrap(root, dir, index)
    }

    fn wrap(root: &Path, dir: PathBuf, index: Index) -> Result<Store, SearchError> {
        index.tokenizers().register(TOKENIZER, analyzer());
        let fields = fields_of(&index.schema()).map_err(|_| {
            SearchError::index(
                &dir,
                "not a policytui index (unexpected fields); delete it or use another --index",
            )
        })?;
        Ok(Store {
            root: root.to_path_buf(),
            dir,
            index,
            fields,
        })
    }

    /// The name of the manifest of the last commit, from its payload.
    pub fn manifest_name(&self) -> Result<Option<String>, SearchError> {
        let metas = self
            .index
            .load_metas()
            .map_err(|e| SearchError::index(&self.dir, e))?;
        Ok(metas.payload.filter(|p| !p.is_empty()))
    }

    /// The manifest of the last commit (empty before the first).
    pub fn manifest(&self, stamp: &str) -> Result<Manifest, SearchError> {
        match self.manifest_name()? {
            Some(name) => Manifest::load(&self.dir, &name),
            None => Ok(Manifest::empty(stamp.to_string())),
        }
    }

    /// A writer, waiting while another process holds the lock. `on_wait` is called once, when
    /// waiting starts, so the caller can say what it is waiting for.
    pub fn writer(
        &self,
        threads: usize,
        memory: usize,
        max_wait: Duration,
        on_wait: &dyn Fn(),
    ) -> Result<IndexWriter<TantivyDocument>, SearchError> {
        let started = Instant::now();
        let mut told = false;
        loop {
            match self.index.writer_with_num_threads(threads, memory) {
                Ok(writer) => return Ok(writer),
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    if started.elapsed() >= max_wait {
                        return Err(SearchError::Locked(self.root.clone()));
                    }
                    if !told {
                        on_wait();
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e) => return Err(SearchError::index(&self.dir, e)),
            }
        }
    }

    /// Removes index folders of other schema versions (best effort).
    pub fn remove_other_versions(&self) {
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let is_version = name
                .strip_prefix('v')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if is_version && entry.path() != self.dir {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}
