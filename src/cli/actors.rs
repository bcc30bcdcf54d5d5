//! `whosaid actors [QUERY]`: the people of the corpus, or of the passages matching QUERY.

use super::{engine, Global, Outcome};
use crate::search::SearchRequest;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct ActorsArgs {
    /// Count only the passages matching these words.
    #[arg(value_name = "QUERY", num_args = 0..)]
    query: Vec<String>,
    /// Most people shown (0 for all).
    #[arg(short = 'n', long, default_value_t = 0)]
    limit: usize,
}

#[derive(Serialize)]
struct ActorsJson<'a> {
    actors: Vec<ActorJson<'a>>,
}

#[derive(Serialize)]
struct ActorJson<'a> {
    name: &'a str,
    aliases: &'a [String],
    count: u64,
}

pub fn run(args: ActorsArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let engine = engine(global)?;
    let query = args.query.join(" ");
    let request = SearchRequest {
        query: Some(query).filter(|q| !q.trim().is_empty()),
        ..SearchRequest::default()
    };
    let mut counts = engine.actor_counts(&request)?;
    if args.limit > 0 {
        counts.truncate(args.limit);
    }
    let people: HashMap<String, Vec<String>> =
        engine.people()?.into_iter().map(|p| (p.name, p.aliases)).collect();
    let none: Vec<String> = Vec::new();
    let aliases_of = |name: &str| people.get(name).unwrap_or(&none);
    if global.json {
        let doc = ActorsJson {
            actors: counts
                .iter()
                .map(|c| ActorJson { name: &c.name, aliases: aliases_of(&c.name), count: c.count })
                .collect(),
        };
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)?;
    } else {
        let width = counts.iter().map(|c| c.name.chars().count()).max().unwrap_or(0);
        let count_width = counts.first().map_or(1, |c| c.count.to_string().len());
        for c in &counts {
            let aliases = aliases_of(&c.name);
            let aliases = if aliases.is_empty() {
                String::new()
            } else {
                format!("  (also: {})", aliases.join(", "))
            };
            let line = format!("{:>count_width$}  {:<width$}{aliases}", c.count, c.name);
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(Outcome::from_found(!counts.is_empty()))
}
