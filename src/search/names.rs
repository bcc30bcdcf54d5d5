//! People in the index: resolving a typed name to canonical names, and listing everyone with
//! their aliases.
//!
//! Every article document carries `name_key` terms `<folded form>\u{1}<canonical name>`, so a
//! name resolves by a prefix walk of the term dictionary — no stored document is read, and the
//! cost grows with the number of distinct names, not with the corpus.

use super::Error;
use crate::fold::fold_name;
use crate::index::schema::{Fields, NAME_KEY_SEPARATOR};
use std::collections::{BTreeMap, BTreeSet};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, Term, TERMINATED};

/// Most suggestions offered for an unknown name.
const MAX_SUGGESTIONS: usize = 3;

/// A name that matches nobody, with the nearest known names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("nobody called {name:?} is in the index{}", suggestion_text(.suggestions))]
pub struct NameError {
    /// The name as typed.
    pub name: String,
    /// Known canonical names closest to it.
    pub suggestions: Vec<String>,
}

fn suggestion_text(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        "; `whosaid actors` lists everyone".to_string()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// A person and the other forms the corpus used for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Canonical name.
    pub name: String,
    /// Other forms, sorted.
    pub aliases: Vec<String>,
}

/// A form of a name as an article used it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct NameForm {
    folded: String,
    canonical: String,
    written: String,
}

/// Every live name form in the index, optionally only those whose folded form is `only`.
fn name_forms(
    searcher: &Searcher,
    fields: Fields,
    only: Option<&str>,
) -> Result<Vec<NameForm>, Error> {
    let mut forms = BTreeSet::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.name_key)?;
        let mut stream = match only {
            Some(folded) => {
                let lo = format!("{folded}{NAME_KEY_SEPARATOR}");
                let hi = format!(
                    "{folded}{}",
                    char::from_u32(NAME_KEY_SEPARATOR as u32 + 1).unwrap_or('\u{2}')
                );
                inverted.terms().range().ge(lo.as_bytes()).lt(hi.as_bytes()).into_stream()?
            }
            None => inverted.terms().stream()?,
        };
        let alive = segment.alive_bitset();
        while stream.advance() {
            let Ok(key) = std::str::from_utf8(stream.key()) else { continue };
            let mut parts = key.split(NAME_KEY_SEPARATOR);
            let (Some(folded), Some(canonical), Some(written)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            // Terms of deleted articles stay in the dictionary until a merge; count a pair only
            // while a live document still carries it.
            let live = match alive {
                None => true,
                Some(alive) => {
                    let term = Term::from_field_text(fields.name_key, key);
                    let mut postings =
                        inverted.read_postings(&term, IndexRecordOption::Basic)?.ok_or_else(
                            || tantivy::TantivyError::InternalError("name term vanished".into()),
                        )?;
                    let mut found = false;
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        if alive.is_alive(doc) {
                            found = true;
                            break;
                        }
                        doc = postings.advance();
                    }
                    found
                }
            };
            if live {
                forms.insert(NameForm {
                    folded: folded.to_string(),
                    canonical: canonical.to_string(),
                    written: written.to_string(),
                });
            }
        }
    }
    Ok(forms.into_iter().collect())
}

/// The canonical names a typed name can mean: every person whose canonical name or alias folds
/// to the same key. An unknown name is a [`NameError`] with the nearest known names.
pub fn resolve(searcher: &Searcher, fields: Fields, name: &str) -> Result<Vec<String>, Error> {
    let folded = fold_name(name);
    let exact: BTreeSet<String> =
        name_forms(searcher, fields, Some(&folded))?.into_iter().map(|f| f.canonical).collect();
    if !exact.is_empty() {
        return Ok(exact.into_iter().collect());
    }
    let mut scored: BTreeMap<String, f64> = BTreeMap::new();
    for form in name_forms(searcher, fields, None)? {
        let score = strsim::jaro_winkler(&folded, &form.folded);
        let best = scored.entry(form.canonical).or_insert(0.0);
        *best = best.max(score);
    }
    let mut ranked: Vec<(String, f64)> = scored.into_iter().filter(|(_, s)| *s >= 0.75).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Err(NameError {
        name: name.to_string(),
        suggestions: ranked.into_iter().take(MAX_SUGGESTIONS).map(|(n, _)| n).collect(),
    }
    .into())
}

/// Everyone in the index, with the forms the articles used for them.
pub fn people(searcher: &Searcher, fields: Fields) -> Result<Vec<Person>, Error> {
    let mut by_name: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for form in name_forms(searcher, fields, None)? {
        let aliases = by_name.entry(form.canonical.clone()).or_default();
        // One alias per folded form: "Lavrov" and "LAVROV" are the same alias.
        if form.folded != fold_name(&form.canonical) && !form.written.is_empty() {
            aliases.entry(form.folded).or_insert(form.written);
        }
    }
    Ok(by_name
        .into_iter()
        .map(|(name, forms)| {
            let mut aliases: Vec<String> = forms.into_values().collect();
            aliases.sort();
            Person { name, aliases }
        })
        .collect())
}
