//! `whosaid inspect FILE`: how one article is split and tagged, without touching the index.

use super::output::{self, PassageJson, PassageKind};
use super::{Global, Outcome};
use crate::ingest::{self, SourceFile};
use crate::model::TaggedArticle;
use crate::search::{ArticleRef, Hit};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// The article file (.txt, .md, .html, .jsonl, .ndjson).
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub fn run(args: InspectArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    anyhow::ensure!(args.file.is_file(), "{} is not a file", args.file.display());
    anyhow::ensure!(
        ingest::format_of(&args.file).is_some(),
        "{} is not a format whosaid reads (.txt, .md, .html, .jsonl, .ndjson)",
        args.file.display()
    );
    let source = SourceFile { path: args.file.clone(), root: args.file.clone() };
    let read = ingest::read_source(&source).map_err(|w| anyhow::anyhow!("{w}"))?;
    for warning in &read.warnings {
        eprintln!("whosaid: {warning}");
    }
    let mut passages = 0;
    for article in read.articles {
        let tagged = crate::process_article(article);
        passages += tagged.passages.len();
        if global.json {
            for hit in hits(&tagged) {
                serde_json::to_writer(&mut *out, &PassageJson::new(&hit, PassageKind::Export))?;
                writeln!(out)?;
            }
        } else {
            print_human(&tagged, out)?;
        }
    }
    Ok(Outcome::from_found(passages > 0))
}

/// The tagged passages of an article in the shape search results have.
pub fn hits(tagged: &TaggedArticle) -> Vec<Hit> {
    let a = &tagged.article;
    let article = ArticleRef {
        id: a.id.clone(),
        title: a.title.clone(),
        path: a.path.clone(),
        url: a.url.clone(),
        published: a.published,
    };
    tagged
        .passages
        .iter()
        .map(|tp| Hit {
            score: 0.0,
            article: article.clone(),
            passage: tp.passage.ordinal,
            text: tp.passage.text.clone(),
            snippet: Default::default(),
            tags: tp.tags.clone(),
        })
        .collect()
}

fn print_human(tagged: &TaggedArticle, out: &mut impl Write) -> std::io::Result<()> {
    let colour = output::use_colour();
    let a = &tagged.article;
    writeln!(out, "{}", a.title.as_deref().unwrap_or(&a.id))?;
    writeln!(
        out,
        "{}",
        output::dim(
            &format!(
                "id {}  published {}  {} passages",
                a.id,
                a.published.map_or_else(|| "unknown".to_string(), |d| d.to_string()),
                tagged.passages.len()
            ),
            colour
        )
    )?;
    if !tagged.people.is_empty() {
        let people: Vec<String> = tagged
            .people
            .iter()
            .map(|p| {
                if p.aliases.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.aliases.join(", "))
                }
            })
            .collect();
        writeln!(out, "people: {}", people.join("; "))?;
    }
    for tp in &tagged.passages {
        let tags = &tp.tags;
        let date = match &tags.date {
            Some(d) => format!(
                "{} [{}..{}, {}{}]",
                d.label,
                d.start,
                d.end,
                d.precision.as_str(),
                d.source.map(|s| format!(", {s:?}").to_lowercase()).unwrap_or_default()
            ),
            None => "undated".to_string(),
        };
        writeln!(out)?;
        writeln!(out, "¶{}  {date}", tp.passage.ordinal)?;
        writeln!(out, "  {}", tp.passage.text)?;
        writeln!(
            out,
            "  {}",
            output::dim(
                &format!(
                    "actors: {}   speakers: {}",
                    output::names(&tags.actors),
                    output::names(&tags.speakers)
                ),
                colour
            )
        )?;
        for q in &tags.quotes {
            writeln!(
                out,
                "  quote: “{}” — {}{}",
                q.text,
                q.speaker.as_deref().unwrap_or("(no speaker)"),
                q.cue.as_deref().map(|c| format!(", {c}")).unwrap_or_default()
            )?;
        }
        for m in &tags.date_mentions {
            writeln!(out, "  date: {:?} → {} ({}..{})", m.text, m.label, m.start, m.end)?;
        }
    }
    Ok(())
}
