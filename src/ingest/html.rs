//! Saved web pages: the main text extracted readability-style (menus, share buttons, ads and
//! footers left out), title and publication date from the page's own metadata.

use super::clean::clean_text;
use super::{content_hash, parse_published};
use crate::model::Article;
use dom_smoothie::{Config, Readability, TextMode};
use regex::Regex;
use std::sync::LazyLock;

/// Element count past which a page is not an article but a dump; extraction cost grows with it.
const MAX_ELEMENTS: usize = 200_000;

/// `<time datetime="…">`, `article:published_time` and friends, for pages whose metadata the
/// extractor does not read.
static PUBLISHED_META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)<time[^>]*\sdatetime\s*=\s*["']([^"']+)["']|<meta[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|date|pubdate|publishdate|og:published_time|dc\.date)["'][^>]*content\s*=\s*["']([^"']+)["']"#,
    )
    .expect("the published-date pattern is valid")
});

/// Reads one HTML page. `Err` says why no article text could be found.
pub fn read_html(content: &str, relative_id: String, path: String) -> Result<Article, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability = Readability::new(content, None, Some(config))
        .map_err(|e| format!("not a readable HTML page ({e})"))?;
    let extracted =
        readability.parse().map_err(|e| format!("no article text found in the page ({e})"))?;
    let title = Some(extracted.title.trim().to_string()).filter(|t| !t.is_empty());
    let published = extracted
        .published_time
        .as_deref()
        .and_then(parse_published)
        .or_else(|| published_from_markup(content));
    let clean = clean_text(&extracted.text_content, title.as_deref());
    if clean.body.trim().is_empty() {
        return Err("no article text found in the page".into());
    }
    Ok(Article {
        id: relative_id,
        title: clean.title,
        url: None,
        published,
        path: Some(path),
        hash: content_hash(content),
        body: clean.body,
    })
}

fn published_from_markup(content: &str) -> Option<chrono::NaiveDate> {
    PUBLISHED_META
        .captures_iter(content)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        .find_map(|m| parse_published(m.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!doctype html><html><head><title>Ferry service resumes | The Coast Times</title>
<meta property="og:title" content="Ferry service resumes">
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ferry service resumes</h1>
<p>The island ferry resumed its morning crossings on Tuesday after a week of storms kept the boats in harbour, the operator said in a statement.</p>
<p>"We are glad to have passengers back on board," said Maria Lopes, the operator's director, adding that extra sailings would run at the weekend to clear the backlog of freight.</p>
<p>Residents had relied on a small supply boat for food and medicine during the closure, and the school on the island had moved its lessons online.</p>
</article>
<footer><a href="/share/fb">Facebook</a> <a href="/share/tw">Twitter</a> Copyright 2024</footer></body></html>"#;

    #[test]
    fn main_text_title_and_date_come_from_the_page() {
        let a = read_html(PAGE, "ferry.html".into(), "c/ferry.html".into()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Ferry service resumes"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 3, 5));
        assert!(a.body.contains("resumed its morning crossings"), "{}", a.body);
        assert!(a.body.contains("Maria Lopes"));
        for chrome in ["Sport", "Facebook", "Copyright"] {
            assert!(!a.body.contains(chrome), "{chrome} in {}", a.body);
        }
        // Paragraphs stay apart.
        assert!(a.body.trim().split("\n\n").count() >= 3, "{}", a.body);
    }

    #[test]
    fn time_elements_give_the_date_when_metadata_does_not() {
        let html = r#"<p>Posted <time datetime="2023-11-20">20 Nov</time></p>"#;
        assert_eq!(published_from_markup(html), NaiveDate::from_ymd_opt(2023, 11, 20));
    }

    #[test]
    fn a_page_without_text_is_an_error_not_a_panic() {
        for html in ["<html></html>", "<<<>>>", "<div><div><div>", ""] {
            let _ = read_html(html, "x".into(), "x".into());
        }
    }
}
