//! `whosaid timeline [QUERY]`: matching passages in date order.

use super::output::{self, PassageJson, PassageKind};
use super::{date_range, engine, Global, Outcome};
use crate::search::SearchRequest;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// Only passages matching these words (all passages without).
    #[arg(value_name = "QUERY", num_args = 0..)]
    query: Vec<String>,
    /// Only passages involving this person (repeat for several).
    #[arg(long, value_name = "NAME")]
    actor: Vec<String>,
    /// Only passages quoting this person (repeat for several).
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
    /// Only passages whose date overlaps this day, month or year onwards.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only passages whose date overlaps up to this day, month or year.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Most passages shown.
    #[arg(short = 'n', long, default_value_t = 200)]
    limit: usize,
}

#[derive(Serialize)]
struct TimelineJson<'a> {
    hits: Vec<PassageJson<'a>>,
}

pub fn run(args: TimelineArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let query = args.query.join(" ");
    let request = SearchRequest {
        query: Some(query).filter(|q| !q.trim().is_empty()),
        actors: args.actor,
        speakers: args.speaker,
        from,
        to,
        limit: args.limit,
    };
    let engine = engine(global)?;
    let (hits, undated) = engine.timeline(&request)?;
    if global.json {
        let doc = TimelineJson {
            hits: hits.iter().map(|h| PassageJson::new(h, PassageKind::TimelineHit)).collect(),
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        let colour = output::use_colour();
        let width = hits
            .iter()
            .map(|h| output::date_label(h.tags.date.as_ref()).chars().count())
            .max()
            .unwrap_or(0);
        for hit in &hits {
            let label = output::date_label(hit.tags.date.as_ref());
            writeln!(out, "{label:<width$}  {}", output::marked(&hit.snippet, colour))?;
            writeln!(out, "{:width$}  {}", "", output::dim(&output::where_line(hit), colour))?;
        }
        if undated > 0 && !global.quiet {
            eprintln!(
                "whosaid: {undated} matching passage{} without a date left off the timeline",
                if undated == 1 { "" } else { "s" }
            );
        }
    }
    Ok(Outcome::from_found(!hits.is_empty()))
}
