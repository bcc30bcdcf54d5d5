//! `whosaid quotes PERSON [QUERY]`: what one person said, oldest first.

use super::output::{self, ArticleJson};
use super::{date_range, engine, Global, Outcome};
use crate::model::DateSpan;
use crate::search::{QuoteHit, SearchRequest};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// The speaker (canonical name or alias, any case, accents optional).
    #[arg(value_name = "PERSON")]
    person: String,
    /// Only quotes in passages matching these words.
    #[arg(value_name = "QUERY", num_args = 0..)]
    query: Vec<String>,
    /// Only quotes dated on or after this day, month or year (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only quotes dated on or before this day, month or year (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Most quotes shown.
    #[arg(short = 'n', long, default_value_t = 1000)]
    limit: usize,
}

#[derive(Serialize)]
struct QuotesJson<'a> {
    person: &'a str,
    quotes: Vec<QuoteJson<'a>>,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
    date: Option<&'a DateSpan>,
    article: ArticleJson<'a>,
    passage: u32,
}

pub fn run(args: QuotesArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let engine = engine(global)?;
    let person = engine.resolve(&args.person)?;
    let query = args.query.join(" ");
    let request = SearchRequest {
        query: Some(query).filter(|q| !q.trim().is_empty()),
        from,
        to,
        limit: args.limit,
        ..SearchRequest::default()
    };
    let quotes = engine.quotes(&person, &request)?;
    let person = person.shown.join(" / ");
    if global.json {
        let doc = QuotesJson {
            person: &person,
            quotes: quotes
                .iter()
                .map(|q| QuoteJson {
                    text: &q.quote.text,
                    speaker: q.quote.speaker.as_deref(),
                    cue: q.quote.cue.as_deref(),
                    date: q.hit.tags.date.as_ref(),
                    article: ArticleJson::new(&q.hit.article),
                    passage: q.hit.passage,
                })
                .collect(),
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        print_human(&person, &quotes, out)?;
    }
    Ok(Outcome::from_found(!quotes.is_empty()))
}

fn print_human(person: &str, quotes: &[QuoteHit], out: &mut impl Write) -> std::io::Result<()> {
    let colour = output::use_colour();
    let n = quotes.len();
    writeln!(out, "{person}: {n} quote{}", if n == 1 { "" } else { "s" })?;
    let width = quotes
        .iter()
        .map(|q| output::date_label(q.hit.tags.date.as_ref()).chars().count())
        .max()
        .unwrap_or(0);
    for q in quotes {
        let label = output::date_label(q.hit.tags.date.as_ref());
        let cue = q.quote.cue.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
        writeln!(out)?;
        writeln!(out, "{label:<width$}  “{}”{cue}", q.quote.text)?;
        writeln!(out, "{:width$}  {}", "", output::dim(&output::where_line(&q.hit), colour))?;
    }
    Ok(())
}
