"""What several renderers count, computed once so every format shows the same numbers.

Findings are counted per status, per category and status, and per table and
status; the HTML test checks the rendered figures against the JSON report,
which these functions also feed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from scanner.models import Finding, Report, RetentionCount

STATUSES = ("prohibited", "unexpected", "expected")  # worst first, as the reports list them
STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}


def sort_key(f: Finding):
    """Prohibited first, then unexpected, then expected; then by source and location."""
    loc = f.verdict.unit.location
    return (
        STATUS_ORDER.get(f.status, 9),
        f.verdict.unit.source,
        tuple(str(loc.get(k, "")) for k in ("schema", "table", "path", "column", "line", "offset")),
        f.verdict.entity_type,
    )


def sorted_findings(report: Report) -> list[Finding]:
    return sorted(report.findings, key=sort_key)


def location_text(loc: Mapping[str, Any]) -> str:
    """``schema.table.column`` (``path:line`` for files), without SQLite's ``main``.

    >>> location_text({"schema": "main", "table": "kontakter", "column": "email"})
    'kontakter.email'
    >>> location_text({"schema": "public", "table": "kunder"})
    'public.kunder'
    >>> location_text({"path": "logs/app.log", "offset": 2147480000})
    'logs/app.log at byte 2147480000'
    """
    parts = [str(loc[k]) for k in ("schema", "table", "path") if loc.get(k) not in (None, "")]
    if parts and parts[0] == "main" and "table" in loc:
        parts = parts[1:]
    text = ".".join(parts)
    if loc.get("column") is not None:
        text += f".{loc['column']}" if text else str(loc["column"])
    if loc.get("line") is not None:
        text += f":{loc['line']}"
    elif loc.get("offset") is not None:  # a line of a sampled large file: its byte offset
        text += f" at byte {loc['offset']}"
    return text


def large_files_note(stats: Mapping[str, Any]) -> str:
    """A sentence on large files not read whole, or ``""`` when there were none.

    >>> large_files_note({"files": {"files": 9, "files_sampled": 2, "files_truncated": 1}})
    '2 large files sampled over their whole length (head and windows); 1 read up to the 32 MB cap only.'
    >>> large_files_note({"units": 3})
    ''
    """
    files = stats.get("files") or {}
    sampled, truncated = files.get("files_sampled", 0), files.get("files_truncated", 0)
    parts = []
    if sampled:
        parts.append(f"{sampled} large file{'s' if sampled != 1 else ''} sampled over their whole length "
                     "(head and windows)")
    if truncated:
        parts.append(f"{truncated} read up to the 32 MB cap only")
    return "; ".join(parts) + "." if parts else ""


def table_text(loc: Mapping[str, Any]) -> str:
    """The table part of a location: ``schema.table`` (``table`` for SQLite's ``main``)."""
    return location_text({k: loc[k] for k in ("schema", "table", "path") if k in loc})


def status_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(f.status for f in findings)
    return {s: counts.get(s, 0) for s in STATUSES}


def category_counts(findings: Iterable[Finding]) -> list[tuple[str, bool, dict[str, int]]]:
    """(category, special, {status: findings}) for each category found:
    categories with prohibited findings first, then by number of findings,
    then by name."""
    by_category: dict[str, Counter] = {}
    special: dict[str, bool] = {}
    for f in findings:
        by_category.setdefault(f.category, Counter())[f.status] += 1
        special[f.category] = f.special_category
    rows = [(c, special[c], {s: n.get(s, 0) for s in STATUSES}) for c, n in by_category.items()]
    return sorted(rows, key=lambda r: (-r[2]["prohibited"], -sum(r[2].values()), r[0]))


def source_urls(report: Report) -> list[str]:
    """Every source of the report, in scan order (also those only findings name)."""
    urls = [s["url"] for s in report.sources]
    for item in [*(f.verdict.unit.source for f in report.findings), *(e.source for e in report.errors),
                 *(r.source for r in report.retention)]:
        if item not in urls:
            urls.append(item)
    return urls


def table_counts(findings: Iterable[Finding], source: str) -> list[tuple[dict, dict[str, int]]]:
    """({schema, table}, {status: findings}) per table of ``source``, in location order."""
    tables: dict[tuple, Counter] = {}
    locations: dict[tuple, dict] = {}
    for f in findings:
        if f.verdict.unit.source != source:
            continue
        loc = f.verdict.unit.location
        where = {k: loc[k] for k in ("schema", "table", "path") if k in loc}
        key = tuple(str(where.get(k, "")) for k in ("schema", "table", "path"))
        tables.setdefault(key, Counter())[f.status] += 1
        locations[key] = where
    return [(locations[k], {s: tables[k].get(s, 0) for s in STATUSES}) for k in sorted(tables)]


def retention_to_dict(r: RetentionCount) -> dict:
    return {
        "source": r.source,
        "location": dict(r.location),
        "max_age_months": r.max_age_months,
        "action": r.action,
        "cutoff": r.cutoff,
        "overdue": r.overdue,
        "total": r.total,
    }


def overdue_total(report: Report) -> int:
    return sum(r.overdue for r in report.retention)
