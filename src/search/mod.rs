//! Search: ranked passages, filters, facet counts, snippets, quotes, timelines and exports.
//!
//! Takes plain request structs and returns plain result structs (model types plus scores and
//! snippet ranges); no tantivy type crosses into `cli`.

pub mod counts;
pub mod names;
pub mod query;

use crate::index::names::{holds_only_links, Links, NOT_A_PERSON};
use crate::index::registry::{NameTable, RegistryError};
use crate::index::schema::Fields;
use crate::index::schema::{people_value, PEOPLE_FIELD};
use crate::index::IndexHandle;
use crate::model::{PassageTags, Quote};
use chrono::NaiveDate;
use counts::{CountBuffers, NameCounts};
use query::{build_query, Filters};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::ops::Range;
use tantivy::collector::{Collector, Count, DocSetCollector, TopDocs};
use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query};
use tantivy::schema::{Field, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, Executor, IndexReader, ReloadPolicy, Score, Searcher, SegmentReader,
    TantivyDocument, Term,
};

pub use names::NameError;
pub use query::parse_date_arg;

/// How many names each facet lists.
pub const FACET_SIZE: usize = 20;
/// Documents (passages and articles) from which segments are searched in parallel.
const PARALLEL_SEARCH_FROM_DOCS: u64 = 1_000_000;
/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;

/// Errors the user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The query does not parse.
    #[error("cannot parse the query {query:?}: {reason}")]
    BadQuery {
        /// The query as typed.
        query: String,
        /// What the parser said.
        reason: String,
    },
    /// A name matches nobody in the index.
    #[error(transparent)]
    UnknownName(#[from] NameError),
    /// The index could not be read.
    #[error("cannot read the index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index files could not be read.
    #[error("cannot read the index: {0}")]
    Io(#[from] std::io::Error),
    /// The names table beside the index could not be read.
    #[error(
        "cannot read the index's names table ({0}); rebuild it with `whosaid index --rebuild`"
    )]
    Names(#[from] RegistryError),
}

/// The article a passage belongs to, as shown with each hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    /// Stable id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Source path as given when indexing.
    pub path: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
}

/// A text with the byte ranges of the matched terms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// The excerpt.
    pub text: String,
    /// Byte ranges of `text` to highlight.
    pub highlights: Vec<Range<usize>>,
}

/// One passage found.
#[derive(Debug, Clone)]
pub struct Hit {
    /// BM25 score (0 where the order is not by relevance).
    pub score: f32,
    /// The article.
    pub article: ArticleRef,
    /// Ordinal of the passage in its article.
    pub passage: u32,
    /// The passage text.
    pub text: String,
    /// Excerpt with matched terms.
    pub snippet: Snippet,
    /// Dates, people, quotes.
    pub tags: PassageTags,
}

/// A name and how many passages carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// Canonical name.
    pub name: String,
    /// Passages.
    pub count: u64,
}

/// Counts of passages by actor and by speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// By actor, most frequent first.
    pub actors: Vec<FacetCount>,
    /// By speaker, most frequent first.
    pub speakers: Vec<FacetCount>,
}

/// A search as the user asked for it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Query in tantivy's syntax; `None` matches every passage.
    pub query: Option<String>,
    /// Names (canonical or alias) every hit must involve.
    pub actors: Vec<String>,
    /// Names every hit must quote.
    pub speakers: Vec<String>,
    /// First day of the date range.
    pub from: Option<NaiveDate>,
    /// Last day of the date range.
    pub to: Option<NaiveDate>,
    /// Most hits returned.
    pub limit: usize,
}

/// Ranked hits with totals and facets.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// Passages matching.
    pub total: usize,
    /// The best of them, best first.
    pub hits: Vec<Hit>,
    /// Counts by actor and speaker over all matching passages.
    pub facets: Facets,
}

/// BM25 statistics over the searched segments. They equal tantivy's own: a skipped segment
/// holds no text, and its one document is still counted among all documents.
struct PassageStats<'a> {
    searcher: &'a Searcher,
    searched: &'a [u32],
}

impl<'a> PassageStats<'a> {
    fn segments(&self) -> impl Iterator<Item = (u32, &'a SegmentReader)> + 'a {
        let searcher = self.searcher;
        self.searched.iter().map(move |&ord| (ord, searcher.segment_reader(ord)))
    }
}

impl Bm25StatisticsProvider for PassageStats<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let mut total = 0;
        for (_, segment) in self.segments() {
            total += segment.inverted_index(field)?.total_num_tokens();
        }
        Ok(total)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.searcher.segment_readers().iter().map(|s| u64::from(s.max_doc())).sum())
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let mut total = 0;
        for (_, segment) in self.segments() {
            total += u64::from(segment.inverted_index(term.field())?.doc_freq(term)?);
        }
        Ok(total)
    }
}

/// A quote with where and when it was said.
#[derive(Debug, Clone)]
pub struct QuoteHit {
    /// The quote.
    pub quote: Quote,
    /// The passage it is in (its date, article, ordinal).
    pub hit: Hit,
}

/// An open index ready to answer queries.
pub struct Engine {
    handle: IndexHandle,
    reader: IndexReader,
    links: Links,
    /// The people's numbers the counts come in (see `index::registry`).
    names: NameTable,
    /// Threads for searching segments in parallel on a large index; one thread otherwise.
    executor: Executor,
    /// The arrays people are counted in, reused from query to query.
    count_buffers: CountBuffers,
    /// The segments that can hold passages, by ordinal: all but one that holds only the links
    /// document (see `index::names::holds_only_links`).
    searched: Vec<u32>,
}

impl Engine {
    /// Opens a reader on the index.
    pub fn new(handle: IndexHandle) -> Result<Self, Error> {
        let reader: IndexReader =
            handle.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let searcher = reader.searcher();
        let segments = searcher.segment_readers().len();
        let mut searched = Vec::with_capacity(segments);
        let mut links_alone_in = None;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            if holds_only_links(segment, handle.fields)? {
                links_alone_in = Some(ord as u32);
            } else {
                searched.push(ord as u32);
            }
        }
        let links = Links::load(&searcher, handle.fields, links_alone_in)?;
        // Read after the searcher: the table is never older than the segments it numbers.
        let names = if segments == 0 {
            NameTable::default()
        } else {
            NameTable::map_committed(&handle.path)?
        };
        // A large index's segments are searched (and their names counted) on all cores: at
        // 1 GB a query's time is mostly per-segment work. Starting the threads costs about a
        // millisecond, more than a small index gains, hence the threshold.
        let large = segments > 1 && searcher.num_docs() >= PARALLEL_SEARCH_FROM_DOCS;
        // Asked only for a large index: finding the core count reads the cgroup files.
        let cores =
            if large { std::thread::available_parallelism().map_or(1, usize::from) } else { 1 };
        let executor = if cores > 1 {
            Executor::multi_thread(cores.min(segments), "whosaid-search")?
        } else {
            Executor::single_thread()
        };
        Ok(Engine {
            handle,
            reader,
            links,
            names,
            executor,
            count_buffers: CountBuffers::default(),
            searched,
        })
    }

    /// Runs `collector` over the searched segments: what `Searcher::search_with_executor` does,
    /// minus the segment that holds only the links.
    fn run<C: Collector>(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        collector: &C,
    ) -> Result<C::Fruit, Error> {
        let stats = PassageStats { searcher, searched: &self.searched };
        let scoring = if collector.requires_scoring() {
            EnableScoring::enabled_from_statistics_provider(&stats, searcher)
        } else {
            EnableScoring::disabled_from_searcher(searcher)
        };
        let weight = query.weight(scoring)?;
        let fruits = self.executor.map(
            |(ord, segment)| collector.collect_segment(&*weight, ord, segment),
            stats.segments(),
        )?;
        Ok(collector.merge_fruits(fruits)?)
    }

    /// Highlights for the terms of `query`, rarer terms first: `SnippetGenerator::create`, with
    /// document frequencies over the searched segments.
    fn snippets(&self, searcher: &Searcher, query: &dyn Query) -> Result<SnippetGenerator, Error> {
        let field = self.fields().text;
        let stats = PassageStats { searcher, searched: &self.searched };
        let mut terms: Vec<Term> = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                terms.push(term.clone());
            }
        });
        let mut weights: BTreeMap<String, Score> = BTreeMap::new();
        for term in terms {
            let Some(text) = term.value().as_str().map(str::to_string) else { continue };
            let doc_freq = stats.doc_freq(&term)?;
            if doc_freq > 0 {
                weights.insert(text, 1.0 / (1.0 + doc_freq as Score));
            }
        }
        let tokenizer = searcher.index().tokenizer_for_field(field)?;
        Ok(SnippetGenerator::new(weights, tokenizer, field, SNIPPET_CHARS))
    }

    fn fields(&self) -> Fields {
        self.handle.fields
    }

    /// Every person in the index with the forms the articles used for them.
    pub fn people(&self) -> Result<Vec<names::Person>, Error> {
        names::people(&self.reader.searcher(), self.fields(), &self.links)
    }

    /// Resolves a name typed by the user to the people it can mean.
    pub fn resolve(&self, name: &str) -> Result<names::Resolved, Error> {
        names::resolve(&self.reader.searcher(), self.fields(), &self.links, name)
    }

    fn filters(&self, req: &SearchRequest) -> Result<Filters, Error> {
        let resolve_all = |names: &[String]| -> Result<Vec<Vec<String>>, Error> {
            names.iter().map(|n| self.resolve(n).map(|r| r.stored)).collect()
        };
        Ok(Filters {
            actors: resolve_all(&req.actors)?,
            speakers: resolve_all(&req.speakers)?,
            from: req.from,
            to: req.to,
        })
    }

    /// Ranked passages, facet counts and snippets.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, Error> {
        let searcher = self.reader.searcher();
        let f = self.fields();
        let filters = self.filters(req)?;
        let built = build_query(&self.handle.index, f, req.query.as_deref(), &filters)?;
        let top = TopDocs::with_limit(req.limit.max(1)).order_by_score();
        let (top, total, people_counts) = if built.single_term {
            // Alone, the top hits of one term skip every block of postings that cannot beat
            // the last of them; the counts, which must see every hit, then walk the postings
            // without scoring them. Two passes took a fifth less time than one at 1 GB
            // (`said`, `election`). With two terms or more the walk itself dominates, and a
            // second one costs more than the scoring it saves.
            let top = self.run(&searcher, &*built.query, &top)?;
            let (total, counts) =
                self.run(&searcher, &*built.query, &(Count, self.people_counts()))?;
            (top, total, counts)
        } else {
            let collectors = (top, Count, self.people_counts());
            self.run(&searcher, &*built.query, &collectors)?
        };
        let snippets = match &built.text_query {
            Some(q) => Some(self.snippets(&searcher, &**q)?),
            None => None,
        };
        let hits = top
            .into_iter()
            .take(req.limit)
            .map(|(score, address)| self.load_hit(&searcher, address, score, snippets.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        let top_names = |speakers| self.merge_counts(&people_counts, speakers, FACET_SIZE);
        let facets = Facets { actors: top_names(false), speakers: top_names(true) };
        Ok(SearchResults { total, hits, facets })
    }

    /// Every matching passage that has a date, oldest first, at most `limit`; also returns how
    /// many matching passages have no date (they cannot be placed on a timeline).
    pub fn timeline(&self, req: &SearchRequest) -> Result<(Vec<Hit>, usize), Error> {
        let searcher = self.reader.searcher();
        let f = self.fields();
        let filters = self.filters(req)?;
        let built = build_query(&self.handle.index, f, req.query.as_deref(), &filters)?;
        let docs = self.run(&searcher, &*built.query, &DocSetCollector)?;
        let mut dated = Vec::with_capacity(docs.len());
        let mut undated = 0;
        for address in docs {
            let segment = searcher.segment_reader(address.segment_ord);
            let starts = segment.fast_fields().date("date_start")?;
            let ends = segment.fast_fields().date("date_end")?;
            match (starts.first(address.doc_id), ends.first(address.doc_id)) {
                (Some(start), Some(end)) => dated.push((start, end, address)),
                _ => undated += 1,
            }
        }
        let snippets = match &built.text_query {
            Some(q) => Some(self.snippets(&searcher, &**q)?),
            None => None,
        };
        // Order by the fast date columns and read stored documents only for what is shown.
        dated.sort_unstable_by_key(|&(start, end, address)| {
            (start.into_timestamp_nanos(), end.into_timestamp_nanos(), address)
        });
        dated.truncate(req.limit);
        let mut hits = dated
            .into_iter()
            .map(|(_, _, address)| self.load_hit(&searcher, address, 0.0, snippets.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        hits.sort_by(chronological);
        Ok((hits, undated))
    }

    /// Every quote attributed to `person`, in passages matching the rest of `req`, oldest first;
    /// undated quotes last, by publication date.
    pub fn quotes(
        &self,
        person: &names::Resolved,
        req: &SearchRequest,
    ) -> Result<Vec<QuoteHit>, Error> {
        let searcher = self.reader.searcher();
        let f = self.fields();
        let speakers = &person.shown;
        let mut filters = self.filters(req)?;
        filters.speakers.push(person.stored.clone());
        let built = build_query(&self.handle.index, f, req.query.as_deref(), &filters)?;
        let docs = self.run(&searcher, &*built.query, &DocSetCollector)?;
        let mut hits = docs
            .into_iter()
            .map(|address| self.load_hit(&searcher, address, 0.0, None))
            .collect::<Result<Vec<_>, _>>()?;
        hits.sort_by(chronological);
        let mut out = Vec::new();
        for hit in hits {
            for quote in &hit.tags.quotes {
                if quote.speaker.as_ref().is_some_and(|s| speakers.contains(s)) {
                    out.push(QuoteHit { quote: quote.clone(), hit: hit.clone() });
                }
            }
        }
        out.truncate(req.limit);
        Ok(out)
    }

    /// Passage counts by actor over the passages matching `req` (all passages without a query).
    pub fn actor_counts(&self, req: &SearchRequest) -> Result<Vec<FacetCount>, Error> {
        let searcher = self.reader.searcher();
        let filters = self.filters(req)?;
        let built = build_query(&self.handle.index, self.fields(), req.query.as_deref(), &filters)?;
        let counts = self.run(&searcher, &*built.query, &self.people_counts())?;
        Ok(self.merge_counts(&counts, false, usize::MAX))
    }

    /// Every passage in the index, by article id and ordinal, handed to `each` one at a time
    /// so that an export of any size streams.
    pub fn for_each_passage(
        &self,
        mut each: impl FnMut(Hit) -> std::io::Result<()>,
    ) -> Result<std::io::Result<()>, Error> {
        let searcher = self.reader.searcher();
        let f = self.fields();
        let built = build_query(&self.handle.index, f, None, &Filters::default())?;
        let docs = self.run(&searcher, &*built.query, &DocSetCollector)?;
        let mut keyed = Vec::with_capacity(docs.len());
        let mut id = String::new();
        let mut columns = std::collections::HashMap::new();
        for address in docs {
            let (ids, ordinals) = match columns.entry(address.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                    e.insert((fast.str("article_id")?, fast.u64("ordinal")?))
                }
            };
            id.clear();
            if let Some(ids) = &ids {
                if let Some(ord) = ids.term_ords(address.doc_id).next() {
                    ids.ord_to_str(ord, &mut id)?;
                }
            }
            keyed.push((id.clone(), ordinals.first(address.doc_id).unwrap_or(0), address));
        }
        keyed.sort();
        for (_, _, address) in keyed {
            let hit = self.load_hit(&searcher, address, 0.0, None)?;
            if let Err(err) = each(hit) {
                return Ok(Err(err));
            }
        }
        Ok(Ok(()))
    }

    /// A collector of counts by person: the fruit holds, at [`people_value`], how many hits
    /// hold each person as actor and as speaker.
    fn people_counts(&self) -> NameCounts {
        NameCounts::new(PEOPLE_FIELD, 2 * self.names.len(), self.count_buffers.clone())
    }

    /// Counts by the name each is shown under (the links relabel and add up; the counts
    /// themselves come from the index), most frequent first, then by name; at most `limit`.
    fn merge_counts(&self, counts: &[u32], speakers: bool, limit: usize) -> Vec<FacetCount> {
        // An array from the pool: a fresh one per facet cost a page fault every 4 KB of it.
        let mut ranked: Vec<(u64, u32)> =
            self.count_buffers.with_array(self.names.len(), |merged| {
                for number in 0..self.names.len() as u32 {
                    let value = people_value(number, speakers) as usize;
                    let count = counts.get(value).copied().unwrap_or(0);
                    if count > 0 {
                        if let Some(total) = merged.get_mut(self.names.shown(number) as usize) {
                            *total = total.saturating_add(count);
                        }
                    }
                }
                merged
                    .iter()
                    .enumerate()
                    .filter(|&(_, &count)| count > 0)
                    .map(|(number, &count)| (u64::from(count), number as u32))
                    .collect()
            });
        ranked.sort_unstable_by_key(|&(count, _)| std::cmp::Reverse(count));
        // What the links found to be no person is counted under one number, the empty name's;
        // only the names that can make the list are read (each read is a page of the table).
        if let Some(at) = ranked
            .iter()
            .take(limit.saturating_add(1))
            .position(|&(_, number)| self.names.name(number) == NOT_A_PERSON)
        {
            ranked.remove(at);
        }
        // Names are compared only among the counts that can make the list: every name with
        // the last listed count stays in the running, so ties are broken by name as before.
        if let Some(&(last, _)) = ranked.get(limit.saturating_sub(1)) {
            ranked.retain(|&(count, _)| count >= last);
        }
        let mut list: Vec<FacetCount> = ranked
            .into_iter()
            .map(|(count, number)| FacetCount { name: self.names.name(number).to_string(), count })
            .filter(|c| c.name != NOT_A_PERSON)
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        list.truncate(limit);
        list
    }

    fn load_hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: f32,
        snippets: Option<&SnippetGenerator>,
    ) -> Result<Hit, Error> {
        let f = self.fields();
        let doc: TantivyDocument = searcher.doc(address)?;
        let text_of = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        let text = text_of(f.text).unwrap_or_default();
        let snippet = match snippets {
            Some(generator) => {
                let s = generator.snippet_from_doc(&doc);
                if s.is_empty() {
                    lead(&text)
                } else {
                    elided(&text, &s)
                }
            }
            None => lead(&text),
        };
        let mut tags: PassageTags =
            text_of(f.tags).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
        if !self.links.0.is_empty() {
            tags.actors = self.links.map_names(&tags.actors);
            tags.speakers = self.links.map_names(&tags.speakers);
            for q in &mut tags.quotes {
                self.links.map_quote(q);
            }
        }
        Ok(Hit {
            score,
            article: ArticleRef {
                id: text_of(f.article_id).unwrap_or_default(),
                title: text_of(f.title),
                path: text_of(f.path),
                url: text_of(f.url),
                published: text_of(f.published).and_then(|d| d.parse().ok()),
            },
            passage: doc.get_first(f.ordinal).and_then(|v| v.as_u64()).unwrap_or(0) as u32,
            text,
            snippet,
            tags,
        })
    }
}

/// A tantivy snippet with `…` where it cuts the passage short.
fn elided(text: &str, s: &tantivy::snippet::Snippet) -> Snippet {
    let range = s.fragment_range();
    let cut_off = |rest: Option<&str>| rest.is_some_and(|r| r.chars().any(char::is_alphanumeric));
    let (before, after) = (cut_off(text.get(..range.start)), cut_off(text.get(range.end..)));
    let shift = if before { "…".len() } else { 0 };
    let mut out = String::with_capacity(s.fragment().len() + 6);
    if before {
        out.push('…');
    }
    out.push_str(s.fragment().trim_end());
    if after {
        out.push('…');
    } else {
        // Only closing punctuation is left ("advisors)."): keep it rather than cut it.
        out.push_str(text.get(range.end..).unwrap_or("").trim_end());
    }
    let highlights = s.highlighted().iter().map(|r| r.start + shift..r.end + shift).collect();
    Snippet { text: out, highlights }
}

/// The opening of a passage, cut at a word boundary, when no term matched to centre on.
fn lead(text: &str) -> Snippet {
    if text.chars().count() <= SNIPPET_CHARS {
        return Snippet { text: text.to_string(), highlights: Vec::new() };
    }
    let cut = text.char_indices().nth(SNIPPET_CHARS).map_or(text.len(), |(i, _)| i);
    let cut = text[..cut].rfind(' ').unwrap_or(cut);
    Snippet { text: format!("{}…", &text[..cut]), highlights: Vec::new() }
}

/// Oldest event first; passages without a date after, by publication date; then by article
/// and position.
fn chronological(a: &Hit, b: &Hit) -> Ordering {
    let key = |h: &Hit| {
        (
            h.tags.date.is_none(),
            h.tags.date.as_ref().map(|d| (d.start, d.end)),
            h.article.published,
            h.article.id.clone(),
            h.passage,
        )
    };
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexWriter;
    use crate::ingest::aliases::UserAliases;

    /// An index of one run over `bodies`: the passages' commit, then the links' own commit.
    fn index_of(dir: &std::path::Path, bodies: &[&str]) {
        let (mut writer, _) = IndexWriter::open(dir, 20_000_000, false).unwrap();
        let builder = writer.document_builder();
        for (n, body) in bodies.iter().enumerate() {
            let article = crate::model::Article {
                id: format!("article-{n}"),
                title: None,
                url: None,
                published: None,
                path: None,
                hash: format!("hash-{n}"),
                body: body.to_string(),
            };
            let tagged = crate::process_article(article);
            writer.write(builder.build(&tagged, &crate::index::source_key(dir)).unwrap()).unwrap();
        }
        writer.finish(&UserAliases::default()).unwrap();
    }

    #[test]
    fn the_links_segment_is_skipped_and_scores_stay_tantivys() {
        let dir = tempfile::tempdir().unwrap();
        index_of(
            dir.path(),
            &[
                "Oil prices rose on Monday, Energy Minister Sara Lind said.",
                "Lind said oil output would hold. Prices of grain fell.",
                "The harbour reopened after the storm, officials said.",
            ],
        );
        let engine = Engine::new(crate::index::open(dir.path()).unwrap()).unwrap();
        let searcher = engine.reader.searcher();
        let only_links: Vec<bool> = searcher
            .segment_readers()
            .iter()
            .map(|s| holds_only_links(s, engine.fields()).unwrap())
            .collect();
        assert_eq!(only_links.iter().filter(|&&b| b).count(), 1, "{only_links:?}");
        assert_eq!(engine.searched.len(), only_links.len() - 1);
        // The links read straight from their own segment are the ones a lookup finds.
        let alone = only_links.iter().position(|&b| b).map(|ord| ord as u32);
        let direct = Links::load(&searcher, engine.fields(), alone).unwrap();
        assert!(!direct.0.is_empty());
        assert_eq!(direct, Links::load(&searcher, engine.fields(), None).unwrap());
        assert_eq!(direct, engine.links);

        // Two terms run in one pass; one term in two (the top hits, then the counts).
        for (query, total) in [("oil prices", 2), ("said", 3)] {
            let req = SearchRequest {
                query: Some(query.into()),
                actors: Vec::new(),
                speakers: Vec::new(),
                from: None,
                to: None,
                limit: 10,
            };
            let ours = engine.search(&req).unwrap();
            let built = build_query(
                &engine.handle.index,
                engine.fields(),
                req.query.as_deref(),
                &Filters::default(),
            )
            .unwrap();
            assert_eq!(built.single_term, query == "said");
            let theirs =
                searcher.search(&*built.query, &TopDocs::with_limit(10).order_by_score()).unwrap();
            let scores =
                |hits: Vec<f32>| hits.into_iter().map(|s| (s * 1e4).round()).collect::<Vec<_>>();
            assert_eq!(ours.total, total, "{query}");
            assert_eq!(
                scores(ours.hits.iter().map(|h| h.score).collect()),
                scores(theirs.iter().map(|(s, _)| *s).collect()),
                "{query}"
            );
            assert!(ours.hits.iter().all(|h| !h.snippet.highlights.is_empty()), "{query}");
            let top = ours.facets.actors.first().map(|f| (f.name.as_str(), f.count));
            assert_eq!(top, Some(("Sara Lind", 2)), "{query}");
        }
    }
}
