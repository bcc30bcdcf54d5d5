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

/// Nesting depth past which the page is read by stripping tags: the extractor walks the tree
/// recursively, and a hostile page thousands of elements deep would overflow the stack. Real
/// articles nest a few dozen deep.
const MAX_NESTING: usize = 256;

/// Elements that never have a closing tag, so they do not nest.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "option", "td", "tr", "th",
];

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>|<!--.*?-->|<script.*?</script>|<style.*?</style>")
        .expect("the tag pattern is valid")
});

/// Reads one HTML page. `Err` says why no article text could be found.
pub fn read_html(content: &str, relative_id: String, path: String) -> Result<Article, String> {
    if nesting_depth(content) > MAX_NESTING {
        let clean = clean_text(&strip_tags(content), None);
        if clean.body.trim().is_empty() {
            return Err("no article text found in the page".into());
        }
        return Ok(Article {
            id: relative_id,
            title: clean.title,
            url: None,
            published: published_from_markup(content),
            path: Some(path),
            hash: content_hash(content),
            body: clean.body,
        });
    }
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

/// The deepest run of open elements, counted from the tags alone.
fn nesting_depth(content: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for c in TAG.captures_iter(content) {
        let Some(name) = c.get(2) else { continue };
        let name = name.as_str().to_ascii_lowercase();
        let closing = c.get(1).is_some_and(|m| !m.as_str().is_empty());
        let self_closing = c.get(3).is_some_and(|m| !m.as_str().is_empty());
        if VOID_ELEMENTS.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// Text of a page with every tag removed; block boundaries become paragraph breaks.
fn strip_tags(content: &str) -> String {
    let text = TAG.replace_all(content, "\n\n");
    text.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
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
    fn pages_nested_too_deep_are_read_by_stripping_tags() {
        let html = format!(
            "<html><body>{}<p>The beam was seen at sea &amp; ashore.</p></body></html>",
            "<div><span>".repeat(2000)
        );
        assert!(nesting_depth(&html) > MAX_NESTING);
        assert!(nesting_depth(PAGE) < 20);
        let a = read_html(&html, "deep".into(), "deep".into()).unwrap();
        assert!(a.body.contains("The beam was seen at sea & ashore."), "{}", a.body);
    }

    #[test]
    fn a_page_without_text_is_an_error_not_a_panic() {
        for html in ["<html></html>", "<<<>>>", "<div><div><div>", ""] {
            let _ = read_html(html, "x".into(), "x".into());
        }
    }
}
