#!/usr/bin/env bash
# The benchmark: whosaid against the tools people would use instead, in one run, on the same
# corpora, written to BENCHMARKS.md. Runs on a fresh Debian/Ubuntu machine with Rust: it installs
# its peers (sqlite3, ripgrep, hyperfine, GNU time, python3) with apt-get when they are missing.
#
#   scripts/bench.sh            real news + a ~1 GB replica (about 25 minutes on 2 cores)
#   scripts/bench.sh --small    real news only (a few minutes)
#
# Environment:
#   BENCH_WORK     work folder for indexes, databases and the replica (default: $TMPDIR/whosaid-bench);
#                  the 1 GB replica is kept there and reused by the next run
#   BENCH_DATA     the real news (default: ../shared/data/news); when absent, a synthetic corpus
#                  is generated instead, and BENCHMARKS.md says so
#   BENCH_BIG_MB   size of the replica in MB (default 1000)
#   BENCH_OUT      where to write the report (default: BENCHMARKS.md)
#   CARGO_TARGET_DIR  as for cargo (default: target/)
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
small_only=0
for arg in "$@"; do
    case $arg in
        --small) small_only=1 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
    esac
done

work=${BENCH_WORK:-${TMPDIR:-/tmp}/whosaid-bench}
data=${BENCH_DATA:-$root/../shared/data/news}
big_mb=${BENCH_BIG_MB:-1000}
out=${BENCH_OUT:-$root/BENCHMARKS.md}
target=${CARGO_TARGET_DIR:-$root/target}
say() { echo "bench: $*" >&2; }

# --- peers -------------------------------------------------------------------------------
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v python3 >/dev/null || missing+=(python3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y "${missing[@]}" >/dev/null ||
        { $sudo apt-get update >/dev/null && $sudo apt-get install -y "${missing[@]}" >/dev/null; }
fi

# --- build -------------------------------------------------------------------------------
say "building whosaid and the benches (release)"
cargo build --release --quiet
# The bench binaries' names carry a hash: ask cargo where it put them.
bench_exe() {
    # Only the two bench programs: a plain `cargo bench` would also build the unit tests as benches.
    cargo bench --no-run --bench raw_index --bench query --message-format=json --quiet | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == sys.argv[1] and m.get("executable"):
        print(m["executable"])' "$1"
}
raw=$(bench_exe raw_index || true)
query=$(bench_exe query || true)
[ -n "$raw" ] && [ -x "$raw" ] && [ -n "$query" ] && [ -x "$query" ] ||
    { say "cannot build or find the bench binaries (see cargo's errors above)"; exit 2; }

# --- corpora -----------------------------------------------------------------------------
mkdir -p "$work"
if [ -d "$data" ]; then
    small=$data
    small_label="real news ($(basename "$data"): Reuters-21578 JSONL and BBC .txt)"
else
    say "$data is absent: generating a synthetic corpus instead of the real news"
    small=$work/synthetic
    python3 scripts/bench/corpus.py synthetic "$small" 24
    small_label="SYNTHETIC corpus (the real news was absent at $data)"
fi
corpora=(--corpus "small=$small=3=$small_label=noop")
if [ $small_only -eq 0 ]; then
    say "preparing the ${big_mb} MB replica in $work/corpus-big"
    python3 scripts/bench/corpus.py replicate "$small" "$work/corpus-big" "$big_mb"
    corpora+=(--corpus "big=$work/corpus-big=1=the same replicated to about ${big_mb} MB with new ids")
fi

# --- measure and report ------------------------------------------------------------------
python3 scripts/bench/run.py --whosaid "$target/release/whosaid" --raw "$raw" --query "$query" \
    --work "$work" --out "$out" "${corpora[@]}"
say "done: $out"
