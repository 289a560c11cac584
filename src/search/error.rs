use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::corpus::CorpusError;

/// Everything that can go wrong between a data folder, an index and a query. Messages are
/// written for the person at the terminal: what happened, to which path, what to do.
#[derive(Debug, Error)]
pub enum SearchError {
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    // Not `source`: the message already says it, and a chained cause would say it twice.
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("index {path}: {message}")]
    Index { path: PathBuf, message: String },
    /// Files of the index are missing, truncated or unreadable as an index.
    #[error("index {path} is damaged ({message}); `policytui index` rebuilds it")]
    Damaged { path: PathBuf, message: String },
    /// Damage found only when the data was read (the files open, their content is wrong): a
    /// refresh cannot tell, so it takes a rebuild.
    #[error("index {path} is corrupt ({message}); rebuild it with `policytui index --rebuild`")]
    Corrupt { path: PathBuf, message: String },
    #[error("manifest {path} is unreadable ({message}); run `policytui index --rebuild`")]
    Manifest { path: PathBuf, message: String },
    #[error("no index at {0}; run `policytui index` first")]
    NotIndexed(PathBuf),
    /// Writing the index filled the disk. Commits are atomic, so the index is as it was.
    #[error(
        "no space left on the disk holding {0}; the index is as it was before this run. Free \
         some space (a build takes about the size of the data folder, plus 2 GB while it \
         merges) and run `policytui index` again"
    )]
    DiskFull(PathBuf),
    #[error("another policytui is writing to {0}; try again when it has finished")]
    Locked(PathBuf),
    #[error("no policy matches {query:?}{}", suggest(.suggestions))]
    UnknownPolicy {
        query: String,
        suggestions: Vec<String>,
    },
    #[error("{query:?} matches {total} policies: {}{}; be more specific", .candidates.join(", "), more(*.total, .candidates.len()))]
    AmbiguousPolicy {
        query: String,
        /// The first few, by name.
        candidates: Vec<String>,
        /// How many matched in all.
        total: usize,
    },
}

/// ", and 12 more" where the candidates named are not all.
fn more(total: usize, named: usize) -> String {
    if total > named {
        format!(", and {} more", total - named)
    } else {
        String::new()
    }
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", suggestions.join(", "))
    }
}

impl SearchError {
    pub fn io(path: &Path, source: std::io::Error) -> SearchError {
        SearchError::Io {
            path: path.to_path_buf(),
            error: source,
        }
    }

    /// An error of the index writer: a full disk is said in words, whatever layer of Tantivy
    /// reported it (as an I/O error, or flattened into a thread's message).
    pub fn writing(path: &Path, err: tantivy::TantivyError) -> SearchError {
        let full = match &err {
            tantivy::TantivyError::IoError(io) => {
                io.kind() == std::io::ErrorKind::StorageFull || io.raw_os_error() == Some(28)
            }
            other => other.to_string().contains("(os error 28)"),
        };
        if full {
            SearchError::DiskFull(path.to_path_buf())
        } else {
            SearchError::index(path, err)
        }
    }

    pub fn index(path: &Path, err: impl std::fmt::Display) -> SearchError {
        SearchError::Index {
            path: path.to_path_buf(),
            message: err.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_said_in_words_whatever_layer_reports_it() {
        let dir = Path::new("/idx");
        let io = tantivy::TantivyError::IoError(std::sync::Arc::new(
            std::io::Error::from_raw_os_error(28),
        ));
        assert!(matches!(
            SearchError::writing(dir, io),
            SearchError::DiskFull(_)
        ));
        let flattened =
            tantivy::TantivyError::InternalError("No space left on device (os error 28)".into());
        let e = SearchError::writing(dir, flattened);
        assert!(
            e.to_string()
                .starts_with("no space left on the disk holding /idx")
        );
        let other = tantivy::TantivyError::InternalError("boom".into());
        assert_eq!(
            SearchError::writing(dir, other).to_string(),
            "index /idx: Internal error: 'boom'"
        );
    }
}
