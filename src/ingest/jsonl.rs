//! JSON Lines corpora: one article a line, `{"text": …}` required; `id`, `title`, `url`,
//! `published` optional; other keys ignored.

use super::clean::clean_text;
use super::{content_hash, parse_published, SourceArticles, Warning};
use crate::model::Article;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Record {
    text: Option<String>,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

/// Reads every line of a JSONL file held in memory; a bad line becomes a warning with its line
/// number.
pub fn read_jsonl(
    content: &str,
    relative_id: &str,
    shown_path: &str,
    path: &Path,
    out: &mut SourceArticles,
) {
    for (index, line) in content.lines().enumerate() {
        match read_record(line, index + 1, relative_id, shown_path, path) {
            Some(Ok(article)) => out.articles.push(article),
            Some(Err(warning)) => out.warnings.push(warning),
            None => {}
        }
    }
}

/// Reads one line of a JSONL file: `None` for a blank line, else the article or why the line
/// was skipped.
pub fn read_record(
    line: &str,
    line_no: usize,
    relative_id: &str,
    shown_path: &str,
    path: &Path,
) -> Option<Result<Article, Warning>> {
    parse_record(line, line_no, relative_id, shown_path, path).map(|r| r.map(Parsed::into_article))
}

/// One JSONL record parsed but not yet cleaned: its id and hash are known, so an indexer can
/// skip an unchanged article before paying for cleaning it.
pub struct Parsed {
    id: String,
    hash: String,
    text: String,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    path: String,
}

impl Parsed {
    /// The article id the record will have.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The content hash the record will have.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// Cleans the text into the article.
    pub fn into_article(self) -> Article {
        let clean = clean_text(&self.text, self.title.as_deref());
        Article {
            id: self.id,
            title: clean.title,
            url: self.url,
            published: self.published.as_deref().and_then(parse_published),
            path: Some(self.path),
            hash: self.hash,
            body: clean.body,
        }
    }
}

/// Parses one line of a JSONL file without cleaning its text: `None` for a blank line, else
/// the record or why the line was skipped.
pub fn parse_record(
    line: &str,
    line_no: usize,
    relative_id: &str,
    shown_path: &str,
    path: &Path,
) -> Option<Result<Parsed, Warning>> {
    if line.trim().is_empty() {
        return None;
    }
    let warn = |message: String| Warning {
        path: path.to_path_buf(),
        line: Some(line_no),
        message,
        skipped: true,
    };
    let record: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(err) => return Some(Err(warn(format!("not a JSON object ({err}); line skipped")))),
    };
    let Some(text) = record.text.filter(|t| !t.trim().is_empty()) else {
        return Some(Err(warn("no \"text\" to index; line skipped".into())));
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => record
            .url
            .clone()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| format!("{relative_id}#{line_no}")),
    };
    Some(Ok(Parsed {
        id,
        hash: content_hash(line),
        text,
        title: record.title.filter(|t| !t.trim().is_empty()),
        url: record.url.filter(|u| !u.is_empty()),
        published: record.published,
        path: format!("{shown_path}:{line_no}"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_lines_are_read_and_bad_lines_named() {
        let content = concat!(
            "{\"id\": \"r1\", \"title\": \"Oil up\", \"published\": \"1987-03-02\", \"text\": \"Oil rose.\"}\n",
            "{not json\n",
            "{\"title\": \"no text\"}\n",
            "{\"text\": \"Gold fell.\", \"url\": \"https://example.org/g\"}\n",
        );
        let mut out = SourceArticles::default();
        read_jsonl(
            content,
            "wire.jsonl",
            "corpus/wire.jsonl",
            Path::new("corpus/wire.jsonl"),
            &mut out,
        );
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.articles[0].id, "r1");
        assert_eq!(out.articles[0].title.as_deref(), Some("Oil up"));
        assert_eq!(out.articles[1].id, "https://example.org/g");
        let lines: Vec<_> = out.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3)]);
    }
}
