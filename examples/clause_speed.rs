//! Quick throughput check of the clause detector over a folder of policies:
//! `clause_speed [DIR] [detect]` (with `detect`, only the detector runs, for profiling).

/// The allocator of the policytui binary: the detector is measured as the product runs it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let only_detect = std::env::args().nth(2).is_some_and(|a| a == "detect");
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus".into());
    let corpus = policytui::corpus::load_dir(std::path::Path::new(&dir)).unwrap();
    let texts: Vec<&str> = corpus.policies.iter().map(|p| p.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let d = policytui::clauses::Detector::builtin();
    let rate = |f: &dyn Fn(&str) -> usize| {
        let start = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..5 {
            for t in &texts {
                n += f(t);
            }
        }
        (
            (bytes * 5) as f64 / 1e6 / start.elapsed().as_secs_f64(),
            n / 5,
        )
    };
    if only_detect {
        let (r, n) = rate(&|t| d.detect(t).len());
        println!("detect: {n} clauses, {r:.1} MB/s");
        return;
    }
    let anchored: usize = texts.iter().map(|t| d.anchor_sentence_bytes(t)).sum();
    println!(
        "sentences with an anchor: {:.1} of {:.1} MB ({:.0} %), the most a prefilter could skip is the rest",
        anchored as f64 / 1e6,
        bytes as f64 / 1e6,
        100.0 * anchored as f64 / bytes as f64
    );
    let (r, n) = rate(&|t| d.count_terms(t));
    println!("terms: {r:.1} MB/s ({n} term occurrences)");
    let (r, n) = rate(&|t| d.detect(t).len());
    println!(
        "detect: {} policies, {:.1} MB, {n} clauses, {r:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6
    );
}
