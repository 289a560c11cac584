//! `policytui clauses`: which companies' policies say what — a matrix of companies × clause
//! kinds, with counts and, on request, the first quote of each.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use super::Global;
use super::output::{Styles, domain_note};
use super::refresh::open_fresh;
use crate::clauses::{Valence, catalogue, detector};

#[derive(Args, Debug)]
pub struct ClausesArgs {
    /// Show the first quote of each kind, company by company, instead of the matrix
    #[arg(long)]
    pub quotes: bool,
    /// Only companies whose name, domain or id contains this (a version's full id names that
    /// version, however old)
    #[arg(long, value_name = "TEXT")]
    pub company: Option<String>,
    /// Every version of each company, oldest first, not only the newest: who dropped a
    /// promise, and when
    #[arg(long)]
    pub all_versions: bool,
    /// Only these kinds (an id, a family such as `retention`, or the start of an id), and only
    /// the companies that have one of them: `--kind advertising --kind targeted-ads`
    #[arg(long, value_name = "KIND")]
    pub kind: Vec<String>,
    /// Leave out the companies that have this kind: `--kind targeted-ads --without advertising`
    /// lists who targets its own ads with no third party named
    #[arg(long, value_name = "KIND")]
    pub without: Vec<String>,
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

/// The kind ids `names` stand for, each resolved as a `clause:` filter is; an unknown name is
/// an error that says which kinds were meant.
fn kind_ids(names: &[String], option: &str) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for name in names {
        let found = catalogue().resolve(name);
        let begun = crate::search::query::kinds_begun(name);
        if found.is_empty() && begun.len() > 1 {
            bail!(
                "--{option} {name:?} begins {} kinds: {}; name one",
                begun.len(),
                begun.join(", ")
            );
        }
        if found.is_empty() {
            bail!(
                "--{option} {name:?}: no clause kind has that name{}; `policytui clauses` lists them",
                crate::search::query::kinds_meant(name)
            );
        }
        ids.extend(found.into_iter().map(str::to_string));
    }
    Ok(ids)
}

#[derive(Serialize)]
struct KindJson<'a> {
    id: &'a str,
    label: &'a str,
    valence: Valence,
    description: &'a str,
}

#[derive(Serialize, Clone)]
struct CellJson {
    count: usize,
    quote: String,
    trigger: String,
    /// The quote as `--quotes` prints it, shorter, around the same words.
    #[serde(skip)]
    short: String,
}

#[derive(Serialize)]
struct CompanyJson {
    company: String,
    company_key: String,
    policy_id: String,
    domain: Option<String>,
    /// The version's archive date, where known.
    archived: Option<String>,
    clauses: BTreeMap<String, CellJson>,
}

#[derive(Serialize)]
struct MatrixJson<'a> {
    kinds: Vec<KindJson<'a>>,
    companies: Vec<CompanyJson>,
}

/// `text[span]` quoted in at most `max` characters, on one line; a longer one is cut around
/// the byte `focus` (the first word that fired), with "…" where it is cut.
fn quote(text: &str, span: std::ops::Range<usize>, focus: Option<usize>, max: usize) -> String {
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let whole = one_line(&text[span.clone()]);
    if whole.chars().count() <= max {
        return whole;
    }
    // A long sentence is quoted around the words that fired, a third of the way in, so the
    // quote shows why it was named: the first 300 characters of a run-on sentence may not.
    // The sentence's opening ("We may disclose …") is kept where the words that fired lie
    // well inside the quote: cutting a few words off its start loses its verb.
    let near_start = |f: &usize| text[span.start..*f].chars().count() + max / 4 <= max;
    let from = focus
        .filter(|f| span.contains(f) && !near_start(f))
        .and_then(|f| {
            // A third of the quote before it, or more where the sentence ends soon after.
            let after = text[f..span.end].chars().count();
            let lead = (max / 3).max(max.saturating_sub(after + 2));
            let before = &text[span.start..f];
            (before.chars().count() > lead).then(|| {
                let back = before
                    .char_indices()
                    .rev()
                    .nth(lead)
                    .map_or(span.start, |(i, _)| span.start + i);
                // From the start of a word.
                text[back..f]
                    .find(char::is_whitespace)
                    .map_or(back, |i| back + i)
            })
        })
        .unwrap_or(span.start);
    let body = one_line(&text[from..span.end]);
    let (open, room) = if from > span.start {
        ("…", max.saturating_sub(2))
    } else {
        ("", max.saturating_sub(1))
    };
    if body.chars().count() <= room + 1 {
        return format!("{open}{body}");
    }
    let cut: String = body.chars().take(room).collect();
    format!("{open}{cut}…")
}

/// The most characters of a quote `--quotes` prints (the JSON's are longer).
const SHORT_QUOTE: usize = 160;

/// The most characters of a lead-in quoted before its item.
const LEAD_QUOTE: usize = 120;

/// The lead-in a list item hangs from, quoted before it ("We will not:" before "• sell or rent
/// your data"): its last sentence, on one line, its start cut with "…" past [`LEAD_QUOTE`].
fn lead_quote(text: &str, lead: std::ops::Range<usize>) -> String {
    let line = text[lead].split_whitespace().collect::<Vec<_>>().join(" ");
    let last = line.rfind(". ").map_or(&line[..], |i| &line[i + 2..]);
    let n = last.chars().count();
    if n <= LEAD_QUOTE {
        return last.to_string();
    }
    let cut: String = last.chars().skip(n - LEAD_QUOTE).collect();
    let word = cut.find(' ').map_or(&cut[..], |i| &cut[i + 1..]);
    format!("…{word}")
}

pub fn run(global: &Global, args: &ClausesArgs, styles: &Styles) -> Result<()> {
    // Names checked before the index is opened: a typo is answered at once.
    let wanted = kind_ids(&args.kind, "kind")?;
    let unwanted = kind_ids(&args.without, "without")?;
    let (engine, _) = open_fresh(global)?;
    let catalogue = catalogue();
    // The columns: every kind, or those asked for, in the catalogue's order.
    let kinds: Vec<&crate::clauses::Kind> = catalogue
        .kinds
        .iter()
        .filter(|k| wanted.is_empty() || wanted.contains(&k.id))
        .collect();
    let filter = args.company.as_deref().map(str::to_lowercase);
    let mut records: Vec<_> = engine
        .policies()?
        .into_iter()
        .filter(|p| args.all_versions || p.latest || filter.as_deref().is_some_and(|f| p.id == f))
        .filter(|p| {
            filter.as_ref().is_none_or(|f| {
                p.company.to_lowercase().contains(f)
                    || p.id.contains(f.as_str())
                    || p.domain.as_deref().is_some_and(|d| d.contains(f.as_str()))
            })
        })
        .collect();
    if let Some(f) = &args.company
        && records.is_empty()
    {
        // As `show` says when nothing matches: an empty table reads as "no clauses".
        bail!(
            "no company matches {f:?} (by name, id or domain); without --company every one is listed"
        );
    }
    records.sort_by(|a, b| {
        (a.company.to_lowercase(), &a.archived).cmp(&(b.company.to_lowercase(), &b.archived))
    });
    let mut companies = Vec::new();
    for record in &records {
        let Some(policy) = engine.policy(&record.id)? else {
            continue;
        };
        let mut cells: BTreeMap<String, CellJson> = BTreeMap::new();
        for m in detector().detect_policy(&policy) {
            let cell = cells.entry(m.kind.clone()).or_insert_with(|| {
                let focus = m.trigger_spans.first().map(|r| r.start);
                let quoted = |max: usize| {
                    let item = quote(&policy.text, m.span(), focus, max);
                    match &m.lead_in {
                        Some(lead) => format!("{} {item}", lead_quote(&policy.text, lead.clone())),
                        None => item,
                    }
                };
                CellJson {
                    count: 0,
                    quote: quoted(300),
                    trigger: m.trigger.clone(),
                    short: quoted(SHORT_QUOTE),
                }
            });
            cell.count += 1;
        }
        if unwanted.iter().any(|k| cells.contains_key(k)) {
            continue;
        }
        if !wanted.is_empty() {
            cells.retain(|k, _| wanted.contains(k));
            if cells.is_empty() {
                continue;
            }
        }
        companies.push(CompanyJson {
            company: policy.company,
            company_key: policy.company_key,
            policy_id: policy.id,
            domain: policy.domain,
            archived: policy.archived,
            clauses: cells,
        });
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let json = MatrixJson {
            kinds: kinds
                .iter()
                .map(|k| KindJson {
                    id: &k.id,
                    label: &k.label,
                    valence: k.valence,
                    description: &k.description,
                })
                .collect(),
            companies,
        };
        super::json::write(&mut out, &json)?;
        writeln!(out)?;
        return Ok(());
    }
    let dated = args.all_versions || filter.as_deref().is_some_and(|f| f.contains('@'));
    if args.quotes {
        for c in &companies {
            let domain = domain_note(&c.company, c.domain.as_deref())
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            writeln!(
                out,
                "{}{}",
                styles.company(&row_name(c, dated)),
                styles.dim(&domain)
            )?;
            for kind in &kinds {
                let Some(cell) = c.clauses.get(&kind.id) else {
                    continue;
                };
                writeln!(
                    out,
                    "  {} {} {}",
                    styles.valence_mark(kind.valence),
                    styles.bold(&format!("{} ×{}", kind.id, cell.count)),
                    styles.dim(&format!("[{}]", cell.trigger))
                )?;
                writeln!(out, "      “{}”", cell.short)?;
            }
            writeln!(out)?;
        }
        return Ok(());
    }
    print_matrix(&mut out, &companies, &kinds, dated, styles)
}

/// A row's name: the company, and the version's date where versions are asked for (or named).
fn row_name(c: &CompanyJson, dated: bool) -> String {
    match &c.archived {
        Some(date) if dated => format!("{} {date}", c.company),
        _ => c.company.clone(),
    }
}

fn print_matrix(
    out: &mut impl Write,
    companies: &[CompanyJson],
    kinds: &[&crate::clauses::Kind],
    dated: bool,
    styles: &Styles,
) -> Result<()> {
    let names: Vec<String> = companies.iter().map(|c| row_name(c, dated)).collect();
    let name_width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(7)
        .clamp(7, if dated { 40 } else { 28 });
    // Cells as wide as the largest count and a space (three columns for most corpora; more
    // for a corpus of one company's many versions, or a long policy).
    let widest = companies
        .iter()
        .flat_map(|c| c.clauses.values())
        .map(|cell| cell.count.to_string().len())
        .max()
        .unwrap_or(1);
    let w = (widest + 1).max(3);
    let mut header = format!("{:<name_width$}", "company");
    for i in 1..=kinds.len() {
        header.push_str(&format!("{i:>w$}"));
    }
    writeln!(out, "{}", styles.bold(&header))?;
    for (c, name) in companies.iter().zip(&names) {
        // A long name keeps its date: the date is what tells the versions apart.
        let name: String = if name.chars().count() > name_width {
            let date = c.archived.as_deref().filter(|d| name.ends_with(*d));
            let keep = name_width.saturating_sub(date.map_or(0, |d| d.len() + 1) + 1);
            let head: String = name.chars().take(keep).collect();
            match date {
                Some(d) => format!("{head}… {d}"),
                None => format!("{head}…"),
            }
        } else {
            name.clone()
        };
        let mut line = format!("{name:<name_width$}");
        for k in kinds {
            match c.clauses.get(&k.id) {
                Some(cell) => {
                    let n = format!("{:>w$}", cell.count);
                    line.push_str(&styles.valence(k.valence, &n));
                }
                None => line.push_str(&styles.dim(&format!("{:>w$}", "·"))),
            }
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    for (i, k) in kinds.iter().enumerate() {
        writeln!(
            out,
            "{:>3} {} {:<24} {}",
            i + 1,
            styles.valence_mark(k.valence),
            k.id,
            styles.dim(&k.label)
        )?;
    }
    writeln!(
        out,
        "{}",
        styles.dim("counts are sentences; --quotes shows the first of each, --json everything")
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn a_long_sentence_is_quoted_around_what_fired() {
        let text = format!(
            "{} we may disclose it to the police. The end.",
            "word ".repeat(100)
        );
        let span = 0..text.find(" The end").unwrap_or(text.len());
        let focus = text.find("disclose");
        let q = quote(&text, span.clone(), focus, 60);
        assert!(
            q.starts_with('…') && q.contains("disclose it to the police."),
            "{q}"
        );
        assert!(q.chars().count() <= 60, "{q}");
        // From the start of a word, and whole where it fits.
        assert!(q.starts_with("…word "), "{q}");
        assert_eq!(
            quote(&text, 500..span.end, focus, 60),
            "we may disclose it to the police."
        );
        // Words that fired near the start keep the sentence's opening, its verb with it.
        let near = format!("We may disclose your data {}", "and more ".repeat(20));
        let q = quote(&near, 0..near.len(), near.find("disclose"), 60);
        assert!(q.starts_with("We may disclose") && q.ends_with('…'), "{q}");
        // Without a word to centre on, the head.
        let head = quote(&text, span, None, 60);
        assert!(
            head.starts_with("word word") && head.ends_with('…'),
            "{head}"
        );
    }
}
