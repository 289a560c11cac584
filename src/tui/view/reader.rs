//! The reader (the policy, wrapped, with matches and clauses marked) and its outline.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::list::fit;
use super::pane_block;
use super::theme::{Theme, safe};
use crate::clauses::Valence;
use crate::tui::app::{App, Focus};

pub fn draw_reader(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = app.focus == Focus::Reader;
    let title = match &app.reader.doc {
        Some(doc) => {
            let p = &doc.policy;
            let mut t = format!(" {} ", safe(&p.company));
            if let Some(d) = p
                .domain
                .as_deref()
                .filter(|d| !p.company.eq_ignore_ascii_case(d))
            {
                t.push_str(&format!("({}) ", safe(d)));
            }
            if let Some(date) = &p.archived {
                t.push_str(&format!("{date} "));
            }
            Line::from(fit(&t, area.width.saturating_sub(4) as usize))
        }
        None => Line::from(" reader "),
    };
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(doc) = &app.reader.doc else {
        if app.loading_doc {
            frame.render_widget(Paragraph::new(Span::styled("loading…", theme.dim())), inner);
        }
        return;
    };
    let text = &doc.policy.text;
    let reader = &app.reader;
    let cursor_clause = reader.clause_at_cursor();
    let mut lines = Vec::with_capacity(inner.height as usize);
    for (i, vl) in reader
        .lines
        .iter()
        .enumerate()
        .skip(reader.top)
        .take(inner.height as usize)
    {
        let line_range = vl.start..vl.end;
        // Clauses on this line (the sentence may span several lines).
        let clauses: Vec<(Range<usize>, Valence)> = doc
            .clauses
            .iter()
            .filter(|c| vl.holds(c.start, c.end))
            .map(|c| (c.start..c.end, c.valence))
            .collect();
        let is_cursor = i == reader.cursor && focused;
        let base = if is_cursor {
            theme.cursor_line()
        } else {
            Style::new()
        };
        let base = if vl.heading {
            base.patch(theme.heading())
        } else {
            base
        };
        // Gutter: cursor marker, then the valence of the line's clauses: the one named at the
        // cursor on the cursor line; "±" where good and bad news share a line.
        let marker = if i == reader.cursor { "›" } else { " " };
        let mut spans = vec![Span::styled(marker, theme.key())];
        let shown = match cursor_clause {
            Some(c) if i == reader.cursor => Some(c.valence),
            _ => clauses.first().map(|(_, v)| *v),
        };
        let mixed = clauses.iter().any(|(_, v)| *v == Valence::Good)
            && clauses.iter().any(|(_, v)| *v == Valence::Bad);
        match shown {
            Some(_) if mixed && i != reader.cursor => {
                spans.push(Span::styled("±", theme.valence(Valence::Neutral)))
            }
            Some(v) => spans.push(Span::styled(v.mark().to_string(), theme.valence(v))),
            None => spans.push(Span::raw(" ")),
        }
        let triggers: Vec<Range<usize>> = cursor_clause
            .filter(|c| c.start < vl.end && vl.start < c.end)
            .map(|c| c.trigger_spans.clone())
            .unwrap_or_default();
        spans.extend(styled_segments(
            text,
            line_range,
            base,
            &clauses,
            &doc.matches,
            &triggers,
            theme,
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `text[range]` cut where any mark starts or ends, each piece styled by the marks over it.
fn styled_segments<'a>(
    text: &'a str,
    range: Range<usize>,
    base: Style,
    clauses: &[(Range<usize>, Valence)],
    matches: &[Range<usize>],
    triggers: &[Range<usize>],
    theme: &Theme,
) -> Vec<Span<'a>> {
    let mut cuts = vec![range.start, range.end];
    let inside = |p: usize| p > range.start && p < range.end;
    for (r, _) in clauses {
        cuts.extend([r.start, r.end].into_iter().filter(|&p| inside(p)));
    }
    let first_match = matches.partition_point(|m| m.end <= range.start);
    let line_matches: Vec<&Range<usize>> = matches[first_match..]
        .iter()
        .take_while(|m| m.start < range.end)
        .collect();
    for m in &line_matches {
        cuts.extend([m.start, m.end].into_iter().filter(|&p| inside(p)));
    }
    for t in triggers {
        cuts.extend([t.start, t.end].into_iter().filter(|&p| inside(p)));
    }
    cuts.retain(|&p| text.is_char_boundary(p));
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        if s >= e {
            continue;
        }
        let mut style = base;
        if let Some((_, v)) = clauses.iter().find(|(r, _)| r.start <= s && e <= r.end) {
            style = style.patch(theme.clause(*v));
        }
        if triggers.iter().any(|t| t.start <= s && e <= t.end) {
            style = style.patch(theme.trigger());
        }
        if line_matches.iter().any(|m| m.start <= s && e <= m.end) {
            style = style.patch(theme.matched());
        }
        spans.push(Span::styled(safe(&text[s..e]), style));
    }
    spans
}

/// The section listed at screen row `row` of the outline pane `area`.
pub fn outline_entry_at(app: &App, area: Rect, row: u16) -> Option<usize> {
    let doc = app.reader.doc.as_ref()?;
    let height = area.height.saturating_sub(2) as usize;
    let start = outline_start(app.outline_selected, doc.policy.sections.len(), height);
    let i = start + row.checked_sub(area.y + 1)? as usize;
    (i < doc.policy.sections.len()).then_some(i)
}

fn outline_start(selected: usize, len: usize, height: usize) -> usize {
    if len <= height || height == 0 {
        return 0;
    }
    selected.saturating_sub(height / 3).min(len - height)
}

/// A heading without the company's name it opens with, where words follow it: in a narrow
/// outline, "Zacks Investment Research Internal List" and "Zacks Investment Research Opt-In
/// Marketing List" were both cut to "Zacks Investment Resear…".
fn without_company<'h>(heading: &'h str, company: &str) -> &'h str {
    let company = company.trim();
    if company.len() < 3 {
        return heading;
    }
    match heading.get(..company.len()) {
        Some(start) if start.eq_ignore_ascii_case(company) => {
            let separators = [' ', ',', ':', '-', '–', '|'];
            let mut rest = heading[company.len()..].trim_start_matches(separators);
            // The name's legal form goes with it: "A-dec Inc. - Dental Equipment Solutions" is
            // "Dental Equipment Solutions", not "Inc. - Dental …".
            if let Some(first) = rest.split_whitespace().next()
                && crate::corpus::company::is_legal_form(first.as_bytes())
            {
                rest = rest[first.len()..].trim_start_matches(separators);
            }
            if rest.split_whitespace().count() >= 2
                && heading[company.len()..].starts_with([' ', ':', '-', '–', '|'])
            {
                rest
            } else {
                heading
            }
        }
        _ => heading,
    }
}

pub fn draw_outline(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let focused = app.focus == Focus::Outline;
    let block = pane_block(Line::from(" outline "), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(doc) = &app.reader.doc else {
        return;
    };
    let width = inner.width as usize;
    let height = inner.height as usize;
    let sections = &doc.policy.sections;
    let current = app.reader.section();
    let start = outline_start(app.outline_selected, sections.len(), height);
    let mut lines = Vec::new();
    for (i, s) in sections.iter().enumerate().skip(start).take(height) {
        let indent = "  ".repeat(s.level.saturating_sub(1).min(3) as usize);
        let mut style = if i == current {
            theme.heading()
        } else {
            Style::new()
        };
        if i == app.outline_selected && focused {
            style = style.patch(theme.selected());
        }
        let label = format!(
            "{indent}{}",
            safe(without_company(s.display_heading(), &doc.policy.company))
        );
        lines.push(Line::from(Span::styled(fit(&label, width), style)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::without_company;

    #[test]
    fn outline_headings_drop_the_company_name_they_open_with() {
        let name = "Zacks Investment Research";
        assert_eq!(
            without_company("Zacks Investment Research Opt-In Marketing List", name),
            "Opt-In Marketing List"
        );
        assert_eq!(
            without_company("Zacks Investment Research: Internal List", name),
            "Internal List"
        );
        // Only where words follow it, and only the whole name.
        assert_eq!(without_company("Zacks Premium", name), "Zacks Premium");
        assert_eq!(
            without_company("Zacks Investment Research Internal", name),
            "Zacks Investment Research Internal"
        );
        assert_eq!(
            without_company("Zacks Investment Researchers List", name),
            "Zacks Investment Researchers List"
        );
        assert_eq!(without_company("Cookies", name), "Cookies");
        assert_eq!(
            without_company("A-dec Inc. - Dental Equipment Solutions", "A-dec"),
            "Dental Equipment Solutions"
        );
        assert_eq!(
            without_company("Acme, LLC Privacy", "Acme"),
            "Acme, LLC Privacy"
        );
    }
}
