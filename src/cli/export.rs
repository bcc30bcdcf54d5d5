//! `whosaid export`: every indexed passage with its tags, as NDJSON.

use super::output::{PassageJson, PassageKind};
use super::{engine, Global, Outcome};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {}

pub fn run(_args: ExportArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let engine = engine(global)?;
    let mut count = 0usize;
    engine.for_each_passage(|hit| {
        serde_json::to_writer(&mut *out, &PassageJson::new(&hit, PassageKind::Export))?;
        count += 1;
        writeln!(out)
    })??;
    Ok(Outcome::from_found(count > 0))
}
