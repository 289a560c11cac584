//! The browser, headless: the real index of data/, the real update and view, a test backend.
//! Snapshots show each screen with a row of style codes under every styled row (M = search
//! match, g/r/y = good/bad/neutral clause or topic colours, c = headings and keys, m =
//! companies, s = selection; see `policytui::tui::headless::style_code`).

use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};
use policytui::search::{RefreshOptions, refresh};
use policytui::tui::app::{App, Focus};
use policytui::tui::headless::{Headless, key_event};
use policytui::tui::keys::Keymap;
use policytui::tui::msg::{Effect, Msg};
use policytui::tui::update::update;

fn index_of_seeds() -> tempfile::TempDir {
    index_of(Path::new("data"))
}

/// A fresh index of the policies in `data`.
fn index_of(data: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let opts = RefreshOptions {
        threads: 1,
        memory: 20_000_000,
        ..RefreshOptions::default()
    };
    refresh(data, dir.path(), &opts, &|_| {}).unwrap();
    dir
}

fn browser(index: &tempfile::TempDir, w: u16, h: u16) -> Headless {
    Headless::open(index.path(), w, h, true).unwrap()
}

/// Rows of the styled screen whose text contains `needle`, with their style rows.
fn styled_row(screen: &str, needle: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = screen.lines().collect();
    let i = lines.iter().position(|l| l.contains(needle))?;
    Some((
        lines[i].to_string(),
        lines.get(i + 1).unwrap_or(&"").to_string(),
    ))
}

#[test]
fn corpus_overview() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    let screen = b.styled_screen();
    assert!(screen.contains("5 companies"), "{screen}");
    assert!(screen.contains("✓ no-sale"), "{screen}");
    insta::assert_snapshot!("corpus_80x24", screen);
    let mut b = browser(&index, 120, 40);
    insta::assert_snapshot!("corpus_120x40", b.styled_screen());
}

#[test]
fn search_will_not_sell() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("will not sell");
    let screen = b.styled_screen();
    assert!(screen.contains("3 hits in 3 companies"), "{screen}");
    assert!(
        screen.contains("Legs Japan") && screen.contains("Japan Talk"),
        "{screen}"
    );
    insta::assert_snapshot!("search_80x24", screen);
    let mut b = browser(&index, 120, 40);
    b.type_str("will not sell");
    insta::assert_snapshot!("search_120x40", b.styled_screen());
}

#[test]
fn reader_shows_the_sentence_highlighted() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("will not sell");
    b.key(KeyCode::Enter);
    assert_eq!(b.app.focus, Focus::Reader);
    assert!(b.app.reading);
    let screen = b.styled_screen();
    let (row, styles) = styled_row(&screen, "not sell or share").expect("sentence visible");
    let col = row.find("not sell").unwrap();
    let col = row[..col].chars().count();
    assert_eq!(&styles[col..col + 3], "MMM", "{row}\n{styles}");
    // The clause gutter mark and colour: ✓ green.
    assert!(row.contains('✓'), "{row}");
    insta::assert_snapshot!("reader_80x24", screen);
    let mut b = browser(&index, 120, 40);
    b.type_str("will not sell");
    b.key(KeyCode::Enter);
    insta::assert_snapshot!("reader_120x40", b.styled_screen());
}

/// `n` past the last match goes round to the first, and says so; `N` the other way.
#[test]
fn match_stepping_goes_round() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("information");
    b.key(KeyCode::Enter);
    let matches = b.app.reader.doc.as_ref().unwrap().matches.len();
    assert!(matches > 2, "{matches}");
    let mut seen = Vec::new();
    for _ in 0..matches * 3 {
        b.key(KeyCode::Char('n'));
        seen.push(b.app.reader.cursor);
        if b.app.message.is_some() {
            break;
        }
    }
    let message = b.app.message.clone().expect("round to the first");
    assert!(message.contains("back to the first"), "{message}");
    let first = *seen.last().unwrap();
    assert!(
        seen[..seen.len() - 1].iter().all(|&c| c > first),
        "{seen:?}"
    );
    b.key(KeyCode::Char('N'));
    let message = b.app.message.clone().expect("round to the last");
    assert!(message.contains("on to the last"), "{message}");
}

/// Opens FROM JAPAN's "will not sell" hit (its "Provision to Third Parties" section).
fn open_from_japan(b: &mut Headless) {
    b.type_str("will not sell");
    b.key(KeyCode::Enter);
    b.key(KeyCode::Esc);
    while b
        .app
        .selected_hit()
        .is_some_and(|h| h.company != "FROM JAPAN")
    {
        b.key(KeyCode::Char('j'));
    }
    b.key(KeyCode::Enter);
}

/// (company, section heading) under the reader's cursor.
fn reading(b: &Headless) -> (String, String) {
    let doc = b.app.reader.doc.as_ref().expect("a document is open");
    let section = &doc.policy.sections[b.app.reader.section()];
    (doc.policy.company.clone(), section.heading.clone())
}

#[test]
fn same_topic_in_the_next_company() {
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 30);
    open_from_japan(&mut b);
    assert_eq!(
        reading(&b),
        ("FROM JAPAN".into(), "Provision to Third Parties".into())
    );
    b.key(KeyCode::Char('}'));
    assert_eq!(
        reading(&b),
        (
            "Japan Talk".into(),
            "Information Sharing and Disclosure".into()
        )
    );
    assert!(b.screen().contains("Japan Talk (japan-talk.com)"));
    b.key(KeyCode::Char('{'));
    assert_eq!(
        reading(&b),
        ("FROM JAPAN".into(), "Provision to Third Parties".into())
    );
}

/// A topic jump lands on the section most like the one it leaves (the clauses it holds, its
/// heading's words), not the first on the topic, and comes back to it.
#[test]
fn same_topic_lands_on_the_like_section_and_back() {
    let data = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(data.path().join(name), text).unwrap();
    write(
        "alpha.md",
        "# Alpha Privacy Policy\n\n## Sharing with partners\n\nWe share your personal information \
         with our partners and service providers who help us run the site.\n\n\
         ## Business transfers\n\nIf Alpha is involved in a merger, acquisition or sale of \
         assets, your personal information may be transferred to the buyer.\n",
    );
    write(
        "beta.md",
        "# Beta Privacy Policy\n\n## Disclosure to vendors\n\nWe disclose your personal \
         information to vendors and service providers who process it for us.\n\n\
         ## Business acquisition\n\nIn the event of a merger or acquisition, your personal \
         information may be sold to the acquiring company.\n",
    );
    let index = index_of(data.path());
    let mut b = browser(&index, 100, 30);
    b.key(KeyCode::Esc);
    b.key(KeyCode::Enter);
    while reading(&b).1 != "Business transfers" {
        let before = reading(&b);
        b.key(KeyCode::Char(']'));
        assert_ne!(
            reading(&b),
            before,
            "no business transfers section in Alpha"
        );
    }
    let topic = |b: &Headless| {
        let doc = b.app.reader.doc.as_ref().unwrap();
        doc.policy.sections[b.app.reader.section()].topic.clone()
    };
    let sharing = topic(&b);
    b.key(KeyCode::Char('}'));
    assert_eq!(reading(&b), ("Beta".into(), "Business acquisition".into()));
    assert_eq!(topic(&b), sharing);
    b.key(KeyCode::Char('{'));
    assert_eq!(reading(&b), ("Alpha".into(), "Business transfers".into()));
}

/// Letters typed after `v` in the list before the comparison arrives are a search ("vendor"):
/// the comparison of the list before it is dropped, not shown over the new results.
#[test]
fn typing_on_after_v_drops_the_comparison_asked_for() {
    use policytui::tui::msg::{Effect, Msg};
    use policytui::tui::update::{compare_view, update};
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 30);
    b.type_str("sharing");
    b.key(KeyCode::Enter);
    b.key(KeyCode::Esc);
    assert_eq!(b.app.focus, Focus::Results);
    let key = |c| Msg::Key(key_event(KeyCode::Char(c), KeyModifiers::NONE));
    let generation = update(&mut b.app, key('v'))
        .into_iter()
        .find_map(|e| match e {
            Effect::Compare { generation, .. } => Some(generation),
            _ => None,
        })
        .expect("v asks for a comparison");
    // The worker has not answered yet; the user types on.
    b.type_str("endor");
    b.send(Msg::Compare {
        generation,
        outcome: Ok(compare_view("sharing".into(), Vec::new())),
    });
    assert!(b.app.compare.is_none());
    assert_ne!(b.app.focus, Focus::Compare);
}

/// A query longer than the search line scrolls: the end being typed stays in sight.
#[test]
fn a_long_query_scrolls_the_search_line() {
    let index = index_of_seeds();
    let mut b = browser(&index, 40, 12);
    b.key(KeyCode::Esc);
    b.type_str("we may share your personal information with third parties in a merger");
    let first = b.screen().lines().next().unwrap_or("").to_string();
    assert!(first.starts_with("/ …"), "{first}");
    assert!(first.trim_end().ends_with("in a merger"), "{first}");
    assert!(first.chars().count() <= 40, "{first}");
    // Back at the start, it shows from the start.
    b.key(KeyCode::Home);
    let first = b.screen().lines().next().unwrap_or("").to_string();
    assert!(first.starts_with("/ we may share"), "{first}");
    // Too narrow for the prompt, it still draws.
    b.resize(2, 12);
    let _ = b.screen();
}

/// Without a query the companies follow the overview: by name.
#[test]
fn same_topic_from_the_overview_follows_company_names() {
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 30);
    assert_eq!(b.app.selected_company().unwrap().company(), "FROM JAPAN");
    b.key(KeyCode::Enter);
    while reading(&b).1 != "Provision to Third Parties" {
        let before = reading(&b);
        b.key(KeyCode::Char(']'));
        assert_ne!(reading(&b), before, "no sharing section in FROM JAPAN");
    }
    b.key(KeyCode::Char('}'));
    assert_eq!(
        reading(&b),
        (
            "Japan Auto Parts.com".into(),
            "Certain exception disclosures".into()
        )
    );
    b.key(KeyCode::Char('}'));
    assert_eq!(reading(&b).0, "Japan Talk");
    b.key(KeyCode::Char('{'));
    b.key(KeyCode::Char('{'));
    assert_eq!(reading(&b).0, "FROM JAPAN");
    // The list follows the reader: back in it, the company read is the one selected, and ⏎
    // opens it (it stayed on FROM JAPAN while the reader showed Japan Talk).
    b.key(KeyCode::Char('}'));
    b.key(KeyCode::Char('}'));
    b.key(KeyCode::Esc);
    assert_eq!(b.app.selected_company().unwrap().company(), "Japan Talk");
    b.key(KeyCode::Enter);
    assert_eq!(reading(&b).0, "Japan Talk");
    // Round the end of the list, as n and c do, saying so.
    let mut seen = 0;
    while reading(&b).0 != "FROM JAPAN" {
        b.key(KeyCode::Char('}'));
        seen += 1;
        assert!(seen < 10, "never back to FROM JAPAN");
    }
    assert_eq!(
        b.app.message.as_deref(),
        Some("last company passed: back to the first")
    );
    b.key(KeyCode::Char('{'));
    assert_eq!(
        b.app.message.as_deref(),
        Some("first company passed: on to the last")
    );
    b.key(KeyCode::Char('}'));
    assert_eq!(reading(&b).0, "FROM JAPAN");
    b.key(KeyCode::Char('}'));
    assert_eq!(b.app.message, None);
}

#[test]
fn compare_view() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    open_from_japan(&mut b);
    b.key(KeyCode::Char('v'));
    assert_eq!(b.app.focus, Focus::Compare);
    let screen = b.styled_screen();
    assert!(screen.contains("Sharing & disclosure"), "{screen}");
    insta::assert_snapshot!("compare_120x40", screen);
    let view = b.app.compare.as_ref().unwrap();
    assert_eq!(
        (view.left_out, view.unloaded),
        (0, false),
        "all companies compared"
    );
    b.key(KeyCode::Esc);
    assert_eq!(b.app.focus, Focus::Reader);
    // Companies whose hits the list has not loaded are counted, and said to be left out.
    if let Some(r) = b.app.results.as_mut() {
        r.total_companies += 19;
    }
    b.key(KeyCode::Char('v'));
    let view = b.app.compare.as_ref().unwrap();
    assert_eq!((view.left_out, view.unloaded), (19, true));
    let screen = b.screen();
    assert!(
        screen.contains("19 more not compared: G in the list loads their hits"),
        "{screen}"
    );
}

/// Compare starts at the version being read, not the company's latest; with one company
/// listed, its versions are the columns (they were its latest and every other company).
#[test]
fn compare_the_version_read_and_a_companys_versions() {
    let data = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &str| {
        std::fs::write(
            data.path().join(name),
            format!("# Privacy Policy\n\n{body}\n"),
        )
        .unwrap();
    };
    let security = |text: &str| format!("## Security\n\n{text}\n\n## Contact\n\nWrite to us.");
    write(
        "acme.com@2010-01-01.md",
        &security("We protect your data with encryption."),
    );
    write(
        "acme.com@2014-01-01.md",
        &security("We use SSL encryption and access controls."),
    );
    // The newest version says nothing of security: its column says so (a section removed).
    write(
        "acme.com@2016-01-01.md",
        "## Contact\n\nWrite to us about SSL encryption.",
    );
    write(
        "globex.com.md",
        &security("Globex keeps your information secure with firewalls."),
    );
    let index = index_of(data.path());
    let mut b = browser(&index, 150, 40);
    b.type_str("company:acme year:2010..2014 encryption");
    let versions: Vec<&str> = b.app.hits().iter().map(|h| h.policy_id.as_str()).collect();
    assert_eq!(versions.len(), 2, "{versions:?}");
    // Select the 2010 version's hit and read it.
    b.key(KeyCode::Down);
    while b.app.selected_hit().unwrap().policy_id != "acme.com@2010-01-01" {
        b.key(KeyCode::Down);
    }
    b.key(KeyCode::Enter);
    b.key(KeyCode::Char('v'));
    let columns = |b: &Headless| -> Vec<(String, Option<String>)> {
        b.app
            .compare
            .as_ref()
            .expect("a comparison")
            .columns
            .iter()
            .map(|c| {
                (
                    c.policy_id.clone(),
                    c.sections.first().map(|s| s.text.clone()),
                )
            })
            .collect()
    };
    let every_version = vec![
        (
            "acme.com@2010-01-01".to_string(),
            Some("We protect your data with encryption.".to_string()),
        ),
        (
            "acme.com@2014-01-01".to_string(),
            Some("We use SSL encryption and access controls.".to_string()),
        ),
        ("acme.com@2016-01-01".to_string(), None),
    ];
    assert_eq!(columns(&b), every_version);
    assert_eq!(b.app.compare.as_ref().unwrap().left_out, 0);
    let screen = b.screen();
    assert!(screen.contains("Security — versions 1–3 of 3"), "{screen}");
    assert!(
        screen.contains("no section on security in this version"),
        "{screen}"
    );
    // The same topic in another company: none is listed, which is what is said.
    b.key(KeyCode::Esc);
    b.key(KeyCode::Char('}'));
    assert_eq!(
        b.app.message.as_deref(),
        Some("no other company listed has a section on security")
    );
    // One company listed with one version (the newest only, as searches go): its versions
    // still, not the first companies by name.
    let mut b = browser(&index, 150, 40);
    b.type_str("company:acme ssl");
    b.key(KeyCode::Enter);
    assert_eq!(b.app.hits().len(), 1);
    b.key(KeyCode::Char('v'));
    let ids: Vec<String> = columns(&b).into_iter().map(|(id, _)| id).collect();
    let every: Vec<String> = every_version.into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, every);
}

#[test]
fn clause_navigation_explains_in_the_status_line() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("merger");
    b.key(KeyCode::Enter);
    b.key(KeyCode::Char('g'));
    let mut seen = Vec::new();
    for _ in 0..12 {
        b.key(KeyCode::Char('c'));
        let screen = b.screen();
        let status = screen.lines().nth(22).unwrap_or("").to_string();
        seen.push(status);
    }
    assert!(
        seen.iter()
            .any(|s| s.contains("merger-transfer") && s.contains("fired on")),
        "{seen:#?}"
    );
}

/// `c` visits every clause of a policy once, in text order, several on one line included
/// (each named in the status line in turn), and says when there are no more.
#[test]
fn clause_stepping_visits_every_clause_once() {
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 30);
    b.type_str("merger");
    b.key(KeyCode::Enter);
    b.key(KeyCode::Char('g'));
    let clauses: Vec<(usize, String)> = b
        .app
        .reader
        .doc
        .as_ref()
        .unwrap()
        .clauses
        .iter()
        .map(|c| (c.start, c.kind.clone()))
        .collect();
    assert!(clauses.len() > 3, "{clauses:?}");
    let mut visited = Vec::new();
    let mut wrapped = false;
    let mut several_on_a_line = false;
    let mut statuses = Vec::new();
    for _ in 0..clauses.len() + 1 {
        b.key(KeyCode::Char('c'));
        let status = b.screen().lines().nth(28).unwrap_or("").to_string();
        let c = b.app.reader.clause_at_cursor().unwrap();
        if status.contains("last clause passed") {
            // Round to the first, as `n` goes round its matches.
            assert_eq!((c.start, c.kind.clone()), clauses[0]);
            wrapped = true;
            break;
        }
        statuses.push(status.clone());
        assert!(status.contains(&c.kind), "{status}");
        // "(k of n on this line)", or "(k/n here)" where that does not fit: the next is on
        // this line only while k < n.
        let counted = (status.find(" on this line").map(|at| (at, " of ")))
            .or_else(|| status.find(" here)").map(|at| (at, "/")));
        if let Some((at, sep)) = counted {
            let (k, n) = status[..at]
                .rsplit_once('(')
                .and_then(|(_, kn)| kn.split_once(sep))
                .map(|(k, n)| (k.parse::<usize>().unwrap(), n.parse::<usize>().unwrap()))
                .unwrap();
            assert!(1 <= k && k <= n && n > 1, "{status}");
            if sep == " of " {
                assert_eq!(status.contains("c for the next"), k < n, "{status}");
            }
            several_on_a_line = true;
        }
        visited.push((c.start, c.kind.clone()));
    }
    assert!(wrapped, "{visited:?}");
    assert!(several_on_a_line, "{statuses:#?}");
    // The first clause may sit on the opening line, where the cursor already is.
    let skipped = clauses.len() - visited.len();
    assert!(skipped <= 1, "{visited:?} of {clauses:?}");
    assert_eq!(visited, clauses[skipped..], "in text order, each once");
    // And back, round to the last.
    b.key(KeyCode::Char('C'));
    let status = b.screen().lines().nth(28).unwrap_or("").to_string();
    assert!(status.contains("first clause passed"), "{status}");
    let c = b.app.reader.clause_at_cursor().unwrap();
    assert_eq!(Some(&(c.start, c.kind.clone())), clauses.last());
    b.key(KeyCode::Char('c'));
    let c = b.app.reader.clause_at_cursor().unwrap();
    assert_eq!((c.start, c.kind.clone()), clauses[0]);
}

#[test]
fn help_overlay_lists_the_key_table() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.key(KeyCode::Esc); // leave the search line
    b.key(KeyCode::Char('?'));
    let screen = b.screen();
    assert!(screen.contains("same topic, company after"), "{screen}");
    insta::assert_snapshot!("help_80x24", screen);
    b.key(KeyCode::Char('x'));
    assert!(!b.app.show_help);
}

/// On a terminal too short for it, the help scrolls: every key and the legend of the marks can
/// be reached, and a key that does not scroll closes it.
#[test]
fn help_scrolls_where_it_does_not_fit() {
    let index = index_of_seeds();
    let mut b = browser(&index, 50, 15);
    b.key(KeyCode::Esc);
    b.key(KeyCode::Char('?'));
    let first = b.screen();
    assert!(first.contains("edit the search"), "{first}");
    assert!(!first.contains("good news"), "{first}");
    assert!(first.contains("g/G scroll"), "{first}");
    for _ in 0..40 {
        b.key(KeyCode::Char('j'));
    }
    let last = b.screen();
    assert!(last.contains("quit"), "{last}");
    assert!(last.contains("✓ good news"), "{last}");
    assert!(b.app.show_help);
    // Scrolled no further than the end: one step up shows the row above.
    b.key(KeyCode::Char('k'));
    assert_ne!(b.screen(), last);
    b.key(KeyCode::Char('x'));
    assert!(!b.app.show_help);
    b.key(KeyCode::Char('?'));
    assert_eq!(b.screen(), first, "the help opens at its top again");
    // At 60 columns, one column that scrolls, each description whole (two columns cut
    // "{ same topic, company before" and "} same topic, company after" to one "same topic, com…").
    let mut b = browser(&index, 60, 20);
    b.key(KeyCode::Esc);
    b.key(KeyCode::Char('?'));
    for _ in 0..40 {
        b.key(KeyCode::Char('j'));
    }
    let screen = b.screen();
    assert!(screen.contains("same topic, company after"), "{screen}");
    assert!(!screen.contains("com…"), "{screen}");
}

#[test]
fn without_colour_highlights_stay_visible() {
    let index = index_of_seeds();
    let mut b = Headless::open(index.path(), 80, 24, false).unwrap();
    b.type_str("will not sell");
    b.key(KeyCode::Enter);
    let screen = b.styled_screen();
    let (row, styles) = styled_row(&screen, "not sell or share").unwrap();
    let col = row[..row.find("not sell").unwrap()].chars().count();
    assert_eq!(&styles[col..col + 3], "MMM", "{row}\n{styles}");
    insta::assert_snapshot!("reader_no_color_80x24", screen);
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("cookies");
    for w in [0u16, 1, 2, 5, 10, 20, 33, 59, 60, 69, 70, 139, 140, 250] {
        for h in [0u16, 1, 2, 3, 4, 5, 8, 24, 60] {
            b.resize(w, h);
            b.render();
            b.key(KeyCode::Enter);
            b.render();
            b.key(KeyCode::Char('v'));
            b.render();
            b.key(KeyCode::Esc);
            b.key(KeyCode::Char('?'));
            b.render();
            b.key(KeyCode::Esc);
            b.key(KeyCode::Esc);
            b.render();
        }
    }
}

#[test]
fn mouse_wheel_and_click() {
    use crossterm::event::{MouseEvent, MouseEventKind};
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("information");
    let before = b.app.reader.cursor;
    b.send(Msg::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 60,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert!(b.app.reader.cursor > before);
    // Click the third entry of the list.
    let rows: Vec<String> = b.screen().lines().map(str::to_string).collect();
    let second_company = rows
        .iter()
        .skip(3)
        .position(|l| l.starts_with("│  ") && !l.starts_with("│   "))
        .map(|i| i + 3);
    if let Some(row) = second_company {
        b.send(Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: 5,
            row: row as u16,
            modifiers: KeyModifiers::NONE,
        }));
        assert_eq!(b.app.focus, Focus::Results);
    }
}

// ─── update alone, no engine ───────────────────────────────────────────────────────────────

fn app() -> App {
    App::new(Keymap::default(), (80, 24), true)
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(key_event(code, KeyModifiers::NONE)))
}

#[test]
fn slash_on_the_empty_search_line_is_the_search_key_not_a_character() {
    let mut a = app();
    assert!(press(&mut a, KeyCode::Char('/')).is_empty());
    assert_eq!(a.query, "");
    for c in "a/b".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    assert_eq!(a.query, "a/b");
    // "?" on the empty search line is the help key; inside a query, a character.
    let mut a = app();
    press(&mut a, KeyCode::Char('?'));
    assert!(a.show_help && a.query.is_empty());
    press(&mut a, KeyCode::Esc);
    assert!(!a.show_help);
    for c in "why?".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    assert_eq!(a.query, "why?");
}

#[test]
fn typing_asks_for_the_newest_search_only() {
    let mut a = app();
    let mut gens = Vec::new();
    for c in "sell".chars() {
        for e in press(&mut a, KeyCode::Char(c)) {
            if let Effect::Search {
                generation, query, ..
            } = e
            {
                gens.push((generation, query));
            }
        }
    }
    assert_eq!(gens.last().unwrap().1, "sell");
    // The first letter alone asks for nothing (the overview stays until a second comes).
    assert_eq!(gens.len(), 3, "{gens:?}");
    assert!(gens.windows(2).all(|w| w[0].0 < w[1].0));
    // A stale answer (for "sel") is dropped; the newest is taken.
    let stale = gens[1].0;
    let results = |q: &str| policytui::search::SearchResults {
        query: q.into(),
        total_hits: 0,
        total_companies: 0,
        exact: true,
        companies: vec![],
        hits: vec![],
        notes: vec![],
    };
    update(
        &mut a,
        Msg::Results {
            generation: stale,
            outcome: Ok(results("sel")),
        },
    );
    assert!(a.results.is_none());
    update(
        &mut a,
        Msg::Results {
            generation: gens.last().unwrap().0,
            outcome: Ok(results("sell")),
        },
    );
    assert_eq!(a.results.as_ref().unwrap().query, "sell");
}

#[test]
fn editing_keys() {
    let mut a = app();
    for c in "cookies beacons".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    update(
        &mut a,
        Msg::Key(key_event(KeyCode::Char('w'), KeyModifiers::CONTROL)),
    );
    assert_eq!(a.query, "cookies ");
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Home);
    press(&mut a, KeyCode::Char('-'));
    assert_eq!(a.query, "-cookies");
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.query, "");
    assert_eq!(a.focus, Focus::Search);
    let fx = update(
        &mut a,
        Msg::Key(key_event(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(fx.contains(&Effect::Quit));
    assert!(a.quit);
}

#[test]
fn q_quits_outside_the_search_line_and_types_inside_it() {
    let mut a = app();
    press(&mut a, KeyCode::Char('q'));
    assert_eq!(a.query, "q");
    assert!(!a.quit);
    a.focus = Focus::Results;
    // Over the help, q closes the help, as its footer says any key does; ctrl-c quits.
    a.show_help = true;
    let fx = press(&mut a, KeyCode::Char('q'));
    assert!(!a.show_help && !fx.contains(&Effect::Quit) && !a.quit);
    a.show_help = true;
    let fx = update(
        &mut a,
        Msg::Key(key_event(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(fx.contains(&Effect::Quit));
    let fx = press(&mut a, KeyCode::Char('q'));
    assert!(fx.contains(&Effect::Quit));
}

/// Quit rebound to `ctrl-q` (README's keys.toml) quits from the search line too, where the
/// browser opens; `ctrl-c`, bound to nothing then, still quits everywhere.
#[test]
fn a_rebound_quit_key_quits_everywhere() {
    let keymap = Keymap::from_toml("[keys]\nquit = [\"ctrl-q\"]\n").unwrap();
    let ctrl = |c| Msg::Key(key_event(KeyCode::Char(c), KeyModifiers::CONTROL));
    for focus in [Focus::Search, Focus::Results] {
        for c in ['q', 'c'] {
            let mut a = App::new(keymap.clone(), (80, 24), true);
            a.focus = focus;
            let fx = update(&mut a, ctrl(c));
            assert!(fx.contains(&Effect::Quit), "ctrl-{c} in {focus:?}");
        }
        // q is a letter again: typed in the search line, no quit in the list.
        let mut a = App::new(keymap.clone(), (80, 24), true);
        a.focus = focus;
        assert!(!press(&mut a, KeyCode::Char('q')).contains(&Effect::Quit));
    }
}

/// Esc and the key after it, read together as Alt+key (over ssh, from tmux), are both keys.
#[test]
fn esc_and_a_key_read_as_one_are_both() {
    let mut a = app();
    a.focus = Focus::Results;
    update(
        &mut a,
        Msg::Key(key_event(KeyCode::Char('?'), KeyModifiers::ALT)),
    );
    assert!(a.show_help, "esc then ? opens the help");
    // In the search line Alt+key stays ignored: an Esc there would clear the query.
    let mut a = app();
    for c in "sell".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    update(
        &mut a,
        Msg::Key(key_event(KeyCode::Char('b'), KeyModifiers::ALT)),
    );
    assert_eq!(a.query, "sell");
}

#[test]
fn stale_documents_are_dropped() {
    let mut a = app();
    a.doc_gen = 5;
    update(
        &mut a,
        Msg::Doc {
            generation: 4,
            outcome: Err("old".into()),
            target: policytui::tui::app::Target::Top,
        },
    );
    assert!(a.message.is_none());
    update(
        &mut a,
        Msg::Doc {
            generation: 5,
            outcome: Err("new".into()),
            target: policytui::tui::app::Target::Top,
        },
    );
    assert_eq!(a.message.as_deref(), Some("new"));
}

/// Hits come best first, so one company's hits can be far apart; the list shows each
/// company once, with all its hits under it (`will not` matches two sections of two of the
/// seed companies, with other companies' hits scoring between them).
#[test]
fn each_company_is_listed_once() {
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 60);
    b.type_str("will not ");
    let hits = b.app.hits();
    assert!(hits.len() >= 4, "{}", hits.len());
    let mut seen: Vec<&str> = Vec::new();
    for pair in hits.windows(2) {
        if pair[0].company_key != pair[1].company_key {
            assert!(
                !seen.contains(&pair[1].company_key.as_str()),
                "{} listed twice",
                pair[1].company_key
            );
            seen.push(&pair[0].company_key);
        }
    }
    let screen = b.screen();
    for company in ["FROM JAPAN", "Japan Auto Parts"] {
        let headers = screen
            .lines()
            .filter(|l| l.contains(company) && l.contains(" hit"))
            .count();
        assert!(headers <= 1, "{company} has {headers} headers:\n{screen}");
    }
}

/// A refresh that brings the first hits to a standing query shows the first of them in the
/// reader (it stayed blank, and ⏎ opened an empty outline and reader).
#[test]
fn a_refresh_that_brings_the_first_hits_previews_them() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("acme.com.md"),
        "# Acme Privacy Policy\n\n## Sharing\n\nWe will not sell your personal information.\n",
    )
    .unwrap();
    let index = index_of(data.path());
    let mut b = browser(&index, 120, 40);
    b.type_str("qwertyzap ");
    assert_eq!(b.app.list_len(), 0);
    std::fs::write(
        data.path().join("testco.com.md"),
        "# Testco Privacy Policy\n\n## Selling\n\nWe may sell qwertyzap data to brokers.\n",
    )
    .unwrap();
    let opts = RefreshOptions {
        threads: 1,
        memory: 20_000_000,
        ..RefreshOptions::default()
    };
    refresh(data.path(), index.path(), &opts, &|_| {}).unwrap();
    b.reopen(index.path()).unwrap();
    assert_eq!(b.app.list_len(), 1);
    let shown = b.app.reader.doc.as_ref().map(|d| d.policy.company.clone());
    assert_eq!(shown.as_deref(), Some("Testco"));
    assert!(b.screen().contains("We may sell qwertyzap data"));
}

/// On a narrow line the search's note keeps its suggestion: at 80 columns "did you mean
/// merger-transfer?" was cut off the end of the count line.
#[test]
fn a_narrow_count_line_keeps_the_suggestion() {
    let index = index_of_seeds();
    for width in [120, 80, 60] {
        let mut b = browser(&index, width, 24);
        b.type_str("cookies clause:merger-transfr ");
        let screen = b.screen();
        let line = screen.lines().nth(1).unwrap_or_default();
        assert!(
            line.contains("did you mean merger-transfer?"),
            "{width}: {line}"
        );
    }
}

/// A company row too long for its pane drops its count of sections, or its domain, whole: it
/// was cut mid-word ("Cambridge  cambridge.org  32 sec").
#[test]
fn company_rows_are_never_cut_mid_word() {
    let index = index_of_seeds();
    for width in [50, 60, 70, 80, 100] {
        let mut b = browser(&index, width, 30);
        let screen = b.screen();
        for line in screen.lines() {
            let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).collect();
            // A count of sections is whole: "32 sections", never "32 sec".
            let cut = words.windows(2).any(|w| {
                w[0].chars().all(|c| c.is_ascii_digit())
                    && !w[0].is_empty()
                    && w[1].starts_with('s')
                    && w[1] != "section"
                    && w[1] != "sections"
            });
            assert!(!cut, "{width}: {line}");
        }
    }
}

/// A refresh (the index building, then ready again) leaves a policy read full width as it
/// is: the standing query is asked again, not typed again (the outline vanished and the
/// reader narrowed to the results' layout).
#[test]
fn a_refresh_keeps_the_reader_full_width() {
    use policytui::tui::app::IndexState;
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.type_str("cookies");
    b.key(KeyCode::Enter);
    assert!(b.app.reading);
    let read = b.app.reader.doc.as_ref().map(|d| d.policy.id.clone());
    b.send(Msg::Index(IndexState::Building { done: 0, total: 5 }));
    b.send(Msg::Index(IndexState::Ready {
        policies: 5,
        companies: 5,
    }));
    assert!(b.app.reading);
    assert_eq!(b.app.reader.doc.as_ref().map(|d| d.policy.id.clone()), read);
    assert!(b.screen().contains("outline"));
}

/// A company's name being typed narrows as it goes: "company:fromj" finds FROM JAPAN's
/// sections (it found nothing until the name was whole), and a space ends the prefix.
#[test]
fn a_company_filter_narrows_as_its_name_is_typed() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.type_str("company:fromj");
    let companies: Vec<&str> = b.app.hits().iter().map(|h| h.company.as_str()).collect();
    assert!(!companies.is_empty());
    assert!(
        companies.iter().all(|c| *c == "FROM JAPAN"),
        "{companies:?}"
    );
    b.type_str(" ");
    assert!(
        b.app.hits().is_empty(),
        "a whole word that names no company"
    );
    let mut b = browser(&index, 120, 40);
    b.type_str("cookies company:japan");
    assert!(!b.app.hits().is_empty());
}

/// Reading full width, a new query brought no list back: the results were out of sight and
/// out of reach of the arrow keys.
#[test]
fn a_new_query_brings_the_list_back() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.type_str("cookies");
    b.key(KeyCode::Enter);
    assert!(b.app.reading);
    b.key(KeyCode::Char('/'));
    b.type_str(" sell");
    assert!(!b.app.reading);
    let screen = b.screen();
    assert!(screen.contains("hit"), "{screen}");
    b.key(KeyCode::Down);
    assert_eq!(b.app.focus, Focus::Results);
}

/// What a query left out, and the files the index skipped, are on screen.
#[test]
fn notes_and_skipped_files_show() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.type_str("clause:bogus cookies");
    let screen = b.screen();
    assert!(
        screen.contains("no clause kind is called \"bogus\", so nothing matches"),
        "{screen}"
    );
    b.key(KeyCode::Esc);
    b.send(Msg::Warnings(3));
    let screen = b.screen();
    assert!(
        screen.contains("3 skipped or read with a caveat"),
        "{screen}"
    );
}

/// `v` starts the reader's company column at the section being read, not at the first
/// section of its topic (Japan Auto Parts.com has five on collection).
#[test]
fn compare_starts_at_the_section_being_read() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.key(KeyCode::Down);
    b.key(KeyCode::Down);
    b.key(KeyCode::Enter);
    for _ in 0..4 {
        b.key(KeyCode::Char(']'));
    }
    let doc = b.app.reader.doc.as_ref().unwrap();
    assert_eq!(doc.policy.company, "Japan Auto Parts.com");
    let here = b.app.reader.section();
    let sections = &doc.policy.sections;
    let heading = sections[here].display_heading().to_string();
    let first = sections
        .iter()
        .position(|s| s.topic == sections[here].topic)
        .unwrap();
    assert!(first < here, "§{here} is the first of its topic");
    b.key(KeyCode::Char('v'));
    let view = b.app.compare.as_ref().unwrap();
    assert_eq!(view.columns[0].company, "Japan Auto Parts.com");
    assert_eq!(view.columns[0].sections[0].heading, heading);
}

/// `G` in a list still loading goes to the end of the hits to come, in one search: it used
/// to stop at the last hit loaded, and only a second `G` went further.
#[test]
fn bottom_reaches_the_end_of_a_list_still_loading() {
    fn hit(i: usize) -> policytui::search::Hit {
        policytui::search::Hit {
            policy_id: format!("p{i}"),
            company: format!("Company {i}"),
            company_key: format!("c{i}"),
            domain: None,
            archived: None,
            heading: format!("Section {i}"),
            ordinal: 0,
            level: 2,
            topic: "other".into(),
            clauses: vec![],
            score: 1.0 / (i + 1) as f32,
            section_start: 0,
            focus: 0,
            snippet: String::new(),
            highlights: vec![],
        }
    }
    let results = |n: usize, total: usize| policytui::search::SearchResults {
        query: "x".into(),
        total_hits: total,
        total_companies: total,
        exact: true,
        companies: vec![],
        hits: (0..n).map(hit).collect(),
        notes: vec![],
    };
    let searches = |fx: &[Effect]| -> Vec<(u64, usize)> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Search {
                    generation, limit, ..
                } => Some((*generation, *limit)),
                _ => None,
            })
            .collect()
    };
    for total in [120, 5000] {
        let mut a = app();
        press(&mut a, KeyCode::Char('x'));
        let (generation, limit) = searches(&press(&mut a, KeyCode::Char('y')))[0];
        assert_eq!(limit, 50);
        update(
            &mut a,
            Msg::Results {
                generation,
                outcome: Ok(results(50, total)),
            },
        );
        a.focus = Focus::Results;
        let asked = searches(&press(&mut a, KeyCode::Char('G')));
        let want = total.min(1000);
        assert_eq!(asked.len(), 1, "one search for the rest: {asked:?}");
        assert_eq!(asked[0].1, want);
        assert_eq!(a.selected, 49, "the last hit loaded while the rest comes");
        update(
            &mut a,
            Msg::Results {
                generation: asked[0].0,
                outcome: Ok(results(want, total)),
            },
        );
        assert_eq!(a.selected, want - 1, "total {total}");
        assert_eq!(
            a.selected_hit().unwrap().policy_id,
            format!("p{}", want - 1)
        );
        // At the end, `G` asks for nothing more, and more hits for the same query later
        // keep the selection where it is.
        a.selected = 3;
        let asked = searches(&press(&mut a, KeyCode::Char('G')));
        assert!(asked.is_empty() || total > 1000, "{asked:?}");
    }
}

/// Hits from several versions of one company (a `year:` search) say which version each is
/// from; the rows would read the same otherwise.
#[test]
fn hits_from_several_versions_carry_their_dates() {
    let data = tempfile::tempdir().unwrap();
    for year in ["2014", "2016"] {
        std::fs::write(
            data.path().join(format!("acme.example@{year}-01-01.md")),
            "# Acme Privacy Policy\n\n## Sharing\n\nAcme will never sell your personal information.\n",
        )
        .unwrap();
    }
    let index = index_of(data.path());
    let mut b = browser(&index, 100, 24);
    b.type_str("sell year:2010..2020");
    let screen = b.screen();
    assert!(screen.contains("2014-01-01 Sharing"), "{screen}");
    assert!(screen.contains("2016-01-01 Sharing"), "{screen}");
    // The newest versions alone need no dates.
    let mut b = browser(&index, 100, 24);
    b.type_str("sell");
    let screen = b.screen();
    assert!(screen.contains("Sharing · sharing"), "{screen}");
    assert!(!screen.contains("2016-01-01 Sharing"), "{screen}");
}

/// The overview of a fresh index of `files` of data/, as the browser gets it after a refresh.
fn overview_of(files: &[&str]) -> (tempfile::TempDir, Msg) {
    let data = tempfile::tempdir().unwrap();
    for f in files {
        std::fs::copy(Path::new("data").join(f), data.path().join(f)).unwrap();
    }
    let index = index_of(data.path());
    let engine = policytui::search::Engine::open(index.path()).unwrap();
    let [corpus, _] = policytui::tui::worker::opened(&engine);
    (index, corpus)
}

#[test]
fn a_refreshed_list_keeps_the_reader_on_the_selected_policy() {
    let shown = |b: &Headless| b.app.reader.doc.as_ref().map(|d| d.policy.company.clone());
    let selected = |b: &Headless| b.app.selected_company().map(|c| c.company().to_string());
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    b.key(KeyCode::Down);
    assert_eq!(b.app.focus, Focus::Results);
    // A policy gone from before the selection: the selection moves to another policy and the
    // reader follows it, not left on one the list no longer has.
    let (_two, fewer) = overview_of(&["japan-talk.com.md", "legsjapan.com.md"]);
    b.send(fewer);
    assert_eq!(b.app.corpus.len(), 2);
    assert_eq!(shown(&b), selected(&b));
    // A policy added before the selection: the selection stays on the policy shown.
    b.key(KeyCode::Down);
    let before = selected(&b);
    assert_eq!(before.as_deref(), Some("Legs Japan"));
    let (_three, more) = overview_of(&[
        "fromjapan.co.jp.md",
        "japan-talk.com.md",
        "legsjapan.com.md",
    ]);
    b.send(more);
    assert_eq!(b.app.corpus.len(), 3);
    assert_eq!(selected(&b), before);
    assert_eq!(shown(&b), before);
    b.key(KeyCode::Enter);
    assert_eq!(shown(&b), before, "⏎ opens the policy highlighted");
    // The policy being read is read again after a refresh (its text may have changed on disk,
    // or it may be gone), at the same place.
    let id = b.app.reader.doc.as_ref().map(|d| d.policy.id.clone());
    let (_again, same) = overview_of(&[
        "fromjapan.co.jp.md",
        "japan-talk.com.md",
        "legsjapan.com.md",
    ]);
    let effects = policytui::tui::update::update(&mut b.app, same);
    assert!(
        effects.iter().any(|e| matches!(e,
            policytui::tui::msg::Effect::LoadDoc { policy_id, target: policytui::tui::app::Target::Offset(_), .. }
                if Some(policy_id) == id.as_ref())),
        "{effects:?}"
    );
}

#[test]
fn letters_typed_in_the_list_search_whole_words() {
    let index = index_of_seeds();
    let mut b = browser(&index, 120, 40);
    // From the list, a word after a query is a new word of it, not glued to the last one.
    b.type_str("cookies");
    b.key(KeyCode::Down);
    assert_eq!(b.app.focus, Focus::Results);
    b.type_str("sharing");
    assert_eq!(b.app.query, "cookies sharing");
    assert_eq!(b.app.focus, Focus::Search);
    // "c" (next clause) does nothing in the list: it is typed, so "cookies" is "cookies".
    b.key(KeyCode::Esc);
    assert!(b.app.query.is_empty());
    b.key(KeyCode::Down);
    assert_eq!(b.app.focus, Focus::Results);
    b.type_str("cookies");
    assert_eq!(b.app.query, "cookies");
    // A letter that acts in the list says what it did.
    b.key(KeyCode::Down);
    b.key(KeyCode::Char('j'));
    assert_eq!(b.app.focus, Focus::Results);
    let message = b.app.message.clone().unwrap_or_default();
    assert!(message.starts_with("j: move down"), "{message}");
}

/// A first character alone searches nothing yet: the overview stays (a lone `s` used to list
/// the two sections with a possessive "'s"), and a second character or a space searches.
#[test]
fn a_first_letter_keeps_the_overview() {
    let index = index_of_seeds();
    let mut b = browser(&index, 80, 24);
    b.type_str("s");
    let screen = b.screen();
    assert!(
        screen.contains("5 companies — keep typing to search"),
        "{screen}"
    );
    b.type_str("e");
    let screen = b.screen();
    assert!(screen.contains(" hits in 5 companies"), "{screen}");
    let mut b = browser(&index, 80, 24);
    b.type_str("s ");
    let screen = b.screen();
    assert!(screen.contains("2 hits in 2 companies"), "{screen}");
}

/// `{` `}` pass over companies with nothing on the topic, and say so: the jump seemed to miss
/// the next company of the list (found by a newcomer's trial).
#[test]
fn same_topic_says_what_it_passed_over() {
    let index = index_of_seeds();
    let mut b = browser(&index, 100, 30);
    b.key(KeyCode::Enter);
    while reading(&b).1 != "Contract Changes" {
        let before = reading(&b);
        b.key(KeyCode::Char(']'));
        assert_ne!(reading(&b), before, "no changes section in FROM JAPAN");
    }
    b.key(KeyCode::Char('}'));
    assert_eq!(reading(&b).0, "Japan Talk");
    assert_eq!(
        b.app.message.as_deref(),
        Some("1 company with no changes section passed")
    );
    b.key(KeyCode::Char('{'));
    assert_eq!(reading(&b).0, "FROM JAPAN");
    assert_eq!(
        b.app.message.as_deref(),
        Some("1 company with no changes section passed")
    );
}
