#!/usr/bin/env python3
"""Loads whosaid's passages (`whosaid export` NDJSON) into a SQLite FTS5 table, the peer a user
would reach for: the same passage texts, stemmed like whosaid (porter), with the title and date
span beside them and the actors and speakers in a side table for facet GROUP BYs.

  sqlite_load.py EXPORT.ndjson DB

Only SQLite's own work is timed (inserts, the side table's indexes, the commit): the NDJSON is
parsed in chunks outside the clock, so Python's JSON parsing is not charged to SQLite. Prints one
JSON object: seconds, passages, passage_bytes.
"""

import json
import os
import sqlite3
import sys
import time

CHUNK = 20_000

SCHEMA = """
CREATE VIRTUAL TABLE p USING fts5(
    text, title UNINDEXED, date_start UNINDEXED, date_end UNINDEXED,
    tokenize = 'porter unicode61'
);
CREATE TABLE people (pid INTEGER NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX people_by_pid ON people (pid, role, name);
CREATE INDEX people_by_name ON people (role, name, pid);
"""


def main(export, db):
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db, isolation_level=None)
    # A bulk load into a fresh file: the usual settings anyone loading SQLite would use.
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.executescript(SCHEMA)
    timed = 0.0
    passages = 0
    passage_bytes = 0
    con.execute("BEGIN")
    with open(export, encoding="utf-8") as f:
        while True:
            lines = [line for _, line in zip(range(CHUNK), f)]
            if not lines:
                break
            rows, people = [], []
            for line in lines:
                h = json.loads(line)
                passages += 1
                pid = passages
                date = h.get("date") or {}
                text = h["text"]
                passage_bytes += len(text.encode())
                rows.append((pid, text, h["article"].get("title"), date.get("start"), date.get("end")))
                people.extend((pid, "a", n) for n in h.get("actors", []))
                people.extend((pid, "s", n) for n in h.get("speakers", []))
            t = time.perf_counter()
            con.executemany(
                "INSERT INTO p (rowid, text, title, date_start, date_end) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            con.executemany("INSERT INTO people (pid, role, name) VALUES (?, ?, ?)", people)
            timed += time.perf_counter() - t
    t = time.perf_counter()
    # One statement at a time: executescript would commit the open transaction first.
    for statement in filter(str.strip, INDEXES.split(";")):
        con.execute(statement)
    con.execute("COMMIT")
    con.close()
    timed += time.perf_counter() - t
    print(json.dumps({"seconds": timed, "passages": passages, "passage_bytes": passage_bytes}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
