//! The command line: flags, dispatch, exit statuses, and printing.
//!
//! Only this module sees clap, prints, or picks exit codes. Each subcommand lives in its own
//! file and turns its clap arguments into the library's plain request structs.

mod actors;
mod eval;
mod export;
mod index;
mod inspect;
mod output;
mod quotes;
mod search;
mod timeline;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The folder a fresh checkout indexes when asked a question before any `index` run.
const DEFAULT_CORPUS: &str = "corpus";

const EXIT_STATUS_HELP: &str = "\
Exit status: 0 ran and found something; 1 ran and found nothing; 2 an error
(including a file `index` had to skip; the rest is still indexed).";

/// whosaid: search news articles for where something is said, and what a person said, when.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, after_help = EXIT_STATUS_HELP)]
struct Cli {
    /// Index folder.
    #[arg(long, global = true, env = "WHOSAID_INDEX", default_value = "index", value_name = "DIR")]
    index: PathBuf,
    /// Print JSON (one document; `export` always prints NDJSON).
    #[arg(long, global = true)]
    json: bool,
    /// Print no progress or summary on stderr (warnings and errors still show).
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add or update the articles under PATH (default corpus/); unchanged ones are skipped,
    /// vanished ones removed.
    Index(index::IndexArgs),
    /// Ranked passages with snippet, date, actors and speakers, plus facet counts.
    Search(search::SearchArgs),
    /// Every quote attributed to PERSON, oldest first.
    Quotes(quotes::QuotesArgs),
    /// The people in the corpus (or in the hits of QUERY) with passage counts.
    Actors(actors::ActorsArgs),
    /// Matching passages in date order.
    Timeline(timeline::TimelineArgs),
    /// How one article is split and tagged, without indexing it.
    Inspect(inspect::InspectArgs),
    /// Every indexed passage with its tags, as NDJSON.
    Export(export::ExportArgs),
    /// Score the date or quote tagger against annotated news (research data, read at run time).
    Eval(eval::EvalArgs),
}

/// Options every command sees.
struct Global {
    index: PathBuf,
    json: bool,
    quiet: bool,
}

/// How a command ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Ran and found something (exit 0).
    Found,
    /// Ran and found nothing (exit 1).
    NothingFound,
    /// Ran to the end but had to skip input (exit 2).
    Skipped,
}

impl Outcome {
    fn from_found(found: bool) -> Self {
        if found {
            Outcome::Found
        } else {
            Outcome::NothingFound
        }
    }
}

/// Runs the command line and returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with status 0; usage errors are status 2.
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let global = Global { index: cli.index, json: cli.json, quiet: cli.quiet };
    match run(cli.command, &global) {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        Ok(Outcome::Skipped) => ExitCode::from(2),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("whosaid: {}", one_line(&err));
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, global: &Global) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let outcome = match command {
        Command::Index(args) => index::run(args, global, &mut out),
        Command::Search(args) => search::run(args, global, &mut out),
        Command::Quotes(args) => quotes::run(args, global, &mut out),
        Command::Actors(args) => actors::run(args, global, &mut out),
        Command::Timeline(args) => timeline::run(args, global, &mut out),
        Command::Inspect(args) => inspect::run(args, global, &mut out),
        Command::Export(args) => export::run(args, global, &mut out),
        Command::Eval(args) => eval::run(args, global, &mut out),
    }?;
    out.flush()?;
    Ok(outcome)
}

/// A fresh checkout answers at once: with no index yet and a `corpus/` folder here, build the
/// index from it first (saying so on stderr).
fn auto_index(global: &Global) -> anyhow::Result<()> {
    let corpus = Path::new(DEFAULT_CORPUS);
    if crate::index::exists(&global.index) || !corpus.is_dir() {
        return Ok(());
    }
    eprintln!(
        "whosaid: no index yet in {}; building it from {}/ first",
        global.index.display(),
        DEFAULT_CORPUS
    );
    let quiet = Global { index: global.index.clone(), json: false, quiet: global.quiet };
    index::build(&[corpus.to_path_buf()], &quiet, &index::BuildOptions::default())?;
    Ok(())
}

/// The whole error chain on one line, each cause once.
fn one_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Opens the search engine on the index folder, building the index first on a fresh checkout.
/// Commands call this after checking their arguments, so a typo is reported at once.
fn engine(global: &Global) -> anyhow::Result<crate::search::Engine> {
    auto_index(global)?;
    let handle = crate::index::open(&global.index)?;
    Ok(crate::search::Engine::new(handle)?)
}

/// Parses `--from`/`--to` into the range they cover: `--from 2021-11` starts on November 1,
/// `--to 2021-11` ends on November 30.
fn date_range(
    from: Option<&str>,
    to: Option<&str>,
) -> anyhow::Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> {
    let parse = |flag: &str, value: &str| {
        crate::search::parse_date_arg(value).map_err(|e| anyhow::anyhow!("--{flag}: {e}"))
    };
    let from = from.map(|v| parse("from", v)).transpose()?.map(|(start, _)| start);
    let to = to.map(|v| parse("to", v)).transpose()?.map(|(_, end)| end);
    if let (Some(f), Some(t)) = (from, to) {
        anyhow::ensure!(f <= t, "--from {f} is after --to {t}; swap them");
    }
    Ok((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn date_ranges_cover_whole_periods() {
        let (from, to) = date_range(Some("2021-11"), Some("2022")).unwrap();
        assert_eq!(from.unwrap().to_string(), "2021-11-01");
        assert_eq!(to.unwrap().to_string(), "2022-12-31");
        assert!(date_range(Some("2022"), Some("2021")).is_err());
        assert!(date_range(Some("soon"), None).is_err());
    }
}
