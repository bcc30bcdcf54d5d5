//! The `whosaid` binary: parses the command line and maps the outcome to an exit status.
//! Everything else lives in the library.

/// mimalloc instead of the system allocator. The tagger makes many small, short-lived
/// allocations (token lists, folded words, candidate names); under glibc's allocator, malloc
/// and free were about 15 % of indexing CPU, and mimalloc alone made indexing the real news
/// about 11 % faster end to end (4.40 against 4.96 s, 3 alternating runs). See: issue 6 and
/// BENCHMARKS.md for its peak RSS.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    whosaid::cli::main()
}
