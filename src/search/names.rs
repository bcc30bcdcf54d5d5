//! People in the index: resolving a typed name to canonical names, and listing everyone with
//! their aliases.
//!
//! Every article document carries `name_key` terms `<folded form>\u{1}<canonical name>`, so a
//! name resolves by a prefix walk of the term dictionary — no stored document is read, and the
//! cost grows with the number of distinct names, not with the corpus.

use super::Error;
use crate::fold::fold_name;
use crate::index::names::{name_forms, Links};
use crate::index::schema::Fields;
use std::collections::{BTreeMap, BTreeSet};
use tantivy::Searcher;

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

/// What a typed name means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The names it is shown under (after the corpus links and the user's alias file).
    pub shown: Vec<String>,
    /// Every canonical name stored in the index for those people: what filters match.
    pub stored: Vec<String>,
}

/// The people a typed name can mean: every person whose canonical name, alias, surname or
/// linked name folds to the same key. An unknown name is a [`NameError`] with the nearest known
/// names.
pub fn resolve(
    searcher: &Searcher,
    fields: Fields,
    links: &Links,
    name: &str,
) -> Result<Resolved, Error> {
    let folded = fold_name(name);
    let mut shown: BTreeSet<String> = name_forms(searcher, fields, Some(&folded))?
        .into_iter()
        .filter_map(|f| links.shown(&f.canonical).map(str::to_string))
        .collect();
    // A name only the alias file gives ("Joe Biden" from a rename) has no stored form.
    shown.extend(
        links
            .0
            .values()
            .filter(|v| fold_name(v) == folded)
            .filter_map(|v| links.shown(v).map(str::to_string)),
    );
    if !shown.is_empty() {
        let stored: BTreeSet<String> = shown.iter().flat_map(|s| links.members(s)).collect();
        return Ok(Resolved {
            shown: shown.into_iter().collect(),
            stored: stored.into_iter().collect(),
        });
    }
    let mut scored: BTreeMap<String, f64> = BTreeMap::new();
    for form in name_forms(searcher, fields, None)? {
        let Some(shown) = links.shown(&form.canonical) else { continue };
        let score = strsim::jaro_winkler(&folded, &form.folded);
        let best = scored.entry(shown.to_string()).or_insert(0.0);
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

/// Everyone in the index under the name they are shown by, with the other forms the articles
/// used for them (including canonical names the links joined to them).
pub fn people(searcher: &Searcher, fields: Fields, links: &Links) -> Result<Vec<Person>, Error> {
    let mut by_name: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for form in name_forms(searcher, fields, None)? {
        let Some(shown) = links.shown(&form.canonical).map(str::to_string) else { continue };
        let aliases = by_name.entry(shown.clone()).or_default();
        // One alias per folded form: "Lavrov" and "LAVROV" are the same alias.
        let folded_shown = fold_name(&shown);
        if form.folded != folded_shown && !form.written.is_empty() {
            aliases.entry(form.folded).or_insert(form.written);
        }
        if form.canonical != shown {
            aliases.entry(fold_name(&form.canonical)).or_insert(form.canonical);
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
