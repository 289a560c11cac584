//! Sentences in policy prose, found around a position: enough to scope a clause. Abbreviations
//! ("e.g.", "Inc."), enumerations ("(1) … (2) …") and initials do not end a sentence; line
//! breaks (list items, headings) do, but for those that only wrap a sentence to a width. The places where sentences may end are found once per
//! text ([`Boundaries`]), then the sentence around any position is two binary searches.

/// How far to look for a sentence boundary before giving up (a run-on "sentence" of a huge
/// list is cut there).
const MAX_SENTENCE: usize = 1500;

/// Abbreviations after which a period never ends a sentence.
const NEVER_FINAL: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "approx", "incl",
    "fig", "cf", "viz", "jr", "sr", "a.m", "p.m", "al", "art", "sec", "para", "pp", "ca",
];

/// The longest of [`NEVER_FINAL`]: a longer word is none of them (most words before a period).
const NEVER_FINAL_LONGEST: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < NEVER_FINAL.len() {
        if NEVER_FINAL[k].len() > longest {
            longest = NEVER_FINAL[k].len();
        }
        k += 1;
    }
    longest
};

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\r'
}

/// The length in bytes of a character at `i` that stands between words as a space does but
/// is none of [`is_space`]'s: a control character, a no-break, thin or zero-width space, a
/// byte-order mark, or the picture shown for a control character (`␇`); 0 for anything else.
/// "We will not sell data.\u{a0}We sell data to advertisers." is two sentences, whose "not"
/// reaches no further than the first.
fn space_like(text: &[u8], i: usize) -> usize {
    match text.get(i..).unwrap_or_default() {
        [b, ..] if *b < 0x20 && *b != b'\n' || *b == 0x7f => 1,
        [0xc2, 0xa0, ..] => 2,
        [0xe2, 0x80, 0x80..=0x8b | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe2, 0x90, 0x80..=0xa6, ..]
        | [0xe3, 0x80, 0x80, ..]
        | [0xef, 0xbb, 0xbf, ..] => 3,
        _ => 0,
    }
}

/// True if the `.`, `?` or `!` at `i` ends a sentence.
/// Bytes of the closing bracket or quote at `k` (`)`, `]`, `"`, `”`, `’`), else 0.
fn closer_len(text: &[u8], k: usize) -> usize {
    match text.get(k..) {
        Some([b')' | b']' | b'"', ..]) => 1,
        Some([0xe2, 0x80, 0x9d | 0x99, ..]) => 3,
        _ => 0,
    }
}

fn ends_sentence(text: &[u8], i: usize) -> bool {
    let next = if space_like(text, i + 1) > 0 {
        Some(b' ')
    } else if closer_len(text, i + 1) > 0 {
        // Curly quotes read as the straight one: "considered a “sale.” To opt out …".
        Some(b'"')
    } else {
        text.get(i + 1).copied()
    };
    if !next.is_none_or(|b| is_space(b) || matches!(b, b'\n' | b'"' | b')' | b']')) {
        return glued(text, i);
    }
    // Closed inside brackets, the sentence goes on after them when it goes on in lowercase:
    // "children (under 13 in the U.S.) and we do not …", "(cookies, pixels, etc.) which …".
    // So in quotes: a title that asks a question goes on into what names it ("see the " What
    // Choices Do You Have?" section").
    if matches!(next, Some(b')' | b']' | b'"')) {
        let mut j = i + 1;
        while let n @ 1.. = closer_len(text, j) {
            j += n;
        }
        if goes_on_in_lowercase(text, j) {
            return false;
        }
    }
    if text[i] != b'.' {
        return true;
    }
    // The word before the period.
    let mut s = i;
    while s > 0 && !is_space(text[s - 1]) && text[s - 1] != b'\n' && text[s - 1] != b'(' {
        s -= 1;
    }
    let mut word = &text[s..i];
    while let [b'"' | b'\'' | b'(', rest @ ..] = word {
        word = rest;
    }
    if word.len() <= NEVER_FINAL_LONGEST
        && NEVER_FINAL
            .iter()
            .any(|a| a.len() == word.len() && a.as_bytes().eq_ignore_ascii_case(word))
    {
        return false;
    }
    // A country's initials go on into a name ("the EU-U.S. Privacy Shield", "the U.S.
    // Department of Commerce") unless the next word opens a sentence ("… in the U.S. Our
    // servers …").
    if ends_with_country_initials(word) && !next_opens_sentence(&text[i + 1..]) {
        return false;
    }
    // Initials ("J. Smith") and enumerations ("1.", "a.", "iv.") at a line start; but a
    // capital closing a name inside a line ends the sentence before a word that opens one
    // ("covered in Part I. We do not sell any personal information").
    if word.len() == 1 && word[0].is_ascii_alphabetic() {
        // Not a street's initial before a number: "31 W. 27th Street".
        let next_word = text[i + 1..].trim_ascii_start();
        return word[0].is_ascii_uppercase()
            && !starts_line(text, s)
            && next_word.first().is_some_and(u8::is_ascii_alphabetic)
            && next_opens_sentence(next_word);
    }
    if !word.is_empty() && word.iter().all(u8::is_ascii_digit) && starts_line(text, s) {
        return false;
    }
    // A company's name goes on into the name it is given in brackets: "Google Inc. (“Google”)
    // uses cookies".
    // Nor does one legal form end before another ("SoundCloud Global Limited & Co. KG on …").
    // (Asked of every period: the word must be short and capitalised before the lists are
    // looked through.)
    if word.len() <= LONGEST_LEGAL_FORM
        && word.first().is_some_and(u8::is_ascii_uppercase)
        && crate::corpus::company::is_legal_form(word)
    {
        let next = text[i + 1..].trim_ascii_start();
        let next_word = next
            .split(|c| c.is_ascii_whitespace())
            .next()
            .unwrap_or_default();
        if next.starts_with(b"(") || crate::corpus::company::is_legal_form(next_word) {
            return false;
        }
    }
    // A sentence that opens in lowercase after a plain word ("… diagnose technical problems.
    // this website does not sell …", carelessly typed): an abbreviation is short or listed, and
    // a word such as "this" or "we" opens a sentence rather than going on from one.
    if word.len() >= 5
        && word.iter().all(u8::is_ascii_lowercase)
        && text[i + 1..]
            .trim_ascii_start()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
        && next_opens_sentence(&text[i + 1..])
    {
        return true;
    }
    // The next word must not start in lowercase ("Inc. and its affiliates").
    !goes_on_in_lowercase(text, i + 1)
}

/// The longest word [`crate::corpus::company::is_legal_form`] can accept ("Corporation").
const LONGEST_LEGAL_FORM: usize = 12;

/// True when the word after byte `from` (past spaces) starts in lowercase, or a comma or
/// semicolon comes first ("(E.E.A.), we implement …"), so that what came before goes on into
/// it; not a site's name, which keeps its lower case at a sentence's start ("… usage.
/// nornar.com may rent …").
fn goes_on_in_lowercase(text: &[u8], mut from: usize) -> bool {
    while from < text.len() {
        from += match space_like(text, from) {
            0 if is_space(text[from]) => 1,
            0 => break,
            n => n,
        };
    }
    match text.get(from) {
        Some(b',' | b';') => true,
        // Nor a brand spelt with an inner capital ("… cookies. eBay will never sell …").
        Some(c) => {
            c.is_ascii_lowercase()
                && !is_domain(&text[from..])
                && !text.get(from + 1).is_some_and(u8::is_ascii_uppercase)
        }
        None => false,
    }
}

/// True when the period at `i` ends a sentence glued to the next, as text run together from
/// markup reads ("we may delete this information straight away.There may be occasions …"): a
/// lowercase word of three letters or more before it, a capitalised word after it. Not a web
/// address ("www.Example.com") nor a name ("ASP.NET", "Node.Js"), whose words go on with a
/// period or have capitals inside.
fn glued(text: &[u8], i: usize) -> bool {
    if text[i] != b'.' {
        return false;
    }
    let mut s = i;
    while s > 0 && text[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let before = &text[s..i];
    let lower = before.iter().all(u8::is_ascii_lowercase);
    // A capitalised word before it ("… the collected Personal Data.Unless you request …") ends
    // one only before a word that opens sentences: "Node.Js" and "Amazon.Com" are names.
    let title = before.first().is_some_and(u8::is_ascii_uppercase)
        && before[1..].iter().all(u8::is_ascii_lowercase);
    if before.len() < 3
        || !(lower || title)
        || (s > 0 && !is_space(text[s - 1]) && text[s - 1] != b'\n')
    {
        return false;
    }
    let after = &text[i + 1..];
    let end = after
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..end];
    word.len() >= 2
        && word[0].is_ascii_uppercase()
        && word[1..].iter().all(u8::is_ascii_lowercase)
        && after.get(end).is_some_and(|&b| is_space(b) || b == b',')
        && (lower || next_opens_sentence(after))
}

/// "U.S", "EU-U.S", "U.K", "E.U": initials of a place, with the period of the last letter to
/// come.
fn ends_with_country_initials(word: &[u8]) -> bool {
    const INITIALS: [&[u8]; 4] = [b"u.s", b"u.k", b"e.u", b"u.s.a"];
    INITIALS.iter().any(|c| {
        word.len() >= c.len()
            && word[word.len() - c.len()..].eq_ignore_ascii_case(c)
            && (word.len() == c.len() || !word[word.len() - c.len() - 1].is_ascii_alphanumeric())
    })
}

/// The words a sentence opens with, in any case: after "… in the U.S." (any other capitalised
/// word goes on with a name: "U.S. Department", "U.S. Privacy Shield"), after a period glued to
/// a capitalised word ("Personal Data.Unless", not "Node.Js"), and after one typed without its
/// capital ("problems. this website").
fn next_opens_sentence(rest: &[u8]) -> bool {
    const OPENERS: &str = "the we our you your if this these that those in for it its any all \
        when where please to as by such some unless although however note each no they their \
        there a an on with from personal information";
    let mut rest = rest.trim_ascii_start();
    while space_like(rest, 0) > 0 {
        rest = rest[space_like(rest, 0)..].trim_ascii_start();
    }
    let end = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    word.is_empty()
        || OPENERS
            .split_ascii_whitespace()
            .any(|o| o.len() == word.len() && o.as_bytes().eq_ignore_ascii_case(word))
}

/// True when `text` opens with a domain name: a lowercase word, a dot, and two or more
/// letters, then a space ("nornar.com may"), not "e.g." or "i.e.".
fn is_domain(text: &[u8]) -> bool {
    let end = text
        .iter()
        .position(|&b| is_space(b) || b == b'\n')
        .unwrap_or(text.len());
    let word = &text[..end];
    // Said in the possessive: "www.eco-league.com's privacy policy does not apply".
    let word = word
        .strip_suffix(b"'s")
        .or_else(|| word.strip_suffix("\u{2019}s".as_bytes()))
        .unwrap_or(word);
    let Some(dot) = word.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let (name, tld) = (&word[..dot], &word[dot + 1..]);
    name.len() >= 2
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_lowercase)
        && name
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// True when only indentation comes before byte `i` on its line: looks back over the
/// indentation alone, not the whole line.
fn starts_line(text: &[u8], mut i: usize) -> bool {
    while i > 0 && is_space(text[i - 1]) {
        i -= 1;
    }
    i == 0 || text[i - 1] == b'\n'
}

/// `start..end` of `text` without the whitespace around it, on character boundaries.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    // The bracket that closed the sentence before ("(for 30 days.) Then …") is its own.
    while start < end {
        start += match space_like(b, start) {
            0 if is_space(b[start]) || b[start] == b'\n' || b[start] == b')' => 1,
            0 => break,
            n => n,
        };
    }
    start = start.min(end);
    while end > start && (is_space(b[end - 1]) || b[end - 1] == b'\n') {
        end -= 1;
    }
    // Never split a character.
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end.max(start))
}

/// True when the line break at `k` only wraps a sentence: the line ends in a letter, a digit
/// or a comma, is no heading, and the next goes on with a word in lowercase ("We will
/// not\nsell your data" in text cut to a width). A line break after a stop or a colon, before
/// a capital, a bullet, an address or a blank line still ends one: list items and headings
/// keep their own sentences.
fn soft_wrap(text: &[u8], k: usize) -> bool {
    let before = text[..k].iter().rev().find(|&&c| !is_space(c));
    if !matches!(before, Some(c) if c.is_ascii_alphanumeric() || *c == b',') {
        return false;
    }
    let rest = &text[k + 1..];
    let from = rest
        .iter()
        .position(|&c| !is_space(c))
        .unwrap_or(rest.len());
    let word = rest[from..]
        .split(|&c| is_space(c) || c == b'\n')
        .next()
        .unwrap_or_default();
    let body = word
        .strip_suffix(b",")
        .or_else(|| word.strip_suffix(b"."))
        .unwrap_or(word);
    let in_lowercase = word.first().is_some_and(u8::is_ascii_lowercase)
        && body
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c == b'\'' || c == b'-');
    in_lowercase && {
        let line_start = memchr::memrchr(b'\n', &text[..k]).map_or(0, |i| i + 1);
        std::str::from_utf8(&text[line_start..k]).is_ok_and(|line| !is_heading(line))
    }
}

/// Where sentences of a text may end: every line break but those that only wrap a sentence
/// ([`soft_wrap`]), and every `.`, `?` or `!` that ends a
/// sentence, ascending.
pub struct Boundaries(Vec<u32>);

impl Boundaries {
    pub fn new(text: &str) -> Boundaries {
        let b = text.as_bytes();
        let mut out = Vec::with_capacity(b.len() / 64);
        // A sentence closed inside brackets or quotes takes them along ("(photo, video,
        // etc.)"): the next one starts after them.
        let closed = |k: usize| {
            let mut j = k + 1;
            while let n @ 1.. = closer_len(b, j) {
                j += n;
            }
            j - 1
        };
        let mut marks = memchr::memchr3_iter(b'.', b'?', b'!', b)
            .filter(|&k| ends_sentence(b, k))
            .map(closed)
            .peekable();
        let mut lines = memchr::memchr_iter(b'\n', b)
            .filter(|&k| !soft_wrap(b, k))
            .peekable();
        loop {
            let k = match (marks.peek(), lines.peek()) {
                (Some(&m), Some(&l)) if m < l => marks.next(),
                (_, Some(_)) => lines.next(),
                (Some(_), None) => marks.next(),
                (None, None) => break,
            };
            out.extend(k.map(|k| k as u32));
        }
        let bullets = inline_bullets(b);
        if !bullets.is_empty() {
            out.extend(bullets);
            out.sort_unstable();
            out.dedup();
        }
        Boundaries(cut_long_sentences(b, out))
    }

    /// The sentence around byte `pos` of `text` (the text these boundaries are of):
    /// `(start, end)`, trimmed of surrounding whitespace, and `start` is the beginning of a
    /// line when the sentence starts one.
    pub fn around(&self, text: &str, pos: usize) -> (usize, usize) {
        let b = text.as_bytes();
        let pos = pos.min(b.len());
        let floor = pos.saturating_sub(MAX_SENTENCE);
        let ceil = (pos + MAX_SENTENCE).min(b.len());
        let next = self.0.partition_point(|&k| (k as usize) < pos);
        let start = match next.checked_sub(1).map(|i| self.0[i] as usize) {
            Some(k) if k >= floor => k + 1,
            _ => floor,
        };
        let end = match self.0.get(next).map(|&k| k as usize) {
            Some(k) if k < ceil => {
                if b[k] == b'\n' {
                    k
                } else {
                    k + 1
                }
            }
            _ => ceil,
        };
        trim(text, start, end)
    }
}

/// Where a bullet inside a line starts an item ("… the collected Personal Data.● In certain
/// countries …", "(*3)● History of …", lists the markup ran into one line): the sentence before
/// ends on the byte before it. Bullets that open a line are a line break's already. Found by
/// their last byte, which ASCII text never holds.
fn inline_bullets(b: &[u8]) -> Vec<u32> {
    const BULLETS: [[u8; 3]; 3] = [[0xe2, 0x80, 0xa2], [0xe2, 0x97, 0x8f], [0xe2, 0x96, 0xaa]];
    memchr::memchr3_iter(0xa2, 0x8f, 0xaa, b)
        .filter(|&k| k >= 2 && BULLETS.iter().any(|bullet| b[k - 2..=k] == *bullet))
        .map(|k| k - 2)
        .filter(|&p| {
            b[..p]
                .iter()
                .rev()
                .find(|&&c| !is_space(c))
                .is_some_and(|&c| c != b'\n')
        })
        .map(|p| (p - 1) as u32)
        .collect()
}

/// `ends` with the sentences longer than [`MAX_SENTENCE`] cut in pieces at the latest good
/// place each piece allows: a semicolon, an item of an inline list ("… (e) send …"), a comma,
/// else a space. The cuts depend on the text alone, so every clause of a long sentence ("We may
/// use the information … including to (a) … (j) …", 1,500 bytes and more) gets the same piece
/// around it; a window taken around each clause's own word started mid-word and overlapped the
/// next.
fn cut_long_sentences(b: &[u8], ends: Vec<u32>) -> Vec<u32> {
    let too_long = |from: usize, to: usize| to.saturating_sub(from) > MAX_SENTENCE;
    // Each sentence from the byte after the end before it to its own end (or the text's).
    let starts = std::iter::once(0).chain(ends.iter().map(|&k| k as usize + 1));
    let stops = ends.iter().map(|&k| k as usize).chain([b.len()]);
    if !starts.zip(stops).any(|(s, e)| too_long(s, e)) {
        return ends;
    }
    let mut out = Vec::with_capacity(ends.len() + 8);
    let mut start = 0;
    for k in ends.iter().map(|&k| k as usize).chain([b.len()]) {
        while too_long(start, k) {
            let cut = long_sentence_cut(b, start, start + MAX_SENTENCE);
            out.push(cut as u32);
            start = cut + 1;
        }
        if k < b.len() {
            out.push(k as u32);
        }
        start = k + 1;
    }
    out
}

/// Where to cut a sentence too long to read whole, between `lo` and `hi`: the byte that ends
/// the first piece (kept in it), never in the piece's first third, so that pieces stay long.
fn long_sentence_cut(b: &[u8], lo: usize, hi: usize) -> usize {
    let least = lo + MAX_SENTENCE / 3;
    let last = |good: &dyn Fn(usize) -> bool| (least..hi).rev().find(|&k| good(k));
    let space = |k: usize| b.get(k).is_some_and(|&c| c == b' ');
    // A list item of its own: " (e) " or " e) ".
    let item = |k: usize| {
        space(k)
            && b.get(k + 1..).is_some_and(|rest| {
                let rest = rest.strip_prefix(b"(").unwrap_or(rest);
                let n = rest
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                (1..=3).contains(&n) && rest.get(n..n + 2) == Some(b") ")
            })
    };
    last(&|k| b[k] == b';')
        .or_else(|| last(&item))
        .or_else(|| last(&|k| b[k] == b',' && space(k + 1)))
        .or_else(|| last(&|k| b[k].is_ascii_whitespace()))
        // No space at all: a cut that splits no character.
        .unwrap_or_else(|| {
            (lo..hi)
                .rev()
                .find(|&k| k + 1 >= b.len() || (b[k + 1] as i8) >= -0x40)
                .unwrap_or(lo)
        })
}

/// The sentence around byte `pos`: `(start, end)`, trimmed of surrounding whitespace, and
/// `start` is the beginning of a line when the sentence starts one. For one position; a text
/// looked at in many places is better served by [`Boundaries`].
pub fn around(text: &str, pos: usize) -> (usize, usize) {
    Boundaries::new(text).around(text, pos)
}

/// How many words `text` has, as [`str::split_whitespace`] cuts them, counting no further
/// than `most`: asked of every sentence with an anchor. Eight bytes at a time while they are
/// ASCII; Unicode's whitespace needs decoding only from a byte outside it on.
pub fn words_up_to(text: &str, most: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let (mut n, mut i, mut in_word) = (0, 0, false);
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if x & HIGH != 0 {
            break;
        }
        // The high bit of each byte that is a space, or a tab, line feed, vertical tab, form
        // feed or carriage return (9 to 13): each test adds to a byte below 0x80 a constant
        // that sets its high bit exactly when it is in range, so no byte carries into the next.
        let not_space = (x ^ (ONES * 0x20)).wrapping_add(ONES * 0x7f) & HIGH;
        let from_9 = x.wrapping_add(ONES * (0x80 - 9)) & HIGH;
        let from_14 = x.wrapping_add(ONES * (0x80 - 14)) & HIGH;
        let space = (!not_space & HIGH) | (from_9 & !from_14);
        let before = (space << 8) | if in_word { 0 } else { 0x80 };
        n += (!space & HIGH & before).count_ones() as usize;
        if n >= most {
            return most;
        }
        in_word = space >> 63 == 0;
        i += 8;
    }
    while i < b.len() && n < most {
        let (space, len) = match b[i] {
            c if c.is_ascii() => (char::from(c).is_whitespace(), 1),
            _ => text[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n.min(most)
}

/// The line before the one starting at `line_start`, if `line_start` begins a line.
pub fn previous_line(text: &str, line_start: usize) -> Option<(usize, usize)> {
    let end = previous_line_end(text, line_start)?;
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..end]).map_or(0, |k| k + 1);
    Some((start, end))
}

/// True when `before`, the part of a sentence before the word that begins `rest`, is only
/// what may open a sentence ahead of it: list markers ("(b)", "2.", "iv)", "•") and at most
/// a few words of a heading run into the sentence ("Your Options To correct …"): capitalised
/// words, with the short words a title leaves in lower case, and then the sentence's own first
/// word capitalised too.
pub fn opens(before: &str, rest: &str) -> bool {
    if before.len() > OPENING_REACH {
        return false;
    }
    let mut heading_words = 0;
    for token in before.split_whitespace() {
        if is_list_marker(token) {
            continue;
        }
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised =
            word.starts_with(char::is_uppercase) && !word.chars().skip(1).any(char::is_uppercase);
        if !(capitalised || TITLE_SMALL.contains(&word)) || word.len() != token.len() {
            return false;
        }
        heading_words += 1;
    }
    heading_words == 0 || (heading_words <= HEADING_WORDS && rest.starts_with(char::is_uppercase))
}

/// The short words a title leaves in lower case ("Sharing *and* Selling *of* Information").
const TITLE_SMALL: [&str; 17] = [
    "a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "by", "with", "at", "from", "as",
    "about", "via",
];

/// True when one of the first words of `sentence` is in lower case and no title's short
/// word ("We use cookies"): then no line ending with it is a heading by [`is_heading`].
/// Looks at ASCII only, and at a few words: a cheap test that most sentences fail at their
/// second word, so that the full one is seldom needed.
pub fn plainly_untitled(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let mut i = 0;
    for _ in 0..4 {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let token = &b[start..i];
        let Some(&first) = token.first() else {
            return false;
        };
        if !first.is_ascii_lowercase() {
            continue;
        }
        let end = token.len()
            - token
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_punctuation())
                .count();
        let word = &token[..end];
        // The word opens in lower case, and TITLE_SMALL is in lower case.
        let small = word.len() <= 5 && TITLE_SMALL.iter().any(|w| w.as_bytes() == word);
        let marker = || {
            end < token.len()
                && token.len() <= 4
                && std::str::from_utf8(token).is_ok_and(is_list_marker)
        };
        if !small && word.iter().all(u8::is_ascii_alphanumeric) && !marker() {
            return true;
        }
    }
    false
}

/// True when `line` is a heading: after any list marker ("b.", "4.", "(iii)"), its words are
/// capitalised but for a title's short words ("Categories of Information Sold", "4.3 Cookies
/// and Other Tracking Mechanisms", "DO NOT TRACK DISCLOSURE"), and it ends without a question
/// mark, exclamation mark or semicolon. One ending with a full stop or a colon is a heading
/// run into its paragraph ("B. Tracking Technologies Generally.") if it is in title case, at
/// most [`MAX_HEADING_WORDS`] words, and opens with no subject ("We Use Cookies." and "We Will
/// Not:" are sentences). A line in capitals is at most [`MAX_HEADING_WORDS`] words, and ends
/// without a stop: it may be a sentence set in capitals for emphasis. A heading names a
/// subject: "Cookies and Web Beacons" sets no cookie, and "Categories of Information Sold"
/// sells nothing; the sentences under it say what is done.
pub fn is_heading(line: &str) -> bool {
    const SUBJECTS: [&str; 7] = ["we", "you", "they", "it", "i", "he", "she"];
    let line = line.trim_end();
    if line.ends_with(['!', '?', ';']) {
        return false;
    }
    let stopped = line.ends_with(['.', ':']);
    let (mut words, mut lower) = (0, false);
    let mut first = None;
    for token in line.split_whitespace().skip_while(|t| is_list_marker(t)) {
        words += 1;
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(initial) = word.chars().next() else {
            continue;
        };
        first.get_or_insert(word);
        let titled = !initial.is_alphabetic()
            || initial.is_uppercase()
            || TITLE_SMALL.iter().any(|w| w.eq_ignore_ascii_case(word));
        if !titled {
            return false;
        }
        lower |= word.chars().any(char::is_lowercase);
    }
    if stopped {
        let subject = first.is_some_and(|f| SUBJECTS.iter().any(|s| s.eq_ignore_ascii_case(f)));
        return lower && words <= MAX_HEADING_WORDS && !subject;
    }
    // A long line in title case is a table of contents or a menu; a long line in capitals
    // may be a sentence set in capitals for emphasis.
    words <= MAX_HEADING_WORDS || lower
}

/// True when `line` names a topic as a question does, without asking it: a line (a heading,
/// an item of a table of contents) that opens with "how", "what" or "why" and ends without a
/// full stop ("How we retain and delete Student Personal Data", "• What we collect").
pub fn is_topic_line(line: &str) -> bool {
    // Not "when", "where", "which": "When you register, we collect your email" states.
    const OPENERS: [&str; 3] = ["how", "what", "why"];
    // Most lines are told by their first letter.
    let first_letter = line.bytes().take(12).find(u8::is_ascii_alphabetic);
    if !first_letter.is_some_and(|b| matches!(b, b'h' | b'H' | b'w' | b'W')) {
        return false;
    }
    let line = line.trim_end();
    !line.ends_with(['.', '!', '?', ';', ',']) && opens_with_one_of(line, &OPENERS)
}

/// True when `line`'s first word, after any list marker or section number ("•", "(b)",
/// "3.1"), is one of `words` (in lower case), whatever its case.
fn opens_with_one_of(line: &str, words: &[&str]) -> bool {
    let first = line
        .split_whitespace()
        .find(|t| !is_list_marker(t) && !t.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    first.is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        words.iter().any(|o| o.eq_ignore_ascii_case(w))
    })
}

/// True when `line`, set apart as a heading, is a sentence all the same: it ends with a full
/// stop or an exclamation mark and is written in lower case, not as a title ("We may amend
/// this Privacy Policy." but not "SECURITY OF YOUR INFORMATION." or "Right to Data
/// Portability.").
pub fn reads_as_sentence(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['.', '!']) && line.chars().any(char::is_lowercase) && !is_heading(line)
}

/// True when `sentence` asks a question ("How do we use cookies?", "11. Can children use our
/// services?"): it ends with a question mark and opens, after any list marker, with a
/// question word or an auxiliary. A question names a subject, as a heading does; the answer
/// is the clause. A statement that only ends with "?" (a quotation mark lost to a bad
/// encoding: "email us with ?Privacy Rights for Minors? in the subject line?") is not one.
pub fn is_question(sentence: &str) -> bool {
    const OPENERS: [&str; 24] = [
        "how", "what", "why", "when", "where", "which", "who", "whom", "whose", "can", "could",
        "do", "does", "did", "is", "are", "was", "will", "would", "should", "shall", "may", "have",
        "has",
    ];
    sentence.trim_end().ends_with('?') && opens_with_one_of(sentence, &OPENERS)
}

/// True when `sentence` opens with a refusal, as a condition or a subject ("If you disable
/// cookies, …", "Rejecting cookies …", "Please note that if you withdraw your consent, …"):
/// the first half of a sentence that only tells what a refusal costs (the detector asks the
/// rest, a loss named and no power given, of the words it found).
pub fn opens_with_a_refusal(sentence: &str) -> bool {
    const CONDITIONS: [&str; 7] = [
        "if",
        "should",
        "where",
        "when",
        "once",
        "in case",
        "in the event",
    ];
    const WHO: [&str; 8] = [
        "you", "you've", "you’ve", "your", "users", "a user", "the user", "visitors",
    ];
    const REFUSALS: [&str; 16] = [
        "the withdrawal",
        "withdrawal of",
        "disabling",
        "rejecting",
        "refusing",
        "blocking",
        "removing",
        "deleting",
        "withdrawing",
        "declining",
        "turning off",
        "opting out",
        "choosing not",
        "not accepting",
        "not providing",
        "failure to",
    ];
    const LEADS: [&str; 8] = [
        "please note that ",
        "please note, ",
        "please note ",
        "please be aware that ",
        "note that ",
        "however, ",
        "also, ",
        "but ",
    ];
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let starts = |text: &[u8], w: &str| {
        text.get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
    };
    let word_at = |text: &[u8], w: &str| {
        starts(text, w) && !text.get(w.len()).is_some_and(u8::is_ascii_alphanumeric)
    };
    let mut head = opening.as_bytes();
    // The two letters every condition, refusal and lead opens with: most sentences ("We …",
    // "You …", "This …") are told by them alone.
    let pair = |h: &[u8]| match h {
        [a, b, ..] => (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
        _ => (0, 0),
    };
    if !matches!(
        pair(head),
        (b'i', b'f' | b'n')
            | (b's', b'h')
            | (b'w', b'h' | b'i')
            | (b'o', b'n' | b'p')
            | (b'd', b'i' | b'e')
            | (b'r', b'e')
            | (b'b', b'l' | b'u')
            | (b't', b'u' | b'h')
            | (b'c', b'h')
            | (b'n', b'o')
            | (b'f', b'a')
            | (b'p', b'l')
            | (b'h', b'o')
            | (b'a', b'l')
    ) {
        return false;
    }
    while let Some(lead) = LEADS.iter().find(|l| starts(head, l)) {
        head = &head[lead.len()..];
    }
    let conditional = CONDITIONS
        .iter()
        .find(|c| word_at(head, c))
        .is_some_and(|c| {
            let after = head[c.len()..].trim_ascii_start();
            WHO.iter().any(|w| word_at(after, w))
        });
    conditional || REFUSALS.iter().any(|r| word_at(head, r))
}

/// The most bytes of a section's title that [`section_titles`] reads.
const SECTION_TITLE: usize = 100;

/// The titles of the sections `sentence` points to, as byte ranges: a title in quotes beside
/// the word "section" or "page" ("see the “Your Choices” section", "the section titled
/// "Information Retention"", "our “Ad Choices” page"), or words in title case before
/// "section" after "the", "our" or "this" ("as detailed in the Online Tracking and Advertising
/// section below"). Their words name a part of the document; a clause read from them
/// ("… Advertising") is the table of contents talking. Sentences without "ection" or "page"
/// cost one search.
pub fn section_titles(sentence: &str) -> Vec<std::ops::Range<usize>> {
    let b = sentence.as_bytes();
    let mut out = Vec::new();
    for (k, finder) in TITLE_WORD_FINDERS.iter().enumerate() {
        for at in finder.find_iter(b) {
            // The word itself: "section(s)" or "Section", "page(s)".
            let (start, end) = if k == 0 {
                if at == 0 || !matches!(b[at - 1], b's' | b'S') {
                    continue;
                }
                (at - 1, at + 6)
            } else {
                (at + 1, at + 5)
            };
            if b.get(end)
                .is_some_and(|c| c.is_ascii_alphabetic() && *c != b's')
            {
                continue;
            }
            if start > 0 && b[start - 1].is_ascii_alphanumeric() {
                continue;
            }
            let before = sentence[..start].trim_end();
            // A title in quotes just before: “Your Choices” section.
            if let Some(title) = quoted_before(before) {
                out.push(title);
                continue;
            }
            // … or just after: section titled "Information Retention".
            let mut after = sentence[end.min(sentence.len())..].trim_start();
            for verb in ["titled", "entitled", "called", "named", "headed"] {
                if let Some(rest) = after.strip_prefix(verb) {
                    after = rest.trim_start();
                }
            }
            let offset = sentence.len() - after.len();
            if let Some(title) = quoted_after(after) {
                out.push(offset + title.start..offset + title.end);
                continue;
            }
            // Words in title case before "section", after "the", "our" or "this".
            if k == 0 {
                let (mut from, mut end) = (before.len(), before.len());
                let (mut titled, mut opened) = (0, false);
                for word in before.rsplit(' ') {
                    let first = word.bytes().next();
                    if matches!(word, "the" | "our" | "this" | "its") {
                        opened = true;
                        break;
                    } else if first.is_some_and(|c| c.is_ascii_uppercase()) {
                        titled += 1;
                    } else if !TITLE_SMALL.contains(&word) && word != "&" {
                        titled = 0;
                        break;
                    }
                    from = end - word.len();
                    end = from.saturating_sub(1);
                    if before.len() - from > SECTION_TITLE {
                        titled = 0;
                        break;
                    }
                }
                if titled > 0 && opened {
                    out.push(from..before.len());
                }
            }
        }
    }
    out
}

/// Searchers for the words [`section_titles`] reads around, built once: it is asked only of
/// sentences the term pass found one of them in.
static TITLE_WORD_FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    std::sync::LazyLock::new(|| {
        [
            memchr::memmem::Finder::new(b"ection"),
            memchr::memmem::Finder::new(b" page"),
        ]
    });

/// The text in quotes that `before` ends with, as a range of it.
fn quoted_before(before: &str) -> Option<std::ops::Range<usize>> {
    let close = before.chars().next_back()?;
    let open = match close {
        '”' => '“',
        '"' => '"',
        '’' => '‘',
        _ => return None,
    };
    let inner = &before[..before.len() - close.len_utf8()];
    let from = inner.rfind(open)?;
    (inner.len() - from <= SECTION_TITLE).then_some(from..before.len())
}

/// The text in quotes that `after` starts with, as a range of it.
fn quoted_after(after: &str) -> Option<std::ops::Range<usize>> {
    let open = after.chars().next()?;
    let close = match open {
        '“' => '”',
        '"' => '"',
        '‘' => '’',
        _ => return None,
    };
    let inner = &after[open.len_utf8()..];
    let to = inner.find(close)?;
    (to <= SECTION_TITLE).then_some(0..open.len_utf8() + to + close.len_utf8())
}

/// The longest term a definition opens with, in bytes.
const DEFINED_TERM: usize = 60;

/// True when `sentence` is an entry of a policy's change log ("January 3, 2011: Added court order
/// and subpoena clarification."): a date, a colon and a verb of editing. It tells of the text,
/// not of what the company does.
pub fn is_change_log_entry(sentence: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const EDITS: [&str; 13] = [
        "added",
        "included",
        "updated",
        "revised",
        "removed",
        "clarified",
        "changed",
        "amended",
        "modified",
        "expanded",
        "introduced",
        "deleted",
        "replaced",
    ];
    // The date is short: its colon is looked for in the first bytes only, as this is asked of
    // every sentence with an anchor.
    let sentence = sentence.trim_start();
    let head = &sentence.as_bytes()[..sentence.len().min(21)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    let (date, rest) = (&sentence[..colon], &sentence[colon + 1..]);
    let words: Vec<&str> = date.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let numeric = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let dated = match words.as_slice() {
        [month, day, year] => {
            MONTHS.contains(&month.to_ascii_lowercase().as_str())
                && numeric(day, 1..=2)
                && numeric(year, 4..=4)
        }
        [iso] => {
            let parts: Vec<&str> = iso.split(['-', '/']).collect();
            parts.len() == 3
                && numeric(parts[0], 4..=4)
                && parts[1..].iter().all(|p| numeric(p, 1..=2))
        }
        _ => false,
    };
    let first = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    dated && EDITS.contains(&first.as_str())
}

/// True when the sentence defines a term, quoted or set off by a colon: '"Service Provider" means
/// …', '"Sell" has the meaning given to it in the CCPA', "Opt-out: Means a choice …". A
/// definition says what a word will mean in the policy, not what the company does. A quoted word
/// that is the subject of a practice ('"Cookies" are small files we place on your device') is not
/// one.
pub fn is_definition(sentence: &str) -> bool {
    const QUOTES: [char; 5] = ['"', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}'];
    const VERBS: [&str; 7] = [
        "means",
        "shall mean",
        "refers to",
        "shall refer to",
        "has the meaning",
        "is defined as",
        "are defined as",
    ];
    // A list marker or a number may come first ("(a) "Personal Data" means").
    let rest = sentence.trim_start_matches(|c: char| !c.is_alphanumeric() && !QUOTES.contains(&c));
    // Each search below looks only as far as the text it accepts can reach: the sentence's
    // head, not its length (this runs on every sentence holding a term).
    fn head(s: &str, n: usize) -> &[u8] {
        &s.as_bytes()[..s.len().min(n)]
    }
    let marker = head(rest, 5)
        .iter()
        .position(|&b| b == b' ')
        .map(|at| (&rest[..at], &rest[at + 1..]));
    let rest = match marker {
        Some((marker, after))
            if marker
                .trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_alphanumeric())
                && after.starts_with(QUOTES) =>
        {
            after
        }
        _ => rest,
    };
    // The term may be named as one: "The term 'sale' as used in the CCPA means …", its quotes
    // then plain ones too.
    // (Asked of nearly every sentence: most are told apart by their first letter.)
    const NAMERS: [&str; 5] = [
        "the term ",
        "the terms ",
        "the word ",
        "the phrase ",
        "the expression ",
    ];
    let named = rest
        .starts_with(['t', 'T'])
        .then(|| {
            NAMERS.iter().find_map(|p| {
                head(rest, p.len())
                    .eq_ignore_ascii_case(p.as_bytes())
                    .then(|| &rest[p.len()..])
            })
        })
        .flatten();
    let rest = named.unwrap_or(rest);
    // A term named as one may stand in plain single quotes too ("'sale'").
    let is_quote = |c: char| QUOTES.contains(&c) || named.is_some() && c == '\'';
    // The term in quotes, or set off by a colon ("Opt-out: means a choice …").
    let quoted = rest.starts_with(is_quote);
    let after = match rest.strip_prefix(is_quote) {
        Some(body) => match body
            .char_indices()
            .take_while(|&(i, _)| i <= DEFINED_TERM)
            .find(|&(_, c)| is_quote(c))
        {
            Some((close, _)) => body[close..]
                .trim_start_matches(is_quote)
                .trim_start_matches([' ', ',', ')']),
            _ => return false,
        },
        None => match head(rest, DEFINED_TERM + 1).iter().position(|&b| b == b':') {
            Some(at) if rest[..at].split_whitespace().count() <= 4 => &rest[at + 1..],
            _ => return false,
        },
    }
    .trim_start();
    let defines = |at: &str| {
        VERBS
            .iter()
            .any(|v| at.get(..v.len()).is_some_and(|w| w.eq_ignore_ascii_case(v)))
    };
    if defines(after) {
        return true;
    }
    // A term named as one, or quoted, may be placed first: "The term 'sale' as used in the
    // CCPA means", "“Sell” under the CCPA means selling, renting, releasing …".
    (named.is_some() || quoted)
        && after
            .char_indices()
            .take_while(|&(i, c)| i <= DEFINED_TERM && !matches!(c, '.' | ';' | ':'))
            .any(|(i, c)| c == ' ' && defines(&after[i + 1..]))
}

/// The most words of a cell in a row of titles set apart by bars.
const TITLE_CELL_WORDS: usize = 6;

/// How many of a sentence's first words [`is_title_run`] looks at.
const TITLE_RUN_WORDS: usize = 12;

/// True when `sentence` is a run of titles rather than prose: a table of contents or a menu
/// the markup ran into one line ("Data Retention and Account Termination Children Security
/// International Data Transfer …"). Its words in lower case or capitalised (words in capitals
/// are neither, as in a sentence shouted in a disclaimer) are nearly all capitalised, at its
/// start and at its end: a heading run into the sentence after it ("Changing Your Personal
/// Information If any of your personal information changes, you may update it") ends as prose.
/// Only the first [`TITLE_RUN_WORDS`] and the last few such words are read: the sentences
/// looked at are those with a clause's words, most of the text.
pub fn is_title_run(sentence: &str) -> bool {
    // Titles set apart by bars, a contents row or a page's breadcrumbs: "Changes to our
    // Privacy Statement | Option to Opt-out"; not a table's row of prose cells ("_epets_session
    // | This keeps your information secure while you use the petitions service | …").
    if memchr::memchr(b'|', sentence.as_bytes()).is_some()
        && sentence.contains(" | ")
        && !sentence.trim_end().ends_with(['.', '!', '?'])
        && sentence
            .split(" | ")
            .all(|cell| cell.split_whitespace().nth(TITLE_CELL_WORDS).is_none())
    {
        return true;
    }
    // Some(true) for a capitalised word, Some(false) for one in lower case, None for one in
    // capitals or with no letters. Bytes, not characters: this is asked of most sentences,
    // and a title's first letter is nearly always ASCII.
    fn title(w: &[u8]) -> Option<bool> {
        let p = w.iter().position(u8::is_ascii_alphabetic)?;
        if w[p].is_ascii_lowercase() {
            return Some(false);
        }
        w[p + 1..]
            .iter()
            .any(u8::is_ascii_lowercase)
            .then_some(true)
    }
    let b = sentence.as_bytes();
    let (mut words, mut titles) = (0, 0);
    for t in b
        .split(u8::is_ascii_whitespace)
        .filter_map(title)
        .take(TITLE_RUN_WORDS)
    {
        words += 1;
        titles += usize::from(t);
        // Prose shows itself in its first words ("We use …", "The data …"): a second word in
        // lower case ends the look, so that most sentences cost two or three words.
        if words - titles > 1 {
            return false;
        }
    }
    if words < 8 || titles * 10 < words * 9 {
        return false;
    }
    let last = b.rsplit(u8::is_ascii_whitespace).filter_map(title).take(4);
    last.filter(|&t| t).count() >= 3
}

/// Words that open a sentence and, capitalised in the middle of one, show that a new one began
/// there without a stop: after a heading the markup ran into its paragraph.
const PROSE_OPENERS: [&str; 24] = [
    "We", "You", "Your", "Our", "If", "When", "Where", "Please", "This", "These", "The", "Any",
    "All", "Some", "By", "Unless", "In", "For", "To", "At", "As", "Each", "Under", "Users",
];

/// Where the prose begins in a sentence that opens with a heading run into it without a stop
/// ("Accessing, Correcting, and Deleting Your Personal Information We will take reasonable
/// steps …", as flattened HTML gives it): the byte offset of the opener ("We"), when two to
/// [`HEADING_RUN_WORDS`] words in title case come before a capitalised [`PROSE_OPENERS`] word
/// and a word in lower case after it. The heading's words only name a subject: a clause read
/// from them ("Accessing … Correcting … Your Personal") is the table of contents talking.
/// Reads ASCII words, and stops at the first word in lower case that no title allows, so most
/// sentences cost one or two words ("We use …").
pub fn run_in_heading_end(sentence: &str) -> Option<usize> {
    let b = sentence.as_bytes();
    let (mut words, mut titled, mut i) = (0, 0, 0);
    let mut comma_before = false;
    while words <= HEADING_RUN_WORDS {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let start = i;
        while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
            i += 1;
        }
        let word = &b[start..i];
        let Some(&initial) = word.iter().find(|c| c.is_ascii_alphabetic()) else {
            if word.is_empty() {
                return None;
            }
            // A bullet, a number, a dash: part of the heading, if there is one.
            words += 1;
            comma_before = false;
            continue;
        };
        if initial.is_ascii_uppercase() {
            if titled >= 2
                && !comma_before
                && PROSE_OPENERS.iter().any(|o| o.as_bytes() == word)
                && b[i..]
                    .iter()
                    .find(|c| !c.is_ascii_whitespace())
                    .is_some_and(u8::is_ascii_lowercase)
            {
                return Some(start);
            }
            titled += 1;
        } else if word.len() > 5 || !heading_small_word(word) {
            return None;
        }
        words += 1;
        comma_before = word.ends_with(b",");
    }
    None
}

/// A word in lower case that a heading in title case may hold: [`TITLE_SMALL`]'s, and the
/// possessives and question words headings open with ("How we use your data").
fn heading_small_word(word: &[u8]) -> bool {
    // Each word as a number: one comparison each, where comparing slices called memcmp for
    // every word of the same length (this is asked of nearly every sentence's second word).
    const fn key(w: &[u8]) -> u64 {
        let mut k = 0u64;
        let mut i = 0;
        while i < w.len() {
            k = (k << 8) | w[i] as u64;
            i += 1;
        }
        k
    }
    const SMALL: [u64; 21] = [
        key(b"a"),
        key(b"an"),
        key(b"and"),
        key(b"or"),
        key(b"of"),
        key(b"the"),
        key(b"to"),
        key(b"for"),
        key(b"in"),
        key(b"on"),
        key(b"by"),
        key(b"with"),
        key(b"at"),
        key(b"from"),
        key(b"as"),
        key(b"about"),
        key(b"via"),
        key(b"your"),
        key(b"our"),
        key(b"how"),
        key(b"we"),
    ];
    word.len() <= 5 && SMALL.contains(&key(word))
}

/// The most words of a heading [`run_in_heading_end`] finds run into a sentence.
const HEADING_RUN_WORDS: usize = 12;

/// The most words a line in capitals can have and still be a heading by [`is_heading`].
const MAX_HEADING_WORDS: usize = 12;

/// The most words of a heading [`opens`] lets run into a sentence.
const HEADING_WORDS: usize = 6;

/// A bullet, or a number, letter or roman numeral numbering a list item: "•", "-", "2.",
/// "(b)", "b)", "iv.", "(12)", and numbers of several levels, "4.1.2".
fn is_list_marker(token: &str) -> bool {
    if matches!(token, "•" | "-" | "–" | "—" | "*" | "·" | "§") {
        return true;
    }
    let levels = token.trim_end_matches('.');
    if levels.contains('.')
        && levels
            .split('.')
            .all(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    let inner = match token.strip_prefix('(') {
        Some(t) => t.strip_suffix(')'),
        None => token.strip_suffix([')', '.']),
    };
    let Some(inner) = inner else {
        return false;
    };
    let number = !inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit());
    let letter = inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_alphabetic());
    let roman =
        !inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b"ivxIVX".contains(&b));
    number || letter || roman
}

/// The longest opening [`opens`] accepts: a heading of a few words.
const OPENING_REACH: usize = 80;

/// True when the line before the one starting at `line_start` ends with a colon ("We will
/// not:"), ignoring trailing whitespace: found from the end of that line, without reading the
/// rest of it.
fn previous_line_ends_with_colon(text: &str, line_start: usize) -> bool {
    let Some(end) = previous_line_end(text, line_start) else {
        return false;
    };
    let before = &text[..end];
    let last = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| *c != '\n')
        .find(|(_, c)| !c.is_whitespace());
    last.is_some_and(|(_, c)| c == ':')
}

/// Finds the lead-in line ending with a colon that a line hangs from: the line just before it
/// ("We will not:" / "• sell your data"), or, for a list item, the line before its earlier
/// siblings ("We will not:" / "• sell or rent your data" / "• share your data for
/// marketing"), up to [`MAX_SIBLINGS`] of them. One per text, asked in text order: it
/// remembers the last list item it answered for, so the items of a long list are not each
/// walked back to its top.
#[derive(Default)]
pub struct LeadIns {
    /// The start of the last list item answered for, and its lead-in.
    last: Option<(usize, Option<(usize, usize)>)>,
}

impl LeadIns {
    /// The lead-in of the line starting at `line_start`, if it has one. Asked of every
    /// sentence with an anchor: most start no line after a colon or a list item, and are
    /// answered from the bytes before them.
    pub fn lead_in(&mut self, text: &str, line_start: usize) -> Option<(usize, usize)> {
        previous_line_end(text, line_start)?;
        if previous_line_ends_with_colon(text, line_start) {
            // A long sentence of its own after a colon is no item of a list the colon opens:
            // its list or address was lost ("… please visit the consumer opt-out page at:" and
            // then "If you are a California resident, you may ask us to refrain from sharing
            // …").
            // (A short title with a colon still names what follows: "Advertisers:".)
            let lead = previous_line(text, line_start)?;
            if !starts_with_list_marker(text, line_start)
                && reads_as_own_sentence(text, line_start)
                && text[lead.0..lead.1].split_whitespace().count() > TITLE_WORDS
            {
                return None;
            }
            return Some(lead);
        }
        if !starts_with_list_marker(text, line_start) {
            return None;
        }
        let found = self.walk_up(text, line_start);
        self.last = Some((line_start, found));
        found
    }

    fn walk_up(&self, text: &str, line_start: usize) -> Option<(usize, usize)> {
        let mut line = line_start;
        for _ in 0..MAX_SIBLINGS {
            let (ps, _) = previous_line(text, line)?;
            let first = skip_indent(text, ps);
            if let Some((item, lead)) = self.last
                && item == first
            {
                return lead;
            }
            if !starts_with_list_marker(text, first) {
                return None;
            }
            if previous_line_ends_with_colon(text, first) {
                return previous_line(text, first);
            }
            line = first;
        }
        None
    }
}

/// The most words of a title that ends with a colon and names what follows it.
const TITLE_WORDS: usize = 6;

/// The fewest words of a line after a colon that reads as a sentence of its own, not an item.
const OWN_SENTENCE_WORDS: usize = 20;

/// True when the line at `line_start` opens with a capital and runs to
/// [`OWN_SENTENCE_WORDS`] words or more before its first full stop.
fn reads_as_own_sentence(text: &str, line_start: usize) -> bool {
    let rest = &text[line_start.min(text.len())..];
    let line = rest.split('\n').next().unwrap_or_default().trim_start();
    let first_sentence = line.split(". ").next().unwrap_or_default();
    line.starts_with(|c: char| c.is_uppercase())
        && first_sentence.split_whitespace().count() >= OWN_SENTENCE_WORDS
}

/// The most earlier items of a list [`LeadIns`] looks over for the list's lead-in.
const MAX_SIBLINGS: usize = 30;

/// `pos` moved past spaces and tabs.
fn skip_indent(text: &str, mut pos: usize) -> usize {
    let b = text.as_bytes();
    while pos < b.len() && matches!(b[pos], b' ' | b'\t') {
        pos += 1;
    }
    pos
}

/// True when the text at `pos` opens with a list marker ("•", "(b)", "2.") and a space. A
/// marker is short: only the first few bytes are looked at.
fn starts_with_list_marker(text: &str, pos: usize) -> bool {
    const LONGEST_MARKER: usize = 8;
    let b = text.as_bytes();
    let head = &b[pos.min(b.len())..(pos + LONGEST_MARKER + 1).min(b.len())];
    let Some(token_end) = head.iter().position(|&c| c == b' ' || c == b'\t') else {
        return false;
    };
    text.get(pos..pos + token_end).is_some_and(is_list_marker)
}

/// Where the line before the one starting at `line_start` ends (before its line break and any
/// blank lines), if `line_start` begins a line (indentation allowed).
fn previous_line_end(text: &str, line_start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut ls = line_start.min(b.len());
    while ls > 0 && is_space(b[ls - 1]) {
        ls -= 1;
    }
    if ls == 0 || b[ls - 1] != b'\n' {
        return None;
    }
    let mut end = ls - 1;
    while end > 0 && b[end - 1] == b'\n' {
        end -= 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_at<'a>(text: &'a str, needle: &str) -> &'a str {
        let pos = text.find(needle).unwrap();
        let (s, e) = around(text, pos);
        &text[s..e]
    }

    #[test]
    fn what_may_open_a_sentence() {
        for (before, rest) in [
            ("", "to delete"),
            ("  ", "To delete"),
            ("(b) ", "correct"),
            ("2. ", "to update"),
            ("• ", "to view"),
            ("iv) ", "to view"),
            ("Your Options ", "To manage"),
            ("How to Access Your Data ", "To correct"),
        ] {
            assert!(opens(before, rest), "{before:?} {rest:?}");
        }
        for (before, rest) in [
            ("you provide information ", "to update"),
            ("We may ask users ", "to review"),
            ("(b) we use it ", "to access"),
            // A heading runs into a sentence that starts with a capital.
            ("Your Options ", "to manage"),
            // A sentence in capitals is not a heading.
            ("YOU AGREE THAT WE MAY USE ", "TO UPDATE"),
            // Words that end in punctuation are not list markers.
            ("In each, ", "to delete"),
            ("If, ", "To delete"),
            ("Via: ", "To delete"),
        ] {
            assert!(!opens(before, rest), "{before:?} {rest:?}");
        }
        assert!(!opens(&"Heading ".repeat(20), "To"));
        assert!(!opens(&"Heading ".repeat(7), "To"));
    }

    #[test]
    fn country_initials_go_on_into_a_name() {
        let t = "We comply with the EU-U.S. Privacy Shield Framework as set forth by the U.S. Department of Commerce. We store data in the U.S. Our servers are secure.";
        assert_eq!(
            sentence_at(t, "Privacy Shield"),
            "We comply with the EU-U.S. Privacy Shield Framework as set forth by the U.S. Department of Commerce."
        );
        assert_eq!(sentence_at(t, "store"), "We store data in the U.S.");
    }

    #[test]
    fn a_company_name_goes_on_into_its_bracketed_name() {
        let t = "For example, Google Inc. (“Google”) uses cookies to serve ads. We do not.";
        assert_eq!(
            sentence_at(t, "uses"),
            "For example, Google Inc. (“Google”) uses cookies to serve ads."
        );
        // A title in quotes that asks a question goes on into what names it.
        let t = "To opt out, see the \"What Choices Do You Have?\" section below. We sell nothing.";
        assert_eq!(
            sentence_at(t, "opt"),
            "To opt out, see the \"What Choices Do You Have?\" section below."
        );
        // A sentence closed inside brackets takes them along.
        let t = "[We keep this only so long as is necessary.] There are two types of data.";
        assert_eq!(
            sentence_at(t, "keep"),
            "[We keep this only so long as is necessary.]"
        );
        let t = "You can delete the message (photo, video, etc.) Other users keep copies.";
        assert_eq!(
            sentence_at(t, "delete"),
            "You can delete the message (photo, video, etc.)"
        );
        assert_eq!(sentence_at(t, "keep"), "Other users keep copies.");
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "We share data, e.g. names and emails, with Acme Inc. and its affiliates. We never sell it.";
        assert_eq!(
            sentence_at(t, "names"),
            "We share data, e.g. names and emails, with Acme Inc. and its affiliates."
        );
        assert_eq!(sentence_at(t, "sell"), "We never sell it.");
        // A site's name opens a sentence in lower case; "i.e." does not.
        let t = "We log usage. nornar.com does not rent your data, i.e. it keeps it.";
        assert_eq!(
            sentence_at(t, "rent"),
            "nornar.com does not rent your data, i.e. it keeps it."
        );
    }

    #[test]
    fn titles_of_sections_pointed_to_are_found() {
        fn titles(t: &str) -> Vec<&str> {
            section_titles(t).into_iter().map(|r| &t[r]).collect()
        }
        assert_eq!(
            titles(
                "We may use cookies, as detailed in the Online Tracking and Advertising section below."
            ),
            ["Online Tracking and Advertising"]
        );
        assert_eq!(
            titles(
                "You have rights as set out in the \"Updating or Deleting Your Personally Identifiable Information\" section of this Notice."
            ),
            ["\"Updating or Deleting Your Personally Identifiable Information\""]
        );
        assert_eq!(
            titles(
                "Data retained for these purposes will be handled as described in the section “Information Retention”."
            ),
            ["“Information Retention”"]
        );
        assert_eq!(titles("Visit our “Ad Choices” page."), ["“Ad Choices”"]);
        // No title: a section named by its number, or none.
        for none in [
            "See section 5 for how to opt out.",
            "We share data with advertisers as this section explains.",
            "Under Section 1798.83 of the Civil Code, residents may ask.",
            "We sell nothing; the sections below say more.",
        ] {
            assert!(titles(none).is_empty(), "{none}: {:?}", titles(none));
        }
    }

    #[test]
    fn a_refusal_opens_a_warning() {
        for warning in [
            "If you disable some or all of the cookies the service, or parts of the service may not work.",
            "Rejecting cookies may affect your ability to use the Site.",
            "Please note that removing or rejecting cookies could affect the availability of our Services.",
            "In case you choose to decline to submit personally identifiable information, we may not be able to provide certain services to you.",
            "Withdrawing your consent will not affect the lawfulness of any processing based on consent before its withdrawal.",
            "However, if you disable or block cookies, some parts of the Services will be unavailable.",
        ] {
            assert!(opens_with_a_refusal(warning), "{warning}");
        }
        for choice in [
            "You can set your browser to refuse cookies, but some parts of the site may not work.",
            "We may remove cookies.",
            "Iffy cookies are removed.",
            "Deletion is possible.",
        ] {
            assert!(!opens_with_a_refusal(choice), "{choice}");
        }
    }

    #[test]
    fn a_heading_run_into_its_sentence_ends_where_the_prose_opens() {
        fn at(t: &str) -> Option<&str> {
            run_in_heading_end(t).map(|i| &t[i..])
        }
        assert_eq!(
            at("Accessing, Correcting, and Deleting Your Personal Information We will take steps."),
            Some("We will take steps.")
        );
        assert_eq!(
            at("THIRD PARTY ADVERTISING Some of the ads are delivered by partners."),
            Some("Some of the ads are delivered by partners.")
        );
        assert_eq!(
            at("Information You Give Us : We receive and store any information."),
            Some("We receive and store any information.")
        );
        // Prose from the first words, names before a verb, and a capitalised opener followed by a
        // title are no heading.
        for prose in [
            "We use cookies to remember you.",
            "The Society of African Missions reserves the right to update this policy.",
            "Google Analytics We Use is a tool.",
            "Under the EU-U.S. Privacy Shield Frameworks, we are responsible.",
            "You may request access to your data.",
            "Changes to This Policy",
        ] {
            assert_eq!(run_in_heading_end(prose), None, "{prose}");
        }
    }

    #[test]
    fn a_period_closed_in_brackets_ends_no_sentence_that_goes_on() {
        let t = "We do not collect data from children (under 13 in the U.S.) and we do not process it. We log visits.";
        assert_eq!(
            sentence_at(t, "process"),
            "We do not collect data from children (under 13 in the U.S.) and we do not process it."
        );
        let t = "We use cookies (session cookies, pixels, etc.) which track visits. Other text.";
        assert_eq!(
            sentence_at(t, "track"),
            "We use cookies (session cookies, pixels, etc.) which track visits."
        );
        // A parenthesis that closes a sentence ends it.
        let t = "We keep logs (for 30 days.) Then we delete them.";
        assert_eq!(sentence_at(t, "delete"), "Then we delete them.");
        // Curly quotes close one as straight ones do (two lawyers' trials).
        let t = "Some information we share may be considered a \u{201c}sale.\u{201d} To opt-out, click here.";
        assert_eq!(
            sentence_at(t, "share"),
            "Some information we share may be considered a \u{201c}sale.\u{201d}"
        );
        assert_eq!(sentence_at(t, "opt-out"), "To opt-out, click here.");
        // A bullet inside a line starts an item (a lawyer's trial).
        let t = "We manage the collected Personal Data.\u{25cf} In certain countries, we may share it. Next.";
        assert_eq!(
            sentence_at(t, "share"),
            "\u{25cf} In certain countries, we may share it."
        );
        // Glued after a capitalised word, before a word that opens sentences (a lawyer's trial);
        // not a name.
        let t = "We manage the collected Personal Data.Unless you request deletion, we retain it.";
        assert_eq!(
            sentence_at(t, "retain"),
            "Unless you request deletion, we retain it."
        );
        let t = "We build it with Node.Js and store data. Next.";
        assert_eq!(
            sentence_at(t, "store"),
            "We build it with Node.Js and store data."
        );
        // A sentence carelessly opened in lowercase after a plain word (a newcomer's trial).
        let t = "It is used to diagnose technical problems. this website does not sell your data.";
        assert_eq!(
            sentence_at(t, "sell"),
            "this website does not sell your data."
        );
        // One legal form before another goes on (a lawyer's trial).
        let t = "Data may be processed by SoundCloud Global Limited & Co. KG on our behalf. Next.";
        assert_eq!(
            sentence_at(t, "processed"),
            "Data may be processed by SoundCloud Global Limited & Co. KG on our behalf."
        );
        // A comma after the bracket goes on.
        let t = "If we transfer your data out of the European Economic Area (E.E.A.), we implement safeguards. Next.";
        assert_eq!(
            sentence_at(t, "implement"),
            "If we transfer your data out of the European Economic Area (E.E.A.), we implement safeguards."
        );
    }

    #[test]
    fn runs_of_titles_are_no_prose() {
        assert!(is_title_run(
            "Changes to our Privacy Statement | Option to Opt-out"
        ));
        assert!(!is_title_run("You may opt out | at any time."));
        assert!(!is_title_run(
            "_epets_session | This keeps your information secure while you use the petitions service | Session"
        ));
        assert!(is_title_run(
            "Introduction Children's Privacy Data Retention International Data Transfers Security Your Rights Contact Us"
        ));
        assert!(is_title_run(
            "TABLE OF CONTENTS Introduction Information We Collect How We Use Information Data Retention Children Security"
        ));
        for prose in [
            "We retain your data for as long as your account is active.",
            "Google, Facebook, Twitter, LinkedIn, Pinterest and Instagram may set cookies on your device.",
            "WE MAY SHARE YOUR PERSONAL INFORMATION WITH THIRD PARTIES FOR THEIR OWN MARKETING.",
            "Data Retention.",
            "Changing Your Personal Information After Registering Your Caribou Gift Card If any of your personal information changes after you register your card you may log in and update your personal information.",
        ] {
            assert!(!is_title_run(prose), "{prose}");
        }
    }

    #[test]
    fn a_space_of_another_kind_ends_a_sentence() {
        for gap in [
            "\u{a0}",
            "\u{7} ",
            "\u{200b}",
            "\u{2407} ",
            "\u{feff}",
            " \u{a0}",
        ] {
            let t = format!("We will not sell data.{gap}We sell data to advertisers.");
            assert_eq!(
                sentence_at(&t, "advertisers"),
                "We sell data to advertisers.",
                "{t:?}"
            );
            assert_eq!(sentence_at(&t, "not"), "We will not sell data.", "{t:?}");
        }
        // Nor does it make an abbreviation end one.
        let t = "Acme Inc.\u{a0}and its affiliates keep data.";
        assert_eq!(sentence_at(t, "keep"), t);
    }

    #[test]
    fn a_sentence_opens_at_a_brand_or_a_possessive_domain() {
        let t = "We use cookies. eBay will never sell your personal information.";
        assert_eq!(
            sentence_at(t, "never"),
            "eBay will never sell your personal information."
        );
        let t = "Consult their policies to opt out. www.x.com's privacy policy does not apply.";
        assert_eq!(
            sentence_at(t, "apply"),
            "www.x.com's privacy policy does not apply."
        );
        // A lowercase word still goes on: "… usage. and we keep it" is one sentence.
        let t = "We measure usage. and we keep logs.";
        assert_eq!(sentence_at(t, "logs"), t);
    }

    #[test]
    fn sentences_run_together_are_split() {
        let t =
            "We may delete this information straight away.There may be occasions where we keep it.";
        assert_eq!(
            sentence_at(t, "occasions"),
            "There may be occasions where we keep it."
        );
        // Not a web address or a name.
        for t in [
            "Visit www.Example.com for details of how we keep data.",
            "Our site runs on ASP.NET and keeps no data.",
            "Email support@acme.Com, and we keep the message.",
        ] {
            assert_eq!(sentence_at(t, "keep"), t, "{t}");
        }
    }

    #[test]
    fn enumerations_stay_in_one_sentence() {
        let t =
            "We may disclose data to (1) comply with the law; (2) protect our rights. Other text.";
        assert_eq!(
            sentence_at(t, "protect"),
            "We may disclose data to (1) comply with the law; (2) protect our rights."
        );
        // A number and period that open a line, indented or not, number an item; at the end
        // of a sentence they end it.
        let t = "Items:\n  2. We keep logs as set out in part 2. We delete them later.";
        assert_eq!(
            sentence_at(t, "keep"),
            "2. We keep logs as set out in part 2."
        );
        assert_eq!(sentence_at(t, "delete"), "We delete them later.");
    }

    #[test]
    fn lines_are_boundaries() {
        let t = "Sharing\n\nWe will not:\n• sell your data\n• share it";
        assert_eq!(sentence_at(t, "sell"), "• sell your data");
        assert_eq!(sentence_at(t, "Sharing"), "Sharing");
        let (s, _) = around(t, t.find("sell").unwrap());
        let (ps, pe) = previous_line(t, s).unwrap();
        assert_eq!(&t[ps..pe], "We will not:");
    }

    #[test]
    fn headings_are_titled_lines() {
        for h in [
            "Categories of Information Sold",
            "4.3 Cookies and Other Tracking Mechanisms",
            "DO NOT TRACK DISCLOSURE",
            "• “Do Not Track” Signals",
            "Cookies, Pixel Tags/Web Beacons, and Analytics Information",
            "Introduction Children's Privacy Data We Collect About You How We Use Your Data With Whom We Share Your Data Data Retention",
            "b. Use of Cookies",
            "Section 4. Third Party Advertisers, Use of Web Beacons or GIF Files",
            "B. Tracking Technologies Generally.",
            "4. Tracking Options and California Do Not Track.",
            "Information Disclosed Pursuant to Business Transfers :",
        ] {
            assert!(is_heading(h), "{h}");
        }
        for s in [
            "We use cookies and web beacons",
            "We Use Cookies.",
            "We Will Not:",
            "(b) We Do Not Sell Your Data.",
            "WE DO NOT SELL YOUR DATA.",
            "Sharing your data with third parties for their own purposes:",
            "You can opt out of the",
            "WE DO NOT SELL OR SHARE YOUR PERSONAL INFORMATION WITH THIRD PARTIES FOR THEIR MARKETING PURPOSES",
        ] {
            assert!(!is_heading(s), "{s}");
        }
    }

    #[test]
    fn title_small_words_are_lower_case_words() {
        for w in TITLE_SMALL {
            assert!(!plainly_untitled(&format!("Use {w} Cookies")), "{w}");
        }
    }

    #[test]
    fn plainly_untitled_agrees_with_is_heading() {
        for line in [
            "We use cookies and web beacons",
            "Security of your information",
            "b. Use of Cookies",
            "• sell your data",
            "4. Tracking Options and California Do Not Track.",
            "Cookies, Pixel Tags/Web Beacons, and Analytics Information",
            "(iii) the categories of information",
            "We Use Cookies.",
        ] {
            if plainly_untitled(line) {
                assert!(!is_heading(line), "{line}");
            }
        }
        assert!(plainly_untitled("We use cookies"));
        assert!(!plainly_untitled("b. Use of Cookies"));
    }

    #[test]
    fn topic_lines_open_with_a_question_word() {
        for t in [
            "How we retain and delete Student Personal Data",
            "• What we collect",
            "3. Why we process your data:",
        ] {
            assert!(is_topic_line(t), "{t}");
        }
        for s in [
            "How we use your data depends on where you live.",
            "We use cookies",
            "When you visit our site, we collect your IP address",
        ] {
            assert!(!is_topic_line(s), "{s}");
        }
    }

    #[test]
    fn a_sentence_set_apart_still_reads_as_one() {
        for s in [
            "We may amend this Privacy Policy.",
            "Khan Academy is committed to privacy.",
        ] {
            assert!(reads_as_sentence(s), "{s}");
        }
        for h in [
            "SECURITY OF YOUR INFORMATION.",
            "Right to Data Portability.",
            "Security of your information",
        ] {
            assert!(!reads_as_sentence(h), "{h}");
        }
    }

    #[test]
    fn definitions_of_quoted_terms() {
        for yes in [
            "\"Service Provider\" means any natural or legal person who processes data.",
            "\u{201c}Retention period\u{201d} refers to the length of time records are held.",
            "(a) \"Sell\" has the meaning given to it in the CCPA.",
            "Opt-out: Means a choice by which a user declines to take part.",
            "\"Legal process\", means any subpoena, warrant or court order.",
        ] {
            assert!(is_definition(yes), "{yes}");
        }
        for no in [
            "\"Cookies\" are small text files that we place on your device.",
            "Service Provider means any person who processes data.",
            "\"Do Not Track\" signals are not honoured by our site.",
            "We share \"aggregate\" data, which means data that identifies no one.",
            "\"",
            "Retention: we keep your data for two years, which means it is deleted after that.",
            "Please note: this means that we may share your data.",
        ] {
            assert!(!is_definition(no), "{no}");
        }
    }

    #[test]
    fn questions_open_with_a_question_word() {
        for q in [
            "How do we use cookies?",
            "11. Can Children Use Our Services?",
            "• Do we sell your data?",
            "3.1 What are cookies?",
        ] {
            assert!(is_question(q), "{q}");
        }
        for s in [
            "We use cookies.",
            "Email us with ?Privacy Rights for Minors? in the subject line?",
            "How we use cookies",
        ] {
            assert!(!is_question(s), "{s}");
        }
    }

    #[test]
    fn list_items_hang_from_the_lead_in_above_their_siblings() {
        let t = "We will not:\n• sell your data\n  • rent it\n• share it";
        let lead = |word: &str| {
            LeadIns::default()
                .lead_in(t, around(t, t.find(word).unwrap()).0)
                .map(|(s, e)| &t[s..e])
        };
        assert_eq!(lead("sell"), Some("We will not:"));
        assert_eq!(lead("rent"), Some("We will not:"));
        assert_eq!(lead("share"), Some("We will not:"));
        // Asked in text order, one finder remembers the list's lead-in from item to item.
        let mut lead_ins = LeadIns::default();
        for word in ["sell", "rent", "share"] {
            let found = lead_ins.lead_in(t, around(t, t.find(word).unwrap()).0);
            assert_eq!(found.map(|(s, e)| &t[s..e]), Some("We will not:"));
        }
        let t = "We will not:\n• sell your data\nWe share it.\n• rent it";
        let lead = |word: &str| {
            LeadIns::default()
                .lead_in(t, around(t, t.find(word).unwrap()).0)
                .map(|(s, e)| &t[s..e])
        };
        assert_eq!(lead("share"), None);
        assert_eq!(lead("rent"), None);
        // Items numbered on several levels ("4.1.2") hang from the lead-in too.
        let t = "We may share it with:\n\n4.1.1 our partners.\n\n4.1.2 advertisers.\n\n10.2.11 brokers.";
        for word in ["partners", "advertisers", "brokers"] {
            let found = LeadIns::default().lead_in(t, around(t, t.find(word).unwrap()).0);
            assert_eq!(
                found.map(|(s, e)| &t[s..e]),
                Some("We may share it with:"),
                "{word}"
            );
        }
    }

    #[test]
    fn a_line_wrapped_to_a_width_is_one_sentence() {
        let t = "We will not\nsell your data,\r\nor rent it.\nWe share it:\n• with vendors\nShared";
        assert_eq!(
            sentence_at(t, "sell"),
            "We will not\nsell your data,\r\nor rent it."
        );
        assert_eq!(sentence_at(t, "vendors"), "• with vendors");
        assert_eq!(sentence_at(t, "Shared"), "Shared");
        // A heading, then an address or a name on the next line.
        let t = "Head of Information Security\niris@example.org\nWrite to us at\nwww.example.org";
        assert_eq!(sentence_at(t, "Head"), "Head of Information Security");
        assert_eq!(sentence_at(t, "iris"), "iris@example.org");
        assert_eq!(sentence_at(t, "Write"), "Write to us at");
    }

    #[test]
    fn change_log_entries_tell_of_the_text() {
        assert!(is_change_log_entry(
            "January 3, 2011: Added court order and subpoena clarification."
        ));
        assert!(is_change_log_entry(
            "2019-12-31: Updated the section on cookies."
        ));
        assert!(!is_change_log_entry(
            "January 3, 2011: We may share your data with advertisers."
        ));
        assert!(!is_change_log_entry(
            "Note: Added services may collect data."
        ));
    }

    #[test]
    fn questions_and_initials() {
        let t = "Who is J. Smith? He runs it. See section 3. Done";
        assert_eq!(sentence_at(t, "Smith"), "Who is J. Smith?");
        assert_eq!(sentence_at(t, "runs"), "He runs it.");
        // A capital closing a name ends the sentence before a word that opens one; not an
        // initial before a name, nor a street's before its number.
        let t = "Entities have access to the data covered in Part I. We do not sell it.";
        assert_eq!(sentence_at(t, "sell"), "We do not sell it.");
        let t = "Write to John A. Smith at 31 W. 27th Street, New York, and we will reply.";
        assert_eq!(sentence_at(t, "reply"), t);
    }

    /// The sentence around `pos` found by scanning from it, as before boundaries were
    /// precomputed: the reference [`Boundaries::around`] must agree with everywhere.
    fn scanned(text: &str, pos: usize) -> (usize, usize) {
        let b = text.as_bytes();
        let pos = pos.min(b.len());
        let floor = pos.saturating_sub(MAX_SENTENCE);
        // A sentence's last byte: its mark, or the last bracket or quote closing it.
        let closes = |k: usize| {
            let mut m = k;
            while m > 0 && matches!(b[m], b')' | b']' | b'"') {
                m -= 1;
            }
            matches!(b[m], b'.' | b'?' | b'!')
                && ends_sentence(b, m)
                && !matches!(b.get(k + 1), Some(b')' | b']' | b'"'))
        };
        let mut start = floor;
        let mut j = pos;
        while j > floor {
            let c = b[j - 1];
            if (c == b'\n' && !soft_wrap(b, j - 1)) || closes(j - 1) {
                start = j;
                break;
            }
            j -= 1;
        }
        let ceil = (pos + MAX_SENTENCE).min(b.len());
        let mut end = ceil;
        for k in pos..ceil {
            if b[k] == b'\n' && !soft_wrap(b, k) {
                end = k;
                break;
            }
            if closes(k) {
                end = k + 1;
                break;
            }
        }
        trim(text, start, end)
    }

    #[test]
    fn precomputed_boundaries_agree_with_scanning_at_every_position() {
        for t in [
            "We share data, e.g. names, with Acme Inc. and its affiliates. We never sell it.",
            "Sharing\n\nWe will not:\n• sell your data\n• share it",
            "We will not\nsell your data,\r\n  or rent it\nSharing\nwe may\n\nshare it",
            "Head of Security\niris@example.org, then\nmore. Data\nbases,\nwe-can't.\nx",
            "Who is J. Smith? He runs it. See section 3. Done",
            "1. First item\n2. Second. Third! Fourth?\r\n  Fifth \"quoted.\" (Sixth.) end",
            "日本語。テキスト. Ok",
            "",
            "...",
            "a.b.c. d",
        ] {
            let bounds = Boundaries::new(t);
            for pos in (0..=t.len()).filter(|&p| t.is_char_boundary(p)) {
                assert_eq!(bounds.around(t, pos), scanned(t, pos), "{t:?} at {pos}");
            }
        }
    }

    /// A sentence too long to read whole is cut in the same pieces whichever of its words is
    /// asked about: pieces that do not overlap, start and end between words, and prefer a
    /// semicolon or an inline list item to a bare space.
    #[test]
    fn long_sentences_are_cut_in_fixed_pieces_between_words() {
        let items: String = (b'a'..=b'l')
            .map(|c| {
                format!(
                    "({}) provide and improve the services we offer to you {}; ",
                    c as char,
                    "and more ".repeat(12)
                )
            })
            .collect();
        let listed = format!(
            "We may use the information we collect about you to {items}and nothing else. Next."
        );
        let words = format!("{}. Next one! And? ", "word ".repeat(400));
        let unspaced = format!("{} end.", "é".repeat(2000));
        for t in [listed.as_str(), words.as_str(), unspaced.as_str()] {
            let bounds = Boundaries::new(t);
            let mut pieces: Vec<(usize, usize)> = (0..=t.len())
                .filter(|&p| t.is_char_boundary(p))
                .map(|p| bounds.around(t, p))
                .collect();
            pieces.dedup();
            for w in pieces.windows(2) {
                assert!(w[0].1 <= w[1].0, "{:?} overlaps {:?}", w[0], w[1]);
            }
            for &(s, e) in &pieces {
                assert!(e - s <= MAX_SENTENCE, "{s}..{e} is too long");
                if t.is_ascii() {
                    let b = t.as_bytes();
                    assert!(
                        s == 0 || !b[s - 1].is_ascii_alphanumeric(),
                        "starts mid-word at {s}"
                    );
                    assert!(
                        e == b.len() || !b[e].is_ascii_alphanumeric(),
                        "ends mid-word at {e}"
                    );
                }
            }
        }
        // The inline list is cut at its semicolons: every piece but the last ends with one.
        let bounds = Boundaries::new(&listed);
        let (_, e) = bounds.around(&listed, 10);
        assert!(
            listed[..e].ends_with(';'),
            "{:?}",
            &listed[e.saturating_sub(20)..e]
        );
    }

    #[test]
    fn words_are_counted_as_split_whitespace_cuts_them() {
        let texts = [
            "",
            "  ",
            "one",
            " one two  three\tfour five",
            "a\u{a0}b\u{2003}c\u{85}d e",
            "caf\u{e9} \u{201c}quoted\u{201d} \u{1c}x\u{b}y",
            "\u{3000}wide\u{3000}space\u{3000}",
            "Some eight  bytes\tand\x0bmore\x0c\r\nthan\x1f\x7fthat, across chunks of eight",
            "        ",
            "12345678 12345678x",
            "abcdefghijklmnop",
            "we do not sell\u{a0}your personal information to anyone",
        ];
        // And every cut of a longer text, so words fall at every place in a chunk.
        let long = "  We\twill not   sell,\nrent or\u{a0}trade your   data\x0b(ever)  okay ";
        let cuts: Vec<&str> = (0..long.len())
            .filter(|&k| long.is_char_boundary(k))
            .map(|k| &long[k..])
            .collect();
        for t in texts.iter().chain(&cuts) {
            for most in 0..12 {
                assert_eq!(
                    words_up_to(t, most),
                    t.split_whitespace().take(most).count(),
                    "{t:?} up to {most}"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            ".",
            "...",
            "a.b.c",
            "日本語。テキスト. Ok",
            "\n\n\n",
            "x\n",
        ] {
            for pos in 0..=t.len() {
                let (s, e) = around(t, pos);
                assert!(s <= e && e <= t.len());
                assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
            }
        }
    }
}
