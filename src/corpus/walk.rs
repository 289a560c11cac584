//! Finding the policy files in a data folder: recursive (the Princeton corpus shards files as
//! `a/ab/abc/domain.md`), symlink loops detected, unreadable folders reported and skipped,
//! hidden files and `.policytuiignore` patterns honoured.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use ignore::WalkBuilder;
use rayon::prelude::*;
use thiserror::Error;

use super::policy::{Policy, Warning};
use super::read::{Loaded, POLICY_EXTENSIONS, read_policy_file};
use super::versions::assign_versions;

#[derive(Debug, Error)]
pub enum CorpusError {
    #[error("data folder {0} does not exist")]
    NotFound(PathBuf),
    #[error("cannot read data folder {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A candidate policy file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Relative to the data folder, `/`-separated; lossy for non-UTF-8 names.
    pub rel: String,
    pub path: PathBuf,
    pub size: u64,
    /// Modification time, nanoseconds since the epoch (0 if unknown).
    pub modified: u64,
}

#[derive(Debug, Default)]
pub struct Scan {
    pub files: Vec<FileEntry>,
    pub warnings: Vec<Warning>,
    /// Files present but not policies (other extensions, READMEs, licences).
    pub ignored: usize,
}

/// Names of files that describe a folder rather than being policies in it.
const NOT_POLICIES: &[&str] = &[
    "readme",
    "license",
    "licence",
    "changelog",
    "copying",
    "authors",
    "contributing",
];

/// Name of the per-folder ignore file (gitignore syntax).
pub const IGNORE_FILE: &str = ".policytuiignore";

fn is_policy_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let stem = match lower.rsplit_once('.') {
        Some((stem, ext)) if POLICY_EXTENSIONS.contains(&ext) => stem,
        // Another extension (csv, pdf, json…), unless the name is a domain (`legsjapan.com`).
        Some((_, ext)) if !is_tld_like(ext) => return false,
        _ => lower.as_str(),
    };
    !NOT_POLICIES.contains(&stem)
}

/// Extension-like endings that are really the end of a domain (`legsjapan.com`).
fn is_tld_like(ext: &str) -> bool {
    matches!(
        ext,
        "com"
            | "net"
            | "org"
            | "edu"
            | "gov"
            | "io"
            | "co"
            | "jp"
            | "uk"
            | "de"
            | "fr"
            | "info"
            | "biz"
            | "us"
            | "ca"
            | "au"
            | "in"
            | "eu"
            | "ch"
            | "nl"
            | "tv"
            | "me"
            | "pl"
            | "ie"
            | "nz"
            | "tw"
            | "ru"
            | "br"
            | "es"
            | "it"
    )
}

fn modified_ns(meta: &std::fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos().min(u64::MAX as u128) as u64)
}

fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        path.file_name().map(Path::new).unwrap_or(path)
    } else {
        rel
    };
    rel.components()
        .map(|c| name_text(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A file name as text. Bytes that are not UTF-8 are written `\xNN`, so that two names that
/// differ only there stay two policies (a lossy conversion would make both `�`).
fn name_text(name: &std::ffi::OsStr) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in name.as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// True for the folder a browser's "Save Page As, complete" writes beside the page
/// (`Privacy policy - Acme.html` and `Privacy policy - Acme_files/`): its frames and scripts
/// are the page's parts, not policies, and read as ones they made companies of ad frames and
/// cookie banners.
fn is_saved_page_assets(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(stem) = name.strip_suffix("_files") else {
        return false;
    };
    if !path.is_dir() {
        return false;
    }
    ["html", "htm", "xhtml", "shtml"]
        .iter()
        .any(|ext| path.with_file_name(format!("{stem}.{ext}")).is_file())
}

/// Lists the policy files under `root` (a folder, or a single file).
pub fn scan(root: &Path) -> Result<Scan, CorpusError> {
    let meta = std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CorpusError::NotFound(root.to_path_buf()),
        _ => CorpusError::Unreadable {
            path: root.to_path_buf(),
            source: e,
        },
    })?;
    let mut out = Scan::default();
    let walk_root = if meta.is_file() {
        root.parent().unwrap_or(root).to_path_buf()
    } else {
        root.to_path_buf()
    };
    let walker = WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(false)
        .git_global(false)
        .git_exclude(false)
        .parents(false)
        .ignore(false)
        .add_custom_ignore_filename(IGNORE_FILE)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(|e| !is_saved_page_assets(e.path()))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                out.warnings.push(walk_warning(&walk_root, &err));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path().to_path_buf();
        let rel = rel_path(&walk_root, &path);
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        if !is_policy_name(name) {
            out.ignored += 1;
            continue;
        }
        match entry.metadata() {
            Ok(meta) => out.files.push(FileEntry {
                rel,
                path,
                size: meta.len(),
                modified: modified_ns(&meta),
            }),
            Err(err) => out.warnings.push(walk_warning(&walk_root, &err)),
        }
    }
    Ok(out)
}

fn walk_warning(root: &Path, err: &ignore::Error) -> Warning {
    let (path, message) = describe_walk_error(root, err);
    Warning {
        path,
        message,
        skipped: true,
    }
}

fn describe_walk_error(root: &Path, err: &ignore::Error) -> (String, String) {
    match err {
        ignore::Error::WithPath { path, err } => {
            let (_, message) = describe_walk_error(root, err);
            let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            // Links that lead round to each other ("a -> b", "b -> a") are a loop (ELOOP), not
            // a link to nothing.
            let message = match std::fs::metadata(path) {
                Err(e) if link && e.raw_os_error() == Some(40) && cfg!(target_os = "linux") => {
                    "symbolic link loop, skipped".to_string()
                }
                Err(_) if link => "broken symbolic link, skipped".to_string(),
                _ => message,
            };
            (rel_path(root, path), message)
        }
        ignore::Error::Loop { child, .. } => (
            rel_path(root, child),
            "symbolic link loop, skipped".to_string(),
        ),
        ignore::Error::Io(io) => (String::from("?"), super::read::io_message(io)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            describe_walk_error(root, err)
        }
        other => (String::from("?"), other.to_string()),
    }
}

/// A whole data folder, read.
#[derive(Debug, Default)]
pub struct Corpus {
    pub policies: Vec<Policy>,
    pub warnings: Vec<Warning>,
    pub ignored: usize,
}

/// Reads every policy under `root` in parallel. Bad files become warnings; versions are
/// assigned; policies come back ordered by company, then date.
pub fn load_dir(root: &Path) -> Result<Corpus, CorpusError> {
    let scan = scan(root)?;
    let results: Vec<Result<Loaded, Warning>> = scan
        .files
        .par_iter()
        .map(|f| read_policy_file(&f.path, &f.rel))
        .collect();
    let mut corpus = Corpus {
        policies: Vec::new(),
        warnings: scan.warnings,
        ignored: scan.ignored,
    };
    for result in results {
        match result {
            Ok(loaded) => {
                corpus.warnings.extend(loaded.caveat);
                corpus.policies.push(loaded.policy);
            }
            Err(w) => corpus.warnings.push(w),
        }
    }
    assign_versions(&mut corpus.policies);
    for (i, message) in super::versions::same_date_versions(&corpus.policies) {
        corpus.warnings.push(Warning {
            path: corpus.policies[i].source_path.clone(),
            message,
            skipped: false,
        });
    }
    sort_policies(&mut corpus.policies);
    Ok(corpus)
}

/// Company name (case-insensitive), then archive date, then id.
pub fn sort_policies(policies: &mut [Policy]) {
    policies.sort_by(|a, b| {
        a.company
            .to_lowercase()
            .cmp(&b.company.to_lowercase())
            .then_with(|| a.archived.cmp(&b.archived))
            .then_with(|| a.id.cmp(&b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_names() {
        for yes in [
            "a.md",
            "b.txt",
            "c.html",
            "legsjapan.com",
            "x.XML",
            "noext",
            "fromjapan.co.jp",
        ] {
            assert!(is_policy_name(yes), "{yes}");
        }
        for no in [
            "README.md",
            "readme.txt",
            "LICENSE",
            "data.csv",
            "x.jsonl",
            "s.pptx",
            "a.json",
        ] {
            assert!(!is_policy_name(no), "{no}");
        }
    }

    /// A page saved complete keeps its frames in a `_files` folder beside it: they are no
    /// policies (found by a newcomer's trial: an ad frame's "We may sell your data" was a
    /// company). A `_files` folder with no page beside it is read.
    #[test]
    fn a_saved_page_s_assets_are_no_policies() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("Privacy - Acme.html"),
            "<h1>Privacy</h1><p>We never sell.</p>",
        )
        .unwrap();
        std::fs::create_dir(root.join("Privacy - Acme_files")).unwrap();
        std::fs::write(
            root.join("Privacy - Acme_files/frame.html"),
            "<p>We may sell your data.</p>",
        )
        .unwrap();
        std::fs::create_dir(root.join("old_files")).unwrap();
        std::fs::write(
            root.join("old_files/acme.com.md"),
            "# Privacy\n\nWe never sell.\n",
        )
        .unwrap();
        let scanned = scan(root).unwrap();
        let rels: Vec<&str> = scanned.files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["Privacy - Acme.html", "old_files/acme.com.md"]);
    }
}
