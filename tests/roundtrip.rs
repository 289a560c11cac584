//! Index round trip: every policy read from files comes back from the index byte for byte,
//! with the same sections, and searching its own words finds it.

use std::path::Path;

use policytui::corpus::load_dir;
use policytui::search::overview::{self, LatestPolicy, Overview};
use policytui::search::{Engine, RefreshOptions, SearchRequest, refresh};

fn roundtrip(data: &Path) {
    let index = tempfile::tempdir().unwrap();
    let opts = RefreshOptions {
        threads: 2,
        memory: 64 * 1024 * 1024,
        ..RefreshOptions::default()
    };
    let report = refresh(data, index.path(), &opts, &|_| {}).unwrap();
    let corpus = load_dir(data).unwrap();
    assert_eq!(report.policies, corpus.policies.len());
    let engine = Engine::open(index.path()).unwrap();
    for p in &corpus.policies {
        let back = engine
            .policy(&p.id)
            .unwrap()
            .unwrap_or_else(|| panic!("{} missing from the index", p.id));
        assert_eq!(back.text, p.text, "text of {}", p.id);
        assert_eq!(back.sections, p.sections, "sections of {}", p.id);
        assert_eq!(back.company, p.company);
        assert_eq!(back.domain, p.domain);
        assert_eq!(back.archived, p.archived);
        assert_eq!(back.format, p.format);
        assert_eq!(back.latest, p.latest, "latest of {}", p.id);
    }
    // The overview the index wrote is the one the policy table gives.
    let manifest = engine.manifest().unwrap();
    let written = manifest
        .overview_file()
        .expect("the index writes its overview");
    let mut rebuilt: Vec<LatestPolicy> = manifest
        .policies()
        .unwrap()
        .map(Result::unwrap)
        .filter(|p| p.latest)
        .map(|p| LatestPolicy::of(&p))
        .collect();
    overview::sort(&mut rebuilt);
    let rebuilt = Overview::from_rows(&rebuilt);
    assert_eq!(
        written.len(),
        corpus.policies.iter().filter(|p| p.latest).count()
    );
    assert!(written.iter().eq(rebuilt.iter()));
    assert!(engine.latest().unwrap().iter().eq(rebuilt.iter()));
    // Each latest policy is found by a phrase from its own longest section.
    for p in corpus.policies.iter().filter(|p| p.latest).take(60) {
        let Some(section) = p.sections.iter().max_by_key(|s| s.span.len()) else {
            continue;
        };
        let body = &p.text[section.body_span().range()];
        let words: Vec<&str> = body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .take(4)
            .collect();
        if words.len() < 4 {
            continue;
        }
        let query = format!("{} company:{}", words.join(" "), p.company_key);
        let results = engine.search(&SearchRequest::new(&query, 50)).unwrap();
        assert!(
            results.hits.iter().any(|h| h.policy_id == p.id),
            "{query:?} did not find {}",
            p.id
        );
    }
}

#[test]
fn seeds_round_trip() {
    roundtrip(Path::new("data"));
}

#[test]
fn shared_corpus_round_trips() {
    let Some(corpus) = common::shared_corpus() else {
        return;
    };
    roundtrip(&corpus.join("princeton-versions"));
    roundtrip(&corpus.join("opp115/sanitized_policies"));
}

mod common;

/// Equal scores are ordered by company name, not by the segment each policy landed in.
#[test]
fn ties_are_ordered_by_company() {
    let data = tempfile::tempdir().unwrap();
    let index = tempfile::tempdir().unwrap();
    let opts = RefreshOptions {
        threads: 1,
        memory: 20_000_000,
        ..RefreshOptions::default()
    };
    let text = "# Privacy\n\n## Sharing\n\nWe will not sell your personal information.\n";
    // Two refreshes, two segments: the later-named company lands in the first segment.
    std::fs::write(data.path().join("zeta.com.md"), text).unwrap();
    refresh(data.path(), index.path(), &opts, &|_| {}).unwrap();
    std::fs::write(data.path().join("alpha.com.md"), text).unwrap();
    refresh(data.path(), index.path(), &opts, &|_| {}).unwrap();
    let engine = Engine::open(index.path()).unwrap();
    let results = engine
        .search(&SearchRequest::new("\"will not sell\"", 10))
        .unwrap();
    let order: Vec<(&str, f32)> = results
        .hits
        .iter()
        .map(|h| (h.policy_id.as_str(), h.score))
        .collect();
    assert_eq!(order.len(), 2, "{order:?}");
    assert_eq!(order[0].1, order[1].1, "not a tie: {order:?}");
    assert_eq!((order[0].0, order[1].0), ("alpha.com", "zeta.com"));
}

/// A sampled search (what the browser does as you type) visits about its budget of matches,
/// spread over the whole index, ranks among them and estimates the totals; with a budget
/// above the match count it is the exact search.
#[test]
fn a_sampled_search_estimates_totals_and_ranks_within_its_sample() {
    use policytui::corpus::generate::{GenerateOptions, Source, generate};
    let data = tempfile::tempdir().unwrap();
    let index = tempfile::tempdir().unwrap();
    let source = Source::load(Path::new("data")).unwrap();
    let opts = GenerateOptions {
        policies: 400,
        seed: 3,
        shard_size: 100,
    };
    generate(&source, data.path(), &opts, &|_, _| {}).unwrap();
    refresh(
        data.path(),
        index.path(),
        &RefreshOptions::default(),
        &|_| {},
    )
    .unwrap();
    let engine = Engine::open(index.path()).unwrap();

    let exact = engine
        .search(&SearchRequest::new("information", 10))
        .unwrap();
    assert!(exact.exact);
    assert!(exact.total_hits > 1000, "{}", exact.total_hits);

    let mut req = SearchRequest::new("information", 10);
    req.sample = Some(200);
    let sampled = engine.search(&req).unwrap();
    assert!(!sampled.exact);
    assert_eq!(sampled.hits.len(), 10);
    let ratio = sampled.total_hits as f64 / exact.total_hits as f64;
    assert!(
        (0.7..1.4).contains(&ratio),
        "estimate {ratio:.2} of the count"
    );
    let ratio = sampled.total_companies as f64 / exact.total_companies as f64;
    assert!(
        (0.6..1.5).contains(&ratio),
        "company estimate {ratio:.2} of the count"
    );
    assert!(sampled.total_companies <= 400);
    // The sample reaches the whole corpus, not only its first companies.
    let firsts: std::collections::BTreeSet<char> = sampled
        .companies
        .iter()
        .filter_map(|c| c.company.chars().next())
        .collect();
    assert!(firsts.len() >= 5, "hits' companies start with {firsts:?}");
    assert!(
        sampled.hits.windows(2).all(|w| w[0].score >= w[1].score),
        "best first"
    );

    // A smaller sample is taken as the smallest that estimates anything, however many hits
    // are shown: the totals do not hang on `-n`.
    for (sample, limit) in [(10, 1), (10, 10), (50, 20)] {
        let mut small = SearchRequest::new("information", limit);
        small.sample = Some(sample);
        let small = engine.search(&small).unwrap();
        assert_eq!(
            (small.total_hits, small.total_companies),
            (sampled.total_hits, sampled.total_companies),
            "sample {sample}, {limit} shown"
        );
    }

    req.sample = Some(exact.total_hits + 1);
    let whole = engine.search(&req).unwrap();
    assert!(whole.exact);
    assert_eq!(whole.total_hits, exact.total_hits);
    assert_eq!(whole.total_companies, exact.total_companies);
    assert_eq!(
        whole.hits.iter().map(|h| &h.policy_id).collect::<Vec<_>>(),
        exact.hits.iter().map(|h| &h.policy_id).collect::<Vec<_>>()
    );
}
