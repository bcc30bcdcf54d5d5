//! `whosaid index [PATH...]`: add, update and remove articles.

use super::{Global, Outcome};
use crate::index::writer::Status;
use crate::index::{IndexWriter, UpdateCounts};
use crate::ingest::aliases::UserAliases;
use crate::ingest::{self, SourceFile, Warning};
use crate::model::Article;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::io::IsTerminal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Files read and tagged together; bounds memory to one batch of articles in flight.
const FILES_PER_BATCH: usize = 256;
/// Articles tagged together (in parallel) before they are written.
const ARTICLES_PER_CHUNK: usize = 1024;
/// Files larger than this are streamed record by record instead of read whole.
const STREAM_ABOVE_BYTES: u64 = 8 * 1024 * 1024;
/// Default writer heap, in megabytes.
const DEFAULT_HEAP_MB: usize = 256;
/// Passages written between commits: a killed run keeps what was committed, and the next run
/// skips those articles by their hash.
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
    let (writer, schema_changed) = IndexWriter::open(&global.index, heap, options.rebuild)?;
    if schema_changed {
        eprintln!(
            "whosaid: the index at {} was built by another version of whosaid; rebuilding it",
            global.index.display()
        );
    }
    let mut pipeline = Pipeline {
        writer,
        pending: Vec::new(),
        uncommitted: 0,
        commit_every: options.commit_every.max(1),
        articles_done: 0,
    };
    // Small files are read in parallel a batch at a time; a big one (a JSONL dump) is streamed
    // record by record, so memory stays bounded by the batch, not by the largest file.
    let mut small: Vec<&SourceFile> = Vec::new();
    for (i, file) in files.iter().enumerate() {
        if file_size(&file.path) <= STREAM_ABOVE_BYTES {
            small.push(file);
        } else {
            let mut failed = None;
            let read = ingest::read_each(file, &mut |item| {
                if failed.is_some() {
                    return;
                }
                match item {
                    Ok(article) => {
                        if let Err(err) = pipeline.offer(article, file, &mut report) {
                            failed = Some(err);
                        }
                    }
                    Err(warning) => report(&warning),
                }
            });
            if let Some(err) = failed {
                return Err(err);
            }
            if let Err(warning) = read {
                pipeline.writer.keep_source(&file.path);
                report(&warning);
            }
            pipeline.flush()?;
            progress.inc(file_size(&file.path));
        }
        if small.len() >= FILES_PER_BATCH || (i + 1 == files.len() && !small.is_empty()) {
            let read: Vec<(&SourceFile, Result<ingest::SourceArticles, Warning>)> =
                small.par_iter().map(|file| (*file, ingest::read_source(file))).collect();
            for (file, result) in read {
                match result {
                    Ok(source) => {
                        source.warnings.iter().for_each(&mut report);
                        for article in source.articles {
                            pipeline.offer(article, file, &mut report)?;
                        }
                    }
                    Err(warning) => {
                        pipeline.writer.keep_source(&file.path);
                        report(&warning);
                    }
                }
            }
            pipeline.flush()?;
            progress.inc(small.iter().map(|f| file_size(&f.path)).sum());
            small.clear();
        }
        progress.set_message(format!("{} articles tagged", pipeline.articles_done));
    }
    let mut writer = pipeline.writer;
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

/// Articles waiting to be tagged and written, and the writer they go to.
struct Pipeline<'a> {
    writer: IndexWriter,
    pending: Vec<(Article, &'a SourceFile)>,
    uncommitted: usize,
    commit_every: usize,
    articles_done: usize,
}

impl<'a> Pipeline<'a> {
    /// Queues an article unless the index already has it unchanged; tags and writes the queue
    /// when it is full.
    fn offer(
        &mut self,
        article: Article,
        file: &'a SourceFile,
        report: &mut impl FnMut(&Warning),
    ) -> anyhow::Result<()> {
        match self.writer.status(&article.id, &article.hash) {
            Status::Unchanged => {}
            Status::Duplicate => report(&Warning {
                path: file.path.clone(),
                line: None,
                message: format!(
                    "article id {:?} was already read from another file; this copy is skipped",
                    article.id
                ),
                skipped: true,
            }),
            Status::New | Status::Changed => self.pending.push((article, file)),
        }
        if self.pending.len() >= ARTICLES_PER_CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Tags the queued articles on all cores, writes them, and commits every `commit_every`
    /// passages.
    fn flush(&mut self) -> anyhow::Result<()> {
        let tagged: Vec<_> = std::mem::take(&mut self.pending)
            .into_par_iter()
            .map(|(article, file)| (crate::process_article(article), file))
            .collect();
        for (article, file) in &tagged {
            self.writer.upsert(article, &file.path)?;
            self.uncommitted += article.passages.len();
        }
        self.articles_done += tagged.len();
        if self.uncommitted >= self.commit_every {
            self.writer.commit().context("committing the index")?;
            self.uncommitted = 0;
        }
        Ok(())
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
