"""Retention counts: exact, read-only, on SQLite, PostgreSQL and MariaDB.

Planted rows sit on both sides of the cutoff (``--as-of`` minus the rule's
months) to the second; the counts come through the CLI's JSON report.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import Column, Date, DateTime, Integer, MetaData, String, Table, Text, create_engine, insert

from scanner import demo
from scanner.cli import main

AS_OF = "2026-11-20T12:00:00"  # cutoff for 24 months: 2024-11-20 12:00:00 UTC
CUT = dt.datetime(2024, 11, 20, 12, 0, 0)
SECOND = dt.timedelta(seconds=1)

POLICY = """
name: retention-test
retention:
  - table: kund_kontakt
    column: last_interaction
    max_age_months: 24
    action: anonymise
  - table: "kund datum"                 # matches "Kund Datum": globs are case-insensitive
    column: ["nope", "senaste*"]
    max_age_months: 24
    action: delete
  - table: kund_text
    column: senaste_kontakt
    max_age_months: 24
    action: delete
  - table: kund_tz
    column: last_interaction
    max_age_months: 24
    action: delete
  - table: "*logg*"                      # no such column: an error, the scan goes on
    column: last_interaction
    max_age_months: 24
    action: delete
  - table: "*notering*"                  # no such column, skipped quietly
    column: last_interaction
    max_age_months: 24
    action: delete
    missing_column: skip
  - table: kund_nummer                   # an integer column holds no dates: an error
    column: last_interaction
    max_age_months: 24
    action: delete
"""

# table -> (rows, overdue)
DATETIMES = [CUT - SECOND, CUT, CUT + SECOND, dt.datetime(2020, 1, 1), dt.datetime(2026, 11, 1), None,
             dt.datetime(2024, 2, 29, 23, 59, 59)]
DATES = [dt.date(2024, 11, 19), dt.date(2024, 11, 20), dt.date(2024, 11, 21), dt.date(1999, 12, 31), None]
TEXTS = ["2024-11-20 11:59:59", "2024-11-20 12:00:00", "2024-11-20 12:00:01", "2019-06-01 08:00:00", None]
AWARE = [  # compared in UTC
    dt.datetime(2024, 11, 20, 11, 59, 59, tzinfo=dt.timezone.utc),
    dt.datetime(2024, 11, 20, 13, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),  # 12:30 UTC
    dt.datetime(2024, 11, 20, 12, 59, tzinfo=dt.timezone(dt.timedelta(hours=1))),  # 11:59 UTC
    dt.datetime(2024, 11, 20, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),  # 12:00 UTC: not older
]
EXPECTED = {
    "kund_kontakt": ("last_interaction", "anonymise", 3, 7),
    "Kund Datum": ("Senaste Kontakt", "delete", 2, 5),
    "kund_text": ("senaste_kontakt", "delete", 2, 5),
}


def key() -> Column:
    return Column("id", Integer, primary_key=True, autoincrement=False)  # MariaDB would renumber id 0


def plant(url: str, *, aware: bool) -> None:
    md = MetaData()
    t = {
        "kund_kontakt": Table("kund_kontakt", md, key(), Column("last_interaction", DateTime)),
        "Kund Datum": Table("Kund Datum", md, key(), Column("Senaste Kontakt", Date)),
        "kund_text": Table("kund_text", md, key(), Column("senaste_kontakt", String(32))),
        "kontakt_logg": Table("kontakt_logg", md, key(), Column("h", Text)),
        "Kund Notering": Table("Kund Notering", md, key(), Column("n", Text)),
        "kund_nummer": Table("kund_nummer", md, key(), Column("last_interaction", Integer)),
    }
    if aware:
        t["kund_tz"] = Table("kund_tz", md, key(), Column("last_interaction", DateTime(timezone=True)))
    engine = create_engine(url)
    try:
        md.create_all(engine)
        with engine.begin() as conn:
            conn.execute(insert(t["kund_kontakt"]),
                         [{"id": i, "last_interaction": v} for i, v in enumerate(DATETIMES, 1)])
            conn.execute(insert(t["Kund Datum"]), [{"id": i, "Senaste Kontakt": v} for i, v in enumerate(DATES, 1)])
            conn.execute(insert(t["kund_text"]), [{"id": i, "senaste_kontakt": v} for i, v in enumerate(TEXTS, 1)])
            conn.execute(insert(t["kontakt_logg"]), [{"id": 1, "h": "inloggning"}])
            conn.execute(insert(t["kund_nummer"]), [{"id": 1, "last_interaction": 20200101}])
            if aware:
                conn.execute(insert(t["kund_tz"]), [{"id": i, "last_interaction": v} for i, v in enumerate(AWARE, 1)])
    finally:
        engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql", "mariadb"])
def retention_db(request, database_factory, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('retention') / 'crm.db'}"
    else:
        url = database_factory(request.param)
    aware = request.param == "postgresql"  # timestamp with time zone
    plant(url, aware=aware)
    policy = tmp_path_factory.mktemp("policy") / "retention.yaml"
    policy.write_text(POLICY)
    return url, str(policy), aware


def scan_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["scan", *args, "--format", "json", "-q", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_exact_counts(retention_db):
    url, policy, aware = retention_db
    report = scan_json(url, "--policy", policy, "--as-of", AS_OF)
    got = {r["location"]["table"]: r for r in report["retention"]}
    expected = dict(EXPECTED)
    if aware:
        expected["kund_tz"] = ("last_interaction", "delete", 2, 4)
    assert set(got) == set(expected)
    for table, (column, action, overdue, total) in expected.items():
        r = got[table]
        assert list(r) == ["source", "location", "max_age_months", "action", "cutoff", "overdue", "total"]
        got_row = (r["location"]["column"], r["action"], r["overdue"], r["total"])
        assert got_row == (column, action, overdue, total), table
        assert r["max_age_months"] == 24 and r["cutoff"] == "2024-11-20T12:00:00Z"
        assert r["source"] == report["sources"][0]["url"]
    errors = {e["location"]["table"]: e["error"] for e in report["errors"]}
    assert errors == {
        "kontakt_logg": "retention: no column last_interaction for the 24-month rule",
        "kund_nummer": "retention: column last_interaction holds no dates (INTEGER)",
    }


def test_as_of_moves_the_cutoff(retention_db):
    url, policy, _ = retention_db
    later = scan_json(url, "--policy", policy, "--as-of", "2026-11-20T12:00:02", "--include", "kund_kontakt")
    assert [(r["overdue"], r["total"]) for r in later["retention"]] == [(5, 7)]  # two more seconds: two more rows
    early = scan_json(url, "--policy", policy, "--as-of", "2022-01-02", "--include", "kund_kontakt")
    assert [(r["overdue"], r["cutoff"]) for r in early["retention"]] == [(1, "2020-01-02T00:00:00Z")]


def test_include_and_exclude_apply_to_retention(retention_db):
    url, policy, _ = retention_db
    report = scan_json(url, "--policy", policy, "--as-of", AS_OF, "--exclude", "kund_*")
    assert [r["location"]["table"] for r in report["retention"]] == ["Kund Datum"]


def test_default_policy_counts_the_demo_contacts(tmp_path):
    """The demo CRM: kontakter.last_interaction spans the years before
    REFERENCE_TIME; the default policy's 24-month rule counts the overdue
    contacts. The figure is checked against sqlite3 directly."""
    path = tmp_path / "crm.db"
    demo.generate_crm(path, contacts=300, seed=7)
    as_of = demo.REFERENCE_TIME
    report = scan_json(f"sqlite:///{path}", "--as-of", as_of.isoformat())
    got = {r["location"]["table"]: r for r in report["retention"]}
    assert set(got) == {"kontakter", "webbsessioner"}  # "Kund Notering" has no such column: skipped
    assert report["errors"] == []
    with sqlite3.connect(path) as conn:
        for table, column, months in (("kontakter", "last_interaction", 24), ("webbsessioner", "startad", 13)):
            cutoff = as_of.replace(year=as_of.year - months // 12, month=as_of.month - months % 12)
            overdue, total = conn.execute(
                f'SELECT sum("{column}" < ?), count(*) FROM "{table}"', (cutoff.isoformat(sep=" "),)).fetchone()
            assert (got[table]["overdue"], got[table]["total"]) == (overdue, total)
            assert got[table]["location"]["column"] == column
            assert 0 < overdue < total  # a real figure, neither nothing nor everything
    assert got["kontakter"]["action"] == "anonymise" and got["webbsessioner"]["action"] == "delete"


def test_retention_reads_only(tmp_path):
    # The counts run in the scanner's read-only session: the file is unchanged.
    path = tmp_path / "crm.db"
    plant(f"sqlite:///{path}", aware=False)
    before = path.read_bytes()
    policy = tmp_path / "p.yaml"
    policy.write_text(POLICY)
    scan_json(f"sqlite:///{path}", "--policy", str(policy), "--as-of", AS_OF)
    assert path.read_bytes() == before


def test_bad_as_of_is_a_usage_error():
    result = CliRunner().invoke(main, ["scan", "sqlite:///x.db", "--as-of", "20/11/2026"])
    assert result.exit_code == 2 and "--as-of" in result.output
