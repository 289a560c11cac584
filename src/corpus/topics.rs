//! Section topics from a data table (`topics.toml`, embedded). The table is data so that it can
//! be tuned without touching code, and its fingerprint is part of the index version, so changing
//! it re-labels the index.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

const BUILTIN: &str = include_str!("topics.toml");

/// The topic of sections that match nothing.
pub const OTHER: &str = "other";
/// The topic of a policy's opening section under its title.
pub const SCOPE: &str = "scope";

#[derive(Debug, Error)]
#[error("topic table: {0}")]
pub struct TopicError(String);

#[derive(Deserialize)]
struct TopicFile {
    topic: Vec<TopicDef>,
}

#[derive(Deserialize)]
struct TopicDef {
    id: String,
    label: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    heading: Vec<String>,
    #[serde(default)]
    body: Vec<String>,
}

/// One keyword: words in a row, each exact or a prefix; `whole` if it must be all the text.
#[derive(Debug, Clone)]
struct Keyword {
    words: Vec<(String, bool)>,
    whole: bool,
    weight: u32,
}

impl Keyword {
    fn parse(s: &str) -> Option<Keyword> {
        let (whole, s) = match s.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (s, weight) = match s.rsplit_once('^') {
            Some((kw, w)) => (kw, w.trim().parse().ok()),
            None => (s, None),
        };
        let words: Vec<(String, bool)> = s
            .split(|c: char| !(c.is_alphanumeric() || c == '*'))
            .filter(|w| !w.is_empty() && *w != "*")
            .map(|w| match w.strip_suffix('*') {
                Some(stem) => (stem.to_lowercase(), true),
                None => (w.to_lowercase(), false),
            })
            .collect();
        let weight = weight.unwrap_or(words.len().min(3) as u32);
        (!words.is_empty()).then_some(Keyword {
            words,
            whole,
            weight,
        })
    }

    /// Whether the keyword matches at word `i`; a `whole` keyword only at the start of a text
    /// that it fills.
    fn matches_at(&self, words: &[&str], i: usize) -> bool {
        if self.whole && (i != 0 || words.len() != self.words.len()) {
            return false;
        }
        self.words.iter().enumerate().all(|(k, (want, prefix))| {
            words.get(i + k).is_some_and(|w| {
                if *prefix {
                    w.starts_with(want.as_str())
                } else {
                    w == want
                }
            })
        })
    }
}

/// The class of a byte of a word's start for [`KeywordSet`]'s buckets: a letter or digit, or
/// 36 for anything else (the end of the word, a byte of a non-ASCII character).
fn start_class(b: Option<&u8>) -> usize {
    match b {
        Some(b @ b'a'..=b'z') => usize::from(b - b'a'),
        Some(b @ b'0'..=b'9') => 26 + usize::from(b - b'0'),
        _ => 36,
    }
}

const START_CLASSES: usize = 37;

fn bucket_of(word: &str) -> usize {
    let b = word.as_bytes();
    start_class(b.first()) * START_CLASSES + start_class(b.get(1))
}

/// The heading (or body) keywords of every topic, bucketed by the first two bytes of their
/// first word. A text is read once and each of its words meets the one or two keywords that
/// could start there, instead of every keyword reading every word: this ran for every section
/// of every policy indexed and was a fifth of the reading threads' time.
#[derive(Debug, Clone, Default)]
struct KeywordSet {
    /// (topic index, keyword).
    keywords: Vec<(usize, Keyword)>,
    /// Keyword indexes by [`bucket_of`] the words they can start at.
    buckets: Vec<Vec<u32>>,
}

impl KeywordSet {
    fn new(keywords: Vec<(usize, Keyword)>) -> KeywordSet {
        let mut buckets = vec![Vec::new(); START_CLASSES * START_CLASSES];
        for (k, (_, kw)) in keywords.iter().enumerate() {
            let (first, prefix) = &kw.words[0];
            if *prefix && first.len() == 1 {
                // A one-letter stem starts words of any second letter.
                let row = start_class(first.as_bytes().first()) * START_CLASSES;
                for bucket in &mut buckets[row..row + START_CLASSES] {
                    bucket.push(k as u32);
                }
            } else {
                buckets[bucket_of(first)].push(k as u32);
            }
        }
        KeywordSet { keywords, buckets }
    }

    /// Adds each topic's score over `words` to `scores`: a keyword's weight times its matches,
    /// counted up to `cap`.
    fn score(&self, words: &[&str], cap: u32, scores: &mut [u32]) {
        let mut counts = vec![0u32; self.keywords.len()];
        for (i, w) in words.iter().enumerate() {
            for &k in &self.buckets[bucket_of(w)] {
                if self.keywords[k as usize].1.matches_at(words, i) {
                    counts[k as usize] += 1;
                }
            }
        }
        for ((topic, kw), n) in self.keywords.iter().zip(counts) {
            scores[*topic] += n.min(cap) * kw.weight;
        }
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct TopicTable {
    topics: Vec<Topic>,
    heading: KeywordSet,
    body: KeywordSet,
    fingerprint: u64,
}

/// The words of `text`, lowercased into `buf` (one allocation for all of them): runs of
/// letters and digits. ASCII is read byte by byte, anything else a character at a time.
fn words<'a>(text: &str, buf: &'a mut String) -> Vec<&'a str> {
    let mut bytes = std::mem::take(buf).into_bytes();
    bytes.clear();
    let mut ends = Vec::new();
    let mut in_word = false;
    let mut i = 0;
    while i < text.len() {
        let b = text.as_bytes()[i];
        let (alnum, len) = if b < 0x80 {
            let alnum = b.is_ascii_alphanumeric();
            if alnum {
                bytes.push(b.to_ascii_lowercase());
            }
            (alnum, 1)
        } else {
            // `i` starts a character: it only ever moves past whole ones.
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            if c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    let mut utf8 = [0; 4];
                    bytes.extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
                }
            }
            (c.is_alphanumeric(), c.len_utf8())
        };
        if alnum {
            in_word = true;
        } else if in_word {
            ends.push(bytes.len());
            in_word = false;
        }
        i += len;
    }
    if in_word {
        ends.push(bytes.len());
    }
    // Whole characters only went in.
    *buf = String::from_utf8(bytes).unwrap_or_default();
    let buf: &'a str = buf;
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let w = buf.get(start..end).unwrap_or("");
            start = end;
            w
        })
        .collect()
}

/// How much body text to read when the heading does not decide.
const BODY_SAMPLE: usize = 4000;
/// Keyword hits in the body needed before trusting them.
const BODY_MIN_SCORE: u32 = 3;
/// Sections whose topic each reading thread remembers before starting afresh, by a 64-bit hash
/// (about 16 bytes each).
const REMEMBERED_SECTIONS: usize = 1 << 18;

impl TopicTable {
    pub fn parse(source: &str) -> Result<TopicTable, TopicError> {
        let file: TopicFile = toml::from_str(source)
            .map_err(|e| TopicError(super::toml_error::toml_error(source, &e)))?;
        let mut topics = Vec::new();
        let (mut heading, mut body) = (Vec::new(), Vec::new());
        for def in file.topic {
            if def.id.is_empty() || topics.iter().any(|t: &Topic| t.id == def.id) {
                return Err(TopicError(format!(
                    "missing or duplicate topic id {:?}",
                    def.id
                )));
            }
            let t = topics.len();
            heading.extend(
                def.heading
                    .iter()
                    .filter_map(|k| Some((t, Keyword::parse(k)?))),
            );
            body.extend(
                def.body
                    .iter()
                    .filter_map(|k| Some((t, Keyword::parse(k)?))),
            );
            topics.push(Topic {
                id: def.id,
                label: def.label,
                aliases: def.aliases,
            });
        }
        if !topics.iter().any(|t| t.id == OTHER) {
            return Err(TopicError(format!("the table needs a topic {OTHER:?}")));
        }
        Ok(TopicTable {
            topics,
            heading: KeywordSet::new(heading),
            body: KeywordSet::new(body),
            fingerprint: xxhash_rust::xxh3::xxh3_64(source.as_bytes()),
        })
    }

    /// The table compiled into the binary.
    pub fn builtin() -> &'static TopicTable {
        static TABLE: OnceLock<TopicTable> = OnceLock::new();
        TABLE.get_or_init(|| TopicTable::parse(BUILTIN).expect("the built-in topic table is valid"))
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The label of a topic id ("Cookies & tracking"), or the id itself if unknown.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }

    /// A topic id from what a user typed: an id, an alias, or an unambiguous prefix of either
    /// (so a half-typed `topic:ret` already filters).
    pub fn resolve(&self, name: &str) -> Option<&str> {
        let name = name.trim().to_lowercase().replace(['_', ' ', '/'], "-");
        if name.is_empty() {
            return None;
        }
        let exact = self
            .topics
            .iter()
            .find(|t| t.id == name || t.aliases.contains(&name));
        if let Some(t) = exact {
            return Some(&t.id);
        }
        let mut found = self
            .topics
            .iter()
            .filter(|t| t.id.starts_with(&name) || t.aliases.iter().any(|a| a.starts_with(&name)));
        match (found.next(), found.next()) {
            (Some(t), None) => Some(&t.id),
            _ => None,
        }
    }

    /// The topic of a section. `is_title_section` is true for the opening section whose heading
    /// is the document's title: that section introduces the policy whatever its title says.
    pub fn classify(&self, heading: &str, body: &str, is_title_section: bool) -> &str {
        if is_title_section {
            return SCOPE;
        }
        let sample = super::readers::head(body, BODY_SAMPLE);
        // A section read before (the same words in a site's next version, or in another site
        // built from the same template) is not scored again. Keyed by this table too.
        let mut key = xxhash_rust::xxh3::Xxh3::with_seed(self.fingerprint);
        key.update(heading.as_bytes());
        key.update(&[0xFF]); // never in UTF-8: the heading ends here
        key.update(sample.as_bytes());
        let key = key.digest();
        thread_local! {
            static SEEN: RefCell<HashMap<u64, u16>> = RefCell::default();
        }
        let seen = SEEN.with(|seen| seen.borrow().get(&key).copied());
        if let Some(topic) = seen.and_then(|i| self.topics.get(usize::from(i))) {
            return &topic.id;
        }
        let id = self.score_section(heading, sample);
        if let Some(i) = self.topics.iter().position(|t| t.id == id) {
            SEEN.with(|seen| {
                let mut seen = seen.borrow_mut();
                if seen.len() >= REMEMBERED_SECTIONS {
                    seen.clear();
                }
                seen.insert(key, i as u16);
            });
        }
        id
    }

    /// [`TopicTable::classify`] from the keywords: the heading's, else those of the body's
    /// first [`BODY_SAMPLE`] bytes.
    fn score_section(&self, heading: &str, sample: &str) -> &str {
        let mut buf = String::new();
        let mut scores = vec![0; self.topics.len()];
        self.heading
            .score(&words(heading, &mut buf), 1, &mut scores);
        if let Some(id) = self.best(&scores, 1) {
            return id;
        }
        scores.fill(0);
        self.body.score(&words(sample, &mut buf), 5, &mut scores);
        self.best(&scores, BODY_MIN_SCORE).unwrap_or(OTHER)
    }

    /// The first topic with the highest score, if that score is at least `min`.
    fn best(&self, scores: &[u32], min: u32) -> Option<&str> {
        let mut best: Option<(&str, u32)> = None;
        for (topic, &s) in self.topics.iter().zip(scores) {
            if s >= min && best.is_none_or(|(_, b)| s > b) {
                best = Some((&topic.id, s));
            }
        }
        best.map(|(id, _)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(heading: &str) -> &'static str {
        TopicTable::builtin().classify(heading, "", false)
    }

    #[test]
    fn headings_of_the_seed_policies() {
        assert_eq!(topic("Provision to Third Parties"), "sharing");
        assert_eq!(topic("Information Sharing and Disclosure"), "sharing");
        assert_eq!(topic("Section 3: Disclosure to Third Parties"), "sharing");
        assert_eq!(topic("How long do we keep user information?"), "retention");
        // Where data is kept is about place, not time (found by a newcomer's trial).
        assert_eq!(
            topic("5 WHERE WE STORE YOUR PERSONAL DATA"),
            "international"
        );
        assert_eq!(
            topic("Where do we store your personal data?"),
            "international"
        );
        assert_eq!(topic("How long do we store your data?"), "retention");
        assert_eq!(topic("Cookies"), "cookies");
        assert_eq!(topic("Contract Changes"), "changes");
        assert_eq!(topic("Change in Company's Ownership"), "sharing");
        assert_eq!(topic("Acquisition or Changes in Ownership"), "sharing");
        assert_eq!(topic("Business transaction"), "sharing");
        assert_eq!(topic("Legal successors"), "sharing");
        assert_eq!(topic("(e) Corporate Restructuring"), "sharing");
        assert_eq!(topic("New owner."), "sharing");
        assert_ne!(
            topic("Ownership and control of your service data"),
            "sharing"
        );
        assert_eq!(topic("Changes to this Privacy Policy"), "changes");
        assert_eq!(topic("Section 5: Change of Terms"), "changes");
        assert_eq!(topic("Contact Us"), "contact");
        assert_eq!(topic("Disclosure by Law"), "legal");
        assert_eq!(topic("Confidentiality and Security"), "security");
        assert_eq!(topic("What This Privacy Policy Covers"), "scope");
        assert_eq!(
            topic("What information do we collect from you? Why?"),
            "collection"
        );
        assert_eq!(topic("Intended Purpose"), "use");
        assert_eq!(topic("Section 1: Purpose of Use"), "use");
        assert_eq!(
            topic("Disclosure, inquiry, revision, cancellation, deletion of information"),
            "rights"
        );
        assert_eq!(topic("Children's Privacy"), "children");
        assert_eq!(topic("International Data Transfers"), "international");
        assert_eq!(
            topic("Section 4: Outsourcing Personal Information to External Organizations"),
            "sharing"
        );
        assert_eq!(topic("Third-Party Advertising"), "cookies");
        assert_eq!(topic("Information We Collect"), "collection");
        assert_eq!(topic("How We Use Your Information"), "use");
        assert_eq!(topic("Your California Privacy Rights"), "rights");
        assert_eq!(topic("Privacy Policy"), "scope");
        assert_eq!(
            topic("How We Share the Information We Collect and Receive"),
            "sharing"
        );
        assert_eq!(topic("How we use cookies"), "cookies");
        assert_eq!(topic("Use of Cookies"), "cookies");
        assert_eq!(topic("Changes to this policy"), "changes");
        assert_eq!(topic("Right to restriction of processing"), "rights");
        assert_eq!(topic("Device Information"), "collection");
        assert_eq!(topic("Business Transfers"), "sharing");
        assert_eq!(topic("Do Not Track"), "cookies");
        assert_eq!(topic("Data Retention"), "retention");
        assert_eq!(topic("Your California Privacy Rights"), "rights");
        assert_eq!(topic("How to Contact Us"), "contact");
        assert_eq!(topic("Legal Process"), "legal");
        assert_eq!(topic("About this policy"), "scope");
        assert_eq!(topic("Ad settings"), "cookies");
        // Headings a newcomer found filed under the wrong topic.
        assert_eq!(
            topic("What choices do you have about the collection and use of your information?"),
            "rights"
        );
        assert_eq!(topic("Local storage"), "cookies");
        assert_eq!(topic("Companies that Provide Services to AOL"), "sharing");
        assert_eq!(topic("How Information Collected About You Is Used"), "use");
        assert_eq!(topic("If You Send Us Personal Information"), "collection");
        assert_eq!(
            topic("Where your information will be used"),
            "international"
        );
        assert_eq!(topic("Technologies Used"), "cookies");
        // "Age" is not "agent"; "keep" is of data, not of the reader informed.
        assert_ne!(topic("Establishing an Authorized Agent"), "children");
        assert_ne!(
            topic("Join Accounts and Credit Reference Agenices"),
            "children"
        );
        assert_eq!(topic("Children Under the Age of 13"), "children");
        assert_eq!(topic("Minimum Age of our Users"), "children");
        assert_ne!(topic("Keeping You Informed"), "retention");
        assert_ne!(
            topic("Other Things You Should Know (Keep Reading!)"),
            "retention"
        );
        assert_eq!(topic("How long we keep your data"), "retention");
        assert_eq!(topic("How Long Does Okta Keep Your Data?"), "retention");
    }

    #[test]
    fn body_decides_when_heading_says_nothing() {
        let table = TopicTable::builtin();
        let body = "We use cookies and web beacons. Cookies let advertisers track your browser; you can refuse cookies.";
        assert_eq!(table.classify("Miscellaneous", body, false), "cookies");
        assert_eq!(
            table.classify("Miscellaneous", "Nothing relevant here.", false),
            OTHER
        );
        assert_eq!(table.classify("Legs Japan Privacy", body, true), SCOPE);
    }

    /// Every keyword against every word, as the table was first scored: the bucketed
    /// [`KeywordSet`] must give the same topic.
    fn naive_classify<'a>(table: &'a TopicTable, heading: &str, body: &str) -> &'a str {
        fn words(text: &str) -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        }
        let score = |set: &KeywordSet, text: &str, cap: u32| {
            let owned = words(text);
            let words: Vec<&str> = owned.iter().map(String::as_str).collect();
            let mut scores = vec![0; table.topics.len()];
            for (topic, kw) in &set.keywords {
                let n = (0..words.len())
                    .filter(|&i| kw.matches_at(&words, i))
                    .count() as u32;
                scores[*topic] += n.min(cap) * kw.weight;
            }
            scores
        };
        if let Some(id) = table.best(&score(&table.heading, heading, 1), 1) {
            return id;
        }
        let mut end = body.len().min(BODY_SAMPLE);
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        table
            .best(&score(&table.body, &body[..end], 5), BODY_MIN_SCORE)
            .unwrap_or(OTHER)
    }

    #[test]
    fn bucketed_keywords_score_as_every_keyword_against_every_word() {
        let table = TopicTable::builtin();
        let mut cases: Vec<(String, String)> = [
            ("", ""),
            ("a", "a b c"),
            ("Cookies", ""),
            ("COOKIES!", "x"),
            ("İstanbul Σ office", "ΟΔΟΣ data İ retention retained retain"),
            ("1 2 3", "13 under 13 children child"),
            ("Privacy", "privacy policy"),
            (
                "Sharing, disclosure and transfer",
                "shar share shared sharing",
            ),
        ]
        .iter()
        .map(|(h, b)| (h.to_string(), b.to_string()))
        .collect();
        // Every heading and body of the bundled policies and of the shared corpus, and each
        // heading as a body.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let shared = root.join("../shared/corpus/princeton");
        if !shared.is_dir() {
            eprintln!("{} is absent: checking data/ only", shared.display());
        }
        for dir in [root.join("data"), shared] {
            let Ok(corpus) = crate::corpus::load_dir(&dir) else {
                continue;
            };
            for p in &corpus.policies {
                for s in &p.sections {
                    let body = p.text.get(s.body_start..s.span.end).unwrap_or("");
                    cases.push((s.heading.clone(), body.to_string()));
                    cases.push(("Miscellaneous".into(), s.heading.clone()));
                }
            }
        }
        assert!(cases.len() > 50, "{} cases", cases.len());
        for (h, b) in &cases {
            assert_eq!(
                table.classify(h, b, false),
                naive_classify(table, h, b),
                "heading {h:?}"
            );
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_lowercased() {
        let mut buf = String::new();
        for text in [
            "",
            "  ",
            "Cookies & Tracking",
            "third-party, e.g. GDPR/CCPA's 13yo",
            "İstanbul ΟΔΟΣ café\u{a0}naïve — 日本語 x",
            "ends in a word",
            "don’t",
        ] {
            let want: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                .collect();
            assert_eq!(words(text, &mut buf), want, "{text:?}");
        }
    }

    #[test]
    fn resolve_names() {
        let table = TopicTable::builtin();
        assert_eq!(table.resolve("retention"), Some("retention"));
        assert_eq!(table.resolve("cookies-tracking"), Some("cookies"));
        assert_eq!(table.resolve("Law Enforcement"), Some("legal"));
        assert_eq!(table.resolve("ret"), Some("retention"));
        assert_eq!(table.resolve("c"), None);
        assert_eq!(table.resolve(""), None);
    }

    #[test]
    fn user_table_must_have_other() {
        assert!(TopicTable::parse("[[topic]]\nid = \"x\"\nlabel = \"X\"\n").is_err());
    }
}
