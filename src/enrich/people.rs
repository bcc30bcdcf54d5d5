//! People: person-name recognition and alias resolution within an article.
//!
//! STUB — to be written.

use crate::model::{ActorAliases, Passage, Quote};

/// The people of one passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassagePeople {
    /// Canonical names of every person the passage involves, sorted and unique.
    pub actors: Vec<String>,
    /// Canonical names of the people the passage quotes or reports, sorted and unique.
    pub speakers: Vec<String>,
    /// Quotations in order, each with its speaker's canonical name when known.
    pub quotes: Vec<Quote>,
}

/// The people of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePeople {
    /// One entry per passage, in order.
    pub per_passage: Vec<PassagePeople>,
    /// Every person of the article, with the other forms the text used for them.
    pub people: Vec<ActorAliases>,
}

/// Finds the people and quotes of every passage of one article.
pub fn tag_people(passages: &[Passage]) -> ArticlePeople {
    ArticlePeople {
        per_passage: passages.iter().map(|_| PassagePeople::default()).collect(),
        people: Vec::new(),
    }
}
