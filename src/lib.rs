//! whosaid: a search engine for news articles that knows who said what, and when.
//!
//! The pipeline runs ingest → split → enrich → index → search; the `cli` module drives it.
//! Each stage depends only on the stages before it and on [`model`]. See ARCHITECTURE.md.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod cli;
pub mod enrich;
pub mod eval;
pub mod fold;
pub mod index;
pub mod ingest;
pub mod model;
pub mod search;
pub mod split;

use model::TaggedArticle;

/// Splits and tags one article: everything the indexer stores for it.
pub fn process_article(article: model::Article) -> TaggedArticle {
    let passages = split::split_body(&article.body);
    enrich::enrich_article(article, passages)
}
