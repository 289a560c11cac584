//! Helpers for tests that run the real `policytui` binary on temporary copies of data.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    /// A temporary folder with a copy of `data/` in `data/`.
    pub fn with_seeds() -> Sandbox {
        let sandbox = Sandbox::empty();
        std::fs::create_dir_all(sandbox.data()).unwrap();
        for entry in std::fs::read_dir("data").unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), sandbox.data().join(entry.file_name())).unwrap();
        }
        sandbox
    }

    /// An empty sandbox in memory (`/dev/shm`) where there is one: for tests that make many
    /// thousands of files, which a disk file system creates slowly.
    pub fn in_memory() -> Sandbox {
        let shm = Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm).unwrap_or_else(|_| tempfile::tempdir().unwrap())
        } else {
            tempfile::tempdir().unwrap()
        };
        Sandbox { dir }
    }

    pub fn empty() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) {
        let path = self.data().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// `policytui --data D --index I ARGS` in the sandbox folder, to run or to spawn.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_policytui"));
        cmd.current_dir(self.dir.path())
            .arg("--data")
            .arg(self.data())
            .arg("--index")
            .arg(self.index())
            .args(args)
            .env_remove("POLICYTUI_DATA")
            .env_remove("POLICYTUI_INDEX")
            .env("NO_COLOR", "1");
        cmd
    }

    /// Runs `policytui --data D --index I ARGS`, in the sandbox folder.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(self.command(args).output().expect("policytui runs"))
    }

    /// Runs `policytui ARGS` with no folder options, in the sandbox folder.
    pub fn run_bare(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_policytui"));
        cmd.current_dir(self.dir.path())
            .args(args)
            .env_remove("POLICYTUI_DATA")
            .env_remove("POLICYTUI_INDEX")
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_CACHE_HOME", self.dir.path().join("xdg-cache"));
        Run::of(cmd.output().expect("policytui runs"))
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn of(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "exit {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

/// How to run the binary as a user whom permissions apply to: itself when not root; as root,
/// `nobody` through `setpriv`. `None` (with a message) when neither works here: root without
/// setpriv, or a binary in a folder `nobody` may not enter (a checkout under /root).
pub fn unprivileged() -> Option<Command> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !is_root {
        return Some(Command::new(env!("CARGO_BIN_EXE_policytui")));
    }
    let as_nobody = || {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_policytui"));
        c
    };
    let runs = as_nobody()
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !runs {
        eprintln!(
            "skipped: cannot run policytui as nobody here (setpriv missing, or the binary is not reachable)"
        );
        return None;
    }
    Some(as_nobody())
}

/// The shared corpus beside the project, if this machine has it.
pub fn shared_corpus() -> Option<PathBuf> {
    let path = Path::new("../shared/corpus");
    if path.is_dir() {
        Some(path.to_path_buf())
    } else {
        eprintln!("skipped: ../shared/corpus is not present on this machine");
        None
    }
}
