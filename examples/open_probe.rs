//! Times opening policies from an index, as the browser does when a hit is opened:
//! `open_probe INDEX [N]`. Each of N policies spread over the index is opened once (first
//! read: its sections come from the document store) and then again (cached blocks).
fn main() {
    let mut args = std::env::args().skip(1);
    let index = args.next().expect("usage: open_probe INDEX [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let engine = policytui::search::Engine::open(std::path::Path::new(&index)).unwrap();
    let t = std::time::Instant::now();
    let records = engine.policies().unwrap();
    println!(
        "{} policies listed in {:.0} ms",
        records.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    let step = (records.len() / n.max(1)).max(1);
    let ids: Vec<&str> = records
        .iter()
        .step_by(step)
        .take(n)
        .map(|r| r.id.as_str())
        .collect();
    for round in ["first", "again"] {
        let mut times: Vec<f64> = ids
            .iter()
            .map(|id| {
                let t = std::time::Instant::now();
                let p = engine.policy(id).unwrap();
                std::hint::black_box(p.map(|p| p.sections.len()));
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
        println!(
            "{round}: {} opens, p50 {:.2} / p90 {:.2} / max {:.2} ms",
            times.len(),
            at(0.5),
            at(0.9),
            at(1.0)
        );
    }
}
