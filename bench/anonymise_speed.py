"""Anonymise speed: rows/s of ``nordpii anonymise`` against a plain copy of the same table.

Builds a realistic contacts table in SQLite (a temporary file; default
1,000,000 rows): id, personnummer, first and last name, e-mail, phone,
postcode, birth date, salary, created/updated timestamps, and a notes column
for the free-text run.  Every value is generated (scanner/demo.py), nothing is
real.  Then, in this process, with the same driver (sqlite3 through
SQLAlchemy), the same chunk size and the same writer:

  plain copy          every column ``keep``: the pipeline's own read, write and counting
  structured          pseudonym_int, pseudonym, generalise, date_shift on every column
                      (the issue's target: at least half the plain copy's rows/s)
  surrogates          the same with surrogate national IDs and names (reported, no target)
  redaction           free text redacted, on a smaller table (reported separately)

and, for scale, a bare SQLAlchemy loop (select with yield_per, executemany)
that copies without any counting.  The leak check (a bounded re-scan) is timed
once on its own: it samples a fixed number of values per column, so it does
not grow with the table.

    .venv/bin/python bench/anonymise_speed.py [--rows 1000000] [--redact-rows 20000] [--chunk-size 10000]

Timings are printed, never asserted (DESIGN.md).  Ratios are what count:
absolute numbers move with the machine and its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402

from scanner.anonymise import AnonymiseOptions, anonymise, parse_rules  # noqa: E402
from scanner.demo import phone_number, se_personnummer  # noqa: E402

COLUMNS = ("id", "personnummer", "fornamn", "efternamn", "email", "telefon", "postnummer", "fodelsedatum", "lon",
           "created_at", "updated_at")
KEEP = {c: "keep" for c in COLUMNS}
STRUCTURED = {
    "id": "pseudonym_int",
    "personnummer": {"pseudonym": {"entity": "SE_PERSONNUMMER"}},
    "fornamn": {"pseudonym": {"entity": "PERSON"}},
    "efternamn": {"pseudonym": {"entity": "PERSON"}},
    "email": {"pseudonym": {"entity": "EMAIL_ADDRESS"}},
    "telefon": {"pseudonym": {"entity": "PHONE_NUMBER"}},
    "postnummer": {"generalise": {"method": "postcode_prefix", "digits": 2}},
    "fodelsedatum": {"generalise": "birth_year"},
    "lon": {"generalise": {"method": "band", "width": 5000}},
    "created_at": {"date_shift": {"person": "id", "max_days": 90}},
    "updated_at": {"generalise": "month"},
}
SURROGATES = {**STRUCTURED,
              "personnummer": {"surrogate": {"entity": "SE_PERSONNUMMER", "keep_birth_year": True, "keep_sex": True}},
              "fornamn": {"surrogate": "PERSON"}, "efternamn": {"surrogate": "PERSON"}}
NOTES = (
    "Ringde kunden om fakturan, allt ok.",
    "Kunden vill bli kontaktad på {phone} efter lunch.",
    "Skicka offert till {email} senast fredag.",
    "Pratade med {name} om leveransen.",
    "Inget att notera.",
)


def build(path: Path, n: int, seed: int = 1) -> None:
    """``n`` synthetic contacts: pools of names, unique e-mail addresses, generated identifiers."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("sv_SE")
    fake.seed_instance(seed)
    first = [fake.first_name() for _ in range(2000)]
    last = [fake.last_name() for _ in range(2000)]
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kontakter (id INTEGER PRIMARY KEY, personnummer TEXT, fornamn TEXT, efternamn TEXT, "
                "email TEXT, telefon TEXT, postnummer TEXT, fodelsedatum DATE, lon INTEGER, created_at DATETIME, "
                "updated_at DATETIME, anteckning TEXT)")
    start = dt.datetime(2016, 1, 1)

    def rows():
        for i in range(1, n + 1):
            born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25000))
            fn, ln = rng.choice(first), rng.choice(last)
            phone = phone_number(rng, "SE", rng.choice(("national", "international")))
            email = f"{fn.lower()}.{ln.lower()}{i}@example.com"
            created = start + dt.timedelta(seconds=rng.randrange(300_000_000))
            note = rng.choice(NOTES).format(phone=phone, email=email, name=f"{fn} {ln}")
            yield (i, se_personnummer(rng, born), fn, ln, email, phone, f"{rng.randrange(100, 985)} {rng.randrange(100):02d}",
                   born.isoformat(), 20000 + rng.randrange(60000), created.isoformat(sep=" "),
                   (created + dt.timedelta(days=rng.randrange(400))).isoformat(sep=" "), note)

    con.executemany("INSERT INTO kontakter VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    con.commit()
    con.close()


def run(src: Path, out_dir: Path, label: str, columns: dict, chunk: int, key, leak_check: bool = False) -> float:
    rules = parse_rules({"unlisted": "drop", "tables": [{"table": "kontakter", "columns": columns}]}, label=label)
    target = out_dir / "out" / f"{label}.db"
    target.parent.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    result = anonymise(f"sqlite:///{src}", str(target), rules, key,
                       AnonymiseOptions(chunk_size=chunk, leak_check=leak_check))
    elapsed = time.perf_counter() - t0
    assert result.committed and not result.errors, result.to_json()["errors"]
    target.unlink()
    return elapsed


def bare_copy(src: Path, out_dir: Path, chunk: int, columns=COLUMNS) -> float:
    """SQLAlchemy alone: select with yield_per, insert with executemany; no counting, no transforms."""
    target = out_dir / "bare.db"
    t0 = time.perf_counter()
    s_engine = sa.create_engine(f"sqlite:///{src}")
    d_engine = sa.create_engine(f"sqlite:///{target}")
    md = sa.MetaData()
    t = sa.Table("kontakter", md, autoload_with=s_engine)
    t_out = sa.Table("kontakter", sa.MetaData(), *(sa.Column(c.name, c.type.as_generic()) for c in t.columns
                                                   if c.name in columns))
    with s_engine.connect() as s, d_engine.connect() as d:
        d.exec_driver_sql("PRAGMA journal_mode=OFF")
        d.exec_driver_sql("PRAGMA synchronous=OFF")
        t_out.create(d)
        keys = [c.name for c in t_out.columns]
        result = s.execution_options(yield_per=chunk).execute(sa.select(*(t.c[k] for k in keys)))
        for part in result.partitions():
            d.execute(t_out.insert(), [dict(zip(keys, r)) for r in part])
            d.commit()
    s_engine.dispose()
    d_engine.dispose()
    elapsed = time.perf_counter() - t0
    target.unlink()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--surrogate-rows", type=int, default=100_000)
    ap.add_argument("--redact-rows", type=int, default=20_000)
    ap.add_argument("--chunk-size", type=int, default=10_000)
    args = ap.parse_args()
    from scanner.transforms import Key

    key = Key(b"bench-key-not-secret-0123456789")
    chunk = args.chunk_size
    lines = []  # (label, rows, seconds, baseline seconds)
    with tempfile.TemporaryDirectory(prefix="nordpii-bench-") as tmp:
        tmp = Path(tmp)
        sizes = {"big": args.rows, "surrogates": args.surrogate_rows, "redact": args.redact_rows}
        t0 = time.perf_counter()
        for name, n in sizes.items():
            build(tmp / f"{name}.db", n, seed=len(name))
        print(f"built {', '.join(f'{n:,}' for n in sizes.values())} rows in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)
        big, n = tmp / "big.db", args.rows
        plain = run(big, tmp, "plain", KEEP, chunk, key)
        lines.append(("plain copy, every column keep (the baseline)", n, plain, plain))
        lines.append(("bare SQLAlchemy copy, no counting (for scale)", n, bare_copy(big, tmp, chunk), plain))
        structured = run(big, tmp, "structured", STRUCTURED, chunk, key)
        lines.append(("structured: pseudonym(_int), generalise, date_shift", n, structured, plain))
        surr, m = tmp / "surrogates.db", args.surrogate_rows
        lines.append((f"surrogates (personnummer, names) + structured", m,
                      run(surr, tmp, "surrogates", SURROGATES, chunk, key), run(surr, tmp, "p2", KEEP, chunk, key)))
        red, r = tmp / "redact.db", args.redact_rows
        with_notes = {**KEEP, "anteckning": "keep"}
        lines.append(("redaction of one free-text column (+ the others kept)", r,
                      run(red, tmp, "redact", {**KEEP, "anteckning": "redact"}, chunk, key),
                      run(red, tmp, "p3", with_notes, chunk, key)))
        checked = run(big, tmp, "leak", STRUCTURED, chunk, key, leak_check=True)

    print(f"\nanonymise speed, SQLite, chunk {chunk:,}; each ratio against the plain copy of the same table\n")
    print(f"{'run':58} {'rows':>10} {'rows/s':>10} {'vs plain':>9}")
    for label, rows, seconds, baseline in lines:
        print(f"{label:58} {rows:>10,} {rows / seconds:>10,.0f} {baseline / seconds:>8.2f}x")
    print(f"\nleak check (a re-scan of the {n:,}-row copy, 1,000 values per column): {checked - structured:.1f} s, "
          f"the difference between the structured run with and without it (run-to-run noise included)")


if __name__ == "__main__":
    main()
