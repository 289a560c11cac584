//! Times reading a folder of policies the way the index build does, without Tantivy: walk,
//! read, decode, parse into sections, classify topics, detect clauses. Prints MB/s of one
//! thread, best of `RUNS` (default 3).
//!
//! `cargo run --release --example read_probe -- DIR`
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus".into());
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let detector = policytui::clauses::Detector::builtin();
    let mut best = (f64::MAX, f64::MAX);
    let mut bytes = 0;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let corpus = policytui::corpus::load_dir(std::path::Path::new(&dir)).expect("folder loads");
        let read = start.elapsed().as_secs_f64();
        bytes = corpus.policies.iter().map(|p| p.text.len()).sum::<usize>();
        let clauses: usize = corpus
            .policies
            .iter()
            .map(|p| detector.detect(&p.text).len())
            .sum();
        let all = start.elapsed().as_secs_f64();
        std::hint::black_box(clauses);
        best = (best.0.min(read), best.1.min(all - read));
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{mb:.1} MB: read and parse {:.2} s ({:.1} MB/s), clauses {:.2} s ({:.1} MB/s)",
        best.0,
        mb / best.0,
        best.1,
        mb / best.1
    );
}
