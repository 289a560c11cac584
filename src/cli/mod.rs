//! The command line. One file per subcommand; this one holds the argument definitions shared
//! by all of them and the dispatch.

mod classify;
mod clauses;
mod completions;
mod diff;
mod evaluate;
mod export;
mod gen_corpus;
mod index;
mod json;
mod memory;
mod named;
mod output;
mod paths;
mod refresh;
mod search;
mod show;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

pub use output::Styles;

#[derive(Parser, Debug)]
#[command(
    name = "policytui",
    version,
    about = "Read, search and compare website privacy policies",
    long_about = "Read, search and compare website privacy policies at corpus scale.\n\n\
        policytui reads a folder of policies (markdown, plain text, numbered sections, HTML, \
        GoPPC XML), indexes it with Tantivy, and answers keyword and phrase searches. The \
        index is built on first use and refreshed when files change.",
    after_help = "Query language: words (all must match), \"exact phrases\", OR, -word, prefix*, \
        company:NAME, topic:TOPIC, clause:KIND (policytui clauses lists the kinds), year:2014 \
        or year:2010..2015. See README.md."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every subcommand accepts.
#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Folder of policies [default: ./data, else the built-in samples]
    #[arg(long, global = true, value_name = "DIR", env = "POLICYTUI_DATA")]
    pub data: Option<PathBuf>,
    /// Index folder [default: ./index for ./data, else a per-folder cache]
    #[arg(long, global = true, value_name = "DIR", env = "POLICYTUI_INDEX")]
    pub index: Option<PathBuf>,
    /// Use the index as it is, without checking the data folder for changes
    #[arg(long, global = true)]
    pub no_refresh: bool,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print only results and errors (no progress, notes or warnings)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Clause catalogue to add to the built-in one [default: clauses.toml in the
    /// policytui config folder, if present]
    #[arg(long, global = true, value_name = "FILE", env = "POLICYTUI_CATALOGUE")]
    pub catalogue: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build or refresh the index of the data folder
    Index(index::IndexArgs),
    /// Search sections of all policies
    Search(search::SearchArgs),
    /// Print a policy, one section, or the sections on a topic
    Show(show::ShowArgs),
    /// What changed between two versions of a policy: sections and clauses gained or lost
    Diff(diff::DiffArgs),
    /// Summarize the corpus and the index
    Stats(stats::StatsArgs),
    /// Companies × clause kinds: who promises not to sell, who may share on merger…
    Clauses(clauses::ClausesArgs),
    /// Detect clauses in JSON lines from stdin ({"id", "text"}), one JSON line out each
    Classify(classify::ClassifyArgs),
    /// Score clause detection against OPP-115 annotations (segments.jsonl)
    Evaluate(evaluate::EvaluateArgs),
    /// Write every section as JSON, for bulk loading into other engines
    Export(export::ExportArgs),
    /// Write a synthetic corpus of N policies recombined from real sections (for benchmarks)
    GenCorpus(gen_corpus::GenCorpusArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
}

/// The user's clause catalogue (`--catalogue FILE`, or `clauses.toml` in the config folder)
/// on top of the built-in one.
fn install_catalogue(global: &Global) -> anyhow::Result<()> {
    let path = match &global.catalogue {
        Some(p) => p.clone(),
        None => match dirs::config_dir().map(|d| d.join("policytui").join("clauses.toml")) {
            Some(p) if p.is_file() => p,
            _ => return Ok(()),
        },
    };
    let catalogue = crate::clauses::Catalogue::with_user_file(&path)?;
    crate::clauses::install(catalogue).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(())
}

/// The interactive browser; usage instead when output is not a terminal (a script ran us).
fn browse(global: &Global, styles: &Styles) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        let mut cmd = Cli::command();
        let _ = cmd.print_help();
        return Ok(());
    }
    let paths = paths::resolve(global)?;
    let keys_file = dirs::config_dir().map(|d| d.join("policytui").join("keys.toml"));
    let keymap = match &keys_file {
        Some(path) if path.is_file() => {
            let source = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            crate::tui::keys::Keymap::from_toml(&source)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        _ => crate::tui::keys::Keymap::default(),
    };
    let keymap = match keys_file {
        Some(path) => keymap.with_file(home_relative(&path)),
        None => keymap,
    };
    let note = paths.note.clone();
    memory::lean();
    let result = crate::tui::run(crate::tui::Options {
        data: paths.data,
        index: paths.index,
        keymap,
        color: styles.color,
        refresh: !global.no_refresh,
        catalogue: global.catalogue.clone(),
        note: note.clone(),
    });
    // The browser's screen is gone by now: say where the samples or the index went.
    if let Some(note) = note
        && !global.quiet
    {
        eprintln!("note: {}", crate::corpus::sanitize::sanitize_line(&note));
    }
    result
}

/// A path under the home folder as `~/…`, as people write it.
fn home_relative(path: &std::path::Path) -> String {
    match dirs::home_dir().and_then(|home| path.strip_prefix(home).ok().map(|p| p.to_owned())) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// Prints an error as one line. Messages name paths and quote input: both may carry
/// controls from a file, so they are sanitized like policy text.
fn fail(err: &anyhow::Error, color: ColorChoice) -> ExitCode {
    let styles = Styles::for_stderr(color);
    // Each cause once: an error that names its cause in its own words ("cannot write x: Not a
    // directory (os error 20)") is not followed by that cause again.
    let mut message = String::new();
    for cause in err.chain() {
        let cause = cause.to_string();
        if message.ends_with(&cause) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&cause);
    }
    eprintln!(
        "{} {}",
        styles.error("error:"),
        crate::corpus::sanitize::sanitize_line(&message)
    );
    ExitCode::FAILURE
}

/// Prints a usage error on one line, as every other error is, and returns exit code 2: clap's
/// own takes five to seven (the error, a tip, the usage, a pointer to `--help`), which a
/// script's log cuts apart. Help and version asked for print as clap has them.
fn usage_error(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    if err.kind() == ErrorKind::UnknownArgument
        && let Some(word) = excluded_word_first(std::env::args().skip(1))
    {
        let word = crate::corpus::sanitize::sanitize_line(&word);
        eprintln!(
            "error: '{word}' reads as options; to start a query with an excluded word, put -- \
             before the query: policytui search [OPTIONS] -- {word} … (--help for more)"
        );
        return ExitCode::from(2);
    }
    let rendered = err.render().to_string();
    let parts: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .collect();
    let mut line = parts.join(" ");
    if let Some(rest) = line.strip_prefix("error: ") {
        line = rest.to_string();
    }
    let line = line
        .replace(" tip: ", "; ")
        .replace(" Usage: ", "; usage: ");
    eprintln!(
        "error: {} (--help for more)",
        crate::corpus::sanitize::sanitize_line(&line)
    );
    ExitCode::from(2)
}

/// The word clap took for a cluster of short options in a search query that starts with an
/// excluded word (`search -cookies sell`): clap's own tip names only its first letter
/// ("use '-- -c'").
fn excluded_word_first(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip_while(|a| a != "search").skip(1);
    args.find(|a| {
        a.len() > 2
            && a.starts_with('-')
            && !a.starts_with("--")
            && a[1..].chars().all(char::is_alphabetic)
    })
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    let styles = Styles::for_stdout(cli.global.color);
    if let Err(err) = install_catalogue(&cli.global) {
        return fail(&err, cli.global.color);
    }
    let result = match cli.command {
        None => browse(&cli.global, &styles),
        Some(Command::Index(args)) => index::run(&cli.global, &args, &styles),
        Some(Command::Search(args)) => search::run(&cli.global, &args, &styles),
        Some(Command::Show(args)) => show::run(&cli.global, &args, &styles),
        Some(Command::Diff(args)) => diff::run(&cli.global, &args, &styles),
        Some(Command::Stats(args)) => stats::run(&cli.global, &args, &styles),
        Some(Command::Clauses(args)) => clauses::run(&cli.global, &args, &styles),
        Some(Command::Classify(args)) => classify::run(&args, &cli.global),
        Some(Command::Evaluate(args)) => evaluate::run(&args, &styles),
        Some(Command::Export(args)) => export::run(&cli.global, &args),
        Some(Command::GenCorpus(args)) => gen_corpus::run(&cli.global, &args, &styles),
        Some(Command::Completions(args)) => completions::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            fail(&err, cli.global.color)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_query_that_starts_with_an_excluded_word_is_named_whole() {
        let args = |s: &str| {
            s.split(' ')
                .map(String::from)
                .collect::<Vec<_>>()
                .into_iter()
        };
        assert_eq!(
            super::excluded_word_first(args("--data d search -cookies sell")).as_deref(),
            Some("-cookies")
        );
        assert_eq!(
            super::excluded_word_first(args("search -n 3 cookies")),
            None
        );
        assert_eq!(super::excluded_word_first(args("show -cookies")), None);
    }

    #[test]
    fn command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
