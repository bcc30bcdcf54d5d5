#!/usr/bin/env python3
"""Corpora for the benchmark: a replica of the real news at a target size, or a synthetic corpus
when the real news is not on this machine.

  corpus.py replicate SRC DEST MB   copies SRC (a folder of .jsonl and .txt files) into DEST as
                                    copy001/, copy002/ … until DEST holds about MB megabytes;
                                    JSONL ids get a copy prefix and text files get new paths, so
                                    every article has a new id.
  corpus.py synthetic DEST MB       writes news-like articles (JSONL and .txt) using the words,
                                    people and dates the fixed query set asks for.

DEST is left alone when its marker file says it was already made from the same input and size,
so a second benchmark run does not spend minutes copying a gigabyte again.
"""

import json
import os
import random
import shutil
import sys


def tree_size(path):
    total = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files if not f.startswith("."))
    return total


def done_before(dest, key):
    marker = os.path.join(dest, ".made-by-bench")
    return os.path.exists(marker) and open(marker).read() == key


def mark(dest, key):
    with open(os.path.join(dest, ".made-by-bench"), "w") as f:
        f.write(key)


def replicate(src, dest, mb):
    key = f"replicate {os.path.abspath(src)} {mb}"
    if done_before(dest, key):
        print(f"corpus: {dest} already holds the {mb} MB replica", file=sys.stderr)
        return
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    unit = tree_size(src)
    copies = max(1, -(-mb * 1_000_000 // unit))
    for k in range(1, copies + 1):
        prefix = f"copy{k:03d}"
        for root, dirs, files in os.walk(src):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = os.path.relpath(root, src)
            out_dir = os.path.normpath(os.path.join(dest, prefix, rel))
            os.makedirs(out_dir, exist_ok=True)
            for name in sorted(files):
                if name.startswith("."):
                    continue
                src_path = os.path.join(root, name)
                out_path = os.path.join(out_dir, name)
                if name.endswith((".jsonl", ".ndjson")):
                    # Explicit ids would collide across copies: give each its copy's prefix.
                    with open(src_path, encoding="utf-8") as fin, open(
                        out_path, "w", encoding="utf-8"
                    ) as fout:
                        for line in fin:
                            try:
                                rec = json.loads(line)
                            except ValueError:
                                fout.write(line)
                                continue
                            if isinstance(rec, dict) and rec.get("id") not in (None, ""):
                                rec["id"] = f"{prefix}-{rec['id']}"
                            fout.write(json.dumps(rec, ensure_ascii=False) + "\n")
                else:
                    # Text files take their id from their path, which is new in each copy.
                    shutil.copyfile(src_path, out_path)
    mark(dest, key)
    print(f"corpus: {copies} copies of {unit / 1e6:.1f} MB in {dest}", file=sys.stderr)


WORDS = (
    "the of and to in a said that for on is was with by it as at from its be has he have an "
    "are were will would which but not this had been year also new more market prices oil rates "
    "interest bank government minister prime election company shares trade percent billion "
    "million dollar week month official told after over about against crude output exports "
    "analysts expected rise fall higher lower central policy budget tax party vote campaign "
    "talks agreement deal sales profit quarter economy growth inflation reserves temporao"
).split()
PEOPLE = ["Paul Volcker", "Tony Blair", "Reagan", "James Baker", "Nigel Lawson", "Gordon Brown"]


def synthetic(dest, mb):
    key = f"synthetic {mb}"
    if done_before(dest, key):
        print(f"corpus: {dest} already holds the {mb} MB synthetic corpus", file=sys.stderr)
        return
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(os.path.join(dest, "txt"))
    rng = random.Random(6)
    weights = [1.0 / (i + 1) for i in range(len(WORDS))]

    def sentence():
        words = rng.choices(WORDS, weights, k=rng.randint(8, 25))
        if rng.random() < 0.3:
            person = rng.choice(PEOPLE)
            return f'"{" ".join(words).capitalize()}," {person} said.'
        return " ".join(words).capitalize() + "."

    def article():
        paras = [" ".join(sentence() for _ in range(rng.randint(1, 4))) for _ in range(6)]
        year = rng.choice([1987, 2004, 2005])
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", paras

    written, n = 0, 0
    with open(os.path.join(dest, "wire.jsonl"), "w") as wire:
        while written < mb * 1_000_000:
            n += 1
            published, paras = article()
            if n % 3:
                line = json.dumps(
                    {"id": f"syn-{n}", "title": f"Report {n}", "published": published,
                     "text": "\n\n".join(paras)}
                )
                wire.write(line + "\n")
                written += len(line) + 1
            else:
                body = f"Report {n}\n\n" + "\n\n".join(paras) + "\n"
                with open(os.path.join(dest, "txt", f"{n:07d}.txt"), "w") as f:
                    f.write(body)
                written += len(body)
    mark(dest, key)
    print(f"corpus: {n} synthetic articles ({written / 1e6:.1f} MB) in {dest}", file=sys.stderr)


def main(argv):
    if len(argv) == 4 and argv[0] == "replicate":
        replicate(argv[1], argv[2], int(argv[3]))
    elif len(argv) == 3 and argv[0] == "synthetic":
        synthetic(argv[1], int(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
