//! The index: one tantivy document per passage, plus one per article for bookkeeping.
//!
//! Only this module and `search` know tantivy; only this module names fields (see
//! [`schema::Fields`]). A commit is atomic: readers see the last committed state, and a killed
//! writer leaves it intact.

mod directory;
pub mod names;
pub mod registry;
pub mod schema;
mod stem;
pub mod writer;

use schema::{build_schema, Fields};
use std::path::{Path, PathBuf};
use tantivy::Index;

pub use writer::{source_key, IndexWriter, UpdateCounts};

/// The index format, written with every commit. Version 2: fast-column dictionaries are stored
/// without zstd, because decompressing them (a new zstd context per block, for every segment's
/// name dictionaries) was a third of a query at 1 GB; a tantivy built without
/// `columnar-zstd-compression` cannot read the version-1 files. Version 3: the names a passage
/// involves are indexed once, as `actor_name`/`speaker_name` terms and fast columns, no longer
/// also as facets (a tenth of the indexing work). Version 4: passages count their people by
/// number in the names table (`registry`), not by string columns. See: issue 6. Version 5:
/// article documents carry `thing_key` terms, the names they showed to be organizations, so
/// that a bare firm's name elsewhere is no person (`names`). See: issue 4.
pub const FORMAT: &str = "whosaid-index-format-5";

/// Fingerprint of the tagger that built the index's tags (the sources and word lists that
/// clean, split and tag articles; see build.rs). Stored beside [`FORMAT`]: an index tagged by
/// another tagger is still readable, but `index` re-tags every article of it.
pub const TAGGER: &str = env!("WHOSAID_TAGGER_FINGERPRINT");

/// What every commit stores as its payload.
fn commit_payload() -> String {
    format!("{FORMAT} tagger={TAGGER}")
}

/// What the last commit of an index says about how it was written (its payload).
#[derive(Debug, Clone, Default)]
pub struct Stamp {
    /// Written by a whosaid writing [`FORMAT`]. An index without any segment (created, never
    /// committed) holds nothing to misread and counts as current.
    pub current_format: bool,
    /// Its tags were made by this build's tagger ([`TAGGER`]); likewise for an empty index.
    pub current_tagger: bool,
    /// The payload as stored.
    pub payload: Option<String>,
}

impl Stamp {
    /// Reads the index's metadata once; an index whose metadata cannot be read is of no current
    /// format.
    pub fn of(index: &Index) -> Stamp {
        let Ok(metas) = index.load_metas() else { return Stamp::default() };
        let empty = metas.segments.is_empty();
        let payload = metas.payload;
        let fields = || payload.as_deref().unwrap_or("").split_whitespace();
        Stamp {
            current_format: empty || fields().next() == Some(FORMAT),
            current_tagger: empty
                || fields().any(|field| field.strip_prefix("tagger=") == Some(TAGGER)),
            payload,
        }
    }
}

/// Errors a caller may want to tell apart.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No index at the path.
    #[error("there is no index at {}; run `whosaid index PATH` first", .0.display())]
    NotFound(PathBuf),
    /// Another process holds the writer lock.
    #[error("the index at {} is being updated by another process; wait for it to finish", .0.display())]
    Busy(PathBuf),
    /// The index was built with a different schema (an older whosaid).
    #[error("the index at {} was built by a different version of whosaid; rebuild it with `whosaid index --rebuild`", .0.display())]
    OldSchema(PathBuf),
    /// The names table beside the index cannot be read or written.
    #[error(
        "the index's names table is unusable ({0}); rebuild it with `whosaid index --rebuild`"
    )]
    Names(registry::RegistryError),
    /// Anything else tantivy reports.
    #[error("index error at {}: {source}", path.display())]
    Tantivy {
        /// The index folder.
        path: PathBuf,
        /// What tantivy said.
        source: tantivy::TantivyError,
    },
}

/// An opened index and its field handles.
#[derive(Clone)]
pub struct IndexHandle {
    /// The tantivy index.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    /// Where it lives.
    pub path: PathBuf,
}

/// Registers whosaid's analyzers on an index it opened or created: tantivy's defaults serve every
/// field but the passage text's, which gets [`stem::english_stem_analyzer`] under the same name.
pub(crate) fn with_analyzers(index: Index) -> Index {
    index.tokenizers().register(schema::TEXT_TOKENIZER, stem::english_stem_analyzer());
    index
}

/// Whether a folder holds a committed whosaid index.
pub fn exists(path: &Path) -> bool {
    path.join("meta.json").is_file()
}

/// Opens the index at `path` for reading.
pub fn open(path: &Path) -> Result<IndexHandle, Error> {
    if !exists(path) {
        return Err(Error::NotFound(path.to_path_buf()));
    }
    let index = Index::open_in_dir(path)
        .map_err(|source| Error::Tantivy { path: path.to_path_buf(), source })
        .map(with_analyzers)?;
    let (schema, fields) = build_schema();
    if index.schema() != schema || !Stamp::of(&index).current_format {
        return Err(Error::OldSchema(path.to_path_buf()));
    }
    Ok(IndexHandle { index, fields, path: path.to_path_buf() })
}
