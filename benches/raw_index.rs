//! Raw tantivy indexing of the passages whosaid would index, without enrichment: the ceiling
//! that whosaid's end-to-end indexing is measured against.
//!
//! ```sh
//! cargo bench --bench raw_index -- [--heap MB] [--out DIR] PATH...
//! ```
//!
//! Reads the corpus with whosaid's own ingest (same formats, cleaning and ids) and splits it
//! with `split_body`, pipelined as `whosaid index` does (one thread reads files and JSONL chunks
//! in order, all cores parse, clean and split them, the main thread hands the passages to
//! tantivy), then writes one document per passage into a minimal schema: the text, indexed with the same `en_stem` tokenizer and
//! positions, and stored (a search tool must show what it found). No dates, people, facets or
//! bookkeeping documents. Throughput is over the corpus bytes on disk, the same denominator
//! scripts/bench.sh uses for whosaid and SQLite. The `RESULT` line is for the script to parse.

use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, IndexWriter, TantivyDocument};
use whosaid::ingest::{self, JsonlChunks, Line, RecordChunk, SourceFile};

/// The allocator `whosaid` runs on (src/main.rs), so that the ratio measures the work, not
/// the allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Same units as `whosaid index` (src/cli/index.rs), so memory in flight and parallelism match.
const UNIT_BYTES: u64 = 1 << 20;
const FILES_PER_UNIT: usize = 256;
/// whosaid's default writer heap, in megabytes.
const DEFAULT_HEAP_MB: usize = 256;

struct Args {
    heap_mb: usize,
    out: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { heap_mb: DEFAULT_HEAP_MB, out: None, paths: Vec::new() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--heap" => {
                args.heap_mb = value("--heap")?.parse().map_err(|e| format!("--heap: {e}"))?
            }
            "--out" => args.out = Some(value("--out")?.into()),
            // `cargo bench` passes `--bench` to every bench binary.
            "--bench" => {}
            other if other.starts_with("--") => return Err(format!("unknown flag {other:?}")),
            path => args.paths.push(path.into()),
        }
    }
    if args.paths.is_empty() {
        args.paths.push(PathBuf::from("../shared/data/news"));
    }
    Ok(args)
}

fn dir_size(path: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(path)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("raw_index bench: {e}");
            std::process::exit(2);
        }
    };
    if !args.paths.iter().any(|p| p.exists()) {
        // `cargo bench` on a machine without the shared corpus is not a failure.
        eprintln!("raw_index bench: no corpus at {:?}; skipped (pass PATH...)", args.paths);
        return;
    }
    let temp = tempfile::tempdir().expect("a temporary folder for the index");
    let out = args.out.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&out).expect("the --out folder can be created");

    let mut builder = Schema::builder();
    let text = builder.add_text_field(
        "text",
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("en_stem")
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored(),
    );
    let index = Index::create_in_dir(&out, builder.build()).expect("an empty folder for the index");
    let heap = args.heap_mb * 1_000_000;
    // Same thread count rule as whosaid's writer: all cores, at most 8, ≥ 16 MB heap each.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let threads = threads.min((heap / 16_000_000).max(1));

    let started = Instant::now();
    let mut writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(threads, heap).expect("the index writer starts");
    let (files, _) = ingest::discover(&args.paths, None, &[]);
    let input_bytes: u64 =
        files.iter().filter_map(|f| std::fs::metadata(&f.path).ok()).map(|m| m.len()).sum();
    let mut passages = 0usize;
    let mut passage_bytes = 0usize;
    let mut prepare_secs = 0.0;
    std::thread::scope(|scope| {
        let (unit_tx, unit_rx) = std::sync::mpsc::sync_channel::<Unit>(2);
        let (text_tx, text_rx) = std::sync::mpsc::sync_channel::<Vec<String>>(2);
        let files = &files;
        scope.spawn(move || read_units(files, &unit_tx));
        let prepare = scope.spawn(move || {
            let mut secs = 0.0;
            for unit in unit_rx {
                let t = Instant::now();
                let texts = split_unit(unit);
                secs += t.elapsed().as_secs_f64();
                if text_tx.send(texts).is_err() {
                    break;
                }
            }
            secs
        });
        for texts in text_rx {
            for passage in texts {
                passage_bytes += passage.len();
                passages += 1;
                let mut doc = TantivyDocument::new();
                doc.add_text(text, passage);
                writer.add_document(doc).expect("the writer takes a document");
            }
        }
        prepare_secs = prepare.join().unwrap_or(0.0);
    });
    writer.commit().expect("the index commits");
    writer.wait_merging_threads().expect("merges finish");
    let secs = started.elapsed().as_secs_f64();
    let mb = input_bytes as f64 / 1e6;
    eprintln!(
        "raw tantivy: {passages} passages ({:.1} MB of text) from {mb:.1} MB of files in {secs:.2} s \
         ({:.1} MB/s, {threads} indexing threads, {} MB heap; read+split {prepare_secs:.2} s wall in the splitting stage)",
        passage_bytes as f64 / 1e6,
        mb / secs,
        args.heap_mb,
    );
    println!(
        "RESULT\tinput_bytes={input_bytes}\tpassages={passages}\tpassage_bytes={passage_bytes}\tseconds={secs:.3}\tmb_per_s={:.2}\tindex_bytes={}\tthreads={threads}",
        mb / secs,
        dir_size(&out)
    );
}

enum Unit<'a> {
    Files(Vec<&'a SourceFile>),
    Records(RecordChunk),
}

/// The corpus in order, in units of about `UNIT_BYTES`: small files grouped, JSONL files read
/// here in chunks of lines.
fn read_units<'a>(files: &'a [SourceFile], send: &std::sync::mpsc::SyncSender<Unit<'a>>) {
    let mut group: Vec<&SourceFile> = Vec::new();
    let mut group_bytes = 0;
    for file in files {
        let size = std::fs::metadata(&file.path).map_or(0, |m| m.len());
        let jsonl = ingest::format_of(&file.path) == Some(ingest::Format::Jsonl);
        if !group.is_empty()
            && (jsonl || group_bytes + size > UNIT_BYTES || group.len() >= FILES_PER_UNIT)
        {
            group_bytes = 0;
            if send.send(Unit::Files(std::mem::take(&mut group))).is_err() {
                return;
            }
        }
        if !jsonl {
            group.push(file);
            group_bytes += size;
            continue;
        }
        let Ok(mut chunks) = JsonlChunks::open(file) else { continue };
        while let Ok(Some(chunk)) = chunks.next_chunk(UNIT_BYTES as usize) {
            if send.send(Unit::Records(chunk)).is_err() {
                return;
            }
        }
    }
    if !group.is_empty() {
        let _ = send.send(Unit::Files(group));
    }
}

/// The passages of a unit, in order, read and split on all cores.
fn split_unit(unit: Unit) -> Vec<String> {
    let split = |article: whosaid::model::Article| -> Vec<String> {
        whosaid::split::split_body(&article.body).into_iter().map(|p| p.text).collect()
    };
    let per_article: Vec<Vec<String>> = match unit {
        Unit::Files(files) => files
            .par_iter()
            .filter_map(|file| ingest::read_source(file).ok())
            .flat_map_iter(|source| source.articles.into_iter().map(split))
            .collect(),
        Unit::Records(chunk) => chunk
            .lines
            .into_par_iter()
            .filter_map(|line| match line {
                Line::Record(line_no, text) => chunk.parser.parse(line_no, &text)?.ok(),
                Line::Warning(_) => None,
            })
            .map(|parsed| split(ingest::with_dateline(parsed.into_article())))
            .collect(),
    };
    per_article.into_iter().flatten().collect()
}
