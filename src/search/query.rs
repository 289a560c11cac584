//! The query language, parsed leniently: whatever is typed, half a phrase or a dangling filter
//! included, becomes the best query it can be, never an error. That is what search-as-you-type
//! needs.
//!
//! ```text
//! will not sell             all words must match (in heading or body)
//! "will not sell"           exact phrase
//! cookies OR beacons        either
//! -advertising              must not match
//! advert*                   prefix
//! company:"japan talk"      filters: company (name or domain), topic, clause, year
//! topic:retention clause:merger-transfer year:2014 year:2010..2015
//! clause:no-sale OR clause:merger   either clause (OR joins filters of one field)
//! ```

use crate::corpus::TopicTable;

/// Something that must, or must not, match the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A word as typed (analyzed later); `prefix` for `word*`.
    Word { text: String, prefix: bool },
    /// Words that must appear in this order.
    Phrase(String),
    /// Any of these.
    Or(Vec<Expr>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub expr: Expr,
    pub negated: bool,
}

/// A filter on a policy field; `negated` excludes instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter<T> {
    pub value: T,
    pub negated: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Company name words or domain, as typed; a filter matches any of its values (`OR`).
    pub company: Vec<Filter<Vec<String>>>,
    /// Topic ids, resolved against the topic table.
    pub topic: Vec<Filter<String>>,
    /// Inclusive year range; `negated` (`-year:2010`) keeps every section outside it,
    /// undated ones included.
    pub year: Option<Filter<(u16, u16)>>,
    /// Clause kind ids, resolved against the clause catalogue; a filter matches any of its
    /// kinds (a family such as `retention`, or kinds joined by `OR`).
    pub clause: Vec<Filter<Vec<String>>>,
    /// The last company filter is being typed (`company:nordinh`): its last word is a prefix,
    /// so the filter narrows as the name is typed rather than finding nothing until it ends.
    pub company_prefix: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.company.is_empty()
            && self.topic.is_empty()
            && self.year.is_none()
            && self.clause.is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub raw: String,
    pub clauses: Vec<Clause>,
    pub filters: Filters,
    /// The words typed are the name of a clause kind ("will not sell", "no sale"): sections
    /// holding that clause match too, whatever their wording.
    pub clause_alias: Option<String>,
    /// Parts of the input that were ignored, in words ("unknown topic \"foo\"").
    pub notes: Vec<String>,
}

impl Query {
    /// True when nothing constrains the result: every section matches.
    pub fn is_match_all(&self) -> bool {
        self.clauses.is_empty() && self.filters.is_empty()
    }

    pub fn has_positive_text(&self) -> bool {
        self.clauses.iter().any(|c| !c.negated)
    }

    /// The clause kinds the query asks for (`clause:` filters not negated, and a kind named
    /// in words): their trigger words are marked as matches where the kind is found.
    pub fn wanted_clauses(&self) -> Vec<String> {
        self.filters
            .clause
            .iter()
            .filter(|c| !c.negated)
            .flat_map(|c| c.value.iter().cloned())
            .chain(self.clause_alias.clone())
            .collect()
    }
}

/// A lexical item of the query string.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexeme {
    Or,
    /// Something the query will be told ("no field text:").
    Note(String),
    Item {
        negated: bool,
        field: Option<String>,
        value: String,
        quoted: bool,
    },
}

const FIELDS: &[&str] = &["company", "topic", "year", "clause"];

fn lex(input: &str) -> Vec<Lexeme> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut negate_next = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == '(' || c == ')' {
            i += 1;
            continue;
        }
        let mut negated = std::mem::take(&mut negate_next);
        if (c == '-' || c == '!') && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
            negated = true;
            i += 1;
        }
        if chars[i] == '"' {
            let (value, next) = quoted(&chars, i + 1);
            i = next;
            out.push(Lexeme::Item {
                negated,
                field: None,
                value,
                quoted: true,
            });
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '"' && chars[i] != ')' {
            if chars[i] == ':' {
                break;
            }
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if i < chars.len() && chars[i] == ':' {
            let field = word.to_lowercase();
            i += 1;
            if FIELDS.contains(&field.as_str()) {
                let (value, was_quoted, next) = if chars.get(i) == Some(&'"') {
                    let (v, n) = quoted(&chars, i + 1);
                    (v, true, n)
                } else {
                    let s = i;
                    while i < chars.len() && !chars[i].is_whitespace() && chars[i] != ')' {
                        i += 1;
                    }
                    (chars[s..i].iter().collect(), false, i)
                };
                i = next;
                out.push(Lexeme::Item {
                    negated,
                    field: Some(field),
                    value,
                    quoted: was_quoted,
                });
            } else {
                // Not a filter ("text:sell", "http://…"): the words on both sides, each a
                // word of the query, as if the colon were a space.
                let s = i;
                while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '"' {
                    i += 1;
                }
                let rest: String = chars[s..i].iter().collect();
                if !word.is_empty()
                    && word.chars().all(char::is_alphabetic)
                    && !rest.is_empty()
                    && !rest.starts_with('/')
                {
                    out.push(Lexeme::Note(format!(
                        "no field {word}: (fields: {}), searched as words",
                        FIELDS.join(", ")
                    )));
                }
                // A link ("http://…") stays one run of words.
                let parts = if rest.starts_with('/') {
                    vec![format!("{word} {rest}")]
                } else {
                    vec![word, rest]
                };
                for part in parts {
                    if !part.trim().is_empty() {
                        out.push(Lexeme::Item {
                            negated,
                            field: None,
                            value: part.trim().to_string(),
                            quoted: false,
                        });
                    }
                }
            }
            continue;
        }
        match word.as_str() {
            "OR" | "|" | "||" => out.push(Lexeme::Or),
            "AND" | "&&" | "&" => {}
            "NOT" => negate_next = true,
            "" => {}
            _ => {
                // Lucene's boost (`cookies^2`), which researchers type, read as the words
                // "cookies 2" found nothing: the word is searched, the boost said to be ignored.
                let value = match word.rsplit_once('^') {
                    Some((w, boost))
                        if !w.is_empty()
                            && !boost.is_empty()
                            && boost.chars().all(|c| c.is_ascii_digit() || c == '.') =>
                    {
                        out.push(Lexeme::Note(format!(
                            "boost ^{boost} ignored: every word weighs the same"
                        )));
                        w.to_string()
                    }
                    _ => word,
                };
                out.push(Lexeme::Item {
                    negated,
                    field: None,
                    value,
                    quoted: false,
                })
            }
        }
    }
    out
}

/// Reads a quoted string from `start` (after the opening quote) to the closing quote or the
/// end of input (a phrase still being typed).
fn quoted(chars: &[char], start: usize) -> (String, usize) {
    let mut i = start;
    while i < chars.len() && chars[i] != '"' {
        i += 1;
    }
    let value: String = chars[start..i].iter().collect();
    (value, (i + 1).min(chars.len()))
}

fn parse_year(value: &str) -> Option<(u16, u16)> {
    let value = value.trim();
    let year = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
    };
    for sep in ["..", "-", "–"] {
        if let Some((a, b)) = value.split_once(sep) {
            let lo = if a.trim().is_empty() {
                Some(1990)
            } else {
                year(a)
            };
            let hi = if b.trim().is_empty() {
                Some(2100)
            } else {
                year(b)
            };
            return match (lo, hi) {
                (Some(lo), Some(hi)) => Some((lo.min(hi), lo.max(hi))),
                _ => None,
            };
        }
    }
    if let Some(rest) = value.strip_prefix(">=") {
        return year(rest).map(|y| (y, 2100));
    }
    if let Some(rest) = value.strip_prefix("<=") {
        return year(rest).map(|y| (1990, y));
    }
    // Strictly after or before: "year:>2010" is 2011 on.
    if let Some(rest) = value.strip_prefix('>') {
        return year(rest).filter(|&y| y < 2100).map(|y| (y + 1, 2100));
    }
    if let Some(rest) = value.strip_prefix('<') {
        return year(rest).filter(|&y| y > 1990).map(|y| (1990, y - 1));
    }
    year(value.strip_prefix('=').unwrap_or(value)).map(|y| (y, y))
}

/// True when a range is written high end first ("2020..2010"), which [`parse_year`] reads
/// the right way round: the reader is told, in case the digits were mistyped.
/// `input` with its last item, a year filter whose last year is still being typed (one to
/// three digits), written out as the widest range it may become; `None` if the last item is
/// anything else, or a year already understood.
fn year_being_typed(input: &str) -> Option<String> {
    if input.ends_with(char::is_whitespace) {
        return None;
    }
    let token_start = input.rfind(char::is_whitespace).map_or(0, |i| {
        i + input[i..].chars().next().map_or(1, char::len_utf8)
    });
    let token = &input[token_start..];
    let value = token.trim_start_matches('-').strip_prefix("year:")?;
    if parse_year(value).is_some() {
        return None;
    }
    let digits = value.len() - value.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let (head, typed) = value.split_at(value.len() - digits);
    let pad = |fill: char| -> u16 {
        let mut y = typed.to_string();
        while y.len() < 4 {
            y.push(fill);
        }
        y.parse::<u16>().unwrap_or(0)
    };
    let (lo, hi) = (pad('0').max(1990), pad('9').min(2100));
    if lo > hi {
        return None;
    }
    let completed = match head {
        "" | "=" => format!("{lo}..{hi}"),
        ">=" | ">" => format!(">={lo}"),
        "<=" | "<" => format!("<={hi}"),
        _ => {
            let sep = ["..", "-", "–"]
                .into_iter()
                .find(|sep| head.ends_with(sep))?;
            let from = &head[..head.len() - sep.len()];
            if !from.is_empty() && parse_year(from).is_none() {
                return None;
            }
            format!("{from}..{hi}")
        }
    };
    let value_start = input.len() - value.len();
    Some(format!("{}{completed}", &input[..value_start]))
}

fn year_reversed(value: &str) -> bool {
    ["..", "-", "–"].iter().any(|sep| {
        value.split_once(sep).is_some_and(|(a, b)| {
            matches!((a.trim().parse::<u16>(), b.trim().parse::<u16>()), (Ok(a), Ok(b)) if a > b)
        })
    })
}

fn expr_of(value: &str, quoted: bool) -> Option<Expr> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if quoted {
        return Some(Expr::Phrase(value.to_string()));
    }
    // `sell~2`, as other search tools spell typo tolerance: words have it already.
    let value = match value.rsplit_once('~') {
        Some((word, n)) if !word.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => word,
        _ => value,
    };
    match value.strip_suffix('*') {
        Some(stem) if !stem.trim_end_matches('*').is_empty() => Some(Expr::Word {
            text: stem.trim_end_matches('*').to_string(),
            prefix: true,
        }),
        Some(_) => None,
        None => Some(Expr::Word {
            text: value.to_string(),
            prefix: false,
        }),
    }
}

/// Words of a name, lowercased, split on anything not alphanumeric.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The clause kind whose label or id the query's words spell, if all the query is plain words
/// (the last one may be a prefix still being typed).
fn clause_alias(q: &Query) -> Option<String> {
    let mut words = Vec::new();
    let mut last_prefix = false;
    for c in &q.clauses {
        match &c.expr {
            Expr::Word { text, prefix } if !c.negated => {
                words.extend(name_words(text));
                last_prefix = *prefix;
            }
            _ => return None,
        }
    }
    if words.len() < 2 {
        return None;
    }
    let spelled = |name: &str| {
        let want = name_words(name);
        if want.len() != words.len() {
            return false;
        }
        let n = want.len();
        want[..n - 1] == words[..n - 1]
            && (want[n - 1] == words[n - 1]
                || (last_prefix && want[n - 1].starts_with(&words[n - 1])))
    };
    // A label's aside in brackets is not needed: "you can opt out" names "you can opt out (or
    // in)".
    let bare = |label: &str| -> String {
        match label.split_once('(') {
            Some((before, _)) => before.trim().to_string(),
            None => label.to_string(),
        }
    };
    crate::clauses::catalogue()
        .kinds
        .iter()
        // Nor is a label's second verb: "will not sell" names "will not sell or share".
        .find(|k| {
            spelled(&k.label)
                || spelled(&bare(&k.label))
                || k.label_first_verb().is_some_and(spelled)
                || spelled(&k.id)
        })
        .map(|k| k.id.clone())
}

/// Parses a query as it is being typed: like [`parse`], but a last word not yet followed by a
/// space is a prefix (`will not se` finds "sell").
pub fn parse_as_you_type(input: &str, topics: &TopicTable) -> Query {
    // A year being typed is the years it may still become: `year:201` is 2010..2019 and
    // `year:2010..201` is 2010..2019, so the count narrows as digits come, where it used to
    // say "not understood" at every keystroke until the fourth digit.
    if let Some(completed) = year_being_typed(input) {
        let mut q = parse(&completed, topics);
        q.raw = input.to_string();
        return q;
    }
    let mut q = parse(input, topics);
    if input.ends_with(char::is_whitespace) {
        return q;
    }
    // The last thing typed is a filter (`will not sell company:jamescanz`): no word of the
    // query is being typed, so none is a prefix.
    let last_token = input.split_whitespace().last().unwrap_or("");
    if !last_token.starts_with('"') && last_token.contains(':') {
        // A company's name being typed is a prefix: "company:nordinh" finds nordinho.net.
        let name = last_token.trim_start_matches('-');
        q.filters.company_prefix = name
            .strip_prefix("company:")
            .is_some_and(|v| !v.is_empty() && !v.starts_with('"'))
            && !q.filters.company.is_empty();
        if q.filters.company_prefix {
            q.notes.push(format!("{name}… prefix until a space"));
        }
        return q;
    }
    // One letter just typed after other words narrows nothing yet: search the words before
    // it, rather than a one-letter word that matches nothing (`will not s`).
    let one_letter =
        |c: &Clause| matches!(&c.expr, Expr::Word { text, .. } if text.chars().count() == 1);
    if (q.clauses.len() > 1 || !q.filters.is_empty()) && q.clauses.last().is_some_and(one_letter) {
        q.clauses.pop();
        q.clause_alias = clause_alias(&q);
        return q;
    }
    let Some(last) = q.clauses.last_mut() else {
        return q;
    };
    match &mut last.expr {
        Expr::Word { text, prefix } if text.chars().count() >= 2 => {
            *prefix = true;
            // Said, or the count drops for no visible reason when the space is typed
            // (`collect` finds "collection", `collect ` does not).
            let word = text.clone();
            q.notes.push(format!("{word}… prefix until a space"));
        }
        // A phrase still being typed (no closing quote yet): its last word is a prefix, so
        // `"will not s` already finds "will not sell".
        Expr::Phrase(text) if !input.ends_with('"') && !text.trim().is_empty() => {
            if let Some(word) = text.split_whitespace().last() {
                q.notes
                    .push(format!("{word}… prefix until the quote closes"));
            }
            last.expr = Expr::Word {
                text: std::mem::take(text),
                prefix: true,
            };
            // Quoted words ask for the words, not a clause of that name: `"will not sell`
            // half typed finds what `"will not sell"` will, not every no-sale section.
            return q;
        }
        _ => return q,
    }
    q.clause_alias = clause_alias(&q);
    q
}

/// The sort of the item last read, which an `OR` after it can join.
#[derive(Debug, PartialEq, Eq)]
enum Last {
    Nothing,
    Words,
    /// A filter of this field.
    Filter(String),
}

/// Adds a filter matching any of `values`, or, `joined` by `OR` to the last one of its field,
/// widens that one.
fn add_filter(
    filters: &mut Vec<Filter<Vec<String>>>,
    values: Vec<String>,
    negated: bool,
    joined: bool,
) {
    match filters.last_mut() {
        Some(last) if joined => {
            for v in values {
                if !last.value.contains(&v) {
                    last.value.push(v);
                }
            }
        }
        _ => filters.push(Filter {
            value: values,
            negated,
        }),
    }
}

/// " (did you mean merger-transfer?)" when one of `names` is a slip of the keyboard away from
/// `typed` (an edit for every four letters, at most two), else nothing: a typo in a filter
/// otherwise leaves the whole corpus matching, with only the note to say why.
/// The kinds an unknown `clause:` value may be meant for, as a note's ending: an id or a
/// family's name a slip away (`retenion` → retention), else the kinds whose id or label holds
/// the word (`sale` → no-sale or sells-or-shares, `indefinitely` → retention-indefinite).
pub fn kinds_meant(value: &str) -> String {
    let kinds = &crate::clauses::catalogue().kinds;
    let mut names: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
    // A family is the first part its kinds' ids share ("retention", "change").
    for k in kinds {
        if let Some((family, _)) = k.id.split_once('-')
            && kinds
                .iter()
                .filter(|o| o.id.starts_with(family) && o.id[family.len()..].starts_with('-'))
                .count()
                > 1
            && !names.contains(&family)
        {
            names.push(family);
        }
    }
    let typed = value.trim().to_lowercase();
    let edits = (typed.chars().count() / 4).clamp(1, 2) as u8;
    // A misspelt start of an id is meant as the id ("mergr": merger-transfer): its start as
    // long as what was typed, or a letter longer, within the edits.
    let started = |n: &str| {
        let len = typed.chars().count();
        [len, len + 1].into_iter().any(|l| {
            n.get(..l)
                .is_some_and(|start| super::analyzed::within_distance(&typed, start, edits))
        })
    };
    let mut meant: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| super::analyzed::within_distance(&typed, n, edits))
        .collect();
    if meant.is_empty() {
        meant = names.iter().copied().filter(|n| started(n)).collect();
    }
    if typed.chars().count() >= 3 {
        for k in kinds {
            let holds = k.id.contains(typed.as_str())
                || k.label
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == typed);
            if holds && !meant.contains(&k.id.as_str()) {
                meant.push(&k.id);
            }
        }
    }
    meant.truncate(3);
    meaning(&meant)
}

/// The ids of the kinds `value` begins ("s": security, sells-or-shares, service-providers), as
/// a kind's id does while it is typed.
pub fn kinds_begun(value: &str) -> Vec<&'static str> {
    let typed = value.trim().to_lowercase();
    crate::clauses::catalogue()
        .kinds
        .iter()
        .map(|k| k.id.as_str())
        .filter(|id| id.starts_with(&typed))
        .collect()
}

/// "a, b or c" of several names.
fn either(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// " (did you mean a or b?)", or nothing for no names.
fn meaning(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => format!(" (did you mean {one}?)"),
        many => format!(" (did you mean {}?)", many.join(" or ")),
    }
}

pub(super) fn did_you_mean<'a>(typed: &str, names: impl Iterator<Item = &'a str>) -> String {
    let typed = typed.trim().to_lowercase();
    let edits = (typed.chars().count() / 4).clamp(1, 2) as u8;
    let near: Vec<&str> = names
        .filter(|n| super::analyzed::within_distance(&typed, n, edits))
        .collect();
    meaning(&near)
}

/// Parses a query. Never fails: unknown filters become words, unknown topics are noted and
/// ignored, an unterminated quote is a phrase to the end.
pub fn parse(input: &str, topics: &TopicTable) -> Query {
    let mut q = Query {
        raw: input.to_string(),
        ..Query::default()
    };
    let mut pending_or = false;
    // What the last item was: an `OR` after it joins the next item of the same sort.
    let mut last = Last::Nothing;
    let mut last_positive = false;
    for lexeme in lex(input) {
        let (negated, field, value, quoted) = match lexeme {
            Lexeme::Or => {
                pending_or = last != Last::Nothing;
                continue;
            }
            Lexeme::Note(note) => {
                q.notes.push(note);
                continue;
            }
            Lexeme::Item {
                negated,
                field,
                value,
                quoted,
            } => (negated, field, value, quoted),
        };
        let or = std::mem::take(&mut pending_or);
        let sort = match field.as_deref() {
            Some(f @ ("company" | "topic" | "clause" | "year")) => Last::Filter(f.to_string()),
            _ => Last::Words,
        };
        // `OR` joins two filters of one field, or two words; not a filter and a word.
        let joined = or && !negated && last == sort && last_positive;
        if or && !joined {
            q.notes.push(
                "OR joins words, or filters of one field (clause:a OR clause:b): here both must match"
                    .to_string(),
            );
        }
        last_positive = !negated;
        // An item dropped (empty, unknown) joins nothing: an `OR` after it starts afresh, so
        // `clause:a clause:nonsense OR clause:b` is a and b, not a or b.
        let added = match field.as_deref() {
            Some("company") => {
                let added = !value.trim().is_empty();
                if added {
                    add_filter(
                        &mut q.filters.company,
                        vec![value.trim().to_string()],
                        negated,
                        joined,
                    );
                }
                added
            }
            Some("topic") => {
                if value.trim().is_empty() {
                    false
                } else if let Some(id) = topics.resolve(&value) {
                    q.filters.topic.push(Filter {
                        value: id.to_string(),
                        negated,
                    });
                    true
                } else {
                    // A start of several topics' names is no unknown topic: which it may be is
                    // said ("topic:r" is retention or rights).
                    let start = value.trim().to_lowercase();
                    let starting: Vec<&str> = topics
                        .topics()
                        .iter()
                        .map(|t| t.id.as_str())
                        .filter(|id| id.starts_with(&start))
                        .collect();
                    if starting.len() > 1 {
                        q.notes
                            .push(format!("topic {value:?} ignored: {}?", either(&starting)));
                    } else {
                        let ids = topics.topics().iter().map(|t| t.id.as_str());
                        q.notes.push(format!(
                            "unknown topic {value:?} ignored{}",
                            did_you_mean(&value, ids)
                        ));
                    }
                    false
                }
            }
            Some("clause") => {
                let kinds = crate::clauses::catalogue().resolve(&value);
                let begun = if kinds.is_empty() {
                    kinds_begun(&value)
                } else {
                    Vec::new()
                };
                if value.trim().is_empty() {
                    false
                } else if begun.len() > 1 {
                    // A kind still being typed ("clause:s" may become security or
                    // sells-or-shares): the filter waits, and says what it may become.
                    q.notes.push(format!(
                        "clause kind {value:?} ignored: {}?",
                        either(&begun)
                    ));
                    false
                } else if kinds.is_empty() && negated {
                    // Nothing to leave out.
                    q.notes.push(format!(
                        "unknown clause kind {value:?} ignored{}",
                        kinds_meant(&value)
                    ));
                    false
                } else if kinds.is_empty() {
                    // No kind is called so: nothing has it. Ignoring it would answer
                    // `clause:targetted-ads` with the whole corpus, read as "every site".
                    q.notes.push(format!(
                        "no clause kind is called {value:?}, so nothing matches{}",
                        kinds_meant(&value)
                    ));
                    let unknown = vec![value.trim().to_lowercase()];
                    add_filter(&mut q.filters.clause, unknown, negated, joined);
                    true
                } else {
                    // A start or a label stands for the kinds it was read as: said, so that
                    // `clause:sell` is not taken for "anything about selling".
                    let typed = value.trim().to_lowercase();
                    let family = format!("{typed}-");
                    if !kinds.iter().all(|k| *k == typed || k.starts_with(&family)) {
                        q.notes
                            .push(format!("clause:{value} read as {}", kinds.join(" and ")));
                    }
                    let kinds = kinds.into_iter().map(str::to_string).collect();
                    add_filter(&mut q.filters.clause, kinds, negated, joined);
                    true
                }
            }
            Some("year") => match parse_year(&value) {
                _ if value.trim().is_empty() => false,
                Some(range) => {
                    if year_reversed(&value) {
                        q.notes
                            .push(format!("year:{value} read as {}..{}", range.0, range.1));
                    }
                    let sign = if negated { "-" } else { "" };
                    let was = q.filters.year.replace(Filter {
                        value: range,
                        negated,
                    });
                    if let Some(Filter {
                        value: (lo, hi),
                        negated: was_negated,
                    }) = was
                    {
                        let was_sign = if was_negated { "-" } else { "" };
                        q.notes.push(format!(
                            "one year range applies: {sign}year:{value} replaces {was_sign}{lo}..{hi}"
                        ));
                    }
                    true
                }
                None => {
                    q.notes
                        .push(format!("year {value:?} not understood, ignored"));
                    false
                }
            },
            _ => match expr_of(&value, quoted) {
                None => false,
                Some(expr) => {
                    match q.clauses.last_mut() {
                        Some(last) if joined => {
                            last.expr =
                                match std::mem::replace(&mut last.expr, Expr::Or(Vec::new())) {
                                    Expr::Or(mut alts) => {
                                        alts.push(expr);
                                        Expr::Or(alts)
                                    }
                                    other => Expr::Or(vec![other, expr]),
                                };
                        }
                        _ => q.clauses.push(Clause { expr, negated }),
                    }
                    true
                }
            },
        };
        last = if added { sort } else { Last::Nothing };
    }
    q.clause_alias = clause_alias(&q);
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Query {
        parse(s, TopicTable::builtin())
    }

    fn word(s: &str) -> Expr {
        Expr::Word {
            text: s.into(),
            prefix: false,
        }
    }

    #[test]
    fn a_year_being_typed_is_the_years_it_may_become() {
        let typed = |s: &str| {
            let q = parse_as_you_type(s, TopicTable::builtin());
            assert_eq!(q.raw, s);
            (q.filters.year.map(|y| (y.value, y.negated)), q.notes)
        };
        let none: Vec<String> = Vec::new();
        assert_eq!(
            typed("sell year:2"),
            (Some(((2000, 2100), false)), none.clone())
        );
        assert_eq!(
            typed("sell year:20"),
            (Some(((2000, 2099), false)), none.clone())
        );
        assert_eq!(
            typed("sell year:201"),
            (Some(((2010, 2019), false)), none.clone())
        );
        assert_eq!(
            typed("sell year:1"),
            (Some(((1990, 1999), false)), none.clone())
        );
        assert_eq!(
            typed("year:2010..2"),
            (Some(((2010, 2100), false)), none.clone())
        );
        assert_eq!(
            typed("year:2010..201"),
            (Some(((2010, 2019), false)), none.clone())
        );
        assert_eq!(
            typed("year:2010-20"),
            (Some(((2010, 2099), false)), none.clone())
        );
        assert_eq!(
            typed("year:>=201"),
            (Some(((2010, 2100), false)), none.clone())
        );
        assert_eq!(
            typed("year:<201"),
            (Some(((1990, 2019), false)), none.clone())
        );
        assert_eq!(
            typed("-year:201"),
            (Some(((2010, 2019), true)), none.clone())
        );
        // A year typed out, or a space after it, is read as it stands.
        assert_eq!(
            typed("year:2014"),
            (Some(((2014, 2014), false)), none.clone())
        );
        assert_eq!(
            typed("year:201 "),
            (
                None,
                vec!["year \"201\" not understood, ignored".to_string()]
            )
        );
        // What can become no year stays not understood.
        assert_eq!(
            typed("year:3"),
            (None, vec!["year \"3\" not understood, ignored".to_string()])
        );
        assert_eq!(
            typed("year:abc2"),
            (
                None,
                vec!["year \"abc2\" not understood, ignored".to_string()]
            )
        );
    }

    #[test]
    fn a_slip_in_a_filter_name_is_answered_with_the_name_meant() {
        let q = p("clause:merger-transfr topic:cookeis clause:zzz");
        assert_eq!(
            q.notes,
            [
                "no clause kind is called \"merger-transfr\", so nothing matches (did you mean merger-transfer?)",
                "unknown topic \"cookeis\" ignored (did you mean cookies?)",
                "no clause kind is called \"zzz\", so nothing matches",
            ]
        );
        // A family a slip away, and the kinds whose id or label holds a word.
        let q = p("clause:retenion clause:sale clause:indefinitely clause:forever");
        assert_eq!(
            q.notes,
            [
                "no clause kind is called \"retenion\", so nothing matches (did you mean retention?)",
                "no clause kind is called \"sale\", so nothing matches (did you mean no-sale?)",
                "no clause kind is called \"indefinitely\", so nothing matches (did you mean retention-indefinite?)",
                "no clause kind is called \"forever\", so nothing matches",
            ]
        );
        // A kind no id is called filters everything out; one still being typed, or left out,
        // filters nothing.
        let q = p("clause:ads clause:s -clause:zzz");
        assert_eq!(q.filters.clause.len(), 1);
        assert_eq!(q.filters.clause[0].value, ["ads"]);
        assert_eq!(
            q.notes,
            [
                "no clause kind is called \"ads\", so nothing matches (did you mean advertising or targeted-ads?)",
                "clause kind \"s\" ignored: sells-or-shares, security or service-providers?",
                "unknown clause kind \"zzz\" ignored",
            ]
        );
        // A misspelt start is answered with the kind it starts; a start or a label that names
        // kinds says which it was read as.
        assert_eq!(
            p("clause:mergr").notes,
            [
                "no clause kind is called \"mergr\", so nothing matches (did you mean merger-transfer?)"
            ]
        );
        assert_eq!(
            p("clause:sell").notes,
            ["clause:sell read as sells-or-shares"]
        );
        assert_eq!(
            p("clause:\"will not sell\"").notes,
            ["clause:will not sell read as no-sale"]
        );
        assert!(p("clause:retention clause:no-sale").notes.is_empty());
        // The start of several topics is said to be so, with the topics it may be.
        let q = p("topic:r");
        assert_eq!(q.notes, ["topic \"r\" ignored: retention or rights?"]);
    }

    #[test]
    fn words_and_phrases() {
        let q = p(r#"cookies "will not sell" advert*"#);
        assert_eq!(
            q.clauses.iter().map(|c| c.expr.clone()).collect::<Vec<_>>(),
            vec![
                word("cookies"),
                Expr::Phrase("will not sell".into()),
                Expr::Word {
                    text: "advert".into(),
                    prefix: true
                },
            ]
        );
    }

    #[test]
    fn or_and_not() {
        let q = p("cookies OR beacons -advertising NOT pixels");
        assert_eq!(q.clauses.len(), 3);
        assert_eq!(
            q.clauses[0].expr,
            Expr::Or(vec![word("cookies"), word("beacons")])
        );
        assert!(q.clauses[1].negated && q.clauses[2].negated);
    }

    #[test]
    fn dropped_items_join_nothing() {
        // A kind no id is called matches nothing, so "or" it with another is that other; the OR
        // after it must not join b to a.
        let q = p("clause:no-sale clause:nonsense OR clause:merger");
        assert_eq!(q.filters.clause.len(), 2);
        assert_eq!(q.filters.clause[0].value, ["no-sale"]);
        assert_eq!(q.filters.clause[1].value, ["nonsense", "merger-transfer"]);
        // The unknown topic between is dropped.
        let q = p("company:legs topic:nonsense OR company:talk");
        assert_eq!(q.filters.company.len(), 2);
        let q = p("year:2010 year:2012");
        assert_eq!(q.filters.year.as_ref().map(|y| y.value), Some((2012, 2012)));
        assert!(q.notes.iter().any(|n| n.contains("replaces 2010..2010")));
    }

    #[test]
    fn filters() {
        let q = p(r#"merger company:"japan talk" topic:ret year:2010..2015 -topic:cookies"#);
        assert_eq!(q.clauses.len(), 1);
        assert_eq!(q.filters.company[0].value, ["japan talk"]);
        assert_eq!(q.filters.topic[0].value, "retention");
        assert!(q.filters.topic[1].negated);
        assert_eq!(q.filters.year.as_ref().map(|y| y.value), Some((2010, 2015)));
        let q = p("clause:merger -clause:no-sale clause:nonsense");
        assert_eq!(q.filters.clause[0].value, ["merger-transfer"]);
        assert!(q.filters.clause[1].negated);
        assert_eq!(q.notes.len(), 1);
    }

    #[test]
    fn or_joins_filters_of_one_field() {
        let q = p("clause:no-sale OR clause:merger cookies");
        assert_eq!(q.filters.clause.len(), 1);
        assert_eq!(q.filters.clause[0].value, ["no-sale", "merger-transfer"]);
        assert_eq!(q.clauses.len(), 1);
        assert!(q.notes.is_empty());
        // Without OR, both must hold.
        let q = p("clause:no-sale clause:merger");
        assert_eq!(q.filters.clause.len(), 2);
        // A family is one filter of all its kinds.
        let q = p("clause:retention -clause:change");
        assert_eq!(
            q.filters.clause[0].value,
            ["retention-limited", "retention-indefinite"]
        );
        assert!(q.filters.clause[1].negated);
        assert_eq!(q.filters.clause[1].value.len(), 2);
        let q = p(r#"company:"japan talk" OR company:legsjapan.com"#);
        assert_eq!(q.filters.company[0].value, ["japan talk", "legsjapan.com"]);
        // A filter and a word cannot be either-or: both must match, and the reader is told.
        let q = p("clause:no-sale OR sell");
        assert_eq!(q.filters.clause.len(), 1);
        assert_eq!(q.clauses.len(), 1);
        assert_eq!(q.notes.len(), 1, "{:?}", q.notes);
        let q = p("cookies OR -beacons");
        assert_eq!(q.clauses.len(), 2);
        assert_eq!(q.notes.len(), 1);
    }

    #[test]
    fn half_typed_input_never_fails() {
        for s in [
            "\"will not",
            "company:",
            "topic:",
            "year:",
            "-",
            "\"",
            "OR",
            "a OR",
            "OR a",
            "*",
            "topic:nonsense",
            "year:abc",
            "((",
            "company:\"half",
            "-\"",
            ":",
            "a:b:c",
            "-company:",
        ] {
            let _ = p(s);
        }
        let q = p("\"will not");
        assert_eq!(q.clauses[0].expr, Expr::Phrase("will not".into()));
        assert!(p("company:").is_match_all());
        assert_eq!(p("topic:nonsense").notes.len(), 1);
    }

    #[test]
    fn unknown_fields_are_words() {
        let q = p("note: http://example.com");
        assert!(q.filters.is_empty());
        assert_eq!(q.clauses.len(), 2);
        // `text:sell` is `text sell`, and the query says it has no field `text:`.
        let q = p("text:sell");
        assert_eq!(q.clauses.len(), 2);
        assert!(q.notes[0].contains("no field text:"), "{:?}", q.notes);
        // `sell~2` is `sell`.
        assert_eq!(
            p("sell~2").clauses[0].expr,
            Expr::Word {
                text: "sell".into(),
                prefix: false
            }
        );
    }

    #[test]
    fn clause_names_are_searchable() {
        assert_eq!(p("will not sell").clause_alias.as_deref(), Some("no-sale"));
        assert_eq!(
            p("will not sell or share").clause_alias.as_deref(),
            Some("no-sale")
        );
        assert_eq!(p("No Sale").clause_alias.as_deref(), Some("no-sale"));
        assert_eq!(
            p("may share on merger").clause_alias.as_deref(),
            Some("merger-transfer")
        );
        // A label's aside in brackets may be left out: "you can opt out (or in)".
        assert_eq!(
            p("you can opt out").clause_alias.as_deref(),
            Some("opt-out")
        );
        assert_eq!(p("\"will not sell\"").clause_alias, None);
        assert_eq!(p("will not sell cookies").clause_alias, None);
        let typing = parse_as_you_type("will not se", TopicTable::builtin());
        assert_eq!(typing.clause_alias.as_deref(), Some("no-sale"));
        assert_eq!(
            typing.clauses[2].expr,
            Expr::Word {
                text: "se".into(),
                prefix: true
            }
        );
        let done = parse_as_you_type("will not sell ", TopicTable::builtin());
        assert_eq!(done.clauses[2].expr, word("sell"));
        // A filter typed last leaves the words whole: the only prefix noted is the company's.
        let filtered = parse_as_you_type("will not sell company:jamescanz", TopicTable::builtin());
        assert_eq!(filtered.clauses[2].expr, word("sell"));
        assert_eq!(filtered.notes, ["company:jamescanz… prefix until a space"]);
    }

    #[test]
    fn a_single_letter_being_typed_after_words_waits_for_the_next() {
        // After a filter too: `company:jamescanz s` is the company's sections until more comes.
        let typing = parse_as_you_type("company:jamescanz s", TopicTable::builtin());
        assert!(typing.clauses.is_empty());
        assert_eq!(typing.filters.company.len(), 1);
        let typing = parse_as_you_type("will not s", TopicTable::builtin());
        assert_eq!(typing.clauses.len(), 2);
        assert_eq!(typing.clauses[1].expr, word("not"));
        // Alone, or finished with a space, it is searched as it is.
        assert_eq!(
            parse_as_you_type("s", TopicTable::builtin()).clauses.len(),
            1
        );
        assert_eq!(
            parse_as_you_type("will not s ", TopicTable::builtin())
                .clauses
                .len(),
            3
        );
    }

    #[test]
    fn a_phrase_being_typed_ends_in_a_prefix_until_its_quote_closes() {
        let typing = parse_as_you_type("cookies \"will not s", TopicTable::builtin());
        assert_eq!(
            typing.clauses[1].expr,
            Expr::Word {
                text: "will not s".into(),
                prefix: true
            }
        );
        // Said, as for a word being typed.
        assert_eq!(typing.notes, ["s… prefix until the quote closes"]);
        // Half-typed quoted words name no clause: the browser showed every no-sale section.
        let quoted = parse_as_you_type("\"will not sel", TopicTable::builtin());
        assert_eq!(quoted.clause_alias, None);
        assert!(
            parse_as_you_type("will not sel", TopicTable::builtin())
                .clause_alias
                .is_some()
        );
        let closed = parse_as_you_type("\"will not s\"", TopicTable::builtin());
        assert_eq!(closed.clauses[0].expr, Expr::Phrase("will not s".into()));
        let plain = parse("\"will not s", TopicTable::builtin());
        assert_eq!(plain.clauses[0].expr, Expr::Phrase("will not s".into()));
    }

    #[test]
    fn boosts_are_ignored_with_a_note() {
        let q = p("cookies^2 privacy");
        assert_eq!(q.clauses[0].expr, word("cookies"));
        assert!(
            q.notes.iter().any(|n| n.contains("boost ^2 ignored")),
            "{:?}",
            q.notes
        );
        // A caret inside a word that is no boost stays the word's.
        assert!(p("a^b").notes.is_empty());
    }

    #[test]
    fn years() {
        assert_eq!(parse_year("2014"), Some((2014, 2014)));
        assert_eq!(parse_year("2015-2010"), Some((2010, 2015)));
        assert_eq!(parse_year(">=2018"), Some((2018, 2100)));
        assert_eq!(parse_year("..2005"), Some((1990, 2005)));
        assert_eq!(parse_year("1700"), None);
        assert_eq!(parse_year(">2010"), Some((2011, 2100)));
        assert_eq!(parse_year("<2010"), Some((1990, 2009)));
        assert_eq!(parse_year("=2012"), Some((2012, 2012)));
        assert!(year_reversed("2020..2010"));
        assert!(!year_reversed("2010..2020"));
        let q = p("year:2020..2010 sell");
        assert_eq!(q.filters.year.as_ref().map(|y| y.value), Some((2010, 2020)));
        assert!(
            q.notes.iter().any(|n| n.contains("read as 2010..2020")),
            "{:?}",
            q.notes
        );
        // Excluded, not the same as included.
        let q = p("-year:2010 sell");
        assert_eq!(
            q.filters.year,
            Some(Filter {
                value: (2010, 2010),
                negated: true
            })
        );
        assert!(!p("year:2010").filters.year.is_some_and(|y| y.negated));
    }
}
