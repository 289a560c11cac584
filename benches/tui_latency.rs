//! Keystroke → frame latency of the browser over the shared corpus (data/ where it is absent):
//! each key is handled, its search answered and its document opened, and the frame drawn,
//! as the real browser does on two threads. Prints p50/p90/p99/max.
//!
//! `cargo bench --bench tui_latency`

use std::path::Path;
use std::time::{Duration, Instant};

use crossterm::event::KeyCode;
use policytui::search::{RefreshOptions, refresh};
use policytui::tui::headless::Headless;

const QUERIES: &[&str] = &[
    "will not sell",
    "cookies",
    "merger",
    "third parties",
    "company:google retention",
    "clause:no-sale",
    "do not track",
    "children under 13",
    "topic:retention",
    "personal information",
    "\"law enforcement\"",
    "advert* -cookies",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<28} n={:<5} p50 {:>7.2} ms  p90 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms",
        samples.len(),
        ms(percentile(&samples, 0.50)),
        ms(percentile(&samples, 0.90)),
        ms(percentile(&samples, 0.99)),
        ms(*samples.last().unwrap()),
    );
}

fn main() {
    let shared = Path::new("../shared/corpus");
    let data = if shared.is_dir() {
        shared
    } else {
        eprintln!("../shared/corpus is absent: measuring over data/");
        Path::new("data")
    };
    let index = tempfile::tempdir().unwrap();
    let built = refresh(data, index.path(), &RefreshOptions::default(), &|_| {}).unwrap();
    println!(
        "corpus: {} policies, {} sections ({})",
        built.policies,
        built.sections,
        data.display()
    );

    let mut cold = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let mut b = Headless::open(index.path(), 120, 40, true).unwrap();
        b.render();
        cold.push(t.elapsed());
    }
    report("open index → first frame", cold);

    let mut keys = Vec::new();
    let mut renders = Vec::new();
    for _ in 0..3 {
        let mut b = Headless::open(index.path(), 120, 40, true).unwrap();
        for q in QUERIES {
            for c in q.chars() {
                let t = Instant::now();
                b.key(KeyCode::Char(c));
                b.render();
                keys.push(t.elapsed());
            }
            // Read a little, then clear for the next query.
            for code in [
                KeyCode::Enter,
                KeyCode::Char('j'),
                KeyCode::Char('c'),
                KeyCode::Char('}'),
            ] {
                let t = Instant::now();
                b.key(code);
                b.render();
                keys.push(t.elapsed());
            }
            b.key(KeyCode::Char('/'));
            while !b.app.query.is_empty() {
                b.key(KeyCode::Backspace);
            }
            let t = Instant::now();
            b.render();
            renders.push(t.elapsed());
        }
    }
    report("keystroke → frame", keys);
    report("frame only", renders);
}
