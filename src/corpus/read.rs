//! One file → one [`Policy`]: decode, repair, parse, lay out, name, label topics.

use std::path::Path;

use super::company::{
    company_name, date_from_stem, domain_from_stem, opaque_tag, registrable_domain, signature, slug,
};
use super::decode::decode;
use super::layout::assemble;
use super::policy::{Format, Policy, Section, Warning};
use super::readers;
use super::sanitize::{clean_inline, repair_mojibake};
use super::topics::TopicTable;

/// A policy read from a file, with a caveat if reading it needed a guess.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub policy: Policy,
    pub caveat: Option<Warning>,
}

fn warning(rel: &str, message: impl Into<String>, skipped: bool) -> Warning {
    Warning {
        path: rel.to_string(),
        message: message.into(),
        skipped,
    }
}

/// File name without directories and extension (`a/ab/abc/domain.com.md` → `domain.com`).
pub fn file_stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match name.rsplit_once('.') {
        Some((stem, ext)) if is_known_extension(ext) => stem,
        _ => name,
    }
}

/// The name that stands for the company when nothing in the file does: the file's own, or its
/// folder's when the file's names only the document (`acme/privacy.txt`, `acme.com/2019.md`).
fn naming_stem(rel: &str) -> &str {
    let stem = file_stem(rel);
    if !super::company::is_document_name(stem) {
        return stem;
    }
    let mut parts = rel.rsplit('/');
    parts.next();
    parts.next().filter(|p| !p.is_empty()).unwrap_or(stem)
}

pub fn extension(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match name.rsplit_once('.') {
        Some((_, ext)) if is_known_extension(ext) => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// Extensions of files read as policies.
pub const POLICY_EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdown", "mkd", "txt", "text", "html", "htm", "xhtml", "shtml", "xml",
];

pub fn is_known_extension(ext: &str) -> bool {
    POLICY_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
}

/// Reads one policy from its bytes. `rel` is the path relative to the data folder, used for
/// messages, naming, and as the policy's source path.
pub fn read_policy(rel: &str, bytes: &[u8]) -> Result<Loaded, Warning> {
    let decoded = decode(bytes).map_err(|why| warning(rel, why.to_string(), true))?;
    let caveat = decoded.caveat.map(|c| warning(rel, c, false));
    let text = repair_mojibake(&decoded.text);
    let ext = extension(rel);
    let parsed = readers::parse(&ext, &text);
    let (text, raw_sections) = assemble(&parsed.blocks);
    if text.trim().is_empty() {
        return Err(warning(rel, "no readable text, skipped", true));
    }
    let stem = file_stem(rel);
    let name = naming_stem(rel);
    let domain = parsed
        .domain
        .clone()
        .and_then(|d| super::company::normalize_domain(&d))
        .or_else(|| domain_from_stem(stem))
        .or_else(|| domain_from_stem(name))
        .or_else(|| super::company::mentioned_domain(&text));
    let archived = parsed.archived.clone().or_else(|| date_from_stem(stem));
    let title_section = raw_sections
        .first()
        .filter(|s| s.level == 1 && !s.heading.is_empty());
    let title = title_section
        .map(|s| s.heading.clone())
        .or_else(|| parsed.page_title.as_deref().map(clean_inline))
        .unwrap_or_default();
    let sig = if domain.is_none() {
        signature(&text)
    } else {
        None
    };
    // Nothing names the company: the file does. A title of document words alone ("Privacy
    // Policy") would make every such file one company; it stands in only for a file named
    // after it, where it reads better than the file's name, and beside what tells apart a
    // file named by a hash ("Personal Information Handling Agreement (004 bbc0fd)" for
    // `004_bbc0fd3f53a5c5fc.txt`), which no reader would know it by.
    let company =
        company_name(&title, &text, domain.as_deref(), sig.as_deref()).unwrap_or_else(|| {
            let title = title.trim();
            if title.is_empty() {
                name.to_string()
            } else if slug(title) == slug(name) {
                title.to_string()
            } else if let Some(tag) = opaque_tag(name) {
                format!("{title} ({tag})")
            } else {
                name.to_string()
            }
        });
    let company = clean_inline(&company);
    // Dated files of one registrable domain are versions of one policy, whatever host served
    // them (`google.com/privacy` in 2012, `policies.google.com` in 2019). Undated files of
    // different hosts are different sites' policies (`shop.example.org`, `blog.example.org`,
    // `alice.github.io`): grouped, all but one would be hidden as older versions.
    let company_key = match (&domain, &archived) {
        (Some(d), Some(_)) => registrable_domain(d).to_string(),
        (Some(d), None) => d.clone(),
        (None, _) => slug(&company),
    };
    let table = TopicTable::builtin();
    let sections = raw_sections
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let body = text.get(s.body_start..s.span.end).unwrap_or("");
            let is_title_section = i == 0 && (s.heading.is_empty() || s.level == 1);
            let topic = table
                .classify(&s.heading, body, is_title_section)
                .to_string();
            Section {
                heading: s.heading,
                level: s.level,
                span: s.span,
                body_start: s.body_start,
                topic,
            }
        })
        .collect();
    let id = match &archived {
        Some(date) => format!("{company_key}@{date}"),
        None => company_key.clone(),
    };
    let title = if title.is_empty() {
        company.clone()
    } else {
        title
    };
    Ok(Loaded {
        policy: Policy {
            id,
            company_key,
            company,
            domain,
            title,
            source_url: parsed.url,
            archived,
            source_path: rel.to_string(),
            format: parsed.format.unwrap_or(Format::Plain),
            latest: true,
            text,
            sections,
        },
        caveat,
    })
}

/// Reads a file from disk, turning I/O errors and oversized files into a warning.
pub fn read_policy_file(path: &Path, rel: &str) -> Result<Loaded, Warning> {
    let meta = std::fs::metadata(path).map_err(|e| warning(rel, io_message(&e), true))?;
    if meta.len() > super::decode::MAX_FILE_BYTES {
        return Err(warning(
            rel,
            super::decode::Rejection::TooLarge(meta.len()).to_string(),
            true,
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| warning(rel, io_message(&e), true))?;
    read_policy(rel, &bytes)
}

/// An I/O error in words, without the OS error code noise.
/// An I/O error in a few words, without the "(os error 13)" a user cannot act on.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "not found".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::ReadOnlyFilesystem => "read-only file system".into(),
        ErrorKind::NotADirectory => "a file is in the way".into(),
        ErrorKind::StorageFull => "disk full".into(),
        _ => e.to_string(),
    }
}

pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "file disappeared while reading, skipped".into(),
        ErrorKind::PermissionDenied => "permission denied, skipped".into(),
        ErrorKind::IsADirectory => "is a directory, skipped".into(),
        _ => format!("cannot read ({e}), skipped"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_extensions() {
        assert_eq!(file_stem("a/ab/abc/domain.com.md"), "domain.com");
        assert_eq!(
            file_stem("princeton-versions/a9.com@2006-12-30.md"),
            "a9.com@2006-12-30"
        );
        assert_eq!(file_stem("noext"), "noext");
        assert_eq!(file_stem("legsjapan.com"), "legsjapan.com");
        assert_eq!(extension("x/Y.HTML"), "html");
        assert_eq!(extension("legsjapan.com"), "");
    }

    #[test]
    fn read_minimal_policy() {
        let loaded = read_policy(
            "acme.com.md",
            b"# Acme Privacy Policy\n\nWe collect data.\n\n## Cookies\n\nWe use cookies.\n",
        )
        .unwrap();
        let p = loaded.policy;
        assert_eq!(p.company, "Acme");
        assert_eq!(p.domain.as_deref(), Some("acme.com"));
        assert_eq!(p.id, "acme.com");
        assert_eq!(p.sections.len(), 2);
        assert_eq!(p.sections[0].topic, "scope");
        assert_eq!(p.sections[1].topic, "cookies");
        assert_eq!(p.format, Format::Markdown);
    }

    /// Two unrelated files titled "Privacy Policy", with no domain anywhere, were one company
    /// (the older one hidden as a previous version of the other).
    #[test]
    fn a_title_of_document_words_names_no_company() {
        let read = |rel: &str, text: &str| read_policy(rel, text.as_bytes()).unwrap().policy;
        // A policy whose text names no one.
        let nameless = |rel: &str| {
            read(
                rel,
                "Privacy Policy\n\nWe keep your data safe and handle it with care.\n",
            )
        };
        let a = read(
            "acme.txt",
            "Privacy Policy\n\nAcme Widgets will not sell your data to anyone at all.\n",
        );
        let b = read(
            "beta.txt",
            "Privacy Policy\n\nBeta Gadgets may sell your data to partners of ours.\n",
        );
        assert_ne!(a.company_key, b.company_key);
        assert_eq!((a.company.as_str(), b.company.as_str()), ("acme", "beta"));
        // A file named after its title keeps the title as its name.
        let c = read(
            "personal-information-handling-agreement.txt",
            "Personal Information Handling Agreement\n\nWe keep your data safe and handle it with care.\n",
        );
        assert_eq!(c.company, "Personal Information Handling Agreement");
        // A file named by a hash is named by its title and what tells the name apart; two
        // such files with one title and number are two companies.
        let c = read(
            "004_bbc0fd3f53a5c5fc.txt",
            "Personal Information Handling Agreement\n\nWe keep your data safe and handle it with care.\n",
        );
        assert_eq!(
            c.company,
            "Personal Information Handling Agreement (004 bbc0fd)"
        );
        let (x, y) = (
            nameless("a/004_bbc0fd3f53a5c5fc.txt"),
            nameless("b/004_0123456789abcdef.txt"),
        );
        assert_ne!(x.company_key, y.company_key);
        // A file named for its document is named by its folder (`acme/privacy.txt`), and a
        // folder named for a site gives the domain.
        let e = nameless("acme/privacy.txt");
        let f = nameless("beta/privacy.txt");
        assert_eq!((e.company.as_str(), f.company.as_str()), ("acme", "beta"));
        let g = read(
            "sites/gamma.com/privacy-policy.md",
            "# Privacy Policy\n\nWe keep your data safe and handle it with care.\n",
        );
        assert_eq!(g.domain.as_deref(), Some("gamma.com"));
        // A date names a version of the folder's company; a number is a document of its own.
        let h = nameless("delta/2019-03-01.txt");
        assert_eq!(h.company, "delta");
        let i = nameless("GoPPC-150/101.xml");
        let j = nameless("GoPPC-150/102.xml");
        assert_ne!(i.company_key, j.company_key);
        // Undated policies of two hosts of one domain are two sites' (neither a version of the
        // other); dated ones are versions of one company's policy, whichever host served them.
        let keys = |a: &str, b: &str| (nameless(a).company_key, nameless(b).company_key);
        let (shop, blog) = keys("shop.example.org.md", "blog.example.org.md");
        assert_ne!(shop, blog);
        let (alice, bob) = keys("alice.github.io.md", "bob.github.io.md");
        assert_ne!(alice, bob);
        assert_eq!(
            keys("www.example.org.md", "example.org.md"),
            ("example.org".to_string(), "example.org".to_string())
        );
        let (old, new) = keys(
            "google.com@2012-01-01.md",
            "policies.google.com@2019-01-01.md",
        );
        assert_eq!(old, new);
        // A title that names someone still does.
        let d = read(
            "x.md",
            "# Zeta Labs Privacy Policy\n\nWe keep your data safe and handle it with care.\n",
        );
        assert_eq!(d.company, "Zeta Labs");
    }

    #[test]
    fn bad_files_are_warnings() {
        let w = read_policy("x.txt", b"").unwrap_err();
        assert_eq!(w.to_string(), "x.txt: empty file, skipped");
        let w = read_policy("y.bin.txt", b"\x00\x01binary").unwrap_err();
        assert!(w.skipped);
        let w = read_policy("z.html", b"<script>only()</script>").unwrap_err();
        assert_eq!(w.message, "no readable text, skipped");
        let l = read_policy("latin.txt", b"Caf\xe9 policy.\n").unwrap();
        assert!(l.caveat.is_some());
        assert!(l.policy.text.contains("Café"));
    }
}
