//! Synthetic corpora for scale work. Research corpora hold a million policies; the real ones
//! we may ship hold a few hundred. This recombines real sections into new policies so that a
//! benchmark at any size sees real section lengths, real vocabulary and real phrase frequencies
//! ("will not sell" stays as rare as it is in real policies), with made-up companies so that
//! no generated file can be mistaken for a real company's policy.
//!
//! Every policy is a pure function of (seed, its number): generation is parallel and still
//! byte-for-byte reproducible, and any slice of a corpus can be regenerated alone.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;
use thiserror::Error;

use super::policy::Policy;
use super::walk::{CorpusError, load_dir};

/// Names are four 6-bit syllables: 2^24 distinct companies.
pub const MAX_POLICIES: usize = 1 << 24;

#[derive(Debug, Error)]
pub enum GenerateError {
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    #[error("{0} holds no readable policy with sections to recombine")]
    NoSource(PathBuf),
    #[error("output folder {0} is not empty; give a new or empty folder")]
    NotEmpty(PathBuf),
    #[error("at most {MAX_POLICIES} policies can be generated (asked for {0})")]
    TooMany(usize),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// Policy files to write (versions of one company count one each).
    pub policies: usize,
    pub seed: u64,
    /// Companies per sub-folder.
    pub shard_size: usize,
}

#[derive(Debug, Clone, Default)]
pub struct GenerateReport {
    pub policies: usize,
    pub companies: usize,
    pub shards: usize,
    pub bytes: u64,
    /// What the recombined sections came from.
    pub source_policies: usize,
    pub source_sections: usize,
}

/// Stand-ins for the source company's name and domain inside a recombined text; policy text
/// is sanitized, so control characters never occur in it.
const COMPANY_MARK: char = '\u{1}';
const DOMAIN_MARK: char = '\u{2}';

/// A section taken from a real policy, its owner's name and domain replaced by marks.
#[derive(Debug, Clone)]
struct Piece {
    heading: String,
    level: u8,
    body: String,
}

/// Everything the generator draws from.
#[derive(Debug, Default)]
pub struct Source {
    /// Opening sections (the text under a policy's title).
    intros: Vec<Piece>,
    /// Other sections by topic number.
    by_topic: Vec<Vec<Piece>>,
    /// Each real policy's sequence of section topics after its opening: the shape of a
    /// generated policy is a real policy's shape.
    templates: Vec<Vec<u16>>,
    source_policies: usize,
    source_sections: usize,
}

impl Source {
    /// Reads the policies under `root` (any format the readers know).
    pub fn load(root: &Path) -> Result<Source, GenerateError> {
        let corpus = load_dir(root)?;
        let source = Source::from_policies(&corpus.policies);
        if source.templates.is_empty() {
            return Err(GenerateError::NoSource(root.to_path_buf()));
        }
        Ok(source)
    }

    pub fn from_policies(policies: &[Policy]) -> Source {
        let mut source = Source::default();
        let mut topic_names: Vec<String> = Vec::new();
        for policy in policies {
            let marks = Marks::of(policy);
            let mut template = Vec::new();
            for (n, section) in policy.sections.iter().enumerate() {
                let body = policy
                    .text
                    .get(section.body_span().range())
                    .unwrap_or("")
                    .trim();
                let piece = Piece {
                    heading: marks.apply(&section.heading),
                    level: section.level.clamp(2, 4),
                    body: marks.apply(body),
                };
                source.source_sections += 1;
                if n == 0 && (section.level <= 1 || section.heading.is_empty()) {
                    source.intros.push(piece);
                    continue;
                }
                if piece.heading.trim().is_empty() {
                    continue;
                }
                let topic = match topic_names.iter().position(|t| *t == section.topic) {
                    Some(t) => t,
                    None => {
                        topic_names.push(section.topic.clone());
                        source.by_topic.push(Vec::new());
                        topic_names.len() - 1
                    }
                };
                source.by_topic[topic].push(piece);
                template.push(topic as u16);
            }
            source.source_policies += 1;
            if !template.is_empty() {
                source.templates.push(template);
            }
        }
        source
    }
}

/// The source company's name and domain, to be replaced by marks.
struct Marks {
    names: Vec<(String, char)>,
}

impl Marks {
    fn of(policy: &Policy) -> Marks {
        let mut names = Vec::new();
        if let Some(domain) = &policy.domain {
            names.push((format!("www.{domain}"), DOMAIN_MARK));
            names.push((domain.clone(), DOMAIN_MARK));
        }
        // A name of two letters ("aa") would replace inside words.
        if policy.company.chars().count() >= 3 && Some(&policy.company) != policy.domain.as_ref() {
            names.push((policy.company.clone(), COMPANY_MARK));
        }
        Marks { names }
    }

    fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (name, mark) in &self.names {
            if out.contains(name.as_str()) {
                out = out.replace(name.as_str(), &mark.to_string());
            }
        }
        out
    }
}

/// A small, fast, seedable generator (SplitMix64): the corpus must not depend on a library's
/// choice of algorithm between versions.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const CONSONANTS: &[u8; 16] = b"bcdfghklmnprstvz";
const VOWELS: &[u8; 4] = b"aeio";
const TLDS: &[&str] = &[
    "com", "com", "com", "com", "net", "org", "io", "co.uk", "de", "info",
];

/// A made-up company: name and domain unique for each number below [`MAX_POLICIES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    pub name: String,
    pub domain: String,
}

impl Company {
    pub fn numbered(number: usize, seed: u64) -> Company {
        // An odd multiplier makes this a bijection on 24 bits: distinct numbers, distinct names.
        let mixed = (number as u64)
            .wrapping_mul(0x9E37_79B1)
            .wrapping_add(seed.wrapping_mul(0x85EB_CA6B))
            & 0xFF_FFFF;
        let mut name = String::with_capacity(8);
        for i in 0..4 {
            let syllable = (mixed >> (6 * i)) & 63;
            name.push(CONSONANTS[(syllable >> 2) as usize] as char);
            name.push(VOWELS[(syllable & 3) as usize] as char);
        }
        let tld = TLDS[(Rng::new(seed, number as u64 ^ 0x7D).next() % TLDS.len() as u64) as usize];
        let domain = format!("{name}.{tld}");
        let mut display = name;
        display[..1].make_ascii_uppercase();
        Company {
            name: display,
            domain,
        }
    }
}

/// Days since 2000-01-01 as `YYYY-MM-DD` (proleptic Gregorian).
fn date(days: u64) -> String {
    // Civil-from-days, shifted so that 2000-03-01 is day 0 of an era-aligned count.
    let z = days as i64 + 10_957 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Relative path, `/`-separated.
    pub rel: String,
    pub text: String,
}

/// How many versions each company gets: one, or (one company in eight) two.
fn plan(policies: usize, seed: u64) -> Vec<u8> {
    let mut versions = Vec::new();
    let mut total = 0;
    let mut rng = Rng::new(seed, u64::MAX);
    while total < policies {
        let n = if rng.below(8) == 0 { 2 } else { 1 };
        let n = n.min(policies - total);
        versions.push(n as u8);
        total += n;
    }
    versions
}

/// The files of company number `number`, with `versions` dated versions.
pub fn company_files(
    source: &Source,
    number: usize,
    versions: u8,
    opts: &GenerateOptions,
) -> Vec<Generated> {
    let company = Company::numbered(number, opts.seed);
    let mut rng = Rng::new(opts.seed, number as u64);
    let shard = format!("{:04}", number / opts.shard_size.max(1));
    let template = rng.pick(&source.templates).clone();
    let mut sections: Vec<&Piece> = template
        .iter()
        .map(|&t| rng.pick(&source.by_topic[usize::from(t)]))
        .collect();
    let intro = (!source.intros.is_empty()).then(|| rng.pick(&source.intros));
    let mut day = rng.below(6_500) as u64;
    let mut files = Vec::with_capacity(usize::from(versions));
    for v in 0..versions {
        if v > 0 {
            // A later version: time passes and some sections are rewritten.
            day += 200 + rng.below(1_200) as u64;
            for (slot, t) in template.iter().enumerate() {
                if rng.below(4) == 0 {
                    sections[slot] = rng.pick(&source.by_topic[usize::from(*t)]);
                }
            }
        }
        let archived = date(day);
        let name = if versions > 1 {
            format!("{}@{archived}.md", company.domain)
        } else {
            format!("{}.md", company.domain)
        };
        files.push(Generated {
            rel: format!("{shard}/{name}"),
            text: render(&company, &archived, intro, &sections),
        });
    }
    files
}

/// A policy in the Princeton–Leuven markdown format: provenance line, title, `##` sections.
fn render(company: &Company, archived: &str, intro: Option<&Piece>, sections: &[&Piece]) -> String {
    let mut out = String::with_capacity(
        sections
            .iter()
            .map(|s| s.body.len() + s.heading.len() + 8)
            .sum::<usize>()
            + 512,
    );
    let stamp: String = archived.chars().filter(char::is_ascii_digit).collect();
    out.push_str(&format!(
        "> *The following text is extracted and transformed from the {domain} privacy policy \
         that was archived on {archived}. Please check the [original snapshot on the Wayback \
         Machine](https://web.archive.org/web/{stamp}000000id_/http%3A//www.{domain}/privacy) \
         for the most accurate reproduction.*\n\n# {name} Privacy Policy\n\n",
        domain = company.domain,
        name = company.name,
    ));
    let fill = |text: &str, out: &mut String| {
        for c in text.chars() {
            match c {
                COMPANY_MARK => out.push_str(&company.name),
                DOMAIN_MARK => out.push_str(&company.domain),
                c => out.push(c),
            }
        }
    };
    if let Some(intro) = intro
        && !intro.body.is_empty()
    {
        fill(&intro.body, &mut out);
        out.push_str("\n\n");
    }
    for piece in sections {
        for _ in 0..piece.level {
            out.push('#');
        }
        out.push(' ');
        fill(&piece.heading, &mut out);
        out.push_str("\n\n");
        if !piece.body.is_empty() {
            fill(&piece.body, &mut out);
            out.push_str("\n\n");
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Writes a generated corpus of `opts.policies` files into `out` (which must be new or empty),
/// calling `progress(done, total)` as companies are written.
pub fn generate(
    source: &Source,
    out: &Path,
    opts: &GenerateOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<GenerateReport, GenerateError> {
    if opts.policies > MAX_POLICIES {
        return Err(GenerateError::TooMany(opts.policies));
    }
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| GenerateError::Write { path, source }
    };
    match fs::read_dir(out) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(GenerateError::NotEmpty(out.to_path_buf()));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(out).map_err(write_err(out))?
        }
        Err(e) => return Err(write_err(out)(e)),
    }
    let versions = plan(opts.policies, opts.seed);
    let shard_size = opts.shard_size.max(1);
    let shards = versions.len().div_ceil(shard_size);
    for shard in 0..shards {
        let dir = out.join(format!("{shard:04}"));
        fs::create_dir_all(&dir).map_err(write_err(&dir))?;
    }
    let done = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    versions
        .par_iter()
        .enumerate()
        .with_min_len(64)
        .try_for_each(|(number, &n)| {
            for file in company_files(source, number, n, opts) {
                let path = out.join(&file.rel);
                fs::write(&path, &file.text).map_err(write_err(&path))?;
                bytes.fetch_add(file.text.len() as u64, Ordering::Relaxed);
            }
            let d = done.fetch_add(usize::from(n), Ordering::Relaxed) + usize::from(n);
            if d % 1024 < usize::from(n) {
                progress(d, opts.policies);
            }
            Ok::<(), GenerateError>(())
        })?;
    progress(opts.policies, opts.policies);
    Ok(GenerateReport {
        policies: opts.policies,
        companies: versions.len(),
        shards,
        bytes: bytes.into_inner(),
        source_policies: source.source_policies,
        source_sections: source.source_sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        assert_eq!(date(0), "2000-01-01");
        assert_eq!(date(59), "2000-02-29");
        assert_eq!(date(60), "2000-03-01");
        assert_eq!(date(366), "2001-01-01");
        assert_eq!(date(7_305), "2020-01-01");
    }

    #[test]
    fn company_names_are_distinct_and_seeded() {
        let mut seen = std::collections::HashSet::new();
        for n in 0..50_000 {
            assert!(seen.insert(Company::numbered(n, 7).name), "{n}");
        }
        assert_ne!(Company::numbered(3, 1), Company::numbered(3, 2));
        assert_eq!(Company::numbered(3, 1), Company::numbered(3, 1));
    }

    #[test]
    fn plan_counts_exactly() {
        for n in [0, 1, 2, 7, 1000] {
            let v = plan(n, 9);
            assert_eq!(v.iter().map(|&x| usize::from(x)).sum::<usize>(), n);
        }
        assert!(plan(1000, 9).contains(&2));
    }
}
