"""The Markdown report, for tickets and wikis (GitHub-flavoured tables).

Summary counts per status and per category, findings grouped by status
(prohibited first), the policy's retention counts and the errors.  Every
name from a database and every piece of evidence is written as a code span,
so Markdown and HTML in it stay text (a table called ``<script>`` or
``*bold*`` renders as written); ``|`` is escaped so it cannot split a table
cell, and line breaks become spaces.  Evidence is masked upstream.
"""

from __future__ import annotations

import re
from itertools import groupby

from reports.summary import (
    STATUSES,
    category_counts,
    large_files_note,
    location_text,
    overdue_total,
    source_urls,
    sorted_findings,
    status_counts,
    table_text,
)
from scanner.models import Report


def code(value: object) -> str:
    """``value`` as an inline code span that is safe inside a table cell.

    >>> code("kontakter.email")
    '`kontakter.email`'
    >>> code("a|b")
    '`a\\\\|b`'
    >>> code("x`y")
    '``x`y``'
    >>> code("")
    ''
    """
    text = " ".join(str(value).split())  # no line break may end the row
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text.replace('|', chr(92) + '|')}{pad}{fence}"


def _row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _table(header: list[str], align: str, rows: list[list[object]]) -> list[str]:
    """``align``: one letter per column, ``l`` or ``r``."""
    rule = "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"
    return [_row(header), rule, *(_row(r) for r in rows)]


def render(report: Report) -> str:
    findings = sorted_findings(report)
    counts = status_counts(findings)
    urls = source_urls(report)
    several = len(urls) > 1
    st = report.stats
    out = [
        "# nordpii report",
        "",
        f"Policy {code(report.policy or 'none')} · nordpii {report.version} · {int(st.get('units', 0))} columns "
        f"judged, {int(st.get('values_sampled', 0))} values sampled in {st.get('seconds', 0)} s"
        + (f" · {large_files_note(st)}" if large_files_note(st) else ""),
        "",
        "Sources:",
        "",
        *(f"- {code(u)}" for u in urls),
        "",
        "## Summary",
        "",
        *_table(["status", "findings"], "lr",
                [*([s, counts[s]] for s in STATUSES), ["**total**", f"**{sum(counts.values())}**"]]),
        "",
        f"Retention: **{overdue_total(report)}** rows overdue for deletion or anonymisation. "
        f"Errors: **{len(report.errors)}**.",
    ]
    categories = category_counts(findings)
    if categories:
        out += ["", *_table(["category", *STATUSES, "total"], "lrrrr",
                            [[c + (" (special)" if special else ""), *(n[s] for s in STATUSES), sum(n.values())]
                             for c, special, n in categories])]

    out += ["", "## Findings", ""]
    if not findings:
        out.append("No personal data found.")
    for status, group in groupby(findings, key=lambda f: f.status):
        group = list(group)
        header = ["location", "entity", "category", "hits / sampled", "test ids", "score", "evidence (masked)"]
        rows = []
        for f in group:
            v = f.verdict
            row = [code(location_text(v.unit.location)), code(v.entity_type),
                   f.category + (" (special)" if f.special_category else ""), f"{v.hits} / {v.sampled}",
                   v.synthetic or "", f"{v.score:.2f}", ", ".join(code(x) for x in v.evidence)]
            rows.append([code(v.unit.source), *row] if several else row)
        out += [f"### {status.capitalize()} ({len(group)})", "",
                *_table(["source", *header] if several else header, ("l" if several else "") + "lllrrrl", rows), ""]
    if findings:
        out.pop()

    out += ["", "## Retention", ""]
    if not report.retention:
        out.append("No retention rule of the policy covers a scanned table.")
    else:
        rows = []
        for r in report.retention:
            row = [code(table_text(r.location)), code(r.location.get("column", "")), f"{r.max_age_months} months",
                   r.action, r.cutoff[:10], f"**{r.overdue}**" if r.overdue else "0", r.total]
            rows.append([code(r.source), *row] if several else row)
        header = ["table", "last-interaction column", "max age", "action", "older than", "overdue", "rows"]
        out += _table(["source", *header] if several else header, ("l" if several else "") + "llrllrr", rows)

    out += ["", f"## Errors ({len(report.errors)})", ""]
    if not report.errors:
        out.append("None: every table was read.")
    else:
        out += _table(["source", "location", "error"], "lll",
                      [[code(e.source), code(location_text(e.location)), code(e.error)] for e in report.errors])
    out += ["", "Evidence is masked; hits / sampled = values holding the entity / non-empty values sampled; "
                "test ids = official test or synthetic identifiers."]
    return "\n".join(out) + "\n"
