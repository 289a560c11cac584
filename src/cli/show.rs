//! `policytui show POLICY`: a policy as policytui reads it, whole, by section, or by topic.

use std::io::Write;

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use super::Global;
use super::json::ClauseJson;
use super::named::Lookup;
use super::output::{Styles, domain_note, plural};
use crate::clauses::ClauseMatch;
use crate::corpus::{Policy, TopicTable};

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Policy id, company name or domain; or the path of a file, read without the index
    #[arg(value_name = "POLICY")]
    pub policy: String,
    /// Only this section (its number, from 0, as in the outline)
    #[arg(long, value_name = "N", conflicts_with_all = ["topic", "outline"])]
    pub section: Option<usize>,
    /// Only the sections on this topic (sharing, cookies, retention…)
    #[arg(long, value_name = "TOPIC", conflicts_with = "outline")]
    pub topic: Option<String>,
    /// Only the list of sections
    #[arg(long)]
    pub outline: bool,
    /// List the clauses found, section by section, instead of the text
    #[arg(long, conflicts_with = "outline")]
    pub clauses: bool,
    /// Print as JSON (fields documented in README.md)
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    ordinal: usize,
    heading: &'a str,
    level: u8,
    topic: &'a str,
    start: usize,
    end: usize,
    body_start: usize,
    /// Left out with `--outline`.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    /// Only with `--clauses`.
    #[serde(skip_serializing_if = "Option::is_none")]
    clauses: Option<Vec<ClauseJson<'a>>>,
}

#[derive(Serialize)]
struct PolicyJson<'a> {
    id: &'a str,
    company: &'a str,
    company_key: &'a str,
    domain: Option<&'a str>,
    title: &'a str,
    source_url: Option<&'a str>,
    archived: Option<&'a str>,
    source_path: &'a str,
    format: &'a str,
    latest: bool,
    versions: Vec<String>,
    sections: Vec<SectionJson<'a>>,
}

pub fn run(global: &Global, args: &ShowArgs, styles: &Styles) -> Result<()> {
    let mut lookup = Lookup::new(global);
    let (policy, indexed) = lookup.policy(&args.policy)?;
    // A file read as it is, outside the index, is the one version known of its policy.
    let versions = if indexed {
        lookup.engine()?.versions_of(&policy.company_key)?
    } else {
        vec![policy.id.clone()]
    };

    let selected: Vec<usize> = if let Some(n) = args.section {
        if n >= policy.sections.len() {
            bail!(
                "{} has {} (0 to {})",
                policy.company,
                plural(policy.sections.len(), "section", "sections"),
                policy.sections.len().saturating_sub(1)
            );
        }
        vec![n]
    } else if let Some(topic) = &args.topic {
        let table = TopicTable::builtin();
        let Some(id) = table.resolve(topic) else {
            let ids: Vec<&str> = table.topics().iter().map(|t| t.id.as_str()).collect();
            bail!("unknown topic {topic:?}; topics are {}", ids.join(", "));
        };
        let found: Vec<usize> = (0..policy.sections.len())
            .filter(|&i| policy.sections[i].topic == id)
            .collect();
        if found.is_empty() {
            let mut has: Vec<&str> = Vec::new();
            for s in &policy.sections {
                if !has.contains(&s.topic.as_str()) {
                    has.push(&s.topic);
                }
            }
            bail!(
                "no section of {} is about {id}; its topics are {}",
                policy.company,
                has.join(", ")
            );
        }
        found
    } else {
        (0..policy.sections.len()).collect()
    };

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let found = if args.clauses {
        crate::clauses::detector().detect_policy(&policy)
    } else {
        Vec::new()
    };
    if args.json {
        // Each clause's section, found once: not once for every section of a long policy.
        let mut by_section: Vec<Vec<&ClauseMatch>> = vec![Vec::new(); policy.sections.len()];
        for m in &found {
            if let Some(list) = policy
                .section_at(m.start)
                .and_then(|i| by_section.get_mut(i))
            {
                list.push(m);
            }
        }
        let json = PolicyJson {
            id: &policy.id,
            company: &policy.company,
            company_key: &policy.company_key,
            domain: policy.domain.as_deref(),
            title: &policy.title,
            source_url: policy.source_url.as_deref(),
            archived: policy.archived.as_deref(),
            source_path: &policy.source_path,
            format: policy.format.name(),
            latest: policy.latest,
            versions,
            sections: selected
                .iter()
                .map(|&i| {
                    let s = &policy.sections[i];
                    SectionJson {
                        ordinal: i,
                        heading: &s.heading,
                        level: s.level,
                        topic: &s.topic,
                        start: s.span.start,
                        end: s.span.end,
                        body_start: s.body_start,
                        text: (!args.outline).then(|| policy.section_text(i).unwrap_or("")),
                        clauses: args
                            .clauses
                            .then(|| by_section[i].iter().map(|m| ClauseJson::from(*m)).collect()),
                    }
                })
                .collect(),
        };
        super::json::write(&mut out, &json)?;
        writeln!(out)?;
        return Ok(());
    }
    print_header(&mut out, &policy, &versions, styles)?;
    if args.clauses {
        let mut last_section = None;
        for m in &found {
            let Some(i) = policy.section_at(m.start) else {
                continue;
            };
            if !selected.contains(&i) {
                continue;
            }
            if last_section != Some(i) {
                writeln!(out)?;
                writeln!(
                    out,
                    "{} {}",
                    styles.heading(policy.sections[i].display_heading()),
                    styles.dim(&format!("[§{i}]"))
                )?;
                last_section = Some(i);
            }
            let mark = styles.valence_mark(m.valence);
            let sentence: String = policy.text[m.span()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            writeln!(
                out,
                "  {mark} {} {}",
                styles.bold(&m.kind),
                styles.dim(&format!("[{}]", m.trigger))
            )?;
            writeln!(
                out,
                "      {}",
                crate::corpus::sanitize::sanitize(&sentence)
            )?;
        }
        if found.is_empty() {
            writeln!(out, "no clauses found")?;
        }
        // No clause in another language is no promise: the catalogue reads English.
        if !crate::clauses::reads_as_english(&policy.text) {
            writeln!(
                out,
                "{}",
                styles.dim(
                    "note: this policy does not read as English; clauses are found in English text only"
                )
            )?;
        }
        return Ok(());
    }
    if args.outline {
        for (i, s) in policy.sections.iter().enumerate() {
            let indent = "  ".repeat(s.level.saturating_sub(1) as usize);
            writeln!(
                out,
                "{:>4}  {:<13} {indent}{}",
                format!("§{i}"),
                styles.topic(&s.topic),
                styles.heading(s.display_heading())
            )?;
        }
        return Ok(());
    }
    for i in selected {
        let s = &policy.sections[i];
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            styles.heading(s.display_heading()),
            styles.dim(&format!("[§{i} {}]", s.topic))
        )?;
        let body = policy.text.get(s.body_span().range()).unwrap_or("");
        let body = body.trim_end();
        if !body.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", crate::corpus::sanitize::sanitize(body))?;
        }
    }
    Ok(())
}

fn print_header(
    out: &mut impl Write,
    p: &Policy,
    versions: &[String],
    styles: &Styles,
) -> Result<()> {
    let domain = domain_note(&p.company, p.domain.as_deref())
        .map(|d| format!(" — {d}"))
        .unwrap_or_default();
    writeln!(out, "{}{}", styles.company(&p.company), domain)?;
    if !p.title.is_empty() && p.title != p.company {
        writeln!(out, "{}", styles.bold(&p.title))?;
    }
    let mut facts = vec![format!("id {}", p.id)];
    if let Some(date) = &p.archived {
        facts.push(format!("archived {date}"));
    }
    facts.push(format!("{} format", p.format));
    facts.push(plural(p.sections.len(), "section", "sections"));
    facts.push(crate::corpus::sanitize::sanitize_line(&p.source_path).into_owned());
    writeln!(out, "{}", styles.dim(&facts.join(" · ")))?;
    if let Some(url) = &p.source_url {
        writeln!(out, "{}", styles.dim(url))?;
    }
    if versions.len() > 1 {
        writeln!(
            out,
            "{}",
            styles.dim(&format!("versions: {}", versions.join(", ")))
        )?;
    }
    Ok(())
}
