//! A policy named on the command line, the one way `show` and `diff` read their arguments: a
//! file of the data folder, by any path to it, is its indexed policy; any other file is read
//! as it is; anything else is an id, company name or domain looked up in the index.

use std::path::Path;

use anyhow::Result;

use super::Global;
use super::refresh::{indexed_policy, open_fresh, policy_of_file};
use crate::corpus::{Policy, read_policy_file};
use crate::search::Engine;

/// Looks policies up, opening (and refreshing) the data folder's index once, when first
/// needed: a file outside the folder is read without it.
pub struct Lookup<'g> {
    global: &'g Global,
    engine: Option<Engine>,
}

impl<'g> Lookup<'g> {
    pub fn new(global: &'g Global) -> Lookup<'g> {
        Lookup {
            global,
            engine: None,
        }
    }

    pub fn engine(&mut self) -> Result<&Engine> {
        let engine = match self.engine.take() {
            Some(engine) => engine,
            None => open_fresh(self.global)?.0,
        };
        Ok(self.engine.insert(engine))
    }

    /// The policy `arg` names, and whether it is the index's (whose other versions the index
    /// knows) rather than a file read as it is.
    pub fn policy(&mut self, arg: &str) -> Result<(Policy, bool)> {
        // A file the index skipped (empty, binary …) or one from elsewhere is read as it is.
        if arg.contains(['/', '.'])
            && let Some(rel) = super::paths::data_dir(self.global)
                .ok()
                .and_then(|data| data_file(&data, arg))
            && let Some(id) = policy_of_file(self.engine()?, &rel)?
        {
            return Ok((indexed_policy(self.engine()?, &id)?, true));
        }
        let path = Path::new(arg);
        if path.is_file() {
            let loaded = read_policy_file(path, &path.display().to_string())
                .map_err(|w| anyhow::anyhow!("{w}"))?;
            if let Some(caveat) = &loaded.caveat
                && !self.global.quiet
            {
                eprintln!(
                    "warning: {}",
                    crate::corpus::sanitize::sanitize_line(&caveat.to_string())
                );
            }
            return Ok((loaded.policy, false));
        }
        let engine = self.engine()?;
        let id = match engine.resolve(arg) {
            Ok(found) => found.id,
            // A path to nothing is said to be one, not taken for a company's name.
            Err(_) if arg.contains('/') && !path.exists() => {
                anyhow::bail!("no such file: {arg} (nor a policy by that name)")
            }
            Err(e) => return Err(e.into()),
        };
        Ok((indexed_policy(engine, &id)?, true))
    }
}

/// The path of `arg` relative to the data folder, when it names one of the folder's files: a
/// path relative to the folder, as `source_path` gives it (`91.xml`), or any path to the file.
fn data_file(folder: &Path, arg: &str) -> Option<String> {
    let data = std::fs::canonicalize(folder).ok()?;
    let candidates = [Path::new(arg).to_path_buf(), folder.join(arg)];
    for candidate in candidates {
        if let Ok(file) = std::fs::canonicalize(&candidate)
            && file.is_file()
            && let Ok(rel) = file.strip_prefix(&data)
        {
            return Some(rel.to_string_lossy().into_owned());
        }
    }
    None
}
