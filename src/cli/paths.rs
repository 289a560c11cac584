//! Where the data and the index are when the user does not say: `./data` and `./index` in a
//! checkout, the built-in samples elsewhere, and a per-folder index in the user's cache for any
//! other data folder (so pointing at a second folder never clobbers the first one's index).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::Global;

/// The seed policies, compiled in, for a first run outside a checkout.
const SAMPLES: &[(&str, &[u8])] = &[
    (
        "legsjapan.com.md",
        include_bytes!("../../data/legsjapan.com.md"),
    ),
    (
        "japan-auto-parts.txt",
        include_bytes!("../../data/japan-auto-parts.txt"),
    ),
    (
        "fromjapan.co.jp.md",
        include_bytes!("../../data/fromjapan.co.jp.md"),
    ),
    (
        "japan-talk.com.md",
        include_bytes!("../../data/japan-talk.com.md"),
    ),
    (
        "personal-information-handling-agreement.txt",
        include_bytes!("../../data/personal-information-handling-agreement.txt"),
    ),
];

#[derive(Debug, Clone)]
pub struct Paths {
    pub data: PathBuf,
    pub index: PathBuf,
    /// Set when the built-in samples are used; says where they were written.
    pub note: Option<String>,
}

fn default_data() -> PathBuf {
    PathBuf::from("data")
}

/// Writes the samples into the user's data directory (once) and returns that folder.
fn samples_dir() -> Result<PathBuf> {
    let base = dirs::data_local_dir()
        .or_else(dirs::home_dir)
        .context("no home or data directory to put the sample policies in; pass --data DIR")?;
    let dir = base.join("policytui").join("samples");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, bytes) in SAMPLES {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(*bytes) {
            std::fs::write(&path, bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(dir)
}

/// A cache folder for the index of `data`, named after it and a hash of its absolute path.
fn cached_index(data: &Path) -> Result<PathBuf> {
    let absolute = std::fs::canonicalize(data).unwrap_or_else(|_| data.to_path_buf());
    let name = absolute
        .file_name()
        .map(|n| crate::corpus::company::slug(&n.to_string_lossy()))
        .unwrap_or_else(|| "root".into());
    let hash = xxhash_rust::xxh3::xxh3_64(absolute.to_string_lossy().as_bytes());
    let base = dirs::cache_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join(".cache")))
        .context("no cache directory for the index; pass --index DIR")?;
    Ok(base
        .join("policytui")
        .join("indexes")
        .join(format!("{name}-{:08x}", hash as u32)))
}

/// The data folder the global options name, whether it is the default `./data`, and a note
/// when the built-in samples stand in for it. Nothing is made on disk.
fn data_folder(global: &Global) -> Result<(PathBuf, bool, Option<String>)> {
    Ok(match &global.data {
        // Said before anything is made: an index beside a folder that is not there (or is a
        // file) would only ever be empty.
        Some(d) if !d.exists() => anyhow::bail!("data folder {} does not exist", d.display()),
        Some(d) if !d.is_dir() => anyhow::bail!(
            "{} is a file, not a folder of policies (`policytui show FILE` reads one file)",
            d.display()
        ),
        Some(d) => (d.clone(), false, None),
        None if default_data().is_dir() => (default_data(), true, None),
        None => {
            let dir = samples_dir()?;
            let note = format!(
                "./data not found; using the built-in sample policies in {} (pass --data DIR for your own)",
                dir.display()
            );
            (dir, false, Some(note))
        }
    })
}

/// The data folder alone, for a command that may not need the index at all (a file named
/// on the command line): no index folder is made to answer it.
pub fn data_dir(global: &Global) -> Result<PathBuf> {
    Ok(data_folder(global)?.0)
}

/// Resolves the data and index folders from the global options.
pub fn resolve(global: &Global) -> Result<Paths> {
    let (data, default_folder, note) = data_folder(global)?;
    let index = match &global.index {
        Some(i) => i.clone(),
        None if default_folder => PathBuf::from("index"),
        None => cached_index(&data)?,
    };
    let (index, note) = match writable(&index) {
        Ok(()) => (index, note),
        Err(e) => {
            let cache = cached_index(&data)?;
            if cache == index {
                anyhow::bail!("cannot write the index in {}: {e}", index.display());
            }
            writable(&cache).with_context(|| {
                format!(
                    "cannot write the index in {} ({e}) nor in {}",
                    index.display(),
                    cache.display()
                )
            })?;
            let moved = format!(
                "cannot write to {} ({}); keeping the index in {} instead",
                index.display(),
                crate::corpus::read::io_reason(&e),
                cache.display()
            );
            let note = Some(match note {
                Some(n) => format!("{n}; {moved}"),
                None => moved,
            });
            (cache, note)
        }
    };
    Ok(Paths { data, index, note })
}

/// Whether an index can be written in `dir`: created if missing, and a file made and removed
/// in it (permissions alone do not tell, on read-only mounts or for root).
fn writable(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let probe = dir.join(format!(".policytui-write-probe-{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    std::fs::remove_file(&probe)
}
