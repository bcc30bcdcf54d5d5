//! `whosaid index [PATH...]`: add, update and remove articles.

use super::{Global, Outcome};
use crate::index::writer::Opened;
use crate::index::writer::{DocumentBuilder, KnownHashes, Prepared, Status};
use crate::index::{source_key, IndexWriter, UpdateCounts};
use crate::ingest::aliases::UserAliases;
use crate::ingest::{self, JsonlChunks, Line, RecordChunk, SourceFile, Warning};
use crate::model::Article;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::io::IsTerminal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;
use std::time::Instant;

/// Bytes of corpus read, tagged and written together. Every stage holds at most a unit or two,
/// so memory in flight is bounded by bytes, whatever the file sizes or article counts.
const UNIT_BYTES: u64 = 1 << 20;
/// Files in one unit at most, so that a folder of tiny files still moves in steps.
const FILES_PER_UNIT: usize = 256;
/// Units queued between two stages: enough to keep every stage busy, few enough to bound memory.
const UNITS_QUEUED: usize = 2;
/// Default writer heap, in megabytes.
const DEFAULT_HEAP_MB: usize = 256;
/// Passages written between commits: a killed run keeps what was committed, and the next run
/// skips those articles by their hash. 500,000 was tried (issue 6): on a quiet machine it
/// indexed 1 GB no faster (143.7 against 141.1 s), peaked at 323 MB instead of 245 MB, and left
/// two large segments beside four unmerged ones, on which queries ran slower (`oil prices`
/// 10.6 against 9.4 ms, `said` 32 against 28 ms).
const COMMIT_EVERY_PASSAGES: usize = 200_000;

#[derive(Debug, clap::Args)]
pub struct IndexArgs {
    /// Files or folders to index (folders are walked recursively).
    #[arg(value_name = "PATH", default_value = super::DEFAULT_CORPUS)]
    paths: Vec<PathBuf>,
    /// Start from an empty index instead of updating.
    #[arg(long)]
    rebuild: bool,
    /// Memory for the index writer, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = DEFAULT_HEAP_MB)]
    heap: usize,
    /// Only files with these extensions (comma-separated: `--ext txt,html`); default: every
    /// format whosaid reads.
    #[arg(long, value_name = "EXT", value_delimiter = ',')]
    ext: Vec<String>,
    /// Passages written between commits (for crash tests and tuning).
    #[arg(long, hide = true, value_name = "N", default_value_t = COMMIT_EVERY_PASSAGES)]
    commit_every: usize,
}

/// How to build, apart from the paths.
pub struct BuildOptions {
    pub rebuild: bool,
    pub heap_mb: usize,
    pub commit_every: usize,
    pub extensions: Vec<String>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            rebuild: false,
            heap_mb: DEFAULT_HEAP_MB,
            commit_every: COMMIT_EVERY_PASSAGES,
            extensions: Vec::new(),
        }
    }
}

/// What a build did, for the summary.
#[derive(Debug, Serialize)]
pub struct Summary {
    files: usize,
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    passages: usize,
    skipped: usize,
    warnings: usize,
    seconds: f64,
}

pub fn run(args: IndexArgs, global: &Global, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let options = BuildOptions {
        rebuild: args.rebuild,
        heap_mb: args.heap,
        commit_every: args.commit_every,
        extensions: args.ext,
    };
    let summary = build(&args.paths, global, &options)?;
    if global.json {
        serde_json::to_writer(&mut *out, &summary)?;
        writeln!(out)?;
    }
    Ok(if summary.skipped > 0 { Outcome::Skipped } else { Outcome::Found })
}

/// Indexes `paths` into the index folder; warnings go to stderr as they happen.
pub fn build(
    paths: &[PathBuf],
    global: &Global,
    options: &BuildOptions,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    anyhow::ensure!(options.heap_mb >= 16, "--heap must be at least 16 (megabytes)");
    let (files, discovery_warnings) =
        ingest::discover(paths, Some(&global.index), &options.extensions);
    let progress = progress_bar(&files, global.quiet);
    let mut skipped = 0;
    let mut warnings = 0;
    let mut report = |w: &Warning| {
        progress.suspend(|| eprintln!("whosaid: {w}"));
        warnings += 1;
        if w.skipped {
            skipped += 1;
        }
    };
    discovery_warnings.iter().for_each(&mut report);

    let existing: Vec<PathBuf> = paths.iter().filter(|p| p.exists()).cloned().collect();
    let user_aliases = UserAliases::read(&existing).map_err(|e| anyhow::anyhow!(e))?;
    let heap = options.heap_mb.saturating_mul(1_000_000);
    let (writer, opened) = IndexWriter::open(&global.index, heap, options.rebuild)?;
    match opened {
        Opened::Current => {}
        Opened::Rebuilt => eprintln!(
            "whosaid: the index at {} was built by another version of whosaid; rebuilding it",
            global.index.display()
        ),
        Opened::Retagging => eprintln!(
            "whosaid: the index at {} was tagged by another version of whosaid; tagging every \
             article again",
            global.index.display()
        ),
    }
    // Three stages overlap: this thread's helper reads files and JSONL lines in order, the
    // tagging thread parses, cleans, splits, tags and builds documents on all cores (rayon), and
    // this thread hands documents to tantivy (whose own threads index them) and commits. Work
    // moves in units bounded by bytes through bounded queues, so a slow stage holds the others
    // back instead of letting memory grow. See: issue 6.
    let mut writer = writer;
    let known = writer.known_hashes();
    let builder = writer.document_builder();
    let commit_every = options.commit_every.max(1);
    let mut uncommitted = 0;
    let mut articles_done = 0;
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (unit_tx, unit_rx) = std::sync::mpsc::sync_channel::<Unit>(UNITS_QUEUED);
        let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Processed>(UNITS_QUEUED);
        let files = &files;
        scope.spawn(move || read_units(files, &unit_tx));
        let known = &known;
        scope.spawn(move || {
            for unit in unit_rx {
                if done_tx.send(process(unit, known, builder)).is_err() {
                    break; // the writer stopped on an error
                }
            }
        });
        for processed in done_rx {
            for event in processed.events {
                match event {
                    Event::Warning(warning) => report(&warning),
                    Event::Unreadable(file, warning) => {
                        writer.keep_source(&file.path);
                        report(&warning);
                    }
                    Event::Unchanged { id, hash, file } => {
                        if writer.status(&id, &hash) == Status::Duplicate {
                            report(&duplicate(&id, file));
                        }
                    }
                    Event::Tagged { hash, prepared, file } => {
                        match writer.status(prepared.id(), &hash) {
                            Status::Duplicate => report(&duplicate(prepared.id(), file)),
                            Status::Unchanged => {}
                            Status::New | Status::Changed => {
                                uncommitted += prepared.passages();
                                writer.write(prepared)?;
                            }
                        }
                    }
                    Event::Failed(err) => return Err(err.into()),
                }
            }
            articles_done += processed.tagged;
            if uncommitted >= commit_every {
                writer.commit().context("committing the index")?;
                uncommitted = 0;
            }
            progress.inc(processed.bytes);
            progress.set_message(format!("{articles_done} articles tagged"));
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    writer.remove_vanished(&existing);
    let counts: UpdateCounts = writer.finish(&user_aliases).context("committing the index")?;
    let summary = Summary {
        files: files.len(),
        added: counts.added,
        updated: counts.updated,
        removed: counts.removed,
        unchanged: counts.unchanged,
        passages: counts.passages,
        skipped,
        warnings,
        seconds: started.elapsed().as_secs_f64(),
    };
    if !global.quiet {
        eprintln!(
            "whosaid: indexed {} file{} in {:.1} s: {} added, {} updated, {} removed, {} unchanged; {} passages written{}",
            summary.files,
            if summary.files == 1 { "" } else { "s" },
            summary.seconds,
            summary.added,
            summary.updated,
            summary.removed,
            summary.unchanged,
            summary.passages,
            if skipped > 0 { format!("; {skipped} skipped (see above)") } else { String::new() },
        );
    }
    Ok(summary)
}

/// Work for the tagging stage: whole small files, or consecutive lines of one JSONL file.
enum Unit<'a> {
    Files { files: Vec<&'a SourceFile>, bytes: u64 },
    Records { file: &'a SourceFile, chunk: RecordChunk },
    Unreadable { file: &'a SourceFile, warning: Warning, bytes: u64 },
}

/// What the tagging stage made of a unit, in corpus order, for the writer.
struct Processed<'a> {
    events: Vec<Event<'a>>,
    /// Corpus bytes the unit covered, for progress.
    bytes: u64,
    /// Articles tagged.
    tagged: usize,
}

enum Event<'a> {
    Warning(Warning),
    /// The file (or the rest of it) could not be read: what was indexed from it stays.
    Unreadable(&'a SourceFile, Warning),
    /// The index holds this article as it is: neither cleaned nor tagged again.
    Unchanged {
        id: String,
        hash: String,
        file: &'a SourceFile,
    },
    Tagged {
        hash: String,
        prepared: Prepared,
        file: &'a SourceFile,
    },
    Failed(crate::index::Error),
}

/// Reads the corpus in order and sends it on in units of about [`UNIT_BYTES`]. Small files are
/// only grouped here (the tagging stage reads them, in parallel); JSONL files are read here,
/// line by line, so that their records can be parsed in parallel downstream.
fn read_units<'a>(files: &'a [SourceFile], send: &SyncSender<Unit<'a>>) {
    let mut group: Vec<&SourceFile> = Vec::new();
    let mut group_bytes = 0;
    let flush = |group: &mut Vec<&'a SourceFile>, bytes: &mut u64| {
        let files = std::mem::take(group);
        let unit = Unit::Files { files, bytes: std::mem::take(bytes) };
        unit_has_files(&unit) && send.send(unit).is_err()
    };
    for file in files {
        let size = file_size(&file.path);
        if ingest::format_of(&file.path) != Some(ingest::Format::Jsonl) {
            if !group.is_empty()
                && (group_bytes + size > UNIT_BYTES || group.len() >= FILES_PER_UNIT)
                && flush(&mut group, &mut group_bytes)
            {
                return;
            }
            group.push(file);
            group_bytes += size;
            continue;
        }
        if flush(&mut group, &mut group_bytes) {
            return;
        }
        let mut chunks = match JsonlChunks::open(file) {
            Ok(chunks) => chunks,
            Err(warning) => {
                if send.send(Unit::Unreadable { file, warning, bytes: size }).is_err() {
                    return;
                }
                continue;
            }
        };
        let mut sent = 0;
        loop {
            let unit = match chunks.next_chunk(UNIT_BYTES as usize) {
                Ok(Some(chunk)) => {
                    sent += chunk.bytes;
                    Unit::Records { file, chunk }
                }
                Ok(None) => break,
                Err(warning) => {
                    let bytes = size.saturating_sub(sent);
                    sent = size;
                    Unit::Unreadable { file, warning, bytes }
                }
            };
            if send.send(unit).is_err() {
                return;
            }
        }
    }
    flush(&mut group, &mut group_bytes);
}

fn unit_has_files(unit: &Unit) -> bool {
    matches!(unit, Unit::Files { files, .. } if !files.is_empty())
}

/// Parses, cleans, splits and tags a unit's articles on all cores, and builds their documents;
/// articles the index already holds unchanged are only noted.
fn process<'a>(unit: Unit<'a>, known: &KnownHashes, builder: DocumentBuilder) -> Processed<'a> {
    // `source` is the file's canonical path, found once per file rather than once per record.
    let tag = |article: Article, file: &'a SourceFile, source: &str| {
        let hash = article.hash.clone();
        let tagged = crate::process_article(article);
        match builder.build(&tagged, source) {
            Ok(prepared) => Event::Tagged { hash, prepared, file },
            Err(err) => Event::Failed(err),
        }
    };
    let (events, bytes): (Vec<Event>, u64) = match unit {
        Unit::Unreadable { file, warning, bytes } => {
            (vec![Event::Unreadable(file, warning)], bytes)
        }
        Unit::Files { files, bytes } => {
            let per_file: Vec<Vec<Event>> = files
                .par_iter()
                .map(|&file| match ingest::read_source(file) {
                    Ok(source) => {
                        let mut events: Vec<Event> =
                            source.warnings.into_iter().map(Event::Warning).collect();
                        let canonical = source_key(&file.path);
                        for article in source.articles {
                            if known.is_unchanged(&article.id, &article.hash) {
                                let (id, hash) = (article.id, article.hash);
                                events.push(Event::Unchanged { id, hash, file });
                            } else {
                                events.push(tag(article, file, &canonical));
                            }
                        }
                        events
                    }
                    Err(warning) => vec![Event::Unreadable(file, warning)],
                })
                .collect();
            (per_file.into_iter().flatten().collect(), bytes)
        }
        Unit::Records { file, chunk } => {
            let parser = &chunk.parser;
            let canonical = source_key(&file.path);
            let events = chunk
                .lines
                .into_par_iter()
                .filter_map(|line| match line {
                    Line::Warning(warning) => Some(Event::Warning(warning)),
                    Line::Record(line_no, text) => {
                        parser.parse(line_no, &text).map(|record| match record {
                            Err(warning) => Event::Warning(warning),
                            // The raw record's hash decides before any cleaning: a no-op
                            // re-index only parses the JSON.
                            Ok(parsed) if known.is_unchanged(parsed.id(), parsed.hash()) => {
                                let (id, hash) =
                                    (parsed.id().to_string(), parsed.hash().to_string());
                                Event::Unchanged { id, hash, file }
                            }
                            Ok(parsed) => {
                                tag(ingest::with_dateline(parsed.into_article()), file, &canonical)
                            }
                        })
                    }
                })
                .collect();
            (events, chunk.bytes)
        }
    };
    let tagged = events.iter().filter(|e| matches!(e, Event::Tagged { .. })).count();
    Processed { events, bytes, tagged }
}

fn duplicate(id: &str, file: &SourceFile) -> Warning {
    Warning {
        path: file.path.clone(),
        line: None,
        message: format!(
            "article id {id:?} was already read from another file; this copy is skipped"
        ),
        skipped: true,
    }
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// A byte-counting progress bar on stderr, drawn only when stderr is a terminal.
fn progress_bar(files: &[SourceFile], quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total = files.iter().map(|f| file_size(&f.path)).sum();
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
    ) {
        bar.set_style(style);
    }
    bar
}
