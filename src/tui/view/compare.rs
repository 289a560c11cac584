//! The comparison: one topic, side by side across companies.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::list::fit;
use super::pane_block;
use super::theme::{Theme, safe};
use crate::clauses::ClauseMatch;
use crate::tui::app::App;
use crate::tui::layout::compare_columns;

/// Adds to `title` the longest of `tellings` (longest first) that fits a frame `width` wide.
fn push_fitting(title: &mut String, tellings: &[String], width: u16) {
    let room = usize::from(width.saturating_sub(4));
    let w = crate::tui::wrap::text_width;
    if let Some(t) = tellings.iter().find(|t| w(title) + w(t) <= room) {
        title.push_str(t);
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(view) = &app.compare else {
        return;
    };
    let label = crate::corpus::TopicTable::builtin().label(&view.topic);
    let visible = compare_columns(app).min(view.columns.len().max(1));
    // One company's versions side by side, or companies.
    let one_company = view.columns.len() > 1
        && view
            .columns
            .iter()
            .all(|c| c.company == view.columns[0].company);
    let what = if one_company { "versions" } else { "companies" };
    let mut title = format!(
        " {label} — {what} {}–{} of {} ",
        (view.first + 1).min(view.columns.len()),
        (view.first + visible).min(view.columns.len()),
        view.columns.len()
    );
    if view.left_out > 0 {
        // The longest telling that fits the frame's top edge: cut, its end (how to bring the
        // others in) was lost at 80 columns.
        let n = view.left_out;
        let tellings = if view.unloaded {
            vec![
                format!("· {n} more not compared: G in the list loads their hits "),
                format!("· {n} more not compared: G loads them "),
                format!("· {n} more: G loads them "),
                format!("· {n} more "),
            ]
        } else {
            let most = crate::tui::app::COMPARE_LIMIT;
            vec![
                format!("· {n} more not compared: at most {most} side by side "),
                format!("· {n} more not compared "),
                format!("· {n} more "),
            ]
        };
        push_fitting(&mut title, &tellings, area.width);
    }
    if view.without_topic > 0 {
        let n = view.without_topic;
        let tellings = [
            format!("· {n} without a section on it "),
            format!("· {n} without one "),
        ];
        push_fitting(&mut title, &tellings, area.width);
    }
    let outer = pane_block(Line::from(title), true, theme);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    if view.columns.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                "no company has a section on this topic",
                theme.dim(),
            )),
            inner,
        );
        return;
    }
    let constraints = vec![Constraint::Ratio(1, visible as u32); visible];
    let rects = Layout::horizontal(constraints).split(inner);
    for (rect, column) in rects.iter().zip(view.columns.iter().skip(view.first)) {
        let name = match &column.archived {
            Some(date) => format!(" {} {} ", safe(&column.company), safe(date)),
            None => format!(" {} ", safe(&column.company)),
        };
        let title = Line::from(Span::styled(
            fit(&name, rect.width.saturating_sub(2) as usize),
            theme.company(),
        ));
        let block = pane_block(title, false, theme);
        let mut lines = Vec::new();
        // The clauses these sections hold, marked as in the reader's gutter.
        if !column.kinds.is_empty() {
            let mut spans = Vec::new();
            for (kind, valence) in &column.kinds {
                // A no-break space keeps a mark on the line of its kind when the row wraps.
                spans.push(Span::styled(
                    format!("{}\u{a0}{kind}  ", valence.mark()),
                    theme.valence(*valence),
                ));
            }
            lines.push(Line::from(spans));
        }
        if column.sections.is_empty() {
            lines.push(Line::from(Span::styled(
                format!("no section on {} in this version", label.to_lowercase()),
                theme.dim(),
            )));
        }
        for section in &column.sections {
            lines.push(Line::from(Span::styled(
                safe(&section.heading).into_owned(),
                theme.heading(),
            )));
            let mut at = 0;
            for para in section.text.split('\n') {
                lines.push(coloured(para, at, &section.clauses, theme));
                at += para.len() + 1;
            }
        }
        let scroll = view.scroll.min(u16::MAX as usize) as u16;
        frame.render_widget(
            Paragraph::new(lines)
                .block(block)
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            *rect,
        );
    }
}

/// A paragraph (starting at byte `at` of its section) with its clauses in their valence's
/// colour and the words that fired them marked, as the reader shows them.
fn coloured<'a>(para: &'a str, at: usize, clauses: &[ClauseMatch], theme: &Theme) -> Line<'a> {
    let end = at + para.len();
    // Where the style may change, inside the paragraph.
    let mut cuts = vec![at, end];
    for c in clauses.iter().filter(|c| c.start < end && c.end > at) {
        cuts.extend([c.start, c.end]);
        cuts.extend(c.trigger_spans.iter().flat_map(|r| [r.start, r.end]));
    }
    cuts.retain(|&k| k >= at && k <= end && para.is_char_boundary(k - at));
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = cuts
        .windows(2)
        .map(|w| {
            let (from, to) = (w[0], w[1]);
            let clause = clauses.iter().find(|c| c.start <= from && to <= c.end);
            let mut style =
                clause.map_or_else(ratatui::style::Style::new, |c| theme.clause(c.valence));
            if clause.is_some_and(|c| {
                c.trigger_spans
                    .iter()
                    .any(|r| r.start <= from && to <= r.end)
            }) {
                style = style.patch(theme.trigger());
            }
            Span::styled(safe(&para[from - at..to - at]).into_owned(), style)
        })
        .collect();
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::detector;

    #[test]
    fn clauses_are_coloured_and_their_triggers_marked() {
        let text = "Intro.\nWe will never sell your data. We may share it with partners.";
        let clauses = detector().detect(text);
        assert!(!clauses.is_empty());
        let theme = Theme { color: true };
        let para = &text[7..];
        let line = coloured(para, 7, &clauses, &theme);
        let joined: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(joined, para, "nothing lost or repeated");
        let sell = line.spans.iter().find(|s| s.content == "sell");
        assert!(
            sell.is_some_and(|s| s.style
                == theme
                    .clause(crate::clauses::Valence::Good)
                    .patch(theme.trigger())),
            "{line:?}"
        );
        // Outside every clause, plain.
        let intro = coloured(&text[..6], 0, &clauses, &theme);
        assert_eq!(intro.spans.len(), 1);
        assert_eq!(intro.spans[0].style, ratatui::style::Style::new());
    }
}
