//! Finding clauses in text. One pass over the text, word by word ([`TermMatcher`]), finds every
//! catalogue term, negation cue and clause boundary at once; only sentences holding an anchor
//! term are then examined, using those hits alone, and of the rules only those whose anchor and
//! `near` sets the sentence holds (a few words of bits per sentence, see [`Groups`]). Cost: one
//! pass plus work proportional to the matches, whatever the size of the catalogue.

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::catalogue::{
    Catalogue, CatalogueError, OBJECT_REACH, Polarity, Term, Valence, YIELD_REACH,
};
use super::matcher::{Hit, Scratch, TermMatcher};
use super::sentence;
use crate::corpus::Policy;

/// A clause found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseMatch {
    /// Kind id (`no-sale`).
    pub kind: String,
    pub valence: Valence,
    /// Byte span of the sentence that holds the clause.
    pub start: usize,
    pub end: usize,
    /// The words that fired, as written, in text order: `will not … sell … information`.
    pub trigger: String,
    /// Byte spans of those words.
    pub trigger_spans: Vec<Range<usize>>,
    /// Which of the kind's rules fired (0-based, in catalogue order): for error analysis.
    #[serde(skip)]
    pub rule: usize,
    /// The lead-in a list item hangs from ("We will not:" above "• sell or rent your data"),
    /// when it lent the clause a word or its negation: a quote of the item alone would say
    /// the opposite or nothing.
    #[serde(skip)]
    pub lead_in: Option<Range<usize>>,
}

impl ClauseMatch {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Words that negate what follows them in the same clause.
#[rustfmt::skip]
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "none", "nor", "neither", "cannot", "nothing", "nobody", "no one",
    "no longer", "don t", "doesn t", "didn t", "won t", "can t", "isn t", "aren t", "wasn t", "weren t",
    "shouldn t", "wouldn t", "couldn t", "haven t", "hasn t", "hadn t", "dont", "doesnt", "wont", "cant",
    "without first", "without your",
    "nor will", "nor shall", "nor would", "nor is", "nor are", "nor can", "nor do", "nor does",
    // A practice or policy denied: "It is not our practice to sell your personal information"
    // (read as a sale), "It is against our policy to rent …".
    "not our practice to", "not our policy to", "not the practice of", "not the policy of",
    "against our policy to", "against our practice to", "contrary to our policy to",
    // Refusal said as unthinkable: "We would never dream of renting out our subscriber list".
    "never dream of", "not dream of",
];
/// Phrases containing a negation word that do not negate ("not limited to").
#[rustfmt::skip]
const NOT_NEGATIONS: &[&str] = &[
    "not only", "not limited", "not be limited", "whether or not", "not necessarily", "if not", "or not", "or may not", "or might not", "not just",
    "no matter", "no later", "not exclusively", "not all", "not want", "don t want", "doesn t want", "not wish", "don t wish", "no longer want",
    "no longer wish", "not like", "don t like", "not prefer", "that we not", "us not to", "not prohibited", "not otherwise prohibited", "not inconsistent", "not responsible", "no control",
    "not have control", "not control", "no responsibility",
];
/// Words that start a new clause: a negation before them does not reach past them.
#[rustfmt::skip]
const BOUNDARIES: &[&str] = &[
    "but", "however", "except", "unless", "although", "though", "whereas", "other than", "only if", "provided that",
    "and we", "and you", "and they", "or we", "if you", "if we", "when you", "which", "who", "whom",
    "instead", "rather",
    // "Nothing … prevents us from selling": the negation is of the preventing.
    "prevent", "prevents", "prohibit", "prohibits", "preclude", "precludes", "restrict", "restricts",
];
/// Verbs that forbid what follows their "from": "Our contracts prohibit these vendors from
/// selling your data", "We prohibit web beacons from being used to collect …".
#[rustfmt::skip]
const PROHIBITIONS: &[&str] = &[
    "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "preclude", "precludes",
    "precluded",
];
/// Words that send the reader elsewhere: in a sentence that points at another part of the
/// document ("For more information, please see the section below"), what follows the first of
/// them or of the `about_document` terms states nothing.
#[rustfmt::skip]
const POINTERS: &[&str] = &[
    "see", "please see", "please refer", "refer to", "for more information",
    "for further information", "for additional information", "for more details",
    "for further details", "for details", "for full details", "for more detailed information",
    "for information about", "for information on", "to learn more", "learn more about",
    "to find out more", "find out more", "read about", "read more about",
];
/// How far back a negation reaches, in bytes (about eight words).
const NEGATION_REACH: usize = 60;
/// How far back a negation of a list of verbs reaches: "We will not use or disclose your health
/// information for marketing purposes or sell it" (HIPAA's notices). The words between must
/// still be a list of verbs or let the negation through; a determiner ("None of the data
/// collected through web beacons, cookies, …") reaches only [`NEGATION_REACH`].
const VERB_NEGATION_REACH: usize = 90;
/// Negations that work as determiners ("no information is sold"): they reach across the noun
/// phrase they introduce. The others negate a verb and reach it only across transparent words.
#[rustfmt::skip]
const DETERMINER_NEGATIONS: &[&str] = &[
    "no", "none", "nothing", "nobody", "no one", "neither",
    // "Neither we nor our affiliates sell", "Neither Acme nor any of its partners will disclose".
    "nor",
    // "nor will such information be sold": an auxiliary put first reaches across the subject
    // it puts after it.
    "nor will", "nor shall", "nor would", "nor is", "nor are", "nor can", "nor do", "nor does",
    // "It is not the policy of Acme to sell …": across the company's name.
    "not the policy of", "not the practice of",
];
/// Words a verb negation reaches across: auxiliaries, adverbs, coordination ("will not, under
/// any circumstances, knowingly sell"); besides these, only other anchors of the same rule
/// ("does not rent, sell, or share").
#[rustfmt::skip]
const TRANSPARENT: &[&str] = &[
    "be", "been", "being", "ever", "otherwise", "knowingly", "intentionally", "directly", "indirectly", "currently",
    "generally", "voluntarily", "actively", "willingly", "will", "shall", "would", "to", "and", "or",
    "nor", "also", "in", "any", "way", "manner", "under", "circumstances", "ordinarily", "routinely",
    "normally", "typically", "usually", "even", "now", "presently", "do", "does", "did", "have",
    "has", "had", "we", "it", "is", "are", "was", "were", "yet", "further",
    "ourselves", "themselves", "permit", "allow", "s", "t", "so", "either", "such", "that",
    "this", "your", "our", "the", "a", "an", "at", "all", "sell", "rent",
    "share", "disclose", "use", "place", "set", "employ", "utilize", "utilise", "able", "allowed",
    "permitted", "possible", "going", "materially", "substantially", "significantly", "entitled",
    // Other verbs of handing data on, listed with the anchor: "do not sell, trade or rent",
    // "will not sell, distribute or lease".
    "trade", "lease", "lend", "loan", "license", "distribute", "transfer", "exchange", "release",
    "give", "provide", "reveal", "barter",
    // Buying beside selling: "we do not buy or sell personal data" (not a merger's "buy or
    // sell", which needs no negation to be one).
    "buy", "purchase",
    // The nouns of a list of what is not used: "We do not use Google Analytics or any other
    // analytics service", "does not use any tracking technologies or analytics".
    "other", "technologies", "technology", "tools", "services", "service", "software",
    "provider", "providers", "vendors", "processors",
    // "We do not use cookies to track your activity across websites", "We do not use
    // advertising pixels", "does not use tracking cookies".
    "cookies", "advertising", "tracking", "analytics",
    // "We do not use any third-party service providers to process your data".
    "third", "party", "parties", "outside", "external",
    // "Neither we nor our affiliates sell personal information".
    "affiliates", "subsidiaries",
    // "We will not make material changes to this policy without notifying you first".
    "make", "material", "significant", "substantial",
    // "The app does not include any analytics or crash-reporting libraries".
    "include", "includes", "contain", "contains", "embed", "embeds",
    // "The Platform is not involving any selling of user data".
    "involve", "involves", "involving", "engage", "engages", "engaging",
];
/// Shorter "sentences" are headings or fragments, never clauses...
const MIN_SENTENCE_WORDS: usize = 4;
/// ...unless they end like a sentence and read like one, most words in lowercase ("We use
/// cookies.", not the heading "Data Security.").
const MIN_CLOSED_SENTENCE_WORDS: usize = 3;
/// How far `unless_near` reaches, in bytes.
const UNLESS_NEAR_REACH: usize = 40;
/// How far back into the line before a list item a negation lead-in ("We will not:") is seen.
const LEAD_REACH: usize = 40;

type TermId = u32;

/// A set of term ids.
#[derive(Debug, Clone, Default)]
struct TermSet(Vec<u64>);

impl TermSet {
    fn insert(&mut self, id: TermId) {
        let (w, b) = (id as usize / 64, id % 64);
        if self.0.len() <= w {
            self.0.resize(w + 1, 0);
        }
        self.0[w] |= 1 << b;
    }

    fn contains(&self, id: TermId) -> bool {
        let (w, b) = (id as usize / 64, id % 64);
        self.0.get(w).is_some_and(|x| x & (1 << b) != 0)
    }

    fn union(&mut self, other: &TermSet) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// Its words without the empty ones at the end: equal for sets of the same terms.
    fn key(&self) -> &[u64] {
        let used = self.0.iter().rposition(|w| *w != 0).map_or(0, |k| k + 1);
        &self.0[..used]
    }
}

/// The term sets whose presence in a sentence decides which rules to try ("does the sentence
/// hold one of this rule's anchors and a term of each of its `near` sets?"), numbered, and for
/// each term the groups it belongs to. A sentence's groups are the union of its terms' rows:
/// a few words of bits, against a pass over every set of the catalogue for each sentence.
#[derive(Debug, Default)]
struct Groups {
    sets: Vec<TermSet>,
    /// The group of each set, by its [`TermSet::key`].
    ids: std::collections::HashMap<Vec<u64>, u32>,
    /// `rows[term * words..][..words]`: the groups of `term`.
    rows: Vec<u64>,
    words: usize,
}

impl Groups {
    /// The group of `set`: one group for every rule whose set it is (many share `@data`), so
    /// a sentence's rows are as few words as can be.
    fn add(&mut self, set: &TermSet) -> u32 {
        if let Some(&g) = self.ids.get(set.key()) {
            return g;
        }
        let g = self.sets.len() as u32;
        self.ids.insert(set.key().to_vec(), g);
        self.sets.push(set.clone());
        g
    }

    /// Fills the rows once every set is added.
    fn finish(&mut self, terms: usize) {
        self.words = self.sets.len().div_ceil(64).max(1);
        self.rows = vec![0; terms * self.words];
        for (g, set) in self.sets.iter().enumerate() {
            for (w, bits) in set.0.iter().enumerate() {
                let mut bits = *bits;
                while bits != 0 {
                    let term = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if term < terms {
                        self.rows[term * self.words + g / 64] |= 1 << (g % 64);
                    }
                }
            }
        }
    }

    /// The groups of the terms of `hits`, into `out`.
    fn of(&self, hits: &[Hit], out: &mut Vec<u64>) {
        out.clear();
        out.resize(self.words, 0);
        // Rows of a known width are ORed in registers: a sentence has dozens of hits, and a
        // catalogue a few words of groups (nine since the rules of 2026-12-07's last stop,
        // whose 513th group sent every sentence down the loop below: 10 → 34 M instructions
        // a pass).
        match self.words {
            1 => self.or_rows::<1>(hits, out),
            2 => self.or_rows::<2>(hits, out),
            3 => self.or_rows::<3>(hits, out),
            4 => self.or_rows::<4>(hits, out),
            5 => self.or_rows::<5>(hits, out),
            6 => self.or_rows::<6>(hits, out),
            7 => self.or_rows::<7>(hits, out),
            8 => self.or_rows::<8>(hits, out),
            9 => self.or_rows::<9>(hits, out),
            10 => self.or_rows::<10>(hits, out),
            11 => self.or_rows::<11>(hits, out),
            12 => self.or_rows::<12>(hits, out),
            _ => {
                for h in hits {
                    let row = &self.rows[h.term as usize * self.words..][..self.words];
                    for (o, r) in out.iter_mut().zip(row) {
                        *o |= r;
                    }
                }
            }
        }
    }

    fn or_rows<const N: usize>(&self, hits: &[Hit], out: &mut [u64]) {
        let mut acc = [0u64; N];
        for h in hits {
            let at = h.term as usize * N;
            if let Some(row) = self.rows.get(at..at + N) {
                for (a, r) in acc.iter_mut().zip(row) {
                    *a |= r;
                }
            }
        }
        out.copy_from_slice(&acc);
    }
}

impl Groups {
    /// Whether `term` is in group `group`: its row, which a sentence's [`Groups::of`] has just
    /// read, stays in cache where the rules' own term sets, hundreds of them, would not.
    #[inline]
    fn has(&self, term: TermId, group: u32) -> bool {
        self.rows
            .get(term as usize * self.words + group as usize / 64)
            .is_some_and(|w| w & (1 << (group % 64)) != 0)
    }
}

fn has_group(present: &[u64], group: u32) -> bool {
    present
        .get(group as usize / 64)
        .is_some_and(|w| w & (1 << (group % 64)) != 0)
}

/// Where a group's term must be relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Either,
    Before,
    After,
    /// After, within [`OBJECT_REACH`] whatever the rule's window.
    Object,
    /// Before, within [`OBJECT_REACH`] whatever the rule's window.
    Lead,
}

#[derive(Debug)]
struct CompiledRule {
    /// The group (see [`Groups`]) of the anchors.
    anchor_group: u32,
    polarity: Polarity,
    /// The group of each `near` set, with the side of the anchor its term must be on.
    near: Vec<(Side, u32)>,
    window: Option<usize>,
    /// The group of `unless`, if it has terms: a sentence holding it is not tried.
    unless_group: Option<u32>,
    unless_near: TermSet,
    /// The group of `not_in` (see [`super::catalogue::Rule::not_in`]), if it has terms: only a
    /// sentence holding it is searched for them.
    not_in_group: Option<u32>,
    /// See [`super::catalogue::Rule::unless_lead`].
    unless_lead: TermSet,
    /// See [`super::catalogue::Rule::in_items`].
    in_items: bool,
    opens: bool,
    /// See [`super::catalogue::Rule::ends`].
    ends: bool,
    /// Kinds (by index), and rules of theirs if named, whose clauses nearby hide this rule's
    /// (see [`super::catalogue::Rule::yields_to`]).
    yields_to: Vec<(usize, Option<Vec<usize>>)>,
}

#[derive(Debug)]
struct CompiledKind {
    id: String,
    valence: Valence,
    /// The group of the anchors of all its rules.
    anchors_group: u32,
    rules: Vec<CompiledRule>,
    supersedes: Vec<usize>,
    /// See [`super::catalogue::Kind::from_lead_in`].
    from_lead_in: bool,
    /// See [`super::catalogue::Kind::not_in_consequences`].
    not_in_consequences: bool,
}

/// A sentence being examined: its span, its hits, and whether a negated lead-in ("We will
/// not:") governs it.
struct Sentence<'h> {
    start: usize,
    end: usize,
    hits: &'h [Hit],
    /// The hits of the lead-in line the sentence hangs from as a list item, if any.
    lead: &'h [Hit],
    /// Those of its last sentence, which lend terms to the item's rules.
    lead_tail: &'h [Hit],
    lead_negated: bool,
    /// The lead-in line's span, if the sentence hangs from one.
    lead_span: Option<(usize, usize)>,
}

/// A clause found in a sentence, before it is written out.
struct Found {
    /// Index into [`Detector::kinds`].
    kind: usize,
    rule: usize,
    start: usize,
    end: usize,
    /// The hits that fired, in no particular order, possibly twice.
    trigger: Vec<Hit>,
    /// The kinds (bits of [`kind_bit`]) whose clauses in the same sentence hide this one
    /// ("will not sell" hides "sell"); none for a clause shown.
    hidden_by: u64,
    /// The lead-in line's span, when the item is read with it (see [`ClauseMatch::lead_in`]).
    lead_in: Option<(usize, usize)>,
}

/// A kind's bit in a set of kinds. Catalogues of more than 64 kinds share bits among the
/// later ones: a clause may then stay hidden by a kind that does not supersede it, never
/// show where it should not.
fn kind_bit(kind: usize) -> u64 {
    1 << kind.min(63)
}

pub struct Detector {
    kinds: Vec<CompiledKind>,
    matcher: TermMatcher,
    groups: Groups,
    /// The group of `about_document`.
    about_document_group: u32,
    /// The groups of [`LOSSES`] and [`POWERS`].
    losses_group: u32,
    powers_group: u32,
    /// [`SECTION_WORDS`]: a sentence without one points to no section's title.
    section_words: TermSet,
    /// Its terms, for list items' lead-ins: under "This policy describes:" each item names a
    /// topic ("7. How you can correct any inaccuracies in the information.").
    about_document: TermSet,
    /// Whether a rule yields to clauses nearby: then a text's clauses are all found before
    /// any is handed on.
    any_yields: bool,
    /// Whether some kind reads list items with their lead-ins.
    any_from_lead_in: bool,
    any_anchor: TermSet,
    negations: TermSet,
    /// [`PROHIBITIONS`].
    prohibitions: TermSet,
    determiners: TermSet,
    not_negations: TermSet,
    /// [`POINTERS`].
    pointers: TermSet,
    boundaries: TermSet,
}

/// Interns terms, giving each distinct term one id.
#[derive(Default)]
struct Interner {
    terms: Vec<Term>,
    ids: std::collections::HashMap<Term, TermId>,
}

impl Interner {
    fn id(&mut self, term: &Term) -> TermId {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.clone());
        self.ids.insert(term.clone(), id);
        id
    }

    fn set(&mut self, terms: &[Term]) -> TermSet {
        let mut set = TermSet::default();
        for t in terms {
            set.insert(self.id(t));
        }
        set
    }

    fn set_of_words(&mut self, words: &[&str]) -> TermSet {
        let terms: Vec<Term> = words.iter().filter_map(|w| Term::parse(w)).collect();
        self.set(&terms)
    }
}

impl Detector {
    pub fn new(catalogue: &Catalogue) -> Result<Detector, CatalogueError> {
        let mut interner = Interner::default();
        let negations = interner.set_of_words(NEGATIONS);
        let prohibitions = interner.set_of_words(PROHIBITIONS);
        let determiners = interner.set_of_words(DETERMINER_NEGATIONS);
        let not_negations = interner.set_of_words(NOT_NEGATIONS);
        let boundaries = interner.set_of_words(BOUNDARIES);
        let pointers = interner.set_of_words(POINTERS);
        let section_words = interner.set_of_words(SECTION_WORDS);
        let losses = interner.set_of_words(LOSSES);
        let powers = interner.set_of_words(POWERS);
        let about_document = interner.set(&catalogue.about_document);
        let mut groups = Groups::default();
        let about_document_group = groups.add(&about_document);
        let losses_group = groups.add(&losses);
        let powers_group = groups.add(&powers);
        let mut kinds: Vec<CompiledKind> = catalogue
            .kinds
            .iter()
            .map(|k| {
                let rules: Vec<CompiledRule> = k
                    .rules
                    .iter()
                    .map(|r| {
                        let anchor = interner.set(&r.anchor);
                        let near: Vec<(Side, u32)> = r
                            .near
                            .iter()
                            .map(|g| (Side::Either, g))
                            .chain(r.before.iter().map(|g| (Side::Before, g)))
                            .chain(r.after.iter().map(|g| (Side::After, g)))
                            .chain(
                                Some(&r.object)
                                    .filter(|o| !o.is_empty())
                                    .map(|g| (Side::Object, g)),
                            )
                            .chain(
                                Some(&r.lead)
                                    .filter(|l| !l.is_empty())
                                    .map(|g| (Side::Lead, g)),
                            )
                            .map(|(side, g)| (side, groups.add(&interner.set(g))))
                            .collect();
                        let not_in = interner.set(&r.not_in);
                        CompiledRule {
                            anchor_group: groups.add(&anchor),
                            polarity: r.polarity,
                            near,
                            window: r.window,
                            unless_group: Some(interner.set(&r.unless))
                                .filter(|set| !set.is_empty())
                                .map(|set| groups.add(&set)),
                            unless_near: interner.set(&r.unless_near),
                            not_in_group: (!not_in.is_empty()).then(|| groups.add(&not_in)),
                            unless_lead: interner.set(&r.unless_lead),
                            in_items: r.in_items,
                            opens: r.opens,
                            ends: r.ends,
                            yields_to: r
                                .yields_to
                                .iter()
                                .filter_map(|id| {
                                    super::catalogue::resolve_rule_ref(&catalogue.kinds, id)
                                })
                                .collect(),
                        }
                    })
                    .collect();
                let mut anchors = TermSet::default();
                for r in &rules {
                    anchors.union(&groups.sets[r.anchor_group as usize]);
                }
                CompiledKind {
                    id: k.id.clone(),
                    valence: k.valence,
                    anchors_group: groups.add(&anchors),
                    rules,
                    supersedes: Vec::new(),
                    from_lead_in: k.from_lead_in,
                    not_in_consequences: k.not_in_consequences,
                }
            })
            .collect();
        for (i, k) in catalogue.kinds.iter().enumerate() {
            kinds[i].supersedes = k
                .supersedes
                .iter()
                .filter_map(|id| catalogue.kinds.iter().position(|o| o.id == *id))
                .collect();
        }
        let any_yields = kinds
            .iter()
            .any(|k| k.rules.iter().any(|r| !r.yields_to.is_empty()));
        let any_from_lead_in = kinds.iter().any(|k| k.from_lead_in);
        let mut any_anchor = TermSet::default();
        for k in &kinds {
            any_anchor.union(&groups.sets[k.anchors_group as usize]);
        }
        groups.finish(interner.terms.len());
        let matcher =
            TermMatcher::new(&interner.terms).map_err(|_| CatalogueError::TooManySteps {
                limit: super::matcher::MAX_STEPS,
            })?;
        Ok(Detector {
            kinds,
            matcher,
            groups,
            about_document_group,
            about_document,
            losses_group,
            powers_group,
            section_words,
            pointers,
            any_yields,
            any_from_lead_in,
            any_anchor,
            negations,
            prohibitions,
            determiners,
            not_negations,
            boundaries,
        })
    }

    /// The detector for the built-in catalogue.
    pub fn builtin() -> &'static Detector {
        static BUILT: OnceLock<Detector> = OnceLock::new();
        BUILT.get_or_init(|| {
            Detector::new(Catalogue::builtin()).expect("the built-in catalogue builds")
        })
    }

    /// Calls `f` with every term occurrence in `text` (at most [`MAX_TEXT`] bytes), sorted by
    /// start and, for one start, by end. The buffers are the thread's, reused from text to text.
    fn with_hits<R>(&self, text: &str, f: impl FnOnce(&[Hit]) -> R) -> R {
        thread_local! {
            static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::default();
        }
        let mut scratch = SCRATCH.take();
        let r = f(self.matcher.find(text, &mut scratch));
        // Buffers grown for a text past any policy file's size (a long line given to
        // `classify`) are let go, not kept by the thread for good.
        if text.len() <= KEEP_BUFFERS_UP_TO {
            SCRATCH.set(scratch);
        }
        r
    }

    #[doc(hidden)]
    /// Bytes of `text` in sentences that hold an anchor: all that a prefilter on anchors
    /// could let the detector skip is the rest (for benchmarks).
    pub fn anchor_sentence_bytes(&self, text: &str) -> usize {
        let text = readable_part(text, MAX_TEXT);
        let mut covered = 0;
        let mut end = 0;
        let bounds = sentence::Boundaries::new(text);
        self.with_hits(text, |hits| {
            for h in hits {
                if self.any_anchor.contains(h.term) {
                    let (s, e) = bounds.around(text, h.start());
                    covered += e.saturating_sub(s.max(end));
                    end = end.max(e);
                }
            }
        });
        covered
    }

    #[doc(hidden)]
    /// Number of term occurrences in `text` (for benchmarks of the first pass alone).
    pub fn count_terms(&self, text: &str) -> usize {
        self.with_hits(readable_part(text, MAX_TEXT), |hits| hits.len())
    }

    /// All clauses in `text`, in text order.
    pub fn detect(&self, text: &str) -> Vec<ClauseMatch> {
        self.detect_in(text, &[])
    }

    /// All clauses of a policy, in text order; its headings name none.
    pub fn detect_policy(&self, policy: &Policy) -> Vec<ClauseMatch> {
        self.detect_in(&policy.text, &policy.heading_ranges())
    }

    /// All clauses in `text`, in text order, but for sentences within `headings` (byte
    /// ranges, in text order): the headings a reader found in the markup ("## Security of your
    /// information"), which name a subject in any case, title or not.
    pub fn detect_in(&self, text: &str, headings: &[Range<usize>]) -> Vec<ClauseMatch> {
        let mut out = Vec::new();
        self.scan(text, headings, |found| {
            let mut trigger = found.trigger;
            trigger.sort_by_key(|h| h.start());
            trigger.dedup_by_key(|h| (h.start(), h.end()));
            let mut words = String::with_capacity(trigger.len() * 16);
            for (i, h) in trigger.iter().enumerate() {
                if i > 0 {
                    words.push_str(" … ");
                }
                // A term wrapped over a line ("personal\ninformation") is named on one line.
                let term = &text[h.start()..h.end()];
                if term.contains(char::is_whitespace) {
                    words.extend(term.split_whitespace().flat_map(|w| [" ", w]).skip(1));
                } else {
                    words.push_str(term);
                }
            }
            let kind = &self.kinds[found.kind];
            out.push(ClauseMatch {
                kind: kind.id.clone(),
                valence: kind.valence,
                start: found.start,
                end: found.end,
                trigger: words,
                // Highlights stay inside the clause: a word its list's lead-in lent is named in
                // the trigger, not marked on the line above.
                trigger_spans: trigger
                    .iter()
                    .filter(|h| h.start() >= found.start && h.end() <= found.end)
                    .map(|h| h.start()..h.end())
                    .collect(),
                rule: found.rule,
                lead_in: found.lead_in.map(|(ls, le)| ls..le),
            });
        });
        out
    }

    /// How many clauses of each kind `text` holds, by kind number (see [`Detector::kind_id`]),
    /// kinds in the order they first occur: what the index keeps of a section, without the
    /// quotes and triggers [`Detector::detect`] writes out for a reader.
    pub fn kind_counts(&self, text: &str) -> Vec<(u16, u32)> {
        self.kind_counts_in(text, &[])
    }

    /// [`Detector::kind_counts`] but for sentences within `headings` (see
    /// [`Detector::detect_in`]).
    pub fn kind_counts_in(&self, text: &str, headings: &[Range<usize>]) -> Vec<(u16, u32)> {
        let mut counts: Vec<(u16, u32)> = Vec::new();
        self.scan(text, headings, |found| {
            add_one(&mut counts, found.kind as u16)
        });
        counts
    }

    /// True when a clause of one of `counts`' kinds may yield to a clause beyond the text it was
    /// found in (a rule of the kind `yields_to` another): a section's counts read alone may
    /// then differ from its counts in the whole policy, where the notice that a "we may update
    /// this policy" yields to can stand in the next section.
    pub fn may_yield_beyond(&self, counts: &[(u16, u32)]) -> bool {
        counts.iter().any(|&(kind, _)| {
            self.kinds
                .get(usize::from(kind))
                .is_some_and(|k| k.rules.iter().any(|r| !r.yields_to.is_empty()))
        })
    }

    /// [`Detector::kind_counts_in`] of each section of `text` (sections start at `starts`, in
    /// order, the first at 0), read as one text: what [`Detector::detect_policy`] finds in
    /// each section.
    pub fn kind_counts_by_section(
        &self,
        text: &str,
        headings: &[Range<usize>],
        starts: &[usize],
    ) -> Vec<Vec<(u16, u32)>> {
        let mut counts: Vec<Vec<(u16, u32)>> = vec![Vec::new(); starts.len().max(1)];
        self.scan(text, headings, |found| {
            // Text before the first section start counts to the first section.
            let section = starts
                .partition_point(|&s| s <= found.start)
                .saturating_sub(1);
            add_one(&mut counts[section], found.kind as u16);
        });
        counts
    }

    /// The id of kind number `kind` (as [`Detector::kind_counts`] numbers them).
    pub fn kind_id(&self, kind: u16) -> &str {
        self.kinds
            .get(usize::from(kind))
            .map_or("", |k| k.id.as_str())
    }

    /// Finds the clauses of `text`, in text order, handing each to `emit`.
    fn scan(&self, text: &str, headings: &[Range<usize>], mut emit: impl FnMut(Found)) {
        if !self.any_yields {
            return self.scan_sentences(text, headings, emit);
        }
        // Some rules yield to clauses nearby, before or after them: the text's clauses are
        // all found first.
        let mut found: Vec<Found> = Vec::new();
        self.scan_sentences(text, headings, |f| found.push(f));
        // Clauses come by start: those near a clause are a window of them, searched out, so
        // that a long text with many clauses is not read once for each.
        let widest = found.iter().map(|g| g.end - g.start).max().unwrap_or(0);
        // Whether clause `i` yields to a clause nearby that `shown` says is shown.
        let yields = |i: usize, shown: &[bool]| {
            let f = &found[i];
            let rule = &self.kinds[f.kind].rules[f.rule];
            if rule.yields_to.is_empty() {
                return false;
            }
            let lo = found.partition_point(|g| g.start + widest + YIELD_REACH < f.start);
            let hi = found.partition_point(|g| g.start <= f.end + YIELD_REACH);
            // Only to a clause shown in its sentence, not one hidden there by another.
            (lo..hi.max(lo)).any(|j| {
                let g = &found[j];
                shown[j]
                    && rule.yields_to.iter().any(|(k, r)| {
                        *k == g.kind && r.as_ref().is_none_or(|r| r.contains(&g.rule))
                    })
                    && g.end + YIELD_REACH >= f.start
                    && f.end + YIELD_REACH >= g.start
            })
        };
        // A clause hidden by others of its sentence shows if all of them yielded: "we may
        // change this policy by posting it here" is change with notice where the policy
        // promises an email about material changes nearby.
        let shown_given = |i: usize, yielded: &[bool]| {
            let f = &found[i];
            // The sentence's clauses are together: found comes sentence by sentence.
            let lo = found.partition_point(|g| g.start < f.start);
            !yielded[i]
                && (f.hidden_by == 0
                    || !(lo..found.len())
                        .take_while(|&j| found[j].start == f.start)
                        .any(|j| {
                            !yielded[j]
                                && found[j].end == f.end
                                && f.hidden_by & kind_bit(found[j].kind) != 0
                        }))
        };
        // First the clauses no other hides; then, once more, those shown because what hid
        // them yielded: a notice shown so ("You will be notified before we make changes …",
        // whose sentence's "review this revised policy" yielded to it) is one a "may be
        // amended" a sentence before yields to as well.
        let mut shown: Vec<bool> = found.iter().map(|f| f.hidden_by == 0).collect();
        for _ in 0..2 {
            let yielded: Vec<bool> = (0..found.len()).map(|i| yields(i, &shown)).collect();
            let next: Vec<bool> = (0..found.len()).map(|i| shown_given(i, &yielded)).collect();
            if next == shown {
                break;
            }
            shown = next;
        }
        for (f, shown) in found.into_iter().zip(shown) {
            if shown {
                emit(f);
            }
        }
    }

    /// Finds the clauses of `text` sentence by sentence, in text order, handing each to `emit`.
    fn scan_sentences(&self, text: &str, headings: &[Range<usize>], mut emit: impl FnMut(Found)) {
        let masked = mask_escapes(readable_part(text, MAX_TEXT));
        let text: &str = &masked;
        self.with_hits(text, |hits| {
            let (mut present, mut with_lead) = (Vec::new(), Vec::new());
            let bounds = sentence::Boundaries::new(text);
            let mut lead_ins = sentence::LeadIns::default();
            // The headings not yet passed: sentences come in text order.
            let mut headings = headings;
            let mut i = 0;
            while i < hits.len() {
                if !self.any_anchor.contains(hits[i].term) {
                    i += 1;
                    continue;
                }
                let (mut s, e) = bounds.around(text, hits[i].start());
                // A heading run into the sentence names a subject, no clause: its words are
                // passed over, and the sentence starts where the prose does.
                if let Some(prose) = sentence::run_in_heading_end(&text[s..e]) {
                    if hits[i].start() < s + prose {
                        i = partition_near(hits, i, s + prose);
                        continue;
                    }
                    s += prose;
                }
                let first = partition_near(hits, i, s);
                let last = partition_near(hits, i, e);
                // A heading ("Cookies", "Do Not Track") names a subject; it is not a clause. Words
                // are counted only as far as needed: nearly every sentence has enough.
                let sentence_like = |t: &str| {
                    t.trim_end().ends_with(['.', '!', '?'])
                        && t.split_whitespace()
                            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                            .nth(1)
                            .is_some()
                };
                let words = sentence::words_up_to(&text[s..e], MIN_SENTENCE_WORDS);
                let long_enough = words >= MIN_SENTENCE_WORDS
                    || (words >= MIN_CLOSED_SENTENCE_WORDS && sentence_like(&text[s..e]));
                while headings.first().is_some_and(|h| h.end <= s) {
                    headings = &headings[1..];
                }
                // A heading line the reader found names no clause, unless it is a sentence in
                // bold set apart ("**We may amend this Privacy Policy.**"): one ending with a
                // full stop, in lower case but not a title.
                let in_heading = headings.first().is_some_and(|h| h.start <= s && e <= h.end)
                    && !sentence::reads_as_sentence(&text[s..e]);
                if !long_enough
                    || in_heading
                    || sentence::is_question(&text[s..e])
                    || heading_line(text, s, e)
                    || sentence::is_title_run(&text[s..e])
                    || sentence::is_definition(&text[s..e])
                    || sentence::is_change_log_entry(&text[s..e])
                {
                    i = last.max(i + 1);
                    continue;
                }
                // A term can run over the sentence's end ("your\r\n personal" where a line break
                // ends a list item): it belongs to neither side.
                let inside = &hits[first..last];
                let trimmed: Vec<Hit>;
                let inside = if inside.iter().any(|h| h.end() > e) {
                    trimmed = inside.iter().filter(|h| h.end() <= e).copied().collect();
                    &trimmed[..]
                } else {
                    inside
                };
                // The words of a section's title the sentence points to ("as detailed in the
                // Online Tracking and Advertising section below") name that section, not a
                // practice of this sentence.
                let titles = if inside.iter().any(|h| self.section_words.contains(h.term)) {
                    sentence::section_titles(&text[s..e])
                } else {
                    Vec::new()
                };
                let untitled: Vec<Hit>;
                let inside = if titles.is_empty() {
                    inside
                } else {
                    untitled = (inside.iter())
                        .filter(|h| {
                            !titles
                                .iter()
                                .any(|t| s + t.start <= h.start() && h.end() <= s + t.end)
                        })
                        .copied()
                        .collect();
                    &untitled[..]
                };
                let lead_span = lead_ins.lead_in(text, s);
                let (lead, lead_end) = match lead_span {
                    Some((ls, le)) => {
                        let lo = partition_near(hits, first, ls);
                        let mut lead = &hits[lo..partition_near(hits, lo, le)];
                        // A term run on past the lead-in into the item ("rights to:\n• To")
                        // is neither's.
                        while lead.last().is_some_and(|h| h.end() > le) {
                            lead = &lead[..lead.len() - 1];
                        }
                        (lead, le)
                    }
                    None => (&hits[..0], 0),
                };
                // Only the lead-in's last sentence lends terms to the items: in "We use …
                // which includes publishing and distributing content. We also use the
                // information to:", the items are uses, not distributions. (Its whole line
                // still says who acts: "your domain administrator … They may be able to:".)
                let tail_start = lead.first().map_or(0, |h| {
                    text[h.start()..lead_end]
                        .rfind(". ")
                        .map_or(h.start(), |i| h.start() + i + 2)
                });
                let lead_tail = &lead[lead.partition_point(|h| h.start() < tail_start)..];
                let sentence = Sentence {
                    start: s,
                    end: e,
                    hits: inside,
                    lead,
                    lead_tail,
                    lead_negated: self.lead_negated(text, hits, lead, lead_end),
                    lead_span,
                };
                self.sentence(
                    text,
                    hits,
                    &sentence,
                    &mut present,
                    &mut with_lead,
                    &mut emit,
                );
                i = last.max(i + 1);
            }
        });
    }

    /// True when a list item's lead-in, whose hits are `lead` and which ends at `lead_end`, is
    /// negated at its end ("We will not:" then "• sell your data").
    fn lead_negated(&self, text: &str, all: &[Hit], lead: &[Hit], lead_end: usize) -> bool {
        let from = lead_end.saturating_sub(LEAD_REACH);
        lead.iter().any(|h| {
            h.start() >= from
                && self.negations.contains(h.term)
                && !self.is_not_negation(all, h)
                // The items supply the verb it negates: "We will not:", "We will never, under
                // any circumstances:"; not "These changes and deletions will not change or
                // delete:", whose items ("… which may be shared with third parties") are what
                // it does not change.
                && text
                    .get(h.end()..lead_end)
                    .unwrap_or("")
                    .split(|c: char| !c.is_alphanumeric())
                    .all(|w| w.is_empty() || transparent(w))
        })
    }

    fn is_not_negation(&self, hits: &[Hit], cue: &Hit) -> bool {
        let lo = hits.partition_point(|h| h.start() + 20 < cue.start());
        hits[lo..]
            .iter()
            .take_while(|h| h.start() <= cue.start())
            .any(|h| {
                self.not_negations.contains(h.term)
                    && h.start() <= cue.start()
                    && h.end() >= cue.end()
            })
    }

    /// The negation cue that scopes over the anchor, if any. `family` are the anchors of the
    /// rule: a negation distributes over a list of them.
    /// The verb that forbids `anchor`, if one does: "prohibit these vendors from *selling*"
    /// (the anchor right after a "from" that a prohibition comes shortly before), or "prohibit
    /// *web beacons* from being used" (the anchor the prohibition's object, a "from" right
    /// after it). Not a prohibition itself negated: "Nothing in this policy prohibits us from
    /// selling", "We do not prohibit partners from selling".
    fn prohibition(&self, text: &str, sentence: &[Hit], anchor: &Hit) -> Option<Hit> {
        // Hits come by start: only those a reach before the anchor are read, not the sentence.
        let before = sentence.partition_point(|h| h.start() < anchor.start());
        let cue = sentence[..before]
            .iter()
            .rev()
            .take_while(|h| h.start() + 2 * NEGATION_REACH >= anchor.start())
            .filter(|h| h.end() <= anchor.start() && h.end() + NEGATION_REACH >= anchor.start())
            .find(|h| self.prohibitions.contains(h.term))?;
        let between = text.get(cue.end()..anchor.start())?;
        if between.contains([';', ':', '.', '!', '?']) {
            return None;
        }
        // "from selling", or "from using cookies": the anchor, or one gerund, after "from".
        let before = between.trim_end().to_ascii_lowercase();
        let before = match before.rsplit_once(' ') {
            Some((rest, last)) if last.ends_with("ing") => rest.to_string(),
            _ => before,
        };
        let from_before = before.ends_with(" from") || before == "from";
        let object = between.split_whitespace().count() <= 3
            && text
                .get(anchor.end()..)
                .unwrap_or("")
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("from ");
        if !(from_before || object) {
            return None;
        }
        let negated = sentence.iter().any(|h| {
            self.negations.contains(h.term)
                && h.end() <= cue.start()
                && h.end() + NEGATION_REACH >= cue.start()
        });
        (!negated).then_some(*cue)
    }

    fn negation(
        &self,
        text: &str,
        hits: &[Hit],
        sentence: &[Hit],
        sentence_start: usize,
        anchor: &Hit,
        family: u32,
    ) -> Option<Hit> {
        if let Some(cue) = self.prohibition(text, sentence, anchor) {
            return Some(cue);
        }
        let reach = anchor.start().saturating_sub(VERB_NEGATION_REACH);
        let cue_before = |limit: usize| {
            sentence
                .iter()
                .rev()
                .filter(|h| h.end() <= limit && h.start() >= reach)
                .find(|h| self.negations.contains(h.term) && !self.is_not_negation(hits, h))
        };
        let mut cue = cue_before(anchor.start())?;
        // An aside between commas ("we will not, without your consent, sell") is passed over:
        // neither its words nor a negation in it decide.
        let aside = if text.as_bytes()[cue.start()..anchor.start()].contains(&b',') {
            aside(&text.as_bytes()[reach..anchor.start()]).map(|r| reach + r.start..reach + r.end)
        } else {
            None
        };
        let in_aside = |pos: usize| aside.as_ref().is_some_and(|a| a.contains(&pos));
        if in_aside(cue.start()) {
            cue = cue_before(aside.as_ref().map_or(0, |a| a.start))?;
        }
        // "Do not share your password": an instruction to the reader, not a promise.
        let before = text
            .get(sentence_start.min(cue.start())..cue.start())
            .unwrap_or("")
            .trim_matches(|c: char| c.is_whitespace() || "•-*·–(".contains(c));
        let word = &text.as_bytes()[cue.start()..cue.end()];
        let instruction = word.get(..2).is_some_and(|w| w.eq_ignore_ascii_case(b"do"))
            || word.eq_ignore_ascii_case(b"never");
        // … also where "not" is the cue after the imperative's "Do": "Do not share your
        // one-time passcode with anyone".
        // … or after a clause that gives the reason: "…, so do not send confidential information
        // by e-mail".
        let ends_with = |tail: &str| {
            before.len() >= tail.len()
                && before.as_bytes()[before.len() - tail.len()..]
                    .eq_ignore_ascii_case(tail.as_bytes())
        };
        let imperative = word.eq_ignore_ascii_case(b"not")
            && (before.eq_ignore_ascii_case("do")
                || before.eq_ignore_ascii_case("please do")
                || ends_with(" so do")
                || ends_with(", do")
                || ends_with(" please do"));
        if before.is_empty() && instruction || imperative {
            return None;
        }
        let between = &text.as_bytes()[cue.end()..anchor.start()];
        if between
            .iter()
            .any(|b| matches!(b, b';' | b':' | b'.' | b'!' | b'?'))
        {
            return None;
        }
        // A negation inside an opening condition ends at the condition's comma: "If you do not
        // opt out, we may share your information with our partners" shares.
        // (An aside's commas close nothing: "while Udemy does not, in the traditional sense,
        // sell your personal information".)
        let closes = between.iter().enumerate().any(|(i, &b)| {
            let p = cue.end() + i;
            b == b','
                && !aside
                    .as_ref()
                    .is_some_and(|a| p + 1 == a.start || p == a.end || a.contains(&p))
        });
        if closes
            && in_condition(
                text.get(sentence_start.min(cue.start())..cue.start())
                    .unwrap_or(""),
            )
        {
            return None;
        }
        // A boundary set apart as an aside ("We do not, however, share") bounds nothing.
        let blocked = sentence.iter().any(|h| {
            self.boundaries.contains(h.term)
                && h.start() >= cue.end()
                && h.end() <= anchor.start()
                && !in_aside(h.start())
        });
        if blocked {
            return None;
        }
        if self.determiners.contains(cue.term) {
            return (cue.start() + NEGATION_REACH >= anchor.start()).then_some(*cue);
        }
        if verb_list(&text[cue.end()..anchor.start()]) || used_to(&text[cue.end()..anchor.start()])
        {
            return Some(*cue);
        }
        // A verb negation: every word in between must be transparent or another anchor.
        let mut pos = cue.end();
        for word in text[cue.end()..anchor.start()].split(|c: char| !c.is_alphanumeric()) {
            let start = pos;
            pos += word.len() + 1;
            if word.is_empty() || in_aside(start) {
                continue;
            }
            if transparent(word) {
                continue;
            }
            let in_family = sentence.iter().any(|h| {
                self.groups.has(h.term, family)
                    && h.start() <= start
                    && h.end() >= start + word.len()
            });
            if !in_family && !listed_before(&text[start + word.len()..anchor.start()]) {
                return None;
            }
        }
        Some(*cue)
    }

    fn sentence(
        &self,
        text: &str,
        all: &[Hit],
        sentence: &Sentence,
        present: &mut Vec<u64>,
        with_lead: &mut Vec<u64>,
        emit: &mut impl FnMut(Found),
    ) {
        let (s, e) = (sentence.start, sentence.end);
        // A list item under a lead-in about the document ("This policy describes:") names a
        // topic, not a practice.
        if sentence
            .lead
            .iter()
            .any(|h| self.about_document.contains(h.term))
        {
            return;
        }
        self.groups.of(sentence.hits, present);
        // Words about the document point elsewhere: what follows them, or the pointer before
        // them ("This policy describes how we share …", "For details, see the section below on
        // selling"), states nothing, but what comes before still does ("We may sell your
        // information to third parties (see the section below)"). A pointer in brackets is
        // an aside that silences nothing after it ("You have the right to: opt out of
        // cookies (see our Cookie Policy); access, correct or delete your data").
        let pointed: Sentence;
        let aside = |h: &Hit| in_brackets(&text[s..e], h.start() - s, h.end() - s);
        let points_away = has_group(present, self.about_document_group)
            && sentence
                .hits
                .iter()
                .any(|h| self.about_document.contains(h.term) && !aside(h));
        let sentence = match points_away
            .then(|| {
                sentence.hits.iter().position(|h| {
                    (self.about_document.contains(h.term) || self.pointers.contains(h.term))
                        && !aside(h)
                })
            })
            .flatten()
        {
            Some(at) => {
                pointed = Sentence {
                    hits: &sentence.hits[..at],
                    ..*sentence
                };
                self.groups.of(pointed.hits, present);
                &pointed
            }
            None => sentence,
        };
        // A list item is read with its lead-in, which holds its verb or subject: under "we may
        // share your personal data with:", "• Law enforcement bodies;" is a disclosure.
        // The lead-in lends terms to a rule's `near` and `before` groups only: anchors,
        // vetoes and what follows the anchor are the item's own.
        let near_present = if sentence.lead_tail.is_empty() || !self.any_from_lead_in {
            &present[..]
        } else {
            self.groups.of(sentence.lead_tail, with_lead);
            for (w, p) in with_lead.iter_mut().zip(present.iter()) {
                *w |= p;
            }
            &with_lead[..]
        };
        let present = &present[..];
        // (kind, rule, anchor, trigger)
        let mut found: Vec<(usize, usize, Hit, Vec<Hit>)> = Vec::new();
        // Asked once a sentence, and only of sentences where such a kind could fire.
        let consequence = std::cell::OnceCell::new();
        for (ki, kind) in self.kinds.iter().enumerate() {
            if !has_group(present, kind.anchors_group) {
                continue;
            }
            if kind.not_in_consequences
                && *consequence.get_or_init(|| {
                    has_group(present, self.losses_group)
                        && !has_group(present, self.powers_group)
                        && sentence::opens_with_a_refusal(&text[sentence.start..sentence.end])
                })
            {
                continue;
            }
            if let Some((ri, (anchor, trigger))) = kind
                .rules
                .iter()
                .enumerate()
                .filter(|(_, rule)| {
                    let near_present = if kind.from_lead_in {
                        near_present
                    } else {
                        present
                    };
                    has_group(present, rule.anchor_group)
                        && rule.near.iter().all(|&(_, g)| has_group(near_present, g))
                        && !rule.unless_group.is_some_and(|g| has_group(present, g))
                })
                .find_map(|(ri, rule)| {
                    let not_in = rule.not_in_group.is_some_and(|g| has_group(present, g));
                    let lent = if kind.from_lead_in {
                        sentence.lead_tail
                    } else {
                        &[]
                    };
                    self.rule(text, all, sentence, rule, not_in, lent)
                        .map(|t| (ri, t))
                })
            {
                found.push((ki, ri, anchor, trigger));
            }
        }
        // A kind that supersedes another hides it ("will not sell" hides the "sell" it
        // negates), unless a "but" stands between them: "we do not sell your data, but may
        // share it with partners for their offers" says both, and so does "You can delete your
        // account; however, some information may remain in backups".
        // The kinds that hide it, as a set of kind numbers.
        let superseded_by = |kind: usize, anchor: &Hit| {
            found
                .iter()
                // Only a kind that supersedes this one is read for what stands between them.
                .filter(|(by, _, _, _)| self.kinds[*by].supersedes.contains(&kind))
                .filter(|(_, _, by_anchor, _)| {
                    // Said on its own account: after a "but", past a concession, or as the
                    // promise's exception.
                    let between = if by_anchor.end() <= anchor.start() {
                        &text[by_anchor.end()..anchor.start()]
                    } else if anchor.end() <= by_anchor.start() {
                        &text[anchor.end()..by_anchor.start()]
                    } else {
                        ""
                    };
                    !(contrast(between)
                        || conceded(text, s, by_anchor, anchor)
                        || excepted(text, s, by_anchor, anchor))
                })
                .fold(0u64, |set, (by, _, _, _)| set | kind_bit(*by))
        };
        // One kind alone supersedes nothing: most sentences are spared the list.
        let hidden_by: Vec<u64> = if found.len() < 2 {
            Vec::new()
        } else {
            found
                .iter()
                .map(|(kind, _, anchor, _)| superseded_by(*kind, anchor))
                .collect()
        };
        for (i, (kind, rule, _, trigger)) in found.into_iter().enumerate() {
            let hidden_by = hidden_by.get(i).copied().unwrap_or(0);
            // Where rules yield, a clause that hides another may itself yield to one nearby,
            // and the one it hid must then show: the text's pass decides (see `scan`).
            if hidden_by != 0 && !self.any_yields {
                continue;
            }
            // The lead-in is the clause's when it lent a word or its negation.
            let lead_in = sentence
                .lead_span
                .filter(|_| sentence.lead_negated || trigger.iter().any(|h| h.start() < s));
            emit(Found {
                kind,
                rule,
                start: s,
                end: e,
                trigger,
                hidden_by,
                lead_in,
            });
        }
    }

    /// The hits that make `rule` fire in this sentence, if it does.
    fn rule(
        &self,
        text: &str,
        all: &[Hit],
        sentence: &Sentence,
        rule: &CompiledRule,
        holds_not_in: bool,
        // The lead-in's terms the kind may borrow for `near` and `before` (none for most).
        lent: &[Hit],
    ) -> Option<(Hit, Vec<Hit>)> {
        let (hits, sentence_start) = (sentence.hits, sentence.start);
        if rule.in_items && sentence.lead.is_empty() {
            return None;
        }
        if !rule.unless_lead.is_empty()
            && sentence
                .lead
                .iter()
                .any(|h| rule.unless_lead.contains(h.term))
        {
            return None;
        }
        // A word held by one of the rule's `not_in` phrases is not the word the rule means.
        let taken_out = |h: &Hit| {
            holds_not_in
                && hits.iter().any(|p| {
                    rule.not_in_group
                        .is_some_and(|g| self.groups.has(p.term, g))
                        && overlaps(p, h)
                })
        };
        'anchors: for anchor in hits
            .iter()
            .filter(|h| self.groups.has(h.term, rule.anchor_group))
        {
            if taken_out(anchor) {
                continue;
            }
            if rule.opens
                && !sentence::opens(
                    &text[sentence_start..anchor.start()],
                    &text[anchor.start()..],
                )
            {
                continue;
            }
            // Whether the anchor is negated matters only to a rule with a polarity.
            let cue = match rule.polarity {
                Polarity::Any => None,
                _ => self.negation(text, all, hits, sentence_start, anchor, rule.anchor_group),
            };
            let negated = cue.is_some() || sentence.lead_negated;
            match rule.polarity {
                Polarity::Negated if !negated => continue,
                Polarity::Affirmed if negated => continue,
                _ => {}
            }
            if !rule.unless_near.is_empty() {
                // Words of the anchor itself are not near it: "will not necessarily notify you"
                // is no promise of notice for the "will not" it says.
                let close = hits.iter().any(|h| {
                    rule.unless_near.contains(h.term)
                        && distance(h, anchor) <= UNLESS_NEAR_REACH
                        && !(h.start() >= anchor.start() && h.end() <= anchor.end())
                        && !reader_as_object(text, h)
                });
                if close {
                    continue;
                }
            }
            let mut trigger = Vec::with_capacity(rule.near.len() + 2);
            if rule.polarity == Polarity::Negated
                && let Some(cue) = cue
            {
                trigger.push(cue);
            }
            trigger.push(*anchor);
            for &(side, group) in &rule.near {
                let best = hits
                    .iter()
                    // The anchor's word said again is the same cue, not a second one ("access
                    // … access" is no list of rights).
                    .filter(|h| {
                        self.groups.has(h.term, group)
                            && h.term != anchor.term
                            && !overlaps(h, anchor)
                            && !taken_out(h)
                    })
                    .filter(|h| match side {
                        Side::Either => true,
                        Side::Before => h.end() <= anchor.start(),
                        Side::After => h.start() >= anchor.end(),
                        Side::Object => {
                            h.start() >= anchor.end()
                                && object_gap(&text[anchor.end()..h.start()]) <= OBJECT_REACH
                        }
                        Side::Lead => {
                            h.end() <= anchor.start()
                                && anchor.start() - h.end() <= OBJECT_REACH
                                && leads_to(&text[h.end()..anchor.start()])
                        }
                    })
                    .filter(|h| {
                        matches!(side, Side::Object | Side::Lead)
                            || rule.window.is_none_or(|w| distance(h, anchor) <= w)
                    })
                    .min_by_key(|h| distance(h, anchor));
                // Else the lead-in's, for a term that may come before the anchor.
                let best = best.or_else(|| match side {
                    Side::Either | Side::Before => lent
                        .iter()
                        .rev()
                        .find(|h| self.groups.has(h.term, group) && h.term != anchor.term),
                    _ => None,
                });
                match best {
                    Some(h) => trigger.push(*h),
                    None => continue 'anchors,
                }
            }
            if rule.ends {
                // The last group's word, or the anchor where the rule has none.
                let last = trigger.last().map_or(anchor.end(), Hit::end);
                let rest = text.get(last..sentence.end).unwrap_or("");
                if !rest.trim_end().chars().all(|c| {
                    matches!(
                        c,
                        '.' | '!' | ')' | ']' | '"' | '\'' | '\u{201d}' | '\u{2019}'
                    )
                }) {
                    continue 'anchors;
                }
            }
            return Some((*anchor, trigger));
        }
        None
    }
}

/// Whether a negation reaches across `word` (see [`TRANSPARENT`]).
fn transparent(word: &str) -> bool {
    TRANSPARENT.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Counts one more clause of `kind` in `counts` (kinds in the order they first occur).
fn add_one(counts: &mut Vec<(u16, u32)>, kind: u16) {
    match counts.iter_mut().find(|(k, _)| *k == kind) {
        Some((_, n)) => *n += 1,
        None => counts.push((kind, 1)),
    }
}

/// How far an object is from its verb across `between`, an aside in brackets not counted:
/// "we sell (as that term is defined in the California Consumer Privacy Act) your personal
/// information" sells the information.
fn object_gap(between: &str) -> usize {
    // "sell, rent or otherwise disclose your information": what "otherwise" lists after the
    // anchor is more of the same verb, not a gap before its object.
    let between = match between.find("otherwise ") {
        Some(i) => between[i + "otherwise ".len()..]
            .split_once(' ')
            .map_or("", |(_, rest)| rest),
        None => between,
    };
    if between.len() <= OBJECT_REACH || !between.contains('(') {
        return between.len();
    }
    let (mut depth, mut outside) = (0usize, 0usize);
    for b in between.bytes() {
        match b {
            b'(' => depth += 1,
            b')' if depth > 0 => depth -= 1,
            _ if depth == 0 => outside += 1,
            _ => {}
        }
    }
    // An unclosed bracket hides nothing.
    if depth > 0 { between.len() } else { outside }
}

/// Verbs of keeping or handing on data, which a negation distributes over when they are listed
/// with their objects: "we won't save your number, share it, sell it, or show it to anyone".
/// Not verbs of collecting: "we do not collect or store card numbers" says nothing of how long
/// what is collected is kept.
#[rustfmt::skip]
const LISTED_VERBS: &[&str] = &[
    "save", "store", "keep", "retain", "share", "sell", "rent", "trade", "lease", "show", "give",
    "disclose", "reveal", "publish", "transfer", "send", "pass", "release", "distribute",
    "provide", "display",
    // What is denied before the anchor: "We do not ask for, access or track any location-based
    // information".
    "ask", "access", "request", "monitor",
    // … or what is denied of data coming in: "We do not collect data from children, or sell
    // your data" (read as an admission of sale), "does not buy in data from any third parties,
    // or sell on your data".
    "collect", "buy", "purchase", "receive", "obtain", "gather", "use", "track",
    // … or what would be done wrong with it: "we will not misuse or sell it to anyone".
    "misuse", "abuse", "exploit",
];

/// True when `after`, the text from a word to an anchor, makes the word an item of a list of
/// single words that the anchor ends: ", " ("access, update or delete"), ", sell, or " ("rent,
/// sell, or share"). A negation before the list reaches its last item: "you will not be able to
/// access, update or delete that information".
fn listed_before(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let items: Vec<&str> = rest.split(',').map(str::trim).collect();
    let (last, middle) = items.split_last().unwrap_or((&"", &[]));
    middle
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
        && matches!(*last, "" | "or" | "and")
}

/// Words that open a condition or a concession the sentence's main clause follows.
const SUBORDINATORS: &[&str] = &[
    "if", "unless", "when", "whenever", "while", "whilst", "although", "though", "because",
    "since", "once", "until", "whether", "where",
];

/// True when `before` (the sentence up to a negation) has opened a condition that no comma has
/// closed yet: the negation is the condition's ("If you do not opt out, …").
fn in_condition(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// True when `between` (the text from a negation to an anchor) is a use denied and what it
/// would be for: "use cookies to" in "We do not use cookies to track you across other
/// websites", "use your data to" in "We don't use your data to personalize ads".
fn used_to(between: &str) -> bool {
    let mut words = between.split_whitespace();
    let Some(verb) = words.next() else {
        return false;
    };
    let words: Vec<&str> = words.collect();
    // The use's end may come before the anchor's own words, a verb and a determiner: "We do not
    // use your personal data to personalise the ads you see".
    let Some(to) = words.iter().rposition(|w| w.eq_ignore_ascii_case("to")) else {
        return false;
    };
    ["use", "employ", "utilize", "utilise"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(verb))
        && to <= 4
        && words.len() - to - 1 <= 2
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// The most words after the verb of an item of [`verb_list`] ("buy in data from any third
/// parties").
const LISTED_ITEM_WORDS: usize = 9;

/// True when `between` (the text from a negation to an anchor) is a list of verb phrases of
/// [`LISTED_VERBS`], each short and ended by a comma, so that the anchor is the list's next
/// item: ", sell it" after "won't save your number, share it".
fn verb_list(between: &str) -> bool {
    let t = between.trim_end();
    // "…, share it, or sell it": the last item may come after "or" ("won't save your
    // number or sell it"), or after "and" in a list with commas ("and" alone may join a
    // clause of its own: "we do not keep logs and sell your data").
    let or = t.strip_suffix(" or");
    let and = t.strip_suffix(" and").filter(|t| t.contains(','));
    let joined = or.or(and).map(str::trim_end);
    let items = match joined {
        Some(t) => t.strip_suffix(',').unwrap_or(t),
        None => match t.strip_suffix(',') {
            Some(t) => t,
            None => return false,
        },
    };
    items.split(',').all(|item| {
        let mut words = item.split_whitespace();
        let first = words
            .next()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        first.is_some_and(|w| LISTED_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
            && words.count() <= LISTED_ITEM_WORDS
    })
}

/// Whether the sentence opens by conceding what comes before its first comma, with one of the
/// anchors `a` and `b` before that comma and the other after it ("Although we cannot respond
/// to Do Not Track signals, you may opt out of tracking …"): each is said on its own account.
fn conceded(text: &str, sentence_start: usize, a: &Hit, b: &Hit) -> bool {
    let (first, second) = if a.start() <= b.start() {
        (a, b)
    } else {
        (b, a)
    };
    let Some(before) = text.get(sentence_start..first.start()) else {
        return false;
    };
    let between = text.get(first.end()..second.start()).unwrap_or("");
    let opening = before
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    opening.is_some_and(|w| {
        ["although", "though", "while", "whilst"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
    }) && !before.contains(',')
        && between.contains(',')
}

/// Whether the clause whose anchor is `hidden` is an exception to the one whose anchor is `by`:
/// an exception word between them ("We will never sell your data unless the sale is part of a
/// corporate transaction, such as a merger"), or, when `hidden` comes first, anywhere before
/// `by` ("Except in the event of a merger, we will not sell …", "You have the right to request
/// deletion, though exceptions … may mean we retain …"). Without one, the promise covers it: "We will
/// never sell your data, even in the event of a merger".
///
/// Not the reader's own say ("unless you have given your consent", "except with your
/// permission"): that bounds the promise, it does not break it.
fn excepted(text: &str, sentence_start: usize, by: &Hit, hidden: &Hit) -> bool {
    const EXCEPTIONS: [&str; 4] = ["except", "unless", "though", "excepting"];
    const READERS: [&str; 3] = ["you", "your", "where"];
    // The hidden clause's own anchor may be the exception ("except to our partners").
    let span = if hidden.end() <= by.start() {
        text.get(sentence_start..by.start())
    } else if by.end() <= hidden.start() {
        text.get(by.end()..hidden.end())
    } else {
        None
    };
    let Some(words) = span.map(words_of) else {
        return false;
    };
    let is = |i: usize, list: &[&str]| {
        words
            .get(i)
            .is_some_and(|w| list.iter().any(|e| e.eq_ignore_ascii_case(w)))
    };
    // "except with your permission", not "except with our partners".
    let readers = |i: usize| is(i, &READERS) || (is(i, &["with"]) && is(i + 1, &READERS));
    // Where the exception's words end: "except", or "other than", "apart from", "save for".
    let exception_end = |i: usize| {
        if is(i, &EXCEPTIONS) {
            Some(i + 1)
        } else if (is(i, &["other"]) && is(i + 1, &["than"]))
            || (is(i, &["apart"]) && is(i + 1, &["from"]))
            || (is(i, &["save"]) && is(i + 1, &["for", "to", "with"]))
        {
            Some(i + 2)
        } else {
            None
        }
    };
    (0..words.len()).any(|i| exception_end(i).is_some_and(|end| !readers(end)))
}

/// The words of `text`, cut at whatever is not a letter or digit.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `between` turns to a contrast ("… but …", "however", "subject to", or a semicolon
/// before a clause of its own: "We don't sell your data; we share it with our marketing
/// partners"): what follows it is said on its own account.
fn contrast(between: &str) -> bool {
    let words = words_of(between);
    let is = |i: usize, w: &str| words.get(i).is_some_and(|x| x.eq_ignore_ascii_case(w));
    (0..words.len()).any(|i| {
        // "including, but not limited to" turns to nothing.
        let not_limited = is(i + 1, "not") && (is(i + 2, "limited") || is(i + 2, "be"));
        // "… shall be corrected, subject to any requirement for it to be retained by law".
        // "…, although copies may remain in our backups indefinitely" says its own part too.
        is(i, "however")
            || is(i, "although")
            || is(i, "whereas")
            || (is(i, "but") && !not_limited)
            || (is(i, "subject") && is(i + 1, "to"))
    }) || between.split(';').skip(1).any(|rest| {
        // A clause of its own after a semicolon: "…; we share it with …", not "…; it will not
        // be shared", the same promise said again.
        words_of(rest).first().is_some_and(|w| {
            ["we", "but", "however", "our"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
    })
}

/// The longest text whose hit buffers a thread keeps for the next (policy files stop at 10 MB).
const KEEP_BUFFERS_UP_TO: usize = 16 << 20;

/// The most of one text the detector reads: positions are kept in 32 bits. (Policy files stop
/// at 10 MB; only a line given to `policytui classify` could be longer.)
const MAX_TEXT: usize = u32::MAX as usize;

/// `text` up to `limit` bytes, cut at a character boundary: clauses past it are not found, and
/// nothing past it can make a position wrap.
fn readable_part(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` with each terminal escape sequence (ESC, or the `␛` the corpus shows it as, then
/// `[` and a control sequence, or `]` and a command up to BEL or ST) blanked to as many spaces,
/// so that its letters ("\x1b[1mwill" → "1mwill") glue to no word and a hostile file cannot
/// turn "will not sell" into a sale. Positions are unchanged; text without ESC is borrowed.
fn mask_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    const SHOWN: &[u8] = "\u{241b}".as_bytes();
    let b = text.as_bytes();
    let starts = |i: usize| -> Option<usize> {
        if b[i] == 0x1b {
            Some(1)
        } else {
            b[i..].starts_with(SHOWN).then_some(SHOWN.len())
        }
    };
    let first = memchr::memchr(0x1b, b)
        .into_iter()
        .chain(memchr::memmem::find(b, SHOWN))
        .min();
    let Some(first) = first else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = b.to_vec();
    let mut i = first;
    while i < b.len() {
        let Some(esc) = starts(i) else {
            i += 1;
            continue;
        };
        let mut j = i + esc;
        match b.get(j) {
            Some(b'[') => {
                j += 1;
                while j < b.len() && (0x20..=0x3f).contains(&b[j]) {
                    j += 1;
                }
                if j < b.len() && (0x40..=0x7e).contains(&b[j]) {
                    j += 1;
                }
            }
            Some(b']') => {
                // Up to BEL (or the `␇` shown for it) or ST, at most a line.
                while j < b.len() && b[j] != 0x07 && b[j] != b'\n' && starts(j).is_none() {
                    if b[j..].starts_with("\u{2407}".as_bytes()) {
                        j += "\u{2407}".len();
                        break;
                    }
                    j += 1;
                }
                if j < b.len() && b[j] == 0x07 {
                    j += 1;
                }
            }
            _ => {}
        }
        // Whole characters only: a sequence cut inside one leaves it as it was.
        while j < b.len() && !text.is_char_boundary(j) {
            j += 1;
        }
        out[i..j].fill(b' ');
        i = j;
    }
    // Only ASCII spaces replaced whole characters.
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

/// Words that may stand between a rule's `lead` and its anchor: "set by *our* advertising
/// partners", "a beacon from *an* ad network". Besides these, only names ("through *Google's*
/// DoubleClick"); any other word means the lead belongs to another phrase ("collected through
/// our *site to help* advertisers").
#[rustfmt::skip]
const LEAD_FILLERS: &[&str] = &[
    "a", "an", "the", "our", "its", "their", "your", "his", "her", "this", "that", "these",
    "those", "some", "certain", "any", "all", "other", "such", "one", "or", "more", "of", "s",
    "selected", "trusted", "various", "approved",
];

/// True when `between` (the text from a lead to its anchor) holds only [`LEAD_FILLERS`],
/// capitalised names and possessives ("by our *site's* ad networks").
fn leads_to(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().all(|(k, w)| {
        w.starts_with(|c: char| c.is_uppercase())
            || LEAD_FILLERS.iter().any(|f| f.eq_ignore_ascii_case(w))
            || words
                .get(k + 1)
                .is_some_and(|next| next.eq_ignore_ascii_case("s"))
    })
}

/// `hits.partition_point(|h| h.start() < pos)`, searched outwards from index `i`: the
/// detector asks about sentences and lines a few hits wide, beside a hit it holds, and a
/// search of the whole text's thousands of hits would wait on memory at every step.
fn partition_near(hits: &[Hit], i: usize, pos: usize) -> usize {
    let below = |k: usize| hits[k].start() < pos;
    let (mut lo, mut hi) = (i.min(hits.len()), i.min(hits.len()));
    let mut step = 1;
    if hi < hits.len() && below(hi) {
        // Forward: everything up to `lo` is below.
        lo = hi + 1;
        hi = lo;
        while hi < hits.len() && below(hi) {
            lo = hi + 1;
            hi = (lo + step).min(hits.len());
            step *= 2;
        }
    } else {
        // Backward: nothing from `hi` on is below.
        while lo > 0 && !below(lo - 1) {
            hi = lo - 1;
            lo = lo.saturating_sub(step);
            step *= 2;
        }
    }
    lo + hits[lo..hi].partition_point(|h| h.start() < pos)
}

/// The aside between the last two commas of `before` (the words up to an anchor), if it is
/// short enough to be one ("not, without your express consent, provide"). In a list of verbs
/// ("not sell, rent, or share") it is one of them, passed over harmlessly.
fn aside(before: &[u8]) -> Option<Range<usize>> {
    let close = before.iter().rposition(|&b| b == b',')?;
    let open = before[..close].iter().rposition(|&b| b == b',')?;
    let words = before[open + 1..close]
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .count();
    (words <= ASIDE_WORDS).then_some(open + 1..close)
}

/// True when `start..end` of `sentence` lies inside brackets closed within the sentence:
/// "(see below)", "(see our Cookie Policy)".
fn in_brackets(sentence: &str, start: usize, end: usize) -> bool {
    let b = sentence.as_bytes();
    let open = b[..start]
        .iter()
        .rposition(|&c| c == b'(' || c == b')')
        .is_some_and(|i| b[i] == b'(');
    open && b[end..]
        .iter()
        .find(|&&c| c == b'(' || c == b')')
        .is_some_and(|&c| c == b')')
}

/// The words beside which a sentence may name a section's title ([`sentence::section_titles`]),
/// found by the term pass with the catalogue's.
const SECTION_WORDS: &[&str] = &["section", "sections", "page", "pages"];

/// What a refusal costs, in a sentence that opens with one ([`sentence::opens_with_a_refusal`]):
/// "If you disable cookies, parts of the site *may not work*".
#[rustfmt::skip]
const LOSSES: &[&str] = &[
    "not be able", "won t be able", "not have access", "not be accessible", "may not work",
    "may not function", "not work properly", "not function properly", "unable to", "cannot",
    "can t", "unavailable", "not be available", "may affect", "could affect", "might affect",
    "may impact", "may interfere", "may limit", "may prevent", "may have to",
    "not affect the lawfulness", "no longer work", "no longer function", "impair",
];

/// A power given in so many words, which makes a warning an offer too: "If you wish, *you can*
/// disable cookies, though some features may not work".
#[rustfmt::skip]
const POWERS: &[&str] = &[
    "you can", "you may choose", "you may opt", "you are free to", "you have the right",
    "you have the option", "you may also",
];

/// The most words [`aside`] takes for an aside.
const ASIDE_WORDS: usize = 6;

/// The most bytes of a heading line before the sentence that ends it ("Section 4. " before
/// "Third Party Advertisers, Use of Web Beacons").
const HEADING_PREFIX: usize = 40;

/// True when the sentence `s..e` ends a heading: the line up to `e` is a heading by
/// [`sentence::is_heading`], and either nothing follows on the line or it is a heading run
/// into its paragraph, ended by a full stop or a colon ("4. Tracking Options. You may …").
fn heading_line(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let from = s.saturating_sub(HEADING_PREFIX);
    let line_start = match memchr::memrchr(b'\n', &b[from..s]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    if sentence::plainly_untitled(&text[s..e]) && !sentence::is_topic_line(&text[s..e]) {
        return false;
    }
    let line = &text[line_start..e];
    let ends_line = b[e..]
        .iter()
        .find(|&&c| c != b' ' && c != b'\t' && c != b'\r')
        .is_none_or(|&c| c == b'\n');
    // A heading run into its paragraph is short (a few words and a stop): most sentences that
    // open a paragraph are told from one by their length alone.
    let run_in = || line.len() <= RUN_IN_HEADING_BYTES && line.trim_end().ends_with(['.', ':']);
    (ends_line || run_in()) && sentence::is_heading(line)
        || ends_line && sentence::is_topic_line(line)
}

/// The longest heading run into its paragraph ("B. Tracking Technologies Generally."), in
/// bytes: twelve words.
const RUN_IN_HEADING_BYTES: usize = 120;

/// Whether a veto that opens with "you" has the reader as the object of a preposition or a
/// verb, not as the subject: in "information collected from you will not be sold" the company
/// promises, while "you will not be able to" tells the reader what they cannot do.
fn reader_as_object(text: &str, h: &Hit) -> bool {
    const LEADS_TO_OBJECT: [&str; 12] = [
        "about",
        "from",
        "to",
        "by",
        "of",
        "for",
        "with",
        "regarding",
        "concerning",
        "on",
        "at",
        "identifies",
    ];
    let opens_with_you = text
        .as_bytes()
        .get(h.start()..h.start() + 4)
        .is_some_and(|b| b[..3].eq_ignore_ascii_case(b"you") && !b[3].is_ascii_alphanumeric());
    if !opens_with_you {
        return false;
    }
    let word = text[..h.start()]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    LEADS_TO_OBJECT.iter().any(|p| word.eq_ignore_ascii_case(p))
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.start() < b.end() && b.start() < a.end()
}

/// Bytes between two hits (0 when they touch or overlap).
fn distance(a: &Hit, b: &Hit) -> usize {
    b.start()
        .saturating_sub(a.end())
        .max(a.start().saturating_sub(b.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_in_brackets_silences_nothing_after_it() {
        assert!(in_brackets("a (see below) b", 3, 12));
        assert!(!in_brackets("see below (a) b", 0, 9));
        assert!(!in_brackets("(a) see below (b)", 4, 13));
        assert!(has(
            "We collect your contact details (see the section below) and will never sell them \
             to third parties.",
            "no-sale"
        ));
        assert!(!has(
            "We collect your contact details, see the section below, and will never sell them \
             to third parties.",
            "no-sale"
        ));
        assert!(!has(
            "For more information on the criteria we use to determine our retention periods, \
             see below.",
            "retention-limited"
        ));
    }

    /// The built-in catalogue's groups fit a width `Groups::of` ORs in registers: past it, every
    /// sentence takes the slow loop (a rule too many once cost 8 % of a pass, unnoticed).
    #[test]
    fn the_builtin_groups_fit_a_register_width() {
        let words = Detector::builtin().groups.words;
        assert!((1..=12).contains(&words), "{words} words of groups");
    }

    #[test]
    fn a_condition_not_closed_holds_its_negation() {
        assert!(in_condition("If you do "));
        assert!(in_condition("We share data with partners, where we do "));
        assert!(in_condition("Although A9.com does "));
        assert!(!in_condition("If you live in California, we do "));
        assert!(!in_condition("We do "));
        assert!(!in_condition("Wherever possible we do "));
    }

    #[test]
    fn what_otherwise_lists_is_no_gap() {
        assert_eq!(object_gap(", rent or otherwise disclose "), 0);
        assert_eq!(
            object_gap(" or otherwise make available "),
            "available ".len()
        );
        assert_eq!(object_gap(" all of "), " all of ".len());
    }

    #[test]
    fn a_word_listed_before_the_anchor() {
        for after in [", ", ",", ", sell, or ", ", sell, ", ", and "] {
            assert!(listed_before(after), "{after:?}");
        }
        for after in ["", " ", ", we share ", ", but ", ", sell it, or ", "; "] {
            assert!(!listed_before(after), "{after:?}");
        }
    }

    #[test]
    fn what_may_stand_between_a_lead_and_its_anchor() {
        for between in [
            " ",
            " our ",
            " these ",
            " Google's ",
            " our site's ",
            " one or more of our ",
        ] {
            assert!(leads_to(between), "{between:?}");
        }
        for between in [
            " our site to help ",
            " us may be used to help ",
            " surveys helps ",
        ] {
            assert!(!leads_to(between), "{between:?}");
        }
    }

    #[test]
    fn searching_out_from_a_hit_agrees_with_searching_all_hits() {
        // Starts with repeats and gaps, as terms of several words give.
        let starts = [0, 0, 3, 3, 3, 7, 9, 9, 15, 20, 20, 21, 40, 41, 41, 41, 60];
        let hits: Vec<Hit> = starts
            .iter()
            .map(|&s| Hit {
                start: s,
                end: s + 2,
                term: 0,
            })
            .collect();
        for n in 0..=hits.len() {
            let hits = &hits[..n];
            for i in 0..=n {
                for pos in 0..65 {
                    assert_eq!(
                        partition_near(hits, i, pos),
                        hits.partition_point(|h| h.start() < pos),
                        "{n} hits, from {i}, position {pos}"
                    );
                }
            }
        }
    }

    fn kinds(text: &str) -> Vec<String> {
        let mut k: Vec<String> = Detector::builtin()
            .detect(text)
            .into_iter()
            .map(|m| m.kind)
            .collect();
        k.sort();
        k.dedup();
        k
    }

    fn has(text: &str, kind: &str) -> bool {
        kinds(text).iter().any(|k| k == kind)
    }

    /// Three words can be a sentence; a heading with a period is still a heading.
    #[test]
    fn short_sentences_but_not_headings() {
        assert!(has("We use cookies.", "tracking"));
        assert!(kinds("Data Security.").is_empty());
        assert!(kinds("Cookies").is_empty());
        assert!(kinds("Tracking Technologies.").is_empty());
    }

    #[test]
    fn a_sentence_wrapped_to_a_width_keeps_its_negation() {
        for t in [
            "We will not\nsell your personal information to third parties.",
            "We will not sell\r\nyour data.",
        ] {
            assert_eq!(kinds(t), ["no-sale"], "{t:?}");
        }
    }

    #[test]
    fn escape_sequences_glue_to_no_word() {
        for t in [
            "We \x1b[1mwill not\x1b[0m sell your data.",
            "We will not \u{241b}[31msell\u{241b}[0m your personal information.",
            "We will not \x1b]0;title\x07sell your data.",
        ] {
            assert_eq!(kinds(t), ["no-sale"], "{t:?}");
        }
        let t = "a\x1b[2Jb \u{241b}]8;;x\u{2407}c é";
        assert_eq!(mask_escapes(t), format!("a    b{}c é", " ".repeat(12)));
        assert!(matches!(
            mask_escapes("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn curly_apostrophes_negate_too() {
        assert!(has("We don’t sell your personal data.", "no-sale"));
    }

    #[test]
    fn no_sale_and_its_opposite() {
        assert!(has(
            "We will not sell or share any information about you to any other party.",
            "no-sale"
        ));
        assert!(has(
            "Japan Talk does not rent, sell, or share personal information we have collected about you with other people or non-affiliated companies.",
            "no-sale"
        ));
        assert!(has(
            "No personal information will ever be sold to third parties.",
            "no-sale"
        ));
        assert!(has("We don't sell your data.", "no-sale"));
        // The opposite: a sale is not a promise.
        let sells = "We may sell your personal information to third parties.";
        assert!(has(sells, "sells-or-shares"));
        assert!(!has(sells, "no-sale"));
        // A promise is never also a sale.
        assert!(!has(
            "We will not sell or share any information about you to any other party.",
            "sells-or-shares"
        ));
        // Look-alike: "not limited to" does not negate.
        assert!(!has(
            "We may share information, including but not limited to, selling your data to partners.",
            "no-sale"
        ));
        // An aside between the negation and its verb leaves the promise a promise; words
        // outside the aside still break the negation's reach.
        let aside = "We will not, without your express consent, provide your personal information to any third parties for the purpose of direct marketing.";
        assert_eq!(kinds(aside), ["no-sale"]);
        let outside = "We do not collect your name, address, or phone number, and we provide your personal information to third parties for the purpose of direct marketing.";
        assert!(has(outside, "sells-or-shares"));
        assert!(!has(outside, "no-sale"));
    }

    #[test]
    fn list_items_under_a_negated_lead_in() {
        let t =
            "We will not:\n• sell or rent your data to third parties\n• use your data in analytics";
        let m = Detector::builtin().detect(t);
        let no_sale = m.iter().find(|c| c.kind == "no-sale").expect("no-sale");
        assert_eq!(
            &t[no_sale.span()],
            "• sell or rent your data to third parties"
        );
        // Every item of the list hangs from the lead-in, not only the first.
        let t = "We will not:\n• sell or rent your data to third parties\n• share your data with third parties for marketing purposes";
        let found: Vec<(String, &str)> = Detector::builtin()
            .detect(t)
            .into_iter()
            .map(|m| (m.kind.clone(), &t[m.span()]))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "no-sale".into(),
                    "• sell or rent your data to third parties"
                ),
                (
                    "no-sale".into(),
                    "• share your data with third parties for marketing purposes"
                )
            ]
        );
        // A list that follows a paragraph, and a paragraph after a negated list, hang from
        // nothing.
        let t = "We will not:\n• sell or rent your data to third parties\nWe may share your data with third parties for marketing purposes.";
        assert_eq!(kinds(t), ["no-sale", "sells-or-shares"]);
        let t = "Our partners:\n• may share your data with third parties for marketing purposes";
        assert_eq!(kinds(t), ["sells-or-shares"]);
    }

    #[test]
    fn a_rule_yields_only_to_a_clause_nearby() {
        let may = "We may update this policy from time to time.";
        let notice = "We will notify you by email of material changes to this policy.";
        let filler = "Our offices are open on weekdays. ".repeat(60);
        assert!(!has(&format!("{may} {notice}"), "change-without-notice"));
        let far = format!("{may}\n\n{filler}\n\n{notice}");
        assert!(
            has(&far, "change-without-notice"),
            "{} bytes apart",
            filler.len()
        );
        assert!(has(&far, "change-with-notice"));
        // Many clauses in one text: each looks only at its neighbours.
        let long = format!("{may} {notice}\n\n{filler}\n\n").repeat(200);
        assert!(!kinds(&long).iter().any(|k| k == "change-without-notice"));
    }

    /// Changes in force as they are posted do not yield to a notice promised nearby for other
    /// changes (zooloo.com, aa.com, read by two lawyers): both are shown.
    #[test]
    fn changes_in_force_on_posting_yield_to_no_notice() {
        let zooloo = "ZooLoo may revise this privacy policy at anytime at our sole discretion. \
            Changes to the privacy policy take effect immediately. We will notify you about \
            significant changes in the way we treat personal information by placing a prominent \
            notice on our site.";
        assert!(has(zooloo, "change-without-notice"));
        assert!(has(zooloo, "change-with-notice"));
        let aa = "American reserves the right to change this Privacy Policy at any time by posting \
            the updated Policy here. We will notify you by email of material changes to this policy.";
        assert!(has(aa, "change-without-notice"));
        // A date updated goes with the notice.
        let date = "We will notify you by email of material changes to this policy. In that case \
            the 'last updated' date at the top of this page will also change.";
        assert!(!has(date, "change-without-notice"));
    }

    #[test]
    fn merger() {
        let t = "If our web site should ever file for bankruptcy or merge with another company, we may sell the information you provide to us on the our website to a third party or share your personal information with the company we merge with.";
        assert!(has(t, "merger-transfer"));
        assert!(!has(t, "sells-or-shares"));
        assert!(has(
            "(5) Disclosure of information in the case of a company merger, transfer of business, or other reasons for a succession of business to the inheriting party",
            "merger-transfer"
        ));
        assert!(!has(
            "We merged the two newsletters into one.",
            "merger-transfer"
        ));
    }

    #[test]
    fn a_trigger_wrapped_over_lines_is_named_on_one() {
        let found = Detector::builtin()
            .detect("We will not sell your personal\ninformation to third parties.");
        let sale = found.iter().find(|m| m.kind == "no-sale").expect("no-sale");
        assert!(!sale.trigger.contains('\n'), "{:?}", sale.trigger);
        assert!(
            sale.trigger.contains("personal information"),
            "{:?}",
            sale.trigger
        );
    }

    #[test]
    fn triggers_explain_the_match() {
        let t = "Japan Talk does not rent, sell, or share personal information.";
        let m = Detector::builtin().detect(t);
        let c = m.iter().find(|c| c.kind == "no-sale").unwrap();
        assert!(c.trigger.starts_with("not … rent"), "{}", c.trigger);
        for r in &c.trigger_spans {
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
        }
        assert_eq!(c.valence, Valence::Good);
    }

    /// A `not_in` phrase takes out the anchor or near word it holds, and no other word: where
    /// `unless_near` would veto everything within its reach.
    #[test]
    fn a_not_in_phrase_takes_out_only_the_word_it_holds() {
        let catalogue = Catalogue::parse(
            "[[kind]]\nid = \"kept\"\nlabel = \"kept\"\nvalence = \"good\"\n[[kind.rule]]\n\
             anchor = [\"keep\", \"store\"]\nnear = [[\"days\", \"set\"]]\n\
             not_in = [\"keep in mind\", \"set forth\"]\n",
        )
        .unwrap();
        let d = Detector::new(&catalogue).unwrap();
        let triggers =
            |t: &str| -> Vec<String> { d.detect(t).into_iter().map(|m| m.trigger).collect() };
        assert!(triggers("Please keep in mind that replies take 30 days.").is_empty());
        assert_eq!(
            triggers("Please keep in mind that we store logs for 30 days."),
            ["store … days"]
        );
        assert_eq!(triggers("We keep logs for 30 days."), ["keep … days"]);
        // A near word the phrase holds does not count either.
        assert!(triggers("We store what is set forth below.").is_empty());
        assert_eq!(triggers("We store the set of logs."), ["store … set"]);
        let err = Catalogue::parse(
            "[[kind]]\nid = \"x\"\nlabel = \"x\"\nvalence = \"bad\"\n[[kind.rule]]\n\
             anchor = [\"keep\"]\nnot_in = [\"@nope\"]\n",
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("unknown vocabulary @nope"),
            "{err}"
        );
    }

    #[test]
    fn texts_too_long_are_read_up_to_the_limit() {
        assert_eq!(readable_part("we sell", 100), "we sell");
        assert_eq!(readable_part("we sell", 3), "we ");
        // Never inside a character: "€" is three bytes.
        assert_eq!(readable_part("ab€cd", 3), "ab");
        assert_eq!(readable_part("ab€cd", 5), "ab€");
        assert_eq!(readable_part("€", 0), "");
    }

    #[test]
    fn never_panics() {
        for t in [
            "",
            " ",
            "not",
            "sell",
            "no sell",
            "\u{1b}[31m sell",
            "日本 sell 語",
            "not:\n• sell",
        ] {
            let _ = Detector::builtin().detect(t);
        }
    }
}
