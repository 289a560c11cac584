//! Files → [`Policy`] values with sections and topics. Knows nothing of indexes or terminals.

pub mod company;
pub mod decode;
pub mod generate;
pub mod headings;
pub mod layout;
pub mod policy;
pub mod read;
pub mod readers;
pub mod sanitize;
pub mod toml_error;
pub mod topics;
pub mod versions;
pub mod walk;

pub use policy::{Format, Policy, Section, Span, Warning};
pub use read::{Loaded, read_policy, read_policy_file};
pub use topics::TopicTable;
pub use versions::{assign_versions, same_date_versions};
pub use walk::{Corpus, CorpusError, FileEntry, Scan, load_dir, scan};
