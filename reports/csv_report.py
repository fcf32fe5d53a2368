"""The CSV report, for spreadsheets: one row per finding, stable columns.

RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma,
a double quote or a line break, double quotes doubled; UTF-8.  Columns, in
this order, whatever the source (file sources will fill ``path`` and
``line``): ``COLUMNS``.  Evidence (masked) is joined with ``"; "``; booleans
are ``true``/``false``.  Retention counts and errors are not findings: they
are in the other formats.

Names from a database and evidence are text a spreadsheet must not run: a
cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with ``'`` (OWASP, "CSV injection"), so a table called
``=HYPERLINK(...)`` stays text; the masked phone number ``+46 ** ...`` is
written ``'+46 ** ...``.
"""

from __future__ import annotations

import csv
import io

from reports.summary import sorted_findings
from scanner.models import Finding, Report

COLUMNS = ("source", "schema", "table", "column", "path", "line", "entity_type", "category", "special_category",
           "status", "score", "hits", "sampled", "candidates", "checksum_valid", "synthetic", "evidence")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A text cell a spreadsheet shows as text.

    >>> cell("kontakter"), cell("=1+1"), cell("+46 ** *** ** **"), cell(None)
    ('kontakter', "'=1+1", "'+46 ** *** ** **", '')
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def finding_row(f: Finding) -> list[str]:
    v = f.verdict
    loc = v.unit.location
    return [
        cell(v.unit.source), cell(loc.get("schema")), cell(loc.get("table")), cell(loc.get("column")),
        cell(loc.get("path")), "" if loc.get("line") is None else str(int(loc["line"])),
        v.entity_type, f.category, "true" if f.special_category else "false", f.status,
        repr(float(v.score)), str(v.hits), str(v.sampled), str(v.candidates), str(v.checksum_valid),
        str(v.synthetic), cell("; ".join(v.evidence)),
    ]


def render(report: Report) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for f in sorted_findings(report):
        writer.writerow(finding_row(f))
    return buf.getvalue()
