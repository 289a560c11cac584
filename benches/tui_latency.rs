//! Keystroke → frame latency of the browser over the shared corpus (data/ where it is absent):
//! each key is handled, its search answered and its document opened, and the frame drawn,
//! as the real browser does on two threads. Prints p50/p90/p99/max.
//!
//! `cargo bench --bench tui_latency`

#[path = "common/latency.rs"]
mod latency;

use std::path::Path;

use policytui::search::{RefreshOptions, refresh};

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
    latency::report(
        "open index → first frame",
        latency::first_frames(index.path(), 10),
    );
    let (keys, renders) = latency::keystrokes(index.path(), 3);
    latency::report("keystroke → frame", keys);
    latency::report("frame only", renders);
}
