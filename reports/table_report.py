"""The terminal table: findings grouped by status, prohibited first, then
the policy's retention counts and the errors.

Readable at 80 columns: the status is a section heading rather than a column,
SQLite's implicit ``main`` schema is left out of locations, and evidence and
category are shown when the terminal is wide enough for them.
"""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reports.summary import large_files_note, location_text, overdue_total, sort_key  # noqa: F401 - location_text re-exported
from scanner.models import Report

STATUS_STYLE = {"prohibited": "bold red", "unexpected": "bold yellow", "expected": "green"}
WIDE = 120  # columns from which category and evidence are shown


def build(report: Report, width: int) -> list:
    wide = width >= WIDE
    table = Table(title="Personal data found", title_justify="left", expand=False, pad_edge=False)
    table.add_column("location", overflow="fold", ratio=3)
    table.add_column("entity", no_wrap=True)
    if wide:
        table.add_column("category", no_wrap=True)
    table.add_column("hits", justify="right", no_wrap=True)
    table.add_column("test", justify="right", no_wrap=True, header_style="dim")
    table.add_column("score", justify="right", no_wrap=True)
    if wide:
        table.add_column("evidence (masked)", overflow="fold", ratio=2)
    findings = sorted(report.findings, key=sort_key)
    for status, group in groupby(findings, key=lambda f: f.status):
        group = list(group)
        if table.row_count:
            table.add_section()
        table.add_row(Text(f"{status.upper()} ({len(group)})", style=STATUS_STYLE.get(status, "")))
        for f in group:
            v = f.verdict
            row = [location_text(v.unit.location), v.entity_type]
            if wide:
                row.append(f.category + (" (special)" if f.special_category else ""))
            row += [f"{v.hits}/{v.sampled}", str(v.synthetic) if v.synthetic else "", f"{v.score:.2f}"]
            if wide:
                row.append(", ".join(v.evidence))
            table.add_row(*row)
    out: list = [table] if findings else [Text("No personal data found.", style="green")]
    counts = {s: sum(1 for f in findings if f.status == s) for s in STATUS_STYLE}
    st = report.stats
    out.append(Text(
        f"{len(findings)} findings ({counts['prohibited']} prohibited, {counts['unexpected']} unexpected, "
        f"{counts['expected']} expected) in {st.get('units', 0)} columns, "
        f"{st.get('values_sampled', 0)} values sampled, {st.get('seconds', 0)} s; policy {report.policy}. "
        "hits = values holding the entity / values sampled; test = official test or synthetic numbers."
        + (f" {large_files_note(st)}" if large_files_note(st) else "")
    ))
    if report.retention:
        retention = Table(title=f"Retention: {overdue_total(report)} rows overdue", title_justify="left",
                          title_style="bold", pad_edge=False)
        retention.add_column("last-interaction column", overflow="fold", ratio=3)
        retention.add_column("months", justify="right", no_wrap=True)
        retention.add_column("action", no_wrap=True)
        retention.add_column("older than", no_wrap=True)
        retention.add_column("overdue", justify="right", no_wrap=True)
        retention.add_column("rows", justify="right", no_wrap=True)
        for r in report.retention:
            retention.add_row(location_text(r.location), str(r.max_age_months), r.action, r.cutoff[:10],
                              Text(str(r.overdue), style="bold red" if r.overdue else ""), str(r.total))
        out.append(retention)
    if report.errors:
        errors = Table(title=f"Errors ({len(report.errors)})", title_justify="left", title_style="bold red")
        errors.add_column("source", overflow="fold")
        errors.add_column("location", overflow="fold")
        errors.add_column("error", overflow="fold", ratio=3)
        for e in report.errors:
            errors.add_row(e.source, location_text(e.location), e.error)
        out.append(errors)
    return out


def print_table(report: Report, console: Console) -> None:
    for part in build(report, console.width):
        console.print(part)


def render(report: Report, width: int = 160) -> str:
    buf = io.StringIO()
    print_table(report, Console(file=buf, width=width, force_terminal=False, color_system=None))
    return buf.getvalue()
