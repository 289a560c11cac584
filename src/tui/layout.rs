//! Where each pane goes for a terminal size. Both `update` (to wrap text and page by the right
//! amount) and `view` (to draw) use this, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use super::app::{App, Focus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub search: Rect,
    pub count: Rect,
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub outline: Option<Rect>,
    pub compare: Option<Rect>,
    pub status: Rect,
    pub help: Rect,
}

/// Width of the outline beside the reader.
const OUTLINE_WIDTH: u16 = 28;

pub fn panes(app: &App) -> Panes {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let [search, count, middle, status, help] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut panes = Panes {
        search,
        count,
        status,
        help,
        ..Panes::default()
    };
    if middle.height == 0 || middle.width == 0 {
        return panes;
    }
    if app.compare.is_some() && app.focus == Focus::Compare {
        panes.compare = Some(middle);
        return panes;
    }
    let wide = middle.width >= 140;
    if app.reading {
        if middle.width >= 70 {
            let [outline, reader] =
                Layout::horizontal([Constraint::Length(OUTLINE_WIDTH), Constraint::Min(0)])
                    .areas(middle);
            panes.outline = Some(outline);
            panes.reader = Some(reader);
        } else {
            panes.reader = Some(middle);
        }
        return panes;
    }
    if middle.width < 60 {
        panes.list = Some(middle);
        return panes;
    }
    if wide {
        let [list, reader, outline] = Layout::horizontal([
            Constraint::Percentage(38),
            Constraint::Min(0),
            Constraint::Length(OUTLINE_WIDTH),
        ])
        .areas(middle);
        panes.list = Some(list);
        panes.reader = Some(reader);
        panes.outline = Some(outline);
    } else {
        let [list, reader] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(middle);
        panes.list = Some(list);
        panes.reader = Some(reader);
    }
    panes
}

/// Text columns and rows inside a bordered pane, less the reader's 2-column gutter.
pub fn reader_text_size(app: &App) -> (usize, usize) {
    match panes(app).reader {
        Some(r) => (
            r.width.saturating_sub(2 + 2) as usize,
            r.height.saturating_sub(2) as usize,
        ),
        None => (0, 0),
    }
}

/// Columns of each comparison column.
pub const COMPARE_MIN_WIDTH: u16 = 34;

/// How many comparison columns fit.
pub fn compare_columns(app: &App) -> usize {
    panes(app)
        .compare
        .map_or(1, |r| (r.width / COMPARE_MIN_WIDTH).max(1) as usize)
}
