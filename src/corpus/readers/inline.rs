//! Inline text being gathered into a block, with what the readers need to spot headings: whether
//! all of it was bold, and whether it opened with a bold run-in lead.

use crate::corpus::layout::{Block, BlockKind};
use crate::corpus::sanitize::{clean_inline, is_ascii_space};

#[derive(Default)]
pub struct Inline {
    pub text: String,
    bold_chars: usize,
    plain_chars: usize,
    /// Bytes of bold text at the very start, while nothing else has been seen.
    lead: Option<usize>,
    lead_open: bool,
}

impl Inline {
    pub fn push(&mut self, s: &str, bold: bool) {
        let visible = if s.is_ascii() {
            s.bytes().filter(|&b| !is_ascii_space(b)).count()
        } else {
            s.chars().filter(|c| !c.is_whitespace()).count()
        };
        if bold {
            self.bold_chars += visible;
        } else {
            self.plain_chars += visible;
        }
        if self.text.trim().is_empty() && visible > 0 {
            self.lead_open = bold;
        }
        self.text.push_str(s);
    }

    /// Marks the start of a bold run, remembering whether it opens the block.
    pub fn open_bold(&mut self) {
        if self.text.trim().is_empty() {
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
        self.text.trim().is_empty()
    }

    pub fn take(&mut self, kind: BlockKind) -> Option<Block> {
        let inline = std::mem::take(self);
        if inline.text.trim().is_empty() {
            return None;
        }
        let bold = inline.bold_chars > 0 && inline.plain_chars == 0;
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
