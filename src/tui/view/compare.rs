//! The comparison: one topic, side by side across companies.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::list::fit;
use super::pane_block;
use super::theme::{Theme, safe};
use crate::tui::app::App;
use crate::tui::layout::compare_columns;

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(view) = &app.compare else {
        return;
    };
    let label = crate::corpus::TopicTable::builtin().label(&view.topic);
    let visible = compare_columns(app).min(view.columns.len().max(1));
    let mut title = format!(
        " {label} — companies {}–{} of {} ",
        (view.first + 1).min(view.columns.len()),
        (view.first + visible).min(view.columns.len()),
        view.columns.len()
    );
    if view.left_out > 0 {
        let why = if view.unloaded {
            "G in the list loads their hits".to_string()
        } else {
            format!("at most {} side by side", crate::tui::app::COMPARE_LIMIT)
        };
        title.push_str(&format!("· {} more not compared: {why} ", view.left_out));
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
                spans.push(Span::styled(
                    format!("{} {kind}  ", valence.mark()),
                    theme.valence(*valence),
                ));
            }
            lines.push(Line::from(spans));
        }
        for (heading, text) in &column.sections {
            lines.push(Line::from(Span::styled(
                safe(heading).into_owned(),
                theme.heading(),
            )));
            for para in text.split('\n') {
                lines.push(Line::from(safe(para).into_owned()));
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
