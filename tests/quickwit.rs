//! The Quickwit index config we ship maps exactly the fields `export --ndjson` writes, each
//! with a type its values fit (nulls allowed: Quickwit skips them).

mod common;

use std::collections::BTreeMap;

use common::Sandbox;

/// (name → type) of the config's field mappings, one per line.
fn mappings() -> BTreeMap<String, String> {
    let config = std::fs::read_to_string("quickwit/policytui-sections.yaml").unwrap();
    config
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- {name: "))
        .map(|rest| {
            let (name, rest) = rest.split_once(',').unwrap();
            let kind = rest
                .trim()
                .strip_prefix("type: ")
                .unwrap()
                .split(',')
                .next()
                .unwrap()
                .trim_matches(|c| c == '"' || c == '}');
            (name.to_string(), kind.to_string())
        })
        .collect()
}

fn fits(kind: &str, value: &serde_json::Value) -> bool {
    match (kind, value) {
        (_, serde_json::Value::Null) => true,
        ("text", v) => v.is_string(),
        ("u64", v) => v.is_u64(),
        ("bool", v) => v.is_boolean(),
        ("datetime", v) => v
            .as_str()
            .is_some_and(|s| s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-'),
        ("array<text>", v) => v
            .as_array()
            .is_some_and(|a| a.iter().all(serde_json::Value::is_string)),
        _ => false,
    }
}

#[test]
fn config_maps_every_exported_field_with_a_fitting_type() {
    let mappings = mappings();
    assert!(mappings.len() >= 15, "{mappings:?}");
    let sandbox = Sandbox::with_seeds();
    let out = sandbox
        .command(&["-q", "export", "--ndjson"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let doc: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line).unwrap();
        let keys: Vec<&String> = doc.keys().collect();
        let mapped: Vec<&String> = mappings.keys().collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, mapped, "strict mode rejects unmapped fields");
        for (name, value) in &doc {
            assert!(
                fits(&mappings[name], value),
                "{name}: {value} is not {}",
                mappings[name]
            );
        }
        lines += 1;
    }
    assert!(lines > 20, "{lines} sections exported");
}
