//! `policytui diff OLD [NEW]`: what changed between two versions of a policy (or any two
//! policies): sections added, removed or rewritten, and clauses gained or lost. A researcher
//! reading the dated versions of the longitudinal corpus wants "the no-sale promise was
//! dropped in 2016", not two texts to compare by eye.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use super::Global;
use super::named::Lookup;
use super::output::{Styles, plural};
use super::refresh::indexed_policy;
use crate::clauses::{ClauseMatch, Valence};
use crate::corpus::Policy;
use crate::corpus::sanitize::{sanitize, sanitize_line};

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The older policy (id, company name, domain, or a file). Alone, a company: its two
    /// newest versions are compared
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The newer policy
    #[arg(value_name = "NEW")]
    pub new: Option<String>,
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct ClauseChange {
    kind: String,
    valence: Valence,
    /// The sentence as compared: whitespace collapsed, emphasis dropped, quotes straight.
    sentence: String,
    trigger: String,
    /// Where it is in the version that has it, to cite it: the section's heading and
    /// ordinal, and the sentence's byte span in the policy's text (as `show --json` gives
    /// the text), whose words `sentence` may write otherwise.
    section: String,
    ordinal: usize,
    start: usize,
    end: usize,
}

/// A run of words of the old text and what replaced it in the new (either may be empty).
#[derive(Serialize)]
struct TextChange {
    old: String,
    new: String,
    /// Up to [`CONTEXT_WORDS`] unchanged words before and after: where a "does not" was
    /// struck out matters as much as that it was.
    before: String,
    after: String,
}

/// Words of context on each side of a text change.
const CONTEXT_WORDS: usize = 6;

#[derive(Serialize)]
struct DiffJson {
    old: String,
    new: String,
    /// The files the two were read from (relative to the data folder for its policies).
    old_file: String,
    new_file: String,
    /// The texts are the same once whitespace and markup are set aside.
    same_text: bool,
    /// What was struck out and written in its place, word by word, however the two versions
    /// cut their text into sections.
    text_changes: Vec<TextChange>,
    sections_added: Vec<String>,
    sections_removed: Vec<String>,
    /// How many of the added and removed sections' texts the other version holds, cut into
    /// sections differently (for the plain output's note).
    #[serde(skip)]
    sections_recut: usize,
    sections_changed: Vec<String>,
    /// Sections whose heading changed, their text not: `[old heading, new heading]`.
    sections_retitled: Vec<[String; 2]>,
    /// Kind id → [clauses in the old, clauses in the new], for kinds whose count changed.
    kinds: BTreeMap<String, [usize; 2]>,
    clauses_gained: Vec<ClauseChange>,
    clauses_lost: Vec<ClauseChange>,
}

pub fn run(global: &Global, args: &DiffArgs, styles: &Styles) -> Result<()> {
    let mut lookup = Lookup::new(global);
    let (old, new) = match &args.new {
        Some(new) => (lookup.policy(&args.old)?.0, lookup.policy(new)?.0),
        None => {
            let (policy, indexed) = lookup.policy(&args.old)?;
            // A file read as it is has no versions: the index is not opened for it.
            let mut versions = if indexed {
                lookup.engine()?.versions_of(&policy.company_key)?
            } else {
                Vec::new()
            };
            // A version named ("a9.com@2006") is compared with the newest; the newest, or
            // the company, with the version before it.
            let named_older = versions.last().is_some_and(|newest| *newest != policy.id)
                && versions.contains(&policy.id);
            let engine = lookup.engine()?;
            if named_older && let Some(newest) = versions.pop() {
                (policy, indexed_policy(engine, &newest)?)
            } else {
                let (Some(new), Some(old)) = (versions.pop(), versions.pop()) else {
                    bail!(
                        "{} has one version only; name two policies to compare: policytui diff OLD NEW",
                        policy.company
                    );
                };
                // The newest named by its date has nothing newer to be compared with: what
                // it changed is shown, and said, so that a loop over the versions knows.
                if policy.id == new && args.old.contains('@') && !global.quiet {
                    eprintln!(
                        "note: {} is the newest version: compared with the one before it, {}",
                        sanitize_line(&new),
                        sanitize_line(&old)
                    );
                }
                (indexed_policy(engine, &old)?, indexed_policy(engine, &new)?)
            }
        }
    };
    // Named the wrong way round, the changes read backwards (a promise dropped reads as one
    // made): said, not silently swapped, since a reader may mean it.
    if let (Some(a), Some(b)) = (&old.archived, &new.archived)
        && a > b
        && !global.quiet
    {
        eprintln!(
            "note: {} ({a}) is newer than {} ({b}): the changes read from the newer to the older",
            sanitize_line(&old.id),
            sanitize_line(&new.id)
        );
    }
    let diff = compare(&old, &new);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        super::json::write(&mut out, &diff)?;
        writeln!(out)?;
        return Ok(());
    }
    print(&mut out, &diff, styles)?;
    Ok(())
}

/// Text with whitespace collapsed, markup's emphasis left out and curly quotes made straight:
/// formatting changes (bold headings turned into `###`, "it’s" into "it's") are no change.
fn plain(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | '`')))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['‘', '’'], "'")
        .replace(['“', '”'], "\"")
}

/// Changes closer than this many unchanged words are reported as one.
const JOIN_WITHIN: usize = 3;

/// How long a word diff may take before it settles for a coarser answer (a rewrite of a long
/// policy compares tens of thousands of words).
const DIFF_DEADLINE: std::time::Duration = std::time::Duration::from_millis(500);

/// The words struck out of `old` and written into `new`, made [`plain`]; a colon that ends a
/// word is set aside, as a heading run into its paragraph ("Affiliates: We may") and the same
/// heading set apart ("Affiliates" above "We may") are one text.
fn text_changes(old: &str, new: &str) -> Vec<TextChange> {
    let (old, new) = (plain(old), plain(new));
    let words = |t: &str| -> Vec<String> { t.split(' ').map(String::from).collect() };
    let (a, b) = (words(&old), words(&new));
    let key = |w: &String| w.trim_end_matches(':').to_string();
    let (ka, kb): (Vec<String>, Vec<String>) =
        (a.iter().map(key).collect(), b.iter().map(key).collect());
    let ops = similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        &ka,
        &kb,
        Some(std::time::Instant::now() + DIFF_DEADLINE),
    );
    // Runs of changed words, joined across a few unchanged ones.
    let mut runs: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for op in ops {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            continue;
        }
        match runs.last_mut() {
            Some((pa, pb))
                if ra.start.saturating_sub(pa.end) <= JOIN_WITHIN
                    && rb.start.saturating_sub(pb.end) <= JOIN_WITHIN =>
            {
                pa.end = ra.end;
                pb.end = rb.end;
            }
            _ => runs.push((ra, rb)),
        }
    }
    runs.into_iter()
        .map(|(ra, rb)| TextChange {
            before: a[ra.start.saturating_sub(CONTEXT_WORDS)..ra.start].join(" "),
            after: a[ra.end..(ra.end + CONTEXT_WORDS).min(a.len())].join(" "),
            old: a[ra].join(" "),
            new: b[rb].join(" "),
        })
        .collect()
}

fn compare(old: &Policy, new: &Policy) -> DiffJson {
    // Sections by heading; a heading that recurs is told apart by its rank among its twins.
    // Keys are in lower case ("Overview" and "OVERVIEW" are one section) and shown as the
    // newer version writes them, else the older.
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    let mut keyed = |p: &Policy| -> Vec<(String, String)> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        (0..p.sections.len())
            .map(|i| {
                let written = plain(p.sections[i].display_heading());
                let heading = written.to_lowercase();
                let n = seen.entry(heading.clone()).or_default();
                *n += 1;
                let (key, written) = if *n == 1 {
                    (heading, written)
                } else {
                    (format!("{heading} ({n})"), format!("{written} ({n})"))
                };
                shown.insert(key.clone(), written);
                // The body without its heading line: a retitled section keeps its text.
                let s = &p.sections[i];
                let body = p.text.get(s.body_start..s.span.end).unwrap_or("");
                (key, plain(body))
            })
            .collect()
    };
    let (a, b) = (keyed(old), keyed(new));
    let show = |k: &String| shown.get(k).cloned().unwrap_or_else(|| k.clone());
    let in_a: BTreeMap<&str, &str> = a.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect();
    let in_b: BTreeMap<&str, &str> = b.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect();
    let only_a: Vec<&(String, String)> = a
        .iter()
        .filter(|(k, _)| !in_b.contains_key(k.as_str()))
        .collect();
    let only_b: Vec<&(String, String)> = b
        .iter()
        .filter(|(k, _)| !in_a.contains_key(k.as_str()))
        .collect();
    // A section under a new heading with the same text was retitled, not replaced.
    let mut sections_retitled = Vec::new();
    let mut matched_b: Vec<&str> = Vec::new();
    let mut sections_removed = Vec::new();
    for (k, t) in &only_a {
        match only_b
            .iter()
            .find(|(kb, tb)| tb == t && !matched_b.contains(&kb.as_str()))
        {
            Some((kb, _)) => {
                matched_b.push(kb);
                sections_retitled.push([show(k), show(kb)]);
            }
            // A heading with no text under it (a title over an "Overview") removed no text:
            // its words show among the passages changed.
            None if t.is_empty() => {}
            None => sections_removed.push(show(k)),
        }
    }
    let added: Vec<&&(String, String)> = only_b
        .iter()
        .filter(|(k, t)| !matched_b.contains(&k.as_str()) && !t.is_empty())
        .collect();
    let sections_added = added.iter().map(|(k, _)| show(k)).collect();
    // A section whose text the other version holds (under other headings) was re-cut, not
    // written or struck out.
    let (plain_old, plain_new) = (plain(&old.text), plain(&new.text));
    let held = |body: &str, other: &str| !body.is_empty() && other.contains(body);
    let sections_recut = added.iter().filter(|(_, t)| held(t, &plain_old)).count()
        + only_a
            .iter()
            .filter(|(k, t)| {
                !sections_retitled.iter().any(|[o, _]| *o == show(k)) && held(t, &plain_new)
            })
            .count();
    let sections_changed = b
        .iter()
        .filter(|(k, t)| in_a.get(k.as_str()).is_some_and(|o| o != t))
        .map(|(k, _)| show(k))
        .collect();

    let detector = crate::clauses::detector();
    let clauses = |p: &Policy| -> Vec<(String, ClauseMatch)> {
        detector
            .detect_policy(p)
            .into_iter()
            .map(|m| (plain(&p.text[m.span()]), m))
            .collect()
    };
    let (ca, cb) = (clauses(old), clauses(new));
    // The same clause: the same kind in the same sentence, give or take a heading run into
    // it ("Business transfers: As we continue …" where the other version sets the heading
    // apart).
    let same = |(sa, ma): &(String, ClauseMatch), (sb, mb): &(String, ClauseMatch)| {
        ma.kind == mb.kind && (sa == sb || sa.ends_with(sb.as_str()) || sb.ends_with(sa.as_str()))
    };
    let in_other = |c: &(String, ClauseMatch), other: &[(String, ClauseMatch)]| {
        other.iter().any(|o| same(c, o))
    };
    let change = |p: &Policy, (s, m): &(String, ClauseMatch)| {
        let ordinal = p.section_at(m.start).unwrap_or(0);
        ClauseChange {
            kind: m.kind.clone(),
            valence: m.valence,
            sentence: sanitize(s).into_owned(),
            trigger: m.trigger.clone(),
            section: p
                .sections
                .get(ordinal)
                .map(|s| sanitize(s.display_heading()).into_owned())
                .unwrap_or_default(),
            ordinal,
            start: m.start,
            end: m.end,
        }
    };
    let clauses_gained = cb
        .iter()
        .filter(|c| !in_other(c, &ca))
        .map(|c| change(new, c))
        .collect();
    let clauses_lost = ca
        .iter()
        .filter(|c| !in_other(c, &cb))
        .map(|c| change(old, c))
        .collect();
    let mut kinds: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    for (_, m) in &ca {
        kinds.entry(m.kind.clone()).or_default()[0] += 1;
    }
    for (_, m) in &cb {
        kinds.entry(m.kind.clone()).or_default()[1] += 1;
    }
    kinds.retain(|_, [a, b]| a != b);
    // Headings count: a title or heading reworded is a change of the text, shown as retitled.
    let text_changes = if plain_old == plain_new {
        Vec::new()
    } else {
        text_changes(&old.text, &new.text)
    };
    let same_text = text_changes.is_empty();
    DiffJson {
        old: old.id.clone(),
        new: new.id.clone(),
        old_file: sanitize_line(&old.source_path).into_owned(),
        new_file: sanitize_line(&new.source_path).into_owned(),
        same_text,
        text_changes,
        sections_added,
        sections_removed,
        sections_recut,
        sections_changed,
        sections_retitled,
        kinds,
        clauses_gained,
        clauses_lost,
    }
}

/// Changes of the text that the plain output quotes.
const TEXT_CHANGES_SHOWN: usize = 10;

fn print(out: &mut impl Write, d: &DiffJson, styles: &Styles) -> Result<()> {
    // Two files of one id (a policy and an edited copy of it) are told apart by their files.
    if d.old == d.new && d.old_file != d.new_file {
        writeln!(
            out,
            "{} ({}) → {} ({})",
            styles.bold(&d.old),
            d.old_file,
            styles.bold(&d.new),
            d.new_file
        )?;
    } else {
        writeln!(out, "{} → {}", styles.bold(&d.old), styles.bold(&d.new))?;
    }
    if d.same_text {
        writeln!(
            out,
            "the same text, apart from whitespace, markup and headings' formatting"
        )?;
    } else {
        // What was written and struck out comes first: sections alone mislead where the two
        // versions cut the same text differently.
        writeln!(
            out,
            "text: {} changed",
            plural(d.text_changes.len(), "passage", "passages")
        )?;
        for c in d.text_changes.iter().take(TEXT_CHANGES_SHOWN) {
            let short = |t: &str| -> String {
                let s: String = t.chars().take(150).collect();
                let more = if s.len() < t.len() { "…" } else { "" };
                format!("{}{more}", sanitize(&s))
            };
            // As a word diff reads: the words around, what was struck out [-…-] and what was
            // written {+…+}, so that a "does not" dropped is seen in its sentence.
            let mut line = String::from("  ");
            if !c.before.is_empty() {
                line.push_str(&format!("…{} ", sanitize(&c.before)));
            }
            if !c.old.is_empty() {
                line.push_str(&styles.removed(&format!("[-{}-]", short(&c.old))));
            }
            if !c.new.is_empty() {
                if !c.old.is_empty() {
                    line.push(' ');
                }
                line.push_str(&styles.added(&format!("{{+{}+}}", short(&c.new))));
            }
            if !c.after.is_empty() {
                line.push_str(&format!(" {}…", sanitize(&c.after)));
            }
            writeln!(out, "{line}")?;
        }
        if d.text_changes.len() > TEXT_CHANGES_SHOWN {
            writeln!(
                out,
                "  {}",
                styles.dim(&format!(
                    "and {} more (--json lists all)",
                    d.text_changes.len() - TEXT_CHANGES_SHOWN
                ))
            )?;
        }
    }
    let list = |out: &mut dyn Write, what: &str, items: &[String]| -> Result<()> {
        if !items.is_empty() {
            writeln!(
                out,
                "{} {what}:",
                plural(items.len(), "section", "sections")
            )?;
            for h in items {
                writeln!(out, "  {}", sanitize(h))?;
            }
        }
        Ok(())
    };
    list(out, "added", &d.sections_added)?;
    list(out, "removed", &d.sections_removed)?;
    if d.sections_recut > 0 {
        writeln!(
            out,
            "{}",
            styles.dim(&format!(
                "  (of these, {} hold text the other version has under other headings: the \
                 text is cut into sections differently)",
                d.sections_recut
            ))
        )?;
    }
    list(out, "rewritten", &d.sections_changed)?;
    for [a, b] in &d.sections_retitled {
        writeln!(out, "retitled: {} → {}", sanitize(a), sanitize(b))?;
    }
    if d.kinds.is_empty() && d.clauses_gained.is_empty() && d.clauses_lost.is_empty() {
        writeln!(out, "clauses: the same")?;
        return Ok(());
    }
    for (kind, [a, b]) in &d.kinds {
        let what = match (a, b) {
            (0, _) => "new",
            (_, 0) => "gone",
            _ => "",
        };
        writeln!(out, "{} {a} → {b} {}", styles.bold(kind), styles.dim(what))?;
    }
    for (sign, items) in [("+", &d.clauses_gained), ("-", &d.clauses_lost)] {
        for c in items {
            writeln!(
                out,
                "{sign} {} {} {}",
                styles.valence_mark(c.valence),
                styles.bold(&c.kind),
                styles.dim(&format!("[{}]", c.trigger))
            )?;
            writeln!(out, "      {}", c.sentence)?;
        }
    }
    Ok(())
}
