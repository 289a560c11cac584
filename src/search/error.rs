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
    #[error("another policytui is writing to {0}; try again when it has finished")]
    Locked(PathBuf),
    #[error("no policy matches {query:?}{}", suggest(.suggestions))]
    UnknownPolicy {
        query: String,
        suggestions: Vec<String>,
    },
    #[error("{query:?} matches several policies: {}; be more specific", .candidates.join(", "))]
    AmbiguousPolicy {
        query: String,
        candidates: Vec<String>,
    },
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

    pub fn index(path: &Path, err: impl std::fmt::Display) -> SearchError {
        SearchError::Index {
            path: path.to_path_buf(),
            message: err.to_string(),
        }
    }
}
