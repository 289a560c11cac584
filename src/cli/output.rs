//! Terminal styling for command output. Colour only when writing to a terminal (or asked), never
//! with `NO_COLOR`; policy text is sanitized before it is styled, so a file cannot smuggle
//! escape sequences through our own.

use std::io::IsTerminal;
use std::ops::Range;

use super::ColorChoice;
use crate::corpus::sanitize::sanitize;
pub use crate::format::{hits_summary, human_bytes, plural, thousands};

#[derive(Debug, Clone, Copy)]
pub struct Styles {
    pub color: bool,
}

fn enabled(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

impl Styles {
    pub fn for_stdout(choice: ColorChoice) -> Styles {
        Styles {
            color: enabled(choice, std::io::stdout().is_terminal()),
        }
    }

    pub fn for_stderr(choice: ColorChoice) -> Styles {
        Styles {
            color: enabled(choice, std::io::stderr().is_terminal()),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        let text = sanitize(text);
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.into_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint("1;36", text)
    }

    pub fn company(&self, text: &str) -> String {
        self.paint("1;35", text)
    }

    pub fn error(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint("1;33", text)
    }

    /// Words struck out, in a diff.
    pub fn removed(&self, text: &str) -> String {
        self.paint("31", text)
    }

    /// Words written in, in a diff.
    pub fn added(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn topic(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn good(&self, text: &str) -> String {
        self.valence(crate::clauses::Valence::Good, text)
    }

    pub fn bad(&self, text: &str) -> String {
        self.valence(crate::clauses::Valence::Bad, text)
    }

    /// Valence colours: green good, red bad, yellow neutral.
    pub fn valence(&self, v: crate::clauses::Valence, text: &str) -> String {
        use crate::clauses::Valence;
        let code = match v {
            Valence::Good => "32",
            Valence::Bad => "31",
            Valence::Neutral => "33",
        };
        self.paint(code, text)
    }

    /// The valence mark (✓ ✗ •) in its colour.
    pub fn valence_mark(&self, v: crate::clauses::Valence) -> String {
        self.valence(v, &v.mark().to_string())
    }

    /// `text` with the byte `ranges` emphasized (bold reverse); without colour, the text as is.
    pub fn highlighted(&self, text: &str, ranges: &[Range<usize>]) -> String {
        if !self.color || ranges.is_empty() {
            return sanitize(text).into_owned();
        }
        let mut out = String::with_capacity(text.len() + ranges.len() * 12);
        let mut pos = 0;
        for r in ranges {
            let (start, end) = (r.start.max(pos), r.end.min(text.len()));
            if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            out.push_str(&sanitize(&text[pos..start]));
            out.push_str("\x1b[1;7m");
            out.push_str(&sanitize(&text[start..end]));
            out.push_str("\x1b[0m");
            pos = end;
        }
        out.push_str(&sanitize(&text[pos..]));
        out
    }
}

/// The domain to show beside a company name, unless the name is the domain already.
pub fn domain_note<'a>(company: &str, domain: Option<&'a str>) -> Option<&'a str> {
    domain.filter(|d| !company.eq_ignore_ascii_case(d))
}

/// True for the error a closed pipe gives (`policytui search x | head`): not worth a message.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.to_string().contains("Broken pipe")
    })
}

/// A progress bar on stderr with policytui's look; `what` goes before the bar, `after` after
/// the count (indicatif template syntax).
pub fn progress_bar(len: u64, what: &str, after: &str) -> indicatif::ProgressBar {
    let b = indicatif::ProgressBar::with_draw_target(
        Some(len),
        indicatif::ProgressDrawTarget::stderr(),
    );
    b.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {what} [{{bar:30}}] {{pos}}/{{len}} {after}"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    b.enable_steady_tick(std::time::Duration::from_millis(120));
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_text_cannot_inject_escapes() {
        let s = Styles { color: true };
        let first = 0..1;
        let out = s.highlighted("a\x1b]52;c;ZXZpbA==\x07b", std::slice::from_ref(&first));
        assert!(!out.contains("\x1b]"));
        assert!(out.contains('␛'));
        let plain = Styles { color: false };
        assert_eq!(plain.bold("x\x1b[2Jy"), "x␛[2Jy");
    }
}
