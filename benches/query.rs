//! In-process query latency: opens a whosaid index through the library and runs the fixed query
//! set (scripts/bench/queries.tsv) many times, printing p50/p99 per query.
//!
//! ```sh
//! cargo bench --bench query -- --index index/ [--iters 300] [--budget-ms 3000] [--queries FILE] [--breakdown]
//! ```
//!
//! A query runs `--iters` times, or fewer (at least 3) when that would exceed the time budget.
//!
//! Each iteration is what `whosaid search` asks of the engine: top 10 by BM25, the total, actor
//! and speaker facet counts, and snippets of the 10 hits. `--breakdown` also times the stages
//! separately (top 10 alone, + count, + actor and speaker counts) so that a slow query shows where its time goes.
//! One `RESULT` line per query (tab-separated) is for scripts/bench.sh to parse.

use std::path::PathBuf;
use std::time::{Duration, Instant};
use tantivy::collector::{Count, TopDocs};
use whosaid::index::registry::NameTable;
use whosaid::index::schema::PEOPLE_FIELD;
use whosaid::search::counts::{CountBuffers, NameCounts};
use whosaid::search::query::{build_query, Filters};
use whosaid::search::{Engine, SearchRequest};

/// The query set shared with scripts/bench.sh, so the CLI, SQLite and this bench run the same.
const DEFAULT_QUERIES: &str = include_str!("../scripts/bench/queries.tsv");

struct Args {
    index: PathBuf,
    iters: usize,
    queries: Option<PathBuf>,
    breakdown: bool,
    budget: Duration,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        index: std::env::var_os("WHOSAID_INDEX").map_or_else(|| PathBuf::from("index"), Into::into),
        iters: 300,
        queries: None,
        breakdown: false,
        budget: Duration::from_secs(3),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--index" => args.index = value("--index")?.into(),
            "--iters" => {
                args.iters = value("--iters")?.parse().map_err(|e| format!("--iters: {e}"))?
            }
            "--queries" => args.queries = Some(value("--queries")?.into()),
            "--breakdown" => args.breakdown = true,
            "--budget-ms" => {
                let ms: u64 =
                    value("--budget-ms")?.parse().map_err(|e| format!("--budget-ms: {e}"))?;
                args.budget = Duration::from_millis(ms);
            }
            // `cargo bench` passes `--bench` to every bench binary.
            "--bench" => {}
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// One line of the query set.
struct BenchQuery {
    name: String,
    request: SearchRequest,
}

fn parse_queries(text: &str) -> Result<Vec<BenchQuery>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, query, actor, from, to] = cols[..] else {
            return Err(format!("line {}: expected 5 tab-separated columns", n + 1));
        };
        let opt = |s: &str| (s != "-").then(|| s.to_string());
        let date = |s: &str, end: bool| -> Result<_, String> {
            opt(s)
                .map(|d| {
                    whosaid::search::parse_date_arg(&d)
                        .map(|(first, last)| if end { last } else { first })
                })
                .transpose()
        };
        out.push(BenchQuery {
            name: name.to_string(),
            request: SearchRequest {
                query: Some(query.to_string()),
                actors: opt(actor).into_iter().collect(),
                speakers: Vec::new(),
                from: date(from, false)?,
                to: date(to, true)?,
                limit: 10,
            },
        });
    }
    Ok(out)
}

/// Nearest-rank percentile of sorted durations, in microseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1e6
}

/// Runs `f` `warm` times to warm caches, then `iters` times; returns sorted durations.
fn time_it(warm: usize, iters: usize, mut f: impl FnMut()) -> Vec<Duration> {
    for _ in 0..warm {
        f();
    }
    let mut times: Vec<Duration> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times
}

/// Iterations that fit the time budget given one run's duration: a query of seconds (a common
/// word at 1 GB) gets a few runs, a query of microseconds the full count.
fn fitting(iters: usize, budget: Duration, one: Duration) -> (usize, usize) {
    let n = (budget.as_secs_f64() / one.as_secs_f64().max(1e-9)) as usize;
    let n = n.clamp(3, iters.max(3));
    (n.min(5).min(n / 3).max(1), n)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("query bench: {e}");
            std::process::exit(2);
        }
    };
    if !whosaid::index::exists(&args.index) {
        // `cargo bench` with no index around (CI, a fresh checkout) is not a failure.
        eprintln!(
            "query bench: no index at {}; skipped (build one with `whosaid index`, or pass --index)",
            args.index.display()
        );
        return;
    }
    let text = match &args.queries {
        Some(path) => std::fs::read_to_string(path).expect("the --queries file is readable"),
        None => DEFAULT_QUERIES.to_string(),
    };
    let queries = parse_queries(&text).expect("the query set is well-formed");

    // Opening must not scale with the index: time it (open + reader) on its own.
    let opens = time_it(5, 20, || {
        let handle = whosaid::index::open(&args.index).expect("the index opens");
        Engine::new(handle).expect("a reader opens");
    });
    println!(
        "OPEN\tp50_us={:.0}\tp99_us={:.0}",
        percentile(&opens, 50.0),
        percentile(&opens, 99.0)
    );

    let handle = whosaid::index::open(&args.index).expect("the index opens");
    let engine = Engine::new(handle.clone()).expect("a reader opens");
    let searcher = handle.index.reader().expect("a reader opens").searcher();
    let numbers = NameTable::read_committed(&args.index).expect("the names table reads").len();
    println!("# query\tp50_us\tp99_us\ttotal_hits\titerations");
    for q in &queries {
        // The first search after opening pays for loading term dictionaries and postings.
        let first = Instant::now();
        let total = match engine.search(&q.request) {
            Ok(r) => r.total,
            Err(e) => {
                println!("RESULT\t{}\terror: {e}", q.name);
                continue;
            }
        };
        let first = first.elapsed();
        let (warm, iters) = fitting(args.iters, args.budget, first);
        let times = time_it(warm, iters, || {
            engine.search(&q.request).expect("a query that ran once runs again");
        });
        println!(
            "RESULT\t{}\t{:.0}\t{:.0}\t{}\t{}\tfirst_us={:.0}",
            q.name,
            percentile(&times, 50.0),
            percentile(&times, 99.0),
            total,
            iters,
            first.as_secs_f64() * 1e6
        );
        if args.breakdown {
            let resolve = |names: &[String]| -> Vec<Vec<String>> {
                names
                    .iter()
                    .map(|n| engine.resolve(n).expect("the bench's names exist").stored)
                    .collect()
            };
            let filters = Filters {
                actors: resolve(&q.request.actors),
                speakers: Vec::new(),
                from: q.request.from,
                to: q.request.to,
            };
            let f = handle.fields;
            let built = build_query(&handle.index, f, q.request.query.as_deref(), &filters)
                .expect("the query parses");
            let top = || TopDocs::with_limit(10).order_by_score();
            let buffers = CountBuffers::default();
            let stages: [(&str, Vec<Duration>); 3] = [
                (
                    "top10",
                    time_it(warm, iters, || {
                        searcher.search(&*built.query, &top()).expect("search");
                    }),
                ),
                (
                    "top10+count",
                    time_it(warm, iters, || {
                        searcher.search(&*built.query, &(top(), Count)).expect("search");
                    }),
                ),
                (
                    "top10+count+facets",
                    time_it(warm, iters, || {
                        // The counting collectors `Engine::search` uses.
                        let c = (
                            top(),
                            Count,
                            NameCounts::new(PEOPLE_FIELD, 2 * numbers, buffers.clone()),
                        );
                        searcher.search(&*built.query, &c).expect("search");
                    }),
                ),
            ];
            for (stage, times) in &stages {
                println!(
                    "STAGE\t{}\t{stage}\t{:.0}\t{:.0}",
                    q.name,
                    percentile(times, 50.0),
                    percentile(times, 99.0)
                );
            }
        }
    }
}
