//! People across the corpus: the name forms each article stored, and the links that join one
//! person's canonical names across articles.
//!
//! Each article resolves its own people ("Blair" and "Tony Blair" in one story are one actor).
//! Across stories, an article that only ever says "Blair" would keep "Blair" as its canonical
//! name; the links fix that at query time: after every `index` run, each one-word canonical name
//! that is the surname of exactly one fuller canonical name in the corpus is linked to it, and the
//! user's alias file adds or blocks links. The links live in one stored document, replaced on
//! every run and read once when the index is opened.

use super::schema::{Fields, KIND_LINKS, NAME_KEY_SEPARATOR};
use crate::fold::fold_name;
use crate::ingest::aliases::UserAliases;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocSet, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument, Term, TERMINATED,
};

/// Whether a segment holds the links document and nothing else, as the segment of the commit
/// that rewrites the links does until a merge takes it in.
///
/// Such a segment has no dictionary for any field but `kind`, and asking it for one makes
/// tantivy build an empty dictionary, with an FST builder of about 1 MB zeroed, once a process:
/// a third of the page faults of a whole `whosaid search` at 30 MB. Searches and walks over
/// names skip it; it holds no passage and no name.
pub fn holds_only_links(segment: &SegmentReader, fields: Fields) -> tantivy::Result<bool> {
    if segment.max_doc() != 1 {
        return Ok(false);
    }
    let links = Term::from_field_text(fields.kind, KIND_LINKS);
    Ok(segment.inverted_index(fields.kind)?.doc_freq(&links)? == 1)
}

/// A form of a name as an article used it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameForm {
    /// The folded key it is matched by.
    pub folded: String,
    /// The canonical name of its person in that article.
    pub canonical: String,
    /// The form as written; empty for the implicit surname of a full name.
    pub written: String,
}

/// Every live name form in the index, optionally only those whose folded form is `only`.
pub fn name_forms(
    searcher: &Searcher,
    fields: Fields,
    only: Option<&str>,
) -> tantivy::Result<Vec<NameForm>> {
    let mut forms = BTreeSet::new();
    for segment in searcher.segment_readers() {
        if holds_only_links(segment, fields)? {
            continue;
        }
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

/// Canonical name → the canonical name it is shown and counted under.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links(pub BTreeMap<String, String>);

/// Longest chain of links followed (rename of a merge of …); guards against cycles in a user file.
const MAX_LINK_CHAIN: usize = 8;

impl Links {
    /// Links from the corpus's name forms and the user's alias file: user links first, then each
    /// one-word canonical name that is the surname of exactly one fuller canonical name (unless
    /// the user split it).
    pub fn compute(forms: &[NameForm], user: &UserAliases) -> Links {
        let canonicals: BTreeSet<&str> = forms.iter().map(|f| f.canonical.as_str()).collect();
        let mut by_surname: HashMap<String, BTreeSet<&str>> = HashMap::new();
        for name in &canonicals {
            let tokens: Vec<&str> = name.split(' ').collect();
            if tokens.len() >= 2 {
                by_surname.entry(fold_name(tokens[tokens.len() - 1])).or_default().insert(name);
            }
        }
        let split: BTreeSet<String> = user.split.iter().map(|n| fold_name(n)).collect();
        let mut links = BTreeMap::new();
        for name in &canonicals {
            let folded = fold_name(name);
            if name.contains(' ') || split.contains(&folded) {
                continue;
            }
            if let Some(full) = by_surname.get(&folded).filter(|s| s.len() == 1) {
                if let Some(full) = full.iter().next() {
                    links.insert(name.to_string(), full.to_string());
                }
            }
        }
        for (from, to) in &user.links {
            links.insert(from.clone(), to.clone());
        }
        Links(links)
    }

    /// The name `name` is shown and counted under.
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        let mut current = name;
        for _ in 0..MAX_LINK_CHAIN {
            match self.0.get(current) {
                Some(next) if next != current => current = next,
                _ => break,
            }
        }
        current
    }

    /// Every stored canonical name shown as `shown` (itself included).
    pub fn members(&self, shown: &str) -> Vec<String> {
        let mut out: Vec<String> =
            self.0.keys().filter(|k| self.canonical(k) == shown).cloned().collect();
        out.push(shown.to_string());
        out.sort();
        out.dedup();
        out
    }

    /// Maps a list of names through the links, sorted and without duplicates.
    pub fn map_names(&self, names: &[String]) -> Vec<String> {
        let mut out: Vec<String> = names.iter().map(|n| self.canonical(n).to_string()).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The links as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".to_string())
    }

    /// Reads the links document; an index without one has no links.
    ///
    /// `alone_in` is a segment the caller found to hold only the links document (see
    /// [`holds_only_links`]), if any. While that document is alive it is the only live one (a
    /// run deletes the old links as it adds the new), so it is read at once instead of looked
    /// up in every segment's `kind` dictionary, which a short query paid for in page faults.
    pub fn load(
        searcher: &Searcher,
        fields: Fields,
        alone_in: Option<SegmentOrdinal>,
    ) -> tantivy::Result<Links> {
        let alone = alone_in.filter(|&ord| {
            searcher.segment_readers().get(ord as usize).is_some_and(|s| s.num_docs() == 1)
        });
        let address = match alone {
            Some(ord) => DocAddress::new(ord, 0),
            None => {
                let query = TermQuery::new(
                    Term::from_field_text(fields.kind, KIND_LINKS),
                    IndexRecordOption::Basic,
                );
                let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
                let Some(&(_, address)) = top.first() else { return Ok(Links::default()) };
                address
            }
        };
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc.get_first(fields.tags).and_then(|v| v.as_str()).unwrap_or("{}");
        Ok(Links(serde_json::from_str(json).unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(canonical: &str) -> NameForm {
        NameForm {
            folded: fold_name(canonical),
            canonical: canonical.into(),
            written: canonical.into(),
        }
    }

    #[test]
    fn a_surname_alone_joins_the_only_full_name_it_can_be() {
        let forms = [
            form("Tony Blair"),
            form("Blair"),
            form("Brown"),
            form("Gordon Brown"),
            form("Chris Brown"),
        ];
        let links = Links::compute(&forms, &UserAliases::default());
        assert_eq!(links.canonical("Blair"), "Tony Blair");
        // Two Browns: "Brown" alone stays itself.
        assert_eq!(links.canonical("Brown"), "Brown");
        assert_eq!(links.members("Tony Blair"), vec!["Blair", "Tony Blair"]);
        assert_eq!(links.map_names(&["Blair".into(), "Tony Blair".into()]), vec!["Tony Blair"]);
    }

    #[test]
    fn the_user_file_merges_renames_and_splits() {
        let mut user = UserAliases::default();
        user.add("[rename]\n\"Tony Blair\" = \"Anthony Blair\"\n[split]\nnames = [\"Blair\"]\n")
            .unwrap();
        let forms = [form("Tony Blair"), form("Blair")];
        let links = Links::compute(&forms, &user);
        assert_eq!(links.canonical("Tony Blair"), "Anthony Blair");
        assert_eq!(links.canonical("Blair"), "Blair");
    }

    #[test]
    fn cycles_in_a_user_file_end() {
        let mut user = UserAliases::default();
        user.add("[rename]\n\"A\" = \"B\"\n\"B\" = \"A\"\n").unwrap();
        let links = Links::compute(&[], &user);
        let _ = links.canonical("A");
    }
}
