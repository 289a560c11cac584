//! Inline text being gathered into a block, with what the readers need to spot headings: whether
//! all of it was bold, and whether it opened with a bold run-in lead.

use crate::corpus::layout::{Block, BlockKind};
use crate::corpus::sanitize::{clean_inline, is_ascii_space};

#[derive(Default)]
pub struct Inline {
    pub text: String,
    /// Whether any visible (non-space) character came in bold, and any outside bold.
    any_bold: bool,
    any_plain: bool,
    /// Bytes of bold text at the very start, while nothing else has been seen.
    lead: Option<usize>,
    lead_open: bool,
    /// Whether `text` holds anything but whitespace (kept, not searched for: the parser hands
    /// a paragraph over in many small pieces).
    any_visible: bool,
}

/// Whether `s` holds a character that is not whitespace. Stops at the first one, nearly
/// always the first byte.
fn has_visible(s: &str) -> bool {
    for (i, b) in s.bytes().enumerate() {
        if b >= 0x80 {
            // Every byte before was ASCII, so `i` starts a character.
            return s
                .get(i..)
                .is_some_and(|rest| rest.chars().any(|c| !c.is_whitespace()));
        }
        if !is_ascii_space(b) {
            return true;
        }
    }
    false
}

impl Inline {
    pub fn push(&mut self, s: &str, bold: bool) {
        let visible = has_visible(s);
        if bold {
            self.any_bold |= visible;
        } else {
            self.any_plain |= visible;
        }
        if visible && !self.any_visible {
            self.lead_open = bold;
        }
        self.any_visible |= visible;
        self.text.push_str(s);
    }

    /// Marks the start of a bold run, remembering whether it opens the block.
    pub fn open_bold(&mut self) {
        if !self.any_visible {
            self.lead_open = true;
        }
    }

    /// Marks the end of the outermost bold run.
    pub fn close_bold(&mut self) {
        if self.lead_open && self.lead.is_none() {
            self.lead = Some(self.text.len());
        }
        self.lead_open = false;
    }

    pub fn is_empty(&self) -> bool {
        !self.any_visible
    }

    pub fn take(&mut self, kind: BlockKind) -> Option<Block> {
        let inline = std::mem::take(self);
        if !inline.any_visible {
            return None;
        }
        let bold = inline.any_bold && !inline.any_plain;
        let mut block = Block::new(kind, &inline.text).bold(bold);
        if !bold && let Some(lead_raw) = inline.lead {
            // Locate the lead in the cleaned text by its cleaned form.
            let lead = clean_inline(&inline.text[..lead_raw]);
            if block.text.starts_with(&lead) {
                block.run_in = lead.len();
            }
        }
        Some(block)
    }
}
