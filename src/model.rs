//! The data model every stage shares: articles, passages, date spans, people and quotes.
//!
//! Plain serde/chrono structs with no behaviour beyond small helpers; this module imports
//! nothing from the crate, so every stage can depend on it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article as read from the corpus, with its boilerplate already removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the path relative to the corpus root, or the record's own id or url.
    pub id: String,
    /// The headline, when the source has one.
    pub title: Option<String>,
    /// Where the article came from on the web, when known.
    pub url: Option<String>,
    /// The publication date, when the source gives one.
    pub published: Option<NaiveDate>,
    /// The file the article was read from, as the user gave it.
    pub path: Option<String>,
    /// Hex digest of the article's raw content, for incremental indexing.
    pub hash: String,
    /// The article body: paragraphs separated by blank lines, chrome removed.
    pub body: String,
}

/// One paragraph of an article, before tagging.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Position in the article, from 0.
    pub ordinal: u32,
    /// The paragraph's text, whitespace normalized.
    pub text: String,
    /// A candidate timeline heading owned by this passage: a short `Label:` leading the
    /// paragraph, or a `Label:` line standing alone right above it. Whether it is a date is
    /// for the date tagger to decide.
    pub label: Option<String>,
}

/// How fine a date span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// One calendar day.
    Day,
    /// A calendar week (Monday to Sunday).
    Week,
    /// Early (1–10), mid (11–20) or late (21–end) part of a month.
    PartOfMonth,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A season (northern hemisphere, meteorological).
    Season,
    /// A calendar year, or half of one.
    Year,
    /// A decade such as the 1990s.
    Decade,
}

impl Precision {
    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::PartOfMonth => "part-of-month",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
        }
    }
}

/// Where a passage's event date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// A timeline heading owned by the passage.
    Heading,
    /// A timeline heading above the passage.
    Inherited,
    /// A date expression in the passage's own text.
    Text,
}

/// An inclusive span of calendar days with the precision it was stated at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    /// First day of the span.
    #[serde(serialize_with = "serialize_day")]
    pub start: NaiveDate,
    /// Last day of the span (inclusive).
    #[serde(serialize_with = "serialize_day")]
    pub end: NaiveDate,
    /// How fine the span is.
    pub precision: Precision,
    /// The span as a person would say it: "mid-November 2021".
    pub label: String,
    /// Where the date came from; absent on date mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DateSource>,
}

/// One date expression found in a passage's text (or heading), normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression as written.
    pub text: String,
    /// First day of the span.
    #[serde(serialize_with = "serialize_day")]
    pub start: NaiveDate,
    /// Last day of the span (inclusive).
    #[serde(serialize_with = "serialize_day")]
    pub end: NaiveDate,
    /// How fine the span is.
    pub precision: Precision,
    /// The span as a person would say it.
    pub label: String,
    /// Byte offset of the expression in the passage text; `None` for a heading inherited
    /// from above.
    #[serde(skip)]
    pub offset: Option<usize>,
}

/// A day as chrono writes it ("2021-06-16"), for years 0 to 9999 without formatting machinery:
/// every passage indexed stores its dates (issue 6). Other years are left to chrono.
fn serialize_day<S: serde::Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    use chrono::Datelike;
    let year = day.year();
    if !(0..=9999).contains(&year) {
        return day.serialize(serializer);
    }
    let digits = |n: u32, out: &mut [u8]| {
        let mut n = n;
        for d in out.iter_mut().rev() {
            *d = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    let mut text = *b"0000-00-00";
    digits(year.unsigned_abs(), &mut text[..4]);
    digits(day.month(), &mut text[5..7]);
    digits(day.day(), &mut text[8..]);
    // ASCII digits and dashes.
    serializer.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
}

/// Quoted words and who said them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The canonical name of the speaker, or `None` when nobody can be named.
    pub speaker: Option<String>,
    /// The cue that attributes the words ("said", "recalled", "asked").
    pub cue: Option<String>,
}

/// Everything the enrichers found in one passage.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PassageTags {
    /// The date of the events the passage describes.
    pub date: Option<DateSpan>,
    /// Every date expression in the passage.
    pub date_mentions: Vec<DateMention>,
    /// Canonical names of every person the passage involves, sorted.
    pub actors: Vec<String>,
    /// Canonical names of the people whose words the passage reports, sorted.
    pub speakers: Vec<String>,
    /// The quotations in the passage, in order.
    pub quotes: Vec<Quote>,
}

/// One person of an article: the canonical name and every other form the text used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorAliases {
    /// The canonical name (the fullest form seen).
    pub name: String,
    /// Other forms the article used for the same person.
    pub aliases: Vec<String>,
}

/// A passage with its tags, ready to index or print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaggedPassage {
    /// The passage as split.
    pub passage: Passage,
    /// What the enrichers found.
    pub tags: PassageTags,
}

/// An article with all its tagged passages and the people it names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaggedArticle {
    /// The article.
    pub article: Article,
    /// Its passages, in order.
    pub passages: Vec<TaggedPassage>,
    /// The people of the article with their aliases.
    pub people: Vec<ActorAliases>,
    /// Names the article showed to be organizations or things, not people.
    pub things: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn days_are_written_as_chrono_writes_them(days in -4_000_000i64..4_000_000) {
            let Some(day) = NaiveDate::from_num_days_from_ce_opt(days as i32) else {
                return Ok(());
            };
            let mut ours = Vec::new();
            serialize_day(&day, &mut serde_json::Serializer::new(&mut ours))
                .map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            let chrono = serde_json::to_string(&day)
                .map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            proptest::prop_assert_eq!(String::from_utf8_lossy(&ours), chrono);
        }
    }

    #[test]
    fn a_day_early_in_the_common_era_keeps_its_zeros() {
        let day = NaiveDate::from_ymd_opt(7, 3, 9).map(|d| {
            let mut out = Vec::new();
            serialize_day(&d, &mut serde_json::Serializer::new(&mut out)).map(|_| out)
        });
        assert_eq!(day.and_then(Result::ok).as_deref(), Some(&b"\"0007-03-09\""[..]));
    }
}
