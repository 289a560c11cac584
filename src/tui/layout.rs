//! Where each pane goes for a terminal size. Both `update` (to wrap text and page by the right
//! amount) and `view` (to draw) use this, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use super::app::{App, Focus};
use super::keys::TABLE;

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

/// Width of the outline beside the reader: 28 columns, more on a wide terminal (a sixth of it,
/// up to 48), where headings cut at 26 characters wasted the room the reader had to spare.
fn outline_width(total: u16) -> u16 {
    (total / 6).clamp(28, 48)
}

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
            let [outline, reader] = Layout::horizontal([
                Constraint::Length(outline_width(middle.width)),
                Constraint::Min(0),
            ])
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
            Constraint::Length(outline_width(middle.width)),
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

/// How the help is laid out in a terminal of `width` × `height`: the update scrolls it by the
/// same measure as the view draws it.
pub struct HelpGeometry {
    /// Two columns of keys side by side.
    pub two: bool,
    /// Rows of keys.
    pub rows: usize,
    /// Rows that scroll: the keys and the legend of the gutter's marks.
    pub body: usize,
    /// Of them, how many show.
    pub visible: usize,
    pub width: u16,
    pub height: u16,
}

impl HelpGeometry {
    pub fn of(width: u16, height: u16) -> Self {
        // One column when it fits in height, else two side by side (descriptions cut to fit).
        // Below 76 columns two columns cut every description ("same topic, com…"): one scrolls.
        let two = height < TABLE.len() as u16 + 4 && width >= 76;
        let rows = if two {
            TABLE.len().div_ceil(2)
        } else {
            TABLE.len()
        };
        let body = rows + HELP_LEGEND.len();
        let w = width.min(if two { 110 } else { 64 });
        let h = height.min(body as u16 + 3);
        HelpGeometry {
            two,
            rows,
            body,
            visible: usize::from(h.saturating_sub(3)),
            width: w,
            height: h,
        }
    }

    /// The most rows the help can be scrolled past.
    pub fn max_scroll(&self) -> usize {
        self.body.saturating_sub(self.visible)
    }
}

/// What the marks before a clause say, and how a search is written: the help ends with them.
/// Lines short enough for the help's narrowest single column (a 120-column terminal cut the
/// longer ones).
pub const HELP_LEGEND: [&str; 5] = [
    "✓ good news   ✗ bad news   • neutral",
    "± good and bad news on one line",
    "search: words \"a phrase\" -not  a OR b  pref*",
    "filters: company:acme topic:cookies year:2010..2015",
    "clause:no-sale (policytui clauses lists the kinds)",
];
