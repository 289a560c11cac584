//! `update(&mut App, Msg) -> Vec<Effect>`: the only place the browser's state changes. No I/O,
//! no work proportional to the corpus: searches and document loads are effects, answered later
//! by messages.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;

use super::app::{App, COMPARE_LIMIT, CompareView, Doc, Focus, IndexState, Target};
use super::keys::{Action, TABLE};
use super::layout::{compare_columns, panes, reader_text_size};
use super::msg::{Effect, Likeness, Msg};

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Key(ev) => {
            if ev.kind == KeyEventKind::Release {
                return fx;
            }
            app.message = None;
            // Esc and a key right after it arrive in one read (over ssh, from tmux) as that key
            // with Alt: unless Alt+key is bound, it is the two keys ("esc ?" opened no help,
            // "esc esc" went back one level). Not in the search line, where Esc clears the
            // query and Alt+b is a reader's habit from the shell.
            if app.focus != Focus::Search
                && ev.modifiers.contains(KeyModifiers::ALT)
                && app.keymap.action(&ev).is_none()
                && matches!(ev.code, KeyCode::Char(_) | KeyCode::Esc)
            {
                let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
                key(app, esc, &mut fx);
                let plain = KeyEvent::new(ev.code, ev.modifiers - KeyModifiers::ALT);
                key(app, plain, &mut fx);
            } else {
                key(app, ev, &mut fx);
            }
        }
        Msg::Paste(text) => {
            if app.focus == Focus::Search {
                let clean: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                insert(app, &clean, &mut fx);
            }
        }
        Msg::Mouse(m) => mouse(app, m, &mut fx),
        Msg::Resize(w, h) => {
            app.size = (w, h);
            relayout(app);
        }
        Msg::Results {
            generation,
            outcome,
        } => {
            if generation != app.search_gen {
                return fx; // an older search: its answer is stale
            }
            app.searching = false;
            match outcome {
                Ok(mut results) => {
                    // The list shows each company's hits together.
                    results.hits = results.by_company().into_iter().cloned().collect();
                    // More hits for the same query keep the selected hit selected.
                    let same = app
                        .results
                        .as_ref()
                        .is_some_and(|r| r.query == results.query);
                    let was = app.selected_hit().map(|h| (h.policy_id.clone(), h.ordinal));
                    app.results = Some(results);
                    if same && std::mem::take(&mut app.bottom_pending) {
                        app.selected = app.list_len().saturating_sub(1);
                        preview(app, &mut fx);
                    } else if same {
                        let found = was.as_ref().and_then(|(id, ordinal)| {
                            app.hits()
                                .iter()
                                .position(|h| h.policy_id == *id && h.ordinal == *ordinal)
                        });
                        app.selected = found
                            .unwrap_or(app.selected)
                            .min(app.list_len().saturating_sub(1));
                        // The selected hit is gone (its policy changed or left the folder), or
                        // a refresh brought the first hits to a query that had none: the
                        // reader follows the new selection, unless it is being read.
                        let first_hits = was.is_none() && app.list_len() > 0;
                        if (first_hits || was.is_some() && found.is_none())
                            && !matches!(app.focus, Focus::Reader | Focus::Outline)
                        {
                            preview(app, &mut fx);
                        }
                    } else {
                        app.selected = 0;
                        preview(app, &mut fx);
                    }
                }
                Err(e) => {
                    app.bottom_pending = false;
                    app.message = Some(e);
                }
            }
        }
        Msg::Corpus(rows) => {
            // A refreshed list keeps the company selected where it still is; rows added or
            // gone before it would otherwise move the selection off the policy shown.
            let was = app.selected_company().map(|c| c.id().to_string());
            app.corpus = rows;
            if app.showing_corpus() {
                let kept = was.and_then(|id| app.corpus.iter().position(|c| c.id() == id));
                app.selected = kept
                    .unwrap_or(app.selected)
                    .min(app.list_len().saturating_sub(1));
                // The reader follows the list, unless it has the focus: a policy being read
                // stays in front of its reader.
                let shown = app.reader.doc.as_ref().map(|d| d.policy.id.as_str());
                let selected = app.selected_company().map(|c| c.id());
                if app.reader.doc.is_none()
                    || (shown != selected && !matches!(app.focus, Focus::Reader | Focus::Outline))
                {
                    preview(app, &mut fx);
                    app.dirty = true;
                    return fx;
                }
            }
            // A standing search is asked again of the new index: a policy removed must leave
            // its results, not only the list of companies.
            if !app.showing_corpus() {
                ask(app, app.result_limit, &mut fx);
            }
            // The policy on screen may have changed on disk, or gone: read it again where the
            // cursor is (an error names it if it is gone).
            reload(app, &mut fx);
        }
        Msg::Doc {
            generation,
            outcome,
            target,
        } => {
            if generation != app.doc_gen {
                return fx;
            }
            app.loading_doc = false;
            let jumped = app.jump_from.take().filter(|(g, ..)| *g == generation);
            match outcome {
                Ok(doc) => {
                    let to = doc.policy.company_key.clone();
                    set_doc(app, *doc, target);
                    if let Some((_, from, forward)) = jumped
                        && let Some((round, skipped)) = passed(app, &from, &to, forward)
                    {
                        let mut said = Vec::new();
                        // Companies with nothing on the topic are passed over: said, or the
                        // jump seems to miss the next company of the list.
                        if skipped > 0 {
                            let topic = app
                                .reader
                                .doc
                                .as_ref()
                                .and_then(|d| d.policy.sections.get(app.reader.section()))
                                .map(|s| s.topic.clone())
                                .unwrap_or_default();
                            said.push(format!(
                                "{} with no {topic} section passed",
                                crate::format::plural(skipped, "company", "companies")
                            ));
                        }
                        if round {
                            said.push(
                                if forward {
                                    "last company passed: back to the first"
                                } else {
                                    "first company passed: on to the last"
                                }
                                .to_string(),
                            );
                        }
                        if !said.is_empty() {
                            app.message = Some(said.join(" · "));
                        }
                    }
                }
                Err(e) => app.message = Some(e),
            }
        }
        Msg::Compare {
            generation,
            outcome,
        } => {
            if generation != app.compare_gen {
                return fx;
            }
            match outcome {
                Ok(mut view) => {
                    // Companies of the list past the limit; without a list of companies, the
                    // worker counted what its first companies by name left out.
                    if app.company_order().len() > 1 {
                        (view.left_out, view.unloaded) = left_out_of_compare(app);
                    }
                    if app.focus != Focus::Compare {
                        app.before_compare = app.focus;
                    }
                    let read = app.reader.doc.as_ref().map(|d| d.policy.id.clone());
                    let at = view
                        .columns
                        .iter()
                        .position(|c| Some(&c.policy_id) == read.as_ref());
                    app.compare = Some(view);
                    app.focus = Focus::Compare;
                    // The version being read in sight (a company's versions come by date).
                    let visible = super::layout::compare_columns(app);
                    if let (Some(at), Some(view)) = (at, app.compare.as_mut()) {
                        view.first = (at + 1).saturating_sub(visible);
                    }
                }
                Err(e) => app.message = Some(e),
            }
        }
        Msg::Warnings(n) => app.warnings = n,
        Msg::Note(note) => app.message = Some(note),
        Msg::Index(state) => {
            let became_ready = matches!(state, IndexState::Ready { .. })
                && !matches!(app.index, IndexState::Ready { .. });
            app.index = state;
            // The standing query asked again of the index ready: as a refresh asks it, keeping
            // the selection and the layout (a policy read full width stays so).
            if became_ready && !app.showing_corpus() {
                ask(app, app.result_limit.max(super::app::RESULT_PAGE), &mut fx);
            }
        }
    }
    app.dirty = true;
    fx
}

/// Re-wraps the reader for the current layout.
fn relayout(app: &mut App) {
    let (w, h) = reader_text_size(app);
    app.reader.rewrap(w, h);
    if let Some(c) = app.compare.as_mut() {
        c.first = c.first.min(c.columns.len().saturating_sub(1));
    }
}

fn set_doc(app: &mut App, doc: Doc, target: Target) {
    let offset = match target {
        Target::Top => 0,
        Target::Offset(o) => o.min(doc.policy.text.len()),
        Target::Section(i) => {
            let span = doc.policy.sections.get(i).map(|s| s.span);
            match span {
                Some(span) => doc
                    .matches
                    .iter()
                    .find(|m| span.contains(m.start))
                    .map_or(span.start, |m| m.start),
                None => 0,
            }
        }
    };
    app.reader.doc = Some(doc);
    app.reader.clause = None;
    app.reader.lines.clear();
    app.reader.width = 0;
    app.reader.cursor = 0;
    app.reader.top = 0;
    app.reader.anchor = offset;
    relayout(app);
    app.reader.jump_to_offset(offset);
    app.outline_selected = app.reader.section();
    follow_reader(app);
}

/// Moves the list's selection to the policy the reader shows, when a jump (`{ }`) brought
/// another: the list and the reader never name two companies, and `⏎` opens what is read.
fn follow_reader(app: &mut App) {
    let Some(doc) = &app.reader.doc else {
        return;
    };
    if app.showing_corpus() {
        let key = &doc.policy.company_key;
        if app
            .selected_company()
            .is_some_and(|c| c.company_key() == key.as_str())
        {
            return;
        }
        if let Some((i, _)) = app.corpus.find(key) {
            app.selected = i;
        }
        return;
    }
    let id = &doc.policy.id;
    if app.selected_hit().is_some_and(|h| h.policy_id == *id) {
        return;
    }
    let section = app.reader.section();
    let hits = app.hits();
    let at = hits
        .iter()
        .position(|h| h.policy_id == *id && h.ordinal == section)
        .or_else(|| hits.iter().position(|h| h.policy_id == *id));
    if let Some(i) = at {
        app.selected = i;
    }
}

/// Asks for the document of the selected entry (the preview follows the selection).
fn preview(app: &mut App, fx: &mut Vec<Effect>) {
    let request = if let Some(hit) = app.selected_hit() {
        Some((
            hit.policy_id.clone(),
            Target::Offset(hit.focus),
            app.query.clone(),
        ))
    } else {
        app.selected_company()
            .map(|c| (c.id().to_string(), Target::Top, String::new()))
    };
    let Some((policy_id, target, query)) = request else {
        // Nothing matched: a policy left in the reader would read as an answer.
        if !app.showing_corpus() && !app.searching && app.list_len() == 0 {
            app.reader.doc = None;
            app.reader.lines.clear();
            app.reader.cursor = 0;
            app.reader.top = 0;
            app.doc_gen += 1;
            app.loading_doc = false;
        }
        return;
    };
    // Already showing it: only move to the hit's section.
    if let Some(doc) = &app.reader.doc
        && doc.policy.id == policy_id
        && doc.query == query
    {
        let doc = doc.clone();
        set_doc(app, doc, target);
        return;
    }
    app.doc_gen += 1;
    app.loading_doc = true;
    fx.push(Effect::LoadDoc {
        generation: app.doc_gen,
        policy_id,
        target,
        query,
    });
}

/// Reads the policy in the reader again from the index, at the cursor's place: after a
/// refresh, its text, sections or clauses may be new.
fn reload(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(doc) = &app.reader.doc else {
        return;
    };
    let (policy_id, query) = (doc.policy.id.clone(), doc.query.clone());
    app.doc_gen += 1;
    app.loading_doc = true;
    fx.push(Effect::LoadDoc {
        generation: app.doc_gen,
        policy_id,
        target: Target::Offset(app.reader.anchor),
        query,
    });
}

fn search(app: &mut App, fx: &mut Vec<Effect>) {
    // A comparison asked for but not shown yet is dropped: letters typed after `v` in the list
    // ("vendor") were a search, and the comparison would be of the list before it.
    if app.compare.is_none() {
        app.compare_gen += 1;
    }
    // A new query brings the list back, with the reader beside it: reading full width, the
    // new results would be out of sight and out of reach.
    if app.reading {
        app.reading = false;
        relayout(app);
    }
    app.result_limit = super::app::RESULT_PAGE;
    app.bottom_pending = false;
    app.selected = 0;
    if app.showing_corpus() {
        app.search_gen += 1;
        app.results = None;
        app.searching = false;
        preview(app, fx);
        return;
    }
    ask(app, app.result_limit, fx);
}

/// Asks for more hits when the selection nears the end of those loaded.
fn more_if_needed(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(results) = &app.results else { return };
    let loaded = results.hits.len();
    if app.searching || loaded >= results.total_hits || app.selected + 5 < loaded {
        return;
    }
    ask(app, (loaded * 2).max(super::app::RESULT_PAGE), fx);
}

/// Asks the current query for `limit` hits: the first page, more of them, or the same again of
/// a refreshed index. The answer keeps the selected hit selected where it is still a hit, so
/// the list's place and the reader stay as they are.
fn ask(app: &mut App, limit: usize, fx: &mut Vec<Effect>) {
    app.result_limit = limit;
    app.search_gen += 1;
    app.searching = true;
    fx.push(Effect::Search {
        generation: app.search_gen,
        query: app.query.clone(),
        limit,
    });
}

fn insert(app: &mut App, s: &str, fx: &mut Vec<Effect>) {
    insert_quiet(app, s);
    search(app, fx);
}

/// Inserts at the cursor without searching yet.
fn insert_quiet(app: &mut App, s: &str) {
    app.query.insert_str(app.cursor, s);
    app.cursor += s.len();
}

/// The actions the results list does something with; its other letters are typed.
fn results_uses(action: Action) -> bool {
    matches!(
        action,
        Action::Down
            | Action::Up
            | Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom
            | Action::Open
            | Action::Back
            | Action::NextPane
            | Action::NextCompany
            | Action::PrevCompany
            | Action::Compare
            | Action::Quit
            | Action::Refresh
            | Action::Suspend
            | Action::Help
            | Action::Search
    )
}

fn prev_boundary(s: &str, i: usize) -> usize {
    s[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

fn next_boundary(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

/// Keys while typing in the search line: editing keys edit, a few keys leave the line.
fn search_key(app: &mut App, ev: KeyEvent, fx: &mut Vec<Effect>) {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    match ev.code {
        KeyCode::Char('u') if ctrl => {
            app.query.replace_range(..app.cursor, "");
            app.cursor = 0;
            search(app, fx);
        }
        KeyCode::Char('w') if ctrl => {
            let before = &app.query[..app.cursor];
            let trimmed = before.trim_end();
            let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            app.query.replace_range(start..app.cursor, "");
            app.cursor = start;
            search(app, fx);
        }
        KeyCode::Char('a') if ctrl => app.cursor = 0,
        KeyCode::Char('e') if ctrl => app.cursor = app.query.len(),
        // "/" is the search key: pressed on an empty search line (where the browser opens), it
        // asks for what is already there, and a query of "/clause:…" would find nothing.
        KeyCode::Char('/') if app.query.is_empty() => {}
        // "?" is the help key: on an empty search line, where the browser opens, no query
        // starts with it, and help was out of reach until a search had hits to move to.
        KeyCode::Char('?') if app.query.is_empty() => app.show_help = true,
        KeyCode::Char(c) if !ctrl && !alt => {
            let mut buf = [0u8; 4];
            insert(app, c.encode_utf8(&mut buf), fx);
        }
        KeyCode::Backspace if app.cursor > 0 => {
            let start = prev_boundary(&app.query, app.cursor);
            app.query.replace_range(start..app.cursor, "");
            app.cursor = start;
            search(app, fx);
        }
        KeyCode::Delete if app.cursor < app.query.len() => {
            let end = next_boundary(&app.query, app.cursor);
            app.query.replace_range(app.cursor..end, "");
            search(app, fx);
        }
        KeyCode::Left => app.cursor = prev_boundary(&app.query, app.cursor),
        KeyCode::Right => app.cursor = next_boundary(&app.query, app.cursor),
        KeyCode::Home => app.cursor = 0,
        KeyCode::End => app.cursor = app.query.len(),
        KeyCode::Enter | KeyCode::Down | KeyCode::Tab if app.list_len() > 0 => {
            app.focus = Focus::Results;
            if ev.code == KeyCode::Enter {
                open(app);
            }
        }
        KeyCode::Esc => {
            if !app.query.is_empty() {
                app.query.clear();
                app.cursor = 0;
                search(app, fx);
            } else if app.list_len() > 0 {
                app.focus = Focus::Results;
            }
        }
        _ => {}
    }
}

fn quit(app: &mut App, fx: &mut Vec<Effect>) {
    app.quit = true;
    fx.push(Effect::Quit);
}

fn key(app: &mut App, ev: KeyEvent, fx: &mut Vec<Effect>) {
    let action = app.keymap.action(&ev);
    // A quit key that types nothing (`ctrl-q` rebound) quits everywhere, the search line and
    // the help too; so does `ctrl-c` wherever it is bound to nothing else, as in any
    // terminal program.
    let types = matches!(ev.code, KeyCode::Char(_))
        && !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let ctrl_c = ev.code == KeyCode::Char('c') && ev.modifiers.contains(KeyModifiers::CONTROL);
    let quits = match action {
        Some(Action::Quit) => !types,
        None => ctrl_c,
        _ => false,
    };
    if app.show_help {
        // The help scrolls where it does not fit (the view holds the scroll within bounds);
        // any other key closes it.
        let most = super::layout::HelpGeometry::of(app.size.0, app.size.1).max_scroll();
        match action {
            Some(Action::Down) => app.help_scroll = (app.help_scroll + 1).min(most),
            Some(Action::Up) => app.help_scroll = app.help_scroll.saturating_sub(1),
            Some(Action::PageDown) => app.help_scroll = (app.help_scroll + 10).min(most),
            Some(Action::PageUp) => app.help_scroll = app.help_scroll.saturating_sub(10),
            Some(Action::Top) => app.help_scroll = 0,
            Some(Action::Bottom) => app.help_scroll = most,
            _ => {
                app.show_help = false;
                app.help_scroll = 0;
                // `q` closes the help like any other key, as it says; ctrl-c still quits.
                if quits {
                    quit(app, fx);
                }
            }
        }
        return;
    }
    // Control keys that act everywhere, the search line too (they type nothing there).
    match action {
        Some(Action::Suspend) => return fx.push(Effect::Suspend),
        Some(Action::Refresh) => return fx.push(Effect::Refresh),
        _ if quits => return quit(app, fx),
        _ => {}
    }
    if app.focus == Focus::Search {
        search_key(app, ev, fx);
        return;
    }
    let printable = match ev.code {
        KeyCode::Char(c)
            if !ev
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    };
    // A letter whose action the pane has no use for ("c", next clause, in the list; "h", a
    // comparison's scroll, in the reader) is typed: "cookies" typed there is "cookies".
    let action = action.filter(|a| {
        let unused = match app.focus {
            Focus::Results => !results_uses(*a),
            Focus::Reader | Focus::Outline => matches!(a, Action::Left | Action::Right),
            _ => false,
        };
        !(printable.is_some() && unused)
    });
    let Some(action) = action else {
        // A printable key bound to nothing starts a search (as in fzf). A query already there
        // gets the new word after a space, not glued to its last word ("cookiessharing").
        if let Some(c) = printable {
            // The comparison shows the results of the query being changed: it closes.
            if app.focus == Focus::Compare {
                app.compare = None;
            }
            app.focus = Focus::Search;
            app.cursor = app.query.len();
            if !app.query.is_empty() && !app.query.ends_with(char::is_whitespace) && c != ' ' {
                insert_quiet(app, " ");
                app.message = Some("added to the search · esc clears it".to_string());
            }
            let mut buf = [0u8; 4];
            insert(app, c.encode_utf8(&mut buf), fx);
        }
        return;
    };
    // A letter that acts in the list says what it did: typing a word there that starts with
    // one ("jobs", "quick") would otherwise seem to lose letters.
    if app.focus == Focus::Results
        && printable.is_some_and(char::is_alphabetic)
        && !matches!(action, Action::Quit | Action::Help)
        && let Some((_, _, _, what)) = TABLE.iter().find(|(a, ..)| *a == action)
    {
        let key = app.keymap.first_key(action).unwrap_or_default();
        let search = app.keymap.first_key(Action::Search).unwrap_or_default();
        app.message = Some(format!("{key}: {what} · {search} to search"));
    }
    match action {
        Action::Quit => return quit(app, fx),
        Action::Help => {
            app.show_help = true;
            return;
        }
        Action::Search => {
            app.focus = Focus::Search;
            app.cursor = app.query.len();
            return;
        }
        _ => {}
    }
    match app.focus {
        Focus::Search => {}
        Focus::Results => results_action(app, action, fx),
        Focus::Reader => reader_action(app, action, fx),
        Focus::Outline => outline_action(app, action, fx),
        Focus::Compare => compare_action(app, action),
    }
}

fn open(app: &mut App) {
    if app.list_len() == 0 {
        return;
    }
    app.reading = true;
    app.focus = Focus::Reader;
    relayout(app);
}

fn close_reading(app: &mut App) {
    app.reading = false;
    app.focus = Focus::Results;
    relayout(app);
}

fn move_selection(app: &mut App, to: isize, fx: &mut Vec<Effect>) {
    let len = app.list_len();
    if len == 0 {
        return;
    }
    let new = to.clamp(0, len as isize - 1) as usize;
    if new != app.selected {
        app.selected = new;
        preview(app, fx);
    }
    if !app.showing_corpus() {
        more_if_needed(app, fx);
    }
}

/// The last hit: of those loaded, and, when more are still to come, of the hits up to
/// [`BOTTOM_HITS`](super::app::BOTTOM_HITS) once they arrive (one search, not a page at a time).
fn bottom(app: &mut App, fx: &mut Vec<Effect>) {
    let want = match &app.results {
        Some(r) if !app.showing_corpus() => {
            r.total_hits.min(super::app::BOTTOM_HITS).max(r.hits.len())
        }
        _ => 0,
    };
    if want <= app.hits().len() {
        move_selection(app, isize::MAX / 2, fx);
        return;
    }
    let last = app.list_len().saturating_sub(1);
    if last != app.selected {
        app.selected = last;
        preview(app, fx);
    }
    app.bottom_pending = true;
    ask(app, want, fx);
}

/// Rows a page of the list holds (hits take two lines or three).
fn list_page(app: &App) -> isize {
    let rows = panes(app).list.map_or(10, |r| r.height.saturating_sub(2));
    (rows / 3).max(1) as isize
}

fn results_action(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let sel = app.selected as isize;
    match action {
        Action::Down => move_selection(app, sel + 1, fx),
        Action::Up => move_selection(app, sel - 1, fx),
        Action::PageDown => move_selection(app, sel + list_page(app), fx),
        Action::PageUp => move_selection(app, sel - list_page(app), fx),
        Action::Top => move_selection(app, 0, fx),
        Action::Bottom => bottom(app, fx),
        Action::Open => open(app),
        Action::Back => app.focus = Focus::Search,
        Action::NextPane if panes(app).reader.is_some() && app.reader.doc.is_some() => {
            app.focus = Focus::Reader;
        }
        Action::NextCompany | Action::PrevCompany => {
            let forward = action == Action::NextCompany;
            let target = company_boundary(app, forward);
            move_selection(app, target as isize, fx);
        }
        Action::Compare => compare(app, fx),
        _ => {}
    }
}

/// The first hit of the next (or previous) company in the list.
fn company_boundary(app: &App, forward: bool) -> usize {
    let hits = app.hits();
    if app.showing_corpus() || hits.is_empty() {
        let step: isize = if forward { 1 } else { -1 };
        return (app.selected as isize + step).max(0) as usize;
    }
    let current = &hits[app.selected.min(hits.len() - 1)].company_key;
    if forward {
        hits.iter()
            .skip(app.selected)
            .position(|h| &h.company_key != current)
            .map_or(app.selected, |i| app.selected + i)
    } else {
        // Start of the previous company's run.
        let mut i = app.selected;
        while i > 0 && &hits[i - 1].company_key == current {
            i -= 1;
        }
        if i == 0 {
            return 0;
        }
        let prev = &hits[i - 1].company_key;
        while i > 0 && &hits[i - 1].company_key == prev {
            i -= 1;
        }
        i
    }
}

/// Offsets of where sections start.
fn section_starts(app: &App) -> Vec<usize> {
    app.reader
        .doc
        .as_ref()
        .map(|d| d.policy.sections.iter().map(|s| s.span.start).collect())
        .unwrap_or_default()
}

fn reader_action(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let page = app.reader.height.saturating_sub(1).max(1) as isize;
    match action {
        Action::Down => app.reader.move_cursor(1),
        Action::Up => app.reader.move_cursor(-1),
        Action::PageDown => {
            app.reader.move_cursor(page);
            app.reader.top = app.reader.cursor.saturating_sub(app.reader.height / 2);
            app.reader.scroll_to_cursor();
        }
        Action::PageUp => app.reader.move_cursor(-page),
        Action::Top => app.reader.move_cursor(isize::MIN / 2),
        Action::Bottom => app.reader.move_cursor(isize::MAX / 2),
        Action::NextSection | Action::PrevSection => {
            let here = app.reader.section();
            let starts = section_starts(app);
            let to = if action == Action::NextSection {
                (here + 1).min(starts.len().saturating_sub(1))
            } else if app.reader.cursor_offset() > starts.get(here).copied().unwrap_or(0) {
                here
            } else {
                here.saturating_sub(1)
            };
            if let Some(&offset) = starts.get(to) {
                app.reader.jump_to_offset(offset);
                app.outline_selected = to;
            }
        }
        Action::NextMatch | Action::PrevMatch => {
            let ranges: Vec<usize> = app
                .reader
                .doc
                .as_ref()
                .map(|d| d.matches.iter().map(|r| r.start).collect())
                .unwrap_or_default();
            step_to(app, &ranges, action == Action::NextMatch);
        }
        Action::NextClause | Action::PrevClause => {
            step_clause(app, action == Action::NextClause);
        }
        Action::NextCompany | Action::PrevCompany => jump(app, action == Action::NextCompany, fx),
        Action::Compare => compare(app, fx),
        Action::Open if !app.reading => open(app),
        Action::Back => close_reading(app),
        Action::NextPane => {
            app.focus = if panes(app).outline.is_some() {
                Focus::Outline
            } else if app.reading {
                Focus::Reader
            } else {
                Focus::Results
            };
        }
        _ => {}
    }
    app.outline_selected = app.reader.section();
}

/// Moves the reader to the next (or previous) clause in text order: from the clause named at
/// the cursor to the one after it, even on the same line; from elsewhere, to the first beyond
/// the cursor line. Past the last, round to the first, saying so, as `n` does.
fn step_clause(app: &mut App, forward: bool) {
    let reader = &app.reader;
    let (Some(doc), Some(line)) = (reader.doc.as_ref(), reader.lines.get(reader.cursor)) else {
        return;
    };
    let target = match reader.clause_index_at_cursor() {
        Some(i) if forward => (i + 1 < doc.clauses.len()).then_some(i + 1),
        Some(i) => i.checked_sub(1),
        None if forward => doc.clauses.iter().position(|c| c.start >= line.end),
        None => doc.clauses.iter().rposition(|c| c.start < line.start),
    };
    let target = match target {
        Some(t) => t,
        None if doc.clauses.is_empty() => {
            app.message = Some("no clauses in this policy".to_string());
            return;
        }
        None => {
            app.message = Some(
                if forward {
                    "last clause passed: back to the first"
                } else {
                    "first clause passed: on to the last"
                }
                .to_string(),
            );
            if forward { 0 } else { doc.clauses.len() - 1 }
        }
    };
    let start = doc.clauses[target].start;
    app.reader.jump_to_offset(start);
    app.reader.clause = Some(target);
}

/// Moves the reader cursor to the next (or previous) of `offsets` beyond the cursor line.
/// Moves to the next (previous) of `offsets` past the cursor's line; past the last, round to
/// the first, saying so, as a pager's search does.
fn step_to(app: &mut App, offsets: &[usize], forward: bool) {
    let Some(line) = app.reader.lines.get(app.reader.cursor).copied() else {
        return;
    };
    let target = if forward {
        offsets
            .iter()
            .copied()
            .find(|&o| o >= line.end.max(line.start + 1))
    } else {
        offsets.iter().copied().rev().find(|&o| o < line.start)
    };
    let wrapped = if forward {
        offsets.first()
    } else {
        offsets.last()
    };
    match (target, wrapped) {
        (Some(o), _) => app.reader.jump_to_offset(o),
        (None, Some(&o)) => {
            app.reader.jump_to_offset(o);
            app.message = Some(
                if forward {
                    "last match passed: back to the first"
                } else {
                    "first match passed: on to the last"
                }
                .to_string(),
            );
        }
        (None, None) => app.message = Some("no matches in this policy".to_string()),
    }
}

/// The topic of the current reader section (or of the selected hit).
fn current_topic(app: &App) -> Option<(String, String)> {
    if let Some(doc) = &app.reader.doc {
        let section = doc.policy.sections.get(app.reader.section())?;
        return Some((section.topic.clone(), doc.policy.company_key.clone()));
    }
    app.selected_hit()
        .map(|h| (h.topic.clone(), h.company_key.clone()))
}

fn jump(app: &mut App, forward: bool, fx: &mut Vec<Effect>) {
    let Some((topic, from)) = current_topic(app) else {
        return;
    };
    let like = likeness(app);
    app.doc_gen += 1;
    app.loading_doc = true;
    app.jump_from = Some((app.doc_gen, from.clone(), forward));
    fx.push(Effect::Jump {
        generation: app.doc_gen,
        topic,
        from,
        forward,
        order: app.company_order(),
        query: app.query.clone(),
        like,
    });
}

/// Whether a topic jump from company `from` to `to` went round the end of the list, as `n`
/// and `c` say they do.
/// Whether a jump from company `from` to `to` went round the end of the list, and how many
/// companies of the list it passed over on the way; `None` if either is not in the list.
fn passed(app: &App, from: &str, to: &str, forward: bool) -> Option<(bool, usize)> {
    let (at, n) = if app.showing_corpus() {
        (
            (
                app.corpus.find(from).map(|(i, _)| i),
                app.corpus.find(to).map(|(i, _)| i),
            ),
            app.corpus.len(),
        )
    } else {
        let order = app.company_order();
        (
            (
                order.iter().position(|k| k == from),
                order.iter().position(|k| k == to),
            ),
            order.len(),
        )
    };
    let (Some(a), Some(b)) = at else { return None };
    if a == b {
        return Some((false, 0));
    }
    let round = (forward && b < a) || (!forward && b > a);
    // Steps from a to b the way the jump went, less the one that landed.
    let steps = if forward {
        (b + n - a) % n
    } else {
        (a + n - b) % n
    };
    Some((round, steps.saturating_sub(1)))
}

/// The clause kinds and heading words of the section being read (or of the selected hit): a
/// topic jump lands on the section most like it.
fn likeness(app: &App) -> Likeness {
    if let Some(doc) = &app.reader.doc
        && let Some(section) = doc.policy.sections.get(app.reader.section())
    {
        return Likeness::of(&doc.clauses, section.span.range(), &section.heading);
    }
    app.selected_hit()
        .map_or_else(Likeness::default, |h| Likeness {
            kinds: h.clauses.clone(),
            words: Likeness::heading_words(&h.heading),
        })
}

/// What a comparison of the list leaves out: companies past the limit, and those whose hits
/// the list has not loaded yet (and whether there are such).
fn left_out_of_compare(app: &App) -> (usize, bool) {
    let order = app.company_order();
    let (listed, known) = match &app.results {
        Some(r) if !order.is_empty() => (r.total_companies.max(order.len()), order.len()),
        _ => (app.corpus.len(), app.corpus.len()),
    };
    (
        listed.saturating_sub(known.min(COMPARE_LIMIT)),
        known < listed,
    )
}

fn compare(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((topic, current)) = current_topic(app) else {
        return;
    };
    // The version being read comes first, not the company's latest.
    let read = app
        .reader
        .doc
        .as_ref()
        .map(|d| d.policy.id.clone())
        .or_else(|| app.selected_hit().map(|h| h.policy_id.clone()));
    let mut columns = vec![(current.clone(), read.clone())];
    let order = app.company_order();
    // One company listed: its versions side by side (the worker finds them all).
    let versions = order.len() == 1 && order[0] == current;
    if !versions {
        columns.extend(
            order
                .into_iter()
                .filter(|c| *c != current)
                .map(|c| (c, None)),
        );
    }
    columns.truncate(COMPARE_LIMIT);
    let mut first: Vec<(String, usize)> = Vec::new();
    if let Some(doc) = &app.reader.doc {
        first.push((doc.policy.id.clone(), app.reader.section()));
    }
    for h in app.hits() {
        for name in [&h.policy_id, &h.company_key] {
            if !first.iter().any(|(k, _)| k == name) {
                first.push((name.clone(), h.ordinal));
            }
        }
    }
    app.compare_gen += 1;
    fx.push(Effect::Compare {
        generation: app.compare_gen,
        topic,
        columns,
        versions,
        first,
    });
}

fn outline_action(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    let n = section_starts(app).len();
    if n == 0 {
        if action == Action::Back {
            close_reading(app);
        }
        return;
    }
    let sel = app.outline_selected as isize;
    let to = match action {
        Action::Down => sel + 1,
        Action::Up => sel - 1,
        Action::PageDown => sel + 10,
        Action::PageUp => sel - 10,
        Action::Top => 0,
        Action::Bottom => n as isize - 1,
        Action::Open | Action::NextPane => {
            app.focus = if action == Action::Open || app.reading {
                Focus::Reader
            } else {
                Focus::Results
            };
            return;
        }
        Action::Back => return close_reading(app),
        Action::NextCompany | Action::PrevCompany => {
            return jump(app, action == Action::NextCompany, fx);
        }
        Action::Compare => return compare(app, fx),
        _ => return,
    };
    let to = to.clamp(0, n as isize - 1) as usize;
    app.outline_selected = to;
    let starts = section_starts(app);
    app.reader.jump_to_offset(starts[to]);
}

fn compare_action(app: &mut App, action: Action) {
    let visible = compare_columns(app);
    let Some(view) = app.compare.as_mut() else {
        app.focus = Focus::Results;
        return;
    };
    let last_first = view.columns.len().saturating_sub(visible);
    match action {
        Action::Right | Action::NextPane => view.first = (view.first + 1).min(last_first),
        Action::Left => view.first = view.first.saturating_sub(1),
        Action::Down => view.scroll += 1,
        Action::Up => view.scroll = view.scroll.saturating_sub(1),
        Action::PageDown => view.scroll += 10,
        Action::PageUp => view.scroll = view.scroll.saturating_sub(10),
        Action::Top => view.scroll = 0,
        Action::Back | Action::Compare => close_compare(app),
        _ => {}
    }
}

fn close_compare(app: &mut App) {
    app.compare = None;
    app.focus = app.before_compare;
    relayout(app);
}

fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
}

fn mouse(app: &mut App, m: crossterm::event::MouseEvent, fx: &mut Vec<Effect>) {
    let p = panes(app);
    let (col, row) = (m.column, m.row);
    let scroll = match m.kind {
        MouseEventKind::ScrollDown => 3,
        MouseEventKind::ScrollUp => -3,
        MouseEventKind::Down(MouseButton::Left) => 0,
        _ => return,
    };
    if let Some(r) = p.reader.filter(|r| contains(*r, col, row)) {
        if scroll != 0 {
            app.reader.move_cursor(scroll);
        } else {
            app.focus = Focus::Reader;
            let line = app.reader.top + row.saturating_sub(r.y + 1) as usize;
            app.reader.cursor = line.min(app.reader.lines.len().saturating_sub(1));
            app.reader.anchor = app.reader.cursor_offset();
            app.reader.scroll_to_cursor();
        }
        app.outline_selected = app.reader.section();
    } else if let Some(r) = p.list.filter(|r| contains(*r, col, row)) {
        if scroll != 0 {
            move_selection(app, app.selected as isize + scroll.signum(), fx);
        } else {
            app.focus = Focus::Results;
            if let Some(i) = super::view::list_entry_at(app, r, row) {
                move_selection(app, i as isize, fx);
            }
        }
    } else if let Some(r) = p.outline.filter(|r| contains(*r, col, row)) {
        let n = section_starts(app).len();
        let to = if scroll != 0 {
            (app.outline_selected as isize + scroll.signum()).clamp(0, n as isize - 1) as usize
        } else {
            app.focus = Focus::Outline;
            super::view::outline_entry_at(app, r, row).unwrap_or(app.outline_selected)
        };
        if let Some(&offset) = section_starts(app).get(to) {
            app.outline_selected = to;
            app.reader.jump_to_offset(offset);
        }
    } else if p.compare.is_some_and(|r| contains(r, col, row))
        && let Some(view) = app.compare.as_mut()
    {
        view.scroll = (view.scroll as isize + scroll).max(0) as usize;
    } else if contains(p.search, col, row) && scroll == 0 {
        app.focus = Focus::Search;
    }
}

/// Builds the comparison view's state (used by the worker's answer).
pub fn compare_view(topic: String, columns: Vec<super::app::CompareColumn>) -> CompareView {
    CompareView {
        topic,
        columns,
        left_out: 0,
        unloaded: false,
        without_topic: 0,
        first: 0,
        scroll: 0,
    }
}
