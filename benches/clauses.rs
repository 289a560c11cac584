//! Clause detection throughput over the shared corpus (or data/ where it is absent), in bytes
//! of policy text per second, one core.
//!
//! `cargo bench --bench clauses`

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use policytui::clauses::Detector;

/// The allocator of the policytui binary: the detector is measured as the product runs it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus_texts() -> Vec<String> {
    let shared = Path::new("../shared/corpus");
    let root = if shared.is_dir() {
        shared
    } else {
        eprintln!("../shared/corpus is absent: benchmarking data/ only");
        Path::new("data")
    };
    policytui::corpus::load_dir(root)
        .expect("corpus loads")
        .policies
        .into_iter()
        .map(|p| p.text)
        .collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let detector = Detector::builtin();
    let mut group = c.benchmark_group("clauses");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("detect", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| detector.detect(t).len())
                .sum::<usize>()
        })
    });
    group.bench_function("term pass only", |b| {
        b.iter(|| texts.iter().map(|t| detector.count_terms(t)).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
