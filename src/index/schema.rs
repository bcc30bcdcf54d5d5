//! The tantivy schema: every field name whosaid stores lives here and nowhere else.

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};

/// Tokenizer for passage text: lowercased, stemmed English, so "meets" finds "meeting".
pub const TEXT_TOKENIZER: &str = "en_stem";
/// `kind` of a passage document.
pub const KIND_PASSAGE: &str = "passage";
/// `kind` of an article document (one per article: content hash, source, people).
pub const KIND_ARTICLE: &str = "article";
/// `kind` of the one document holding the corpus-wide name links (see `index::names`).
pub const KIND_LINKS: &str = "links";
/// Fast column of the passage's people as numbers in the names table (see [`people_value`]).
pub const PEOPLE_FIELD: &str = "people";

/// How a passage's person is stored in the [`PEOPLE_FIELD`] column: twice the person's number
/// in the names table (`index::registry`), plus one for a speaker. Actors and speakers share
/// one column, so counting both reads one column index per hit instead of two.
pub fn people_value(number: u32, speaker: bool) -> u64 {
    u64::from(number) * 2 + u64::from(speaker)
}
/// Separates an alias from its canonical name in `name_key` terms.
pub const NAME_KEY_SEPARATOR: char = '\u{1}';

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `passage` or `article`.
    pub kind: Field,
    /// The article id, on both kinds of document: the unit of deletion.
    pub article_id: Field,
    /// Position of a passage in its article.
    pub ordinal: Field,
    /// Passage text: searched with BM25, stored for snippets.
    pub text: Field,
    /// Article title, stored on passages.
    pub title: Field,
    /// Source path as the user gave it, stored on passages.
    pub path: Field,
    /// Article url, stored on passages.
    pub url: Field,
    /// Publication date as `YYYY-MM-DD`, stored on passages.
    pub published: Field,
    /// The canonical name of each person the passage involves, as one term: the `--actor`
    /// filter.
    pub actor_name: Field,
    /// The canonical name of each person the passage quotes or reports: the `--speaker` filter.
    pub speaker_name: Field,
    /// The actors and speakers as numbers (see [`people_value`]), a fast column: the counts by
    /// person (see `search::counts`).
    pub people: Field,
    /// First day of the passage's event date, indexed for range filters.
    pub date_start: Field,
    /// Last day of the passage's event date.
    pub date_end: Field,
    /// The passage's tags as JSON (date, mentions, people, quotes), stored only.
    pub tags: Field,
    /// Article documents: content hash for incremental updates.
    pub hash: Field,
    /// Article documents: canonical source file path, to find vanished files.
    pub source: Field,
    /// Article documents: `<folded form>\u{1}<canonical name>\u{1}<form as written>` for every
    /// form of every person.
    pub name_key: Field,
    /// Article documents: the folded names the article showed to be organizations or things,
    /// not people (see `index::names`).
    pub thing_key: Field,
}

/// Builds the schema and its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let stored_string = STRING | STORED;
    let text_options = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TEXT_TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let date_options =
        DateOptions::default().set_indexed().set_fast().set_precision(DateTimePrecision::Seconds);
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        article_id: b.add_text_field("article_id", stored_string.clone() | FAST),
        ordinal: b.add_u64_field("ordinal", NumericOptions::default().set_stored().set_fast()),
        text: b.add_text_field("text", text_options),
        title: b.add_text_field("title", STORED),
        path: b.add_text_field("path", STORED),
        url: b.add_text_field("url", STORED),
        published: b.add_text_field("published", STORED),
        actor_name: b.add_text_field("actor_name", STRING),
        speaker_name: b.add_text_field("speaker_name", STRING),
        people: b.add_u64_field(PEOPLE_FIELD, NumericOptions::default().set_fast()),
        date_start: b.add_date_field("date_start", date_options.clone()),
        date_end: b.add_date_field("date_end", date_options),
        tags: b.add_text_field("tags", STORED),
        // Fast columns, so that a re-index reads 20k hashes without decompressing stored docs.
        hash: b.add_text_field("hash", STORED | FAST),
        source: b.add_text_field("source", STORED | FAST),
        name_key: b.add_text_field("name_key", STRING),
        thing_key: b.add_text_field("thing_key", STRING),
    };
    (b.build(), fields)
}
