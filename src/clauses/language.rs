//! Whether a text reads as English: the catalogue's words are English, so a policy in another
//! language shows no clause, and a reader must not take that for "no promise". Told from the
//! share of its words that are common English words, which run to a third of any English
//! prose and to almost none of other languages'.

/// Words frequent in any English privacy policy, whatever it is about.
const COMMON: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "a",
    "in",
    "we",
    "you",
    "your",
    "or",
    "is",
    "for",
    "that",
    "our",
    "with",
    "this",
    "be",
    "by",
    "on",
    "are",
    "as",
    "may",
    "not",
    "it",
    "will",
    "information",
    "any",
    "an",
    "from",
    "us",
    "use",
    "have",
    "if",
    "at",
    "which",
    "can",
    "data",
    "personal",
];

/// How much of a text is read to tell.
const SAMPLE_BYTES: usize = 32 * 1024;
/// Texts shorter than this many words are not judged: a heading or a line says too little.
const MIN_WORDS: usize = 60;
/// The share of common words under which a text is not English (English policies run at
/// 0.3–0.45; French, German, Spanish, Dutch, Japanese at under 0.05).
const MIN_SHARE: f64 = 0.12;

/// False when `text` is long enough to tell and its words are mostly not English.
pub fn reads_as_english(text: &str) -> bool {
    // The opening of a long text tells as well as all of it; words and letters are counted
    // over the same stretch, or a long English policy would have more letters than words seen.
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let mut words = 0usize;
    let mut common = 0usize;
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if word.len() <= 11 && COMMON.iter().any(|c| c.eq_ignore_ascii_case(word)) {
            common += 1;
        }
    }
    // Scripts without spaces between words (Japanese, Chinese, Korean) make few, long
    // "words": count a word for every two of their characters instead, which is about what
    // a word of theirs takes, so that a short policy in them is judged too.
    let ideographs = text
        .chars()
        .filter(|&c| u32::from(c) >= 0x2e80 && c.is_alphabetic())
        .count();
    let words = words + ideographs / 2;
    words < MIN_WORDS || common as f64 >= MIN_SHARE * words as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_other_languages() {
        let en = "We will not sell your personal information to third parties. We may share information with service providers who act on our behalf, and we use cookies to remember your preferences. ".repeat(4);
        assert!(reads_as_english(&en));
        let de = "Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte. Im Falle einer Fusion oder Übernahme können Ihre Daten an den Erwerber übertragen werden. Wir verwenden Cookies, um Ihre Einstellungen zu speichern. ".repeat(4);
        assert!(!reads_as_english(&de));
        let fr = "Nous ne vendons pas vos données personnelles à des tiers. En cas de fusion ou d'acquisition, vos données peuvent être transférées à l'acquéreur. Nous utilisons des cookies pour mémoriser vos préférences. ".repeat(4);
        assert!(!reads_as_english(&fr));
        let ja = "当社は、お客様の個人情報を第三者に販売することはありません。合併または買収の場合、お客様の情報は取得者に移転されることがあります。".repeat(12);
        assert!(!reads_as_english(&ja));
        // A single paragraph of it too (a newcomer's trial: no note was shown).
        let ja = "当社は、お客様の個人情報を第三者に販売することはありません。合併または買収の場合、お客様の情報は取得者に移転されることがあります。".repeat(2);
        assert!(!reads_as_english(&ja));
        // An English policy naming its company in Japanese is English.
        let mixed = format!("{en} 株式会社日本自動車部品 (Japan Auto Parts)");
        assert!(reads_as_english(&mixed));
        // Too short to tell: a heading.
        assert!(reads_as_english("Datenschutzerklärung"));
        // However long: a policy of a megabyte is judged by its opening, words and letters
        // alike.
        assert!(reads_as_english(&en.repeat(2_000)));
        assert!(!reads_as_english(&de.repeat(2_000)));
    }
}
