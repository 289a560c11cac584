//! The results list (hits grouped by company) and, for an empty query, the corpus overview.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::{Theme, safe};
use super::{pane_block, plural};
use crate::clauses::{Valence, catalogue};
use crate::search::Hit;
use crate::tui::app::{App, Focus};
use crate::tui::wrap::{char_width, text_width};

/// Lines entry `i` takes: a company header before a company's first hit, then two lines per
/// hit; three lines per company in the overview.
fn entry_height(app: &App, i: usize) -> usize {
    if app.showing_corpus() {
        return 3;
    }
    let hits = app.hits();
    let first_of_company = i == 0 || hits[i - 1].company_key != hits[i].company_key;
    2 + usize::from(first_of_company)
}

/// The first entry shown, so that the selected one is visible (about a third from the top).
pub fn list_window(app: &App, height: usize) -> usize {
    let len = app.list_len();
    if len == 0 {
        return 0;
    }
    let sel = app.selected.min(len - 1);
    let mut start = sel;
    let mut used = entry_height(app, sel);
    while start > 0 && used + entry_height(app, start - 1) <= height / 3 {
        start -= 1;
        used += entry_height(app, start);
    }
    // Fill the space below the last entry when the list ends (counting no further than a
    // screen: the list may hold a million companies).
    let mut below = 0;
    for i in sel + 1..len {
        if below >= height {
            break;
        }
        below += entry_height(app, i);
    }
    let below = below.min(height);
    while start > 0 && used + below + entry_height(app, start - 1) <= height {
        start -= 1;
        used += entry_height(app, start);
    }
    start
}

/// The entry drawn at screen row `row` of the list pane `area`.
pub fn list_entry_at(app: &App, area: Rect, row: u16) -> Option<usize> {
    let inner_top = area.y + 1;
    if row < inner_top {
        return None;
    }
    let mut y = inner_top as usize;
    let height = area.height.saturating_sub(2) as usize;
    for i in list_window(app, height)..app.list_len() {
        let h = entry_height(app, i);
        if (row as usize) < y + h {
            return Some(i);
        }
        y += h;
    }
    None
}

/// The style and the gutter marker of entry `i`: the selected entry is marked even while
/// the search line has the focus, and reversed when the list has it.
fn selection(app: &App, i: usize, focused: bool, theme: &Theme) -> (Style, &'static str) {
    if i != app.selected {
        return (Style::new(), "  ");
    }
    if focused {
        (theme.selected(), "› ")
    } else {
        (Style::new(), "› ")
    }
}

/// Cuts `text` to `width` display columns, with an ellipsis when cut.
/// Words laid out greedily in lines of `width` columns (a word longer than a line is cut).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let used = text_width(&line);
        let w = text_width(word);
        if !line.is_empty() && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(|l| fit(&l, width)).collect()
}

pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total = text_width(text);
    if total <= width {
        return text.to_string();
    }
    for c in text.chars() {
        let w = char_width(c);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The snippet with its highlights, cut to `width` columns; when the first match would not
/// show, the snippet starts shortly before it.
fn snippet_line<'a>(hit: &'a Hit, width: usize, base: Style, theme: &Theme) -> Line<'a> {
    let text = &hit.snippet;
    let mut spans = vec![Span::styled("    ", base)];
    let mut used = 4;
    let mut pos = 0;
    if let Some(first) = hit
        .highlights
        .first()
        .filter(|r| text.is_char_boundary(r.start))
    {
        let before = text_width(&text[..first.start]);
        let room = width.saturating_sub(4);
        if before + 8 > room {
            // Keep a few words of context before the match.
            let keep = room / 4;
            let mut start = first.start;
            let mut cols = 0;
            for (i, c) in text[..first.start].char_indices().rev() {
                cols += char_width(c);
                if cols > keep {
                    break;
                }
                start = i;
            }
            // From a word's start, not its middle ("…ices may be retained"): the first whole
            // word within the context kept, or the match itself.
            if text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace())
            {
                start = text[start..first.start]
                    .char_indices()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(first.start, |(j, c)| start + j + c.len_utf8());
            }
            spans.push(Span::styled("…", base));
            used += 1;
            pos = start;
        }
    }
    let mut marks: Vec<(usize, usize)> = hit
        .highlights
        .iter()
        .filter(|r| r.start < r.end && r.end <= text.len())
        .filter(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .map(|r| (r.start, r.end))
        .collect();
    marks.sort_unstable();
    let push = |spans: &mut Vec<Span<'a>>, s: &str, style: Style, used: &mut usize| {
        let room = width.saturating_sub(*used);
        if room == 0 {
            return;
        }
        let piece = fit(s, room);
        *used += text_width(&piece);
        // The "…" of a piece cut short is not part of a match: it keeps the line's style.
        match piece.strip_suffix('…').filter(|_| piece.len() != s.len()) {
            Some(body) => {
                spans.push(Span::styled(safe(body).into_owned(), style));
                spans.push(Span::styled("…", base));
            }
            None => spans.push(Span::styled(safe(&piece).into_owned(), style)),
        }
    };
    for (s, e) in marks {
        if s < pos {
            continue;
        }
        if used >= width {
            break;
        }
        push(&mut spans, &text[pos..s], base, &mut used);
        push(
            &mut spans,
            &text[s..e],
            base.patch(theme.matched()),
            &mut used,
        );
        pos = e;
    }
    push(&mut spans, &text[pos..], base, &mut used);
    Line::from(spans)
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = app.focus == Focus::Results;
    let title = if app.showing_corpus() {
        " companies "
    } else {
        " results "
    };
    let block = pane_block(Line::from(title), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let height = inner.height as usize;
    if width == 0 || height == 0 {
        return;
    }
    let mut lines: Vec<Line> = Vec::new();
    let start = list_window(app, height);
    if app.showing_corpus() {
        if app.corpus.is_empty() {
            // Once the index has looked, the folder holds none: say where and what it reads.
            let empty = if matches!(app.index, crate::tui::app::IndexState::Ready { .. }) {
                format!(
                    "no policies in {}: add policy files (.md .txt .html .xml); they are read as they arrive",
                    safe(&app.data_folder)
                )
            } else {
                "no policies yet".to_string()
            };
            for line in wrap_words(&empty, width) {
                lines.push(Line::from(Span::styled(line, theme.dim())));
            }
        }
        for (i, c) in app.corpus.iter_from(start) {
            if lines.len() >= height {
                break;
            }
            let (base, marker) = selection(app, i, focused, theme);
            let name = fit(&safe(c.company()), width.saturating_sub(2));
            let mut used = 2 + text_width(&name);
            let mut head = vec![
                Span::styled(marker, base.patch(theme.key())),
                Span::styled(name, base.patch(theme.company())),
            ];
            // The domain, then the count of sections, each only whole: "32 sec" cut at the
            // edge reads as a fault.
            let domain = c
                .domain()
                .filter(|d| !c.company().eq_ignore_ascii_case(d))
                .map(|d| format!("  {}", safe(d)));
            let sections = format!("  {}", plural(c.sections as usize, "section", "sections"));
            for part in domain.into_iter().chain([sections]) {
                let w = text_width(&part);
                if used + w <= width {
                    used += w;
                    head.push(Span::styled(part, base.patch(theme.dim())));
                }
            }
            lines.push(Line::from(head));
            let topics = format!("  {}", c.topics().collect::<Vec<_>>().join(" · "));
            lines.push(Line::from(Span::styled(fit(&topics, width), theme.topic())));
            let mut marks = vec![Span::raw("  ")];
            let mut used = 2;
            let clauses: Vec<(&str, Valence)> = catalogue()
                .kinds
                .iter()
                .filter(|k| c.clause_count(&k.id).is_some())
                .map(|k| (k.id.as_str(), k.valence))
                .collect();
            for v in [Valence::Good, Valence::Bad, Valence::Neutral] {
                let n = clauses.iter().filter(|(_, cv)| *cv == v).count();
                let item = format!("{}{n} ", v.mark());
                used += item.chars().count();
                marks.push(Span::styled(item, theme.valence(v)));
            }
            marks.push(Span::raw(" "));
            used += 1;
            for (kind, valence) in &clauses {
                let item = format!("{} {}  ", valence.mark(), kind);
                let w = item.chars().count();
                if used + w > width {
                    marks.push(Span::styled("…", theme.dim()));
                    break;
                }
                used += w;
                marks.push(Span::styled(item, theme.valence(*valence)));
            }
            lines.push(Line::from(marks));
        }
    } else {
        let hits = app.hits();
        if hits.is_empty() && !app.searching {
            lines.push(Line::from(Span::styled("no hits", theme.dim())));
        }
        let counts = app.results.as_ref().map(|r| &r.companies);
        // Where a company's hits come from several of its versions (a `year:` search), each
        // row says which: the rows would read the same otherwise.
        let mut versions: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
        let mut dated: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for h in hits.iter() {
            match versions.insert(&h.company_key, &h.policy_id) {
                Some(other) if other != h.policy_id => {
                    dated.insert(&h.company_key);
                }
                _ => {}
            }
        }
        for (i, h) in hits.iter().enumerate().skip(start) {
            if lines.len() >= height {
                break;
            }
            let first_of_company = i == 0 || hits[i - 1].company_key != h.company_key;
            if first_of_company {
                let n = counts
                    .and_then(|cs| cs.iter().find(|c| c.company_key == h.company_key))
                    .map_or(0, |c| c.hits);
                let exact = app.results.as_ref().is_none_or(|r| r.exact);
                let head = format!(
                    "{}  {}",
                    safe(&h.company),
                    crate::format::company_hits(n, exact)
                );
                lines.push(Line::from(Span::styled(fit(&head, width), theme.company())));
            }
            let (base, marker) = selection(app, i, focused, theme);
            let heading = if h.heading.is_empty() {
                "(beginning)"
            } else {
                &h.heading
            };
            let date = h
                .archived
                .as_deref()
                .filter(|_| dated.contains(h.company_key.as_str()))
                .map(|d| format!("{} ", safe(d)));
            let date_width = date.as_ref().map_or(0, |d| d.chars().count());
            let mut spans = vec![Span::styled(marker, base.patch(theme.key()))];
            if let Some(date) = date {
                spans.push(Span::styled(date, base.patch(theme.topic())));
            }
            spans.push(Span::styled(
                fit(&safe(heading), width.saturating_sub(4 + date_width)),
                base.patch(theme.heading()),
            ));
            let tag = format!(" · {}", h.topic);
            if date_width + heading.chars().count() + tag.len() + 2 < width {
                spans.push(Span::styled(tag, base.patch(theme.topic())));
            }
            lines.push(Line::from(spans));
            lines.push(snippet_line(h, width, base, theme));
        }
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(snippet: &str, matched: &str) -> Hit {
        let at = snippet.find(matched).unwrap_or(0);
        Hit {
            policy_id: "acme.com".into(),
            company: "Acme".into(),
            company_key: "acme.com".into(),
            domain: None,
            archived: None,
            heading: String::new(),
            ordinal: 0,
            level: 1,
            topic: "sharing".into(),
            clauses: Vec::new(),
            score: 1.0,
            section_start: 0,
            focus: 0,
            highlights: std::iter::once(at..at + matched.len()).collect(),
            snippet: snippet.to_string(),
        }
    }

    /// A snippet cut before its match starts at a word, not in one (found by a newcomer's
    /// trial: "…ices may be retained by us indefinitely").
    #[test]
    fn a_snippet_cut_before_its_match_starts_at_a_word() {
        let hit = hit(
            "Information about you that we collect through the services may be retained by us indefinitely",
            "indefinitely",
        );
        let line = snippet_line(&hit, 48, Style::new(), &Theme { color: false });
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let after = text
            .trim_start()
            .strip_prefix('…')
            .expect("cut before the match");
        let first = after.split(' ').next().unwrap_or("");
        assert!(
            hit.snippet.split(' ').any(|w| w == first),
            "{text:?} starts inside a word"
        );
        assert!(text.contains("indefinitely"), "{text:?}");
    }

    /// A match cut at the line's end keeps its "…" out of the match's style.
    #[test]
    fn the_ellipsis_of_a_cut_match_is_not_highlighted() {
        let hit = hit(
            "We will not sell your personal information to anyone",
            "personal information",
        );
        let theme = Theme { color: true };
        // Room for "    We will not sell your persona…".
        let line = snippet_line(&hit, 34, Style::new(), &theme);
        let last = line.spans.last().expect("spans");
        assert_eq!(last.content, "…");
        assert_eq!(last.style, Style::new());
        let before = &line.spans[line.spans.len() - 2];
        assert!(before.content.starts_with("persona"), "{:?}", line.spans);
        assert_eq!(before.style, theme.matched());
    }
}
