//! Scores some clause kinds against GoPPC-150's paragraph labels, policies the catalogue was
//! never scored against: `cargo run --release --example goppc_eval -- [../shared/corpus/goppc150]`
//!
//! GoPPC-150 gives each paragraph one or more concepts of its GDPR taxonomy, twice (two label
//! sets, `category="a,b;a,b"`). A paragraph counts as gold for a kind when both sets hold one
//! of the kind's concepts. The concepts were matched to kinds by reading paragraphs that carry
//! them: 5 policy change, 12 security, 14 and its parts transfers outside Europe (not 16.2,
//! where data is stored: often "on our servers"), 15 children, 16.1 and 16.3 retention (not 16,
//! storing at all). GoPPC files a paragraph under its main concept, so a paragraph that states
//! a retention period inside a section on rights is not gold for retention: precision here is
//! a floor, recall the figure to read.

use std::path::Path;

use policytui::clauses::evaluate::Score;

/// Kinds (by id prefix) and the GoPPC concepts that mean them.
const KINDS: &[(&str, &[&str])] = &[
    ("change-", &["5"]),
    ("security", &["12"]),
    ("international-transfer", &["14", "14.1", "14.2", "14.3"]),
    ("children", &["15"]),
    ("retention-", &["16.1", "16.3"]),
];

/// A labelled paragraph: its two label sets and its text.
struct Paragraph {
    labels: Vec<Vec<String>>,
    text: String,
}

/// XML entities decoded: the five named ones, `&nbsp;`, and numeric ones (`&#8217;`, `&#x2019;`).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity = after.find(';').filter(|&k| k <= 10).map(|k| &after[..k]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => {
                let number = e.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (entity, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e.len() + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The outermost labelled `<paragraph>` and `<item>` elements of each file, with what they
/// nest (a lead-in paragraph holds its list's items): a label is the whole element's.
fn paragraphs(dir: &Path) -> Vec<Paragraph> {
    let tags = regex::Regex::new(r#"<(/?)(paragraph|item)\b([^>]*)>"#).expect("a valid pattern");
    let category = regex::Regex::new(r#"category="([^"]*)""#).expect("a valid pattern");
    let markup = regex::Regex::new(r"<[^>]+>").expect("a valid pattern");
    let mut files: Vec<_> = std::fs::read_dir(dir.join("data/GoPPC-150"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "xml"));
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let Ok(bytes) = std::fs::read(&file) else {
            eprintln!("{}: unreadable, skipped", file.display());
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        // Open elements, and where the outermost labelled one began, with its labels.
        let mut depth = 0usize;
        let mut open: Option<(usize, usize, &str)> = None;
        for tag in tags.captures_iter(&text) {
            let whole = tag.get(0).expect("a match");
            if &tag[1] == "/" {
                depth = depth.saturating_sub(1);
                if let Some((at, start, labels)) = open
                    && depth == at
                {
                    let body = unescape(&markup.replace_all(&text[start..whole.start()], ""));
                    let body = body.trim();
                    if !body.is_empty() {
                        out.push(Paragraph {
                            labels: labels
                                .split(';')
                                .map(|side| {
                                    side.split(',')
                                        .map(|c| c.trim().to_string())
                                        .filter(|c| !c.is_empty())
                                        .collect()
                                })
                                .collect(),
                            text: body.to_string(),
                        });
                    }
                    open = None;
                }
            } else if !tag
                .get(3)
                .is_some_and(|m| m.as_str().trim_end().ends_with('/'))
            {
                let attributes = tag.get(3).map_or("", |m| m.as_str());
                if open.is_none()
                    && let Some(c) = category.captures(attributes)
                {
                    open = Some((depth, whole.end(), c.get(1).map_or("", |m| m.as_str())));
                }
                depth += 1;
            }
        }
    }
    out
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/goppc150".into());
    let paragraphs = paragraphs(Path::new(&dir));
    if paragraphs.is_empty() {
        eprintln!("no labelled paragraphs under {dir}/data/GoPPC-150: is the shared corpus there?");
        std::process::exit(1);
    }
    let detector = policytui::clauses::Detector::builtin();
    let found: Vec<Vec<String>> = paragraphs
        .iter()
        .map(|p| {
            detector
                .detect(&p.text)
                .into_iter()
                .map(|m| m.kind)
                .collect()
        })
        .collect();
    println!(
        "{} labelled paragraphs; gold = a concept of the kind in both label sets",
        paragraphs.len()
    );
    println!(
        "{:<24}{:>6}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}",
        "kind", "gold", "tp", "fp", "fn", "prec", "recall", "F1"
    );
    for (kind, concepts) in KINDS {
        let mut score = Score::default();
        for (p, kinds) in paragraphs.iter().zip(&found) {
            let gold = !p.labels.is_empty()
                && p.labels
                    .iter()
                    .all(|side| side.iter().any(|c| concepts.contains(&c.as_str())));
            let shown = kinds.iter().any(|k| k.starts_with(kind));
            match (gold, shown) {
                (true, true) => score.tp += 1,
                (false, true) => score.fp += 1,
                (true, false) => score.fn_ += 1,
                (false, false) => {}
            }
        }
        // A kind given by its prefix ("change-") stands for the family ("change-*").
        let name = if kind.ends_with('-') {
            format!("{kind}*")
        } else {
            kind.to_string()
        };
        println!(
            "{:<24}{:>6}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}",
            name,
            score.tp + score.fn_,
            score.tp,
            score.fp,
            score.fn_,
            score.precision(),
            score.recall(),
            score.f1()
        );
    }
}
