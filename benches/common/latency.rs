//! What both browser benchmarks measure, one way: percentiles, open → first frame, and
//! keystroke → frame over a fixed sequence of typing, reading and clearing.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use crossterm::event::KeyCode;
use policytui::tui::headless::Headless;

pub const QUERIES: &[&str] = &[
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

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn report(name: &str, mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let (p50, p99) = (
        ms(percentile(&samples, 0.50)),
        ms(percentile(&samples, 0.99)),
    );
    println!(
        "{name:<28} n={:<5} p50 {:>7.2} ms  p90 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms",
        samples.len(),
        p50,
        ms(percentile(&samples, 0.90)),
        p99,
        ms(*samples.last().unwrap()),
    );
    (p50, p99)
}

/// Open the index and draw the first frame, `runs` times.
pub fn first_frames(index: &Path, runs: usize) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let mut b = Headless::open(index, 120, 40, true).unwrap();
            b.render();
            t.elapsed()
        })
        .collect()
}

/// Keystroke → frame samples (each key handled, its search answered, its document opened,
/// the frame drawn), and frame-only samples, over `rounds` of [`QUERIES`].
pub fn keystrokes(index: &Path, rounds: usize) -> (Vec<Duration>, Vec<Duration>) {
    let mut keys = Vec::new();
    let mut renders = Vec::new();
    for _ in 0..rounds {
        let mut b = Headless::open(index, 120, 40, true).unwrap();
        // What the real worker builds while the overview is on screen, before a first key.
        b.warm();
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
    (keys, renders)
}
