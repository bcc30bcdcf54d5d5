//! Date tagging: timeline headings, date expressions in running text, year inference.
//!
//! STUB — to be written.

use crate::model::{DateMention, DateSpan, Passage};
use chrono::NaiveDate;

/// The dates found for one passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassageDates {
    /// The event date of the passage (heading, inherited heading, or its own text).
    pub date: Option<DateSpan>,
    /// Every date expression in the passage's label and text, normalized.
    pub mentions: Vec<DateMention>,
}

/// Dates every passage of one article, in order. `published` anchors relative expressions
/// and year inference.
pub fn tag_dates(published: Option<NaiveDate>, passages: &[Passage]) -> Vec<PassageDates> {
    let _ = published;
    passages.iter().map(|_| PassageDates::default()).collect()
}
