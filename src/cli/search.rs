//! `whosaid search QUERY`: ranked passages with snippets and facet counts.

use super::output::{self, counts_json, PassageJson, PassageKind};
use super::{date_range, engine, Global, Outcome};
use crate::search::{SearchRequest, SearchResults};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Words to find, in tantivy's query syntax: `oil prices` (both words), `"oil prices"`
    /// (the phrase), `oil OR gas`, `oil -gas`.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    query: Vec<String>,
    /// Only passages involving this person (canonical name or alias; repeat for several).
    #[arg(long, value_name = "NAME")]
    actor: Vec<String>,
    /// Only passages quoting this person (repeat for several).
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
    /// Only passages whose date overlaps this day, month or year onwards (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only passages whose date overlaps up to this day, month or year (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Most hits shown.
    #[arg(short = 'n', long, default_value_t = 10)]
    limit: usize,
}

#[derive(Serialize)]
struct SearchJson<'a> {
    query: &'a str,
    total: usize,
    hits: Vec<PassageJson<'a>>,
    facets: FacetsJson<'a>,
}

#[derive(Serialize)]
struct FacetsJson<'a> {
    actors: Vec<output::CountJson<'a>>,
    speakers: Vec<output::CountJson<'a>>,
}

pub fn run(args: SearchArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let query = args.query.join(" ");
    let request = SearchRequest {
        query: Some(query.clone()),
        actors: args.actor,
        speakers: args.speaker,
        from,
        to,
        limit: args.limit,
    };
    let engine = engine(global)?;
    let results = engine.search(&request)?;
    if global.json {
        let doc = SearchJson {
            query: &query,
            total: results.total,
            hits: results
                .hits
                .iter()
                .map(|h| PassageJson::new(h, PassageKind::SearchHit))
                .collect(),
            facets: FacetsJson {
                actors: counts_json(&results.facets.actors),
                speakers: counts_json(&results.facets.speakers),
            },
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        print_human(&query, &results, out)?;
    }
    // The process ends here: the kernel drops the index's mappings at once on exit, where
    // dropping the engine unmaps them one by one while the search threads still run (a couple
    // of milliseconds of a 1 GB query). See: issue 6.
    std::mem::forget(engine);
    Ok(Outcome::from_found(results.total > 0))
}

fn print_human(query: &str, results: &SearchResults, out: &mut impl Write) -> std::io::Result<()> {
    let colour = output::use_colour();
    if results.total == 0 {
        writeln!(out, "No passage matches {query:?}.")?;
        return Ok(());
    }
    writeln!(
        out,
        "{} passage{} match {query:?}{}",
        results.total,
        if results.total == 1 { "" } else { "s" },
        if results.hits.len() < results.total {
            format!(" (best {} shown)", results.hits.len())
        } else {
            String::new()
        }
    )?;
    let label_width = results
        .hits
        .iter()
        .map(|h| output::date_label(h.tags.date.as_ref()).chars().count())
        .max()
        .unwrap_or(0);
    for (rank, hit) in results.hits.iter().enumerate() {
        let label = output::date_label(hit.tags.date.as_ref());
        writeln!(out)?;
        writeln!(
            out,
            "{:>2}. {label:<label_width$}  {}  {}",
            rank + 1,
            output::dim(&output::where_line(hit), colour),
            output::dim(&format!("score {:.2}", hit.score), colour),
        )?;
        writeln!(out, "    {}", output::marked(&hit.snippet, colour))?;
        writeln!(
            out,
            "    {}",
            output::dim(
                &format!(
                    "actors: {}   speakers: {}",
                    output::names(&hit.tags.actors),
                    output::names(&hit.tags.speakers)
                ),
                colour
            )
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Actors:   {}", output::counts_line(&results.facets.actors))?;
    writeln!(out, "Speakers: {}", output::counts_line(&results.facets.speakers))?;
    Ok(())
}
