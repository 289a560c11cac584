//! Times one query against an index, for profiling: `query_probe INDEX QUERY [RUNS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let index = args.next().expect("usage: query_probe INDEX QUERY [RUNS]");
    let query = args.next().expect("usage: query_probe INDEX QUERY [RUNS]");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let engine = policytui::search::Engine::open(std::path::Path::new(&index)).unwrap();
    let req = policytui::search::SearchRequest::new(query, 10);
    let t = std::time::Instant::now();
    let mut hits = 0;
    for _ in 0..runs {
        hits = engine.search(&req).unwrap().total_hits;
    }
    println!(
        "{hits} hits, {:.2} ms per query",
        t.elapsed().as_secs_f64() * 1000.0 / runs as f64
    );
}
