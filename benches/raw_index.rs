//! Raw tantivy indexing of the passages whosaid would index, without enrichment: the ceiling
//! that whosaid's end-to-end indexing is measured against.
//!
//! ```sh
//! cargo bench --bench raw_index -- [--heap MB] [--out DIR] PATH...
//! ```
//!
//! Reads the corpus with whosaid's own ingest (same formats, cleaning and ids) and splits it
//! with `split_body`, in parallel batches as `whosaid index` does, then writes one document per
//! passage into a minimal schema: the text, indexed with the same `en_stem` tokenizer and
//! positions, and stored (a search tool must show what it found). No dates, people, facets or
//! bookkeeping documents. Throughput is over the corpus bytes on disk, the same denominator
//! scripts/bench.sh uses for whosaid and SQLite. The `RESULT` line is for the script to parse.

use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, IndexWriter, TantivyDocument};
use whosaid::ingest;

/// Same batching as `whosaid index`, so memory in flight and parallelism match.
const FILES_PER_BATCH: usize = 256;
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
    for batch in files.chunks(FILES_PER_BATCH) {
        let t = Instant::now();
        let texts: Vec<Vec<String>> = batch
            .par_iter()
            .filter_map(|file| ingest::read_source(file).ok())
            .flat_map(|source| source.articles)
            .map(|article| {
                whosaid::split::split_body(&article.body).into_iter().map(|p| p.text).collect()
            })
            .collect();
        prepare_secs += t.elapsed().as_secs_f64();
        for passage in texts.into_iter().flatten() {
            passage_bytes += passage.len();
            passages += 1;
            let mut doc = TantivyDocument::new();
            doc.add_text(text, passage);
            writer.add_document(doc).expect("the writer takes a document");
        }
    }
    writer.commit().expect("the index commits");
    writer.wait_merging_threads().expect("merges finish");
    let secs = started.elapsed().as_secs_f64();
    let mb = input_bytes as f64 / 1e6;
    eprintln!(
        "raw tantivy: {passages} passages ({:.1} MB of text) from {mb:.1} MB of files in {secs:.2} s \
         ({:.1} MB/s, {threads} indexing threads, {} MB heap; read+split {prepare_secs:.2} s on the main thread)",
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
