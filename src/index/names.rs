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
use crate::enrich::people::{is_courtesy, looks_like_a_person};
use crate::fold::fold_name;
use crate::ingest::aliases::UserAliases;
use crate::model::{ActorAliases, Quote};
use rayon::prelude::*;
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

/// A walk over the terms of `field` that a live document still carries, in every segment but
/// the links' own (a term in several segments comes once per segment); only the terms in
/// `range` (low inclusive, high exclusive) if given. With `count`, each comes with how many
/// live documents carry it; without, with 1, and the postings are read only up to the first
/// live one (a name lookup at query time needs no counts).
#[derive(Clone, Copy)]
struct TermWalk<'r> {
    fields: Fields,
    field: tantivy::schema::Field,
    range: Option<(&'r [u8], &'r [u8])>,
    count: bool,
}

impl TermWalk<'_> {
    /// Calls `each` with every term of every segment, one segment after the other.
    fn all(self, searcher: &Searcher, mut each: impl FnMut(&str, u32)) -> tantivy::Result<()> {
        for segment in searcher.segment_readers() {
            self.segment(segment, &mut each)?;
        }
        Ok(())
    }

    /// Calls `each` with every term of one segment.
    fn segment(
        self,
        segment: &SegmentReader,
        mut each: impl FnMut(&str, u32),
    ) -> tantivy::Result<()> {
        let TermWalk { fields, field, range, count } = self;
        if holds_only_links(segment, fields)? {
            return Ok(());
        }
        let inverted = segment.inverted_index(field)?;
        let mut stream = match range {
            Some((lo, hi)) => inverted.terms().range().ge(lo).lt(hi).into_stream()?,
            None => inverted.terms().stream()?,
        };
        let alive = segment.alive_bitset();
        while stream.advance() {
            let Ok(key) = std::str::from_utf8(stream.key()) else { continue };
            // Terms of deleted articles stay in the dictionary until a merge; count a term only
            // while a live document still carries it.
            let live = match alive {
                None if count => stream.value().doc_freq,
                None => 1,
                Some(alive) => {
                    let term = Term::from_field_text(field, key);
                    let mut postings =
                        inverted.read_postings(&term, IndexRecordOption::Basic)?.ok_or_else(
                            || tantivy::TantivyError::InternalError("name term vanished".into()),
                        )?;
                    let mut found = 0;
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        if alive.is_alive(doc) {
                            found += 1;
                            if !count {
                                break;
                            }
                        }
                        doc = postings.advance();
                    }
                    found
                }
            };
            if live > 0 {
                each(key, live);
            }
        }
        Ok(())
    }
}

/// Every live name form in the index, optionally only those whose folded form is `only`.
pub fn name_forms(
    searcher: &Searcher,
    fields: Fields,
    only: Option<&str>,
) -> tantivy::Result<Vec<NameForm>> {
    let bounds = only.map(|folded| {
        let lo = format!("{folded}{NAME_KEY_SEPARATOR}");
        let hi =
            format!("{folded}{}", char::from_u32(NAME_KEY_SEPARATOR as u32 + 1).unwrap_or('\u{2}'));
        (lo, hi)
    });
    let range = bounds.as_ref().map(|(lo, hi)| (lo.as_bytes(), hi.as_bytes()));
    let mut forms = BTreeSet::new();
    let walk = TermWalk { fields, field: fields.name_key, range, count: false };
    walk.all(searcher, |key, _| {
        forms.extend(parse_name_key(key));
    })?;
    Ok(forms.into_iter().collect())
}

/// The name form a `name_key` term holds (folded, canonical and written, separated).
fn parse_name_key(key: &str) -> Option<NameForm> {
    let mut parts = key.split(NAME_KEY_SEPARATOR);
    let (folded, canonical, written) = (parts.next()?, parts.next()?, parts.next()?);
    Some(NameForm {
        folded: folded.to_string(),
        canonical: canonical.to_string(),
        written: written.to_string(),
    })
}

/// How many live articles name each person, and how many show each name to be a thing.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Canonical name → the articles in which it is a person's canonical name.
    pub person_articles: HashMap<String, u32>,
    /// Folded name → the articles that showed it to be an organization or a thing.
    pub thing_articles: HashMap<String, u32>,
}

/// Every live name form, and the [`Evidence`] over every live article, in one walk of the
/// name dictionaries (a no-op `index` run pays for it).
pub fn forms_and_evidence(
    searcher: &Searcher,
    fields: Fields,
) -> tantivy::Result<(Vec<NameForm>, Evidence)> {
    // Every segment's dictionaries on a core of their own: this is the last step of an index
    // run, and nothing else runs beside it (issue 6). The walks only collect; the counts are
    // added up in segment order after.
    type Terms = Vec<(String, u32)>;
    let walk = |segment: &SegmentReader| -> tantivy::Result<(Terms, Terms)> {
        let mut names = Vec::new();
        let names_walk = TermWalk { fields, field: fields.name_key, range: None, count: true };
        names_walk.segment(segment, |key, live| {
            names.push((key.to_string(), live));
        })?;
        let mut things = Vec::new();
        let things_walk = TermWalk { field: fields.thing_key, ..names_walk };
        things_walk.segment(segment, |key, live| {
            things.push((key.to_string(), live));
        })?;
        Ok((names, things))
    };
    let walked: Vec<tantivy::Result<(Terms, Terms)>> =
        searcher.segment_readers().par_iter().map(walk).collect();
    let mut forms = BTreeSet::new();
    let mut out = Evidence::default();
    for segment in walked {
        let (names, things) = segment?;
        for (key, live) in names {
            if let Some(form) = parse_name_key(&key) {
                // Every article stores its people's canonical names as written forms of
                // themselves.
                if form.canonical == form.written {
                    *out.person_articles.entry(form.canonical.clone()).or_default() += live;
                }
                forms.insert(form);
            }
        }
        for (key, live) in things {
            *out.thing_articles.entry(key).or_default() += live;
        }
    }
    Ok((forms.into_iter().collect(), out))
}

/// The name forms an article stores for its people: each canonical name and alias as written,
/// and the surname of a full name with no written form: users type a surname ("quotes
/// Heisbourg") even where the article never used it alone; it resolves, but is not listed as
/// an alias.
pub fn forms_of(people: &[ActorAliases]) -> Vec<NameForm> {
    let mut forms = Vec::new();
    for person in people {
        for written in std::iter::once(&person.name).chain(&person.aliases) {
            forms.push(NameForm {
                folded: fold_name(written),
                canonical: person.name.clone(),
                written: written.clone(),
            });
        }
        if let Some(surname) = person.name.rsplit(' ').next().filter(|s| *s != person.name) {
            forms.push(NameForm {
                folded: fold_name(surname),
                canonical: person.name.clone(),
                written: String::new(),
            });
        }
    }
    forms
}

impl Evidence {
    /// Counts one article's people and things, as [`forms_and_evidence`] counts them in an
    /// index.
    pub fn add_article(&mut self, people: &[ActorAliases], things: &[String]) {
        let canonicals: BTreeSet<&str> = people.iter().map(|p| p.name.as_str()).collect();
        for name in canonicals {
            *self.person_articles.entry(name.to_string()).or_default() += 1;
        }
        let folded: BTreeSet<String> = things.iter().map(|t| fold_name(t)).collect();
        for thing in folded {
            *self.thing_articles.entry(thing).or_default() += 1;
        }
    }
}

/// Canonical name → the canonical name it is shown and counted under.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links(pub BTreeMap<String, String>);

/// Longest chain of links followed (rename of a merge of …); guards against cycles in a user file.
const MAX_LINK_CHAIN: usize = 8;

/// What [`Links`] map a name to when it is no person: shown nowhere, counted under no one.
pub const NOT_A_PERSON: &str = "";

impl Links {
    /// Links from the corpus's name forms, the names articles showed to be things, and the
    /// user's alias file: user links first, then
    /// - a name some article showed to be an organization ("Citibank NA", "the bank
    ///   Citibank"), that no article wrote with a title or honorific, that as one word is no
    ///   full name's surname, and that, if it reads as a person's name, more articles show as
    ///   a thing than as a person, is no person ("Citibank said" in another story);
    /// - each one-word canonical name that is the surname of exactly one fuller canonical name
    ///   is linked to it (unless the user split it).
    pub fn compute(forms: &[NameForm], evidence: &Evidence, user: &UserAliases) -> Links {
        let canonicals: BTreeSet<&str> = forms.iter().map(|f| f.canonical.as_str()).collect();
        // A form written with a word of its own before the name ("Mr. Reagan", "President
        // Reagan", "Jim Baker") shows a person; "Merrill" for "Merrill Lynch" does not, nor
        // does "the chairman".
        let mut titled: BTreeSet<&str> = BTreeSet::new();
        // Written with an honorific ("Mr. Lynch"): surely a person, whom no firm's name takes.
        let mut honored: BTreeSet<&str> = BTreeSet::new();
        for f in forms {
            let first = f.written.split(' ').next().unwrap_or("");
            let capital = first.chars().next().is_some_and(char::is_uppercase);
            if capital && !f.canonical.split(' ').any(|w| w == first) {
                titled.insert(&f.canonical);
                if is_courtesy(&fold_name(first.trim_end_matches('.'))) {
                    honored.insert(&f.canonical);
                }
            }
        }
        let split: BTreeSet<String> = user.split.iter().map(|n| fold_name(n)).collect();
        let thing = |name: &str| {
            let folded = fold_name(name);
            let as_thing = evidence.thing_articles.get(&folded).copied().unwrap_or(0);
            let as_person = evidence.person_articles.get(name).copied().unwrap_or(0);
            // A name that reads as a person's needs more articles showing it a thing than a
            // person ("Merrill Lynch", not "Ivan Boesky", whose firm one story named).
            let outweighed =
                if looks_like_a_person(name) { as_thing > as_person } else { as_thing > 0 };
            outweighed && !titled.contains(name) && !split.contains(&folded)
        };
        let mut links = BTreeMap::new();
        let mut by_surname: HashMap<String, BTreeSet<&str>> = HashMap::new();
        for name in &canonicals {
            let tokens: Vec<&str> = name.split(' ').collect();
            if tokens.len() < 2 {
                continue;
            }
            if thing(name) {
                links.insert(name.to_string(), NOT_A_PERSON.to_string());
            }
            by_surname.entry(fold_name(tokens[tokens.len() - 1])).or_default().insert(name);
        }
        for name in &canonicals {
            let folded = fold_name(name);
            if name.contains(' ') || split.contains(&folded) {
                continue;
            }
            match by_surname.get(&folded) {
                Some(full) if full.len() == 1 => {
                    // "Electric" goes with "Hawaiian Electric", a person or not; "Mr. Lynch"
                    // is never the firm "Merrill Lynch".
                    // "Sony" is no part of "Rival Sony", nor "Apple" of "Big Apple": a full
                    // name takes its last word's mentions only when it reads as a person's,
                    // some article gave it a title, or it is a thing the word goes with.
                    let hidden = |full: &str| links.get(full).is_some_and(|l| l == NOT_A_PERSON);
                    if let Some(full) = full.iter().next().filter(|full| {
                        (!honored.contains(name) || !hidden(full))
                            && (looks_like_a_person(full)
                                || titled.contains(**full)
                                || hidden(full))
                    }) {
                        links.insert(name.to_string(), full.to_string());
                    }
                }
                Some(_) => {}
                None if thing(name) => {
                    links.insert(name.to_string(), NOT_A_PERSON.to_string());
                }
                None => {}
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

    /// The name `name` is shown under, or `None` when the links found it to be no person.
    pub fn shown<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        Some(self.canonical(name)).filter(|shown| *shown != NOT_A_PERSON)
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

    /// Maps a list of names through the links, sorted and without duplicates, leaving out
    /// those that are no person.
    pub fn map_names(&self, names: &[String]) -> Vec<String> {
        let mut out: Vec<String> =
            names.iter().filter_map(|n| self.shown(n)).map(str::to_string).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Shows a quotation's speaker under the linked name; a speaker that is no person leaves
    /// the quotation without speaker or cue.
    pub fn map_quote(&self, quote: &mut Quote) {
        if let Some(speaker) = &quote.speaker {
            quote.speaker = self.shown(speaker).map(str::to_string);
            if quote.speaker.is_none() {
                quote.cue = None;
            }
        }
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
        let links = Links::compute(&forms, &Evidence::default(), &UserAliases::default());
        assert_eq!(links.canonical("Blair"), "Tony Blair");
        // Two Browns: "Brown" alone stays itself.
        assert_eq!(links.canonical("Brown"), "Brown");
        assert_eq!(links.members("Tony Blair"), vec!["Blair", "Tony Blair"]);
        assert_eq!(links.map_names(&["Blair".into(), "Tony Blair".into()]), vec!["Tony Blair"]);
    }

    #[test]
    fn a_word_alone_joins_only_a_full_name_that_reads_as_a_persons() {
        let titled = NameForm {
            folded: fold_name("Olympic champion Kenenisa Bekele"),
            canonical: "Kenenisa Bekele".into(),
            written: "Olympic champion Kenenisa Bekele".into(),
        };
        let forms = [
            form("Rival Sony"),
            form("Sony"),
            form("Big Apple"),
            form("Apple"),
            titled,
            form("Bekele"),
            form("Tony Blair"),
            form("Blair"),
        ];
        let links = Links::compute(&forms, &Evidence::default(), &UserAliases::default());
        // A sentence's capital ("Rival Sony has said …") or a nickname makes no person.
        assert_eq!(links.canonical("Sony"), "Sony");
        assert_eq!(links.canonical("Apple"), "Apple");
        // A given name no list holds, but a title some article gave.
        assert_eq!(links.canonical("Bekele"), "Kenenisa Bekele");
        assert_eq!(links.canonical("Blair"), "Tony Blair");
    }

    #[test]
    fn the_user_file_merges_renames_and_splits() {
        let mut user = UserAliases::default();
        user.add("[rename]\n\"Tony Blair\" = \"Anthony Blair\"\n[split]\nnames = [\"Blair\"]\n")
            .unwrap();
        let forms = [form("Tony Blair"), form("Blair")];
        let links = Links::compute(&forms, &Evidence::default(), &user);
        assert_eq!(links.canonical("Tony Blair"), "Anthony Blair");
        assert_eq!(links.canonical("Blair"), "Blair");
    }

    #[test]
    fn a_name_shown_a_thing_elsewhere_is_no_person() {
        let written = |canonical: &str, written: &str| NameForm {
            folded: fold_name(written),
            canonical: canonical.into(),
            written: written.into(),
        };
        let forms = [
            form("Citibank"),
            form("Merrill Lynch"),
            form("Lynch"),
            form("Ivan Boesky"),
            form("Baker"),
            form("James Baker"),
            form("Howard Baker"),
            form("Walsh"),
            written("Walsh", "Mr. Walsh"),
        ];
        let mut evidence = Evidence::default();
        for (name, things, people) in [
            ("Citibank", 1, 5),
            ("Merrill Lynch", 9, 8),
            ("Ivan Boesky", 1, 16),
            ("Baker", 3, 2),
            ("Walsh", 4, 1),
        ] {
            evidence.thing_articles.insert(fold_name(name), things);
            evidence.person_articles.insert(name.to_string(), people);
        }
        let links = Links::compute(&forms, &evidence, &UserAliases::default());
        // No name of a person's shape, so one story's "Citibank NA" is enough.
        assert_eq!(links.canonical("Citibank"), NOT_A_PERSON);
        // A name of a person's shape needs more stories showing it a firm than a person.
        assert_eq!(links.canonical("Merrill Lynch"), NOT_A_PERSON);
        assert_eq!(links.canonical("Lynch"), NOT_A_PERSON, "the only full name it can be");
        assert_eq!(links.canonical("Ivan Boesky"), "Ivan Boesky");
        // The surname of two people, and a name written with an honorific, stay people.
        assert_eq!(links.canonical("Baker"), "Baker");
        assert_eq!(links.canonical("Walsh"), "Walsh");
        assert_eq!(
            links.map_names(&["Citibank".into(), "Ivan Boesky".into()]),
            vec!["Ivan Boesky"]
        );
        let mut quote = Quote {
            text: "Profits will rise".into(),
            speaker: Some("Citibank".into()),
            cue: Some("said".into()),
        };
        links.map_quote(&mut quote);
        assert_eq!((quote.speaker, quote.cue), (None, None));
        // The user's split keeps a name as it is.
        let mut user = UserAliases::default();
        user.add("[split]\nnames = [\"Citibank\"]\n").unwrap();
        assert_eq!(Links::compute(&forms, &evidence, &user).canonical("Citibank"), "Citibank");
    }

    #[test]
    fn cycles_in_a_user_file_end() {
        let mut user = UserAliases::default();
        user.add("[rename]\n\"A\" = \"B\"\n\"B\" = \"A\"\n").unwrap();
        let links = Links::compute(&[], &Evidence::default(), &user);
        let _ = links.canonical("A");
    }
}
