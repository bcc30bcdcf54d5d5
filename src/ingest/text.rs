//! Plain-text and Markdown articles, with optional front matter.

use super::clean::clean_text;
use super::{content_hash, parse_published};
use crate::model::Article;

/// Reads one text or Markdown article. Front matter (`---` … `---` at the very top, `key: value`
/// lines) gives `title`, `date`/`published`, `url` and `id`.
pub fn read_text(content: &str, relative_id: String, path: String) -> Article {
    let hash = content_hash(content);
    let (front, rest) = split_front_matter(content);
    let field = |keys: &[&str]| {
        front.iter().find(|(k, _)| keys.contains(&k.as_str())).map(|(_, v)| v.clone())
    };
    let known_title = field(&["title"]);
    let published = field(&["published", "date", "pubdate"]).and_then(|v| parse_published(&v));
    let url = field(&["url", "link", "source"]).filter(|u| u.starts_with("http"));
    let id = field(&["id"]).unwrap_or(relative_id);
    let rest = strip_markdown(rest);
    let clean = clean_text(&rest, known_title.as_deref());
    Article { id, title: clean.title, url, published, path: Some(path), hash, body: clean.body }
}

/// Splits `---`-fenced front matter off the top; returns its `key: value` pairs (keys
/// lowercased, values unquoted) and the rest of the text.
fn split_front_matter(content: &str) -> (Vec<(String, String)>, &str) {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let Some(after_open) =
        content.strip_prefix("---\n").or_else(|| content.strip_prefix("---\r\n"))
    else {
        return (Vec::new(), content);
    };
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front = &after_open[..offset];
            let rest = &after_open[offset + line.len()..];
            let pairs = front
                .lines()
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| {
                    let v = v.trim().trim_matches(['"', '\'']).to_string();
                    (k.trim().to_lowercase(), v)
                })
                .collect();
            return (pairs, rest);
        }
        offset += line.len();
    }
    (Vec::new(), content)
}

/// Turns Markdown markup into the text a reader sees: heading marks, emphasis and link
/// targets go; the words stay.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim_start();
        let line = if trimmed.starts_with('#') {
            trimmed.trim_start_matches('#').trim_start()
        } else {
            line
        };
        out.push_str(&strip_links(line).replace("**", "").replace("__", ""));
        out.push('\n');
    }
    out
}

/// `[words](https://…)` → `words`.
fn strip_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn front_matter_gives_title_date_and_url() {
        let md = "---\ntitle: \"Port strike ends\"\ndate: 2023-04-02\nurl: https://example.org/a\n---\n\
                  # Port strike ends\n\nDockers returned to work on **Sunday**, the union [said](https://x.y/z).\n";
        let a = read_text(md, "a.md".into(), "corpus/a.md".into());
        assert_eq!(a.title.as_deref(), Some("Port strike ends"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 4, 2));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.id, "a.md");
        assert_eq!(a.body.trim(), "Dockers returned to work on Sunday, the union said.");
    }

    #[test]
    fn plain_text_takes_its_first_line_as_title() {
        let a = read_text(
            "Floods close schools\n\nHeavy rain closed 40 schools.\n",
            "b".into(),
            "b".into(),
        );
        assert_eq!(a.title.as_deref(), Some("Floods close schools"));
        assert_eq!(a.body.trim(), "Heavy rain closed 40 schools.");
    }

    #[test]
    fn unterminated_front_matter_is_text() {
        let a = read_text("---\nnot closed\n\nBody text here.\n", "c".into(), "c".into());
        assert!(a.body.contains("Body text here."));
    }
}
