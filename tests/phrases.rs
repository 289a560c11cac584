//! Phrases are looked up as word pairs and, around a pivot word ("not", "or"…), triples: they
//! must match exactly what a phrase of words matches, nothing across the heading and the body, and a phrase being typed must find its
//! likely completions. A heading match weighs more than the same word in the body, and a word
//! typed with a typo finds the word it nearly is.

use policytui::search::{Engine, RefreshOptions, SearchRequest, refresh};

fn engine(files: &[(&str, &str)]) -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    for (name, text) in files {
        std::fs::write(data.join(name), text).unwrap();
    }
    let index = dir.path().join("index");
    refresh(&data, &index, &RefreshOptions::default(), &|_| {}).unwrap();
    let engine = Engine::open(&index).unwrap();
    (dir, engine)
}

/// Headings of the sections a query finds, best first.
fn found(engine: &Engine, query: &str, typing: bool) -> Vec<String> {
    let mut req = SearchRequest::new(query, 20);
    req.as_you_type = typing;
    engine
        .search(&req)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.heading)
        .collect()
}

const POLICY: &str = "# Acme Privacy Policy

## Promise

We will not sell your personal information to anyone.

## Almost

We will not, however, sell nothing. Sell we will not.

## Split will not

sell appears only after the heading ends.

## Gap

We will not xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx sell it.

## Send

We will not send you mail you did not ask for.
";

#[test]
fn a_phrase_matches_the_words_in_a_row_and_nothing_else() {
    let (_dir, engine) = engine(&[("acme.md", POLICY)]);
    assert_eq!(found(&engine, "\"will not sell\"", false), ["Promise"]);
    assert_eq!(
        found(&engine, "\"we will not sell your personal\"", false),
        ["Promise"]
    );
    let mut two = found(&engine, "\"will not\"", false);
    two.sort();
    assert_eq!(two, ["Almost", "Gap", "Promise", "Send", "Split will not"]);
    // A quoted single word is the word.
    assert!(found(&engine, "\"anyone\"", false).contains(&"Promise".to_string()));
    // Heading and body are not one run of words.
    assert!(found(&engine, "\"not sell\"", false) == ["Promise"]);
}

#[test]
fn a_phrase_being_typed_finds_its_completions() {
    let (_dir, engine) = engine(&[("acme.md", POLICY)]);
    let mut got = found(&engine, "\"will not se", true);
    got.sort();
    assert_eq!(got, ["Promise", "Send"]);
    let mut got = found(&engine, "\"not s", true);
    got.sort();
    assert_eq!(got, ["Promise", "Send"]);
    // Closing the quote makes it exact.
    assert_eq!(found(&engine, "\"will not send\"", true), ["Send"]);
}

const MERGERS: &str = "# Beta Privacy Policy

## Mergers

In a merger or acquisition your data may be transferred.

## Apart

A merger, or later an acquisition, may happen.

## Order

An acquisition or merger is rare.

## Sale

A merger of equals or a sale of assets or acquisition of shares.
";

#[test]
fn a_phrase_around_a_pivot_matches_the_words_in_a_row() {
    let (_dir, engine) = engine(&[("beta.md", MERGERS)]);
    assert_eq!(
        found(&engine, "\"merger or acquisition\"", false),
        ["Mergers"]
    );
    assert_eq!(
        found(&engine, "\"in a merger or acquisition your\"", false),
        ["Mergers"]
    );
    assert_eq!(
        found(&engine, "\"acquisition or merger\"", false),
        ["Order"]
    );
    assert_eq!(
        found(&engine, "\"sale of assets or acquisition of\"", false),
        ["Sale"]
    );
    // Typing after a pivot completes the triple; typing the pivot completes the pair only.
    assert_eq!(found(&engine, "\"merger or acq", true), ["Mergers"]);
    // ("merger, or" is the pair "merger or": punctuation is not a word.)
    let mut got = found(&engine, "\"merger o", true);
    got.sort();
    assert_eq!(got, ["Apart", "Mergers", "Sale"]);
}

#[test]
fn a_word_in_the_heading_outranks_the_same_word_in_the_body() {
    let filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod";
    let policy = format!(
        "# Beta Privacy Policy\n\n## Other matters\n\n{filler} cookies {filler}\n\n\
         ## Cookies\n\n{filler} tempor {filler}\n"
    );
    let (_dir, engine) = engine(&[("beta.md", &policy)]);
    assert_eq!(
        found(&engine, "cookies", false),
        ["Cookies", "Other matters"]
    );
}

#[test]
fn a_word_being_typed_with_a_typo_finds_the_word_it_nearly_is() {
    let (_dir, engine) = engine(&[("acme.md", POLICY)]);
    // No word starts with "informaton": it is searched as a word with its near spellings.
    assert_eq!(found(&engine, "personal informaton", true), ["Promise"]);
    assert_eq!(found(&engine, "\"informaton", true), ["Promise"]);
    let mut req = SearchRequest::new("informaton", 5);
    req.as_you_type = true;
    let hit = &engine.search(&req).unwrap().hits[0];
    let marked: Vec<&str> = hit
        .highlights
        .iter()
        .map(|r| &hit.snippet[r.clone()])
        .collect();
    assert_eq!(marked, ["information"]);
}

/// A word typed in full finds what it finds once the space after it is typed: `cookies`
/// stands for `cookie` too, and the count must not jump when the space comes.
#[test]
fn a_word_being_typed_finds_its_variants_too() {
    let (_dir, engine) = engine(&[(
        "acme.md",
        "# Acme Privacy Policy\n\n## Cookies\n\nWe set cookies on your device.\n\n## Session\n\nA session cookie expires when you close the browser.\n\n## Settings\n\nYou can change cookiesettings at any time.\n",
    )]);
    let mut typing = found(&engine, "cookies", true);
    let mut typed = found(&engine, "cookies", false);
    typing.sort();
    typed.sort();
    assert!(typing.contains(&"Session".to_string()), "{typing:?}");
    // Still a prefix: the longer word it starts is found while typing.
    assert!(typing.contains(&"Settings".to_string()), "{typing:?}");
    for h in &typed {
        assert!(
            typing.contains(h),
            "{h} found typed, not typing: {typing:?}"
        );
    }
}

/// An excluded word takes its variants with it, an excluded prefix its completions, and an
/// excluded phrase only the sections holding the phrase: as the browser asks (sampled, word
/// being typed) and as a finished query.
#[test]
fn exclusions_cover_variants_completions_and_phrases() {
    let (_dir, engine) = engine(&[(
        "acme.md",
        "# Acme Privacy Policy

## Ads plain

We show advertising on our pages.

## Ads and cookies

We show advertising and set cookies.

## Ads and a cookie

We show advertising and set one cookie.

## Ads and advertisers

We show advertising chosen by advertisers.

## Ads and third parties

We show advertising sold to third parties.

## Ads and parties

We show advertising at third-rate parties.
",
    )]);
    let sorted = |query: &str, typing: bool, sample: Option<usize>| {
        let mut req = SearchRequest::new(query, 20);
        req.as_you_type = typing;
        req.sample = sample;
        let mut got: Vec<String> = engine
            .search(&req)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.heading)
            .collect();
        got.sort();
        got
    };
    for (typing, sample) in [(false, None), (true, Some(4000)), (false, Some(4000))] {
        let all = sorted("advertising", typing, sample);
        assert_eq!(all.len(), 6, "{all:?}");
        assert_eq!(
            sorted("advertising -cookies", typing, sample),
            [
                "Ads and advertisers",
                "Ads and parties",
                "Ads and third parties",
                "Ads plain"
            ],
            "typing {typing}, sample {sample:?}"
        );
        assert_eq!(
            sorted("advertising -advert*", typing, sample),
            Vec::<String>::new(),
            "every section has a completion of advert"
        );
        assert_eq!(
            sorted("advertising -\"third parties\" -cookie", typing, sample),
            ["Ads and advertisers", "Ads and parties", "Ads plain"],
            "typing {typing}, sample {sample:?}"
        );
    }
}
