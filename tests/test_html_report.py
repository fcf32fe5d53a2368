"""The HTML report in a real browser: headless Chromium from Debian's packages.

A demo CRM with a hostile table is scanned twice through the CLI, as JSON and
as HTML; Chromium renders the HTML (``--dump-dom``) and takes a screenshot
(``tests/artifacts/html_report.png``, gitignored). The numbers the rendered
page shows - counts per status, per category and status, per table, the
retention counts - must equal those of the JSON report, and the page must
hold no element the renderer did not write.

Chromium is installed by ``.ci/chromium`` (``make test`` runs it). Missing,
the test skips - except under ``CI=true``, where it fails, as the database
tests do.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, insert

from reports.summary import location_text, table_text
from scanner import demo
from scanner.cli import main

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
EVIL_TABLE = "<script>alert('t')</script>"
EVIL_COLUMN = '<img src=x onerror="alert(1)">'
STATUSES = ("prohibited", "unexpected", "expected")

POLICY = """
name: html-test
expected:
  entity_types: [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, LOCATION, IP_ADDRESS, URL]
  categories: [organisation_id]
prohibited:
  categories: [health, trade_union]
rules:
  - table: kontakter
    column: personnummer
    prohibited: {entity_types: [SE_PERSONNUMMER]}   # so that every status shows
retention:
  - table: kontakter
    column: last_interaction
    max_age_months: 24
    action: anonymise
  - table: webbsessioner
    column: startad
    max_age_months: 13
    action: delete
  - table: "*script*"
    column: last_interaction
    max_age_months: 12
    action: delete                                   # no such column: an error row
"""


def chromium() -> Path:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run .ci/chromium (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the HTML test must not be skipped)")
        pytest.skip(message)
    return CHROMIUM


def run_chromium(html_file: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        str(chromium()), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        f"--user-data-dir={profile}", *args, html_file.as_uri(),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


class Dom(HTMLParser):
    """Tables by id (rows of cell texts), data-count values, and every tag seen."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.counts: dict[str, str] = {}
        self.tags: Counter = Counter()
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._count: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] += 1
        if tag == "table" and attrs.get("id"):
            self._table = attrs["id"]
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "span" and "data-count" in attrs:
            self._count = attrs["data-count"]
            self.counts[self._count] = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None
        elif tag == "span":
            self._count = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._count is not None:
            self.counts[self._count] += data


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    chromium()
    tmp = tmp_path_factory.mktemp("html")
    db = tmp / "crm.db"
    demo.generate_crm(db, contacts=200, seed=7)
    engine = create_engine(f"sqlite:///{db}")
    md = MetaData()
    evil = Table(EVIL_TABLE, md, Column("id", Integer, primary_key=True), Column(EVIL_COLUMN, Text))
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(evil), [{"id": i, EVIL_COLUMN: f"kund{i}@example.se"} for i in range(1, 31)])
    engine.dispose()
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY)
    args = ["scan", f"sqlite:///{db}", "--policy", str(policy), "--as-of", "2026-11-20", "-q", "--fail-on", "never"]
    data = json.loads(CliRunner().invoke(main, [*args, "--format", "json"], catch_exceptions=False).stdout)
    html_file = tmp / "report.html"
    result = CliRunner().invoke(main, [*args, "--format", "html", "-o", str(html_file)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    dom = run_chromium(html_file, tmp / "profile-dom", "--dump-dom").stdout
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html_report.png"
    shot.unlink(missing_ok=True)
    run_chromium(html_file, tmp / "profile-shot", f"--screenshot={shot}", "--window-size=1280,2000")
    return data, html_file.read_text("utf-8"), Dom(dom), shot


def test_the_file_is_self_contained(rendered):
    _, text, _, _ = rendered
    assert "http://" not in text and "https://" not in text
    lowered = text.lower()
    assert "<script" not in lowered and "<link" not in lowered and "<img" not in lowered
    assert " src=" not in lowered.replace("&lt;img src=x", "") and " href=" not in lowered


def test_the_browser_builds_no_foreign_element(rendered):
    _, _, dom, _ = rendered
    assert dom.tags["script"] == 0 and dom.tags["img"] == 0 and dom.tags["link"] == 0
    assert dom.tags["svg"] == 1 and dom.tags["rect"] > 3
    # the hostile names are shown as text
    tables = [row[0] for row in dom.tables["source-1-tables"]]
    assert EVIL_TABLE in tables


def test_summary_counts_match_the_json(rendered):
    data, _, dom, _ = rendered
    statuses = Counter(f["status"] for f in data["findings"])
    assert all(statuses[s] for s in STATUSES)  # the page shows each status
    assert dom.counts == {
        **{s: str(statuses[s]) for s in STATUSES},
        "overdue": str(sum(r["overdue"] for r in data["retention"])),
        "errors": str(len(data["errors"])),
    }


def _counts(rows: list[list[str]]) -> dict[str, tuple[int, ...]]:
    header, *body = rows
    assert header == [header[0], *STATUSES, "total"]
    return {row[0]: tuple(int(c) for c in row[1:]) for row in body}


def _expected(findings, key) -> dict[str, tuple[int, ...]]:
    per: dict[str, Counter] = {}
    for f in findings:
        per.setdefault(key(f), Counter())[f["status"]] += 1
    out = {k: (*(c[s] for s in STATUSES), sum(c.values())) for k, c in per.items()}
    if len(out) > 1:
        out["total"] = (*(sum(v[i] for v in out.values()) for i in range(3)), len(findings))
    return out


def test_category_counts_match_the_json(rendered):
    data, _, dom, _ = rendered
    shown = _counts(dom.tables["category-counts"])
    expected = _expected(data["findings"],
                         lambda f: f["category"] + (" (special)" if f["special_category"] else ""))
    assert shown == expected


def test_per_table_counts_match_the_json(rendered):
    data, _, dom, _ = rendered
    shown = _counts(dom.tables["source-1-tables"])
    assert shown == _expected(data["findings"], lambda f: table_text(f["location"]))
    assert len(dom.tables["source-1-findings"]) - 1 == len(data["findings"])
    # each finding row: status, column, entity, hits / sampled as in the JSON
    rows = {(r[0], r[1], r[2], r[4]) for r in dom.tables["source-1-findings"][1:]}
    assert rows == {(f["status"], location_text(f["location"]), f["entity_type"], f"{f['hits']} / {f['sampled']}")
                    for f in data["findings"]}


def test_retention_counts_match_the_json(rendered):
    data, _, dom, _ = rendered
    header, *rows = dom.tables["retention-counts"]
    assert header[:2] == ["source", "table"] and header[6:8] == ["overdue rows", "rows"]
    shown = [(r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[7])) for r in rows]
    assert shown == [(table_text(r["location"]), r["location"]["column"], f"{r['max_age_months']} months",
                      r["action"], r["cutoff"][:10], r["overdue"], r["total"]) for r in data["retention"]]
    assert {r["location"]["table"] for r in data["retention"]} == {"kontakter", "webbsessioner"}
    assert all(0 < r["overdue"] < r["total"] for r in data["retention"])


def test_errors_are_listed(rendered):
    data, _, dom, _ = rendered
    header, *rows = dom.tables["error-list"]
    assert [r[2] for r in rows] == [e["error"] for e in data["errors"]]
    assert rows == [[e["source"], location_text(e["location"]), e["error"]] for e in data["errors"]]
    assert rows[0][1] == EVIL_TABLE


def test_screenshot_is_a_png(rendered):
    *_, shot = rendered
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 20_000  # a page with text and a chart, not a blank image
