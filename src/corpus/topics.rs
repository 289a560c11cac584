//! Section topics from a data table (`topics.toml`, embedded). The table is data so that it can
//! be tuned without touching code, and its fingerprint is part of the index version, so changing
//! it re-labels the index.

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

    fn weight(&self) -> u32 {
        self.weight
    }

    fn matches_in(&self, words: &[String]) -> bool {
        if self.whole {
            return words.len() == self.words.len() && self.matches_at(words, 0);
        }
        (0..words.len()).any(|i| self.matches_at(words, i))
    }

    fn matches_at(&self, words: &[String], i: usize) -> bool {
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

    fn count(&self, words: &[String]) -> u32 {
        if self.whole {
            return u32::from(self.matches_in(words));
        }
        (0..words.len())
            .filter(|&i| self.matches_at(words, i))
            .count() as u32
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub aliases: Vec<String>,
    heading: Vec<Keyword>,
    body: Vec<Keyword>,
}

#[derive(Debug, Clone)]
pub struct TopicTable {
    topics: Vec<Topic>,
    fingerprint: u64,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How much body text to read when the heading does not decide.
const BODY_SAMPLE: usize = 4000;
/// Keyword hits in the body needed before trusting them.
const BODY_MIN_SCORE: u32 = 3;

impl TopicTable {
    pub fn parse(source: &str) -> Result<TopicTable, TopicError> {
        let file: TopicFile = toml::from_str(source)
            .map_err(|e| TopicError(super::toml_error::toml_error(source, &e)))?;
        let mut topics = Vec::new();
        for def in file.topic {
            if def.id.is_empty() || topics.iter().any(|t: &Topic| t.id == def.id) {
                return Err(TopicError(format!(
                    "missing or duplicate topic id {:?}",
                    def.id
                )));
            }
            topics.push(Topic {
                heading: def
                    .heading
                    .iter()
                    .filter_map(|k| Keyword::parse(k))
                    .collect(),
                body: def.body.iter().filter_map(|k| Keyword::parse(k)).collect(),
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
        let heading_words = words(heading);
        if let Some(id) = self.best(
            |t| {
                t.heading
                    .iter()
                    .filter(|k| k.matches_in(&heading_words))
                    .map(Keyword::weight)
                    .sum()
            },
            1,
        ) {
            return id;
        }
        let mut end = body.len().min(BODY_SAMPLE);
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let body_words = words(&body[..end]);
        self.best(
            |t| {
                t.body
                    .iter()
                    .map(|k| k.count(&body_words).min(5) * k.weight())
                    .sum()
            },
            BODY_MIN_SCORE,
        )
        .unwrap_or(OTHER)
    }

    fn best(&self, score: impl Fn(&Topic) -> u32, min: u32) -> Option<&str> {
        let mut best: Option<(&str, u32)> = None;
        for topic in &self.topics {
            let s = score(topic);
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
        assert_eq!(topic("Cookies"), "cookies");
        assert_eq!(topic("Contract Changes"), "changes");
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
