//! Times one query against an index, for profiling: `query_probe INDEX QUERY [RUNS]`.
//! Prints the first run (which opens per-searcher caches) apart from the steady state.
fn main() {
    let mut args = std::env::args().skip(1);
    let index = args.next().expect("usage: query_probe INDEX QUERY [RUNS]");
    let query = args.next().expect("usage: query_probe INDEX QUERY [RUNS]");
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let engine = policytui::search::Engine::open(std::path::Path::new(&index)).unwrap();
    let mut req = policytui::search::SearchRequest::new(query, 10);
    // PROBE_LIMIT, PROBE_COMPANIES, PROBE_SNIPPETS=0 vary the request.
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<usize>().ok());
    req.limit = env("PROBE_LIMIT").unwrap_or(req.limit);
    req.company_list = env("PROBE_COMPANIES").unwrap_or(req.company_list);
    req.snippets = env("PROBE_SNIPPETS").is_none_or(|v| v != 0);
    // PROBE_SAMPLE=N samples as the browser does.
    req.sample = env("PROBE_SAMPLE");
    // PROBE_TYPING=1: the last word is a prefix being typed.
    req.as_you_type = env("PROBE_TYPING").is_some_and(|v| v != 0);
    let t = std::time::Instant::now();
    let first = engine.search(&req).unwrap();
    let first_ms = t.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = std::time::Instant::now();
        std::hint::black_box(engine.search(&req).unwrap());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{}{} hits in {} companies; first {first_ms:.2} ms, then p50 {:.2} / p99 {:.2} / max {:.2} ms",
        if first.exact { "" } else { "≈" },
        first.total_hits,
        first.total_companies,
        at(0.5),
        at(0.99),
        at(1.0)
    );
}
