//! Arbitrary text never panics the pipeline: chrome removal, splitting, dates, people, quotes.

use proptest::prelude::*;
use whosaid::ingest::clean::clean_text;
use whosaid::model::Article;

fn article(body: String, published: Option<chrono::NaiveDate>) -> Article {
    Article {
        id: "prop".into(),
        title: None,
        url: None,
        published,
        path: None,
        hash: String::new(),
        body,
    }
}

/// Fragments of news text, glued at random: they reach the interesting rules far more often
/// than uniform noise does.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "’",
        ",” said ",
        " said. ",
        "Mr ",
        "President ",
        "Sergei, ",
        "Jean-Yves Le ",
        "von der ",
        "December 7:\n",
        "\n\n",
        "\n",
        "    ",
        "Mid-",
        "early ",
        "last week ",
        "Q3 ",
        "the 1990s ",
        "2/30/2021 ",
        "Feb. 29, 2023 ",
        "on Tuesday ",
        "January ",
        "31, ",
        "0000 ",
        "9999 ",
        "—",
        ": ",
        "é",
        "\u{0301}",
        "🙂",
        "(",
        ")",
        "Biden ",
        "Putin",
        " told ",
        "that ",
        " he argued. ",
        "Ms Hewitt ",
        "Home / A / B\n",
        "• Facebook\n",
        "according to ",
        "ABC ",
        "a",
        ".",
        "?",
        "!",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn any_text_is_processed_without_panicking(text in "\\PC{0,400}") {
        let tagged = whosaid::process_article(article(text.clone(), None));
        for tp in &tagged.passages {
            prop_assert!(tp.tags.date.as_ref().is_none_or(|d| d.start <= d.end));
        }
        let _ = clean_text(&text, None);
    }

    #[test]
    fn newsy_text_is_processed_without_panicking(text in newsy(), days in 0i64..40_000) {
        let published = chrono::NaiveDate::from_ymd_opt(1950, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
        let tagged = whosaid::process_article(article(text, published));
        for tp in &tagged.passages {
            if let Some(d) = &tp.tags.date {
                prop_assert!(d.start <= d.end, "{:?}", d);
            }
            for m in &tp.tags.date_mentions {
                prop_assert!(m.start <= m.end, "{:?}", m);
            }
            // A speaker is one of the people the passage involves.
            for s in &tp.tags.speakers {
                prop_assert!(tp.tags.actors.contains(s), "{} not among {:?}", s, tp.tags.actors);
            }
        }
    }
}
