//! Who a policy belongs to. Users think in companies ("FROM JAPAN", "Japan Talk"), files are
//! named by domain or by nothing at all; this finds the name a reader would use, from the title,
//! the opening text or the signature, and falls back to the domain.

use std::sync::LazyLock;

use regex::Regex;

/// Second-level suffixes under which the registrable name is one label further left.
const TWO_PART_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "co.jp", "ne.jp", "or.jp",
    "ac.jp", "go.jp", "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz",
    "net.nz", "com.br", "net.br", "org.br", "com.cn", "net.cn", "org.cn", "co.in", "net.in",
    "org.in", "firm.in", "gen.in", "ind.in", "org.tw", "com.tw", "net.tw", "co.za", "org.za",
    "com.mx", "co.kr", "or.kr", "com.sg", "com.hk", "co.il", "com.tr", "com.ar", "com.my", "co.id",
    "com.ph", "com.vn", "co.th", "com.pk", "com.ng", "com.eg", "com.sa", "co.tv", "com.ua",
    "com.pl", "co.at", "com.es", "com.co", "com.pe", "co.ve",
];

static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,18}$").expect("valid regex")
});
static FILE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@(\d{4}-\d{2}-\d{2})$").expect("valid regex"));
static UID_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d+_").expect("valid regex"));
static SIGNATURE_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\.(com|net|org|co\.jp|jp|co\.uk|de|fr|io|info|biz)$").expect("valid regex")
});
/// Legal forms that end a company's name ("Inc.", "GmbH", "S.A."), lowercased, without the
/// final full stop.
pub const LEGAL_FORMS: &[&str] = &[
    "inc",
    "ltd",
    "llc",
    "l.l.c",
    "gmbh",
    "co",
    "corp",
    "corporation",
    "limited",
    "plc",
    "ag",
    "s.a",
    "k.k",
    "kg",
    "llp",
    "b.v",
    "n.v",
    "pty",
    "pte",
];

/// True when `word` is one of [`LEGAL_FORMS`], in any case, with or without its full stop or a
/// comma after it: the sentence splitter and the browser's outline ask it of bytes and words.
pub fn is_legal_form(word: &[u8]) -> bool {
    let mut word = word;
    while let [rest @ .., b'.' | b','] = word {
        word = rest;
    }
    LEGAL_FORMS
        .iter()
        .any(|f| f.as_bytes().eq_ignore_ascii_case(word))
}

static COMPANY_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    let forms: Vec<String> = LEGAL_FORMS.iter().map(|f| regex::escape(f)).collect();
    // After a space or comma, not a dot: "Doggers.co" is a domain, not "Doggers" Co.
    Regex::new(&format!(r"(?i)(^|[\s,])({})\.?$", forms.join("|"))).expect("valid regex")
});

/// Extensions that end a file name without being a top-level domain.
const NOT_TLDS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "xml", "json", "csv", "pdf", "doc", "docx",
];

/// Normalizes a host: lowercase, no `www.`, no port or trailing dot.
pub fn normalize_domain(host: &str) -> Option<String> {
    let host = host.trim().trim_end_matches('.').to_lowercase();
    let host = host.split(':').next().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let tld = host.rsplit('.').next().unwrap_or("");
    (DOMAIN.is_match(host) && !NOT_TLDS.contains(&tld)).then(|| host.to_string())
}

/// The host of an `http(s)://` URL, normalized.
pub fn domain_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    normalize_domain(host)
}

/// `1028_redorbit.com`, `a-dec.com@2010-12-23` and `legsjapan.com` name their domain.
pub fn domain_from_stem(stem: &str) -> Option<String> {
    let stem = FILE_DATE.replace(stem, "");
    let stem = UID_PREFIX.replace(&stem, "");
    normalize_domain(&stem)
}

/// `domain@2019-03-01` in a file name.
pub fn date_from_stem(stem: &str) -> Option<String> {
    FILE_DATE.captures(stem).map(|c| c[1].to_string())
}

/// The registrable domain: `policies.google.com` → `google.com`, `shop.fromjapan.co.jp` →
/// `fromjapan.co.jp`. Versions and sub-sites of one company share it.
pub fn registrable_domain(domain: &str) -> &str {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() <= 2 {
        return domain;
    }
    let last_two = &domain[domain.len() - labels[labels.len() - 2..].join(".").len()..];
    let keep = if TWO_PART_SUFFIXES.contains(&last_two) {
        3
    } else {
        2
    };
    let keep = keep.min(labels.len());
    let drop_len: usize = labels[..labels.len() - keep]
        .iter()
        .map(|l| l.len() + 1)
        .sum();
    &domain[drop_len..]
}

/// The name part of a domain: `fromjapan.co.jp` → `fromjapan`.
pub fn domain_label(domain: &str) -> &str {
    registrable_domain(domain)
        .split('.')
        .next()
        .unwrap_or(domain)
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that describe the document, not its owner.
const GENERIC: &[&str] = &[
    "privacy",
    "policy",
    "policies",
    "statement",
    "notice",
    "cookie",
    "cookies",
    "legal",
    "terms",
    "conditions",
    "of",
    "use",
    "and",
    "our",
    "your",
    "data",
    "protection",
    "information",
    "personal",
    "at",
    "on",
    "for",
    "page",
    "site",
    "website",
    "center",
    "centre",
    "restriction",
    "mode",
    "member",
    "agreement",
    "handling",
];

/// True for a file name that names a document, not its owner: `privacy`, `privacy-policy`,
/// `index`, a date. Research corpora keep each site's policy as `site/privacy.txt`.
pub fn is_document_name(stem: &str) -> bool {
    let words: Vec<String> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(squash)
        .collect();
    let number = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    // A date names a version (`acme.com/2019-03-01.md`); a bare number is a document's own
    // id in its corpus (GoPPC's `101.xml`), and names it apart from its neighbours.
    let dated = words
        .iter()
        .any(|w| number(w) && w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
    words.iter().all(|w| {
        GENERIC.contains(&w.as_str())
            || [
                "index", "default", "home", "en", "us", "latest", "current", "v",
            ]
            .contains(&w.as_str())
            || (number(w) && dated)
    })
}

fn strip_generic(segment: &str) -> String {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let is_generic = |w: &&str| {
        let s = squash(w);
        s.is_empty() || GENERIC.contains(&s.as_str())
    };
    let start = words
        .iter()
        .position(|w| !is_generic(w))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !is_generic(w))
        .map_or(start, |e| e + 1);
    words[start..end.max(start)].join(" ")
}

/// How well a candidate name matches a domain label (0 = not at all).
fn match_score(candidate: &str, label: &str) -> u8 {
    let c = squash(candidate);
    let l = squash(label);
    if c.is_empty() || l.is_empty() {
        return 0;
    }
    if normalize_domain(candidate).is_some() {
        // The domain itself ("aa.com"): only better than nothing.
        return u8::from(c.starts_with(&l));
    }
    if c == l {
        return 4;
    }
    let initials: String = candidate
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|ch| ch.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if c.len() >= 3 && (l.starts_with(&c) || c.starts_with(&l)) {
        return 3;
    }
    if initials.len() >= 2 && initials == l {
        return 2;
    }
    if l.len() >= 4 && c.contains(&l) {
        return 1;
    }
    0
}

/// Trims legal-form suffixes and separators for display: "RedOrbit, Inc." → "RedOrbit".
fn tidy_name(name: &str) -> String {
    static TRAILING_YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s+(19|20)\d\d\W*$").expect("valid regex"));
    let name = TRAILING_YEAR.replace(name, "");
    let mut name = name
        .trim()
        .trim_matches(|c: char| ",;:|-–—".contains(c))
        .trim()
        .to_string();
    for _ in 0..2 {
        let stripped = COMPANY_SUFFIX.replace(&name, "").to_string();
        let stripped = stripped.trim().trim_end_matches(',').trim().to_string();
        if stripped.is_empty() || stripped == name {
            break;
        }
        name = stripped;
    }
    name
}

/// Words that name the document type; a title splits around them ("Legs Japan Privacy").
const DOCUMENT_WORDS: &[&str] = &[
    "privacy",
    "policy",
    "policies",
    "statement",
    "notice",
    "cookie",
    "cookies",
    "legal",
    "terms",
    "conditions",
];

/// Candidate names from a page title: the parts between separators and document words, with
/// generic words trimmed from their ends.
fn title_segments(title: &str) -> Vec<String> {
    let mut parts = vec![title.to_string()];
    for sep in [
        " | ", " - ", " – ", " — ", " :: ", ": ", " » ", " ― ", " · ", "©", ". ", " > ", " › ",
        " / ", ",",
    ] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    let mut segments = Vec::new();
    for part in parts {
        let mut current: Vec<&str> = Vec::new();
        for word in part.split_whitespace() {
            if DOCUMENT_WORDS.contains(&squash(word).as_str()) {
                segments.push(current.join(" "));
                current.clear();
            } else {
                current.push(word);
            }
        }
        segments.push(current.join(" "));
    }
    segments
        .into_iter()
        .map(|p| strip_generic(&p))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Capitalized phrases of up to four words in `text`: "Japan Talk", "FROM JAPAN".
fn capitalized_phrases(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().take(600).collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        for n in 1..=4 {
            let Some(window) = words.get(i..i + n) else {
                break;
            };
            let clean: Vec<&str> = window
                .iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            if clean.iter().any(|w| {
                !w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            }) {
                break;
            }
            out.push(clean.join(" "));
        }
    }
    out
}

/// The company name a reader would use, given what the file tells.
pub fn company_name(
    title: &str,
    text: &str,
    domain: Option<&str>,
    signature: Option<&str>,
) -> Option<String> {
    if let Some(domain) = domain {
        let label = domain_label(domain);
        let mut best: Option<(u8, String)> = None;
        for segment in title_segments(title) {
            let tidy = tidy_name(&segment);
            let score = match_score(&tidy, label);
            if score > 0 && best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, tidy));
            }
        }
        if best.as_ref().is_none_or(|(s, _)| *s < 3) {
            for phrase in capitalized_phrases(text) {
                if match_score(&phrase, label) == 4 {
                    best = Some((4, phrase));
                    break;
                }
            }
        }
        if let Some((score, name)) = best {
            // A name that runs on past the site's into figures or symbols ("eCoin 1046.414
            // BTC/USD" on ecoin.eu): its first words, where they are the site's name exactly.
            // Words of a name go on ("Boar's Head Provisions" on boarshead.com).
            let words: Vec<&str> = name.split_whitespace().collect();
            let not_a_name = |w: &&str| {
                w.chars()
                    .any(|c| !(c.is_alphabetic() || "'’&.-".contains(c)))
            };
            if score == 3
                && let Some(n) = (1..words.len()).find(|&n| {
                    match_score(&words[..n].join(" "), label) == 4
                        && words[n..].iter().any(not_a_name)
                })
            {
                return Some(words[..n].join(" "));
            }
            return Some(name);
        }
        return Some(domain.to_string());
    }
    if let Some(sig) = signature {
        return Some(sig.to_string());
    }
    if let Some(name) = defined_name(text).or_else(|| incorporated_name(text)) {
        return Some(tidy_name(&name));
    }
    // A title of document words alone ("Privacy Policy") names no one: two such files are
    // two companies, named by their files. Of its parts, one that reads as a name comes
    // first: "Your privacy is doggone important to us | DogBuddy" is DogBuddy's page, not
    // "is doggone important to us"'s.
    let names: Vec<String> = title_segments(title)
        .into_iter()
        .map(|segment| tidy_name(&segment))
        .filter(|name| !name.is_empty())
        .collect();
    let reads_as_name = |name: &&String| {
        name.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && name.split_whitespace().count() <= 5
    };
    names
        .iter()
        .find(reads_as_name)
        .or(names.first())
        .cloned()
        .or_else(|| brand_in_text(text))
}

/// Words of a possessive or before a product word that name no company of their own.
const NOT_BRANDS: &[&str] = &[
    "this",
    "the",
    "our",
    "your",
    "their",
    "its",
    "any",
    "each",
    "such",
    "these",
    "those",
    "other",
    "third",
    "party",
    "online",
    "mobile",
    "customer",
    "customers",
    "children",
    "child",
    "service",
    "services",
    "site",
    "care",
    "privacy",
    "company",
    "website",
    "user",
    "users",
    "member",
    "members",
    "personal",
    "data",
    "google",
    "facebook",
    "apple",
    "microsoft",
    "amazon",
    "twitter",
    "adobe",
    "instagram",
    "youtube",
    "linkedin",
    "android",
    "state",
    "federal",
    "european",
    "california",
    "united",
];

/// The name a policy that names itself nowhere else uses for itself most: a word said in the
/// possessive ("WebMD's") or before a word of its products ("the Unsplash Services"), at
/// least four times and more than any other. A file with neither an address, a title, a
/// signature nor a definition of "we" was named after its file ("101").
fn brand_in_text(text: &str) -> Option<String> {
    const PRODUCT_WORDS: &[&str] = &[
        "privacy",
        "services",
        "service",
        "site",
        "sites",
        "app",
        "apps",
        "platform",
        "website",
        "websites",
        "account",
        "accounts",
        "products",
        "community",
        "network",
    ];
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, raw) in words.iter().enumerate() {
        let (word, possessive) = match raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s")) {
            Some(w) => (w, true),
            None => (raw.trim_end_matches(|c: char| !c.is_alphanumeric()), false),
        };
        let product_after = !possessive
            && word.len() == raw.len()
            && words.get(i + 1).is_some_and(|next| {
                let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
                PRODUCT_WORDS.iter().any(|p| next.eq_ignore_ascii_case(p))
            });
        let brand_like = word.chars().count() >= 3
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphanumeric)
            && !NOT_BRANDS.iter().any(|n| word.eq_ignore_ascii_case(n));
        if brand_like && (possessive || product_after) {
            *counts.entry(word).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(name, n), rest @ ..] if *n >= 4 && rest.first().is_none_or(|(_, m)| m < n) => {
            Some(name.to_string())
        }
        _ => None,
    }
}

/// Capitalized words that precede "Inc."/"Limited" without being the company's name.
const NOT_NAMES: &[&str] = &[
    "we",
    "our",
    "us",
    "you",
    "the",
    "this",
    "ireland",
    "europe",
    "uk",
    "usa",
    "us",
    "america",
    "international",
    "investments",
    "media",
    "holdings",
    "group",
    "partners",
    "services",
    "technologies",
    "solutions",
    "company",
    "companies",
    "affiliates",
];

// The patterns that scan a policy's opening text use ASCII word boundaries (`(?-u:\b)`): a
// Unicode one keeps the regex engine off its fast automaton, and this scan of every
// domain-less policy cost more than detecting its clauses.
static INCORPORATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’-]*(?:\s+Co\.)?),?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|S\.A|B\.V|AG|Pty)(?-u:\b)")
        .expect("valid regex")
});

static DEFINED_AS_WE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"["“]([A-Z][\w&.'’ -]{0,40}?),?["”]\s*,?\s*(?:and\s+|or\s+)?["“](?:we|us|our|We|Us|Our)(?-u:\b)"#)
        .expect("valid regex")
});

/// The name a policy defines as "we": `(collectively, "SHEIN," "we," "us," or "our")`.
pub fn defined_name(text: &str) -> Option<String> {
    let head = crate::corpus::readers::head(text, 6000);
    DEFINED_AS_WE
        .captures_iter(head)
        .map(|c| c[1].trim().to_string())
        .find(|name| {
            let s = squash(name);
            !s.is_empty()
                && !GENERIC.contains(&s.as_str())
                && !NOT_NAMES.contains(&s.as_str())
                && !["site", "services", "service", "website"].contains(&s.as_str())
        })
}

static MENTIONED_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:www\.)?([a-z0-9][a-z0-9-]{1,62}\.(?:com|net|org|io|co\.uk|co|de|fr|jp|co\.jp|info|me|tv|app))\b")
        .expect("valid regex")
});

/// Sites that policies send readers to (opt-out pages, regulators, big platforms): mentioned
/// often, owned by someone else.
const THIRD_PARTY_SITES: &[&str] = &[
    "google.com",
    "microsoft.com",
    "apple.com",
    "facebook.com",
    "twitter.com",
    "youtube.com",
    "ico.org",
    "aboutads.info",
    "networkadvertising.org",
    "youradchoices.com",
    "truste.com",
    "allaboutcookies.org",
    "optout.aboutads.info",
    "youronlinechoices.com",
    "adobe.com",
    "mozilla.org",
    "linkedin.com",
    "instagram.com",
    "amazon.com",
    "paypal.com",
    "ftc.gov",
    "export.gov",
    "privacyshield.gov",
    "europa.eu",
    "w3.org",
    "liveramp.com",
    "doubleclick.net",
    "cookiepedia.co.uk",
    "aboutcookies.org",
    "yahoo.com",
    "bing.com",
    "wikipedia.org",
];

/// The site a domain-less policy names most (at least twice, and more than any other), which
/// is nearly always its own: "dell.com" said 18 times in a Dell policy.
pub fn mentioned_domain(text: &str) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in MENTIONED_DOMAIN.captures_iter(text) {
        let d = c[1].to_lowercase();
        if THIRD_PARTY_SITES.contains(&d.as_str()) {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == d) {
            Some((_, k)) => *k += 1,
            None => counts.push((d, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(d, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => {
            normalize_domain(d)
        }
        _ => None,
    }
}

/// The most mentioned incorporated name in the opening text ("Outplayed Inc." → "Outplayed"),
/// for policies that name no domain.
pub fn incorporated_name(text: &str) -> Option<String> {
    let head = crate::corpus::readers::head(text, 4000);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in INCORPORATED.captures_iter(head) {
        let name = c[1].trim().to_string();
        let words = name.split_whitespace().count();
        let squashed = squash(&name);
        if words == 0
            || GENERIC.contains(&squashed.as_str())
            || NOT_NAMES.contains(&squashed.as_str())
        {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k += 1,
            None => counts.push((name, 1)),
        }
    }
    // Of names said equally often, the first: a group's opening list ends on its smallest
    // member ("The companies that make up the Sainsbury's Group are: Sainsbury's Supermarkets
    // Ltd … and Argos Business Solutions Limited").
    counts
        .into_iter()
        .min_by_key(|(_, k)| std::cmp::Reverse(*k))
        .map(|(n, _)| n)
}

/// A company named in the closing lines ("Japan Auto Parts.com", "Acme Inc."), the way small
/// sites sign their policies.
pub fn signature(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let tail = &lines[lines.len().saturating_sub(4)..];
    tail.iter()
        .find(|l| {
            l.len() <= 60
                && l.split_whitespace().count() <= 6
                && !l.ends_with('.')
                && (SIGNATURE_DOMAIN.is_match(l) || COMPANY_SUFFIX.is_match(l))
        })
        .map(|l| l.to_string())
}

/// For a file name that is a hash a machine gave (`004_bbc0fd3f53a5c5fc`,
/// `9f86d081884c7d65@2019-03-01`, a UUID), what a reader can tell files apart by: the numbers
/// it starts with and the first six characters of the rest (`004 bbc0fd`), without the version
/// date, so the versions of one file stay one company and two files never become one. `None`
/// for a name a reader would recognise.
pub fn opaque_tag(stem: &str) -> Option<String> {
    let stem = FILE_DATE.replace(stem, "");
    let parts: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let lead = parts
        .iter()
        .take_while(|p| p.chars().all(|c| c.is_ascii_digit()))
        .count();
    let rest: String = parts[lead..].concat();
    // Hashes are 16 hex digits and more, letters and digits mixed, in one case: a word of the
    // letters a to f, or a company number like `BE0403170701`, is shorter.
    let hex = rest.chars().all(|c| c.is_ascii_hexdigit())
        && (rest.chars().all(|c| !c.is_ascii_uppercase())
            || rest.chars().all(|c| !c.is_ascii_lowercase()));
    let mixed =
        rest.chars().any(|c| c.is_ascii_digit()) && rest.chars().any(|c| c.is_ascii_alphabetic());
    if rest.len() < 16 || !hex || !mixed {
        return None;
    }
    let short: String = rest
        .chars()
        .take(6)
        .collect::<String>()
        .to_ascii_lowercase();
    Some(match lead {
        0 => short,
        _ => format!("{} {short}", parts[..lead].join("_")),
    })
}

/// A slug usable in ids: lowercase letters, digits and single dashes.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() { "policy".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(
            domain_from_stem("1028_redorbit.com").as_deref(),
            Some("redorbit.com")
        );
        assert_eq!(
            domain_from_stem("a-dec.com@2010-12-23").as_deref(),
            Some("a-dec.com")
        );
        assert_eq!(domain_from_stem("japan-auto-parts"), None);
        assert_eq!(domain_from_stem("000_60ee13f2f61d92cb"), None);
        assert_eq!(
            date_from_stem("a9.com@2006-12-30").as_deref(),
            Some("2006-12-30")
        );
        assert_eq!(
            domain_of_url("https://policies.google.com/privacy?gl=DE").as_deref(),
            Some("policies.google.com")
        );
        assert_eq!(registrable_domain("policies.google.com"), "google.com");
        assert_eq!(registrable_domain("fromjapan.co.jp"), "fromjapan.co.jp");
        assert_eq!(
            registrable_domain("shop.fromjapan.co.jp"),
            "fromjapan.co.jp"
        );
        assert_eq!(registrable_domain("1.cnm999.com"), "cnm999.com");
        assert_eq!(domain_label("fromjapan.co.jp"), "fromjapan");
    }

    #[test]
    fn names_from_titles() {
        let cases = [
            (
                "Privacy Policy - Japan Talk",
                "japan-talk.com",
                "Japan Talk",
            ),
            (
                "Privacy Policy | Proxy bidding and ordering service for Japanese auctions and shopping - FROM JAPAN",
                "fromjapan.co.jp",
                "FROM JAPAN",
            ),
            ("Legs Japan Privacy", "legsjapan.com", "Legs Japan"),
            ("Privacy Policy | A24", "a24films.com", "A24"),
            (
                "American Airlines Privacy Policy On aa.com",
                "aa.com",
                "American Airlines",
            ),
            (
                "RedOrbit, Inc. Privacy Statement",
                "redorbit.com",
                "RedOrbit",
            ),
            ("Legal", "ezeelinks.com", "ezeelinks.com"),
            ("Graphiq | Privacy Policy", "petbreeds.com", "petbreeds.com"),
            (
                "Privacy Policy | The College of Wooster",
                "wooster.edu",
                "The College of Wooster",
            ),
            (
                "Boar's Head Provisions Co., Inc.",
                "boarshead.com",
                "Boar's Head Provisions",
            ),
            ("Cnm999 | Cnm999.com - Privacy", "1.cnm999.com", "Cnm999"),
            // A breadcrumb trail: its first step is the site.
            ("A9.com > Company > Privacy Policy", "a9.com", "A9.com"),
            // A ticker or a slogan after the site's name.
            (
                "eCoin 1046.414 BTC/USD: PrivacyPolicy Site",
                "ecoin.eu",
                "eCoin",
            ),
            (
                "Go4wallpapers,Get latest Wallpapers",
                "go4wallpapers.com",
                "Go4wallpapers",
            ),
            // A domain's ".co" is no legal form (a newcomer's trial: "Doggers.").
            (
                "Doggers.co :: Doggers.co Member Privacy Policy",
                "doggers.co",
                "Doggers.co",
            ),
        ];
        for (title, domain, want) in cases {
            assert_eq!(
                company_name(title, "", Some(domain), None).as_deref(),
                Some(want),
                "{title}"
            );
        }
    }

    #[test]
    fn a_title_without_a_domain_is_named_by_its_part_that_reads_as_a_name() {
        let name = |title: &str| company_name(title, "", None, None);
        assert_eq!(
            name("Your privacy is doggone important to us | DogBuddy").as_deref(),
            Some("DogBuddy")
        );
        assert_eq!(
            name("Privacy Policy | The College of Wooster").as_deref(),
            Some("The College of Wooster")
        );
        // A part that reads as none is still better than no name at all.
        assert_eq!(
            name("privacy matters to us").as_deref(),
            Some("matters to us")
        );
    }

    #[test]
    fn a_brand_said_most_names_a_policy_that_names_itself_nowhere_else() {
        let text = "Some WebMD Services store data. WebMD's partners help. The WebMD App and \
            WebMD's site use cookies. Google's tools measure use.";
        assert_eq!(company_name("", text, None, None).as_deref(), Some("WebMD"));
        // Said too seldom, or tied with another: no name.
        let text = "WebMD's site and Google's tools. The WebMD App.";
        assert_eq!(company_name("", text, None, None), None);
        // A title that names it still comes first.
        assert_eq!(
            company_name(
                "Acme Privacy Policy",
                "WebMD's WebMD's WebMD's WebMD's",
                None,
                None
            )
            .as_deref(),
            Some("Acme")
        );
    }

    #[test]
    fn name_from_text_when_title_says_nothing() {
        let text = "When you use our services, you're trusting Google with your information.";
        assert_eq!(
            company_name("", text, Some("policies.google.com"), None).as_deref(),
            Some("Google")
        );
    }

    #[test]
    fn incorporated_names() {
        let text = "This privacy policy will help you understand what Outplayed Inc. and its platforms collect. We are Outplayed Inc., which provides the Services.";
        assert_eq!(incorporated_name(text).as_deref(), Some("Outplayed"));
        assert_eq!(incorporated_name("We collect data."), None);
        // Names said as often as each other: the first, not the last of a group's list.
        let group = "The companies that make up the Group are: Acme Supermarkets Ltd (London); \
                     Acme Bank Plc (London); and Widget Business Solutions Limited (Leeds).";
        assert_eq!(
            incorporated_name(group).as_deref(),
            Some("Acme Supermarkets")
        );
        // "Co., Inc.": both forms go (found by a newcomer's trial, a copy-paste opening with
        // its company's full name).
        assert_eq!(
            company_name(
                "",
                "Boar's Head Provisions Co., Inc.\n\nWe respect your privacy.",
                None,
                None
            )
            .as_deref(),
            Some("Boar's Head Provisions")
        );
        assert_eq!(
            mentioned_domain(
                "Visit dell.com or www.Dell.com; see aboutads.info and google.com, google.com."
            )
            .as_deref(),
            Some("dell.com")
        );
        assert_eq!(mentioned_domain("one.com and two.com"), None);
        let text = "This Privacy Policy explains how we (collectively, \"SHEIN,\" \"we,\" \"us,\" or \"our\") collect";
        assert_eq!(defined_name(text).as_deref(), Some("SHEIN"));
        let text = "owned and operated by Mountain Trail Foods Pvt Ltd (\"Mountain Trail Foods Pvt Ltd\", \"us\", \"we\" or \"our\")";
        assert_eq!(
            defined_name(text).as_deref(),
            Some("Mountain Trail Foods Pvt Ltd")
        );
        assert_eq!(
            company_name(
                "Privacy Policy ― © YogaandHealthStore.com 2012. All rights reserved",
                "",
                Some("yogaandhealthstore.com"),
                None
            )
            .as_deref(),
            Some("YogaandHealthStore.com")
        );
    }

    #[test]
    fn signature_names_the_company() {
        let text = "We keep data.\n\nJapan Auto Parts.com\nRepresentative Yusuke Yoshida\n";
        assert_eq!(signature(text).as_deref(), Some("Japan Auto Parts.com"));
        assert_eq!(signature("Body.\n\nThanks for reading\n"), None);
    }

    #[test]
    fn hashes_for_names() {
        assert_eq!(
            opaque_tag("004_bbc0fd3f53a5c5fc").as_deref(),
            Some("004 bbc0fd")
        );
        assert_eq!(opaque_tag("9f86d081884c7d65").as_deref(), Some("9f86d0"));
        // The versions of one file are one company; two files with one date are two.
        assert_eq!(
            opaque_tag("9f86d081884c7d65@2019-03-01").as_deref(),
            Some("9f86d0")
        );
        assert_eq!(
            opaque_tag("20190301_1a2b3c4d5e6f7a8b").as_deref(),
            Some("20190301 1a2b3c")
        );
        assert_eq!(
            opaque_tag("550e8400-e29b-41d4-a716-446655440000").as_deref(),
            Some("550e84")
        );
        for named in [
            "acme",
            "101",
            "privacy-policy",
            "facade12",
            "acme_bbc0fd3f53a5c5fc",
            "BE0403170701",
            "2019_03_01",
        ] {
            assert_eq!(opaque_tag(named), None, "{named}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Japan Auto Parts.com"), "japan-auto-parts-com");
        assert_eq!(
            slug("Personal Information Handling Agreement"),
            "personal-information-handling-agreement"
        );
        assert_eq!(slug("!!!"), "policy");
    }
}
