//! Enrichment: dates, people and quotes for every passage of an article.
//!
//! Every enricher is a pure function of the article's text (and its publication date): no I/O,
//! no tantivy, no clap. Enrichment is per article, not per passage, because timeline headings,
//! year inference and aliases all reach across paragraphs.

pub mod dates;
pub mod people;
pub mod quotes;

use crate::model::{Article, Passage, PassageTags, TaggedArticle, TaggedPassage};

/// Tags every passage of `article` and collects the article's people with their aliases.
pub fn enrich_article(article: Article, passages: Vec<Passage>) -> TaggedArticle {
    let dates = dates::tag_dates(article.published, &passages);
    let people = people::tag_people(&passages);
    let tagged = passages
        .into_iter()
        .zip(dates)
        .zip(people.per_passage)
        .map(|((passage, dates), people)| TaggedPassage {
            passage,
            tags: PassageTags {
                date: dates.date,
                date_mentions: dates.mentions,
                actors: people.actors,
                speakers: people.speakers,
                quotes: people.quotes,
            },
        })
        .collect();
    TaggedArticle { article, passages: tagged, people: people.people, things: people.things }
}
