//! Hostile data folders: symbolic link loops and dangling links, unreadable sub-folders, file
//! names that are not UTF-8, an enormous file, a hundred thousand tiny files. Each problem gets
//! one line naming it; everything else is indexed.

mod common;

use std::os::unix::ffi::OsStrExt;

use common::Sandbox;

fn stats(sandbox: &Sandbox) -> serde_json::Value {
    sandbox
        .run(&["--no-refresh", "stats", "--json"])
        .ok()
        .json()
}

fn warning_lines<'a>(stderr: &'a str, needle: &str) -> Vec<&'a str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("warning:") && l.contains(needle))
        .collect()
}

const POLICY: &[u8] = b"# Privacy Policy\n\nWe will not sell your personal information.\n";

#[test]
fn links_names_and_sizes() {
    let sandbox = Sandbox::empty();
    sandbox.write("good.com.md", POLICY);
    sandbox.write("sub/deep/inner.com.md", POLICY);
    let data = sandbox.data();
    // A loop: sub/deep/loop → sub.
    std::os::unix::fs::symlink(data.join("sub"), data.join("sub/deep/loop")).unwrap();
    // A link to nothing.
    std::os::unix::fs::symlink(data.join("gone.md"), data.join("dangling.com.md")).unwrap();
    // Two links to each other: a loop, not a link to nothing.
    std::os::unix::fs::symlink(data.join("b.com.md"), data.join("a.com.md")).unwrap();
    std::os::unix::fs::symlink(data.join("a.com.md"), data.join("b.com.md")).unwrap();
    // Two names that differ only in bytes that are not UTF-8.
    for b in [0xff_u8, 0xfe] {
        let mut name = b"odd".to_vec();
        name.push(b);
        name.extend_from_slice(b".com.md");
        std::fs::write(data.join(std::ffi::OsStr::from_bytes(&name)), POLICY).unwrap();
    }
    // A name with line breaks, empty: its one warning cannot forge a second.
    std::fs::write(data.join("zz\nwarning: all good\nzz.com.md"), b"").unwrap();
    // 500 MB, sparse: its size alone gets it skipped, without reading it.
    std::fs::File::create(data.join("huge.com.md"))
        .unwrap()
        .set_len(500 * 1024 * 1024)
        .unwrap();

    let run = sandbox.run(&["index"]).ok();
    let loops = warning_lines(&run.stderr, "symbolic link loop");
    assert_eq!(loops.len(), 3, "{}", run.stderr);
    for name in ["sub/deep/loop", "a.com.md", "b.com.md"] {
        assert!(loops.iter().any(|l| l.contains(name)), "{name}: {loops:?}");
    }
    let dangling = warning_lines(&run.stderr, "broken symbolic link");
    assert_eq!(dangling.len(), 1, "{}", run.stderr);
    assert!(dangling[0].contains("dangling.com.md"));
    let huge = warning_lines(&run.stderr, "huge.com.md");
    assert_eq!(huge.len(), 1, "{}", run.stderr);
    assert!(huge[0].contains("over the 10 MB limit"), "{}", huge[0]);
    // good, inner, and both odd names (shown with their bytes as \xff and \xfe).
    assert_eq!(stats(&sandbox)["policies"], 4, "{}", run.stderr);
    let export = sandbox
        .run(&["--no-refresh", "export", "--ndjson"])
        .ok()
        .stdout;
    let paths: Vec<String> = export
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["source_path"].to_string())
        .collect();
    for name in ["odd\\\\xff.com.md", "odd\\\\xfe.com.md"] {
        assert!(
            paths.iter().any(|p| p.contains(name)),
            "{name} in {paths:?}"
        );
    }
    let forged = warning_lines(&run.stderr, "zz");
    assert_eq!(forged.len(), 1, "{}", run.stderr);
    assert!(
        forged[0].contains("zz\u{2424}warning: all good\u{2424}zz.com.md"),
        "{}",
        forged[0]
    );
    assert_eq!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("warning:"))
            .count(),
        6
    );
}

/// A folder the user may not read: one warning, the rest indexed. Needs an unprivileged user
/// (root reads everything): as root, runs as `nobody` through `setpriv`.
#[test]
fn unreadable_sub_folder() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::empty();
    sandbox.write("good.com.md", POLICY);
    sandbox.write("locked/secret.com.md", POLICY);
    let Some(mut cmd) = common::unprivileged() else {
        return;
    };
    let mode = |path: &std::path::Path, m: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(m)).unwrap()
    };
    mode(sandbox.dir.path(), 0o777);
    mode(&sandbox.data(), 0o755);
    mode(&sandbox.data().join("good.com.md"), 0o644);
    mode(&sandbox.data().join("locked"), 0o000);
    let out = cmd
        .arg("--data")
        .arg(sandbox.data())
        .arg("--index")
        .arg(sandbox.index())
        .args(["index"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    // `stats` lists it too (it is no file of the index: the refresh before it finds it).
    let stats_out = common::unprivileged()
        .unwrap()
        .arg("--data")
        .arg(sandbox.data())
        .arg("--index")
        .arg(sandbox.index())
        .args(["stats", "--json"])
        .output()
        .unwrap();
    mode(&sandbox.data().join("locked"), 0o755);
    let v: serde_json::Value = serde_json::from_slice(&stats_out.stdout).unwrap();
    let paths: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["path"].as_str().unwrap())
        .collect();
    assert!(paths.iter().any(|p| p.contains("locked")), "{v}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let locked = warning_lines(&stderr, "locked");
    assert_eq!(locked.len(), 1, "{stderr}");
    assert!(locked[0].contains("permission denied"), "{}", locked[0]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("indexed 1 policy"));
}

/// A hundred thousand tiny files in a sharded tree, as research corpora come.
#[test]
fn a_hundred_thousand_tiny_files() {
    const N: usize = 100_000;
    let sandbox = Sandbox::in_memory();
    for shard in 0..97 {
        std::fs::create_dir_all(sandbox.data().join(format!("{shard:02}/x"))).unwrap();
    }
    for i in 0..N {
        let text = format!("# Site {i}\n\nWe keep logs for {} days.\n", i % 90 + 1);
        let path = sandbox
            .data()
            .join(format!("{:02}/x/site{i}.example.md", i % 97));
        std::fs::write(path, text).unwrap();
    }
    // A small writer budget: what the build holds must not grow with the number of files.
    let run = sandbox
        .run(&["--quiet", "index", "--json", "--memory", "32"])
        .ok();
    let report = run.json();
    assert_eq!(report["policies"], N, "{}", run.stdout);
    let peak = peak_child_rss_mb();
    eprintln!("peak RSS of indexing {N} files: {peak} MB");
    assert!(peak < 300, "indexing {N} tiny files peaked at {peak} MB");
    assert_eq!(report["warnings"].as_array().map_or(0, Vec::len), 0);
    // Nothing changed: the second run reads nothing.
    let again = sandbox.run(&["--quiet", "index", "--json"]).ok().json();
    assert_eq!(again["read_files"], 0, "{again}");
}

/// The largest peak resident set of this test binary's finished children, MB. A bound, not a
/// timing: it checks that indexing streams files instead of holding them.
fn peak_child_rss_mb() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    assert_eq!(rc, 0);
    // SAFETY: filled by the successful call above.
    let usage = unsafe { usage.assume_init() };
    usage.ru_maxrss / 1024
}
