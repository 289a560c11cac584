//! Clauses that matter, named and explained: "will not sell", "may transfer in a merger",
//! "may disclose to law enforcement"… A catalogue of kinds (data) and a detector that finds
//! them in text, negation-aware. Knows policies only as text.

pub mod cache;
pub mod catalogue;
pub mod detector;
pub mod evaluate;
pub mod language;
pub mod matcher;
pub mod opp_readers;
pub mod real_sentences;
pub mod sentence;

use std::sync::OnceLock;

pub use cache::KindCache;
pub use catalogue::{Catalogue, CatalogueError, Kind, Valence};
pub use detector::{ClauseMatch, Detector};
pub use language::reads_as_english;

/// Raised whenever the detector's own code finds other clauses in the same text with the same
/// catalogue (a catalogue change shows in its fingerprint): part of the index's stamp, so an
/// index built before re-reads its policies. 2: headings found in the markup name no clause.
/// 3: a clause hidden in its sentence by one that yields shows again; a negation distributes
/// over a list of verbs with their objects; a concession before a comma supersedes nothing after it.
/// 7: rules that fire only in list items; words inside web addresses are no terms; a country's
/// initials ("U.S.") go on into a name. 8: a pointer to another section ("see the section
/// below") silences only what follows it in its sentence; a kind hides another of its sentence
/// unless that one is its exception ("… unless the sale is part of a merger"). 9: a negation
/// reaches across "buy" and "purchase" ("we do not buy or sell personal data") and "cookies"
/// ("we do not use cookies to track"). 10: "us not to" does not negate ("If you prefer us not
/// to share your data, …" is a choice, not a promise). 11: a period closed in brackets ends no
/// sentence that goes on in lowercase ("(under 13 in the U.S.) and we …"), and sentences run
/// together by markup are split ("straight away.There may be …"). 12: a run of titles (a table of
/// contents run into one line) names no clause. 13: a sentence defining a term ('"Sell" means …',
/// "Opt-out: means …") names no clause; a negation reaches the last of a list of single words
/// ("not be able to access, update or delete"), across "nor" and what qualifies a tool or vendor
/// ("third-party", "advertising", "affiliates"); words inside an anchor are not near it; what
/// "otherwise" lists after a verb is no gap before its object. 14: a pointer in brackets
/// ("(see the section below)") silences nothing after it; "to learn more", "find out more", "for
/// full details" and "for information about" point elsewhere too. 15: a line break that only
/// wraps a sentence to a width (a line ending in a word or a comma, no heading, the next going
/// on in lowercase) ends no sentence ("We will not\nsell your data" is a promise); a clause
/// whose own anchor is the promise's exception ("except with our … advertisers") shows beside
/// it, and "except with" is the reader's say only before "you" or "your"; "subject to" sets
/// what follows apart as "but" does; a terminal escape sequence (raw, or shown as `␛`) is read
/// as blank space, so its letters glue to no word ("\x1b[1mwill not" is "will not"). 16: the
/// index reads a policy whole where a section's clause may yield to one in another section; a
/// negation reaches over "ask for, access or track" (more verbs a list may end in); a trigger
/// wrapped over lines is named on one ("personal information"); an admission after a
/// semicolon that opens a clause ("; we share it with …") or after "other than", "apart from"
/// shows beside the promise; a row of short titles set apart by bars is no prose; items
/// numbered "4.1.2" hang from their lead-in. 17: a no-break, zero-width or other space, a
/// control character or its picture (`␇`) after a full stop ends the sentence as a space does
/// ("We will not sell data.\u{a0}We sell data …" is two sentences); what "prohibit … from"
/// forbids is negated ("prohibit these vendors from selling"); notice before a change is notice.
/// 18: ads the company targets itself are `targeted-ads`, not third-party `advertising`, which
/// pointers, choices and sharing "never on an individual level" no longer name; a sentence over
/// 1,500 bytes is cut in fixed pieces (at a semicolon, an inline list item, a comma or a space),
/// not in a window around each clause's word; the reader sharing through the site is not the
/// company sharing. 19: a heading run into its sentence without a stop names no clause (the
/// sentence starts where the prose opens); a sentence that only tells what a refusal costs
/// ("If you disable cookies, parts of the site may not work") is no opt-out; the title of a
/// section pointed to names that section; a company's name goes on into its bracketed name
/// ("Google Inc. (“Google”)") and a sentence closed in brackets or quotes takes them along; a
/// list item keeps the span of the lead-in that lent it a word or its negation. 20: a period
/// inside curly closing quotes ends a sentence, a bracket closed after one goes on before a
/// comma, one legal form goes on into another ("& Co. KG"), a sentence opened carelessly in
/// lowercase or glued after a capitalised word starts there; a long sentence after a colon whose
/// list was lost is no item; a denied verb joined by "or" to a sale carries its negation, and a
/// practice or policy denied ("not our practice to sell") is a promise. 22: the reader as the
/// object of a preposition ("information collected from you will not be sold") is no reader's
/// negation; a concession after "although" or "whereas" is said on its own account; a quoted
/// term defined after a qualifier ("“Sell” under the CCPA means") states no practice; the
/// stop's rules (visits logged, offers targeted in other words, sharing with other companies
/// or sellers, notice of changes in translations' words, and more).
pub const DETECTOR_VERSION: u32 = 22;

static ACTIVE: OnceLock<(Catalogue, Detector)> = OnceLock::new();

/// Makes `catalogue` the one every later detection uses (a user's catalogue file, say). Only
/// the first call counts; returns false if a catalogue was already in use, and an error if
/// its terms cannot be matched.
pub fn install(catalogue: Catalogue) -> Result<bool, CatalogueError> {
    let detector = Detector::new(&catalogue)?;
    Ok(ACTIVE.set((catalogue, detector)).is_ok())
}

fn active() -> &'static (Catalogue, Detector) {
    ACTIVE.get_or_init(|| {
        (
            Catalogue::builtin().clone(),
            Detector::new(Catalogue::builtin()).expect("the built-in catalogue builds"),
        )
    })
}

/// The catalogue in use: the built-in one unless another was installed.
pub fn catalogue() -> &'static Catalogue {
    &active().0
}

/// The detector for [`catalogue`].
pub fn detector() -> &'static Detector {
    &active().1
}
