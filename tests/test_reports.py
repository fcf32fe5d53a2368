"""Renderers on a small hand-built report: exact Markdown and CSV, CSV that
parses back, the JSON retention section, and HTML that is inert whatever
the database's names hold.

The report holds masked evidence only (as the scanner produces it) and names
chosen to break naive renderers: a ``|`` in a table name, a column that is a
spreadsheet formula, a quote and a comma, ``<script>`` and a URL.
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from reports import FORMATS, csv_report, html_report, json_report, markdown_report, renderer, table_report
from scanner.models import Finding, Report, RetentionCount, ScanError, Unit, Verdict

SRC = "postgresql+psycopg://scan:***@db/crm"


def unit(table: str, column: str, schema: str = "public") -> Unit:
    return Unit(SRC, {"schema": schema, "table": table, "column": column}, column)


def finding(u, entity, category, status, hits, sampled, score, evidence, *, special=False, synthetic=0,
            checksum=0) -> Finding:
    return Finding(Verdict(u, entity, hits, sampled, hits, checksum, synthetic, score, tuple(evidence)),
                   category, special, status)


def small_report() -> Report:
    return Report(
        version="0.1.0",
        policy="nordic-crm-default",
        sources=[{"url": SRC, "kind": "database"}],
        findings=[
            finding(unit("kunder", "telefon"), "PHONE_NUMBER", "contact", "expected", 48, 50, 0.94,
                    ["+46 ** *** ** **", "0**-*** ** **"]),
            finding(unit("Kund|Notering", "=cmd"), "SE_PERSONNUMMER", "national_id", "unexpected", 12, 40, 1.0,
                    ["19******-****", "81****-****"], checksum=12, synthetic=2),
            finding(unit("kunder", "anteckning"), "HEALTH_DATA", "health", "prohibited", 2, 50, 0.85, ["di*****"],
                    special=True),
            finding(unit("kunder", 'a"b, c'), "EMAIL_ADDRESS", "contact", "expected", 50, 50, 1.0, ["a***@***.se"]),
        ],
        retention=[RetentionCount(SRC, {"schema": "public", "table": "kunder", "column": "last_interaction"}, 24,
                                  "anonymise", "2024-11-20T00:00:00Z", 17, 50)],
        errors=[ScanError(SRC, {"schema": "public", "table": "audit"},
                          "cannot read table: permission denied for table audit")],
        stats={"units": 9, "values_sampled": 400, "seconds": 0.5},
    )


MARKDOWN = """\
# nordpii report

Policy `nordic-crm-default` · nordpii 0.1.0 · 9 columns judged, 400 values sampled in 0.5 s

Sources:

- `postgresql+psycopg://scan:***@db/crm`

## Summary

| status | findings |
|---|---:|
| prohibited | 1 |
| unexpected | 1 |
| expected | 2 |
| **total** | **4** |

Retention: **17** rows overdue for deletion or anonymisation. Errors: **1**.

| category | prohibited | unexpected | expected | total |
|---|---:|---:|---:|---:|
| health (special) | 1 | 0 | 0 | 1 |
| contact | 0 | 0 | 2 | 2 |
| national_id | 0 | 1 | 0 | 1 |

## Findings

### Prohibited (1)

| location | entity | category | hits / sampled | test ids | score | evidence (masked) |
|---|---|---|---:|---:|---:|---|
| `public.kunder.anteckning` | `HEALTH_DATA` | health (special) | 2 / 50 |  | 0.85 | `di*****` |

### Unexpected (1)

| location | entity | category | hits / sampled | test ids | score | evidence (masked) |
|---|---|---|---:|---:|---:|---|
| `public.Kund\\|Notering.=cmd` | `SE_PERSONNUMMER` | national_id | 12 / 40 | 2 | 1.00 | `19******-****`, `81****-****` |

### Expected (2)

| location | entity | category | hits / sampled | test ids | score | evidence (masked) |
|---|---|---|---:|---:|---:|---|
| `public.kunder.a"b, c` | `EMAIL_ADDRESS` | contact | 50 / 50 |  | 1.00 | `a***@***.se` |
| `public.kunder.telefon` | `PHONE_NUMBER` | contact | 48 / 50 |  | 0.94 | `+46 ** *** ** **`, `0**-*** ** **` |

## Retention

| table | last-interaction column | max age | action | older than | overdue | rows |
|---|---|---:|---|---|---:|---:|
| `public.kunder` | `last_interaction` | 24 months | anonymise | 2024-11-20 | **17** | 50 |

## Errors (1)

| source | location | error |
|---|---|---|
| `postgresql+psycopg://scan:***@db/crm` | `public.audit` | `cannot read table: permission denied for table audit` |

Evidence is masked; hits / sampled = values holding the entity / non-empty values sampled; \
test ids = official test or synthetic identifiers.
"""

CSV = (
    "source,schema,table,column,path,line,entity_type,category,special_category,status,score,hits,sampled,"
    "candidates,checksum_valid,synthetic,evidence\r\n"
    "postgresql+psycopg://scan:***@db/crm,public,kunder,anteckning,,,HEALTH_DATA,health,true,prohibited,"
    "0.85,2,50,2,0,0,di*****\r\n"
    "postgresql+psycopg://scan:***@db/crm,public,Kund|Notering,'=cmd,,,SE_PERSONNUMMER,national_id,false,"
    "unexpected,1.0,12,40,12,12,2,19******-****; 81****-****\r\n"
    'postgresql+psycopg://scan:***@db/crm,public,kunder,"a""b, c",,,EMAIL_ADDRESS,contact,false,expected,'
    "1.0,50,50,50,0,0,a***@***.se\r\n"
    "postgresql+psycopg://scan:***@db/crm,public,kunder,telefon,,,PHONE_NUMBER,contact,false,expected,"
    "0.94,48,50,48,0,0,'+46 ** *** ** **; 0**-*** ** **\r\n"
)


def test_markdown_exact():
    assert markdown_report.render(small_report()) == MARKDOWN


def test_csv_exact():
    assert csv_report.render(small_report()) == CSV


def test_csv_parses_back_with_the_csv_module():
    report = small_report()
    rows = list(csv.DictReader(io.StringIO(csv_report.render(report), newline="")))
    assert list(rows[0]) == list(csv_report.COLUMNS)
    expected = json_report.report_to_dict(report)["findings"]
    assert len(rows) == len(expected)
    for row, f in zip(rows, expected):
        loc = f["location"]
        unformula = lambda s: s[1:] if s.startswith("'") else s  # noqa: E731
        assert (row["schema"], row["table"], unformula(row["column"])) == (loc["schema"], loc["table"], loc["column"])
        assert row["entity_type"] == f["entity_type"] and row["status"] == f["status"]
        assert row["special_category"] == str(f["special_category"]).lower()
        assert float(row["score"]) == f["score"]
        for key in ("hits", "sampled", "candidates", "checksum_valid", "synthetic"):
            assert int(row[key]) == f[key]
        assert unformula(row["evidence"]).split("; ") == f["evidence"]


def test_csv_quotes_line_breaks():
    report = small_report()
    report.findings[:] = [finding(unit("kund\r\nnotering", "x"), "PERSON", "identity", "expected", 1, 1, 1.0, ["A***"])]
    text = csv_report.render(report)
    assert '"kund\r\nnotering"' in text
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["table"] == "kund\r\nnotering"


def test_empty_report_in_every_format():
    report = Report(version="0.1.0", policy="p", sources=[{"url": "sqlite:///x.db", "kind": "database"}])
    for fmt in FORMATS:
        text = renderer(fmt).render(report)
        assert text.endswith("\n")
    assert csv_report.render(report) == ",".join(csv_report.COLUMNS) + "\r\n"
    assert "No personal data found." in markdown_report.render(report)
    assert "No personal data found." in html_report.render(report)


def test_json_retention_section():
    data = json_report.report_to_dict(small_report())
    assert list(data) == ["tool", "policy", "sources", "findings", "retention", "errors", "stats"]
    assert data["retention"] == [{
        "source": SRC, "location": {"schema": "public", "table": "kunder", "column": "last_interaction"},
        "max_age_months": 24, "action": "anonymise", "cutoff": "2024-11-20T00:00:00Z", "overdue": 17, "total": 50,
    }]


def test_table_shows_retention():
    text = table_report.render(small_report(), width=160)
    assert "Retention: 17 rows overdue" in text
    assert re.search(r"public\.kunder\.last_interaction\s.*24.*anonymise.*2024-11-20.*17.*50", text)


# -- HTML: inert and escaped ------------------------------------------------------

HOSTILE = '<script src="https://evil.example/x.js">alert(1)</script>'


def hostile_report() -> Report:
    report = small_report()
    report.findings.append(finding(unit(HOSTILE, "<img src=x onerror=alert(1)>"), "EMAIL_ADDRESS", "contact",
                                   "expected", 3, 3, 1.0, ["a***@***.se"]))
    report.findings.append(finding(unit("web", "url"), "URL", "online", "expected", 5, 5, 1.0,
                                   ["https://***/kontakt", "http://***/"]))
    report.errors.append(ScanError(SRC, {"schema": "public", "table": "<b>x</b>"}, "cannot read table: <i>"))
    report.policy = "<policy> & 'co'"
    return report


def test_html_is_inert_and_escaped():
    text = html_report.render(hostile_report())
    assert "http://" not in text and "https://" not in text
    # Every tag is the renderer's own: names from the database are text.
    tags = {re.match(r"</?([a-zA-Z0-9!]+)", t).group(1).lower() for t in re.findall(r"<[^>]+>", text)}
    assert tags <= {"!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3",
                    "p", "b", "ul", "li", "code", "section", "div", "span", "table", "thead", "tbody", "tr", "th",
                    "td", "svg", "g", "rect", "text", "footer"}
    assert not re.search(r"<[^>]*\s(src|href|on\w+)=", text, re.I)
    assert "url(" not in text and "@import" not in text
    assert "&lt;script src=&quot;https&#58;//evil.example/x.js&quot;&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "&lt;policy&gt; &amp; &#x27;co&#x27;" in text
    assert "Content-Security-Policy" in text and "default-src 'none'" in text


def test_html_summary_numbers():
    text = html_report.render(small_report())
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', text))
    assert counts == {"prohibited": "1", "unexpected": "1", "expected": "2", "overdue": "17", "errors": "1"}
    assert "<svg" in text and "Findings per category and status" in text


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "json", "table"])
def test_no_raw_digits_beyond_the_evidence(fmt):
    # The renderers print what they are given; nothing outside the masked
    # evidence and the numbers reaches the output (no 10-digit run anywhere).
    text = renderer(fmt).render(small_report())
    assert not re.search(r"\d{6,}", text)


@pytest.mark.parametrize("module", [csv_report, html_report, markdown_report, "reports.summary"])
def test_doctests(module):
    import doctest
    import importlib

    module = importlib.import_module(module) if isinstance(module, str) else module
    assert doctest.testmod(module).failed == 0
