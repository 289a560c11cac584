//! Policy text is untrusted: it comes from crawled web pages. Everything a reader produces passes
//! through here, so that no control character or escape sequence from a file can reach a
//! terminal, and the encoding damage typical of crawls is repaired once, at the source.

use std::borrow::Cow;

/// What to do with one character of untrusted text.
enum Fate {
    Keep,
    /// Invisible characters that only change how other text is displayed (bidi overrides,
    /// zero-width spaces, soft hyphens, tag characters): dropped.
    Drop,
    /// Whitespace variants (NBSP, en space, tab…): an ordinary space.
    Space,
    /// Control characters: shown as a visible stand-in, never emitted raw.
    Visible(char),
}

fn fate(c: char) -> Fate {
    match c {
        '\n' => Fate::Keep,
        '\t' | '\u{0B}' | '\u{0C}' | '\r' => Fate::Space,
        '\u{00}'..='\u{1F}' => {
            Fate::Visible(char::from_u32(0x2400 + c as u32).unwrap_or(char::REPLACEMENT_CHARACTER))
        }
        '\u{7F}' => Fate::Visible('\u{2421}'),
        // C1 controls (CSI, OSC, … as single code points).
        '\u{80}'..='\u{9F}' => Fate::Visible(char::REPLACEMENT_CHARACTER),
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fate::Space,
        '\u{2028}' | '\u{2029}' => Fate::Space,
        '\u{AD}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' => Fate::Drop,
        // Bidi embeddings, overrides, isolates and marks ("Trojan Source").
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Fate::Drop,
        '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}' => Fate::Drop,
        _ => Fate::Keep,
    }
}

/// True when `c` can be written to a terminal as-is.
pub fn is_safe_char(c: char) -> bool {
    matches!(fate(c), Fate::Keep) && c != '\n'
}

/// [`sanitize`] for text printed as one line (a message, a file name): a newline is shown as
/// `␤` too, so a file named "x\nwarning: all good" cannot forge a line of its own.
pub fn sanitize_line(text: &str) -> Cow<'_, str> {
    match sanitize(text) {
        Cow::Borrowed(t) if !t.contains('\n') => Cow::Borrowed(t),
        t => Cow::Owned(t.replace('\n', "\u{2424}")),
    }
}

/// Replaces control characters with visible stand-ins (ESC becomes `␛`), drops invisible
/// formatting characters, turns exotic spaces into plain spaces. Newlines are kept.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if all_kept(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Drop => {}
            Fate::Space => out.push(' '),
            Fate::Visible(v) => out.push(v),
        }
    }
    Cow::Owned(out)
}

/// One in each byte of a word, and the high bit of each: for checking eight bytes at a time.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// True when no character of `text` needs changing. Every paragraph and heading of every
/// policy read passes here, nearly always printable ASCII, so eight bytes are checked at a
/// time while they are; anything else is decided character by character.
fn all_kept(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let x = u64::from_le_bytes(word);
            // A byte below 0x20, or one of 0x7F and above (may flag a clean word too: the
            // bytes are then checked one by one).
            let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
            let high = (x.wrapping_add(ONES) | x) & HIGH;
            if control | high == 0 {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x80 {
            if (b < 0x20 && b != b'\n') || b == 0x7F {
                return false;
            }
            i += 1;
        } else {
            // `i` is a character boundary: it only ever moves past whole characters.
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if !matches!(fate(c), Fate::Keep) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

/// Sanitizes and collapses every run of whitespace (newlines included) into one space, trimmed.
/// Used for inline text: headings, paragraphs, list items.
pub fn clean_inline(text: &str) -> String {
    let sanitized = sanitize(text);
    if is_collapsed(sanitized.as_bytes()) {
        return sanitized.into_owned();
    }
    let bytes = sanitized.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    // A space is owed before the next word (never before the first).
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space = if b < 0x80 {
            is_ascii_space(b)
        } else {
            is_ogham_space(&bytes[i..])
        };
        if space {
            gap = !out.is_empty();
            i += if b < 0x80 { 1 } else { 3 };
            continue;
        }
        if gap {
            out.push(b' ');
            gap = false;
        }
        out.push(b);
        i += 1;
    }
    // Only ASCII spaces and whole U+1680 characters were left out.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// After [`sanitize`], the one whitespace character left outside ASCII is U+1680 (OGHAM
/// SPACE MARK, bytes E1 9A 80): every other is a plain space by then.
fn is_ogham_space(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xE1, 0x9A, 0x80])
}

/// True when sanitized text needs no collapsing: no space at either end, no two spaces in a
/// row, no other whitespace (`sanitize` leaves only `\n` below 0x20) and no byte E1 (which
/// starts U+1680). Nearly every paragraph a reader gathers is like that, and is then copied
/// whole; eight bytes are checked at a time.
fn is_collapsed(bytes: &[u8]) -> bool {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // The high bit of each byte of `x` that is zero, exactly.
    let zeros = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    let mut chunks = bytes.chunks_exact(8);
    let mut last_was_space = false;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let spaces = zeros(x ^ (ONES * 0x20));
        let e1 = zeros(x ^ (ONES * 0xE1));
        let doubled = spaces & (spaces >> 8) != 0 || (last_was_space && spaces & 0x80 != 0);
        if below_space | e1 != 0 || doubled {
            return false;
        }
        last_was_space = spaces >> 63 != 0;
    }
    for &b in chunks.remainder() {
        let space = b == b' ';
        if b < 0x20 || b == 0xE1 || (space && last_was_space) {
            return false;
        }
        last_was_space = space;
    }
    true
}

/// `char::is_whitespace` for an ASCII byte (which, unlike `u8::is_ascii_whitespace`, counts
/// the vertical tab).
pub fn is_ascii_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0B
}

/// Characters that Windows-1252 maps to bytes 0x80–0x9F, in byte order (0 = undefined there,
/// where a Latin-1 decoder would have produced the C1 control itself).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The byte a character had before a UTF-8 text was wrongly decoded as Windows-1252/Latin-1.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if (0xA0..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&m| m == c)
        .map(|i| 0x80 + i as u8)
}

/// Repairs UTF-8 that was decoded as Windows-1252 somewhere along a crawl (`â€™` → `’`,
/// `Ã©` → `é`, `Â ` → ` `). Only sequences that re-encode to valid multi-byte UTF-8 are
/// touched, so genuine accented text is left alone. Applied until stable, which also undoes
/// double encoding.
pub fn repair_mojibake(text: &str) -> Cow<'_, str> {
    let mut current = Cow::Borrowed(text);
    for _ in 0..3 {
        match repair_once(&current) {
            Some(fixed) => current = Cow::Owned(fixed),
            None => break,
        }
    }
    current
}

fn repair_once(text: &str) -> Option<String> {
    // Fast path: every mojibake sequence starts with one of Â..ô (U+00C2..U+00F4), whose
    // UTF-8 starts with the byte 0xC3.
    if memchr::memchr(0xC3, text.as_bytes()).is_none()
        || !text.chars().any(|c| ('\u{C2}'..='\u{F4}').contains(&c))
    {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(lead) = cp1252_byte(c).filter(|b| (0xC2..=0xF4).contains(b)) {
            let need = match lead {
                0xC2..=0xDF => 1,
                0xE0..=0xEF => 2,
                _ => 3,
            };
            let mut bytes = vec![lead];
            for k in 1..=need {
                match chars.get(i + k).and_then(|&n| cp1252_byte(n)) {
                    Some(b) if (0x80..=0xBF).contains(&b) => bytes.push(b),
                    _ => break,
                }
            }
            if bytes.len() == need + 1
                && let Ok(s) = std::str::from_utf8(&bytes)
            {
                out.push_str(s);
                i += need + 1;
                changed = true;
                continue;
            }
            // `Â` standing alone before a space: the remains of a non-breaking space whose
            // second byte a converter already turned into an ordinary space.
            if c == 'Â' && lone_a_circumflex(&chars, i) {
                out.push(' ');
                i += 1;
                changed = true;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

fn lone_a_circumflex(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !chars[i - 1].is_alphanumeric();
    let after_ok = chars.get(i + 1).is_none_or(|c| c.is_whitespace());
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_whitespace_collapses_as_any_whitespace() {
        for t in [
            "",
            " ",
            "a",
            " a ",
            "a  b\n\tc",
            "\u{0B}x\u{0C}y\r\n",
            "  lead and trail  ",
            "é  b",
            "don’t \u{1680}ogham\u{1680} ’ x\u{3000}y\u{a0} 日本 語 ",
            "\u{2028}",
            "already clean text of more than eight bytes",
            "two  spaces after eight",
            "1234567 8",
            "1234567  8",
            "12345678 9",
            "12345678  9",
            "a\nb that is long enough",
            "cafés in a row of letters áé",
            "\u{1680}",
            "x\u{1680}",
        ] {
            let want = sanitize(t).split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(clean_inline(t), want, "{t:?}");
        }
        assert!((0u8..128).all(|b| is_ascii_space(b) == char::from(b).is_whitespace()));
    }

    /// The eight-bytes-at-a-time check and the collapsing loop against the plain definition,
    /// over pseudo-random texts of pieces that straddle the eight-byte boundaries.
    #[test]
    fn collapsing_agrees_with_splitting_on_whitespace() {
        let pieces = [
            " ",
            "  ",
            "\n",
            "\t",
            "\r\n",
            "a",
            "word",
            "12345678",
            "é",
            "’",
            "\u{1680}",
            "\u{a0}",
            "\u{3000}",
            "\u{e1}",
            "日本",
            "\u{1b}[31m",
            "\u{200b}",
            ".",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 12) as usize;
            let mut r = seed;
            for _ in 0..n {
                r = r.rotate_left(5).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                t.push_str(pieces[(r >> 59) as usize % pieces.len()]);
            }
            let want = sanitize(&t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(clean_inline(&t), want, "{t:?}");
        }
    }

    #[test]
    fn word_at_a_time_check_agrees_with_each_character() {
        let slow = |t: &str| t.chars().all(|c| matches!(fate(c), Fate::Keep));
        let mut probes: Vec<char> = (0u8..128).map(char::from).collect();
        probes.extend([
            '\u{80}',
            '\u{9B}',
            '\u{A0}',
            '\u{AD}',
            '\u{200B}',
            '\u{202E}',
            '\u{2066}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{2028}',
            'é',
            'Â',
            '日',
            '😀',
            '’',
        ]);
        for filler in [
            "abcdefghijklmnopqrstuvwxyz",
            "日本語のテキスト",
            "aé b’c d\ne f",
        ] {
            for &c in &probes {
                for at in 0..=filler.chars().count() {
                    let mut t: String = filler.chars().take(at).collect();
                    t.push(c);
                    t.extend(filler.chars().skip(at));
                    assert_eq!(all_kept(&t), slow(&t), "{t:?}");
                }
            }
        }
        assert!(all_kept(""));
    }

    #[test]
    fn escape_sequences_become_visible() {
        let s = sanitize("a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc");
        assert_eq!(s, "a␛]0;pwned␇b␛[2Jc");
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn c1_controls_and_bidi_are_neutralized() {
        let s = sanitize("x\u{9b}31m y\u{202e}evil\u{2066}z\u{200b}w\u{e0041}");
        assert_eq!(s, "x\u{FFFD}31m yevilzw");
    }

    #[test]
    fn exotic_spaces_become_spaces() {
        assert_eq!(clean_inline("a\u{a0}b\tc \n d\u{3000}"), "a b c d");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize("plain text\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn repairs_common_mojibake() {
        assert_eq!(repair_mojibake("usersâ€™ data"), "users’ data");
        assert_eq!(repair_mojibake("cafÃ© and crÃ¨me"), "café and crème");
        assert_eq!(repair_mojibake("Â´quoted"), "´quoted");
        assert_eq!(repair_mojibake("a\u{c2}\u{a0}b"), "a\u{a0}b");
        assert_eq!(repair_mojibake("| Â |"), "|   |");
    }

    #[test]
    fn repairs_double_encoding() {
        let once = "’"
            .as_bytes()
            .iter()
            .map(|&b| decode1252(b))
            .collect::<String>();
        let twice = once
            .to_string()
            .into_bytes()
            .iter()
            .map(|&b| decode1252(b))
            .collect::<String>();
        assert_eq!(repair_mojibake(&twice), "’");
    }

    fn decode1252(b: u8) -> char {
        match b {
            0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
            _ => b as char,
        }
    }

    #[test]
    fn leaves_genuine_text_alone() {
        for s in [
            "Café, naïve, Ångström, Âme",
            "Señor Müller’s ÂME",
            "price: 5 €",
            "日本語のテキスト",
        ] {
            assert_eq!(repair_mojibake(s), s);
        }
    }
}
