//! policytui at corpus scale, side by side with bare Tantivy and ripgrep. For each size it
//! generates a corpus (`gen-corpus`, from ../shared/corpus or data/), builds the index with the
//! real binary, builds a bare Tantivy index of the same files for comparison, runs a fixed query
//! mix, runs the same phrases with `rg -F`, and measures the browser. Prints one block per size
//! and a markdown row for BENCHMARKS.md; writes everything as JSON lines to WORK/results.jsonl.
//!
//! ```sh
//! cargo bench --bench scale -- --sizes 1000,10000,100000 --work /dev/shm/policytui-bench
//! cargo test --bench scale                           # smoke run: tiny, checks it works
//! ```
//!
//! Run by `cargo test` (which passes no `--bench` flag) it always makes the smoke run, so the
//! default test command keeps the benchmark working without timing anything.

#[path = "common/latency.rs"]
mod latency;

/// The allocator of the policytui binary, so that the bare Tantivy baseline built here gets
/// the same help from it: the ratio measures policytui's own work, not the allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use policytui::corpus::generate::{GenerateOptions, Source, generate};
use policytui::search::{Engine, SearchRequest, schema};
use serde_json::json;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, TantivyDocument};

struct Args {
    sizes: Vec<usize>,
    work: PathBuf,
    from: PathBuf,
    smoke: bool,
    /// Keep an existing index of a size (measure queries and the browser only).
    reuse: bool,
    /// Times each query runs (after one warm-up run).
    runs: usize,
    /// Leave ripgrep out (at 1 M it reads 17 GB from disk for each phrase and run).
    no_rg: bool,
}

fn args() -> Args {
    let mut a = Args {
        sizes: vec![1_000, 10_000, 100_000],
        work: std::env::temp_dir().join("policytui-bench"),
        from: if Path::new("../shared/corpus").is_dir() {
            PathBuf::from("../shared/corpus")
        } else {
            eprintln!("../shared/corpus is absent: recombining data/");
            PathBuf::from("data")
        },
        smoke: false,
        reuse: false,
        runs: 20,
        no_rg: false,
    };
    // `cargo bench` passes --bench; `cargo test` does not: a smoke run.
    a.smoke = !std::env::args().any(|x| x == "--bench");
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--sizes" => {
                a.sizes = it
                    .next()
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.trim().replace('_', "").parse().ok())
                    .collect()
            }
            "--work" => a.work = it.next().map(PathBuf::from).unwrap_or(a.work),
            "--from" => a.from = it.next().map(PathBuf::from).unwrap_or(a.from),
            "--runs" => a.runs = it.next().and_then(|s| s.parse().ok()).unwrap_or(a.runs),
            "--smoke" => a.smoke = true,
            "--reuse-index" => a.reuse = true,
            "--no-rg" => a.no_rg = true,
            _ => {} // cargo's own flags (--bench)
        }
    }
    if a.smoke {
        a.sizes = vec![200];
        a.runs = 2;
        a.work = std::env::temp_dir().join(format!("policytui-bench-smoke-{}", std::process::id()));
    }
    a
}

/// Peak resident memory of a child process, polled from /proc while it runs (Linux).
#[derive(Debug, Default, Clone, Copy)]
struct Peak {
    /// VmHWM: every resident page, file-backed (mapped index files) included.
    hwm_mb: f64,
    /// The largest anonymous (heap) resident size seen.
    anon_mb: f64,
}

fn status_kb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn run_measured(cmd: &mut Command) -> (Duration, Peak, std::process::Output) {
    let started = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("policytui runs");
    let pid = child.id();
    let mut peak = Peak::default();
    loop {
        if let Some(kb) = status_kb(pid, "VmHWM:") {
            peak.hwm_mb = peak.hwm_mb.max(kb / 1024.0);
        }
        if let Some(kb) = status_kb(pid, "RssAnon:") {
            peak.anon_mb = peak.anon_mb.max(kb / 1024.0);
        }
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("policytui finishes");
    (started.elapsed(), peak, out)
}

fn dir_bytes(dir: &Path) -> u64 {
    files_under(dir)
        .iter()
        .filter_map(|f| f.metadata().ok())
        .map(|m| m.len())
        .sum()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// The baseline: the same files, raw, one document each, one text field with the same
/// tokenizer, positions and stored text, the same threads and writer memory. With `pairs`, the
/// text goes into a second field with the pair tokenizer too, as policytui's schema does: the
/// ratio against that one is the cost of everything policytui does besides Tantivy's work on
/// the same analysis.
fn bare_tantivy(data: &Path, dir: &Path, pairs: bool) -> Duration {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let mut builder = Schema::builder();
    let indexed = |tokenizer| {
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
    };
    let text = builder.add_text_field(
        "text",
        TextOptions::default()
            .set_indexing_options(indexed(schema::TOKENIZER))
            .set_stored(),
    );
    let pair_field = pairs.then(|| {
        builder.add_text_field(
            "pairs",
            TextOptions::default().set_indexing_options(indexed(schema::PAIR_TOKENIZER)),
        )
    });
    let started = Instant::now();
    let index = Index::create_in_dir(dir, builder.build()).unwrap();
    index
        .tokenizers()
        .register(schema::TOKENIZER, schema::analyzer());
    index
        .tokenizers()
        .register(schema::PAIR_TOKENIZER, schema::pair_analyzer());
    let opts = policytui::search::RefreshOptions::default();
    let mut writer = index
        .writer_with_num_threads::<TantivyDocument>(opts.threads, opts.memory)
        .unwrap();
    for path in files_under(data) {
        let body = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let mut doc = TantivyDocument::new();
        if let Some(f) = pair_field {
            doc.add_text(f, body.as_str());
        }
        doc.add_text(text, body);
        writer.add_document(doc).unwrap();
    }
    writer.commit().unwrap();
    writer.wait_merging_threads().unwrap();
    started.elapsed()
}

/// (p50, p99) in milliseconds.
fn p50_p99(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    (
        latency::ms(latency::percentile(&samples, 0.5)),
        latency::ms(latency::percentile(&samples, 0.99)),
    )
}

/// A query group's samples: count, top 10, top 10 with snippets.
type GroupSamples = (
    &'static str,
    Vec<Duration>,
    Vec<Duration>,
    Vec<Duration>,
    Vec<Duration>,
);

/// The query mix: (group, query, as you type).
fn query_mix(company: &str) -> Vec<(&'static str, String, bool)> {
    let mut q: Vec<(&'static str, String, bool)> = Vec::new();
    let mut add = |g: &'static str, s: &str, typing: bool| q.push((g, s.to_string(), typing));
    add("rare term", "coppa", false);
    add("rare term", "subpoena", false);
    add("common term", "cookies", false);
    add("common term", "information", false);
    add("boolean", "cookies OR beacons", false);
    add("boolean", "advertising -cookies", false);
    add("boolean", "retention delete", false);
    add("selective phrase", "\"will not sell\"", false);
    add("selective phrase", "\"merger or acquisition\"", false);
    add("selective phrase", "\"law enforcement\"", false);
    add("near-universal phrase", "\"personal information\"", false);
    add("near-universal phrase", "\"third parties\"", false);
    add("near-universal phrase", "\"privacy policy\"", false);
    for prefix in [
        "p", "pe", "per", "pers", "perso", "person", "co", "coo", "cook",
    ] {
        add("prefix as you type", prefix, true);
    }
    add("filter", "topic:retention", false);
    add("filter", "clause:no-sale", false);
    add("filter", &format!("company:{company}"), false);
    add("filter + text", "topic:sharing \"third parties\"", false);
    add("filter + text", "clause:merger-transfer acquisition", false);
    add(
        "filter + text",
        &format!("company:{company} cookies"),
        false,
    );
    q
}

/// Phrases timed with `rg -F` too: (phrase, selective?).
const RG_PHRASES: &[(&str, bool)] = &[
    ("will not sell", true),
    ("merger or acquisition", true),
    ("law enforcement", true),
    ("personal information", false),
    ("third parties", false),
];

fn time_query(
    engine: &Engine,
    query: &str,
    typing: bool,
    limit: usize,
    snippets: bool,
    sampled: bool,
    runs: usize,
) -> (Vec<Duration>, usize) {
    // Sampled: as the browser asks while the user types; else every match is visited.
    let mut req = if sampled {
        SearchRequest::interactive(query, limit)
    } else {
        SearchRequest::new(query, limit)
    };
    req.as_you_type = typing;
    req.snippets = snippets;
    let first = engine.search(&req).expect("query runs");
    let samples = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = engine.search(&req).expect("query runs");
            std::hint::black_box(r.total_hits);
            t.elapsed()
        })
        .collect();
    (samples, first.total_hits)
}

fn rg_seconds(phrase: &str, data: &Path, runs: usize) -> Option<(f64, usize)> {
    let mut best = f64::INFINITY;
    let mut files = 0;
    for _ in 0..runs.clamp(1, 3) {
        let t = Instant::now();
        let out = Command::new("rg")
            .args(["-F", "-i", "-l", phrase])
            .arg(data)
            .output()
            .ok()?;
        best = best.min(t.elapsed().as_secs_f64());
        files = out.stdout.iter().filter(|&&b| b == b'\n').count();
    }
    Some((best, files))
}

/// The real browser in tmux over an existing index: its memory once the overview is drawn.
fn tui_memory(data: &Path, index: &Path) -> Option<Peak> {
    Command::new("tmux").arg("-V").output().ok()?;
    let session = format!("ptbench{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_policytui");
    let cmd = format!(
        "{bin} --data '{}' --index '{}'",
        data.display(),
        index.display()
    );
    let ok = Command::new("tmux")
        .args(["new", "-d", "-s", &session, "-x", "120", "-y", "40", &cmd])
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    let mut peak = None;
    for _ in 0..300 {
        std::thread::sleep(Duration::from_millis(100));
        let screen = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &session])
            .output()
            .ok()?;
        if String::from_utf8_lossy(&screen.stdout).contains("companies") {
            std::thread::sleep(Duration::from_millis(500));
            let pid = Command::new("tmux")
                .args(["list-panes", "-t", &session, "-F", "#{pane_pid}"])
                .output()
                .ok()?;
            let pid: u32 = String::from_utf8_lossy(&pid.stdout).trim().parse().ok()?;
            // The pane runs policytui itself (whose child is its refresh), or a shell that
            // runs it.
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            let pid = if comm.trim() == "policytui" {
                pid
            } else {
                std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
                    .unwrap_or_default()
                    .split_whitespace()
                    .next()
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(pid)
            };
            peak = Some(Peak {
                hwm_mb: status_kb(pid, "VmHWM:")? / 1024.0,
                anon_mb: status_kb(pid, "RssAnon:")? / 1024.0,
            });
            break;
        }
    }
    let _ = Command::new("tmux")
        .args(["kill-session", "-t", &session])
        .status();
    peak
}

/// Index build by the real binary (the whole path), the bare Tantivy baseline, index size and
/// the up-to-date check; printed, and recorded in `row`.
fn build_measurements(
    bin: &str,
    data: &Path,
    index: &Path,
    bare_dir: &Path,
    text_bytes: u64,
    n: usize,
    row: &mut serde_json::Map<String, serde_json::Value>,
) {
    let _ = std::fs::remove_dir_all(index);
    let (build, build_peak, out) = run_measured(
        Command::new(bin)
            .arg("--data")
            .arg(data)
            .arg("--index")
            .arg(index)
            .args(["-q", "index", "--json"]),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mb = text_bytes as f64 / 1e6;
    let build_s = build.as_secs_f64();
    println!(
        "index build: {build_s:.1} s, {:.1} MB/s, {:.0} policies/s, {} sections; peak RSS {:.0} MB ({:.0} MB anonymous)",
        mb / build_s,
        n as f64 / build_s,
        report["sections"],
        build_peak.hwm_mb,
        build_peak.anon_mb
    );
    let bare = bare_tantivy(data, bare_dir, false).as_secs_f64();
    let bare_pairs = bare_tantivy(data, bare_dir, true).as_secs_f64();
    let _ = std::fs::remove_dir_all(bare_dir);
    println!(
        "bare Tantivy (raw files, same tokenizer, positions, stored): {bare:.1} s, {:.1} MB/s; policytui at {:.0} % of its rate",
        mb / bare,
        100.0 * bare / build_s
    );
    println!(
        "bare Tantivy with the pair field too: {bare_pairs:.1} s, {:.1} MB/s; policytui at {:.0} % of its rate",
        mb / bare_pairs,
        100.0 * bare_pairs / build_s
    );
    let index_bytes = dir_bytes(index);
    println!(
        "index {:.0} MB for {:.0} MB of text: {:.2}×",
        index_bytes as f64 / 1e6,
        mb,
        index_bytes as f64 / text_bytes as f64
    );
    let (noop, noop_peak, _) = run_measured(
        Command::new(bin)
            .arg("--data")
            .arg(data)
            .arg("--index")
            .arg(index)
            .args(["-q", "index"]),
    );
    println!(
        "up-to-date check: {:.2} s, peak RSS {:.0} MB",
        noop.as_secs_f64(),
        noop_peak.hwm_mb
    );
    for (k, v) in [
        ("sections", report["sections"].clone()),
        ("build_s", json!(build_s)),
        ("build_mb_s", json!(mb / build_s)),
        ("build_policies_s", json!(n as f64 / build_s)),
        ("build_peak_mb", json!(build_peak.hwm_mb)),
        ("build_anon_mb", json!(build_peak.anon_mb)),
        ("bare_s", json!(bare)),
        ("bare_mb_s", json!(mb / bare)),
        ("build_vs_bare", json!(bare / build_s)),
        ("bare_pairs_s", json!(bare_pairs)),
        ("bare_pairs_mb_s", json!(mb / bare_pairs)),
        ("build_vs_bare_pairs", json!(bare_pairs / build_s)),
        ("index_bytes", json!(index_bytes)),
        ("index_ratio", json!(index_bytes as f64 / text_bytes as f64)),
        ("noop_s", json!(noop.as_secs_f64())),
        ("noop_peak_mb", json!(noop_peak.hwm_mb)),
    ] {
        row.insert(k.into(), v);
    }
}

fn main() {
    let a = args();
    std::fs::create_dir_all(&a.work).unwrap();
    let mut results = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(a.work.join("results.jsonl"))
        .unwrap();
    let source = Source::load(&a.from).expect("source corpus reads");
    let bin = env!("CARGO_BIN_EXE_policytui");
    println!(
        "machine: {} cores; source {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        a.from.display()
    );
    for &n in &a.sizes {
        println!("\n== {n} policies ==");
        let data = a.work.join(format!("{n}/data"));
        let index = a.work.join(format!("{n}/index"));
        if !data.is_dir() {
            let t = Instant::now();
            let opts = GenerateOptions {
                policies: n,
                seed: 1,
                shard_size: 1000,
            };
            generate(&source, &data, &opts, &|_, _| {}).expect("corpus generates");
            println!("generated in {:.1} s", t.elapsed().as_secs_f64());
        }
        let text_bytes = dir_bytes(&data);

        let mut row = serde_json::Map::new();
        row.insert("policies".into(), json!(n));
        row.insert("text_bytes".into(), json!(text_bytes));
        if !(a.reuse && index.is_dir()) {
            build_measurements(
                bin,
                &data,
                &index,
                &a.work.join(format!("{n}/bare")),
                text_bytes,
                n,
                &mut row,
            );
        }
        // Queries.
        let engine = Engine::open(&index).unwrap();
        let company = engine
            .latest()
            .unwrap()
            .get(0)
            .map(|p| p.company().to_string())
            .unwrap_or_default();
        let mut groups: Vec<GroupSamples> = Vec::new();
        let mut per_query = Vec::new();
        for (group, q, typing) in query_mix(&company) {
            let (count, hits) = time_query(&engine, &q, typing, 0, false, true, a.runs);
            let (top, _) = time_query(&engine, &q, typing, 10, false, true, a.runs);
            let (snip, _) = time_query(&engine, &q, typing, 10, true, true, a.runs);
            let (exact, _) = time_query(&engine, &q, typing, 10, true, false, a.runs);
            let p = |v: &Vec<Duration>| p50_p99(v.clone());
            per_query.push(json!({"group": group, "query": q, "hits": hits,
                "count_ms": p(&count), "top10_ms": p(&top), "top10_snippets_ms": p(&snip),
                "exact_top10_snippets_ms": p(&exact)}));
            match groups.iter_mut().find(|g| g.0 == group) {
                Some(g) => {
                    g.1.extend(count);
                    g.2.extend(top);
                    g.3.extend(snip);
                    g.4.extend(exact);
                }
                None => groups.push((group, count, top, snip, exact)),
            }
        }
        println!(
            "{:<24} {:>17} {:>17} {:>17} {:>17}",
            "query group (p50/p99 ms)", "count", "top 10", "top 10+snippets", "exact top10+snip"
        );
        let mut group_json = Vec::new();
        for (group, count, top, snip, exact) in groups {
            let (c, t, s, e) = (p50_p99(count), p50_p99(top), p50_p99(snip), p50_p99(exact));
            println!(
                "{group:<24} {:>8.2} / {:>6.2} {:>8.2} / {:>6.2} {:>8.2} / {:>6.2} {:>8.2} / {:>6.2}",
                c.0, c.1, t.0, t.1, s.0, s.1, e.0, e.1
            );
            group_json.push(
                json!({"group": group, "count": c, "top10": t, "top10_snippets": s,
                "exact_top10_snippets": e}),
            );
        }

        // The same phrases with ripgrep.
        let mut rg_json = Vec::new();
        for (phrase, selective) in RG_PHRASES.iter().filter(|_| !a.no_rg) {
            let q = format!("\"{phrase}\"");
            let (samples, hits) = time_query(&engine, &q, false, 10, true, true, a.runs);
            let ours = p50_p99(samples).0 / 1000.0;
            match rg_seconds(phrase, &data, a.runs) {
                Some((rg, files)) => {
                    println!(
                        "{:<24} policytui {:>8.2} ms ({hits} sections)  rg -F {:>8.1} ms ({files} files)  {:>7.0}×",
                        phrase,
                        ours * 1000.0,
                        rg * 1000.0,
                        rg / ours
                    );
                    rg_json.push(json!({"phrase": phrase, "selective": selective, "policytui_ms": ours * 1000.0,
                        "sections": hits, "rg_ms": rg * 1000.0, "files": files, "ratio": rg / ours}));
                }
                None => println!("{phrase:<24} rg is not installed: no comparison"),
            }
        }
        drop(engine);

        // The browser.
        let (first, _) =
            latency::report("open index → first frame", latency::first_frames(&index, 5));
        let first_p99 = p50_p99(latency::first_frames(&index, 5)).1;
        let (keys, _) = latency::keystrokes(&index, if a.smoke { 1 } else { 2 });
        let (key_p50, key_p99) = latency::report("keystroke → frame", keys);
        let tui = tui_memory(&data, &index);
        match tui {
            Some(m) => println!(
                "browser memory once drawn: peak {:.0} MB ({:.0} MB anonymous)",
                m.hwm_mb, m.anon_mb
            ),
            None => println!("browser memory: tmux is not installed, not measured"),
        }
        for (k, v) in [
            ("groups", json!(group_json)),
            ("queries", json!(per_query)),
            ("rg", json!(rg_json)),
            ("first_frame_ms", json!([first, first_p99])),
            ("keystroke_ms", json!([key_p50, key_p99])),
            ("tui_peak_mb", json!(tui.map(|m| m.hwm_mb))),
            ("tui_anon_mb", json!(tui.map(|m| m.anon_mb))),
        ] {
            row.insert(k.into(), v);
        }
        let row = serde_json::Value::Object(row);
        writeln!(results, "{row}").unwrap();
    }
    if a.smoke {
        let _ = std::fs::remove_dir_all(&a.work);
        println!("\nsmoke run finished: every measurement ran");
    } else {
        println!(
            "\nresults appended to {}",
            a.work.join("results.jsonl").display()
        );
    }
}
