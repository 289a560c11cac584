//! Golden test: how each seed policy in `data/` is read — company, domain, date, format and the
//! full section list with levels and topics. A reader change that alters any of it shows up
//! here as a diff; if the change is intended, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test seeds`.

use std::fmt::Write;
use std::path::Path;

use policytui::corpus::load_dir;

fn outline() -> String {
    let corpus = load_dir(Path::new("data")).expect("data/ loads");
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    let mut out = String::new();
    for p in &corpus.policies {
        writeln!(out, "{}", p.source_path).unwrap();
        writeln!(out, "  id:      {}", p.id).unwrap();
        writeln!(out, "  company: {}", p.company).unwrap();
        writeln!(out, "  domain:  {}", p.domain.as_deref().unwrap_or("-")).unwrap();
        writeln!(out, "  date:    {}", p.archived.as_deref().unwrap_or("-")).unwrap();
        writeln!(out, "  url:     {}", p.source_url.as_deref().unwrap_or("-")).unwrap();
        writeln!(out, "  format:  {}", p.format).unwrap();
        writeln!(out, "  title:   {}", p.title).unwrap();
        for (i, s) in p.sections.iter().enumerate() {
            writeln!(
                out,
                "  §{i:<2} {:<12} {}{}",
                s.topic,
                "  ".repeat(s.level.saturating_sub(1) as usize),
                s.display_heading()
            )
            .unwrap();
        }
    }
    out
}

#[test]
fn seed_outlines_match_golden() {
    let golden = Path::new("tests/golden/seeds.outline");
    let got = outline();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(golden, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(golden).expect("golden file exists");
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .filter(|(w, g)| w != g)
            .map(|(w, g)| format!("- {w}\n+ {g}"))
            .take(20)
            .collect();
        panic!(
            "seed outlines changed (UPDATE_GOLDEN=1 to accept):\n{}\n(lines: want {}, got {})",
            diff.join("\n"),
            want.lines().count(),
            got.lines().count()
        );
    }
}

#[test]
fn seed_facts_the_issue_names() {
    let corpus = load_dir(Path::new("data")).unwrap();
    let by_company = |name: &str| {
        corpus
            .policies
            .iter()
            .find(|p| p.company == name)
            .unwrap_or_else(|| panic!("no policy for {name}"))
    };
    let jap = by_company("Japan Auto Parts.com");
    let headings: Vec<&str> = jap.sections.iter().map(|s| s.heading.as_str()).collect();
    for want in [
        "Privacy and Security",
        "What information do we collect from you? Why?",
        "We may collect your email address",
        "We may collect purchase information",
        "Certain exception disclosures",
        "How long do we keep user information?",
    ] {
        assert!(
            headings.contains(&want),
            "missing heading {want:?} in {headings:?}"
        );
    }
    // Signatures and body sentences are not headings.
    assert!(!headings.contains(&"Japan Auto Parts.com"));
    assert!(!headings.contains(&"Representative Yusuke Yoshida"));
    let retention = jap
        .sections
        .iter()
        .find(|s| s.heading == "How long do we keep user information?")
        .unwrap();
    assert_eq!(retention.topic, "retention");

    let agreement = by_company("Personal Information Handling Agreement");
    let sections: Vec<&str> = agreement
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        &sections[1..],
        &[
            "Section 1: Purpose of Use",
            "Section 2: Management",
            "Section 3: Disclosure to Third Parties",
            "Section 4: Outsourcing Personal Information to External Organizations",
            "Section 5: Change of Terms",
        ]
    );
    assert!(agreement.text.contains("\n1. In order to collate"));
    assert!(!agreement.text.contains("1. 1."));

    let talk = by_company("Japan Talk");
    assert_eq!(talk.domain.as_deref(), Some("japan-talk.com"));
    assert_eq!(talk.archived.as_deref(), Some("2013-03-10"));
    assert!(!talk.text.contains('Â'), "mojibake left in Japan Talk");

    let fj = by_company("FROM JAPAN");
    assert_eq!(fj.domain.as_deref(), Some("fromjapan.co.jp"));
    let sharing: Vec<&str> = fj
        .sections
        .iter()
        .filter(|s| s.topic == "sharing")
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(sharing, vec!["Provision to Third Parties"]);
}
