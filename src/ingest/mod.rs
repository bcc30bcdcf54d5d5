//! Ingest: finding corpus files and reading them into [`Article`]s.
//!
//! Owns file discovery, decoding, per-format parsing and chrome removal. It knows nothing of
//! passages, tags or the index. Per style: the outer `Result` of [`read_source`] means "this file
//! cannot be read at all"; each record inside carries its own `Result`, so one bad JSONL line is
//! reported and the rest of the file goes on.

pub mod aliases;
pub mod clean;
pub mod dateline;
pub mod html;
pub mod jsonl;
pub mod repair;
pub mod text;

use crate::model::Article;
use chrono::NaiveDate;
use std::fmt;
use std::path::{Path, PathBuf};

/// Extensions whose files are read as one article each.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];
/// Extensions whose files are web pages.
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];
/// Extensions whose files hold one article a line.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];
/// Bytes inspected to tell a binary file from text.
const BINARY_SNIFF_BYTES: usize = 8192;

/// A corpus file found by [`discover`], with the root it was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The file itself.
    pub path: PathBuf,
    /// The folder (or the file itself) the user named; article ids are relative to it.
    pub root: PathBuf,
}

/// Something the user should know about one file or record; the rest of the corpus goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file concerned.
    pub path: PathBuf,
    /// The line, for records of a JSONL file.
    pub line: Option<usize>,
    /// What went wrong, as a sentence fragment.
    pub message: String,
    /// Whether the file or record was skipped (as opposed to read with a caveat).
    pub skipped: bool,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// Finds the corpus files under `paths`: folders are walked recursively, hidden entries and
/// `exclude` (the index folder) are skipped, and only known extensions are taken. A path that
/// does not exist is a warning, not an error, so the other paths are still read.
///
/// `extensions`, when not empty, keeps only files with one of those extensions (lowercase,
/// without the dot) among the formats whosaid reads.
pub fn discover(
    paths: &[PathBuf],
    exclude: Option<&Path>,
    extensions: &[String],
) -> (Vec<SourceFile>, Vec<Warning>) {
    let wanted = |path: &Path| {
        format_of(path).is_some()
            && (extensions.is_empty()
                || path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    extensions.iter().any(|x| x.eq_ignore_ascii_case(e.trim_start_matches('.')))
                }))
    };
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for root in paths {
        if !root.exists() {
            warnings.push(Warning {
                path: root.clone(),
                line: None,
                message: "no such file or folder".into(),
                skipped: true,
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
        let mut it = walker.into_iter();
        while let Some(entry) = it.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err.path().map(Path::to_path_buf).unwrap_or_else(|| root.clone());
                    let message = if err.loop_ancestor().is_some() {
                        "symbolic link loop, not followed".to_string()
                    } else {
                        format!("cannot read: {}", io_reason(&err.to_string()))
                    };
                    warnings.push(Warning { path, line: None, message, skipped: true });
                    continue;
                }
            };
            let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
            let excluded = exclude
                .as_ref()
                .is_some_and(|ex| entry.path().canonicalize().is_ok_and(|p| &p == ex));
            if hidden || excluded {
                if entry.file_type().is_dir() {
                    it.skip_current_dir();
                }
                continue;
            }
            if entry.file_type().is_file() && wanted(entry.path()) {
                files.push(SourceFile { path: entry.into_path(), root: root.clone() });
            }
        }
    }
    (files, warnings)
}

fn io_reason(message: &str) -> String {
    message.rsplit(": ").next().unwrap_or(message).to_lowercase()
}

/// The corpus formats whosaid reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown, one article a file.
    Text,
    /// A saved web page, one article a file.
    Html,
    /// JSON Lines, one article a line.
    Jsonl,
}

/// The format of a file by its extension, or `None` when whosaid does not read it.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if TEXT_EXTENSIONS.contains(&ext.as_str()) {
        Some(Format::Text)
    } else if HTML_EXTENSIONS.contains(&ext.as_str()) {
        Some(Format::Html)
    } else if JSONL_EXTENSIONS.contains(&ext.as_str()) {
        Some(Format::Jsonl)
    } else {
        None
    }
}

/// The articles of one file: each record read or the reason it was skipped.
#[derive(Debug, Default)]
pub struct SourceArticles {
    /// Articles read.
    pub articles: Vec<Article>,
    /// Records skipped or read with a caveat.
    pub warnings: Vec<Warning>,
}

/// Reads one corpus file into memory. `Err` is a warning that the whole file was skipped.
pub fn read_source(file: &SourceFile) -> Result<SourceArticles, Warning> {
    let mut out = SourceArticles::default();
    read_each(file, &mut |item| match item {
        Ok(article) => out.articles.push(article),
        Err(warning) => out.warnings.push(warning),
    })?;
    Ok(out)
}

/// Reads one corpus file and hands each article (or each warning about a record) to `each` as
/// it is read. JSONL files are streamed line by line, so a file of any size is read in bounded
/// memory. `Err` is a warning that the whole file was skipped.
pub fn read_each(
    file: &SourceFile,
    each: &mut dyn FnMut(Result<Article, Warning>),
) -> Result<(), Warning> {
    let each = &mut |item: Result<Article, Warning>| each(item.map(with_dateline));
    let skip =
        |message: String| Warning { path: file.path.clone(), line: None, message, skipped: true };
    if format_of(&file.path) == Some(Format::Jsonl) {
        let mut chunks = JsonlChunks::open(file)?;
        while let Some(chunk) = chunks.next_chunk(JSONL_CHUNK_BYTES)? {
            for line in chunk.lines {
                match line {
                    Line::Warning(warning) => each(Err(warning)),
                    Line::Record(line_no, text) => {
                        if let Some(item) = chunk.parser.parse(line_no, &text) {
                            each(item.map(jsonl::Parsed::into_article));
                        }
                    }
                }
            }
        }
        return Ok(());
    }
    let relative = relative_id(&file.path, &file.root);
    let shown_path = file.path.display().to_string();
    let bytes = std::fs::read(&file.path).map_err(|e| cannot_read(&file.path, e))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(skip("empty file, nothing to index".into()));
    }
    if bytes[..bytes.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
        return Err(skip("binary file (it contains NUL bytes), not an article".into()));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            each(Err(not_utf8(&file.path)));
            decode_windows_1252(err.as_bytes())
        }
    };
    match format_of(&file.path) {
        Some(Format::Html) => each(Ok(html::read_html(&text, relative, shown_path).map_err(skip)?)),
        _ => each(Ok(text::read_text(&text, relative, shown_path))),
    }
    Ok(())
}

/// Bytes of lines [`read_each`] reads at a time from a JSONL file.
const JSONL_CHUNK_BYTES: usize = 1 << 20;

/// Gives an article without a publication date the date of its leading dateline, if any.
pub fn with_dateline(mut article: Article) -> Article {
    if article.published.is_none() {
        article.published = dateline::dateline_date(&article.body);
    }
    article
}

fn cannot_read(path: &Path, err: std::io::Error) -> Warning {
    Warning {
        path: path.to_path_buf(),
        line: None,
        message: format!("cannot read: {}", io_reason(&err.to_string())),
        skipped: true,
    }
}

fn not_utf8(path: &Path) -> Warning {
    Warning {
        path: path.to_path_buf(),
        line: None,
        message: "not valid UTF-8; read as Windows-1252 (Latin-1)".into(),
        skipped: false,
    }
}

/// A JSON Lines file read in chunks of whole lines, in order, so that one thread can read a
/// big file while others parse, clean and tag the records of the chunks before.
pub struct JsonlChunks {
    reader: std::io::BufReader<std::fs::File>,
    path: PathBuf,
    parser: RecordParser,
    line_no: usize,
    any: bool,
    warned: bool,
    done: bool,
    /// A read error met in the middle of a chunk: the lines before it go out first.
    failed: Option<Warning>,
}

/// Consecutive lines of a JSON Lines file, with what is needed to parse them anywhere.
pub struct RecordChunk {
    /// The lines (blank ones left out) and the warnings among them, in file order.
    pub lines: Vec<Line>,
    /// Bytes of the file the chunk covers, for progress.
    pub bytes: u64,
    /// Parses the chunk's lines.
    pub parser: RecordParser,
}

/// One entry of a [`RecordChunk`].
pub enum Line {
    /// A non-blank line and its line number (from 1).
    Record(usize, String),
    /// A warning about the file that belongs before the lines after it.
    Warning(Warning),
}

/// Parses lines of one JSON Lines file into records; cheap to clone.
#[derive(Debug, Clone)]
pub struct RecordParser {
    relative: String,
    shown_path: String,
    path: PathBuf,
}

impl RecordParser {
    /// Parses one line without cleaning its text: `None` for a blank line, else the record or
    /// why the line was skipped. The article it becomes still needs [`with_dateline`].
    pub fn parse(&self, line_no: usize, line: &str) -> Option<Result<jsonl::Parsed, Warning>> {
        jsonl::parse_record(line, line_no, &self.relative, &self.shown_path, &self.path)
    }
}

impl JsonlChunks {
    /// Opens a JSON Lines file; `Err` is a warning that the file cannot be read.
    pub fn open(file: &SourceFile) -> Result<Self, Warning> {
        let handle = std::fs::File::open(&file.path).map_err(|e| cannot_read(&file.path, e))?;
        Ok(JsonlChunks {
            reader: std::io::BufReader::new(handle),
            path: file.path.clone(),
            parser: RecordParser {
                relative: relative_id(&file.path, &file.root),
                shown_path: file.path.display().to_string(),
                path: file.path.clone(),
            },
            line_no: 0,
            any: false,
            warned: false,
            done: false,
            failed: None,
        })
    }

    /// The next lines, about `max_bytes` of them (at least one line); `Ok(None)` at the end.
    /// `Err` is a warning that the rest of the file was skipped: it could not be read, it is
    /// binary, or it held no record at all.
    pub fn next_chunk(&mut self, max_bytes: usize) -> Result<Option<RecordChunk>, Warning> {
        use std::io::BufRead;
        if let Some(warning) = self.failed.take() {
            self.done = true;
            return Err(warning);
        }
        if self.done {
            return Ok(None);
        }
        let mut lines = Vec::new();
        let mut bytes = 0u64;
        let mut raw = Vec::new();
        while bytes < max_bytes as u64 {
            raw.clear();
            let read = match self.reader.read_until(b'\n', &mut raw) {
                Ok(read) => read,
                Err(err) => {
                    self.failed = Some(cannot_read(&self.path, err));
                    break;
                }
            };
            if read == 0 {
                self.done = true;
                break;
            }
            bytes += read as u64;
            self.line_no += 1;
            if self.line_no == 1 && raw[..raw.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
                self.done = true;
                return Err(Warning {
                    path: self.path.clone(),
                    line: None,
                    message: "binary file (it contains NUL bytes), not JSON lines".into(),
                    skipped: true,
                });
            }
            let text = match std::str::from_utf8(&raw) {
                Ok(text) => text.to_string(),
                Err(_) => {
                    if !std::mem::replace(&mut self.warned, true) {
                        lines.push(Line::Warning(not_utf8(&self.path)));
                    }
                    decode_windows_1252(&raw)
                }
            };
            if !text.trim().is_empty() {
                self.any = true;
                lines.push(Line::Record(self.line_no, text));
            }
        }
        if self.done && !self.any && self.failed.is_none() {
            self.failed = Some(Warning {
                path: self.path.clone(),
                line: None,
                message: "empty file, nothing to index".into(),
                skipped: true,
            });
        }
        if lines.is_empty() {
            // Nothing to hand out: the end, or the failure just recorded.
            return match self.failed.take() {
                Some(warning) => {
                    self.done = true;
                    Err(warning)
                }
                None => Ok(None),
            };
        }
        Ok(Some(RecordChunk { lines, bytes, parser: self.parser.clone() }))
    }
}

/// The characters Windows-1252 gives bytes 0x80 to 0x9F, where Latin-1 has C1 controls; U+FFFD
/// for the five it leaves undefined.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// Decodes Windows-1252, the superset of Latin-1 that older news files not in UTF-8 almost
/// always use (`£` as 0xA3, curly quotes as 0x93/0x94). Every byte maps to some character, so
/// nothing is lost; the five bytes Windows-1252 leaves undefined become U+FFFD.
fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The article id of a file: its path relative to the corpus root, with `/` separators.
fn relative_id(path: &Path, root: &Path) -> String {
    let rel = if root.is_file() {
        path.file_name().map(PathBuf::from).unwrap_or_else(|| path.to_path_buf())
    } else {
        path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Hex digest of an article's source content.
pub fn content_hash(content: &str) -> String {
    blake3::hash(content.as_bytes()).to_hex().to_string()
}

/// Parses a publication date given as an ISO date or date-time (`2021-06-16`,
/// `2021-06-16T09:30:00Z`), or a bare year-month-day with slashes.
pub fn parse_published(value: &str) -> Option<NaiveDate> {
    let value = value.trim().trim_matches(['"', '\'']);
    let date_part = value.get(..10).unwrap_or(value);
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(date_part, "%Y/%m/%d"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_chunks_keep_every_line_number_and_end_with_the_files_fate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wire.jsonl");
        let mut content = Vec::new();
        for i in 0..50 {
            content.extend_from_slice(
                format!("{{\"id\": \"r{i}\", \"text\": \"Oil rose {i}.\"}}\n").as_bytes(),
            );
            if i == 20 {
                content.extend_from_slice(b"\n{\"text\": \"caf\xe9\"}\n");
            }
        }
        std::fs::write(&path, &content).unwrap();
        let file = SourceFile { path: path.clone(), root: dir.path().to_path_buf() };
        let mut chunks = JsonlChunks::open(&file).unwrap();
        let (mut numbers, mut warnings, mut bytes, mut count) = (Vec::new(), 0, 0, 0);
        while let Some(chunk) = chunks.next_chunk(100).unwrap() {
            count += 1;
            bytes += chunk.bytes;
            for line in chunk.lines {
                match line {
                    Line::Record(no, text) => {
                        assert!(chunk.parser.parse(no, &text).is_some_and(|r| r.is_ok()));
                        numbers.push(no);
                    }
                    Line::Warning(_) => warnings += 1,
                }
            }
        }
        assert!(count > 10, "small chunks: {count}");
        assert_eq!(bytes, content.len() as u64);
        assert_eq!(warnings, 1, "one not-UTF-8 warning per file");
        let expected: Vec<usize> = (1..=21).chain(23..=52).collect();
        assert_eq!(numbers, expected, "the blank line 22 is left out, numbers go on");
        // The same records as reading the file whole.
        let whole = read_source(&file).unwrap();
        assert_eq!(whole.articles.len(), 51);
        assert_eq!(
            whole.articles[21].path.as_deref(),
            Some(format!("{}:23", path.display()).as_str())
        );

        std::fs::write(&path, b"\n\n").unwrap();
        let mut chunks = JsonlChunks::open(&file).unwrap();
        assert!(chunks.next_chunk(100).is_err(), "no record at all: the file is skipped");
        assert!(matches!(chunks.next_chunk(100), Ok(None)));
    }

    #[test]
    fn publication_dates_in_usual_forms() {
        let d = NaiveDate::from_ymd_opt(2021, 6, 16);
        for input in ["2021-06-16", "2021-06-16T09:30:00Z", "\"2021-06-16\"", "2021/06/16"] {
            assert_eq!(parse_published(input), d, "{input}");
        }
        assert_eq!(parse_published("June 2021"), None);
    }

    #[test]
    fn windows_1252_bytes_decode_to_their_characters() {
        assert_eq!(decode_windows_1252(b"a \xa315.8m fee"), "a £15.8m fee");
        assert_eq!(
            decode_windows_1252(b"\x93Yes,\x94 she said \x96 caf\xe9"),
            "“Yes,” she said – café"
        );
    }

    #[test]
    fn ids_are_relative_with_forward_slashes() {
        let id = relative_id(Path::new("/c/news/bbc/001.txt"), Path::new("/c/news"));
        assert_eq!(id, "bbc/001.txt");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(format_of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(format_of(Path::new("a/b.ndjson")), Some(Format::Jsonl));
        assert_eq!(format_of(Path::new("a/b.pdf")), None);
        assert_eq!(format_of(Path::new("a/README")), None);
    }
}
