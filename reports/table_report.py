"""The terminal table: one row per finding, prohibited first, then unexpected."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from reports.json_report import sort_key
from scanner.models import Report

STATUS_STYLE = {"prohibited": "bold red", "unexpected": "yellow", "expected": "green"}


def _location(loc) -> str:
    parts = [str(loc[k]) for k in ("schema", "table", "path") if loc.get(k) not in (None, "")]
    col = loc.get("column")
    line = loc.get("line")
    text = ".".join(parts)
    if col is not None:
        text += f".{col}" if text else str(col)
    if line is not None:
        text += f":{line}"
    return text


def build(report: Report) -> list:
    table = Table(title="Personal data found", show_lines=False, expand=False)
    for name, kw in (
        ("status", {}), ("location", {"overflow": "fold"}), ("entity", {}), ("category", {}),
        ("hits/sampled", {"justify": "right"}), ("synthetic", {"justify": "right"}),
        ("score", {"justify": "right"}), ("evidence", {"overflow": "fold"}),
    ):
        table.add_column(name, **kw)
    for f in sorted(report.findings, key=sort_key):
        v = f.verdict
        table.add_row(
            f"[{STATUS_STYLE.get(f.status, '')}]{f.status}[/]",
            _location(v.unit.location),
            v.entity_type,
            f.category + (" (special)" if f.special_category else ""),
            f"{v.hits}/{v.sampled}",
            str(v.synthetic),
            f"{v.score:.2f}",
            ", ".join(v.evidence),
        )
    out: list = [table]
    counts = {s: sum(1 for f in report.findings if f.status == s) for s in STATUS_STYLE}
    st = report.stats
    out.append(
        f"{len(report.findings)} findings ({counts['prohibited']} prohibited, "
        f"{counts['unexpected']} unexpected, {counts['expected']} expected) in "
        f"{st.get('units', 0)} columns, {st.get('values_sampled', 0)} values sampled, "
        f"{st.get('seconds', 0)} s; policy {report.policy}"
    )
    if report.errors:
        errors = Table(title=f"Errors ({len(report.errors)})", title_style="bold red")
        errors.add_column("source")
        errors.add_column("location")
        errors.add_column("error", overflow="fold")
        for e in report.errors:
            errors.add_row(e.source, _location(e.location), e.error)
        out.append(errors)
    return out


def print_table(report: Report, console: Console) -> None:
    for part in build(report):
        console.print(part)


def render(report: Report, width: int = 160) -> str:
    buf = io.StringIO()
    print_table(report, Console(file=buf, width=width, force_terminal=False, color_system=None))
    return buf.getvalue()
