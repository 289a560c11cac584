//! The command line, end to end, on the built binary and real files.

mod common;

use common::Sandbox;

/// Company names of a search result's per-company counts.
fn company_names(v: &serde_json::Value) -> Vec<&str> {
    v["companies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["company"].as_str().unwrap())
        .collect()
}

fn highlighted(hit: &serde_json::Value) -> Vec<String> {
    let snippet = hit["snippet"].as_str().unwrap();
    hit["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (s, e) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            snippet[s..e].to_string()
        })
        .collect()
}

#[test]
fn index_prints_a_summary() {
    let sb = Sandbox::with_seeds();
    let r = sb.run(&["index"]).ok();
    let first = r.stdout.lines().next().unwrap();
    assert!(first.starts_with("indexed 5 policies"), "{first}");
    assert!(first.contains("33 sections"), "{first}");
    assert!(first.contains("MB/s"), "{first}");
    assert!(first.ends_with("0 warnings"), "{first}");
    assert!(r.stdout.contains("markdown"));
    // Second run: nothing to do.
    let r = sb.run(&["index"]).ok();
    assert!(
        r.stdout.starts_with("index up to date: 5 policies"),
        "{}",
        r.stdout
    );
    // --json
    let r = sb.run(&["index", "--json", "--rebuild"]).ok();
    let v = r.json();
    assert_eq!(v["policies"], 5);
    assert_eq!(v["full"], true);
    assert_eq!(v["formats"]["numbered"]["policies"], 1);
}

/// What the browser's child refresh says: progress as JSON lines, then how it ended.
#[test]
fn index_events_are_json_lines_ending_in_the_outcome() {
    let sb = Sandbox::with_seeds();
    let events = |r: &common::Run| -> Vec<serde_json::Value> {
        r.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    };
    let first = events(&sb.run(&["index", "--events"]).ok());
    assert!(first.len() > 2, "{first:?}");
    assert!(
        first[..first.len() - 1]
            .iter()
            .all(|e| e.get("Progress").is_some())
    );
    let done = &first.last().unwrap()["Done"];
    assert_eq!(done["committed"], true);
    assert_eq!(done["policies"], 5);
    let again = events(&sb.run(&["index", "--events"]).ok());
    assert_eq!(again.last().unwrap()["Done"]["committed"], false);
    // A failure is an event too, not a crash.
    std::fs::remove_dir_all(sb.data()).unwrap();
    let bad = sb.run(&["index", "--events"]);
    let last = events(&bad)
        .pop()
        .unwrap_or_else(|| panic!("{} / {}", bad.stdout, bad.stderr));
    assert!(last["Failed"].is_string(), "{last}");
}

#[test]
fn will_not_sell_finds_legsjapan_with_the_phrase_highlighted() {
    let sb = Sandbox::with_seeds();
    let r = sb.run(&["search", "\"will not sell\"", "--json"]).ok();
    let v = r.json();
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{v}");
    assert_eq!(hits[0]["company_key"], "legsjapan.com");
    assert_eq!(highlighted(&hits[0]), vec!["will not sell"]);
    assert!(
        hits[0]["snippet"]
            .as_str()
            .unwrap()
            .contains("We will not sell or share any information about you to any other party.")
    );
    // Human output names the company and shows the sentence.
    let r = sb.run(&["search", "\"will not sell\""]).ok();
    assert!(r.stdout.starts_with("1 hit in 1 company"), "{}", r.stdout);
    assert!(r.stdout.contains("Legs Japan (legsjapan.com)"));
    assert!(r.stdout.contains("We will not sell or share"));
}

#[test]
fn merger_finds_japan_auto_parts_and_from_japan() {
    let sb = Sandbox::with_seeds();
    let v = sb.run(&["search", "merger", "--json"]).ok().json();
    let companies = company_names(&v);
    assert!(companies.contains(&"Japan Auto Parts.com"), "{companies:?}");
    assert!(companies.contains(&"FROM JAPAN"), "{companies:?}");
    for hit in v["hits"].as_array().unwrap() {
        let marks = highlighted(hit);
        assert!(
            marks.iter().any(|m| m == "merger" || m == "merge"),
            "{marks:?} in {}",
            hit["snippet"]
        );
    }
    let jap = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["company"] == "Japan Auto Parts.com")
        .unwrap();
    assert!(
        jap["snippet"]
            .as_str()
            .unwrap()
            .contains("merge with another company")
    );
}

#[test]
fn topic_filter_finds_retention_section() {
    let sb = Sandbox::with_seeds();
    let v = sb.run(&["search", "topic:retention", "--json"]).ok().json();
    let headings: Vec<&str> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["heading"].as_str().unwrap())
        .collect();
    assert_eq!(headings, vec!["How long do we keep user information?"]);
}

/// A company asked for that names none says so, with the names it may be a slip for: the
/// search found nothing because of the name, not because the policies are silent.
#[test]
fn a_company_that_is_none_is_named() {
    let sb = Sandbox::with_seeds();
    let notes = |q: &str| -> Vec<String> {
        let v = sb.run(&["search", q, "--json"]).ok().json();
        v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        notes("company:legsjapan.co sell"),
        ["no company matches \"legsjapan.co\" (did you mean legsjapan.com?)"]
    );
    assert_eq!(
        notes("company:japn sell"),
        ["no company matches \"japn\" (did you mean japan?)"]
    );
    // A company that is one, whose policy lacks the words, is no slip.
    assert!(notes("company:legsjapan.com zzzqqq").is_empty());
    // Nor is a company left out.
    assert!(notes("zzzqqq -company:zzz").is_empty());
}

#[test]
fn query_language() {
    let sb = Sandbox::with_seeds();
    let count = |q: &str| -> u64 {
        sb.run(&["search", q, "--json"]).ok().json()["total_hits"]
            .as_u64()
            .unwrap()
    };
    assert!(count("cookies") >= 3);
    assert!(count("cookies OR beacons") >= count("cookies"));
    assert!(count("cookies -beacons") < count("cookies"));
    assert_eq!(count("cookies company:\"japan talk\""), 3);
    assert!(count("cook*") >= count("cookies"));
    assert_eq!(count("cookeis"), count("cookies"), "typo tolerance");
    assert_eq!(count("year:2013 cookies"), 3);
    assert_eq!(count("year:2000..2005"), 0);
    // A year excluded splits the sections with it: none of 2013's, all the others.
    assert_eq!(
        count("cookies -year:2013") + count("year:2013 cookies"),
        sb.run(&["search", "cookies", "--all-versions", "--json"])
            .ok()
            .json()["total_hits"]
            .as_u64()
            .unwrap()
    );
    assert_eq!(count("cookies NOT year:2013"), count("cookies -year:2013"));
    // Half-typed input never errors.
    for q in [
        "\"will not",
        "company:",
        "topic:",
        "year:",
        "\"",
        "OR",
        "*",
        "((",
        "topic:zzz",
    ] {
        sb.run(&["search", q, "--json"]).ok();
    }
    // A query that asks for nothing says that it matched everything.
    for q in ["", "\"", "company:"] {
        let v = sb.run(&["search", q, "--json"]).ok().json();
        let notes = v["notes"].to_string();
        assert!(notes.contains("every section matches"), "{q:?}: {notes}");
    }
    let v = sb.run(&["search", "cookies", "--json"]).ok().json();
    assert_eq!(v["notes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn show_a_policy_whole_by_section_and_by_topic() {
    let sb = Sandbox::with_seeds();
    let r = sb.run(&["show", "japan talk"]).ok();
    assert!(
        r.stdout.starts_with("Japan Talk — japan-talk.com"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Disclosure by Law [§6 legal]"));

    let v = sb
        .run(&["show", "fromjapan.co.jp", "--topic", "sharing", "--json"])
        .ok()
        .json();
    let sections = v["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0]["heading"], "Provision to Third Parties");
    assert!(
        sections[0]["text"]
            .as_str()
            .unwrap()
            .contains("company merger")
    );

    let v = sb
        .run(&[
            "show",
            "legsjapan.com@2014-06-29",
            "--section",
            "0",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(v["company"], "Legs Japan");
    assert_eq!(v["archived"], "2014-06-29");

    let r = sb.run(&["show", "FROM JAPAN", "--outline"]).ok();
    assert!(r.stdout.contains("§3  sharing"), "{}", r.stdout);

    // --outline and --clauses shape the JSON too: no text in the outline, each section's
    // clauses with their sentence's span in the policy text.
    let v = sb
        .run(&["show", "FROM JAPAN", "--outline", "--json"])
        .ok()
        .json();
    assert!(v["sections"][3].get("text").is_none(), "{v}");
    assert_eq!(v["sections"][3]["topic"], "sharing");
    let v = sb
        .run(&["show", "FROM JAPAN", "--clauses", "--json"])
        .ok()
        .json();
    let sharing = &v["sections"][3];
    let text = sharing["text"].as_str().unwrap();
    let start = sharing["start"].as_u64().unwrap() as usize;
    let merger = sharing["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "merger-transfer")
        .expect("FROM JAPAN's merger clause");
    let (s, e) = (
        merger["start"].as_u64().unwrap() as usize - start,
        merger["end"].as_u64().unwrap() as usize - start,
    );
    assert!(text[s..e].contains("merger"), "{}", &text[s..e]);

    let r = sb.run(&["show", "FROM JAPAN", "--section", "99"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr.trim(), "error: FROM JAPAN has 8 sections (0 to 7)");

    let r = sb.run(&["show", "nosuchcompany"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.starts_with("error: no policy matches"));

    // A file of the data folder, by its source_path or any path, is the indexed policy.
    let by_id = sb.run(&["show", "japan-talk.com", "--json"]).ok().json();
    let rel = by_id["source_path"].as_str().unwrap().to_string();
    let full = sb.data().join(&rel);
    for arg in [rel.clone(), full.display().to_string()] {
        let v = sb.run(&["show", &arg, "--json"]).ok().json();
        assert_eq!(v["id"], by_id["id"], "{arg}");
        assert_eq!(v["source_path"], by_id["source_path"]);
        assert_eq!(v["versions"], by_id["versions"]);
    }

    let r = sb.run(&["show", "japan"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("\"japan\" matches 2 policies: "),
        "{}",
        r.stderr
    );
}

#[test]
fn show_reads_a_file_directly() {
    let sb = Sandbox::with_seeds();
    // A file from elsewhere is read as it is: no index is opened or made for it.
    let other = tempfile::tempdir().unwrap();
    let file = other.path().join("elsewhere.example.md");
    std::fs::write(&file, "# Privacy\n\nWe will never sell your data.\n").unwrap();
    let v = sb
        .run(&["show", file.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(v["format"], "markdown");
    // It is its own one version.
    assert_eq!(v["versions"], serde_json::json!([v["id"]]));
    assert!(
        !sb.index().exists(),
        "an index folder was made to show a file from elsewhere"
    );
    let path = sb.data().join("japan-auto-parts.txt");
    let v = sb
        .run(&["show", path.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(v["company"], "Japan Auto Parts.com");
    assert_eq!(v["format"], "plain");
}

#[test]
fn stats_and_export() {
    let sb = Sandbox::with_seeds();
    let v = sb.run(&["stats", "--json"]).ok().json();
    assert_eq!(v["policies"], 5);
    assert_eq!(v["sections"], 33);
    assert!(v["topics"]["sharing"].as_u64().unwrap() >= 4);
    let r = sb.run(&["export", "--ndjson"]).ok();
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 33);
    assert!(
        lines
            .iter()
            .all(|l| l["policy_id"].is_string() && l["text"].is_string())
    );
    // The policy's own fields are stored with its first section only; export gives them to
    // every section, the same for all sections of one policy.
    let mut by_policy: std::collections::HashMap<String, Vec<&serde_json::Value>> =
        Default::default();
    for l in &lines {
        assert!(
            l["source_path"].is_string() && l["format"].is_string(),
            "{l}"
        );
        assert!(l["title"].is_string(), "{l}");
        by_policy
            .entry(l["policy_id"].as_str().unwrap().to_string())
            .or_default()
            .push(l);
    }
    assert_eq!(by_policy.len(), 5);
    assert!(by_policy.values().filter(|s| s.len() > 1).count() >= 4);
    for sections in by_policy.values() {
        for key in ["title", "url", "source_path", "format", "domain"] {
            assert!(
                sections.iter().all(|l| l[key] == sections[0][key]),
                "{key} differs between sections of {}",
                sections[0]["policy_id"]
            );
        }
    }
    // A missing format is a usage error, as README promises for those.
    let r = sb.run(&["export"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--ndjson"));
}

#[test]
fn refresh_follows_edits_and_removals() {
    let sb = Sandbox::with_seeds();
    sb.run(&["index"]).ok();
    sb.write(
        "new.example.com.md",
        b"# New Example Privacy\n\nWe keep a zebra database.\n",
    );
    let v = sb.run(&["search", "zebra", "--json"]).ok().json();
    assert_eq!(v["total_hits"], 1);
    std::fs::remove_file(sb.data().join("new.example.com.md")).unwrap();
    let v = sb.run(&["search", "zebra", "--json"]).ok().json();
    assert_eq!(v["total_hits"], 0);
    // --no-refresh uses the index as it is.
    sb.write("late.example.com.md", b"# Late\n\nAn aardvark appears.\n");
    let v = sb
        .run(&["--no-refresh", "search", "aardvark", "--json"])
        .ok()
        .json();
    assert_eq!(v["total_hits"], 0);
}

#[test]
fn salted_data_folder_names_each_bad_file() {
    let sb = Sandbox::with_seeds();
    sb.write(
        "blob.txt",
        &[0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF],
    );
    sb.write("empty.md", b"");
    sb.write(
        "latin1.txt",
        b"Politique de confidentialit\xe9\n\nNous ne vendons jamais vos donn\xe9es personnelles.\n",
    );
    sb.write("huge.txt", &vec![b'a'; 20 * 1024 * 1024]);
    let r = sb.run(&["index"]).ok();
    assert!(r.stdout.starts_with("indexed 6 policies"), "{}", r.stdout);
    let warnings: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 4, "{}", r.stderr);
    let has = |needle: &str| warnings.iter().any(|w| w.contains(needle));
    assert!(has("blob.txt: binary file"));
    assert!(has("empty.md: empty file, skipped"));
    assert!(has(
        "huge.txt: file is 20.0 MB, over the 10 MB limit, skipped"
    ));
    assert!(has("latin1.txt: not valid UTF-8; decoded as Windows-1252"));
    // What was skipped was not read: the report counts neither its file nor its 20 MB.
    let v = sb.run(&["index", "--rebuild", "--json"]).ok().json();
    assert_eq!(v["read_files"], 6, "{v}");
    assert!(v["read_bytes"].as_u64().unwrap() < 1 << 20, "{v}");
    let v = sb.run(&["search", "données", "--json"]).ok().json();
    assert_eq!(v["total_hits"], 1);
}

#[test]
fn errors_are_one_line() {
    let sb = Sandbox::empty();
    let r = sb.run(&["search", "x"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
    // Said before anything is made: no index beside a folder that is not there.
    assert!(!sb.index().exists());
    let r = sb.run(&["--no-refresh", "search", "x"]);
    assert_eq!(r.code, 1);
    // A file given as the folder is named as one.
    sb.write("a.md", b"# A\n\nWe never sell your data.\n");
    let file = sb.data().join("a.md");
    let r = sb.run_bare(&["--data", file.to_str().unwrap(), "search", "x"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is a file, not a folder"), "{}", r.stderr);
}

/// Two undated files of one company are versions of one policy, and the one searched only
/// with all versions is named, at once and on every later run (found by a newcomer's trial:
/// a saved page and a copy-paste of the same site, one of them silently unsearched).
#[test]
fn undated_twins_are_noted() {
    let sb = Sandbox::empty();
    sb.write(
        "acme.com.md",
        b"# Acme Privacy Policy\n\nWe will never sell your data.\n",
    );
    sb.write(
        "copy/acme.com.md",
        b"# Acme Privacy Policy\n\nWe may sell your data to advertisers.\n",
    );
    let note = "acme.com.md: read as an older version of acme.com than copy/acme.com.md, since neither has a date";
    for _ in 0..2 {
        let r = sb.run(&["index"]).ok();
        assert!(r.stderr.contains(note), "{}", r.stderr);
    }
    let v = sb.run(&["stats", "--json"]).ok().json();
    assert_eq!(v["warnings"].as_array().map(Vec::len), Some(1), "{v}");
}

/// An empty folder is said to be empty, so that "0 hits" is not read as an answer (found by a
/// journalist's trial).
#[test]
fn an_empty_folder_is_named() {
    let sb = Sandbox::empty();
    std::fs::create_dir_all(sb.data()).unwrap();
    let r = sb.run(&["search", "sell"]).ok();
    assert!(r.stderr.contains("holds no policies"), "{}", r.stderr);
    assert!(r.stdout.starts_with("0 hits"), "{}", r.stdout);
    // With --json, in the notes, not on stderr.
    let r = sb.run(&["search", "sell", "--json"]).ok();
    assert!(!r.stderr.contains("holds no policies"), "{}", r.stderr);
    assert!(r.json()["notes"].to_string().contains("holds no policies"));
}

/// A usage error is one line, as every error is, and exits 2 with nothing on stdout.
#[test]
fn usage_errors_are_one_line() {
    let sb = Sandbox::with_seeds();
    for args in [
        &["search", "--jsn", "cookies"][..],
        &["--bogus", "stats"],
        &["show"],
        &["bogus"],
        &["search", "--limit", "x", "y"],
    ] {
        let r = sb.run_bare(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert_eq!(r.stderr.lines().count(), 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("error: "), "{}", r.stderr);
    }
    let r = sb.run_bare(&["search", "--jsn", "cookies"]);
    assert!(
        r.stderr.contains("a similar argument exists: '--json'"),
        "{}",
        r.stderr
    );
    // Help asked for is help, on stdout.
    let r = sb.run_bare(&["search", "--help"]).ok();
    assert!(r.stdout.contains("Usage: policytui search"), "{}", r.stdout);
}

#[test]
fn bare_command_prints_usage_and_completions_work() {
    let sb = Sandbox::with_seeds();
    let r = sb.run_bare(&[]).ok();
    assert!(r.stdout.contains("Usage: policytui"), "{}", r.stdout);
    let r = sb.run_bare(&["completions", "bash"]).ok();
    assert!(r.stdout.contains("policytui"));
}

#[test]
fn defaults_use_data_and_index_in_the_current_folder() {
    let sb = Sandbox::with_seeds();
    sb.run_bare(&["index"]).ok();
    let version = format!("v{}", policytui::search::schema::SCHEMA_VERSION);
    assert!(sb.index().join(version).join("meta.json").exists());
}

#[test]
fn without_a_data_folder_the_built_in_samples_are_used() {
    let sb = Sandbox::empty();
    let r = sb.run_bare(&["search", "merger", "--json"]).ok();
    assert!(
        r.stderr.contains("built-in sample policies"),
        "{}",
        r.stderr
    );
    assert_eq!(r.json()["companies"].as_array().unwrap().len(), 2);
}

/// The kinds the index gives each section (search's `clause:` filter, the hits' `clauses`)
/// are the ones `show --clauses` and the matrix find reading the whole policy, also where a
/// clause yields to one under the next heading: "following the posting of changes" is change
/// with notice beside the email promised in the section before.
#[test]
fn index_show_and_matrix_agree_across_sections() {
    let sb = Sandbox::empty();
    sb.write(
        "example.com.md",
        b"# Example Privacy Policy\n\n## Changes to this privacy policy\n\nWe may update this \
        privacy policy from time to time. We will notify you by email of any changes to this \
        policy.\n\n## Your acceptance of these terms\n\nYour continued use of the Site following \
        the posting of changes to this policy will be deemed your acceptance of those changes.\n",
    );
    sb.run(&["index"]).ok();
    let kinds_of = |query: &str| -> Vec<(String, Vec<String>)> {
        let v = sb
            .run(&["--no-refresh", "search", query, "--json"])
            .ok()
            .json();
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                let mut kinds: Vec<String> = h["clauses"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_str().unwrap().to_string())
                    .collect();
                kinds.sort();
                (h["heading"].as_str().unwrap().to_string(), kinds)
            })
            .collect()
    };
    assert_eq!(kinds_of("clause:change-without-notice"), vec![]);
    let indexed = kinds_of("clause:change-with-notice");
    let v = sb
        .run(&["--no-refresh", "show", "example", "--clauses", "--json"])
        .ok()
        .json();
    let shown: Vec<(String, Vec<String>)> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| {
            let mut kinds: Vec<String> = s["clauses"]
                .as_array()?
                .iter()
                .map(|c| c["kind"].as_str().unwrap().to_string())
                .collect();
            kinds.sort();
            kinds.dedup();
            kinds
                .iter()
                .any(|k| k == "change-with-notice")
                .then(|| (s["heading"].as_str().unwrap().to_string(), kinds))
        })
        .collect();
    assert_eq!(indexed.len(), 2, "{indexed:?}");
    assert_eq!(indexed, shown);
    let matrix = sb.run(&["--no-refresh", "clauses", "--json"]).ok().json();
    let clauses = &matrix["companies"][0]["clauses"];
    assert!(clauses.get("change-without-notice").is_none(), "{clauses}");
    assert!(clauses.get("change-with-notice").is_some(), "{clauses}");
}

/// Errors a newcomer's trial met: each says what is wrong once, in one line, naming the file.
#[test]
fn errors_say_what_is_wrong_once() {
    let sb = Sandbox::with_seeds();
    // A path to nothing is said to be one, not taken for a company's name.
    let r = sb.run(&["show", "/nonexistent/x.txt"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("no such file: /nonexistent/x.txt"),
        "{}",
        r.stderr
    );
    // An OS error is named once ("Not a directory (os error 20)" was printed twice).
    let file = sb.dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    let out = file.join("sub");
    let r = sb.run_bare(&[
        "gen-corpus",
        "--policies",
        "3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr.matches("os error").count(), 1, "{}", r.stderr);
    // No folder holds no company.
    let r = sb.run_bare(&[
        "gen-corpus",
        "--policies",
        "3",
        "--out",
        "x",
        "--shard-size",
        "0",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("must be at least 1"), "{}", r.stderr);
    // A file of no segments scores nothing, rather than every kind "below".
    let empty = sb.dir.path().join("empty.jsonl");
    std::fs::write(&empty, b"").unwrap();
    let r = sb.run_bare(&["evaluate", empty.to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("holds no segments"), "{}", r.stderr);
    // A catalogue naming a kind that is not there names its file.
    let catalogue = sb.dir.path().join("bad.toml");
    std::fs::write(
        &catalogue,
        b"[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\nsupersedes = [\"nosuchkind\"]\n\n  [[kind.rule]]\n  anchor = [\"xyz\"]\n",
    )
    .unwrap();
    let r = sb.run(&["--catalogue", catalogue.to_str().unwrap(), "clauses"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("bad.toml (kind x)"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn clause_filter_in_search() {
    let sb = Sandbox::with_seeds();
    let v = sb
        .run(&["search", "clause:merger-transfer", "--json"])
        .ok()
        .json();
    let companies = company_names(&v);
    assert_eq!(companies.len(), 2, "{companies:?}");
    assert!(companies.contains(&"FROM JAPAN") && companies.contains(&"Japan Auto Parts.com"));
    for hit in v["hits"].as_array().unwrap() {
        assert!(
            hit["clauses"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k == "merger-transfer")
        );
        // The snippet is the clause, with its trigger words marked.
        assert!(!hit["highlights"].as_array().unwrap().is_empty(), "{hit}");
    }
    let v = sb
        .run(&["search", "clause:no-sale -company:legs", "--json"])
        .ok()
        .json();
    let companies = company_names(&v);
    assert!(!companies.contains(&"Legs Japan"));
    assert!(companies.contains(&"Japan Talk"));
    // OR joins two clause filters; without it both must hold.
    let total = |q: &str| {
        let v = sb.run(&["search", q, "--json"]).ok().json();
        v["total_hits"].as_u64().unwrap()
    };
    let (merger, no_sale) = (total("clause:merger-transfer"), total("clause:no-sale"));
    let (either, both) = (
        total("clause:merger-transfer OR clause:no-sale"),
        total("clause:merger-transfer clause:no-sale"),
    );
    assert!(merger > 0 && no_sale > 0);
    assert_eq!(either + both, merger + no_sale);
    assert!(either > merger.max(no_sale), "{either} {merger} {no_sale}");
    // A family names all its kinds.
    let family = total("clause:change");
    assert!(
        family >= total("clause:change-with-notice").max(total("clause:change-without-notice"))
    );
    assert!(family > 0);
}

#[test]
fn clauses_matrix() {
    let sb = Sandbox::with_seeds();
    let v = sb.run(&["clauses", "--json"]).ok().json();
    assert!(v["kinds"].as_array().unwrap().len() >= 18);
    let companies = v["companies"].as_array().unwrap();
    assert_eq!(companies.len(), 5);
    let talk = companies
        .iter()
        .find(|c| c["company"] == "Japan Talk")
        .unwrap();
    let no_sale = &talk["clauses"]["no-sale"];
    assert_eq!(no_sale["count"], 1);
    assert!(
        no_sale["quote"]
            .as_str()
            .unwrap()
            .starts_with("Japan Talk does not rent, sell")
    );
    let r = sb.run(&["clauses"]).ok();
    assert!(r.stdout.starts_with("company"), "{}", r.stdout);
    assert!(r.stdout.contains("merger-transfer"));
    let none = sb.run(&["clauses", "--company", "zzz"]);
    assert_eq!(none.code, 1);
    assert!(
        none.stderr.contains("no company matches"),
        "{}",
        none.stderr
    );
    let r = sb.run(&["clauses", "--quotes", "--company", "legs"]).ok();
    assert!(r.stdout.contains("We will not sell or share"));
    // A list item is quoted after the lead-in that negates it, not as its opposite (found by
    // a journalist's trial).
    sb.write(
        "listed.example.md",
        "# Listed Privacy Policy\n\nWe will not:\n\n- sell or rent your data to third parties\n- send you marketing\n".as_bytes(),
    );
    let v = sb
        .run(&[
            "clauses",
            "--json",
            "--company",
            "listed",
            "--kind",
            "no-sale",
        ])
        .ok()
        .json();
    let quote = v["companies"][0]["clauses"]["no-sale"]["quote"].to_string();
    assert!(quote.starts_with("\"We will not: "), "{quote}");
    // Some kinds only, and the companies that have them; a family stands for its kinds.
    let v = sb
        .run(&[
            "clauses",
            "--json",
            "--kind",
            "merger",
            "--kind",
            "retention",
        ])
        .ok()
        .json();
    let ids: Vec<&str> = v["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "merger-transfer",
            "retention-limited",
            "retention-indefinite"
        ]
    );
    let companies = v["companies"].as_array().unwrap();
    assert!(!companies.is_empty() && companies.len() < 5, "{v}");
    for c in companies {
        let kinds: Vec<&String> = c["clauses"].as_object().unwrap().keys().collect();
        assert!(!kinds.is_empty() && kinds.iter().all(|k| ids.contains(&k.as_str())));
    }
    // Who has one kind but not another.
    let v = sb
        .run(&[
            "clauses",
            "--json",
            "--kind",
            "no-sale",
            "--without",
            "merger-transfer",
        ])
        .ok()
        .json();
    // FROM JAPAN promises no sale but may share on a merger.
    let listed = v["companies"].as_array().unwrap();
    assert!(!listed.is_empty(), "{v}");
    for c in listed {
        assert_ne!(c["company"], "FROM JAPAN", "{v}");
        assert!(c["clauses"]["no-sale"]["count"].as_u64().unwrap() > 0);
    }
    let bad = sb.run(&["clauses", "--kind", "ads"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr
            .contains("did you mean advertising or targeted-ads?"),
        "{}",
        bad.stderr
    );
}

#[test]
fn classify_reads_json_lines() {
    use std::io::Write;
    let sb = Sandbox::empty();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_policytui"))
        .arg("classify")
        .current_dir(sb.dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            // The first line opens with a byte-order mark, as a file saved on Windows does.
            b"\xef\xbb\xbf{\"id\": \"a\", \"text\": \"We will not sell your data. We may share it in a merger.\"}\nnot json\n\n{\"id\": 2, \"text\": \"\"}\n{\"id\": 3}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    let kinds: Vec<&str> = lines[0]["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["no-sale", "merger-transfer"]);
    assert_eq!(lines[0]["clauses"][1]["start"], 28);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["clauses"].as_array().unwrap().len(), 0);
    assert!(lines[3]["error"].is_string());
}

#[test]
fn evaluate_prints_scores() {
    let Some(root) = common::shared_corpus() else {
        return;
    };
    let sb = Sandbox::empty();
    let file = root.join("opp115/segments.jsonl");
    let file = std::fs::canonicalize(file).unwrap();
    let r = sb.run(&["evaluate", file.to_str().unwrap()]).ok();
    assert!(r.stdout.contains("merger-transfer"));
    let v = sb
        .run(&["evaluate", file.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(v["segments"], 2531);
    assert_eq!(v["kinds"].as_array().unwrap().len(), 11);
    // `--errors` takes a catalogue id or family name for the row that scores it, and refuses a
    // kind the evaluation does not score instead of printing nothing.
    let path = file.to_str().unwrap();
    let r = sb
        .run(&[
            "evaluate",
            path,
            "--errors",
            "retention-indefinite",
            "-n",
            "1",
        ])
        .ok();
    assert!(
        r.stdout.contains("false positives of retention-*"),
        "{}",
        r.stdout
    );
    // With --json, the errors asked for are in the JSON, not left out.
    let v = sb
        .run(&["evaluate", path, "--errors", "no-sale", "-n", "2", "--json"])
        .ok()
        .json();
    let errors = v["errors"].as_array().expect("errors in the JSON");
    let sorts: Vec<&str> = errors
        .iter()
        .map(|e| e["error"].as_str().unwrap())
        .collect();
    assert_eq!(
        sorts,
        [
            "false positive",
            "false positive",
            "false negative",
            "false negative"
        ]
    );
    assert!(errors[0]["trigger"].is_string() && errors[3]["trigger"].is_null());
    assert!(errors.iter().all(|e| e["kind"] == "no-sale"));
    let r = sb.run(&["evaluate", path, "--errors", "bogus"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no such kind"), "{}", r.stderr);
}

#[test]
fn user_catalogue_adds_kinds() {
    let sb = Sandbox::with_seeds();
    let catalogue = sb.dir.path().join("mine.toml");
    std::fs::write(
        &catalogue,
        "[[kind]]\nid = \"japan\"\nlabel = \"mentions Japan\"\nvalence = \"neutral\"\n[[kind.rule]]\nanchor = [\"japan\"]\n",
    )
    .unwrap();
    let v = sb
        .run(&[
            "--catalogue",
            catalogue.to_str().unwrap(),
            "search",
            "clause:japan",
            "--json",
        ])
        .ok()
        .json();
    assert!(v["total_hits"].as_u64().unwrap() >= 3, "{v}");
    std::fs::write(&catalogue, "[[kind]]\nid = \"broken\"\n").unwrap();
    let r = sb.run(&["--catalogue", catalogue.to_str().unwrap(), "stats"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

/// `policytui stats | head -1`: a reader that stops early closes the pipe, and every command
/// must take that quietly (no panic, no message), as Unix tools do.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let sb = Sandbox::with_seeds();
    sb.run(&["index"]).ok();
    for args in [
        &["stats"][..],
        &["index"],
        &["clauses"],
        &["search", "cookies"],
        &["show", "legsjapan"],
    ] {
        let mut child = sb
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the child has written anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.code() != Some(101) && !stderr.contains("panicked"),
            "{args:?}: {:?} {stderr}",
            out.status
        );
    }
}

/// A new title over the first section's text, its old heading dropped, is a change of the
/// words and a retitling, not a section removed: the bare title held no text.
#[test]
fn diff_counts_no_bare_heading_as_a_section_removed() {
    let sb = Sandbox::empty();
    sb.write(
        "acme.example@2015-01-01.md",
        b"# Acme Forums - Privacy Policy\n\n**Overview**\n\nAcme is a community of programmers.\n\n**Statement**\n\nWe respect your privacy.\n",
    );
    sb.write(
        "acme.example@2016-01-01.md",
        b"# Privacy | Acme\n\nAcme is a community of programmers.\n\n### Statement\n\nWe respect your privacy.\n",
    );
    let v = sb.run(&["diff", "acme.example", "--json"]).ok().json();
    assert_eq!(v["sections_removed"], serde_json::json!([]), "{v}");
    assert_eq!(v["sections_added"], serde_json::json!([]), "{v}");
    assert_eq!(
        v["sections_retitled"],
        serde_json::json!([["Overview", "Privacy | Acme"]]),
        "{v}"
    );
}

/// `diff COMPANY` compares its two newest versions: a promise dropped shows as a clause lost,
/// the admission that replaced it as one gained, and a section only retitled as such.
#[test]
fn diff_tells_what_changed_between_versions() {
    let sb = Sandbox::empty();
    sb.write(
        "acme.example@2015-01-01.md",
        b"# Acme Privacy Policy\n\n## Sharing\n\nAcme does not rent, sell, or share personal information about you with other companies.\n\n## Cookies\n\nWe use cookies to remember your settings.\n",
    );
    sb.write(
        "acme.example@2016-01-01.md",
        b"# Acme Privacy Policy\n\n## Sharing\n\nAcme may rent, sell, or share personal information about you with other companies.\n\n## Cookies and you\n\nWe use cookies to remember your settings.\n",
    );
    sb.write(
        "acme.example@2014-01-01.md",
        b"# Acme Privacy Policy\n\n## Sharing\n\nAcme does not share personal information.\n",
    );
    let r = sb.run(&["diff", "acme.example"]).ok();
    assert!(
        r.stdout
            .starts_with("acme.example@2015-01-01 → acme.example@2016-01-01"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("retitled: Cookies → Cookies and you"),
        "{}",
        r.stdout
    );
    // The promise struck out is seen in its sentence, as a word diff reads.
    assert!(
        r.stdout
            .contains("  …Acme Privacy Policy Sharing Acme [-does not-] {+may+} rent, sell, or share personal information…"),
        "{}",
        r.stdout
    );
    // Named the wrong way round: said, the changes read as named.
    let r = sb
        .run(&["diff", "acme.example@2016", "acme.example@2015"])
        .ok();
    assert!(r.stderr.contains("is newer than"), "{}", r.stderr);
    assert!(r.stdout.contains("{+does not+}"), "{}", r.stdout);
    // A version named is compared with the newest: what changed since 2014.
    let r = sb.run(&["diff", "acme.example@2014"]).ok();
    assert!(
        r.stdout
            .starts_with("acme.example@2014-01-01 → acme.example@2016-01-01"),
        "{}",
        r.stdout
    );
    // The newest named by its date is compared with the one before it, and that is said; the
    // company named alone is compared so without a note.
    let r = sb.run(&["diff", "acme.example@2016"]).ok();
    assert!(
        r.stdout
            .starts_with("acme.example@2015-01-01 → acme.example@2016-01-01"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("acme.example@2016-01-01 is the newest version"),
        "{}",
        r.stderr
    );
    assert_eq!(sb.run(&["diff", "acme.example"]).ok().stderr, "");
    let v = sb.run(&["diff", "acme.example", "--json"]).ok().json();
    assert_eq!(v["same_text"], false);
    // The words struck out and written, one passage each: the sale and the heading, each with
    // the words around it.
    assert_eq!(
        v["text_changes"],
        serde_json::json!([
            {"old": "does not", "new": "may",
             "before": "Acme Privacy Policy Sharing Acme",
             "after": "rent, sell, or share personal information"},
            {"old": "", "new": "and you",
             "before": "about you with other companies. Cookies",
             "after": "We use cookies to remember your"},
        ])
    );
    assert_eq!(v["sections_changed"], serde_json::json!(["Sharing"]));
    assert_eq!(v["kinds"]["no-sale"], serde_json::json!([1, 0]));
    assert_eq!(v["kinds"]["sells-or-shares"], serde_json::json!([0, 1]));
    assert_eq!(v["clauses_lost"][0]["kind"], "no-sale");
    assert_eq!(v["clauses_gained"][0]["kind"], "sells-or-shares");
    assert!(
        v["clauses_gained"][0]["sentence"]
            .as_str()
            .unwrap()
            .starts_with("Acme may rent")
    );
    // Where to cite it: the section, its number, and the sentence's offset in the new
    // version's text as `show --json` gives it.
    assert_eq!(v["new_file"], "acme.example@2016-01-01.md");
    assert_eq!(v["clauses_gained"][0]["section"], "Sharing");
    let start = v["clauses_gained"][0]["start"].as_u64().unwrap() as usize;
    let shown = sb
        .run(&["show", "acme.example@2016-01-01", "--json"])
        .ok()
        .json();
    let ordinal = v["clauses_gained"][0]["ordinal"].as_u64().unwrap() as usize;
    let section = &shown["sections"][ordinal];
    let from = start - section["start"].as_u64().unwrap() as usize;
    assert!(
        section["text"].as_str().unwrap()[from..].starts_with("Acme may rent"),
        "{section}"
    );
    let end = v["clauses_gained"][0]["end"].as_u64().unwrap() as usize;
    assert!(
        section["text"].as_str().unwrap()[from..end - start + from]
            .ends_with("with other companies."),
        "{section}"
    );
    // Named both ways round, and a company with one version is refused with a way out.
    let v = sb
        .run(&[
            "diff",
            "acme.example@2016-01-01",
            "acme.example@2015-01-01",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(v["clauses_gained"][0]["kind"], "no-sale");
    // Named by their files, as `show` takes them: relative to the data folder.
    let v = sb
        .run(&[
            "diff",
            "acme.example@2015-01-01.md",
            "acme.example@2016-01-01.md",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(v["clauses_gained"][0]["kind"], "sells-or-shares");
    // The same text cut into sections differently ("Sharing: Acme …" run in, then set apart)
    // is no change of the text, whatever the sections say.
    sb.write(
        "recut.example@2015-01-01.md",
        b"# Recut\n\nSharing: Acme does not sell personal information.\n\nCookies: We use cookies.\n",
    );
    sb.write(
        "recut.example@2016-01-01.md",
        b"# Recut\n\n## Sharing\n\nAcme does not sell personal information.\n\n## Cookies\n\nWe use cookies.\n",
    );
    let v = sb.run(&["diff", "recut.example", "--json"]).ok().json();
    assert_eq!(v["text_changes"], serde_json::json!([]), "{v}");
    assert_eq!(v["same_text"], true);
    assert_eq!(v["clauses_gained"], serde_json::json!([]));
    sb.write("solo.example.md", b"# Solo\n\nWe never sell your data.\n");
    let r = sb.run(&["diff", "solo.example"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("one version only"), "{}", r.stderr);
}

/// A sampled search's company estimate: one policy of thousands of matching sections is one
/// company, however many of the sample's windows it spans (it was estimated as every company
/// of the corpus).
#[test]
fn a_long_policy_counts_once_in_a_sampled_estimate() {
    let sb = Sandbox::empty();
    let mut big = String::from("# Big Privacy Policy\n\n");
    for i in 0..6000 {
        big.push_str(&format!(
            "## Section {i}\n\nWe never sell data in section {i} of this long text.\n\n"
        ));
    }
    sb.write("big.example.com.md", big.as_bytes());
    for n in ["a", "b"] {
        sb.write(
            &format!("{n}.example.org.md"),
            format!("# {n} Privacy\n\nWe never sell your data.\n").as_bytes(),
        );
    }
    for i in 0..30 {
        sb.write(
            &format!("other{i}.example.net.md"),
            format!("# Other {i}\n\nWe collect your email address.\n").as_bytes(),
        );
    }
    let exact = sb.run(&["search", "never", "--json"]).ok().json();
    assert_eq!(exact["total_companies"], 3);
    let v = sb
        .run(&["search", "never", "--sample", "200", "--json"])
        .ok()
        .json();
    assert_eq!(v["exact"], false, "{v}");
    assert!(v["total_companies"].as_u64().unwrap() <= 4, "{v}");
}

#[test]
fn a_policy_in_another_language_says_its_clauses_went_unread() {
    let sb = Sandbox::empty();
    sb.write(
        "beispiel.de.md",
        "# Datenschutzerklärung\n\n## Weitergabe\n\nWir verkaufen Ihre personenbezogenen Daten nicht an Dritte. Im Falle einer Fusion oder Übernahme können Ihre Daten an den Erwerber übertragen werden. Wir verwenden Cookies, um Ihre Einstellungen zu speichern und die Nutzung unserer Website zu analysieren. Sie können der Verarbeitung Ihrer Daten jederzeit widersprechen und die Löschung Ihrer Daten verlangen. Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist, und löschen sie danach. Diese Datenschutzerklärung kann von Zeit zu Zeit geändert werden.\n".as_bytes(),
    );
    let r = sb.run(&["show", "beispiel.de", "--clauses"]).ok();
    assert!(
        r.stdout.contains("does not read as English"),
        "{}",
        r.stdout
    );
    // An English policy says nothing of the kind.
    let sb = Sandbox::with_seeds();
    let r = sb.run(&["show", "japan talk", "--clauses"]).ok();
    assert!(!r.stdout.contains("does not read as English"));
}

#[test]
fn clauses_of_every_version_show_a_promise_dropped() {
    let sb = Sandbox::empty();
    sb.write(
        "acme.example@2015-01-01.md",
        b"# Acme Privacy Policy\n\n## Sharing\n\nAcme does not rent, sell, or share personal information about you with other companies.\n",
    );
    sb.write(
        "acme.example@2016-01-01.md",
        b"# Acme Privacy Policy\n\n## Sharing\n\nAcme may rent, sell, or share personal information about you with other companies for their own marketing.\n",
    );
    // The newest only, by default; every version, oldest first, on request.
    let v = sb.run(&["clauses", "--json"]).ok().json();
    assert_eq!(v["companies"].as_array().unwrap().len(), 1);
    let v = sb.run(&["clauses", "--all-versions", "--json"]).ok().json();
    let rows = v["companies"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["archived"], "2015-01-01");
    assert_eq!(rows[0]["clauses"]["no-sale"]["count"], 1);
    assert!(rows[1]["clauses"].get("no-sale").is_none());
    assert_eq!(rows[1]["clauses"]["sells-or-shares"]["count"], 1);
    let r = sb.run(&["clauses", "--all-versions"]).ok();
    assert!(r.stdout.contains("Acme 2015-01-01"), "{}", r.stdout);
    // An old version named by its id is that version.
    let v = sb
        .run(&["clauses", "--company", "acme.example@2015-01-01", "--json"])
        .ok()
        .json();
    assert_eq!(v["companies"][0]["policy_id"], "acme.example@2015-01-01");
}
