//! Development aid: prints per-kind scores on OPP-115 and a sample of errors for one kind.
//! `cargo run --release --example clause_eval -- ../shared/corpus/opp115/segments.jsonl [KIND [N]]`
//! `RULES=1` instead prints, for each rule of each mapped kind, the segments it fired in that
//! are gold (tp) or not (fp), and how many of those it alone decided (sole).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Ok(want) = std::env::var("SEG") {
        // SEG=policy#n: every clause found in that segment.
        for line in std::io::BufRead::lines(std::io::BufReader::new(
            std::fs::File::open(&args[1]).unwrap(),
        )) {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            if format!("{}#{}", v["policy"].as_str().unwrap(), v["segment"]) == want {
                let text = v["text"].as_str().unwrap();
                println!("{text}\n");
                for m in policytui::clauses::Detector::builtin().detect(text) {
                    println!("{:<22} {}\n   «{}»", m.kind, m.trigger, &text[m.span()]);
                }
            }
        }
        return;
    }
    if std::env::var("RULES").is_ok() {
        rules(&args[1]);
        return;
    }
    let file = std::fs::File::open(&args[1]).expect("segments file");
    let eval = policytui::clauses::evaluate::evaluate(
        std::io::BufReader::new(file),
        policytui::clauses::Detector::builtin(),
    )
    .unwrap();
    println!(
        "{:<18} {:>5} {:>6} {:>6} {:>6}  {:>6} {:>6}",
        "kind", "gold", "P", "R", "F1", "F1 A", "F1 B"
    );
    for r in &eval.rows {
        println!(
            "{:<18} {:>5} {:>6.3} {:>6.3} {:>6.3}  {:>6.3} {:>6.3} {}",
            r.kind,
            r.support,
            r.all.precision(),
            r.all.recall(),
            r.all.f1(),
            r.half_a.f1(),
            r.half_b.f1(),
            if r.all.f1() >= r.target {
                ""
            } else {
                "  <-- below target"
            }
        );
    }
    if std::env::var("VOTES").is_ok() {
        // Annotator votes on the false positives: 1 means one annotator agreed.
        let mut votes: std::collections::BTreeMap<(String, u64), usize> = Default::default();
        let labels: std::collections::HashMap<(String, usize), serde_json::Value> =
            std::io::BufRead::lines(std::io::BufReader::new(
                std::fs::File::open(&args[1]).unwrap(),
            ))
            .map(|l| serde_json::from_str::<serde_json::Value>(&l.unwrap()).unwrap())
            .map(|v| {
                (
                    (
                        v["policy"].as_str().unwrap().to_string(),
                        v["segment"].as_u64().unwrap() as usize,
                    ),
                    v["labels"].clone(),
                )
            })
            .collect();
        for m in eval.misses.iter().filter(|m| m.error == "false positive") {
            let row = eval.rows.iter().find(|r| r.kind == m.kind).unwrap();
            let v = labels[&(m.policy.clone(), m.segment)][&row.label]
                .as_u64()
                .unwrap_or(0);
            *votes.entry((m.kind.clone(), v)).or_default() += 1;
        }
        for ((k, v), n) in votes {
            println!("{k:<18} votes={v} fp={n}");
        }
    }
    if let Some(kind) = args.get(2) {
        let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
        for err in ["false positive", "false negative"] {
            println!("\n===== {err}s of {kind}");
            for m in eval
                .misses
                .iter()
                .filter(|m| &m.kind == kind && m.error == err)
                .take(n)
            {
                // For false positives, the sentence that fired; else the segment's start.
                let fired = policytui::clauses::Detector::builtin()
                    .detect(&m.text)
                    .into_iter()
                    .find(|c| c.kind.starts_with(kind.trim_end_matches('*')));
                let t: String = match &fired {
                    Some(c) => format!("(rule {}) «{}»", c.rule, &m.text[c.span()]),
                    None => m.text.chars().take(360).collect(),
                };
                println!(
                    "- [{} #{}] {}{}",
                    m.policy,
                    m.segment,
                    t,
                    m.trigger
                        .as_ref()
                        .map(|t| format!("\n    TRIGGER: {t}"))
                        .unwrap_or_default()
                );
            }
        }
    }
}

fn rules(path: &str) {
    use policytui::clauses::evaluate::MAPPING;
    use std::collections::BTreeMap;
    // (kind, rule) → [tp, fp, sole tp, sole fp]
    let mut stats: BTreeMap<(String, usize), [usize; 4]> = BTreeMap::new();
    let file = std::fs::File::open(path).expect("segments file");
    for line in std::io::BufRead::lines(std::io::BufReader::new(file)) {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap();
        let found = policytui::clauses::Detector::builtin().detect(text);
        for (_, kinds, label, _) in MAPPING {
            let gold = v["labels"][*label].as_u64().unwrap_or(0) >= 2;
            let mut fired: Vec<(String, usize)> = found
                .iter()
                .filter(|m| kinds.contains(&m.kind.as_str()))
                .map(|m| (m.kind.clone(), m.rule))
                .collect();
            fired.sort();
            fired.dedup();
            let sole = fired.len() == 1;
            for key in fired {
                let s = stats.entry(key).or_default();
                let i = if gold { 0 } else { 1 };
                s[i] += 1;
                if sole {
                    s[i + 2] += 1;
                }
            }
        }
    }
    println!(
        "{:<22} {:>4} {:>5} {:>5} {:>8} {:>8}",
        "kind", "rule", "tp", "fp", "sole tp", "sole fp"
    );
    for ((kind, rule), s) in stats {
        println!(
            "{kind:<22} {rule:>4} {:>5} {:>5} {:>8} {:>8}",
            s[0], s[1], s[2], s[3]
        );
    }
}
