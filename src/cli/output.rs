//! Wire structs for `--json` (the keys programs outside the project rely on; see the design's
//! contract) and helpers for the human output.

use crate::model::{DateMention, DateSpan, Quote};
use crate::search::{ArticleRef, FacetCount, Hit, Snippet};
use serde::Serialize;
use std::io::IsTerminal;

/// Marker around highlighted terms where colour is not available (`--json`, pipes).
const PLAIN_MARK: &str = "**";

/// The article of a passage, as every JSON shape gives it.
#[derive(Serialize)]
pub struct ArticleJson<'a> {
    id: &'a str,
    title: Option<&'a str>,
    path: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
}

impl<'a> ArticleJson<'a> {
    pub fn new(a: &'a ArticleRef) -> Self {
        ArticleJson {
            id: &a.id,
            title: a.title.as_deref(),
            path: a.path.as_deref(),
            url: a.url.as_deref(),
            published: a.published.map(|d| d.to_string()),
        }
    }
}

/// A passage: a search hit (with `score` and `snippet`), a timeline entry, or an export /
/// inspect line (with `date_mentions`).
#[derive(Serialize)]
pub struct PassageJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f32>,
    article: ArticleJson<'a>,
    passage: u32,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<String>,
    date: Option<&'a DateSpan>,
    actors: &'a [String],
    speakers: &'a [String],
    quotes: &'a [Quote],
    #[serde(skip_serializing_if = "Option::is_none")]
    date_mentions: Option<&'a [DateMention]>,
}

/// Which optional keys a passage object carries.
#[derive(Clone, Copy)]
pub enum PassageKind {
    /// `score` and `snippet`.
    SearchHit,
    /// `snippet` only.
    TimelineHit,
    /// `date_mentions`.
    Export,
}

impl<'a> PassageJson<'a> {
    pub fn new(hit: &'a Hit, kind: PassageKind) -> Self {
        let (score, snippet, mentions) = match kind {
            PassageKind::SearchHit => (Some(hit.score), Some(marked(&hit.snippet, false)), None),
            PassageKind::TimelineHit => (None, Some(marked(&hit.snippet, false)), None),
            PassageKind::Export => (None, None, Some(hit.tags.date_mentions.as_slice())),
        };
        PassageJson {
            score,
            article: ArticleJson::new(&hit.article),
            passage: hit.passage,
            text: &hit.text,
            snippet,
            date: hit.tags.date.as_ref(),
            actors: &hit.tags.actors,
            speakers: &hit.tags.speakers,
            quotes: &hit.tags.quotes,
            date_mentions: mentions,
        }
    }
}

/// `{"name", "count"}`.
#[derive(Serialize)]
pub struct CountJson<'a> {
    name: &'a str,
    count: u64,
}

pub fn counts_json(counts: &[FacetCount]) -> Vec<CountJson<'_>> {
    counts.iter().map(|c| CountJson { name: &c.name, count: c.count }).collect()
}

/// Whether human output may use colour: stdout is a terminal and NO_COLOR is unset.
pub fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The snippet with its matched terms marked: bold yellow on a terminal, `**` otherwise.
pub fn marked(snippet: &Snippet, colour: bool) -> String {
    let (open, close) = if colour { ("\x1b[1;33m", "\x1b[0m") } else { (PLAIN_MARK, PLAIN_MARK) };
    let mut out = String::with_capacity(snippet.text.len() + 16);
    let mut last = 0;
    for range in &snippet.highlights {
        if range.start >= range.end || range.start < last {
            continue;
        }
        let (Some(before), Some(word)) =
            (snippet.text.get(last..range.start), snippet.text.get(range.clone()))
        else {
            continue;
        };
        out.push_str(before);
        out.push_str(open);
        out.push_str(word);
        out.push_str(close);
        last = range.end;
    }
    out.push_str(snippet.text.get(last..).unwrap_or(""));
    out
}

/// Dims secondary text on a terminal.
pub fn dim(text: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[2m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// `Title ¶3`, or the id when the article has no title.
pub fn where_line(hit: &Hit) -> String {
    let title = hit.article.title.as_deref().unwrap_or(&hit.article.id);
    format!("{title} ¶{}", hit.passage)
}

/// The date label, or `undated`.
pub fn date_label(date: Option<&DateSpan>) -> String {
    date.map_or_else(|| "undated".to_string(), |d| d.label.clone())
}

/// `Name (3), Other (1)` for a facet line.
pub fn counts_line(counts: &[FacetCount]) -> String {
    if counts.is_empty() {
        return "—".to_string();
    }
    counts.iter().map(|c| format!("{} ({})", c.name, c.count)).collect::<Vec<_>>().join(", ")
}

/// Names joined with commas, or a dash for none.
pub fn names(list: &[String]) -> String {
    if list.is_empty() {
        "—".to_string()
    } else {
        list.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_marked_in_plain_text() {
        let s = Snippet { text: "Biden meets with Putin.".into(), highlights: vec![0..5, 17..22] };
        assert_eq!(marked(&s, false), "**Biden** meets with **Putin**.");
        assert_eq!(marked(&s, true), "\x1b[1;33mBiden\x1b[0m meets with \x1b[1;33mPutin\x1b[0m.");
    }

    #[test]
    fn ranges_off_char_boundaries_are_skipped_not_panicked_on() {
        let s = Snippet { text: "Müller".into(), highlights: vec![1..2, 4..4] };
        assert_eq!(marked(&s, false), "Müller");
    }
}
