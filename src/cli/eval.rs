//! `whosaid eval dates|quotes`: score the taggers against annotated news.
//!
//! Runs the real pipeline (ingest → split → enrich, no index) over the gold corpus, one core,
//! and prints the scores with the tagging speed. The gold data is research-only and is read
//! from `../shared/data` (or `--data`) at run time.

use super::{Global, Outcome};
use crate::index::names::{forms_of, Evidence, Links};
use crate::ingest::aliases::UserAliases;
use crate::ingest::{self, SourceFile};
use crate::model::{DateMention, PassageTags, Quote, TaggedArticle};
use anyhow::Context;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// What to score.
    #[arg(value_enum)]
    what: EvalKind,
    /// Folder with `corpus.jsonl` and `gold.jsonl` (default: the matching folder under
    /// ../shared/data).
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum EvalKind {
    /// Date expressions against TimeML gold (TimeBank + AQUAINT), scored as TempEval-3 does.
    Dates,
    /// Quote attribution against PolNeAR gold.
    Quotes,
}

pub fn run(args: EvalArgs, _global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let default = match args.what {
        EvalKind::Dates => "../shared/data/timebank-aquaint",
        EvalKind::Quotes => "../shared/data/polnear-train",
    };
    let dir = args.data.unwrap_or_else(|| PathBuf::from(default));
    let corpus = dir.join("corpus.jsonl");
    let gold = dir.join("gold.jsonl");
    anyhow::ensure!(
        corpus.is_file() && gold.is_file(),
        "{} needs corpus.jsonl and gold.jsonl; point --data at the gold folder",
        dir.display()
    );
    let (tagged, bytes, seconds) = tag_corpus(&corpus)?;
    match args.what {
        EvalKind::Dates => {
            let mentions: HashMap<String, Vec<DateMention>> =
                by_article(&tagged, |tags| &tags.date_mentions);
            let gold = crate::eval::dates::load_gold(&gold)?;
            writeln!(out, "{}", crate::eval::dates::score(&gold, &mentions))?;
        }
        EvalKind::Quotes => {
            // As an index would show them: after the corpus's name links.
            let mut forms = Vec::new();
            let mut evidence = Evidence::default();
            for t in &tagged {
                forms.extend(forms_of(&t.people));
                evidence.add_article(&t.people, &t.things);
            }
            forms.sort();
            forms.dedup();
            let links = Links::compute(&forms, &evidence, &UserAliases::default());
            let mut quotes: HashMap<String, Vec<Quote>> = by_article(&tagged, |tags| &tags.quotes);
            for q in quotes.values_mut().flatten() {
                links.map_quote(q);
            }
            let gold = crate::eval::quotes::load_gold(&gold)?;
            writeln!(out, "{}", crate::eval::quotes::score(&gold, &quotes))?;
        }
    }
    let mb = bytes as f64 / 1e6;
    writeln!(
        out,
        "tagging speed: {mb:.2} MB of article text split and tagged in {seconds:.2} s on one core ({:.1} MB/s)",
        mb / seconds.max(1e-9)
    )?;
    Ok(Outcome::Found)
}

/// One list per article id of what `pick` takes from each passage, in passage order (the
/// scorers match greedily, so order matters as it does in `score-export`).
fn by_article<T: Clone>(
    tagged: &[TaggedArticle],
    pick: impl Fn(&PassageTags) -> &[T],
) -> HashMap<String, Vec<T>> {
    let mut out: HashMap<String, Vec<T>> = HashMap::new();
    for t in tagged {
        let list = out.entry(t.article.id.clone()).or_default();
        list.extend(t.passages.iter().flat_map(|p| pick(&p.tags).iter().cloned()));
    }
    out
}

/// Reads and tags every article of a JSONL corpus on one core; returns the tagged articles,
/// the bytes of body text, and the seconds spent splitting and tagging.
fn tag_corpus(corpus: &Path) -> anyhow::Result<(Vec<TaggedArticle>, usize, f64)> {
    let source = SourceFile { path: corpus.to_path_buf(), root: corpus.to_path_buf() };
    let read = ingest::read_source(&source)
        .map_err(|w| anyhow::anyhow!("{w}"))
        .with_context(|| format!("reading {}", corpus.display()))?;
    for warning in &read.warnings {
        eprintln!("whosaid: {warning}");
    }
    let bytes = read.articles.iter().map(|a| a.body.len()).sum();
    let started = Instant::now();
    let tagged: Vec<TaggedArticle> =
        read.articles.into_iter().map(crate::process_article).collect();
    Ok((tagged, bytes, started.elapsed().as_secs_f64()))
}
