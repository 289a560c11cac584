//! Catalogue terms found in text word by word. Every term is whole words, the last one
//! possibly a stem (`disclos*`), so the text is cut into words once, each word is looked up
//! once (a hash of its letters for the words of the catalogue, its first three letters for
//! the stems), and one step of a machine built ahead from the catalogue carries the terms of
//! several words under way (see [`TermMatcher`]).
//!
//! A letter-by-letter trie walked from each word start took a step per byte of policy prose:
//! the catalogue's words cover the beginnings of most English words, so nearly every word went
//! two to six letters deep before falling out. Here a word costs two lookups whatever its length.
//!
//! Words are read case-insensitively: ASCII letters and digits make words, anything else that
//! is not a letter or digit (spaces, punctuation, `’`, `—`) separates them, and a run of
//! separators is the one space between the words of a term (`don’t` is `don t`). Letters and
//! digits outside ASCII belong to words but never to terms: a word holding one matches no
//! whole term, and a stem only through the ASCII letters before it (`caf*` in `cafés`).

use std::collections::HashMap;

use super::catalogue::Term;

/// Bytes of a word kept in the hash table's keys; longer catalogue words are compared whole.
const KEY_BYTES: usize = 16;

/// The catalogue's words, by a hash of up to [`KEY_BYTES`] lowercase letters.
///
/// A key is the word's bytes, zeros after, and a word holds no zero byte: the key alone
/// tells two words apart, whatever their lengths, and no word's key is all zeros, which
/// marks an empty slot. Slots are 16 bytes, four to a cache line; ids sit beside them and
/// are read only for a word that is found.
#[derive(Debug)]
struct WordTable {
    /// (low 8 bytes, next 8 bytes) of each word's key; `(0, 0)` is an empty slot.
    keys: Vec<(u64, u64)>,
    /// The id of the word in each slot.
    ids: Vec<u32>,
    shift: u32,
    /// Catalogue words longer than [`KEY_BYTES`], compared whole.
    long: Vec<(Vec<u8>, u32)>,
}

impl WordTable {
    fn new(words: &[String]) -> WordTable {
        let size = (words.len() * 3).next_power_of_two().max(64);
        let mut table = WordTable {
            keys: vec![(0, 0); size],
            ids: vec![u32::MAX; size],
            shift: 64 - size.trailing_zeros(),
            long: Vec::new(),
        };
        for (id, w) in words.iter().enumerate() {
            let bytes = w.as_bytes();
            if bytes.len() > KEY_BYTES {
                table.long.push((bytes.to_vec(), id as u32));
                continue;
            }
            let (lo, hi) = key_of(bytes);
            let mut slot = table.home(lo, hi);
            while table.keys[slot] != (0, 0) {
                slot = (slot + 1) & (size - 1);
            }
            table.keys[slot] = (lo, hi);
            table.ids[slot] = id as u32;
        }
        table
    }

    #[inline]
    fn home(&self, lo: u64, hi: u64) -> usize {
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The id of the word `bytes` (ASCII letters and digits, any case), whose [`key_of`] is
    /// `(lo, hi)`.
    #[inline]
    fn get(&self, bytes: &[u8], lo: u64, hi: u64) -> Option<u32> {
        if bytes.len() > KEY_BYTES {
            return self.get_long(bytes);
        }
        let mask = self.keys.len() - 1;
        let mut slot = self.home(lo, hi);
        loop {
            let key = self.keys[slot];
            if key == (lo, hi) {
                return Some(self.ids[slot]);
            }
            if key == (0, 0) {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    #[cold]
    fn get_long(&self, bytes: &[u8]) -> Option<u32> {
        self.long
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(bytes))
            .map(|(_, id)| *id)
    }
}

/// A mask of the first `k` bytes of a little-endian word (all eight from `k` = 8 on).
#[inline(always)]
fn low_bytes(k: usize) -> u64 {
    const MASKS: [u64; 9] = {
        let mut m = [u64::MAX; 9];
        let mut k = 0;
        while k < 8 {
            m[k] = (1u64 << (8 * k)) - 1;
            k += 1;
        }
        m
    };
    MASKS[k.min(8)]
}

/// The 16 bytes of `text` from `start` (zeros past its end) as two little-endian words.
#[inline(always)]
fn load16(text: &[u8], start: usize) -> (u64, u64) {
    match text.get(start..start + KEY_BYTES) {
        Some(w) => (
            u64::from_le_bytes(w[..8].try_into().unwrap_or_default()),
            u64::from_le_bytes(w[8..].try_into().unwrap_or_default()),
        ),
        None => {
            let mut buf = [0u8; KEY_BYTES];
            let rest = text.get(start..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            (
                u64::from_le_bytes(buf[..8].try_into().unwrap_or_default()),
                u64::from_le_bytes(buf[8..].try_into().unwrap_or_default()),
            )
        }
    }
}

/// The key of a word of ASCII letters and digits whose first 16 bytes [`load16`] gave as
/// `(lo, hi)`: its first `len` bytes (at most 16, zeros after), lowercased (`| 0x20`
/// lowercases a letter and leaves a digit as it is).
#[inline(always)]
fn key_from(lo: u64, hi: u64, len: usize) -> (u64, u64) {
    let n = len.min(KEY_BYTES);
    let (m_lo, m_hi) = (low_bytes(n), low_bytes(n.saturating_sub(8)));
    (
        (lo | 0x2020_2020_2020_2020) & m_lo,
        (hi | 0x2020_2020_2020_2020) & m_hi,
    )
}

/// The key of a whole word ([`key_from`]).
fn key_of(bytes: &[u8]) -> (u64, u64) {
    let (lo, hi) = load16(bytes, 0);
    key_from(lo, hi, bytes.len())
}

/// A stem as masks of a word's key: a word starts with the stem when its key, masked, equals
/// the stem's.
#[derive(Debug, Clone, Copy)]
struct StemKey {
    lo: u64,
    hi: u64,
    mask_lo: u64,
    mask_hi: u64,
    len: u32,
    id: u32,
}

impl StemKey {
    #[inline(always)]
    fn starts(&self, len: usize, lo: u64, hi: u64) -> bool {
        len >= self.len as usize && lo & self.mask_lo == self.lo && hi & self.mask_hi == self.hi
    }
}

/// Buckets of stems, by the first three letters of the words they start.
const STEM_BUCKETS: usize = 1024;

/// The bucket of stems for a word whose first three letters (lowercase, zeros past its end)
/// are the low bytes of `first3`.
#[inline(always)]
fn stem_bucket_of(first3: u64) -> usize {
    (first3.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - STEM_BUCKETS.trailing_zeros())) as usize
}

/// True for an ASCII letter or digit.
#[inline(always)]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For eight bytes at once (little-endian), the high bit of each byte that is an ASCII letter
/// or digit, and the high bit of each byte outside ASCII. Each test adds to a byte of at most
/// 0x7f a constant that tips it past 0x7f exactly when it is in range, so no byte carries
/// into the next.
#[inline(always)]
fn word_bytes(x: u64) -> (u64, u64) {
    let high = x & HIGH;
    let y = x & !HIGH;
    let in_range = |v: u64, lo: u64, hi: u64| {
        let ge = v.wrapping_add((0x80 - lo) * ONES);
        let gt = v.wrapping_add((0x7f - hi) * ONES);
        ge & !gt & HIGH
    };
    let digit = in_range(y, 0x30, 0x39);
    let letter = in_range(y | 0x2020_2020_2020_2020, 0x61, 0x7a);
    ((digit | letter) & !high, high)
}

/// Sets one bit per byte of `text`: in `ascii` for ASCII letters and digits, in `other` for
/// the bytes of every letter and digit, in ASCII or not. Many bytes at a time; a character
/// outside ASCII is decoded where one occurs. Returns whether any of them is a letter or
/// digit: if none is (all ASCII, or only quotes, dashes and spaces outside it, as in most
/// policies), `ascii` says it all, `other` is left as it may be, and the words need no
/// checking for letters outside ASCII.
fn mark_word_bytes(text: &str, ascii: &mut Vec<u64>, other: &mut Vec<u64>) -> bool {
    let bytes = text.as_bytes();
    let words = bytes.len().div_ceil(64);
    ascii.clear();
    ascii.resize(words, 0);
    let mut any_high = false;
    // Whole blocks of 64 bytes with SSE2 where there is SSE2 (every x86-64), the rest eight
    // bytes at a time.
    // SAFETY: SSE2 is part of every x86-64 processor.
    #[cfg(target_arch = "x86_64")]
    let done = unsafe { sse2::mark_blocks(bytes, ascii, &mut any_high) };
    #[cfg(not(target_arch = "x86_64"))]
    let done = 0;
    let mut chunks = bytes[done..].chunks_exact(8);
    for (k, chunk) in (&mut chunks).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let (word, high) = word_bytes(x);
        any_high |= high != 0;
        // Gather the high bit of each byte into one byte.
        let packed = ((word >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) & 0xff;
        ascii[done / 64 + k / 8] |= packed << (8 * (k % 8));
    }
    let tail = bytes.len() - chunks.remainder().len();
    for (k, &b) in chunks.remainder().iter().enumerate() {
        any_high |= b >= 128;
        if is_word_byte(b) {
            let at = tail + k;
            ascii[at / 64] |= 1 << (at % 64);
        }
    }
    if !any_high {
        return false;
    }
    other.clear();
    other.resize(words, 0);
    let mut any_other = false;
    let mut i = 0;
    while let Some(k) = memchr_high(&bytes[i..]) {
        let at = i + k;
        let (alnum, len) = char_at(text, at);
        if alnum {
            any_other = true;
            for b in at..at + len {
                other[b / 64] |= 1 << (b % 64);
            }
        }
        i = at + len;
    }
    if !any_other {
        return false;
    }
    for (o, a) in other.iter_mut().zip(ascii.iter()) {
        *o |= a;
    }
    true
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };

    /// [`super::mark_word_bytes`]'s ASCII bits for every whole block of 64 bytes of `bytes`,
    /// sixteen bytes a step; sets `any_high` if a byte is outside ASCII. Returns how many bytes
    /// it marked.
    #[target_feature(enable = "sse2")]
    pub(super) fn mark_blocks(bytes: &[u8], ascii: &mut [u64], any_high: &mut bool) -> usize {
        let mut high = 0u64;
        let blocks = bytes.chunks_exact(64);
        let done = bytes.len() - blocks.remainder().len();
        for (word, block) in ascii.iter_mut().zip(blocks) {
            let mut bits = 0u64;
            for (k, chunk) in block.chunks_exact(16).enumerate() {
                // SAFETY: `chunk` is 16 readable bytes, and the load needs no alignment.
                let x = unsafe { _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>()) };
                let (w, h) = classify(x);
                bits |= w << (16 * k);
                high |= h;
            }
            *word = bits;
        }
        *any_high |= high != 0;
        done
    }

    /// Bits of the ASCII letters and digits of 16 bytes, and of the bytes outside ASCII.
    /// Compared as signed bytes, those outside ASCII are negative: in no range.
    #[target_feature(enable = "sse2")]
    fn classify(x: __m128i) -> (u64, u64) {
        let lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
        let word = _mm_or_si128(in_range(lower, b'a', b'z'), in_range(x, b'0', b'9'));
        (
            u64::from(_mm_movemask_epi8(word) as u16),
            u64::from(_mm_movemask_epi8(x) as u16),
        )
    }

    /// Bytes from `lo` to `hi` (ASCII), as all ones.
    #[target_feature(enable = "sse2")]
    fn in_range(v: __m128i, lo: u8, hi: u8) -> __m128i {
        _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8((lo - 1) as i8)),
            _mm_cmplt_epi8(v, _mm_set1_epi8((hi + 1) as i8)),
        )
    }
}

/// The first byte of 0x80 or above.
#[inline]
fn memchr_high(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    for (k, chunk) in (&mut chunks).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) & HIGH;
        if x != 0 {
            return Some(8 * k + (x.trailing_zeros() / 8) as usize);
        }
    }
    let tail = bytes.len() - chunks.remainder().len();
    chunks
        .remainder()
        .iter()
        .position(|&b| b >= 128)
        .map(|k| tail + k)
}

/// The first position from `i` whose bit in `map` is clear.
#[inline(always)]
fn next_clear_bit(map: &[u64], i: usize) -> Option<usize> {
    let mut k = i / 64;
    let mut bits = !*map.get(k)? & (u64::MAX << (i % 64));
    loop {
        if bits != 0 {
            return Some(k * 64 + bits.trailing_zeros() as usize);
        }
        k += 1;
        bits = !*map.get(k)?;
    }
}

/// The words of a text, as `start..end` spans of the set bits of its word bitmap. Word starts
/// and ends are found 64 bytes at a time (a start is a set bit after a clear one, an end a
/// clear bit after a set one), then taken in turn: they alternate.
struct Spans<'a> {
    map: &'a [u64],
    /// The text's length: a word running to the end ends there.
    len: usize,
    /// The block of 64 bytes being read, and its starts and ends not yet taken.
    block: usize,
    starts: u64,
    ends: u64,
}

impl<'a> Spans<'a> {
    fn new(map: &'a [u64], len: usize) -> Spans<'a> {
        let mut spans = Spans {
            map,
            len,
            block: 0,
            starts: 0,
            ends: 0,
        };
        spans.load(0, 0);
        spans
    }

    /// Reads block `k`, `carry` being 1 when the byte before it is in a word.
    #[inline(always)]
    fn load(&mut self, k: usize, carry: u64) {
        self.block = k;
        let w = self.map.get(k).copied().unwrap_or(0);
        let before = (w << 1) | carry;
        self.starts = w & !before;
        self.ends = !w & before;
    }

    /// The next block, if there is one.
    #[inline(always)]
    fn advance(&mut self) -> bool {
        let k = self.block;
        if k + 1 >= self.map.len() {
            return false;
        }
        let carry = self.map[k] >> 63;
        self.load(k + 1, carry);
        true
    }

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        while self.starts == 0 {
            if !self.advance() {
                return None;
            }
        }
        let start = self.block * 64 + self.starts.trailing_zeros() as usize;
        self.starts &= self.starts - 1;
        // Ends before this start were taken with their words: the lowest left is this one's.
        while self.ends == 0 {
            if !self.advance() {
                return Some((start, self.len));
            }
        }
        let end = self.block * 64 + self.ends.trailing_zeros() as usize;
        self.ends &= self.ends - 1;
        Some((start, end.min(self.len)))
    }
}

/// What a word does to the terms under way: the state after it, and the terms it ends, as
/// `outputs[from..to]`, those ended by the terms under way (not by the word alone) first, in
/// `outputs[from..own_to]`. Eight bytes (the next state and the two counts packed in one word),
/// so that the machine's steps, which it waits on word after word, take half the cache.
#[derive(Debug, Clone, Copy, Default)]
struct Step {
    /// `next << 12 | own_ends << 6 | ends`.
    packed: u32,
    from: u32,
}

/// The most terms one step may end (six bits), and the most states a machine may have (twenty
/// bits); a catalogue past either is refused as [`TooManySteps`].
const MAX_STEP_ENDS: usize = 63;
const MAX_STATES: usize = 1 << 20;

impl Step {
    /// `None` when the counts do not fit (see [`MAX_STEP_ENDS`], [`MAX_STATES`]).
    fn new(next: u32, from: usize, own_ends: usize, ends: usize) -> Option<Step> {
        if ends > MAX_STEP_ENDS || own_ends > ends || next as usize >= MAX_STATES {
            return None;
        }
        Some(Step {
            packed: next << 12 | (own_ends as u32) << 6 | ends as u32,
            from: u32::try_from(from).ok()?,
        })
    }

    fn next(&self) -> u32 {
        self.packed >> 12
    }

    fn from(&self) -> usize {
        self.from as usize
    }

    fn own_to(&self) -> usize {
        self.from() + (self.packed >> 6 & 0x3f) as usize
    }

    fn to(&self) -> usize {
        self.from() + (self.packed & 0x3f) as usize
    }
}

/// A term that a word ends, and how many words it has (its first word is that many words
/// back, counting the one that ends it).
#[derive(Debug, Clone, Copy)]
struct Output {
    term: u32,
    words: u32,
}

/// Every step of the machine, by (state, class): from the start on every class, and from the
/// other states only where a term under way goes on or ends (any other word steps as from the
/// start).
///
/// A word costs one lookup whatever the state, and the lookup does not branch on what it
/// finds: a key (`state * classes + class`, 32 bits) is in one of two buckets of two slots
/// (two-choice cuckoo hashing with buckets), all four are read, and the step is the one of the
/// slot holding the key, else the start's step for the class. Buckets of two fill a table to
/// about nine tenths where single slots fill it to half: a catalogue that grows by a few terms
/// does not double the table the machine waits on word after word. Whether a term is under way, and whether the word carries
/// it on, are what a branch predictor cannot guess: half the words turned on them.
#[derive(Debug)]
struct StepTable {
    /// `u32::MAX` is an empty slot.
    keys: Vec<u32>,
    /// `steps[class]`: the step from the start on `class`; `steps[classes + slot]`: the step
    /// whose key is in `slot`.
    steps: Vec<Step>,
    classes: u32,
    shift: u32,
    /// The two home buckets of a key are `key * mul >> shift` for these; bucket `h` is slots
    /// `2h` and `2h + 1`.
    muls: (u32, u32),
}

/// Multipliers (odd, with bits spread) for the two homes; the next pair is tried when a table
/// cannot be filled with one.
const STEP_MULS: [(u32, u32); 4] = [
    (0x9E37_79B1, 0x85EB_CA77),
    (0xC2B2_AE3D, 0x27D4_EB2F),
    (0x1656_67B1, 0xD3A2_646D),
    (0xFD70_46C5, 0xB55A_4F09),
];

/// How many keys one insertion may move before the table is made larger.
const MAX_KICKS: usize = 500;

impl StepTable {
    /// The table of the steps `from_start` (by class) and `steps` (keyed by (state, class),
    /// states from 1) for `states` states; `None` when the pairs are too many for 32-bit keys
    /// (or, what distinct keys never do in practice, they cannot be placed).
    fn new(
        from_start: Vec<Step>,
        steps: &[((u32, u32), Step)],
        states: usize,
    ) -> Option<StepTable> {
        let classes = from_start.len();
        if states.checked_mul(classes)? >= u32::MAX as usize {
            return None;
        }
        // Two-choice cuckoo hashing with buckets of two places keys in a table up to about nine
        // tenths full, and a smaller table is read faster (the machine's step waits on it, word
        // after word): the table is the smallest at most four fifths full, made larger only when
        // the keys do not fit. Keys that do not fit one a tenth as full are not worth the memory
        // of a larger one.
        let mut size = (steps.len() * 5 / 4 + 1).next_power_of_two().max(16);
        for _ in 0..4 {
            for muls in STEP_MULS {
                let mut table = StepTable {
                    keys: vec![u32::MAX; size],
                    steps: from_start.clone(),
                    classes: classes as u32,
                    shift: 32 - (size / 2).trailing_zeros(),
                    muls,
                };
                table.steps.resize(classes + size, Step::default());
                if steps
                    .iter()
                    .all(|&((state, class), step)| table.place(state * table.classes + class, step))
                {
                    return Some(table);
                }
            }
            size *= 2;
        }
        None
    }

    #[inline(always)]
    fn homes(&self, key: u32) -> (usize, usize) {
        (
            (key.wrapping_mul(self.muls.0) >> self.shift) as usize,
            (key.wrapping_mul(self.muls.1) >> self.shift) as usize,
        )
    }

    /// Puts `key` in a free slot of one of its home buckets, else in its first home in place of
    /// a key that moves on to its other home, and so on; false when that goes on too long (some
    /// key is then left out).
    fn place(&mut self, mut key: u32, mut step: Step) -> bool {
        let classes = self.classes as usize;
        let mut bucket = self.homes(key).0;
        // Which slot of a full bucket gives up its key is drawn at random (a fixed sequence,
        // so that a catalogue always builds the same table): taken in turn, the same few keys
        // push each other round in circles, and a table fills to three quarters, not nine
        // tenths.
        let mut draw = u64::from(key) | 1;
        for _ in 0..MAX_KICKS {
            let (a, b) = self.homes(key);
            let free = [2 * a, 2 * a + 1, 2 * b, 2 * b + 1]
                .into_iter()
                .find(|&s| self.keys[s] == u32::MAX);
            draw ^= draw << 13;
            draw ^= draw >> 7;
            draw ^= draw << 17;
            let slot = free.unwrap_or(2 * bucket + (draw >> 63) as usize);
            std::mem::swap(&mut self.keys[slot], &mut key);
            std::mem::swap(&mut self.steps[classes + slot], &mut step);
            if key == u32::MAX {
                return true;
            }
            let (a, b) = self.homes(key);
            bucket = if a == slot / 2 { b } else { a };
        }
        false
    }

    /// Where in `steps` the step of `class` from `state` is: at `classes` or after when the
    /// state has one of its own, else the start's.
    #[inline(always)]
    fn index(&self, state: u32, class: u32) -> usize {
        let key = state * self.classes + class;
        let (a, b) = self.homes(key);
        let (a, b) = (2 * a, 2 * b);
        let (k0, k1, k2, k3) = (
            self.keys[a],
            self.keys[a + 1],
            self.keys[b],
            self.keys[b + 1],
        );
        let slot = if k0 == key {
            a
        } else if k1 == key {
            a + 1
        } else if k2 == key {
            b
        } else {
            b + 1
        };
        if k0 == key || k1 == key || k2 == key || k3 == key {
            self.classes as usize + slot
        } else {
            class as usize
        }
    }

    /// The step of `class` from `state`, if the state has one of its own.
    fn own(&self, state: u32, class: u32) -> Option<Step> {
        let i = self.index(state, class);
        (i >= self.classes as usize).then(|| self.steps[i])
    }
}

/// No class ([`TermMatcher::longest_stem`] of a word that steps on its stems itself).
const NO_CLASS: u32 = u32::MAX;

/// The most catalogue words a stem may start and still have a step of its own for each of
/// them from the states that end a term with it (the built-in catalogue's stems start at
/// most a few).
const WORDS_A_STEM_STEPS_FOR: usize = 64;

/// Word starts kept for the terms under way: a term has at most this many words (the
/// catalogue refuses longer ones; the matcher leaves out any that reach it).
const RING: usize = super::catalogue::MAX_TERM_WORDS;

/// Finds the catalogue's terms as a machine that reads one word at a time.
///
/// Every word of the text falls in one class: a catalogue word is its own class, any other
/// word is the class of the longest stem it starts with (or of none), since what a word can
/// do to a term is be a word of it or start with one of its stems. The machine's states are
/// the terms under way (which words of which terms have been read), built ahead from the
/// catalogue, so a word costs one lookup of its class and one step, whatever is under way.
/// There are never more states than the catalogue has terms' beginnings: what is under way
/// is every beginning that the last words end with, and the longest of them fixes the rest.
pub struct TermMatcher {
    words: WordTable,
    /// Stems by the first three letters of the words they start: `stem_keys[stem_bucket[p]..
    /// stem_bucket[p + 1]]` for bucket `p` (see [`stem_bucket_of`]).
    stem_bucket: Vec<u32>,
    stem_keys: Vec<StemKey>,
    /// How many catalogue words there are: the class of stem `s` is `n_words + s`, and the
    /// class of a word with no stem is the last.
    n_words: u32,
    /// The steps from the start (nothing under way), by class, and those from the other
    /// states that differ from the start's, on the words that terms under way go on with and
    /// on the stems they end with.
    steps: StepTable,
    /// The class of a word with no stem (the last).
    none: u32,
    /// For a catalogue word starting a stem that starts too many of them (see
    /// [`WORDS_A_STEM_STEPS_FOR`]), the class of the longest stem it starts with, else
    /// [`NO_CLASS`]: such a word, when no term under way goes on with it, ends those that end
    /// with its stems as that stem's class does. Empty when there is no such word.
    longest_stem: Vec<u32>,
    outputs: Vec<Output>,
}

/// A term found in text: term `term` over bytes `start..end` (texts are read up to 4 GB, so
/// positions fit 32 bits, and a hit is 12 bytes: the detector's searches over them stay in cache).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: u32,
    pub end: u32,
    pub term: u32,
}

impl Hit {
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Reusable buffers for one text.
#[derive(Default)]
pub struct Scratch {
    /// One bit per byte of the text: an ASCII letter or digit.
    ascii: Vec<u64>,
    /// One bit per byte of the text: a byte of a letter or digit, in ASCII or not (filled only
    /// when some letter or digit is outside ASCII).
    other: Vec<u64>,
    /// The terms found, kept sorted by start and end as found.
    found: Vec<Hit>,
}

/// Terms inside a web address are no words of the policy's: the "personalized ads" of
/// `https://advertise.bingads.microsoft.com/…/personalized-ads` advertises nothing, the
/// "partners" of `…/privacy/partners/` are no recipients. An address starts with a scheme
/// (`https://`) or `www.` and runs to the next space or closing bracket or quote.
fn drop_web_addresses(text: &str, hits: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    let token_end = |from: usize| {
        bytes[from..]
            .iter()
            .position(|&b| b.is_ascii_whitespace() || matches!(b, b')' | b']' | b'>' | b'"' | b'<'))
            .map_or(bytes.len(), |k| from + k)
    };
    for at in memchr::memmem::find_iter(bytes, b"://") {
        let start = bytes[..at]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |k| k + 1);
        spans.push((start as u32, token_end(at) as u32));
    }
    for at in memchr::memmem::find_iter(bytes, b"www.") {
        let opens_token =
            at == 0 || !bytes[at - 1].is_ascii_alphanumeric() && bytes[at - 1] != b'/';
        if opens_token {
            spans.push((at as u32, token_end(at) as u32));
        }
    }
    // Hits come by start, so an address's are a run of them: each run is cut out, from the
    // last address back, without a pass over all the text's hits.
    spans.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
    for (start, end) in spans {
        let lo = hits.partition_point(|h| h.start < start);
        let hi = lo + hits[lo..].partition_point(|h| h.start < end);
        if hits[lo..hi].iter().all(|h| h.end <= end) {
            hits.drain(lo..hi);
        } else {
            // A term running on past the address (rare) stays.
            let kept: Vec<Hit> = hits[lo..hi]
                .iter()
                .copied()
                .filter(|h| h.end > end)
                .collect();
            hits.splice(lo..hi, kept);
        }
    }
}

/// The catalogue's terms as a trie of whole words, stems at the leaves: the states of
/// [`TermMatcher`] are lists of its nodes.
#[derive(Debug, Default)]
struct Node {
    /// (word, child), by word.
    next: Vec<(u32, u32)>,
    /// Terms ending with the words that led here.
    terms: Vec<u32>,
    /// (stem, terms) that end with a word starting with that stem after the words that led
    /// here, by stem.
    stems: Vec<(u32, Vec<u32>)>,
    /// Words that led here.
    depth: u32,
}

impl Node {
    fn goes_on(&self) -> bool {
        !self.next.is_empty() || !self.stems.is_empty()
    }
}

/// What one word does, as the builder sees it: the catalogue word it is, if any, and the
/// stems it starts with (by stem id).
struct Class {
    word: Option<u32>,
    stems: Vec<u32>,
}

/// One step of every node in `under_way`, then of the root, on a word of `class`: the nodes
/// that go on, in that order, the terms that end, with their lengths in words, and how many
/// of each came from `under_way` (if none, the step is the same as from the start).
fn step_nodes(
    nodes: &[Node],
    under_way: &[u32],
    class: &Class,
) -> (Vec<u32>, Vec<Output>, (usize, usize)) {
    let mut goes_on = Vec::new();
    let mut ends = Vec::new();
    let mut own = (0, 0);
    for (k, &n) in under_way.iter().chain(&[0]).enumerate() {
        if k == under_way.len() {
            own = (goes_on.len(), ends.len());
        }
        let node = &nodes[n as usize];
        // Both lists are sorted by stem.
        for stem in &class.stems {
            if let Ok(k) = node.stems.binary_search_by_key(stem, |(s, _)| *s) {
                ends.extend(node.stems[k].1.iter().map(|&term| Output {
                    term,
                    words: node.depth + 1,
                }));
            }
        }
        let Some(word) = class.word else {
            continue;
        };
        if let Ok(k) = node.next.binary_search_by_key(&word, |(w, _)| *w) {
            let child = node.next[k].1;
            let c = &nodes[child as usize];
            ends.extend(c.terms.iter().map(|&term| Output {
                term,
                words: c.depth,
            }));
            if c.goes_on() {
                goes_on.push(child);
            }
        }
    }
    (goes_on, ends, own)
}

/// Terms that overlap so much that their machine would pass [`MAX_STEPS`] steps (or, with a
/// vast catalogue of words, more states times classes than 32-bit step keys hold).
#[derive(Debug, Clone, Copy)]
pub struct TooManySteps;

/// The most steps a machine may have (the built-in catalogue's has some 3,000): past it, a
/// catalogue's terms overlap in a way no real one does, and building would take seconds and
/// gigabytes.
pub const MAX_STEPS: usize = 1_000_000;

impl TermMatcher {
    /// The matcher of `terms`; term `i` is reported as `i`. Terms with letters outside ASCII
    /// can never match and are left out, and so are terms of more than [`RING`] words.
    pub fn new(terms: &[Term]) -> Result<TermMatcher, TooManySteps> {
        TermMatcher::build(terms, WORDS_A_STEM_STEPS_FOR, MAX_STEPS)
    }

    /// [`TermMatcher::new`], stems that start more than `words_a_stem_steps_for` catalogue
    /// words stepped on through their own class, and at most `max_steps` steps.
    fn build(
        terms: &[Term],
        words_a_stem_steps_for: usize,
        max_steps: usize,
    ) -> Result<TermMatcher, TooManySteps> {
        let usable = |t: &Term| {
            !t.text.is_empty()
                && t.text
                    .bytes()
                    .all(|b| b == b' ' || b.is_ascii_lowercase() || b.is_ascii_digit())
                && t.text.split(' ').filter(|w| !w.is_empty()).count() <= RING
        };
        let mut word_ids: HashMap<String, u32> = HashMap::new();
        let mut word_list: Vec<String> = Vec::new();
        let mut stem_ids: HashMap<String, u32> = HashMap::new();
        let mut stem_list: Vec<String> = Vec::new();
        let mut nodes: Vec<Node> = vec![Node::default()];
        for (term_id, term) in terms.iter().enumerate() {
            if !usable(term) {
                continue;
            }
            let words: Vec<&str> = term.text.split(' ').filter(|w| !w.is_empty()).collect();
            let Some((last, before)) = words.split_last() else {
                continue;
            };
            let mut node = 0usize;
            let whole = if term.prefix { before } else { &words[..] };
            for w in whole {
                let id = *word_ids.entry(w.to_string()).or_insert_with(|| {
                    word_list.push(w.to_string());
                    (word_list.len() - 1) as u32
                });
                node = match nodes[node].next.iter().find(|(x, _)| *x == id) {
                    Some(&(_, s)) => s as usize,
                    None => {
                        let depth = nodes[node].depth + 1;
                        nodes.push(Node {
                            depth,
                            ..Node::default()
                        });
                        let s = nodes.len() - 1;
                        nodes[node].next.push((id, s as u32));
                        s
                    }
                };
            }
            if term.prefix {
                let stem = *stem_ids.entry(last.to_string()).or_insert_with(|| {
                    stem_list.push(last.to_string());
                    (stem_list.len() - 1) as u32
                });
                match nodes[node].stems.iter_mut().find(|(s, _)| *s == stem) {
                    Some((_, ts)) => ts.push(term_id as u32),
                    None => nodes[node].stems.push((stem, vec![term_id as u32])),
                }
            } else {
                nodes[node].terms.push(term_id as u32);
            }
        }
        for n in &mut nodes {
            n.next.sort_unstable();
            n.stems.sort_unstable_by_key(|(stem, _)| *stem);
        }
        let (stem_bucket, stem_keys) = stem_buckets(&stem_list);
        // The classes: each catalogue word, then each stem (a word outside the catalogue
        // whose longest stem it is), then a word with none.
        let starts_with = |w: &str| -> Vec<u32> {
            let (lo, hi) = key_of(w.as_bytes());
            let p = stem_bucket_of(lo & 0xff_ffff);
            let mut stems: Vec<u32> = stem_keys
                [stem_bucket[p] as usize..stem_bucket[p + 1] as usize]
                .iter()
                .filter(|k| k.starts(w.len(), lo, hi))
                .map(|k| k.id)
                .collect();
            stems.sort_unstable();
            stems
        };
        let mut classes: Vec<Class> = word_list
            .iter()
            .enumerate()
            .map(|(id, w)| Class {
                word: Some(id as u32),
                stems: starts_with(w),
            })
            .collect();
        classes.extend(stem_list.iter().map(|s| Class {
            word: None,
            stems: starts_with(s),
        }));
        classes.push(Class {
            word: None,
            stems: Vec::new(),
        });
        // The classes each node steps on: its words, and those that start with its stems. A
        // stem that starts many catalogue words would make a step for each of them from every
        // state that ends a term with it: those words step on it through the class of their
        // longest stem instead ([`TermMatcher::longest_stem`]), a second lookup at run time.
        let n_words = word_list.len();
        let mut words_with: Vec<usize> = vec![0; stem_list.len()];
        for class in &classes[..n_words] {
            for &s in &class.stems {
                words_with[s as usize] += 1;
            }
        }
        let by_longest = |class: &Class| {
            class
                .stems
                .iter()
                .any(|&s| words_with[s as usize] > words_a_stem_steps_for)
        };
        let mut with_stem: Vec<Vec<u32>> = vec![Vec::new(); stem_list.len()];
        for (c, class) in classes.iter().enumerate() {
            if c < n_words && by_longest(class) {
                continue;
            }
            for &s in &class.stems {
                with_stem[s as usize].push(c as u32);
            }
        }
        let longest_stem: Vec<u32> = classes
            .iter()
            .enumerate()
            .map(|(c, class)| {
                if c >= n_words || !by_longest(class) {
                    return NO_CLASS;
                }
                class
                    .stems
                    .iter()
                    .max_by_key(|&&s| stem_list[s as usize].len())
                    .map_or(NO_CLASS, |&s| (n_words + s as usize) as u32)
            })
            .collect();
        let stepping = |n: u32| -> Vec<u32> {
            let node = &nodes[n as usize];
            let mut cs: Vec<u32> = node.next.iter().map(|&(w, _)| w).collect();
            for (s, _) in &node.stems {
                cs.extend(&with_stem[*s as usize]);
            }
            cs
        };
        // States as lists of nodes under way, found from the start outwards.
        let mut state_ids: HashMap<Vec<u32>, u32> = HashMap::new();
        let mut state_list: Vec<Vec<u32>> = vec![Vec::new()];
        state_ids.insert(Vec::new(), 0);
        let mut outputs: Vec<Output> = Vec::new();
        let mut intern = |list: Vec<u32>, state_list: &mut Vec<Vec<u32>>| -> u32 {
            if let Some(&id) = state_ids.get(&list) {
                return id;
            }
            state_list.push(list.clone());
            let id = (state_list.len() - 1) as u32;
            state_ids.insert(list, id);
            id
        };
        let mut add_step = |goes_on: Vec<u32>,
                            ends: Vec<Output>,
                            own_ends: usize,
                            state_list: &mut Vec<Vec<u32>>,
                            outputs: &mut Vec<Output>| {
            let from = outputs.len();
            let n = ends.len();
            outputs.extend(ends);
            Step::new(intern(goes_on, state_list), from, own_ends, n)
        };
        let mut from_start = Vec::with_capacity(classes.len());
        for class in &classes {
            let (goes_on, ends, _) = step_nodes(&nodes, &[], class);
            from_start.push(
                add_step(goes_on, ends, 0, &mut state_list, &mut outputs).ok_or(TooManySteps)?,
            );
        }
        let mut steps: Vec<((u32, u32), Step)> = Vec::new();
        let mut k = 1;
        while k < state_list.len() {
            let under_way = state_list[k].clone();
            let mut cs: Vec<u32> = under_way.iter().flat_map(|&n| stepping(n)).collect();
            cs.sort_unstable();
            cs.dedup();
            for c in cs {
                let class = &classes[c as usize];
                let (goes_on, ends, (own_goes_on, own_ends)) =
                    step_nodes(&nodes, &under_way, class);
                if own_goes_on == 0 && own_ends == 0 {
                    continue;
                }
                let step = add_step(goes_on, ends, own_ends, &mut state_list, &mut outputs)
                    .ok_or(TooManySteps)?;
                steps.push(((k as u32, c), step));
                if steps.len() > max_steps {
                    return Err(TooManySteps);
                }
            }
            k += 1;
        }
        Ok(TermMatcher {
            words: WordTable::new(&word_list),
            stem_bucket,
            stem_keys,
            n_words: word_list.len() as u32,
            // Empty when no word steps on a stem through its class (the built-in catalogue):
            // the word loop then need not look.
            longest_stem: if longest_stem.iter().all(|&c| c == NO_CLASS) {
                Vec::new()
            } else {
                longest_stem
            },
            none: from_start.len() as u32 - 1,
            steps: StepTable::new(from_start, &steps, state_list.len()).ok_or(TooManySteps)?,
            outputs,
        })
    }

    /// The class of a word outside the catalogue whose key is `(lo, hi)`: that of the
    /// longest stem it starts with, or of none.
    #[inline]
    fn stem_class(&self, len: usize, lo: u64, hi: u64) -> u32 {
        let p = stem_bucket_of(lo & 0xff_ffff);
        let (a, b) = (
            self.stem_bucket[p] as usize,
            self.stem_bucket[p + 1] as usize,
        );
        let mut best: Option<&StemKey> = None;
        for k in &self.stem_keys[a..b] {
            if k.starts(len, lo, hi) && best.is_none_or(|b| k.len > b.len) {
                best = Some(k);
            }
        }
        match best {
            Some(k) => self.n_words + k.id,
            None => self.none,
        }
    }

    /// Every term occurrence in `text`, by start and, for one start, by end (the terms of one
    /// span in no particular order). A whole term ends where its last word does; a term ending
    /// in a stem ends where the word that the stem starts does. `text` must be shorter than
    /// 4 GB.
    pub fn find<'s>(&self, text: &str, scratch: &'s mut Scratch) -> &'s [Hit] {
        let has_other = mark_word_bytes(text, &mut scratch.ascii, &mut scratch.other);
        let Scratch {
            ascii,
            other,
            found: out,
        } = scratch;
        out.clear();
        // Two loops: most texts have no letters outside ASCII, and theirs need not look.
        if has_other {
            self.find_in::<true>(text.as_bytes(), ascii, other, out);
        } else {
            self.find_in::<false>(text.as_bytes(), ascii, ascii, out);
        }
        drop_web_addresses(text, out);
        out
    }

    /// [`TermMatcher::find`] over the words of `words` (a bitmap of [`mark_word_bytes`]),
    /// `ascii` marking their ASCII letters and digits; `OTHER` when they are not all of them.
    #[inline(always)]
    fn find_in<const OTHER: bool>(
        &self,
        bytes: &[u8],
        ascii: &[u64],
        words: &[u64],
        out: &mut Vec<Hit>,
    ) {
        let n = bytes.len();
        let none = self.none;
        let mut state = 0u32;
        let mut starts = [0u32; RING];
        let mut w = 0usize;
        let mut spans = Spans::new(words, n);
        while let Some((start, end)) = spans.next() {
            let (raw_lo, raw_hi) = load16(bytes, start);
            // Its ASCII letters end at the first byte outside ASCII, if any: seen in the
            // bytes just loaded unless the word is longer.
            let mut len = end - start;
            if OTHER {
                let k = len.min(KEY_BYTES);
                let high_lo = raw_lo & low_bytes(k) & HIGH;
                let high_hi = raw_hi & low_bytes(k.saturating_sub(8)) & HIGH;
                if high_lo != 0 {
                    len = (high_lo.trailing_zeros() / 8) as usize;
                } else if high_hi != 0 {
                    len = 8 + (high_hi.trailing_zeros() / 8) as usize;
                } else if len > KEY_BYTES {
                    len = next_clear_bit(ascii, start).unwrap_or(n).min(end) - start;
                }
            }
            let class = if OTHER && len == 0 {
                none
            } else {
                let (lo, hi) = key_from(raw_lo, raw_hi, len);
                let word = if !OTHER || start + len == end {
                    self.words.get(&bytes[start..end], lo, hi)
                } else {
                    None
                };
                match word {
                    Some(id) => id,
                    None => self.stem_class(len, lo, hi),
                }
            };
            starts[w % RING] = start as u32;
            let at = self.steps.index(state, class);
            // Terms under way that end with a stem of a word none of them goes on with, when
            // the word has no step of its own for them.
            if !self.longest_stem.is_empty()
                && at == class as usize
                && let Some(&stem) = self.longest_stem.get(class as usize)
                && stem != NO_CLASS
                && let Some(s) = self.steps.own(state, stem)
            {
                let ended = &self.outputs[s.from()..s.own_to()];
                write_ends(ended, &starts, w, end as u32, out);
            }
            let step = self.steps.steps[at];
            write_ends(
                &self.outputs[step.from()..step.to()],
                &starts,
                w,
                end as u32,
                out,
            );
            state = step.next();
            w += 1;
        }
    }
}

/// The stems (by id) as [`StemKey`]s in buckets by the first three letters of the words they
/// can start: `(bucket starts, keys)`, see [`TermMatcher::stem_bucket`].
fn stem_buckets(stem_list: &[String]) -> (Vec<u32>, Vec<StemKey>) {
    let mut buckets: Vec<Vec<StemKey>> = vec![Vec::new(); STEM_BUCKETS];
    for (id, stem) in stem_list.iter().enumerate() {
        let b = stem.as_bytes();
        if b.len() > KEY_BYTES {
            // Longer than a key: never a prefix of what a key holds. (None in the
            // catalogue; such a stem is left out rather than half-checked.)
            continue;
        }
        let (lo, hi) = key_of(b);
        let key = StemKey {
            lo,
            hi,
            mask_lo: low_bytes(b.len()),
            mask_hi: low_bytes(b.len().saturating_sub(8)),
            len: b.len() as u32,
            id: id as u32,
        };
        // Under the first three letters of every word it can start: its own, or for a
        // shorter stem, itself (a word as short) and each letter or digit after it.
        let mut firsts = vec![lo & 0xff_ffff];
        let mut longer = firsts.clone();
        for k in b.len()..3 {
            longer = longer
                .iter()
                .flat_map(|f| {
                    (b'a'..=b'z')
                        .chain(b'0'..=b'9')
                        .map(move |c| f | u64::from(c) << (8 * k))
                })
                .collect();
            firsts.extend(&longer);
        }
        let mut homes: Vec<usize> = firsts.into_iter().map(stem_bucket_of).collect();
        homes.sort_unstable();
        homes.dedup();
        for h in homes {
            buckets[h].push(key);
        }
    }
    let mut stem_bucket = Vec::with_capacity(buckets.len() + 1);
    let mut stem_keys = Vec::new();
    for b in &buckets {
        stem_bucket.push(stem_keys.len() as u32);
        stem_keys.extend_from_slice(b);
    }
    stem_bucket.push(stem_keys.len() as u32);
    (stem_bucket, stem_keys)
}

/// Adds the terms `ended` by word `w`, which ends at `end`, to `found`, each from the start
/// of its first word (kept in `starts` for the last [`RING`] words).
#[inline(always)]
fn write_ends(ended: &[Output], starts: &[u32; RING], w: usize, end: u32, found: &mut Vec<Hit>) {
    for o in ended {
        let start = starts[(w + RING + 1 - o.words as usize) % RING];
        insert_sorted(
            found,
            Hit {
                start,
                end,
                term: o.term,
            },
        );
    }
}

/// Adds `m` to `found`, kept sorted by start and end: a term of several words is found at its
/// last word, after shorter terms that start later, so it moves back past those few.
#[inline]
fn insert_sorted(found: &mut Vec<Hit>, m: Hit) {
    match found.last() {
        Some(last) if (last.start, last.end) > (m.start, m.end) => {}
        _ => return found.push(m),
    }
    let mut at = found.len() - 1;
    while at > 0 && (found[at - 1].start, found[at - 1].end) > (m.start, m.end) {
        at -= 1;
    }
    found.insert(at, m);
}

/// Whether the character at byte `i` (outside ASCII) is a letter or digit, and its length.
#[inline(never)]
fn char_at(text: &str, i: usize) -> (bool, usize) {
    let ch = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    (is_alphanumeric(ch), ch.len_utf8())
}

/// [`char::is_alphanumeric`], answered at once for what policy text holds most outside ASCII:
/// typographic punctuation (`’ “ ” — •`, no-break spaces) and Latin letters with accents. The
/// Unicode tables cost some 500 instructions a character.
fn is_alphanumeric(ch: char) -> bool {
    match u32::from(ch) {
        // General Punctuation: spaces, dashes, quotes, bullets; not a letter among them.
        0x2000..=0x206f => false,
        // Latin-1 signs, except ª ² ³ µ ¹ º ¼ ½ ¾.
        0xa0..=0xbf => matches!(
            u32::from(ch),
            0xaa | 0xb2 | 0xb3 | 0xb5 | 0xb9 | 0xba | 0xbc..=0xbe
        ),
        // Latin letters with accents, except × and ÷.
        0xc0..=0x24f => !matches!(u32::from(ch), 0xd7 | 0xf7),
        _ => ch.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `m` finds in `text`, as (start, end, term), in the order found.
    fn found(m: &TermMatcher, text: &str) -> Vec<(usize, usize, u32)> {
        m.find(text, &mut Scratch::default())
            .iter()
            .map(|h| (h.start(), h.end(), h.term))
            .collect()
    }

    fn matches(terms: &[&str], text: &str) -> Vec<(u32, String)> {
        let terms: Vec<Term> = terms.iter().filter_map(|t| Term::parse(t)).collect();
        let m = TermMatcher::new(&terms).unwrap();
        let mut found = found(&m, text);
        // By start, then end; terms of one span in no particular order.
        assert!(found.is_sorted_by_key(|&(s, e, _)| (s, e)), "{found:?}");
        found.sort_unstable();
        found
            .into_iter()
            .map(|(s, e, t)| (t, text[s..e].to_string()))
            .collect()
    }

    #[test]
    fn words_of_web_addresses_are_no_terms() {
        let terms = &["ads", "personalized ads", "opt out", "partners", "visit"];
        let text = "Visit https://example.com/personalized-ads or www.aboutads.info/opt-out (partners) \
            and http://www.x.org/partners, then opt out; ads and partners here count.";
        let got: Vec<String> = matches(terms, text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(got, vec!["Visit", "partners", "opt out", "ads", "partners"]);
    }

    /// The words of `text` (runs of letters and digits), character by character: what the
    /// fast word finder must agree with.
    fn slow_words(text: &str) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, text.len()));
        }
        words
    }

    /// Every term at every word, the slow way: what the machine must agree with (for text in
    /// ASCII).
    fn naive(terms: &[Term], text: &str) -> Vec<(usize, usize, u32)> {
        let words = slow_words(text);
        let mut found = Vec::new();
        for (t, term) in terms.iter().enumerate() {
            let parts: Vec<&str> = term.text.split(' ').collect();
            for first in 0..words.len() {
                let Some(span) = words.get(first..first + parts.len()) else {
                    continue;
                };
                let fits = parts
                    .iter()
                    .zip(span)
                    .enumerate()
                    .all(|(k, (part, &(s, e)))| {
                        let word = text[s..e].to_ascii_lowercase();
                        if term.prefix && k + 1 == parts.len() {
                            word.starts_with(part)
                        } else {
                            word == *part
                        }
                    });
                if fits {
                    found.push((span[0].0, span[span.len() - 1].1, t as u32));
                }
            }
        }
        found.sort_unstable();
        found
    }

    #[test]
    fn the_machine_agrees_with_matching_every_term_everywhere() {
        // A few words, so that terms overlap, nest and share beginnings and ends.
        const WORDS: [&str; 8] = ["we", "do", "not", "sell", "selling", "your", "data", "no"];
        let mut seed = 7u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % m
        };
        for _ in 0..300 {
            let terms: Vec<Term> = (0..1 + next(12))
                .filter_map(|_| {
                    let n = 1 + next(4);
                    let mut t: Vec<String> = (0..n)
                        .map(|_| WORDS[next(WORDS.len())].to_string())
                        .collect();
                    if next(3) == 0 {
                        let last = t.last_mut()?;
                        last.truncate(1 + next(last.len()));
                        last.push('*');
                    }
                    Term::parse(&t.join(" "))
                })
                .collect();
            let text: Vec<&str> = (0..next(40))
                .map(|_| match next(10) {
                    0 => ", ",
                    1 => "SELL",
                    _ => WORDS[next(WORDS.len())],
                })
                .collect();
            let text = text.join(" ");
            // Both ways a catalogue word can end terms under way by a stem: a step of its
            // own, or through the stem's class.
            for limit in [WORDS_A_STEM_STEPS_FOR, 0] {
                let m = TermMatcher::build(&terms, limit, MAX_STEPS).unwrap();
                let mut got = found(&m, &text);
                assert!(got.is_sorted_by_key(|&(s, e, _)| (s, e)), "{got:?}");
                got.sort_unstable();
                let terms_text: Vec<String> = terms
                    .iter()
                    .map(|t| format!("{}{}", t.text, if t.prefix { "*" } else { "" }))
                    .collect();
                assert_eq!(
                    got,
                    naive(&terms, &text),
                    "limit {limit}, terms {terms_text:?} in {text:?}"
                );
            }
        }
    }

    /// `n` terms of each pattern, `{k}` numbering them.
    fn two_families(n: usize, first: &str, second: &str) -> Vec<Term> {
        (0..n)
            .flat_map(|k| [first, second].map(|p| p.replace("{k}", &k.to_string())))
            .filter_map(|t| Term::parse(&t))
            .collect()
    }

    #[test]
    fn a_stem_of_many_catalogue_words_does_not_multiply_the_steps() {
        // 400 terms end with `e*` after a word of their own, and 400 catalogue words start
        // with `e`: a step from each of the first for each of the second would be 160,000.
        let terms = two_families(400, "w{k} e*", "e{k} z");
        let m = TermMatcher::new(&terms).unwrap();
        let steps = m.steps.keys.iter().filter(|&&k| k != u32::MAX).count();
        assert!(steps < 2_000, "{steps} steps");
        let text = "w7 e123 z, w8 ex";
        let mut got = found(&m, text);
        got.sort_unstable();
        assert_eq!(got, naive(&terms, text));
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn every_step_is_found_and_no_other() {
        let step = |next| Step::new(next, 0, 0, 0).unwrap();
        let (states, classes) = (700u32, 1000u32);
        // Pseudo-random (state, class) pairs, some states with many classes, as the built-in
        // catalogue's machine has.
        let mut x = 12345u64;
        let mut pairs = std::collections::BTreeSet::new();
        while pairs.len() < 3000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let state = 1 + (x >> 33) as u32 % (states - 1);
            let class = (x >> 13) as u32 % if state.is_multiple_of(7) { 20 } else { classes };
            pairs.insert((state, class));
        }
        let steps: Vec<((u32, u32), Step)> = pairs
            .iter()
            .enumerate()
            .map(|(k, &p)| (p, step(k as u32 + 1)))
            .collect();
        let start: Vec<Step> = (0..classes).map(|c| step(100_000 + c)).collect();
        let t = StepTable::new(start, &steps, states as usize).unwrap();
        for (k, &(state, class)) in pairs.iter().enumerate() {
            assert_eq!(t.own(state, class).map(|s| s.next()), Some(k as u32 + 1));
        }
        for state in 0..states {
            for class in (0..classes).step_by(37) {
                let next = t.steps[t.index(state, class)].next();
                if !pairs.contains(&(state, class)) {
                    assert_eq!(next, 100_000 + class, "({state}, {class})");
                }
            }
        }
        // Keys of 32 bits: (state, class) pairs past that are refused.
        let some = vec![Step::default(); 70_000];
        assert!(StepTable::new(some.clone(), &[], 70_000).is_none());
        assert!(StepTable::new(some, &[], 60_000).is_some());
    }

    #[test]
    fn the_step_table_fills_to_four_fifths() {
        // 3,270 keys: the smallest table at most four fifths full is 4,096 slots, and they
        // must fit it, not double it.
        let mut x = 99u64;
        let mut pairs = std::collections::BTreeSet::new();
        while pairs.len() < 3270 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            pairs.insert((1 + (x >> 33) as u32 % 2000, (x >> 13) as u32 % 500));
        }
        let steps: Vec<((u32, u32), Step)> = pairs
            .iter()
            .enumerate()
            .map(|(k, &p)| (p, Step::new(k as u32 + 1, 0, 0, 0).unwrap()))
            .collect();
        let start = vec![Step::default(); 500];
        let t = StepTable::new(start, &steps, 2001).unwrap();
        assert_eq!(t.keys.len(), 4096);
        for (k, &(state, class)) in pairs.iter().enumerate() {
            assert_eq!(t.own(state, class).map(|s| s.next()), Some(k as u32 + 1));
        }
    }

    #[test]
    fn terms_that_overlap_too_much_are_refused() {
        // Each of the states after "xK we" goes on with every "we wJ": 100 × 100 steps.
        let terms = two_families(100, "we w{k}", "x{k} we zz");
        assert!(TermMatcher::build(&terms, WORDS_A_STEM_STEPS_FOR, 5_000).is_err());
        assert!(TermMatcher::build(&terms, WORDS_A_STEM_STEPS_FOR, 50_000).is_ok());
    }

    #[test]
    fn whole_words_and_stems() {
        assert_eq!(
            matches(&["it", "sell", "selling", "sell*"], "with it Selling sells"),
            vec![
                (0, "it".into()),
                (2, "Selling".into()),
                (3, "Selling".into()),
                (3, "sells".into())
            ]
        );
    }

    #[test]
    fn terms_of_several_words_and_separator_runs() {
        assert_eq!(
            matches(
                &["don't", "personal information", "personal", "third part*"],
                "Don’t share personal —\ninformation with third-parties"
            ),
            vec![
                (0, "Don’t".into()),
                (2, "personal".into()),
                (1, "personal —\ninformation".into()),
                (3, "third-parties".into())
            ]
        );
    }

    #[test]
    fn letters_outside_ascii() {
        assert_eq!(matches(&["caf*"], "cafés"), vec![(0, "cafés".into())]);
        assert!(matches(&["caf"], "café").is_empty());
        assert!(matches(&["ab"], "\u{e9}ab").is_empty());
        assert!(matches(&["caf policy"], "café policy").is_empty());
        assert!(matches(&["é"], "é").is_empty());
        assert_eq!(matches(&["ab"], "   AB").len(), 1);
        let _ = matches(&["ab"], "\u{1f600}ab ab \u{300}");
    }

    #[test]
    fn long_words_and_short_stems() {
        let long = "x".repeat(30);
        assert_eq!(matches(&[&long], &format!("a {long} b")).len(), 1);
        assert!(matches(&[&long], &format!("{long}y")).is_empty());
        assert_eq!(matches(&["ad*"], "Ads"), vec![(0, "Ads".into())]);
        assert_eq!(matches(&["a*"], "apple b"), vec![(0, "apple".into())]);
        assert!(matches(&["a*"], "b").is_empty());
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x = u64::from(b) << (8 * lane) | 0x2020_2020_2020_2020 & !(0xff << (8 * lane));
                let (word, high) = word_bytes(x);
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(
                    word & bit != 0,
                    b.is_ascii_alphanumeric(),
                    "{b:#x} in lane {lane}"
                );
                assert_eq!(high & bit != 0, b >= 128, "{b:#x} in lane {lane}");
                // The spaces around it are neither.
                assert_eq!(word & !bit, 0);
            }
        }
        let t = "  ,; Hello-World42 café x\u{2019}s Ünd";
        let (mut ascii, mut other) = (Vec::new(), Vec::new());
        assert!(mark_word_bytes(t, &mut ascii, &mut other));
        for (k, c) in t.char_indices() {
            for b in k..k + c.len_utf8() {
                let (a, o) = (ascii[b / 64] >> (b % 64) & 1, other[b / 64] >> (b % 64) & 1);
                assert_eq!(a == 1, c.is_ascii_alphanumeric(), "{c:?}");
                assert_eq!(o == 1, c.is_alphanumeric(), "{c:?}");
            }
        }
        assert!(!mark_word_bytes("plain ascii text", &mut ascii, &mut other));
        // Quotes, dashes and spaces outside ASCII make no words.
        assert!(!mark_word_bytes(
            "don\u{2019}t \u{201c}share\u{201d} \u{2014}\u{a0}x",
            &mut ascii,
            &mut other
        ));
        let bits = [0b1011_0000u64, 0, 1];
        assert_eq!(next_clear_bit(&bits, 0), Some(0));
        assert_eq!(next_clear_bit(&bits, 4), Some(6));
        assert_eq!(next_clear_bit(&bits, 128), Some(129));
        assert_eq!(next_clear_bit(&[u64::MAX, u64::MAX], 3), None);
        assert_eq!(next_clear_bit(&bits, 200), None);
    }

    /// A term of several words is found at its last word, after the shorter terms inside it;
    /// it is still reported first, by its start.
    #[test]
    fn long_terms_found_last_still_come_first() {
        assert_eq!(
            matches(
                &["we will not sell", "will", "not", "sell*"],
                "We will not sell it"
            ),
            vec![
                (0, "We will not sell".into()),
                (1, "will".into()),
                (2, "not".into()),
                (3, "sell".into())
            ]
        );
    }

    /// Words across the edges of 64-byte blocks, runs of separators, a word to the end.
    #[test]
    fn spans_agree_with_a_byte_by_byte_scan() {
        let mut texts: Vec<String> = Vec::new();
        for len in [0, 1, 63, 64, 65, 127, 128, 129, 200] {
            texts.push("a".repeat(len));
            texts.push(" ".repeat(len));
            texts.push("ab ".repeat(len / 3 + 1)[..len].to_string());
            texts.push(format!("{}{}", " ".repeat(len), "word"));
            texts.push(format!("{}x{}", "y".repeat(len), " ".repeat(len % 7)));
        }
        texts.push("Don’t  share —\npersonal, café-data; ÜBER 42x ".repeat(9));
        for t in &texts {
            let (mut ascii, mut other) = (Vec::new(), Vec::new());
            let has_other = mark_word_bytes(t, &mut ascii, &mut other);
            let map = if has_other { &other } else { &ascii };
            let mut spans = Spans::new(map, t.len());
            let mut got = Vec::new();
            while let Some(span) = spans.next() {
                got.push(span);
            }
            assert_eq!(got, slow_words(t), "{t:?}");
        }
    }

    #[test]
    fn quick_answers_agree_with_unicode() {
        for c in (0x80..0x300)
            .chain(0x2000..0x2100)
            .filter_map(char::from_u32)
        {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn odd_input() {
        assert!(matches(&["a"], "").is_empty());
        assert!(matches(&[], "anything").is_empty());
        assert_eq!(matches(&["a b"], "a b").len(), 1);
        assert!(matches(&["a b"], "a").is_empty());
    }
}
