//! Styles, with and without colour. Without colour (`NO_COLOR`), every distinction is still
//! visible: matches reversed, clauses underlined with a gutter mark, headings bold.

use ratatui::style::{Color, Modifier, Style};

use crate::clauses::Valence;
use crate::corpus::sanitize::is_safe_char;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn matched(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn valence(&self, v: Valence) -> Style {
        if self.color {
            Style::new().fg(match v {
                Valence::Good => Color::Green,
                Valence::Bad => Color::Red,
                Valence::Neutral => Color::Yellow,
            })
        } else {
            Style::new()
        }
    }

    /// A clause sentence in the reader.
    pub fn clause(&self, v: Valence) -> Style {
        if self.color {
            self.valence(v)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// The words that made a clause fire, in the clause under the cursor.
    pub fn trigger(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn heading(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn company(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn topic(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Yellow)
        } else {
            Style::new()
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn cursor_line(&self) -> Style {
        if self.color {
            Style::new().bg(Color::Indexed(236))
        } else {
            Style::new()
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, true) => Style::new().fg(Color::DarkGray),
            (false, false) => Style::new(),
        }
    }

    pub fn key(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn error(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
}

/// Text from files, made safe to draw: anything that is not a plain printable character
/// (left by a bug upstream, or never sanitized) is shown as a replacement character.
pub fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(is_safe_char) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(
            text.chars()
                .map(|c| if is_safe_char(c) { c } else { '\u{FFFD}' })
                .collect(),
        )
    }
}
