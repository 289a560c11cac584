//! The index on disk. It lives in a folder per schema version (`index/v1/`), so a new version
//! builds beside the old one and a process still reading the old one is never pulled from
//! under its feet.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tantivy::directory::error::{LockError, OpenReadError};
use tantivy::index::SegmentComponent;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError};

use super::SearchError;
use super::inflight::Tracked;
use super::manifest::Manifest;
use super::schema::{
    Fields, PAIR_TOKENIZER, SCHEMA_VERSION, TOKENIZER, analyzer, build_schema, fields_of,
    pair_analyzer,
};

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

/// Bytes at the end of every Tantivy file: footer length and magic number.
const FOOTER_METADATA_LEN: u64 = 8;

/// How long a writer waits for another process's writer before giving up.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(600);

impl Store {
    /// Opens the index in `root`, or `None` if there is none of this version yet.
    pub fn open(root: &Path) -> Result<Option<Store>, SearchError> {
        let dir = version_dir(root);
        if !dir.join("meta.json").exists() {
            return Ok(None);
        }
        let index = Index::open_in_dir(&dir).map_err(|e| classify(&dir, e))?;
        Store::wrap(root, dir, index).map(Some)
    }

    /// Opens every segment, so missing or truncated files show up now rather than in the
    /// middle of a search. Cheap: it reads footers and term dictionaries' headers, not data.
    pub fn reader(&self) -> Result<IndexReader, SearchError> {
        self.check_files()?;
        let open = || {
            self.index
                .reader_builder()
                .reload_policy(ReloadPolicy::Manual)
                .try_into()
        };
        // Tantivy asserts on some damage instead of returning an error; a damaged index must
        // still be a message and a rebuild, not a crash.
        match catch_quietly(open) {
            Ok(result) => result.map_err(|e| classify(&self.dir, e)),
            Err(why) => Err(SearchError::Damaged {
                path: self.dir.clone(),
                message: format!("unreadable ({why})"),
            }),
        }
    }

    /// Files of the committed segments that are too short to hold even a footer: Tantivy
    /// panics on them (files 4 to 7 bytes long), so they are caught here first.
    fn check_files(&self) -> Result<(), SearchError> {
        let metas = self
            .index
            .searchable_segment_metas()
            .map_err(|e| classify(&self.dir, e))?;
        // Each committed segment, with the one deletes file its commit names. A run killed
        // while writing the deletes of a later opstamp leaves a short file of the same segment
        // beside it, which no commit refers to: not damage (the next commit removes it).
        let committed: HashMap<String, Option<PathBuf>> = metas
            .iter()
            .map(|m| {
                let deletes = m
                    .has_deletes()
                    .then(|| m.relative_path(SegmentComponent::Delete));
                (m.id().uuid_string(), deletes)
            })
            .collect();
        let entries = std::fs::read_dir(&self.dir).map_err(|e| SearchError::io(&self.dir, e))?;
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let segment = name.split('.').next().unwrap_or("");
            let Some(deletes) = committed.get(segment) else {
                continue;
            };
            if name.ends_with(".del") && deletes.as_deref() != Some(Path::new(&*name)) {
                continue;
            }
            if entry
                .metadata()
                .is_ok_and(|m| m.len() < FOOTER_METADATA_LEN)
            {
                return Err(SearchError::Damaged {
                    path: self.dir.clone(),
                    message: format!("{name} is truncated"),
                });
            }
        }
        Ok(())
    }

    /// Opens the index in `root` for writing: creates it when missing, and rebuilds it from
    /// nothing when it is damaged, calling `on_damage` with the reason first.
    pub fn open_for_refresh(
        root: &Path,
        on_damage: &dyn Fn(&str),
    ) -> Result<(Store, bool), SearchError> {
        let damage = match Store::open(root) {
            Ok(Some(store)) => match store.reader() {
                Ok(_) => return Ok((store, false)),
                Err(SearchError::Damaged { message, .. }) => message,
                Err(e) => return Err(e),
            },
            Ok(None) => return Store::open_or_create(root).map(|s| (s, false)),
            Err(SearchError::Damaged { message, .. }) => message,
            Err(e) => return Err(e),
        };
        on_damage(&damage);
        let dir = version_dir(root);
        // Moved aside in one step, so no process ever opens a half-deleted index.
        let aside = root.join(format!(
            "damaged-v{SCHEMA_VERSION}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        std::fs::rename(&dir, &aside).map_err(|e| SearchError::io(&dir, e))?;
        let _ = std::fs::remove_dir_all(&aside);
        Store::open_or_create(root).map(|s| (s, true))
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
        index.tokenizers().register(PAIR_TOKENIZER, pair_analyzer());
        let fields = fields_of(&index.schema()).map_err(|_| SearchError::Damaged {
            path: dir.clone(),
            message: "its fields are not those of a policytui index".into(),
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

    /// The manifest of the last commit.
    pub fn manifest(&self) -> Result<Manifest, SearchError> {
        match self.manifest_name()? {
            Some(name) => Manifest::open(&self.dir, &name),
            None => Err(SearchError::Manifest {
                path: self.dir.clone(),
                message: "no commit names a manifest".to_string(),
            }),
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
    ) -> Result<IndexWriter<Tracked>, SearchError> {
        let started = Instant::now();
        let mut told = false;
        loop {
            match self.index.writer_with_num_threads(threads, memory) {
                Ok(writer) => {
                    writer.set_merge_policy(Box::new(super::merges::BoundedMerges::default()));
                    return Ok(writer);
                }
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

/// Sorts an error from opening an index: files that are missing, truncated or not an index
/// are damage (a rebuild repairs it); anything else, such as a permission or lock problem, is
/// reported as it is.
fn classify(dir: &Path, e: TantivyError) -> SearchError {
    let damage = match &e {
        TantivyError::DataCorruption(c) => Some(first_line(&format!("{c:?}"))),
        TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(path)) => {
            Some(format!("{} is missing", file_name(path)))
        }
        TantivyError::OpenReadError(OpenReadError::IoError { io_error, filepath })
            if io_error.kind() != std::io::ErrorKind::PermissionDenied =>
        {
            Some(format!(
                "{}: {}",
                file_name(filepath),
                first_line(&io_error.to_string())
            ))
        }
        // Bytes that do not decode (a truncated or overwritten file read through a map).
        TantivyError::IoError(io)
            if matches!(
                io.kind(),
                std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof
            ) =>
        {
            Some(first_line(&io.to_string()))
        }
        TantivyError::SchemaError(m) => Some(first_line(m)),
        TantivyError::IncompatibleIndex(i) => Some(first_line(&format!("{i:?}"))),
        _ => None,
    };
    match damage {
        Some(message) => SearchError::Damaged {
            path: dir.to_path_buf(),
            message,
        },
        None => SearchError::index(dir, first_line(&e.to_string())),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Tantivy's messages can run over several lines and sentences (with advice about tantivy
/// versions); a user needs the first sentence.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or("").trim();
    let line = match line.find(". ") {
        Some(end) if end >= 12 => &line[..end],
        _ => line.trim_end_matches('.'),
    };
    let mut out: String = line.chars().take(160).collect();
    if line.chars().count() > 160 {
        out.push('…');
    }
    out
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic in the index library".into());
    first_line(&text)
}

/// An error met while searching or reading documents: corrupt content, or anything else.
pub(super) fn read_error(dir: &Path, e: TantivyError) -> SearchError {
    match &e {
        // Mistakes in what was asked, not in what is stored.
        TantivyError::InvalidArgument(_)
        | TantivyError::SchemaError(_)
        | TantivyError::FieldNotFound(_)
        | TantivyError::LockFailure(..) => SearchError::index(dir, first_line(&e.to_string())),
        // The index opened, so an error reading it is corrupt content.
        TantivyError::DataCorruption(c) => SearchError::Corrupt {
            path: dir.to_path_buf(),
            message: first_line(&format!("{c:?}")),
        },
        other => SearchError::Corrupt {
            path: dir.to_path_buf(),
            message: first_line(&other.to_string()),
        },
    }
}

/// Runs a read of the index, turning a panic inside Tantivy (it asserts on some corrupt
/// content) into an error.
pub(super) fn guarded<T>(
    dir: &Path,
    read: impl FnOnce() -> Result<T, SearchError>,
) -> Result<T, SearchError> {
    catch_quietly(read).unwrap_or_else(|why| {
        Err(SearchError::Corrupt {
            path: dir.to_path_buf(),
            message: why,
        })
    })
}

thread_local! {
    /// Set while a panic is expected and handled: the panic hook stays silent.
    static QUIET_PANICS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True while this thread runs a read whose panics are caught and reported: panic hooks
/// (the browser's restores the terminal) must leave such a panic alone.
pub fn panic_expected() -> bool {
    QUIET_PANICS.with(|q| q.get())
}

/// Runs `f` on this thread with panics expected or not, as on the thread that handed it the
/// work (see [`super::share`]): a helper's panic is caught and reported like the caller's.
pub(super) fn expecting_panics<T>(expected: bool, f: impl FnOnce() -> T) -> T {
    let before = QUIET_PANICS.with(|q| q.replace(expected));
    let out = f();
    QUIET_PANICS.with(|q| q.set(before));
    out
}

/// Runs `f`, returning the panic's message if it panics, without the panic hook printing it
/// (or, in the browser, tearing down the terminal): the caller reports it in one line.
fn catch_quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !panic_expected() {
                previous(info);
            }
        }));
    });
    QUIET_PANICS.with(|q| q.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET_PANICS.with(|q| q.set(false));
    result.map_err(|panic| panic_text(&*panic))
}
