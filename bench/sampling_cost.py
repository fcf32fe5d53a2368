"""Sampling cost: does a 1,000,000-row table cost about what a 10,000-row table costs?

Builds a 10,000-row and a 1,000,000-row table in SQLite (a temporary file),
in PostgreSQL (a throw-away schema in database ``test`` on 127.0.0.1) and in
MariaDB (a throw-away database on 127.0.0.1), all dropped afterwards; samples
each through ``DatabaseSource`` with sample_size=1000 and prints the median
time of a few runs and the ratio big/small per dialect (target: < 2).

PostgreSQL is measured with statistics (after ANALYZE, the usual state) and
without (freshly loaded: the row count is estimated from a page probe).
MariaDB with an integer primary key (random keys) and without a key, where
``RAND(seed) < p`` is a streaming scan: that ratio is expected to be large.

    .venv/bin/python bench/sampling_cost.py [--runs 5] [--skip-postgresql] [--skip-mariadb]

Timings are printed, never asserted (DESIGN.md: no timed assertions in tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanner.sources.database import DatabaseSource  # noqa: E402

SIZES = {"small": 10_000, "big": 1_000_000}
SAMPLE_SIZE = 1000
PG = "host=127.0.0.1 port=5432 dbname=test user=postgres"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def rows(n: int):
    """Synthetic rows: nothing here is a real identifier."""
    born = dt.date(1950, 1, 1)
    for i in range(1, n + 1):
        yield (i, f"Kund {i}", f"kund{i}@example.com", 10**11 + i, (born + dt.timedelta(days=i % 20_000)).isoformat())


def time_sampling(url: str, table: str, schema: str | None, runs: int) -> tuple[float, int]:
    include = (f"{schema}.{table}",) if schema else (table,)
    times, rows_read = [], 0
    for i in range(runs + 1):
        with DatabaseSource(url, include=include, sample_size=SAMPLE_SIZE) as src:
            t0 = time.perf_counter()
            samples = list(src.samples())
            elapsed = time.perf_counter() - t0
        assert all(len(s.values) == SAMPLE_SIZE for s in samples), [getattr(s, "error", None) for s in samples]
        if i:  # the first run warms caches and the connection
            times.append(elapsed)
        rows_read = src.stats["rows_read"]
    return statistics.median(times), rows_read


def report(label: str, results: dict[str, tuple[float, int]]) -> None:
    (ts, rs), (tb, rb) = results["small"], results["big"]
    print(f"{label:<28} 10k: {ts * 1000:7.1f} ms ({rs} rows read)   1M: {tb * 1000:7.1f} ms ({rb} rows read)"
          f"   ratio {tb / ts:4.2f}", flush=True)


def bench_sqlite(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        db = sqlite3.connect(path)
        t0 = time.perf_counter()
        for label, n in SIZES.items():
            db.execute(f"CREATE TABLE kunder_{label} (id INTEGER PRIMARY KEY, namn TEXT, epost TEXT,"
                       " personnr INTEGER, fodd DATE)")  # bench-owned names
            db.executemany(f"INSERT INTO kunder_{label} VALUES (?, ?, ?, ?, ?)", rows(n))
        db.commit()
        db.close()
        print(f"sqlite: loaded in {time.perf_counter() - t0:.1f} s", flush=True)
        url = f"sqlite:///{path}"
        report("sqlite (rowid keys)", {label: time_sampling(url, f"kunder_{label}", None, runs) for label in SIZES})


def bench_postgresql(runs: int) -> None:
    import psycopg
    from psycopg import sql

    schema = f"nordpii_bench_{secrets.token_hex(3)}"
    with psycopg.connect(PG, autocommit=True, connect_timeout=3) as conn:
        try:
            t0 = time.perf_counter()
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
            for label, n in SIZES.items():
                for suffix in ("", "_nostats"):
                    name = sql.Identifier(schema, f"kunder_{label}{suffix}")
                    conn.execute(sql.SQL("CREATE TABLE {} (id integer PRIMARY KEY, namn text, epost text,"
                                         " personnr bigint, fodd date) WITH (autovacuum_enabled = false)")
                                 .format(name))
                    with conn.cursor().copy(sql.SQL("COPY {} FROM STDIN").format(name)) as copy:
                        for row in rows(n):
                            copy.write_row(row)
                    if not suffix:
                        conn.execute(sql.SQL("ANALYZE {}").format(name))
            print(f"postgresql: loaded in {time.perf_counter() - t0:.1f} s", flush=True)
            report("postgresql (tablesample)",
                   {label: time_sampling(PG_URL, f"kunder_{label}", schema, runs) for label in SIZES})
            report("postgresql, no statistics",
                   {label: time_sampling(PG_URL, f"kunder_{label}_nostats", schema, runs) for label in SIZES})
        finally:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def bench_mariadb(runs: int) -> None:
    import pymysql

    database = f"nordpii_bench_{secrets.token_hex(3)}"  # bench-owned names below: [a-z0-9_]
    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", connect_timeout=3)
    try:
        with conn.cursor() as cur:
            t0 = time.perf_counter()
            cur.execute(f"CREATE DATABASE {database} CHARACTER SET utf8mb4")
            cur.execute(f"USE {database}")
            for label, n in SIZES.items():
                for suffix, key in (("", " PRIMARY KEY"), ("_nokey", "")):
                    name = f"kunder_{label}{suffix}"
                    cur.execute(f"CREATE TABLE {name} (id integer{key}, namn text, epost text, personnr bigint,"
                                " fodd date)")
                    batch = []
                    for row in rows(n):
                        batch.append(row)
                        if len(batch) == 20_000:
                            cur.executemany(f"INSERT INTO {name} VALUES (%s, %s, %s, %s, %s)", batch)
                            batch = []
                    if batch:
                        cur.executemany(f"INSERT INTO {name} VALUES (%s, %s, %s, %s, %s)", batch)
                    conn.commit()
                    cur.execute(f"ANALYZE TABLE {name}")
                    cur.fetchall()
            print(f"mariadb: loaded in {time.perf_counter() - t0:.1f} s", flush=True)
        url = f"mysql+pymysql://root@127.0.0.1:3306/{database}"
        report("mariadb (primary-key keys)", {label: time_sampling(url, f"kunder_{label}", None, runs) for label in SIZES})
        # Documented: without an integer key MySQL/MariaDB have no block
        # sampling, so RAND(seed) < p streams through the table (no sort).
        report("mariadb, no key (RAND scan)",
               {label: time_sampling(url, f"kunder_{label}_nokey", None, runs) for label in SIZES})
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {database}")
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-postgresql", action="store_true")
    parser.add_argument("--skip-mariadb", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    print(f"sample_size={SAMPLE_SIZE}, median of {args.runs} runs; target ratio 1M/10k < 2", flush=True)
    bench_sqlite(args.runs)
    if not args.skip_postgresql:
        bench_postgresql(args.runs)
    if not args.skip_mariadb:
        bench_mariadb(args.runs)
    print(f"total {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
