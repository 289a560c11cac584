//! A multi-pattern automaton for terms that start at word starts. Every catalogue term is whole
//! words, so matching needs only the goto function of Aho–Corasick — a trie walked from each
//! word start — and no failure links: most words leave the trie after a letter or two, so the
//! walk touches less than one state per byte, in a structure small enough to stay in cache.
//!
//! It reads the text itself, case-insensitively: ASCII letters and digits are word characters,
//! anything else that is not a letter (spaces, punctuation, `’`, `—`) separates words, and a
//! run of separators counts as the one space of a pattern (`don’t` matches `don t`). Letters
//! outside ASCII belong to words but never to patterns.

/// Letters a–z, digits, and the separator.
const ALPHABET: usize = 37;
const SPACE: usize = 36;
/// A letter or digit outside ASCII: part of a word, in no pattern.
const OTHER: usize = 37;

/// Class of an ASCII byte; bytes of 0x80 and above are decided per character.
const CLASS: [u8; 128] = {
    let mut t = [SPACE as u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_lowercase() {
            t[b] = c - b'a';
        } else if c.is_ascii_uppercase() {
            t[b] = c - b'A';
        } else if c.is_ascii_digit() {
            t[b] = 26 + c - b'0';
        }
        b += 1;
    }
    t
};

/// The class of every byte of `text`: ASCII letters and digits their letter class, other
/// ASCII bytes the separator; every byte of a multi-byte character gets that character's class
/// (`OTHER` for letters, the separator for punctuation). Computed once per text, so that the
/// walk and every word-boundary check are one byte read.
pub fn classes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = vec![0u8; bytes.len()];
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 128 {
            out[i] = CLASS[b as usize];
            i += 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        let len = ch.len_utf8();
        let c = if ch.is_alphanumeric() { OTHER } else { SPACE } as u8;
        out[i..i + len].fill(c);
        i += len;
    }
    out
}

/// True when a word ends at `i` (a separator or the end of the text follows).
#[inline]
pub fn word_ends_at(classes: &[u8], i: usize) -> bool {
    classes.get(i).is_none_or(|&c| c as usize == SPACE)
}

/// The end of the word that contains `i`.
#[inline]
pub fn word_end(classes: &[u8], i: usize) -> usize {
    let i = i.min(classes.len());
    memchr::memchr(SPACE as u8, &classes[i..]).map_or(classes.len(), |k| i + k)
}

fn pattern_class(b: u8) -> Option<usize> {
    match b {
        b'a'..=b'z' => Some((b - b'a') as usize),
        b'0'..=b'9' => Some(26 + (b - b'0') as usize),
        b' ' => Some(SPACE),
        _ => None,
    }
}

pub struct WordTrie {
    /// One word per state. Bit 31: patterns end here. Bit 30: the state branches, and bits
    /// 0–29 index its row in `rows`. Otherwise bits 24–29 hold the class of its only child
    /// (`NO_CHILD` if none) and bits 0–23 the child's state. Compact enough to stay in cache:
    /// most states have one child.
    nodes: Vec<u32>,
    /// Dense rows of branching states: the child state for each class, or `NO_ROW_STATE`.
    rows: Vec<u16>,
    /// Patterns ending at state `s`: `outputs[starts[s]..starts[s + 1]]`.
    starts: Vec<u32>,
    outputs: Vec<u32>,
}

const HAS_OUTPUT: u32 = 1 << 31;
const BRANCHING: u32 = 1 << 30;
const NO_CHILD: u32 = 63;
const NO_STATE: u32 = u32::MAX;
const NO_ROW_STATE: u16 = u16::MAX;
const STATE_MASK: u32 = (1 << 24) - 1;

impl WordTrie {
    /// Builds the trie of `patterns` (lowercase ASCII words separated by single spaces).
    /// Patterns with other characters can never match and are left out.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> WordTrie {
        // First a plain dense trie, then the compact form.
        let mut dense: Vec<[u32; ALPHABET]> = vec![[NO_STATE; ALPHABET]];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, p) in patterns.iter().enumerate() {
            let p = p.as_ref().as_bytes();
            let Some(classes) = p
                .iter()
                .map(|&b| pattern_class(b))
                .collect::<Option<Vec<usize>>>()
            else {
                continue;
            };
            if classes.is_empty() || classes[0] == SPACE {
                continue;
            }
            let mut state = 0usize;
            for c in classes {
                if dense[state][c] == NO_STATE {
                    dense.push([NO_STATE; ALPHABET]);
                    ends.push(Vec::new());
                    dense[state][c] = (dense.len() - 1) as u32;
                }
                state = dense[state][c] as usize;
            }
            ends[state].push(id as u32);
        }
        assert!(
            dense.len() < NO_ROW_STATE as usize,
            "clause catalogue too large: {} trie states",
            dense.len()
        );
        let mut nodes = Vec::with_capacity(dense.len());
        let mut rows = Vec::new();
        for (s, row) in dense.iter().enumerate() {
            let children: Vec<(usize, u32)> = row
                .iter()
                .enumerate()
                .filter(|(_, t)| **t != NO_STATE)
                .map(|(c, t)| (c, *t))
                .collect();
            let mut word = if ends[s].is_empty() { 0 } else { HAS_OUTPUT };
            word |= match children.as_slice() {
                [] => NO_CHILD << 24,
                [(c, child)] => ((*c as u32) << 24) | child,
                _ => {
                    let index = rows.len() / ALPHABET;
                    rows.extend(row.iter().map(|&t| {
                        if t == NO_STATE {
                            NO_ROW_STATE
                        } else {
                            t as u16
                        }
                    }));
                    BRANCHING | index as u32
                }
            };
            nodes.push(word);
        }
        let mut starts = Vec::with_capacity(ends.len() + 1);
        let mut outputs = Vec::new();
        for e in &ends {
            starts.push(outputs.len() as u32);
            outputs.extend_from_slice(e);
        }
        starts.push(outputs.len() as u32);
        WordTrie {
            nodes,
            rows,
            starts,
            outputs,
        }
    }

    /// The state after `state` on `class`, if any.
    #[inline]
    fn step(&self, state: u32, class: usize) -> Option<u32> {
        let node = self.nodes[state as usize];
        if node & BRANCHING != 0 {
            let t = self.rows[(node & !(HAS_OUTPUT | BRANCHING)) as usize * ALPHABET + class];
            (t != NO_ROW_STATE).then_some(u32::from(t))
        } else {
            ((node >> 24) & 63 == class as u32).then_some(node & STATE_MASK)
        }
    }

    /// Calls `found(pattern, start, end)` for every pattern occurrence starting at a word
    /// start, given the text's [`classes`]. `end` is exclusive and may fall inside a word (the
    /// caller decides whether a pattern needs a word end there).
    pub fn for_each_match(&self, classes: &[u8], mut found: impl FnMut(u32, usize, usize)) {
        let n = classes.len();
        let space = SPACE as u8;
        let mut i = 0;
        while i < n {
            if classes[i] == space {
                i += 1;
                continue;
            }
            let start = i;
            let mut state = 0u32;
            let mut j = i;
            while j < n {
                let c = classes[j] as usize;
                if c == OTHER {
                    break;
                }
                let Some(next) = self.step(state, c) else {
                    break;
                };
                state = next;
                j += 1;
                if c == SPACE {
                    // The rest of the separator run.
                    while j < n && classes[j] == space {
                        j += 1;
                    }
                    continue;
                }
                if self.nodes[state as usize] & HAS_OUTPUT != 0 {
                    let s = state as usize;
                    let (a, b) = (self.starts[s] as usize, self.starts[s + 1] as usize);
                    for &p in &self.outputs[a..b] {
                        found(p, start, j);
                    }
                }
            }
            // On to the end of this word (the walk may have gone past it, into the next).
            i = word_end(classes, start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(patterns: &[&str], text: &str) -> Vec<(u32, String)> {
        let buf = text;
        let trie = WordTrie::new(patterns);
        let mut out = Vec::new();
        trie.for_each_match(&classes(buf), |p, s, e| {
            out.push((p, buf[s..e].to_string()))
        });
        out
    }

    #[test]
    fn word_starts_only() {
        assert_eq!(
            matches(&["it", "sell", "selling"], "with it selling"),
            vec![(0, "it".into()), (1, "sell".into()), (2, "selling".into())]
        );
    }

    #[test]
    fn multi_word_patterns_and_space_runs() {
        assert_eq!(
            matches(
                &["don t", "personal information", "personal"],
                "Don’t share personal —\ninformation"
            ),
            vec![
                (0, "Don’t".into()),
                (2, "personal".into()),
                (1, "personal —\ninformation".into())
            ]
        );
    }

    #[test]
    fn odd_input() {
        assert!(matches(&["a"], "").is_empty());
        assert!(matches(&["é"], "é").is_empty());
        assert_eq!(matches(&["ab"], "   AB").len(), 1);
        assert!(matches(&["ab"], "\u{e9}ab").is_empty());
        let _ = matches(&["ab"], "\u{1f600}ab ab \u{300}");
    }

    #[test]
    fn word_boundaries() {
        let t = "sell’s café!";
        let c = classes(t);
        assert!(word_ends_at(&c, 4));
        assert!(!word_ends_at(&c, 10));
        assert_eq!(word_end(&c, 9), "sell’s café".len());
    }
}
