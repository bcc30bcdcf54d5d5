#!/usr/bin/env python3
"""Runs every measurement of the benchmark and writes BENCHMARKS.md; scripts/bench.sh calls it
after installing the peers, building, and preparing the corpora.

Per corpus, in one run: whosaid index (time, size, peak RSS), raw tantivy indexing (the
raw_index bench), a SQLite FTS5 load of the same passages, then the fixed query set through
whosaid as a CLI process (hyperfine), whosaid in-process (the query bench), the sqlite3 CLI
(bm25 top 10 + snippets + actor and speaker GROUP BYs) and `rg -c` over the corpus files. On the
real news, also a no-op re-index. Raw results go to WORK/results.json, so the report can be
rewritten without measuring again (`run.py --report-only ...`).
"""

import argparse
import calendar
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def corpus_bytes(path):
    """Bytes of the files whosaid reads (and rg searches): hidden entries skipped."""
    total = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        total += sum(
            os.path.getsize(os.path.join(root, f))
            for f in files
            if not f.startswith(".") and f.rsplit(".", 1)[-1] in ("txt", "md", "jsonl", "ndjson", "html", "htm")
        )
    return total


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak RSS bytes, stdout text or None)."""
    with open(os.devnull, "w") if stdout is subprocess.DEVNULL else open(stdout, "w") as out:
        start = time.perf_counter()
        p = subprocess.run(
            ["/usr/bin/time", "-v"] + cmd, stdout=out, stderr=subprocess.PIPE, text=True
        )
        wall = time.perf_counter() - start
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    if p.returncode not in (0, 1):
        log(f"{shlex.join(cmd)} exited with {p.returncode}:\n{p.stderr[-2000:]}")
    return wall, int(m.group(1)) * 1024 if m else None, p.stderr


def run_capture(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        log(f"{shlex.join(cmd)} exited with {p.returncode}:\n{p.stderr[-2000:]}")
    return p.stdout, p.stderr


def hyperfine(cmd, work, tag, min_runs, max_runs):
    """Median seconds of a whole process, by hyperfine without a shell in between."""
    out = os.path.join(work, f"hf-{tag}.json")
    subprocess.run(
        ["hyperfine", "-N", "-i", "--style", "none", "--warmup", "1",
         "--min-runs", str(min_runs), "--max-runs", str(max_runs), "--export-json", out,
         shlex.join(cmd)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
    )
    r = json.load(open(out))["results"][0]
    return {"median": r["median"], "runs": len(r["times"]), "stddev": r.get("stddev")}


# A query plan that walks millions of matches (SQLite on a common word joined to a person) ran
# for minutes at 1 GB: one probe run first, and no repeats past this.
SQLITE_TIMEOUT_S = 30


def sqlite_query(db, q, work, tag, min_runs, max_runs):
    cmd = ["sqlite3", db, sql_for(q)]
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=SQLITE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"median": None, "runs": 0, "timed_out": SQLITE_TIMEOUT_S}
    return hyperfine(cmd, work, tag, min_runs, max_runs)


def read_queries():
    queries = []
    for line in open(os.path.join(HERE, "queries.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        name, query, actor, start, end = line.rstrip("\n").split("\t")
        opt = lambda s: None if s == "-" else s
        queries.append({"name": name, "query": query, "actor": opt(actor), "from": opt(start), "to": opt(end)})
    return queries


def day_range(value):
    """First and last day of YYYY, YYYY-MM or YYYY-MM-DD, as whosaid reads --from/--to."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return value, value


def whosaid_cmd(bin_, index, q):
    cmd = [bin_, "--index", index, "-q", "search", q["query"]]
    if q["actor"]:
        cmd += ["--actor", q["actor"]]
    if q["from"]:
        cmd += ["--from", q["from"]]
    if q["to"]:
        cmd += ["--to", q["to"]]
    return cmd


def sql_for(q):
    """What `whosaid search` does, in SQLite: the total, the 10 best by bm25 with a snippet,
    and the 20 most frequent actors and speakers among all matches."""
    lit = lambda s: "'" + s.replace("'", "''") + "'"
    where = f"p MATCH {lit(q['query'])}"
    if q["actor"]:
        where += f" AND rowid IN (SELECT pid FROM people WHERE role = 'a' AND name = {lit(q['actor'])})"
    if q["from"]:
        where += f" AND date_end >= {lit(day_range(q['from'])[0])}"
    if q["to"]:
        where += f" AND date_start <= {lit(day_range(q['to'])[1])}"
    facet = lambda role: (
        f"SELECT name, count(*) AS c FROM m CROSS JOIN people ON people.pid = m.id "
        f"AND people.role = '{role}' GROUP BY name ORDER BY c DESC, name LIMIT 20;"
    )
    return (
        "CREATE TEMP TABLE m (id INTEGER PRIMARY KEY);"
        f"INSERT INTO m SELECT rowid FROM p WHERE {where};"
        "SELECT count(*) FROM m;"
        f"SELECT rowid, bm25(p), title, snippet(p, 0, '**', '**', '…', 24) FROM p WHERE {where} "
        "ORDER BY bm25(p) LIMIT 10;" + facet("a") + facet("s")
    )


def rg_cmd(q, corpus):
    """`rg -c` for the query's words (either word; a phrase as one pattern), case-insensitive,
    whole words: the least a user would run to find the passages by hand."""
    cmd = ["rg", "-c", "-i", "-w"]
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', q["query"]):
        pattern = r"\s+".join(map(re.escape, phrase.split())) if phrase else re.escape(word)
        cmd += ["-e", pattern]
    return cmd + [corpus]


def median_of(values):
    return statistics.median(values) if values else None


def measure_corpus(c, args, queries):
    name, path, repeats = c["name"], c["path"], c["repeats"]
    # Never inside the corpus: rg and the indexers would read the indexes and databases too.
    work = os.path.join(args.work, f"run-{name}")
    os.makedirs(work, exist_ok=True)
    res = {"name": name, "label": c["label"], "path": path, "bytes": corpus_bytes(path), "repeats": repeats}
    # Others' work on a shared machine skews every figure: record how busy it was.
    res["load_before"] = os.getloadavg()
    index = os.path.join(work, "index")

    log(f"[{name}] whosaid index × {repeats}")
    runs = []
    for _ in range(repeats):
        wall, rss, err = timed([args.whosaid, "--index", index, "index", "--rebuild", path])
        runs.append((wall, rss))
        m = re.search(r"(\d+) passages written", err)
        res["passages"] = int(m.group(1)) if m else None
    res["whosaid_index"] = {
        "seconds": median_of([r[0] for r in runs]), "all": [r[0] for r in runs],
        "peak_rss": max(r[1] or 0 for r in runs), "index_bytes": du(index),
    }

    log(f"[{name}] raw tantivy × {repeats}")
    raw_runs = []
    for _ in range(repeats):
        raw_out = os.path.join(work, "raw-index")
        shutil.rmtree(raw_out, ignore_errors=True)
        wall, rss, err = timed([args.raw, "--out", raw_out, path], stdout=os.path.join(work, "raw.out"))
        line = [l for l in open(os.path.join(work, "raw.out")) if l.startswith("RESULT")]
        kv = dict(f.split("=", 1) for f in line[-1].split("\t")[1:]) if line else {}
        raw_runs.append({"seconds": float(kv.get("seconds", "nan")), "peak_rss": rss,
                         "index_bytes": int(kv.get("index_bytes", 0)), "passages": int(kv.get("passages", 0))})
        shutil.rmtree(raw_out, ignore_errors=True)
    res["raw_index"] = {
        "seconds": median_of([r["seconds"] for r in raw_runs]), "all": [r["seconds"] for r in raw_runs],
        "peak_rss": max(r["peak_rss"] or 0 for r in raw_runs), "index_bytes": raw_runs[-1]["index_bytes"],
        "passages": raw_runs[-1]["passages"],
    }

    log(f"[{name}] whosaid export → SQLite FTS5 × {repeats}")
    export = os.path.join(work, "export.ndjson")
    wall, _, _ = timed([args.whosaid, "--index", index, "export"], stdout=export)
    res["export_seconds"] = wall
    db = os.path.join(work, "fts.db")
    sq_runs = []
    for _ in range(repeats):
        wall, rss, _ = timed([sys.executable, os.path.join(HERE, "sqlite_load.py"), export, db],
                             stdout=os.path.join(work, "sqlite.out"))
        out = json.load(open(os.path.join(work, "sqlite.out")))
        sq_runs.append({"seconds": out["seconds"], "wall": wall, "peak_rss": rss, "passages": out["passages"]})
    os.remove(export)
    res["sqlite_load"] = {
        "seconds": median_of([r["seconds"] for r in sq_runs]), "all": [r["seconds"] for r in sq_runs],
        "wall": median_of([r["wall"] for r in sq_runs]), "peak_rss": max(r["peak_rss"] or 0 for r in sq_runs),
        "index_bytes": du(db), "passages": sq_runs[-1]["passages"],
    }

    # The indexes and the database just written are still going to disk; queries timed during
    # that writeback ran up to a quarter slower (whosaid and the peers alike).
    os.sync()
    log(f"[{name}] in-process query bench")
    out, _ = run_capture([args.query, "--index", index, "--iters", str(args.iters),
                          "--budget-ms", str(args.budget_ms), "--breakdown"])
    inproc, stages, open_ = {}, {}, None
    for line in out.splitlines():
        f = line.split("\t")
        if f[0] == "OPEN":
            open_ = {k: float(v) for k, v in (x.split("=") for x in f[1:])}
        elif f[0] == "RESULT" and len(f) >= 6:
            inproc[f[1]] = {"p50_us": float(f[2]), "p99_us": float(f[3]), "hits": int(f[4]),
                            "iters": int(f[5]), "first_us": float(f[6].split("=")[1])}
        elif f[0] == "STAGE":
            stages.setdefault(f[1], {})[f[2]] = {"p50_us": float(f[3]), "p99_us": float(f[4])}
    res["open"] = open_

    # A common word at 1 GB takes seconds a run: fewer runs where indexing is not repeated either.
    min_runs, max_runs = (args.min_runs, args.max_runs) if repeats > 1 else (3, 10)
    log(f"[{name}] whole-process queries: whosaid, sqlite3, rg -c")
    res["queries"] = []
    for q in queries:
        tag = f"{name}-{q['name']}"
        row = {"name": q["name"], "query": q["query"], "actor": q["actor"], "from": q["from"], "to": q["to"]}
        row["inproc"] = inproc.get(q["name"])
        row["stages"] = stages.get(q["name"])
        # whosaid's runs take milliseconds: the full count of runs even where the peers get few.
        row["whosaid"] = hyperfine(whosaid_cmd(args.whosaid, index, q), work, f"w-{tag}",
                                   args.min_runs, args.max_runs)
        row["sqlite"] = sqlite_query(db, q, work, f"s-{tag}", min_runs, max_runs)
        if row["sqlite"].get("timed_out"):
            res.setdefault("notes", []).append(
                f"`{q['query']}`{' --actor ' + q['actor'] if q['actor'] else ''} through `sqlite3` did not finish "
                f"within {row['sqlite']['timed_out']:.0f} s (one run, stopped); the table shows it as more than that.")
        # rg cannot filter by person or date; it runs once per distinct text query.
        if not q["actor"] and not q["from"] and not q["to"]:
            row["rg"] = hyperfine(rg_cmd(q, path), work, f"r-{tag}", min_runs, max_runs)
        sq = row["sqlite"]
        log(f"[{name}] {q['name']}: whosaid {row['whosaid']['median'] * 1e3:.1f} ms, "
            + (f"sqlite3 > {sq['timed_out']} s (stopped)" if sq.get("timed_out") else f"sqlite3 {sq['median'] * 1e3:.1f} ms")
            + (f", rg {row['rg']['median'] * 1e3:.1f} ms" if "rg" in row else ""))
        res["queries"].append(row)

    res["load_after_queries"] = os.getloadavg()
    if c.get("noop"):
        log(f"[{name}] no-op re-index")
        res["noop"] = hyperfine([args.whosaid, "--index", index, "-q", "index", path], work,
                                f"noop-{name}", 3, 10)
        _, rss, _ = timed([args.whosaid, "--index", index, "-q", "index", path])
        res["noop"]["peak_rss"] = rss
    return res


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = int(line.split()[1]) * 1024
    version = lambda cmd: subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.split("\n")[0].strip()
    rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(), "ram_gb": mem / 2**30, "cpu": cpu, "kernel": platform.release(),
        "commit": rev + (" (with uncommitted changes)" if dirty else ""),
        "rustc": version(["rustc", "--version"]), "sqlite3": " ".join(version(["sqlite3", "--version"]).split()[:1]),
        "rg": version(["rg", "--version"]), "hyperfine": version(["hyperfine", "--version"]),
    }


# ---------------------------------------------------------------- report

def ms(s):
    return "—" if s is None else (f"{s * 1e3:.1f}" if s * 1e3 < 100 else f"{s * 1e3:.0f}")


def mbs(n):
    return f"{n / 1e6:.1f} MB" if n < 1e9 else f"{n / 1e9:.2f} GB"


def ratio(a, b):
    return "—" if not a or not b else f"{a / b:.2f}×" if a / b < 10 else f"{a / b:.0f}×"


def report(results, args):
    m = results["machine"]
    L = []
    w = L.append
    w("# Benchmarks")
    w("")
    w("Written by `scripts/bench.sh` (see the README); every peer is measured in the same run, on the")
    w("same corpus and machine. Whole-process times are hyperfine medians (no shell in between, one")
    w("warm-up run, warm page cache); in-process times are percentiles over repeated runs of the")
    w("`query` bench. Ratios are peer time ÷ whosaid time for queries (above 1× whosaid is faster)")
    w("and whosaid throughput ÷ peer throughput for indexing.")
    w("")
    w(f"- **Date**: {m['date']}; whosaid commit {m['commit']}; {m['rustc']}")
    w(f"- **Machine**: {m['nproc']} cores (`nproc`), {m['ram_gb']:.1f} GiB RAM, {m['cpu']}, Linux {m['kernel']}")
    w(f"- **Peers**: SQLite {m['sqlite3']} (FTS5, `sqlite3` CLI), {m['rg']}, {m['hyperfine']}")
    for c in results["corpora"]:
        w(f"- **Corpus `{c['name']}`**: {c['label']}: {mbs(c['bytes'])} of files, {c.get('passages') or '?'} passages "
          f"(indexing repeated {c['repeats']}×, median shown)")
    w("")

    # Targets
    w("## Targets (issue 6)")
    w("")
    w("| target | measured | met |")
    w("|---|---|---|")
    big = results["corpora"][-1]
    small = results["corpora"][0]
    for c in [big]:
        q = next((q for q in c["queries"] if q["name"] == args.target_query), None)
        if q:
            r = q["sqlite"]["median"] / q["whosaid"]["median"]
            w(f"| 2-term query (`{q['query']}`), top 10 + facets + snippets, CLI ≥ 10× faster than SQLite FTS5 ({c['name']}) "
              f"| {ms(q['whosaid']['median'])} ms vs {ms(q['sqlite']['median'])} ms = {r:.2f}× | {'yes' if r >= 10 else 'no'} |")
            if "rg" in q:
                r = q["rg"]["median"] / q["whosaid"]["median"]
                w(f"| same, ≥ 100× faster than `rg -c` ({c['name']}) | {ms(q['whosaid']['median'])} ms vs {ms(q['rg']['median'])} ms = {r:.1f}× "
                  f"| {'yes' if r >= 100 else 'no'} |")
            if q["inproc"]:
                p50 = q["inproc"]["p50_us"] / 1e3
                w(f"| same, in-process p50 ≤ 1 ms ({c['name']}) | {p50:.2f} ms (p99 {q['inproc']['p99_us'] / 1e3:.2f} ms) | {'yes' if p50 <= 1 else 'no'} |")
        worst = max(c["queries"], key=lambda q: q["whosaid"]["median"])
        w(f"| (for reference) slowest query of the set, CLI ({c['name']}) | `{worst['query']}`: {ms(worst['whosaid']['median'])} ms "
          f"vs SQLite {ms(worst['sqlite']['median'])} ms | — |")
    for c in results["corpora"]:
        wi, raw, sq = c["whosaid_index"], c["raw_index"], c["sqlite_load"]
        r = raw["seconds"] / wi["seconds"]
        w(f"| indexing ≥ 0.5× raw tantivy throughput ({c['name']}) | {c['bytes'] / wi['seconds'] / 1e6:.1f} vs "
          f"{c['bytes'] / raw['seconds'] / 1e6:.1f} MB/s = {r:.2f}× | {'yes' if r >= 0.5 else 'no'} |")
        r = sq["seconds"] / wi["seconds"]
        w(f"| indexing ≥ 2× SQLite FTS5 insert throughput ({c['name']}) | {c['bytes'] / wi['seconds'] / 1e6:.1f} vs "
          f"{c['bytes'] / sq['seconds'] / 1e6:.1f} MB/s = {r:.2f}× | {'yes' if r >= 2 else 'no'} |")
    heap = args.heap_mb * 1e6
    rss = big["whosaid_index"]["peak_rss"]
    w(f"| peak RSS ≤ writer heap + 150 MB ({big['name']}) | {mbs(rss)} vs {args.heap_mb} + 150 = {args.heap_mb + 150} MB "
      f"| {'yes' if rss <= heap + 150e6 else 'no'} |")
    for c in results["corpora"]:
        if "noop" in c:
            s = c["noop"]["median"]
            w(f"| no-op re-index ≤ 2 s ({c['name']}) | {s:.2f} s | {'yes' if s <= 2 else 'no'} |")
    w("")

    for c in results["corpora"]:
        w(f"## Indexing: {c['label']}")
        w("")
        if c.get("load_before"):
            w(f"Load average (1, 5, 15 min) when this corpus started: {', '.join(f'{x:.1f}' for x in c['load_before'])}; "
              f"after its queries: {', '.join(f'{x:.1f}' for x in c.get('load_after_queries', []))} "
              f"(on {m['nproc']} cores; above {m['nproc']} other processes were competing for the CPU).")
            w("")
        mb = c["bytes"] / 1e6
        wi, raw, sq = c["whosaid_index"], c["raw_index"], c["sqlite_load"]
        w("| what | seconds (median) | MB/s of corpus | whosaid ÷ peer throughput | index size | peak RSS |")
        w("|---|---|---|---|---|---|")
        w(f"| whosaid index (read, split, enrich, write; end to end) | {wi['seconds']:.2f} | {mb / wi['seconds']:.1f} | — | {mbs(wi['index_bytes'])} | {mbs(wi['peak_rss'])} |")
        w(f"| raw tantivy (`raw_index` bench: read, split, text only) | {raw['seconds']:.2f} | {mb / raw['seconds']:.1f} | {raw['seconds'] / wi['seconds']:.2f}× | {mbs(raw['index_bytes'])} | {mbs(raw['peak_rss'])} |")
        w(f"| SQLite FTS5 inserts (already split passages, from `whosaid export`) | {sq['seconds']:.2f} | {mb / sq['seconds']:.1f} | {sq['seconds'] / wi['seconds']:.2f}× | {mbs(sq['index_bytes'])} | {mbs(sq['peak_rss'])} |")
        w("")
        w(f"All runs (s): whosaid {', '.join(f'{x:.2f}' for x in wi['all'])}; raw tantivy "
          f"{', '.join(f'{x:.2f}' for x in raw['all'])}; SQLite {', '.join(f'{x:.2f}' for x in sq['all'])}. "
          f"Passages: whosaid {c.get('passages')}, raw {raw['passages']}, SQLite {sq['passages']}. "
          + (f"`whosaid export` of the index took {c['export_seconds']:.1f} s." if c.get("export_seconds") else ""))
        for note in c.get("notes", []):
            w(f"**Note:** {note}")
        if c.get("open"):
            w(f"Opening the index (index::open + Engine::new, in-process): p50 {c['open']['p50_us'] / 1e3:.2f} ms, "
              f"p99 {c['open']['p99_us'] / 1e3:.2f} ms.")
        if "noop" in c:
            w(f"No-op re-index (nothing changed): {c['noop']['median']:.2f} s median of {c['noop']['runs']}, "
              f"peak RSS {mbs(c['noop']['peak_rss'] or 0)}.")
        w("")

        w(f"## Queries: {c['label']}")
        w("")
        w("Milliseconds. whosaid and sqlite3 print the total, the 10 best passages with snippets, and the")
        w("20 most frequent actors and speakers; `rg -c` only counts matching lines per file, with no")
        w("ranking, no AND, and no person or date filter (so it runs only for the plain text queries).")
        w("")
        w("| query | hits | whosaid CLI | in-process p50 / p99 | sqlite3 CLI | SQLite ÷ whosaid | rg -c | rg ÷ whosaid |")
        w("|---|---|---|---|---|---|---|---|")
        for q in c["queries"]:
            label = f"`{q['query']}`"
            if q["actor"]:
                label += f" --actor {q['actor']}"
            if q["from"]:
                label += f" --from {q['from']}"
            if q["to"]:
                label += f" --to {q['to']}"
            ip = q["inproc"]
            ip_s = f"{ip['p50_us'] / 1e3:.2f} / {ip['p99_us'] / 1e3:.2f}" if ip else "—"
            wm, sm = q["whosaid"]["median"], q["sqlite"]["median"]
            rg = q.get("rg", {}).get("median")
            t = q["sqlite"].get("timed_out")
            sm_s, sr_s = (f"> {t * 1e3:.0f}", f"> {t / wm:.0f}×") if t else (ms(sm), ratio(sm, wm))
            w(f"| {label} | {ip['hits'] if ip else '?'} | {ms(wm)} | {ip_s} | {sm_s} | {sr_s} | {ms(rg)} | {ratio(rg, wm)} |")
        w("")
        if any(q["stages"] for q in c["queries"]):
            w("Where the in-process time goes (p50, ms; each stage is a separate run of the same query):")
            w("")
            w("| query | top 10 | + count | + actor & speaker counts (`NameCounts`) | full `Engine::search` (+ name links, snippets, stored docs) |")
            w("|---|---|---|---|---|")
            for q in c["queries"]:
                s = q["stages"]
                if not s:
                    continue
                full = q["inproc"]["p50_us"] / 1e3 if q["inproc"] else None
                w(f"| `{q['query']}`{' (filtered)' if q['actor'] or q['from'] or q['to'] else ''} | "
                  f"{s['top10']['p50_us'] / 1e3:.2f} | {s['top10+count']['p50_us'] / 1e3:.2f} | "
                  f"{s['top10+count+facets']['p50_us'] / 1e3:.2f} | {full:.2f} |")
            w("")
    notes = os.path.join(HERE, "notes.md")
    if os.path.exists(notes):
        # Diagnoses are written by people, not measured: kept beside the script, appended as is.
        L.append(open(notes, encoding="utf-8").read())
    w("## How these were measured")
    w("")
    w("- `whosaid index --rebuild CORPUS` under `/usr/bin/time -v` (wall time, peak RSS), default writer heap")
    w(f"  ({args.heap_mb} MB). Raw tantivy: `benches/raw_index.rs`, the same ingest and `split_body`, one stored")
    w("  `en_stem` text field with positions, same heap, thread count and allocator (mimalloc). SQLite: `scripts/bench/sqlite_load.py`")
    w("  inserts `whosaid export`'s passages into an FTS5 table (porter stemmer, title and date span UNINDEXED)")
    w("  and actors/speakers into an indexed side table, in one transaction with journal and sync off; only")
    w("  SQLite's work is timed (SQLite gets passages already split, whosaid reads and splits the files itself).")
    w("- Queries: `scripts/bench/queries.tsv`. whosaid: `whosaid -q search QUERY [--actor A] [--from D] [--to D]`.")
    w("  SQLite: one `sqlite3 DB SQL` process: matches into a temp table, their count, `bm25()` top 10 with")
    w("  `snippet()`, and a `GROUP BY` over the side table for actors and for speakers (top 20 each).")
    w("  `rg -c -i -w -e WORD ... CORPUS` (a phrase as one `\\s+`-joined pattern).")
    w("- In-process: `benches/query.rs` opens the index through the library and calls `Engine::search` (limit 10)")
    w(f"  up to {args.iters} times per query within a {args.budget_ms / 1000:.0f} s budget (at least 3), after warm-up.")
    w("- Raw figures: `results.json` in the work folder.")
    w("")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--whosaid", required=True)
    ap.add_argument("--raw", required=True)
    ap.add_argument("--query", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--corpus", action="append", default=[],
                    help="NAME=PATH=REPEATS=LABEL[=noop]")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--budget-ms", type=int, default=3000)
    ap.add_argument("--min-runs", type=int, default=5)
    ap.add_argument("--max-runs", type=int, default=30)
    ap.add_argument("--heap-mb", type=int, default=256)
    ap.add_argument("--target-query", default="oil-prices")
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args()
    results_path = os.path.join(args.work, "results.json")
    if args.report_only:
        results = json.load(open(results_path))
    else:
        queries = read_queries()
        results = {"machine": machine(), "corpora": []}
        for spec in args.corpus:
            parts = spec.split("=")
            c = {"name": parts[0], "path": parts[1], "repeats": int(parts[2]), "label": parts[3],
                 "noop": len(parts) > 4 and parts[4] == "noop"}
            results["corpora"].append(measure_corpus(c, args, queries))
            json.dump(results, open(results_path, "w"), indent=1)
    with open(args.out, "w") as f:
        f.write(report(results, args))
    log(f"wrote {args.out} (raw figures in {results_path})")


if __name__ == "__main__":
    main()
