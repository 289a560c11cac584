//! `view(&App, &mut Frame)`: draws the state, changes nothing.

mod compare;
mod list;
mod reader;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::{App, Focus, IndexState};
use super::keys::{Action, TABLE};
use super::layout::panes;
use crate::format::plural;
use theme::{Theme, safe};

pub use list::{list_entry_at, list_window};
pub use reader::outline_entry_at;

pub fn view(app: &App, frame: &mut Frame) {
    let theme = Theme { color: app.color };
    let p = panes(app);
    search_line(app, frame, p.search, &theme);
    count_line(app, frame, p.count, &theme);
    if let Some(r) = p.list {
        list::draw(app, frame, r, &theme);
    }
    if let Some(r) = p.reader {
        reader::draw_reader(app, frame, r, &theme);
    }
    if let Some(r) = p.outline {
        reader::draw_outline(app, frame, r, &theme);
    }
    if let Some(r) = p.compare {
        compare::draw(app, frame, r, &theme);
    }
    status_line(app, frame, p.status, &theme);
    help_bar(app, frame, p.help, &theme);
    if app.show_help {
        help_overlay(app, frame, &theme);
    }
}

/// A bordered block, highlighted when focused.
pub fn pane_block<'a>(title: Line<'a>, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(title)
}

fn search_line(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = app.focus == Focus::Search;
    let prompt = Span::styled(if focused { "/ " } else { "  " }, theme.key());
    let room = (area.width as usize).saturating_sub(2);
    let before = &app.query[..app.cursor.min(app.query.len())];
    let col: usize = before.chars().map(super::wrap::char_width).sum();
    // A query longer than the line scrolls so that the cursor stays in sight, its cut start
    // shown as "…" (which takes the first column of those cut).
    let (cut, cut_cols) = scrolled_off(&app.query, (col + 1).saturating_sub(room));
    let text = if app.query.is_empty() && !focused {
        // Typing searches from any pane: "/" only moves the cursor here.
        Span::styled("type to search", theme.dim())
    } else if cut == 0 {
        Span::raw(safe(&app.query).into_owned())
    } else {
        Span::raw(format!("…{}", safe(&app.query[cut..])))
    };
    frame.render_widget(Paragraph::new(Line::from(vec![prompt, text])), area);
    if focused {
        // On a line too narrow for even the "…" and the cursor, the cursor takes its place.
        let shown = if cut == 0 {
            col
        } else {
            (col + 1).saturating_sub(cut_cols)
        };
        let x = area.x + (2 + shown).min(area.width.saturating_sub(1) as usize) as u16;
        if area.width > 0 && area.height > 0 {
            frame.set_cursor_position((x, area.y));
        }
    }
}

/// Where a query scrolled by `shift` columns starts: `(byte, columns cut)`, whole characters
/// covering `shift` columns and one more for the "…" in their place; `(0, 0)` unscrolled.
fn scrolled_off(query: &str, shift: usize) -> (usize, usize) {
    if shift == 0 {
        return (0, 0);
    }
    let mut cols = 0;
    for (i, c) in query.char_indices() {
        if cols > shift {
            return (i, cols);
        }
        cols += super::wrap::char_width(c);
    }
    (query.len(), cols)
}

/// A note of the search cut to what matters on a narrow line: `unknown clause kind
/// "merger-transfr" ignored (did you mean merger-transfer?)` → `"merger-transfr"? did you mean
/// merger-transfer?`, or, `bare`, `did you mean merger-transfer?`.
fn short_note(note: &str, bare: bool) -> String {
    match (note.find(" (did you mean "), note.split('"').nth(1)) {
        (Some(at), Some(quoted)) => {
            let suggestion = note[at + 2..].trim_end_matches(')');
            if bare {
                suggestion.to_string()
            } else {
                format!("\"{quoted}\"? {suggestion}")
            }
        }
        _ => note.to_string(),
    }
}

fn count_line(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let left = if app.showing_corpus() {
        let companies = app.corpus.len();
        if companies == 0 && matches!(app.index, IndexState::Ready { .. }) {
            "0 companies".to_string()
        } else if companies == 0 {
            String::new()
        } else {
            let hint = if app.first_key_typed() {
                "keep typing to search"
            } else {
                "type to search, ⏎ to read"
            };
            format!("{} — {hint}", plural(companies, "company", "companies"))
        }
    } else if app.searching && app.results.is_none() {
        "searching…".to_string()
    } else {
        match &app.results {
            Some(r) => {
                // What the search left out ("clause:nosale": no such clause) must show, or
                // the hits read as the answer to the query typed: on a narrow line, "(best 50
                // shown)" goes first, then the notes shrink to their suggestion.
                let width = usize::from(area.width);
                // Level 0: all; 1: without "(best 50 shown)"; 2: the hits counted alone and
                // the notes cut to their suggestion; 3: the suggestion alone.
                let line = |level: u8| {
                    let mut s = if level >= 2 && !r.notes.is_empty() {
                        plural(r.total_hits, "hit", "hits")
                    } else {
                        crate::format::hits_summary(r)
                    };
                    if level == 0 && r.hits.len() < r.total_hits {
                        s.push_str(&format!(" (best {} shown)", r.hits.len()));
                    }
                    if app.searching {
                        s.push_str(" …");
                    }
                    for note in &r.notes {
                        s.push_str(" · ");
                        match level {
                            0 | 1 => s.push_str(note),
                            _ => s.push_str(&short_note(note, level == 3)),
                        }
                    }
                    s
                };
                (0..4)
                    .map(line)
                    .find(|s| s.chars().count() < width)
                    .unwrap_or_else(|| line(3))
            }
            None => String::new(),
        }
    };
    let right = match &app.index {
        IndexState::Opening => "opening index…".to_string(),
        IndexState::Building { done, total } => format!("indexing {done}/{total} files…"),
        IndexState::Waiting => "waiting for another policytui to finish indexing…".to_string(),
        IndexState::Repairing => "index damaged; rebuilding it…".to_string(),
        IndexState::Ready { .. } if app.warnings > 0 && app.showing_corpus() => format!(
            "{} skipped or read with a caveat: policytui stats lists them",
            app.warnings
        ),
        IndexState::Ready { .. } => String::new(),
        IndexState::Failed(e) => format!("index: {e}"),
    };
    // Skipped files must not go unsaid on a narrow terminal: a shorter word of it there.
    let right = if app.warnings > 0
        && app.showing_corpus()
        && matches!(app.index, IndexState::Ready { .. })
        && left.chars().count() + right.chars().count() + 1 >= area.width as usize
    {
        [
            format!("{} skipped: see policytui stats", app.warnings),
            format!("⚠ {} skipped", app.warnings),
        ]
        .into_iter()
        .find(|r| left.chars().count() + r.chars().count() + 1 < area.width as usize)
        .unwrap_or_else(|| format!("⚠ {} skipped", app.warnings))
    } else {
        right
    };
    // The left gives way where even the shortest word of the right does not fit beside it.
    let room = (area.width as usize).saturating_sub(right.chars().count() + 2);
    let left = if !right.is_empty()
        && right.chars().count() + 12 <= area.width as usize
        && left.chars().count() > room
    {
        list::fit(&left, room)
    } else {
        left
    };
    let mut spans = vec![Span::styled(safe(&left).into_owned(), theme.dim())];
    let used = left.chars().count() + right.chars().count();
    if !right.is_empty() && (area.width as usize) > used + 1 {
        spans.push(Span::raw(" ".repeat(area.width as usize - used)));
        let style = if matches!(app.index, IndexState::Failed(_)) {
            theme.error()
        } else {
            theme.topic()
        };
        spans.push(Span::styled(safe(&right).into_owned(), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn status_line(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let line = if let Some(m) = &app.message {
        Line::from(Span::styled(safe(m).into_owned(), theme.error()))
    } else if matches!(app.focus, Focus::Reader | Focus::Outline)
        && let Some(c) = app.reader.clause_at_cursor()
    {
        let kind = crate::clauses::catalogue().kind(&c.kind);
        // A label that only repeats the id ("tracking") is said once.
        let label = kind.map_or("", |k| k.label.as_str());
        let label = if label.eq_ignore_ascii_case(&c.kind) {
            ""
        } else {
            label
        };
        let trigger = safe(&c.trigger).into_owned();
        let (rank, here) = app.reader.clauses_on_cursor_line();
        // The parts, from the first to give way to the last: the count of clauses on the
        // line (long form, then short), the label; the trigger words, the explanation, are cut
        // last and with an ellipsis, never silently.
        // "c for the next" only while one is left on the line: the last of them steps on to
        // the next line's.
        let more = rank < here;
        let counts = [
            if more {
                format!(" ({rank} of {here} on this line: c for the next)")
            } else {
                format!(" ({rank} of {here} on this line)")
            },
            format!(" ({rank}/{here} here)"),
            String::new(),
        ];
        let labels = [
            if label.is_empty() {
                " · fired on: ".to_string()
            } else {
                format!(" · {label} · fired on: ")
            },
            " · fired on: ".to_string(),
        ];
        let width = area.width as usize;
        let head = c.kind.chars().count() + 2;
        let count_of = |i: usize| if here > 1 { &counts[i] } else { &counts[2] };
        let fits = |count: &str, label: &str| {
            head + count.chars().count() + label.chars().count() + super::wrap::text_width(&trigger)
                <= width
        };
        let (count, label_part) = [(0, 0), (1, 0), (1, 1), (2, 1)]
            .into_iter()
            .map(|(ci, li)| (count_of(ci), &labels[li]))
            .find(|(count, label)| fits(count, label))
            .unwrap_or((&counts[2], &labels[1]));
        let room = width.saturating_sub(head + count.chars().count() + label_part.chars().count());
        let mut spans = vec![
            Span::styled(format!("{} ", c.valence.mark()), theme.valence(c.valence)),
            Span::styled(c.kind.clone(), theme.valence(c.valence)),
        ];
        if !count.is_empty() {
            spans.push(Span::styled(count.clone(), theme.dim()));
        }
        spans.push(Span::styled(label_part.clone(), theme.dim()));
        spans.push(Span::styled(list::fit(&trigger, room), theme.trigger()));
        Line::from(spans)
    } else if let Some(doc) = &app.reader.doc {
        let p = &doc.policy;
        let section = p.sections.get(app.reader.section());
        let mut spans = vec![Span::styled(safe(&p.company).into_owned(), theme.company())];
        if let Some(s) = section {
            spans.push(Span::raw(format!(" · §{} ", app.reader.section())));
            spans.push(Span::raw(safe(s.display_heading()).into_owned()));
            spans.push(Span::styled(format!(" · {}", s.topic), theme.topic()));
        }
        if doc.not_english {
            spans.push(Span::styled(
                " · not English: clauses are read in English only",
                theme.dim(),
            ));
        }
        if app.loading_doc {
            spans.push(Span::styled("  loading…", theme.dim()));
        }
        Line::from(spans)
    } else if app.loading_doc {
        Line::from(Span::styled("loading…", theme.dim()))
    } else {
        Line::default()
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The actions worth a reminder where the focus is.
fn help_actions(app: &App) -> &'static [Action] {
    match app.focus {
        Focus::Search => &[],
        Focus::Results => &[
            Action::Search,
            Action::Open,
            Action::Down,
            Action::NextCompany,
            Action::Compare,
            Action::Help,
            Action::Quit,
        ],
        Focus::Reader | Focus::Outline => &[
            Action::NextSection,
            Action::NextMatch,
            Action::NextClause,
            Action::NextCompany,
            Action::Compare,
            Action::Back,
            Action::Help,
            Action::Quit,
        ],
        Focus::Compare => &[
            Action::Left,
            Action::Right,
            Action::Down,
            Action::Back,
            Action::Quit,
        ],
    }
}

/// The partner of an action shown together with it ("[ ]", "n N").
fn pair(action: Action) -> Option<Action> {
    match action {
        Action::NextSection => Some(Action::PrevSection),
        Action::NextMatch => Some(Action::PrevMatch),
        Action::NextClause => Some(Action::PrevClause),
        Action::NextCompany => Some(Action::PrevCompany),
        Action::Down => Some(Action::Up),
        _ => None,
    }
}

fn help_bar(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    // (keys, label, kept first): what does not fit is left out whole, never cut mid-word,
    // and help and quit are the last to go.
    let mut entries: Vec<(String, &str, bool)> = Vec::new();
    if app.focus == Focus::Search {
        entries.push(("type".into(), "to search", false));
        // Enter opens the top hit (the browser's "I'm feeling lucky"); ↓ and tab only move
        // to the list.
        entries.push(("⏎".into(), "open", false));
        entries.push(("↓".into(), "results", false));
        entries.push(("esc".into(), "clear", false));
        if app.query.is_empty() {
            entries.push(("?".into(), "help", true));
        }
        entries.push(("ctrl-c".into(), "quit", true));
    }
    for &action in help_actions(app) {
        let Some(key) = app.keymap.first_key(action) else {
            continue;
        };
        let other = pair(action).and_then(|p| app.keymap.first_key(p));
        // Letters read next first ("n N", "j k"), brackets left first ("[ ]", "{ }").
        let letters = |k: &str| k.chars().count() == 1 && k.chars().all(char::is_alphabetic);
        let keys = match &other {
            Some(o) if letters(&key) && letters(o) => format!("{key} {o}"),
            Some(o) => format!("{o} {key}"),
            None => key,
        };
        let label = match action {
            Action::Down if other.is_some() => "move",
            _ => TABLE
                .iter()
                .find(|(a, ..)| *a == action)
                .map_or("", |(_, _, label, _)| *label),
        };
        entries.push((keys, label, matches!(action, Action::Help | Action::Quit)));
    }
    let width = |(keys, label, _): &(String, &str, bool)| {
        keys.chars().map(super::wrap::char_width).sum::<usize>() + label.chars().count() + 3
    };
    let mut room = area.width as usize + 2;
    let mut shown = vec![false; entries.len()];
    for first in [true, false] {
        for (i, e) in entries.iter().enumerate() {
            if e.2 == first && !shown[i] && width(e) <= room {
                shown[i] = true;
                room -= width(e);
            }
        }
    }
    let mut spans = Vec::new();
    for ((keys, label, _), shown) in entries.into_iter().zip(shown) {
        if shown {
            spans.push(Span::styled(keys, theme.key()));
            spans.push(Span::styled(format!(" {label}  "), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn help_overlay(app: &App, frame: &mut Frame, theme: &Theme) {
    let area = frame.area();
    let g = super::layout::HelpGeometry::of(area.width, area.height);
    let (two, rows, width, height) = (g.two, g.rows, g.width, g.height);
    if width < 10 || height < 4 {
        return;
    }
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    // Narrow: two keys an action, so that the descriptions keep their room.
    let most = if two && width < 100 { 2 } else { usize::MAX };
    let labels: Vec<String> = TABLE
        .iter()
        .map(|(action, ..)| {
            let keys = app.keymap.keys(*action);
            keys[..keys.len().min(most)].join(" ")
        })
        .collect();
    let key_width = labels
        .iter()
        .map(|l| l.chars().map(super::wrap::char_width).sum::<usize>())
        .max()
        .unwrap_or(0)
        .min(18);
    let column = (width.saturating_sub(2) as usize) / if two { 2 } else { 1 };
    let text_width = column.saturating_sub(key_width + 2).max(8);
    let entry = |i: usize| -> Vec<Span<'static>> {
        let description = list::fit(TABLE[i].3, text_width);
        vec![
            Span::styled(format!("{:>key_width$} ", labels[i]), theme.key()),
            Span::raw(format!("{description:<text_width$} ")),
        ]
    };
    let mut body = Vec::new();
    for row in 0..rows {
        let mut spans = entry(row);
        if two && row + rows < TABLE.len() {
            spans.extend(entry(row + rows));
        }
        body.push(Line::from(spans));
    }
    for legend in super::layout::HELP_LEGEND {
        body.push(Line::from(Span::styled(
            list::fit(legend, width.saturating_sub(2) as usize),
            theme.dim(),
        )));
    }
    let scroll = app.help_scroll.min(g.max_scroll());
    let mut lines: Vec<Line> = body.into_iter().skip(scroll).take(g.visible).collect();
    let footer = if g.max_scroll() > 0 {
        // Every key that moves scrolls it (pgup, g, G too), so name them as moves.
        "j/k pgup/pgdn g/G scroll · other keys close".to_string()
    } else {
        format!("keys: {} — any key closes", app.keymap.file())
    };
    lines.push(Line::from(Span::styled(footer, theme.dim())));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(pane_block(
                Line::from(if g.max_scroll() > 0 {
                    format!(" keys {}/{} ", scroll + g.visible, g.body)
                } else {
                    " keys ".to_string()
                }),
                true,
                theme,
            ))
            .alignment(Alignment::Left)
            .style(Style::new()),
        rect,
    );
}
