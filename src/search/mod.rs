//! Search: ranked passages, filters, facet counts, snippets, quotes, timelines and exports.
//!
//! Takes plain request structs and returns plain result structs (model types plus scores and
//! snippet ranges); no tantivy type crosses into `cli`.

pub mod counts;
pub mod names;
pub mod query;

use crate::index::names::Links;
use crate::index::registry::{NameTable, RegistryError};
use crate::index::schema::Fields;
use crate::index::schema::{people_value, PEOPLE_FIELD};
use crate::index::IndexHandle;
use crate::model::{PassageTags, Quote};
use chrono::NaiveDate;
use counts::NameCounts;
use query::{build_query, Filters};
use std::cmp::Ordering;
use std::ops::Range;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::EnableScoring;
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Executor, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

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
}

impl Engine {
    /// Opens a reader on the index.
    pub fn new(handle: IndexHandle) -> Result<Self, Error> {
        let reader: IndexReader =
            handle.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let searcher = reader.searcher();
        let links = Links::load(&searcher, handle.fields)?;
        // Read after the searcher: the table is never older than the segments it numbers.
        let names = if searcher.segment_readers().is_empty() {
            NameTable::default()
        } else {
            NameTable::read_committed(&handle.path)?
        };
        // A large index's segments are searched (and their names counted) on all cores: at
        // 1 GB a query's time is mostly per-segment work. Starting the threads costs about a
        // millisecond, more than a small index gains, hence the threshold.
        let segments = searcher.segment_readers().len();
        let large = segments > 1 && searcher.num_docs() >= PARALLEL_SEARCH_FROM_DOCS;
        // Asked only for a large index: finding the core count reads the cgroup files.
        let cores =
            if large { std::thread::available_parallelism().map_or(1, usize::from) } else { 1 };
        let executor = if cores > 1 {
            Executor::multi_thread(cores.min(segments), "whosaid-search")?
        } else {
            Executor::single_thread()
        };
        Ok(Engine { handle, reader, links, names, executor })
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
        let people = self.people_counts();
        let top = TopDocs::with_limit(req.limit.max(1)).order_by_score();
        let collectors = (top, Count, people);
        // Ranking by score: scoring is always on.
        let (top, total, people_counts) = searcher.search_with_executor(
            &*built.query,
            &collectors,
            &self.executor,
            EnableScoring::enabled_from_searcher(&searcher),
        )?;
        let snippets = match &built.text_query {
            Some(q) => Some(SnippetGenerator::create(&searcher, &**q, f.text).map(|mut g| {
                g.set_max_num_chars(SNIPPET_CHARS);
                g
            })?),
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
        let docs = searcher.search(&*built.query, &DocSetCollector)?;
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
            Some(q) => Some(SnippetGenerator::create(&searcher, &**q, f.text)?),
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
        let docs = searcher.search(&*built.query, &DocSetCollector)?;
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
        let counts = searcher.search_with_executor(
            &*built.query,
            &self.people_counts(),
            &self.executor,
            EnableScoring::disabled_from_searcher(&searcher),
        )?;
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
        let docs = searcher.search(&*built.query, &DocSetCollector)?;
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
        NameCounts::new(PEOPLE_FIELD, 2 * self.names.len())
    }

    /// Counts by the name each is shown under (the links relabel and add up; the counts
    /// themselves come from the index), most frequent first, then by name; at most `limit`.
    fn merge_counts(&self, counts: &[u32], speakers: bool, limit: usize) -> Vec<FacetCount> {
        let mut merged = vec![0u64; self.names.len()];
        for number in 0..self.names.len() as u32 {
            let count = counts.get(people_value(number, speakers) as usize).copied().unwrap_or(0);
            if count > 0 {
                if let Some(total) = merged.get_mut(self.names.shown(number) as usize) {
                    *total += u64::from(count);
                }
            }
        }
        let mut ranked: Vec<(u64, u32)> = merged
            .into_iter()
            .enumerate()
            .filter(|&(_, count)| count > 0)
            .map(|(number, count)| (count, number as u32))
            .collect();
        // Names are compared only among the counts that can make the list: every name with
        // the last listed count stays in the running, so ties are broken by name as before.
        ranked.sort_unstable_by_key(|&(count, _)| std::cmp::Reverse(count));
        if let Some(&(last, _)) = ranked.get(limit.saturating_sub(1)) {
            ranked.retain(|&(count, _)| count >= last);
        }
        let mut list: Vec<FacetCount> = ranked
            .into_iter()
            .map(|(count, number)| FacetCount { name: self.names.name(number).to_string(), count })
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
                if let Some(speaker) = &q.speaker {
                    q.speaker = Some(self.links.canonical(speaker).to_string());
                }
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
