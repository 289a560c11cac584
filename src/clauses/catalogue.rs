//! The clause catalogue: kinds and their rules, as data (`catalogue.toml`, embedded; a user
//! file may add or replace kinds). Rules are plain term lists so that a reviewer can read what
//! fires, and a researcher can add a kind without touching code.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::corpus::toml_error::toml_error;

const BUILTIN: &str = include_str!("catalogue.toml");

#[derive(Debug, Error)]
pub enum CatalogueError {
    #[error("clause catalogue {origin}: {message}")]
    Invalid { origin: String, message: String },
    /// The cause is in the message and not a `source`, so that a chain of causes printed
    /// whole does not say it twice.
    #[error("cannot read clause catalogue {path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error(
        "clause catalogue: its terms overlap too much to match at speed (a matcher of more than \
         {limit} steps, of more states and words than it can key, or a word that ends more \
         than 63 terms at once); look for many terms that run on through one shared word"
    )]
    TooManySteps { limit: usize },
}

/// What a clause means for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Valence {
    Good,
    Bad,
    Neutral,
}

impl Valence {
    pub fn name(self) -> &'static str {
        match self {
            Valence::Good => "good",
            Valence::Bad => "bad",
            Valence::Neutral => "neutral",
        }
    }

    /// ✓ good, ✗ bad, • neutral: the mark that works without colour.
    pub fn mark(self) -> char {
        match self {
            Valence::Good => '✓',
            Valence::Bad => '✗',
            Valence::Neutral => '•',
        }
    }
}

impl fmt::Display for Valence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether the rule's anchor must be negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Any,
    Negated,
    Affirmed,
}

/// A term as written in the catalogue, normalized: lowercase words separated by single
/// spaces; `prefix` when it ended in `*`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Term {
    pub text: String,
    pub prefix: bool,
}

impl Term {
    /// `"Opt-Out*"` → `opt out` (prefix). Apostrophes and hyphens are word breaks, as in
    /// the text the detector matches.
    pub fn parse(raw: &str) -> Option<Term> {
        let raw = raw.trim();
        let (body, prefix) = match raw.strip_suffix('*') {
            Some(b) => (b, true),
            None => (raw, false),
        };
        let words: Vec<String> = body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        (!words.is_empty()).then(|| Term {
            text: words.join(" "),
            prefix,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub anchor: Vec<Term>,
    pub polarity: Polarity,
    pub near: Vec<Vec<Term>>,
    /// Groups that need a term before the anchor (within `window`).
    pub before: Vec<Vec<Term>>,
    /// Groups that need a term after the anchor (within `window`).
    pub after: Vec<Vec<Term>>,
    /// Terms one of which must begin within [`OBJECT_REACH`] characters after the anchor: what
    /// the anchor's verb acts on ("to delete *your account*"), whatever `window` allows the
    /// other groups.
    pub object: Vec<Term>,
    /// Terms one of which must end within [`OBJECT_REACH`] characters before the anchor: what
    /// leads to it ("cookies set *by* advertisers", "*serve* third-party ads"), whatever
    /// `window` allows the other groups.
    pub lead: Vec<Term>,
    /// Characters between the anchor and a `near`/`before`/`after` term; `None` for the
    /// whole sentence.
    pub window: Option<usize>,
    pub unless: Vec<Term>,
    pub unless_near: Vec<Term>,
    /// Phrases that take the anchor, or a `near`/`before`/`after` term, out of the rule when
    /// they hold it: the "keep" of "keep in mind" keeps nothing, the "set" of "set forth"
    /// sets no cookie. Unlike `unless_near`, they veto no other word nearby.
    pub not_in: Vec<Term>,
    /// Terms that veto the rule in a list item whose lead-in line holds one ("You have the
    /// right to know:" / "• the categories of personal information we sold").
    pub unless_lead: Vec<Term>,
    /// The anchor must open its sentence (after a list marker or a heading's capitalised
    /// words): "To delete your account, sign in …" gives an instruction, where "… information
    /// to update your account" only names a purpose.
    pub opens: bool,
    /// The word found for the rule's last group (its anchor, if it has none) must end its
    /// sentence, only a stop or closing marks after it: "we might share your personally identifiable information with third parties." says
    /// no more of whom or why, where "… with third parties who help us run the site" bounds it.
    pub ends: bool,
    /// Kind ids, or `kind/rule name`: a clause this rule finds is not shown where a clause of
    /// one of them (found by that rule) lies within [`YIELD_REACH`] bytes of it ("We may update
    /// this policy from time to time", a change without notice on its own, beside "we will
    /// notify you by email of material changes").
    pub yields_to: Vec<String>,
    /// A name for the rule, for `yields_to` to point at.
    pub name: Option<String>,
    /// The rule fires only in a list item that hangs from a lead-in line: a verbless item
    /// ("• To partners, so that they may inform you of offers") says what it says only with
    /// the lead-in's words, which the same words in a sentence of their own do not.
    pub in_items: bool,
}

/// The kind (by index) and, for `kind/name`, the rules of that name (by index) that
/// `reference` names.
pub fn resolve_rule_ref(kinds: &[Kind], reference: &str) -> Option<(usize, Option<Vec<usize>>)> {
    let (kind, rule) = match reference.split_once('/') {
        Some((k, r)) => (k, Some(r)),
        None => (reference, None),
    };
    let k = kinds.iter().position(|o| o.id == kind)?;
    match rule {
        None => Some((k, None)),
        Some(name) => {
            let rules: Vec<usize> = (kinds[k].rules.iter().enumerate())
                .filter(|(_, r)| r.name.as_deref() == Some(name))
                .map(|(i, _)| i)
                .collect();
            (!rules.is_empty()).then_some((k, Some(rules)))
        }
    }
}

/// How near (bytes, before or after) a clause of a kind a rule `yields_to` hides the rule's:
/// a paragraph or two, the section that says how a policy changes.
pub const YIELD_REACH: usize = 1000;

#[derive(Debug, Clone)]
pub struct Kind {
    pub id: String,
    pub label: String,
    pub valence: Valence,
    pub description: String,
    pub supersedes: Vec<String>,
    /// A list item is read with its lead-in: the line ending with a colon it hangs from lends
    /// its terms to the rules' `near` and `before` groups.
    pub from_lead_in: bool,
    /// A sentence that only tells what a refusal costs ("If you disable cookies, parts of the
    /// site may not work") names none of this kind: it warns of a choice, offered elsewhere.
    pub not_in_consequences: bool,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    pub kinds: Vec<Kind>,
    /// Terms of sentences that talk about the document rather than a practice ("This policy
    /// describes … how you can opt out"): no kind fires in them. The vocabulary list
    /// `about_document`, so a user file can extend or replace it.
    pub about_document: Vec<Term>,
    fingerprint: u64,
}

/// The most words a term may have (the matcher remembers where the last so many words began).
pub const MAX_TERM_WORDS: usize = 32;

/// How far after the anchor a rule's `object` may begin (and before it its `lead` may end),
/// in characters.
pub const OBJECT_REACH: usize = 25;

/// The vocabulary list of terms that mark a sentence as being about the document itself.
const ABOUT_DOCUMENT: &str = "about_document";

#[derive(Deserialize)]
struct FileDef {
    #[serde(default)]
    vocab: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    kind: Vec<KindDef>,
}

impl Kind {
    /// The label up to its second verb, which names the kind too: "will not sell" for "will not
    /// sell or share".
    pub fn label_first_verb(&self) -> Option<&str> {
        self.label.split_once(" or ").map(|(first, _)| first)
    }
}

#[derive(Deserialize, Clone)]
struct KindDef {
    id: String,
    label: String,
    valence: Valence,
    #[serde(default)]
    description: String,
    #[serde(default)]
    supersedes: Vec<String>,
    #[serde(default)]
    from_lead_in: bool,
    #[serde(default)]
    not_in_consequences: bool,
    #[serde(default)]
    rule: Vec<RuleDef>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    anchor: Vec<String>,
    #[serde(default)]
    polarity: Polarity,
    #[serde(default)]
    near: Vec<Vec<String>>,
    #[serde(default)]
    before: Vec<Vec<String>>,
    #[serde(default)]
    after: Vec<Vec<String>>,
    #[serde(default)]
    window: Option<usize>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    unless_near: Vec<String>,
    #[serde(default)]
    opens: bool,
    #[serde(default)]
    ends: bool,
    #[serde(default)]
    object: Vec<String>,
    #[serde(default)]
    lead: Vec<String>,
    #[serde(default)]
    not_in: Vec<String>,
    #[serde(default)]
    unless_lead: Vec<String>,
    #[serde(default)]
    yields_to: Vec<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    in_items: bool,
}

fn invalid(origin: &str, message: impl Into<String>) -> CatalogueError {
    CatalogueError::Invalid {
        origin: origin.to_string(),
        message: message.into(),
    }
}

/// Expands `@name` references and parses terms.
fn terms(
    raw: &[String],
    vocab: &BTreeMap<String, Vec<String>>,
    origin: &str,
) -> Result<Vec<Term>, CatalogueError> {
    let mut out = Vec::new();
    for r in raw {
        if let Some(name) = r.strip_prefix('@') {
            let list = vocab
                .get(name)
                .ok_or_else(|| invalid(origin, format!("unknown vocabulary @{name}")))?;
            for item in list {
                if item.starts_with('@') {
                    return Err(invalid(origin, format!("@{name} refers to another list")));
                }
                out.extend(Term::parse(item));
            }
        } else {
            out.extend(Term::parse(r));
        }
    }
    if let Some(long) = out
        .iter()
        .find(|t| t.text.split(' ').count() > MAX_TERM_WORDS)
    {
        return Err(invalid(
            origin,
            format!(
                "the term {:?} has more than {MAX_TERM_WORDS} words",
                long.text
            ),
        ));
    }
    out.sort();
    out.dedup();
    Ok(out)
}

impl Catalogue {
    /// Parses a catalogue; `base` (the built-in one) provides vocabulary and kinds that the
    /// source adds to or replaces.
    fn from_defs(defs: Vec<(String, FileDef)>) -> Result<Catalogue, CatalogueError> {
        let mut vocab: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut kinds: Vec<(String, KindDef)> = Vec::new();
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        for (origin, def) in defs {
            vocab.extend(def.vocab);
            for k in def.kind {
                if k.id.trim().is_empty() {
                    return Err(invalid(&origin, "a kind has an empty id"));
                }
                match kinds.iter_mut().find(|(_, existing)| existing.id == k.id) {
                    Some(slot) => *slot = (origin.clone(), k),
                    None => kinds.push((origin.clone(), k)),
                }
            }
            hasher.update(origin.as_bytes());
        }
        let mut out = Vec::new();
        // Where each kind was read, for an error found once all are known.
        let mut origins = Vec::new();
        for (origin, k) in kinds {
            let origin = format!("{origin} (kind {})", k.id);
            origins.push(origin.clone());
            if k.rule.is_empty() {
                return Err(invalid(&origin, "no rules"));
            }
            let mut rules = Vec::new();
            for r in &k.rule {
                let anchor = terms(&r.anchor, &vocab, &origin)?;
                if anchor.is_empty() {
                    return Err(invalid(&origin, "a rule has no anchor terms"));
                }
                let groups =
                    |defs: &[Vec<String>], what: &str| -> Result<Vec<Vec<Term>>, CatalogueError> {
                        let mut out = Vec::new();
                        for group in defs {
                            let g = terms(group, &vocab, &origin)?;
                            if g.is_empty() {
                                return Err(invalid(&origin, format!("an empty `{what}` group")));
                            }
                            out.push(g);
                        }
                        Ok(out)
                    };
                rules.push(Rule {
                    anchor,
                    polarity: r.polarity,
                    near: groups(&r.near, "near")?,
                    before: groups(&r.before, "before")?,
                    after: groups(&r.after, "after")?,
                    window: r.window,
                    unless: terms(&r.unless, &vocab, &origin)?,
                    unless_near: terms(&r.unless_near, &vocab, &origin)?,
                    opens: r.opens,
                    ends: r.ends,
                    object: terms(&r.object, &vocab, &origin)?,
                    lead: terms(&r.lead, &vocab, &origin)?,
                    not_in: terms(&r.not_in, &vocab, &origin)?,
                    unless_lead: terms(&r.unless_lead, &vocab, &origin)?,
                    yields_to: r.yields_to.clone(),
                    name: r.name.clone(),
                    in_items: r.in_items,
                });
            }
            out.push(Kind {
                id: k.id,
                label: k.label,
                valence: k.valence,
                description: k.description,
                supersedes: k.supersedes,
                from_lead_in: k.from_lead_in,
                not_in_consequences: k.not_in_consequences,
                rules,
            });
        }
        for (k, origin) in out.iter().zip(&origins) {
            let known = |id: &String| resolve_rule_ref(&out, id).is_some();
            let named = k
                .supersedes
                .iter()
                .chain(k.rules.iter().flat_map(|r| &r.yields_to));
            for id in named {
                if !known(id) {
                    return Err(invalid(
                        origin,
                        format!("`supersedes` or `yields_to` names no kind or rule: {id:?}"),
                    ));
                }
            }
        }
        let about_document = match vocab.contains_key(ABOUT_DOCUMENT) {
            true => terms(&[format!("@{ABOUT_DOCUMENT}")], &vocab, "vocabulary")?,
            false => Vec::new(),
        };
        // The fingerprint covers the effective rules, so an index knows when to re-label.
        for k in &out {
            hasher.update(format!("{k:?}").as_bytes());
        }
        hasher.update(format!("{about_document:?}").as_bytes());
        Ok(Catalogue {
            kinds: out,
            about_document,
            fingerprint: hasher.digest(),
        })
    }

    fn parse_file(source: &str, origin: &str) -> Result<FileDef, CatalogueError> {
        toml::from_str(source).map_err(|e| invalid(origin, toml_error(source, &e)))
    }

    /// The built-in catalogue.
    pub fn builtin() -> &'static Catalogue {
        static BUILT: OnceLock<Catalogue> = OnceLock::new();
        BUILT.get_or_init(|| {
            Catalogue::parse(BUILTIN).expect("the built-in clause catalogue is valid")
        })
    }

    /// A catalogue from TOML source alone.
    pub fn parse(source: &str) -> Result<Catalogue, CatalogueError> {
        let def = Catalogue::parse_file(source, "built-in")?;
        Catalogue::from_defs(vec![("built-in".into(), def)])
    }

    /// The built-in catalogue with a user file's kinds and vocabulary added on top.
    pub fn with_user_file(path: &Path) -> Result<Catalogue, CatalogueError> {
        let source = std::fs::read_to_string(path).map_err(|e| CatalogueError::Io {
            path: path.display().to_string(),
            error: e,
        })?;
        let origin = path.display().to_string();
        let builtin = Catalogue::parse_file(BUILTIN, "built-in")?;
        let user = Catalogue::parse_file(&source, &origin)?;
        Catalogue::from_defs(vec![("built-in".into(), builtin), (origin, user)])
    }

    pub fn kind(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The kind ids a user means by `name`: the kind of that id or label (`no-sale`, `"will
    /// not sell"`), or the kinds whose ids it begins when they are one kind (`clause:merg`,
    /// `optout`) or one family (`retention` is `retention-limited` and
    /// `retention-indefinite`). Empty when it names none, or kinds of several families (`s`).
    pub fn resolve(&self, name: &str) -> Vec<&str> {
        let name = name.trim().to_lowercase().replace(['_', ' '], "-");
        if name.is_empty() {
            return Vec::new();
        }
        let dashed = |s: &str| s.to_lowercase().replace(['_', ' '], "-");
        if let Some(k) = self.kinds.iter().find(|k| {
            k.id == name
                || dashed(&k.label) == name
                || k.label_first_verb().is_some_and(|v| dashed(v) == name)
        }) {
            return vec![&k.id];
        }
        // Ids it begins, with or without their hyphens ("nosale", "optout"), as people type
        // ids they half remember: one kind, or one family of them.
        let as_typed: fn(&str) -> String = str::to_string;
        let squashed: fn(&str) -> String = |s| s.replace('-', "");
        for form in [as_typed, squashed] {
            let typed = form(&name);
            let found: Vec<&str> = self
                .kinds
                .iter()
                .map(|k| k.id.as_str())
                .filter(|id| form(id).starts_with(&typed))
                .collect();
            let family = |id: &str| id.split('-').next().unwrap_or("").to_string();
            if let Some(first) = found.first()
                && found.iter().all(|id| family(id) == family(first))
            {
                return found;
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_the_required_kinds() {
        let c = Catalogue::builtin();
        for id in [
            "no-sale",
            "sells-or-shares",
            "merger-transfer",
            "legal-disclosure",
            "advertising",
            "tracking",
            "retention-limited",
            "retention-indefinite",
            "access-deletion",
            "opt-out",
            "change-with-notice",
            "change-without-notice",
            "security",
            "children",
            "international-transfer",
            "do-not-track",
            "consent-by-use",
            "service-providers",
        ] {
            assert!(c.kind(id).is_some(), "missing {id}");
        }
        assert_eq!(c.kind("no-sale").unwrap().valence, Valence::Good);
        assert_eq!(c.kind("merger-transfer").unwrap().valence, Valence::Bad);
    }

    #[test]
    fn terms_normalize() {
        assert_eq!(
            Term::parse("Opt-Out*"),
            Some(Term {
                text: "opt out".into(),
                prefix: true
            })
        );
        assert_eq!(Term::parse("children's").unwrap().text, "children s");
        assert_eq!(Term::parse(" - "), None);
    }

    #[test]
    fn user_file_adds_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("clauses.toml");
        std::fs::write(
            &path,
            "[[kind]]\nid = \"biometrics\"\nlabel = \"biometrics\"\nvalence = \"bad\"\n[[kind.rule]]\nanchor = [\"biometric*\", \"face scan*\"]\n\n[[kind]]\nid = \"children\"\nlabel = \"kids\"\nvalence = \"neutral\"\n[[kind.rule]]\nanchor = [\"kiddos\"]\n",
        )
        .unwrap();
        let c = Catalogue::with_user_file(&path).unwrap();
        assert!(c.kind("biometrics").is_some());
        assert_eq!(c.kind("children").unwrap().label, "kids");
        assert!(c.kind("no-sale").is_some());
        assert_ne!(c.fingerprint(), Catalogue::builtin().fingerprint());
    }

    #[test]
    fn bad_files_are_clear_errors() {
        let err = Catalogue::parse("[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"meh\"\n")
            .unwrap_err();
        assert!(
            err.to_string().starts_with("clause catalogue built-in:"),
            "{err}"
        );
        let err = Catalogue::parse("[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\n[[kind.rule]]\nanchor = [\"@nope\"]\n").unwrap_err();
        assert!(
            err.to_string().contains("unknown vocabulary @nope"),
            "{err}"
        );
        let long = vec!["w"; MAX_TERM_WORDS + 1].join(" ");
        let err = Catalogue::parse(&format!("[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\n[[kind.rule]]\nanchor = [\"{long}\"]\n")).unwrap_err();
        assert!(err.to_string().contains("more than 32 words"), "{err}");
        for bad in ["yields_to = [\"y\"]", "yields_to = [\"x/nameless\"]"] {
            let err = Catalogue::parse(&format!("[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\n[[kind.rule]]\nanchor = [\"a\"]\n{bad}\n")).unwrap_err();
            assert!(err.to_string().contains("names no kind or rule"), "{err}");
        }
        let ok = "[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\n[[kind.rule]]\nname = \"n\"\nanchor = [\"a\"]\nyields_to = [\"x/n\"]\n";
        assert!(Catalogue::parse(ok).is_ok());
    }

    #[test]
    fn resolve_kind_names() {
        let c = Catalogue::builtin();
        assert_eq!(c.resolve("merger"), ["merger-transfer"]);
        assert_eq!(c.resolve("no-sale"), ["no-sale"]);
        assert_eq!(
            c.resolve("retention"),
            ["retention-limited", "retention-indefinite"]
        );
        assert_eq!(
            c.resolve("Change"),
            ["change-with-notice", "change-without-notice"]
        );
        assert_eq!(c.resolve("will not sell"), ["no-sale"]);
        assert_eq!(c.resolve("nosale"), ["no-sale"]);
        assert_eq!(c.resolve("OptOut"), ["opt-out"]);
        assert_eq!(
            c.resolve("ret"),
            ["retention-limited", "retention-indefinite"]
        );
        assert!(
            c.resolve("s").is_empty(),
            "security, sells-or-shares, service-providers"
        );
        assert!(c.resolve("bogus").is_empty());
    }
}
