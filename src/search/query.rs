//! Turning a request into a tantivy query: text in tantivy's syntax, people as name terms,
//! date ranges as range queries on the passage's span.

use super::Error;
use crate::index::schema::{Fields, KIND_PASSAGE};
use crate::index::writer::to_datetime;
use chrono::{Datelike, NaiveDate};
use std::ops::Bound;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

/// Restrictions beyond the text: each inner list is one `--actor`/`--speaker` (any of its
/// canonical names will do); every list must be met.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Resolved `--actor` names.
    pub actors: Vec<Vec<String>>,
    /// Resolved `--speaker` names.
    pub speakers: Vec<Vec<String>>,
    /// First day of the range.
    pub from: Option<NaiveDate>,
    /// Last day of the range.
    pub to: Option<NaiveDate>,
}

/// The query to run, and its text part alone (for snippets).
pub struct BuiltQuery {
    /// Everything combined.
    pub query: Box<dyn Query>,
    /// The user's text query, when there is one.
    pub text_query: Option<Box<dyn Query>>,
    /// Whether the whole query is one term, whose best hits tantivy finds without scoring
    /// every hit (block-max WAND).
    pub single_term: bool,
}

/// Combines the text query and the filters. Terms are ANDed by default ("oil prices" means
/// passages with both words), as users of news search expect; `OR` is available.
pub fn build_query(
    index: &Index,
    fields: Fields,
    text: Option<&str>,
    filters: &Filters,
) -> Result<BuiltQuery, Error> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    // Only passages have text, people and dates; the `kind` clause, which matches every passage,
    // is needed only when nothing else narrows the query (it cost ~70 ms a query at 1 GB).
    let narrowed = text.is_some()
        || !filters.actors.is_empty()
        || !filters.speakers.is_empty()
        || filters.from.is_some()
        || filters.to.is_some();
    if !narrowed {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.kind, KIND_PASSAGE),
                IndexRecordOption::Basic,
            )),
        ));
    }
    let text_query = match text {
        Some(text) => {
            let mut parser = QueryParser::for_index(index, vec![fields.text]);
            parser.set_conjunction_by_default();
            let q = parser
                .parse_query(text)
                .map_err(|e| Error::BadQuery { query: text.to_string(), reason: e.to_string() })?;
            clauses.push((Occur::Must, q.box_clone()));
            Some(q)
        }
        None => None,
    };
    for (field, groups) in
        [(fields.actor_name, &filters.actors), (fields.speaker_name, &filters.speakers)]
    {
        for names in groups {
            clauses.push(filter(any_name(field, names)));
        }
    }
    // A span overlaps [from, to] when it starts on or before `to` and ends on or after `from`.
    if let Some(to) = filters.to {
        clauses.push(filter(Box::new(RangeQuery::new(
            Bound::Unbounded,
            Bound::Included(Term::from_field_date_for_search(fields.date_start, to_datetime(to))),
        ))));
    }
    if let Some(from) = filters.from {
        clauses.push(filter(Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_date_for_search(fields.date_end, to_datetime(from))),
            Bound::Unbounded,
        ))));
    }
    // A lone clause runs as itself, so that tantivy sees a term query where there is one.
    let query: Box<dyn Query> = match <[_; 1]>::try_from(clauses) {
        Ok([(_, lone)]) => lone,
        Err(clauses) => Box::new(BooleanQuery::new(clauses)),
    };
    let single_term = query.downcast_ref::<TermQuery>().is_some();
    Ok(BuiltQuery { query, text_query, single_term })
}

/// A clause that restricts the hits without touching their scores: `said --actor Reagan` ranks
/// its hits as `said` does. Scored, a name term would favour passages that name few people.
fn filter(query: Box<dyn Query>) -> (Occur, Box<dyn Query>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0)))
}

/// Passages naming any of `names` (the canonical names one person may be stored under).
fn any_name(field: Field, names: &[String]) -> Box<dyn Query> {
    let terms: Vec<(Occur, Box<dyn Query>)> = names
        .iter()
        .map(|name| {
            let term = Term::from_field_text(field, name);
            (
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    Box::new(BooleanQuery::new(terms))
}

/// Parses a DATE argument (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) into the first and last day it
/// covers.
pub fn parse_date_arg(value: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let bad = || format!("{value:?} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = value.trim().split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = parts.first().and_then(|y| num(y, 4)).ok_or_else(bad)? as i32;
    match parts.len() {
        1 => {
            let start = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
            let end = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
            Ok((start, end))
        }
        2 => {
            let month = num(parts[1], 2).ok_or_else(bad)?;
            let start = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            let end = next.and_then(|d| d.pred_opt()).ok_or_else(bad)?;
            debug_assert_eq!(end.month(), month);
            Ok((start, end))
        }
        3 => {
            let month = num(parts[1], 2).ok_or_else(bad)?;
            let day = num(parts[2], 2).ok_or_else(bad)?;
            let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)?;
            Ok((date, date))
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date_arg;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn date_arguments_cover_their_whole_period() {
        assert_eq!(parse_date_arg("2021"), Ok((d(2021, 1, 1), d(2021, 12, 31))));
        assert_eq!(parse_date_arg("2024-02"), Ok((d(2024, 2, 1), d(2024, 2, 29))));
        assert_eq!(parse_date_arg("2021-12"), Ok((d(2021, 12, 1), d(2021, 12, 31))));
        assert_eq!(parse_date_arg("2021-11-02"), Ok((d(2021, 11, 2), d(2021, 11, 2))));
    }

    #[test]
    fn bad_date_arguments_say_what_is_expected() {
        for bad in ["not-a-date", "21", "2021-13", "2021-02-30", "2021-1-5", "", "2021-01-01-01"] {
            let err = parse_date_arg(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}
