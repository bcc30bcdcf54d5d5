//! Adding, replacing and removing articles in the index.

use super::directory::ReadAtDirectory;
use super::names::{forms_and_evidence, forms_of, Links};
use super::registry::NameRegistry;
use super::schema::{
    build_schema, people_value, Fields, KIND_ARTICLE, KIND_LINKS, KIND_PASSAGE, NAME_KEY_SEPARATOR,
};
use super::{commit_payload, exists, with_analyzers, Error, Stamp};
use crate::fold::fold_name;
use crate::ingest::aliases::UserAliases;
use crate::model::TaggedArticle;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DateTime, Index, IndexSettings, TantivyDocument, Term};

/// What one `index` run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpdateCounts {
    /// Articles new to the index.
    pub added: usize,
    /// Articles whose content changed and were replaced.
    pub updated: usize,
    /// Articles whose files vanished.
    pub removed: usize,
    /// Articles skipped because their content is unchanged.
    pub unchanged: usize,
    /// Passages written.
    pub passages: usize,
}

/// What the index already holds for one article.
#[derive(Debug, Clone)]
struct Known {
    hash: String,
    source: String,
}

/// Whether an article must be (re)indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not in the index.
    New,
    /// In the index with other content.
    Changed,
    /// In the index with this content.
    Unchanged,
    /// Already read in this run from another file or record.
    Duplicate,
}

/// What [`IndexWriter::open`] found at the index path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// A new index, or one this whosaid built: unchanged articles are skipped.
    Current,
    /// An index of another format or schema: it was discarded and is built anew.
    Rebuilt,
    /// An index tagged by another version of the tagger: every article is tagged again.
    Retagging,
}

/// A writer over the index folder, holding tantivy's writer lock until dropped.
pub struct IndexWriter {
    path: PathBuf,
    index: Index,
    fields: Fields,
    writer: tantivy::IndexWriter<TantivyDocument>,
    known: Arc<HashMap<String, Known>>,
    seen: HashSet<String>,
    counts: UpdateCounts,
    /// While re-tagging, the payload the index had: commits keep it until every article holds
    /// the new tagger's tags, so that a run killed (or given only part of the corpus) half way
    /// leaves the rest to be re-tagged next time.
    stale_payload: Option<String>,
    /// Articles tagged by the old tagger that this run replaced.
    retagged: usize,
    /// The names table; saved before every commit (see `index::registry`).
    registry: NameRegistry,
}

/// The content hashes the index held when the writer opened: a read-only view other threads
/// can use to skip unchanged articles before cleaning or tagging them. The writer's
/// [`IndexWriter::status`] stays the authority (it also knows what this run has already seen).
#[derive(Clone)]
pub struct KnownHashes(Arc<HashMap<String, Known>>);

impl KnownHashes {
    /// Whether the index holds the article with this id and exactly this content.
    pub fn is_unchanged(&self, article_id: &str, hash: &str) -> bool {
        self.0.get(article_id).is_some_and(|k| k.hash == hash)
    }
}

/// An article's tantivy documents, built on any thread and handed to [`IndexWriter::write`].
pub struct Prepared {
    id: String,
    docs: Vec<TantivyDocument>,
    passages: usize,
}

impl Prepared {
    /// The article id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Passages among the documents.
    pub fn passages(&self) -> usize {
        self.passages
    }
}

/// Builds the documents of tagged articles; `Send + Sync`, so it runs on the tagging threads
/// and leaves the writer's thread only the hand-over to tantivy.
#[derive(Clone, Copy)]
pub struct DocumentBuilder {
    fields: Fields,
}

impl IndexWriter {
    /// Opens (or creates) the index at `path` for writing. With `rebuild`, or when the index was
    /// built with another schema, it starts empty; when its tags come from another tagger,
    /// every article counts as changed. The returned [`Opened`] says which.
    pub fn open(path: &Path, heap_bytes: usize, rebuild: bool) -> Result<(Self, Opened), Error> {
        let tantivy_err = |source| Error::Tantivy { path: path.to_path_buf(), source };
        let (schema, fields) = build_schema();
        let mut schema_changed = false;
        // A new index counts as current in every respect.
        let mut stamp = Stamp { current_format: true, current_tagger: true, payload: None };
        if !exists(path) {
            std::fs::create_dir_all(path).map_err(|e| tantivy_err(e.into()))?;
        }
        // Segment files are read, not mapped, by the writer and its merges (see `directory`).
        let directory = ReadAtDirectory::open(path).map_err(|e| tantivy_err(e.into()))?;
        let create = |schema| {
            Index::create(directory.clone(), schema, IndexSettings::default()).map(with_analyzers)
        };
        let index = if exists(path) {
            let index = Index::open(directory.clone()).map(with_analyzers).map_err(tantivy_err)?;
            stamp = Stamp::of(&index);
            schema_changed = index.schema() != schema || !stamp.current_format;
            index
        } else {
            create(schema.clone()).map_err(tantivy_err)?
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        // tantivy refuses less than 15 MB per indexing thread.
        let threads = threads.min((heap_bytes / 16_000_000).max(1));
        let mut writer =
            index.writer_with_num_threads(threads, heap_bytes).map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => Error::Busy(path.to_path_buf()),
                other => tantivy_err(other),
            })?;
        let index = if schema_changed {
            // The old schema's files cannot take our documents: start a new index in place.
            drop(writer);
            clear_index_files(path).map_err(|e| tantivy_err(e.into()))?;
            let index = create(schema).map_err(tantivy_err)?;
            writer = index.writer_with_num_threads(threads, heap_bytes).map_err(tantivy_err)?;
            index
        } else {
            index
        };
        if rebuild && !schema_changed {
            writer.delete_all_documents().map_err(tantivy_err)?;
        }
        let retag = !rebuild && !schema_changed && !stamp.current_tagger;
        let stale_payload = if retag { Some(stamp.payload.unwrap_or_default()) } else { None };
        let registry = if schema_changed {
            NameRegistry::remove(path).map_err(|e| tantivy_err(e.into()))?;
            NameRegistry::default()
        } else {
            match NameRegistry::load(path) {
                Ok(registry) => registry,
                // Numbers are kept across a rebuild, but an unreadable table cannot be: the
                // rebuild renumbers from scratch.
                Err(_) if rebuild => {
                    NameRegistry::remove(path).map_err(|e| tantivy_err(e.into()))?;
                    NameRegistry::default()
                }
                Err(e) => return Err(Error::Names(e)),
            }
        };
        let known = if rebuild || schema_changed {
            HashMap::new()
        } else {
            let mut known = load_known(&index, &fields).map_err(tantivy_err)?;
            if retag {
                // No content hash matches an empty one: every article reads as changed.
                known.values_mut().for_each(|k| k.hash.clear());
            }
            known
        };
        let opened = if schema_changed {
            Opened::Rebuilt
        } else if retag {
            Opened::Retagging
        } else {
            Opened::Current
        };
        Ok((
            IndexWriter {
                path: path.to_path_buf(),
                index: index.clone(),
                fields,
                writer,
                known: Arc::new(known),
                seen: HashSet::new(),
                counts: UpdateCounts::default(),
                stale_payload,
                retagged: 0,
                registry,
            },
            opened,
        ))
    }

    /// Whether the article with this id and content hash needs indexing; marks it as seen
    /// either way, so that [`IndexWriter::remove_vanished`] keeps it.
    pub fn status(&mut self, article_id: &str, hash: &str) -> Status {
        if !self.seen.insert(article_id.to_string()) {
            return Status::Duplicate;
        }
        match self.known.get(article_id) {
            None => Status::New,
            Some(k) if k.hash == hash => {
                self.counts.unchanged += 1;
                Status::Unchanged
            }
            Some(_) => Status::Changed,
        }
    }

    /// Marks every known article read from `source` as seen: its file could not be read this
    /// time, and an unreadable file must not erase what was indexed from it.
    pub fn keep_source(&mut self, source: &Path) {
        let source = source_key(source);
        let ids: Vec<String> = self
            .known
            .iter()
            .filter(|(_, k)| k.source == source)
            .map(|(id, _)| id.clone())
            .collect();
        self.seen.extend(ids);
    }

    /// The hashes the index held when the writer opened, for other threads.
    pub fn known_hashes(&self) -> KnownHashes {
        KnownHashes(Arc::clone(&self.known))
    }

    /// A builder of documents for this index's schema, for other threads.
    pub fn document_builder(&self) -> DocumentBuilder {
        DocumentBuilder { fields: self.fields }
    }

    /// Writes an article's prepared documents, replacing any earlier version of it.
    pub fn write(&mut self, prepared: Prepared) -> Result<(), Error> {
        let f = self.fields;
        self.seen.insert(prepared.id.clone());
        if let Some(known) = self.known.get(&prepared.id) {
            self.writer.delete_term(Term::from_field_text(f.article_id, &prepared.id));
            self.counts.updated += 1;
            if self.stale_payload.is_some() && known.hash.is_empty() {
                self.retagged += 1;
            }
        } else {
            self.counts.added += 1;
        }
        for mut doc in prepared.docs {
            self.number_names(&mut doc);
            self.writer
                .add_document(doc)
                .map_err(|source| Error::Tantivy { path: self.path.clone(), source })?;
        }
        self.counts.passages += prepared.passages;
        Ok(())
    }

    /// Removes the articles read earlier from a file under one of `roots` that this run did
    /// not see: their files (or records) are gone.
    pub fn remove_vanished(&mut self, roots: &[PathBuf]) {
        let roots: Vec<String> = roots.iter().map(|r| source_key(r)).collect();
        let gone: Vec<String> = self
            .known
            .iter()
            .filter(|(id, k)| {
                !self.seen.contains(*id) && roots.iter().any(|r| is_under(&k.source, r))
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in gone {
            self.writer.delete_term(Term::from_field_text(self.fields.article_id, &id));
            Arc::make_mut(&mut self.known).remove(&id);
            self.counts.removed += 1;
        }
    }

    /// Adds the numbers of a passage's people (see `index::registry`) to its document.
    fn number_names(&mut self, doc: &mut TantivyDocument) {
        let f = self.fields;
        for (names, speakers) in [(f.actor_name, false), (f.speaker_name, true)] {
            let values: Vec<u64> = doc
                .get_all(names)
                .filter_map(|v| v.as_str())
                .map(|name| people_value(self.registry.id(name), speakers))
                .collect();
            for value in values {
                doc.add_u64(f.people, value);
            }
        }
    }

    /// Recomputes the links from the committed name forms and the user's alias file; writes
    /// them (in a commit of their own) only when they changed. The names table learns under
    /// which name each name is counted either way.
    fn update_links(&mut self, user: &UserAliases) -> Result<(), Error> {
        let path = self.path.clone();
        let tantivy_err = |source| Error::Tantivy { path: path.clone(), source };
        let reader = self.index.reader().map_err(tantivy_err)?;
        let searcher = reader.searcher();
        let (forms, evidence) = forms_and_evidence(&searcher, self.fields).map_err(tantivy_err)?;
        let links = Links::compute(&forms, &evidence, user);
        self.registry.set_shown(|name| links.canonical(name).to_string());
        self.registry.save(&self.path).map_err(Error::Names)?;
        if links == Links::load(&searcher, self.fields, None).map_err(tantivy_err)? {
            return Ok(());
        }
        self.writer.delete_term(Term::from_field_text(self.fields.kind, KIND_LINKS));
        let mut doc = TantivyDocument::new();
        doc.add_text(self.fields.kind, KIND_LINKS);
        doc.add_text(self.fields.tags, links.to_json());
        self.writer.add_document(doc).map_err(tantivy_err)?;
        let payload = self.payload();
        commit_with_payload(&mut self.writer, payload).map_err(tantivy_err)
    }

    /// The payload of the next commit: the old one while articles tagged by the old tagger
    /// remain (see `stale_payload`).
    fn payload(&mut self) -> String {
        if self.stale_payload.is_some() {
            let stale = self.known.values().filter(|k| k.hash.is_empty()).count();
            if self.retagged >= stale {
                self.stale_payload = None;
            }
        }
        self.stale_payload.clone().unwrap_or_else(commit_payload)
    }

    /// Commits everything written so far: readers see all of it or none of it.
    pub fn commit(&mut self) -> Result<(), Error> {
        // The numbers the commit's documents use must be in the table before they are visible.
        self.registry.save(&self.path).map_err(Error::Names)?;
        let payload = self.payload();
        commit_with_payload(&mut self.writer, payload)
            .map_err(|source| Error::Tantivy { path: self.path.clone(), source })
    }

    /// Commits, brings the corpus-wide name links up to date (see `index::names`), waits for
    /// background merges, and returns what the run did.
    pub fn finish(mut self, user: &UserAliases) -> Result<UpdateCounts, Error> {
        self.commit()?;
        self.update_links(user)?;
        let counts = self.counts;
        self.writer
            .wait_merging_threads()
            .map_err(|source| Error::Tantivy { path: self.path.clone(), source })?;
        Ok(counts)
    }
}

impl DocumentBuilder {
    /// The documents of one article: one of kind `article` (hash, source, name forms) and one
    /// per passage. `source` is the file the article was read from, as `source_key` gives it.
    pub fn build(&self, tagged: &TaggedArticle, source: &str) -> Result<Prepared, Error> {
        let f = self.fields;
        let article = &tagged.article;
        let mut docs = Vec::with_capacity(tagged.passages.len() + 1);

        let mut doc = TantivyDocument::new();
        doc.add_text(f.kind, KIND_ARTICLE);
        doc.add_text(f.article_id, &article.id);
        doc.add_text(f.hash, &article.hash);
        doc.add_text(f.source, source);
        for form in forms_of(&tagged.people) {
            let key = format!(
                "{}{NAME_KEY_SEPARATOR}{}{NAME_KEY_SEPARATOR}{}",
                form.folded, form.canonical, form.written
            );
            doc.add_text(f.name_key, key);
        }
        for thing in &tagged.things {
            doc.add_text(f.thing_key, fold_name(thing));
        }
        docs.push(doc);

        // Written once for all the article's passages.
        let published = article.published.map(|day| day.to_string());
        for tp in &tagged.passages {
            let mut doc = TantivyDocument::new();
            doc.add_text(f.kind, KIND_PASSAGE);
            doc.add_text(f.article_id, &article.id);
            doc.add_u64(f.ordinal, u64::from(tp.passage.ordinal));
            doc.add_text(f.text, &tp.passage.text);
            if let Some(title) = &article.title {
                doc.add_text(f.title, title);
            }
            if let Some(path) = &article.path {
                doc.add_text(f.path, path);
            }
            if let Some(url) = &article.url {
                doc.add_text(f.url, url);
            }
            if let Some(published) = &published {
                doc.add_text(f.published, published);
            }
            for actor in &tp.tags.actors {
                doc.add_text(f.actor_name, actor);
            }
            for speaker in &tp.tags.speakers {
                doc.add_text(f.speaker_name, speaker);
            }
            if let Some(date) = &tp.tags.date {
                doc.add_date(f.date_start, to_datetime(date.start));
                doc.add_date(f.date_end, to_datetime(date.end));
            }
            let tags = serde_json::to_string(&tp.tags).map_err(|e| Error::Tantivy {
                path: PathBuf::from(source),
                source: tantivy::TantivyError::InvalidArgument(e.to_string()),
            })?;
            doc.add_text(f.tags, tags);
            docs.push(doc);
        }
        Ok(Prepared { id: article.id.clone(), docs, passages: tagged.passages.len() })
    }
}

/// Every commit names the index format and the tagger (see [`super::FORMAT`] and
/// [`super::TAGGER`]), so that a whosaid that reads the files differently rebuilds the index
/// instead of misreading it, and one that tags differently re-tags it.
fn commit_with_payload(
    writer: &mut tantivy::IndexWriter<TantivyDocument>,
    payload: String,
) -> tantivy::Result<()> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    Ok(())
}

/// The indexed form of a day: midnight UTC. tantivy keeps dates as nanoseconds in an i64, which
/// spans the years 1678 to 2262; days outside are clamped to its ends (a range query `--to 9999`
/// still means "everything").
pub fn to_datetime(date: NaiveDate) -> DateTime {
    const FIRST: i64 = -9_200_000_000; // 1678-06-23
    const LAST: i64 = 9_200_000_000; // 2261-07-13
    let secs = date.and_hms_opt(0, 0, 0).map_or(0, |dt| dt.and_utc().timestamp());
    DateTime::from_timestamp_secs(secs.clamp(FIRST, LAST))
}

/// How the index records the file an article came from: its canonical path, so that a corpus
/// named by another path (relative, through a link) is still recognised on the next run.
pub fn source_key(path: &Path) -> String {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf()).to_string_lossy().into_owned()
}

fn is_under(source: &str, root: &str) -> bool {
    source == root
        || source.strip_prefix(root).is_some_and(|rest| rest.starts_with(std::path::MAIN_SEPARATOR))
}

/// Removes tantivy's files from an index folder, leaving anything else the user put there.
fn clear_index_files(path: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let tantivy_file = name == "meta.json"
            || name == ".managed.json"
            || name.ends_with(".idx")
            || name.ends_with(".pos")
            || name.ends_with(".term")
            || name.ends_with(".store")
            || name.ends_with(".fast")
            || name.ends_with(".fieldnorm")
            || name.ends_with(".del");
        if tantivy_file && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// A string fast column with its terms, indexed by term ordinal.
type TermColumn = Option<(tantivy::columnar::StrColumn, Vec<String>)>;

/// Reads every article document's id, content hash and source file from fast columns.
fn load_known(index: &Index, fields: &Fields) -> tantivy::Result<HashMap<String, Known>> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let query =
        TermQuery::new(Term::from_field_text(fields.kind, KIND_ARTICLE), IndexRecordOption::Basic);
    let docs = searcher.search(&query, &DocSetCollector)?;
    let mut known = HashMap::with_capacity(docs.len());
    // Each segment's dictionaries are read once, in order: looking terms up one ord at a time
    // decompresses a block per lookup and dominated a no-op re-index.
    let mut columns: HashMap<u32, [TermColumn; 3]> = HashMap::new();
    for address in docs {
        let segment_columns = match columns.entry(address.segment_ord) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                let column = |name: &str| -> tantivy::Result<TermColumn> {
                    let Some(column) = fast.str(name)? else { return Ok(None) };
                    let mut terms = Vec::with_capacity(column.num_terms());
                    let mut stream = column.dictionary().stream()?;
                    while stream.advance() {
                        terms.push(String::from_utf8_lossy(stream.key()).into_owned());
                    }
                    Ok(Some((column, terms)))
                };
                e.insert([column("article_id")?, column("hash")?, column("source")?])
            }
        };
        let [ids, hashes, sources] = &*segment_columns;
        let value = |column: &TermColumn| {
            column
                .as_ref()
                .and_then(|(c, terms)| c.term_ords(address.doc_id).next().map(|o| (o, terms)))
                .and_then(|(ord, terms)| terms.get(ord as usize).cloned())
                .unwrap_or_default()
        };
        known.insert(value(ids), Known { hash: value(hashes), source: value(sources) });
    }
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::to_datetime;
    use chrono::NaiveDate;

    #[test]
    fn an_index_of_an_older_format_is_refused_by_search_and_rebuilt_by_index() {
        use crate::index::{open, Error, IndexWriter};
        use crate::ingest::aliases::UserAliases;
        let dir = tempfile::tempdir().unwrap();
        let (schema, fields) = super::build_schema();
        // What an older whosaid left: the same schema, committed without the format payload.
        let index = tantivy::Index::create_in_dir(dir.path(), schema).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        let mut doc = tantivy::TantivyDocument::new();
        doc.add_text(fields.kind, super::KIND_PASSAGE);
        writer.add_document(doc).unwrap();
        writer.commit().unwrap();
        drop(writer);
        assert!(matches!(open(dir.path()), Err(Error::OldSchema(_))));

        let (writer, opened) = IndexWriter::open(dir.path(), 20_000_000, false).unwrap();
        assert_eq!(opened, super::Opened::Rebuilt, "the old files are discarded");
        writer.finish(&UserAliases::default()).unwrap();
        assert!(open(dir.path()).is_ok(), "the rebuilt index is of the current format");
    }

    /// Writes `ids` as articles (same content each time) and finishes the run.
    fn index_articles(dir: &std::path::Path, ids: &[&str]) -> (super::Opened, Vec<super::Status>) {
        use crate::index::IndexWriter;
        use crate::ingest::aliases::UserAliases;
        let (mut writer, opened) = IndexWriter::open(dir, 20_000_000, false).unwrap();
        let builder = writer.document_builder();
        let mut statuses = Vec::new();
        for id in ids {
            let article = crate::model::Article {
                id: id.to_string(),
                title: None,
                url: None,
                published: None,
                path: None,
                hash: format!("hash-of-{id}"),
                body: "Mayor Rosa Diaz opened the bridge on Monday.".to_string(),
            };
            let status = writer.status(&article.id, &article.hash);
            if status != super::Status::Unchanged {
                let tagged = crate::process_article(article);
                writer.write(builder.build(&tagged, &super::source_key(dir)).unwrap()).unwrap();
            }
            statuses.push(status);
        }
        writer.finish(&UserAliases::default()).unwrap();
        (opened, statuses)
    }

    /// Commits nothing but a payload naming another tagger, as an older whosaid would have.
    fn mark_tagged_by_an_older_tagger(dir: &std::path::Path) {
        let index = tantivy::Index::open_in_dir(dir).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload(&format!("{} tagger=0123456789abcdef", crate::index::FORMAT));
        prepared.commit().unwrap();
    }

    #[test]
    fn an_index_tagged_by_another_tagger_is_retagged_until_every_article_is() {
        use super::{Opened, Status};
        use crate::index::{open, Stamp};
        let dir = tempfile::tempdir().unwrap();
        let (opened, statuses) = index_articles(dir.path(), &["a", "b"]);
        assert_eq!((opened, statuses), (Opened::Current, vec![Status::New, Status::New]));
        assert_eq!(index_articles(dir.path(), &["a", "b"]).1, vec![Status::Unchanged; 2]);

        mark_tagged_by_an_older_tagger(dir.path());
        assert!(open(dir.path()).is_ok(), "search still reads an index of another tagger");
        // A run that sees only one of the two articles re-tags it, and leaves the index marked
        // as the old tagger's: the other article still holds old tags.
        let (opened, statuses) = index_articles(dir.path(), &["a"]);
        assert_eq!((opened, statuses), (Opened::Retagging, vec![Status::Changed]));
        let index = tantivy::Index::open_in_dir(dir.path()).unwrap();
        assert!(!Stamp::of(&index).current_tagger);

        let (opened, statuses) = index_articles(dir.path(), &["a", "b"]);
        assert_eq!((opened, statuses), (Opened::Retagging, vec![Status::Changed; 2]));
        let index = tantivy::Index::open_in_dir(dir.path()).unwrap();
        assert!(Stamp::of(&index).current_tagger, "every article now holds this tagger's tags");
        assert_eq!(
            index_articles(dir.path(), &["a", "b"]),
            (Opened::Current, vec![Status::Unchanged; 2])
        );
    }

    #[test]
    fn dates_beyond_tantivys_range_are_clamped_not_overflowed() {
        for (y, m, d) in [(9999, 12, 31), (1, 1, 1), (2262, 5, 1), (1600, 1, 1)] {
            let _ = to_datetime(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        }
        let a = to_datetime(NaiveDate::from_ymd_opt(2021, 1, 1).unwrap());
        let b = to_datetime(NaiveDate::from_ymd_opt(2021, 1, 2).unwrap());
        assert_eq!(b.into_timestamp_secs() - a.into_timestamp_secs(), 86_400);
    }
}
