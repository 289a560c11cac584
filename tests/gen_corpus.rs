//! `gen-corpus`: reproducible for a seed, readable back without a warning, the requested number
//! of files, and phrases about as selective as in the real policies the sections came from.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::Sandbox;
use policytui::corpus::generate::{GenerateOptions, Source, generate};
use policytui::corpus::load_dir;

fn source_dir() -> std::path::PathBuf {
    common::shared_corpus().unwrap_or_else(|| "data".into())
}

fn all_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn opts(policies: usize, seed: u64) -> GenerateOptions {
    GenerateOptions {
        policies,
        seed,
        shard_size: 100,
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_corpus() {
    let source = Source::load(&source_dir()).unwrap();
    let dirs = [Sandbox::empty(), Sandbox::empty(), Sandbox::empty()];
    for (dir, seed) in dirs.iter().zip([5, 5, 6]) {
        generate(&source, &dir.data(), &opts(300, seed), &|_, _| {}).unwrap();
    }
    let [a, b, c] = dirs.map(|d| all_files(&d.data()));
    assert_eq!(a.len(), 300);
    assert!(a == b, "the same seed gave different files");
    assert_ne!(a.keys().collect::<Vec<_>>(), c.keys().collect::<Vec<_>>());
    // Sharded: 100 companies per folder, so more than one folder.
    let shards: std::collections::BTreeSet<&str> =
        a.keys().map(|k| k.split('/').next().unwrap()).collect();
    assert!(shards.len() >= 3, "{shards:?}");
}

#[test]
fn generated_policies_read_back_as_princeton_markdown() {
    let source = Source::load(&source_dir()).unwrap();
    let sandbox = Sandbox::empty();
    let report = generate(&source, &sandbox.data(), &opts(400, 1), &|_, _| {}).unwrap();
    assert_eq!(report.policies, 400);
    let corpus = load_dir(&sandbox.data()).unwrap();
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    assert_eq!(corpus.policies.len(), 400);
    let companies: std::collections::BTreeSet<&str> = corpus
        .policies
        .iter()
        .map(|p| p.company_key.as_str())
        .collect();
    assert_eq!(companies.len(), report.companies);
    // Some companies have two dated versions, as in the Princeton–Leuven corpus.
    assert!(
        report.companies < 400 && report.companies > 300,
        "{}",
        report.companies
    );
    for p in &corpus.policies {
        assert_eq!(
            p.format,
            policytui::corpus::Format::Markdown,
            "{}",
            p.source_path
        );
        assert!(p.archived.is_some(), "{}", p.source_path);
        assert!(p.domain.is_some(), "{}", p.source_path);
        assert!(p.sections.len() >= 2, "{}", p.source_path);
        // The made-up company is who the reader finds, not a real one from the sections.
        let label = p.domain.as_deref().unwrap().split('.').next().unwrap();
        assert!(
            p.company.to_lowercase().contains(label),
            "{} read as {:?}",
            p.source_path,
            p.company
        );
    }
}

/// Share of sections containing `phrase` (case-insensitive).
fn section_rate(policies: &[policytui::corpus::Policy], phrase: &str) -> f64 {
    let (mut with, mut all) = (0usize, 0usize);
    for p in policies {
        for s in &p.sections {
            all += 1;
            with += usize::from(p.text[s.span.range()].to_lowercase().contains(phrase));
        }
    }
    with as f64 / all.max(1) as f64
}

#[test]
fn phrases_keep_their_real_frequency() {
    let Some(root) = common::shared_corpus() else {
        return;
    };
    let real = load_dir(&root).unwrap();
    let source = Source::from_policies(&real.policies);
    let sandbox = Sandbox::empty();
    generate(&source, &sandbox.data(), &opts(2000, 3), &|_, _| {}).unwrap();
    let generated = load_dir(&sandbox.data()).unwrap();
    for phrase in [
        "will not sell",
        "personal information",
        "merger",
        "law enforcement",
        "do not track",
        "children under",
    ] {
        let r = section_rate(&real.policies, phrase);
        let g = section_rate(&generated.policies, phrase);
        assert!(
            g > r * 0.6 && g < r * 1.6,
            "{phrase}: {:.3}% of real sections, {:.3}% of generated",
            r * 100.0,
            g * 100.0
        );
    }
}

#[test]
fn command_writes_and_refuses_a_folder_in_use() {
    let sandbox = Sandbox::with_seeds();
    let out = sandbox.dir.path().join("gen");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "gen-corpus",
            "--policies",
            "25",
            "--seed",
            "2",
            "--json",
            "--out",
        ];
        args.push(out.to_str().unwrap());
        args.extend_from_slice(extra);
        sandbox.command(&args).output().unwrap()
    };
    let first = run(&[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(v["policies"], 25);
    assert_eq!(v["source_policies"], 5);
    assert_eq!(all_files(&out).len(), 25);
    let second = run(&[]);
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("is not empty"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // And the generated folder indexes like any other.
    let indexed = std::process::Command::new(env!("CARGO_BIN_EXE_policytui"))
        .args(["--data", out.to_str().unwrap(), "--index"])
        .arg(sandbox.index())
        .args(["index", "--json"])
        .output()
        .unwrap();
    assert!(
        indexed.status.success(),
        "{}",
        String::from_utf8_lossy(&indexed.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&indexed.stdout).unwrap();
    assert_eq!(v["policies"], 25);
}
