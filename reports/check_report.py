"""Renderers of ``nordpii check`` results: text and JSON, and the format table.

``CHECK_FORMATS`` maps each ``--format`` of ``nordpii check`` to its module
(``reports.sarif_report`` and ``reports.github_report`` for the CI formats);
each has ``render(result, show_all=False) -> str``.  By default text, SARIF
and GitHub annotations list the failing findings only (a CI log that lists
every official test number buries the one real one); ``show_all`` lists
synthetic, invalid, pragma-allowed and baselined findings too.  JSON always
holds everything, each finding with its ``kind`` and ``outcome``.

Evidence is masked by the check (``scanner.masking``); no renderer sees a
raw value.
"""

from __future__ import annotations

import importlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module for CHECK_FORMATS: keep it light
    from scanner.check import CheckFinding, CheckResult

CHECK_FORMATS = ("text", "json", "sarif", "github")
_MODULES = {"text": "check_report", "json": "check_report", "sarif": "sarif_report",
            "github": "github_report"}


def check_renderer(fmt: str):
    """``render(result, show_all)`` for ``fmt``."""
    if fmt not in CHECK_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(CHECK_FORMATS)}")
    module = importlib.import_module(f"reports.{_MODULES[fmt]}")
    return module.render_json if fmt == "json" else module.render


def listed(result: CheckResult, show_all: bool) -> list[CheckFinding]:
    return list(result.findings) if show_all else list(result.failing)


def location(f: CheckFinding) -> str:
    """``path:line:col`` (``path:column`` for a spreadsheet or Parquet column)."""
    if f.line is None:
        return f"{f.path}:{f.field}" if f.field else f.path
    return f"{f.path}:{f.line}:{f.column}"


_OUTCOME_TEXT = {"baseline": "in the baseline", "allowed": "allowed by pragma", "pass": "passes"}


def finding_line(f: CheckFinding, show_outcome: bool = False) -> str:
    """``path:line:col: ENTITY (real) 81****-****``, and the CSV column."""
    text = f"{location(f)}: {f.entity_type} ({f.kind}) {f.evidence}"
    if f.field and f.line is not None:
        text += f" [column {f.field}]"
    if show_outcome and f.outcome != "fail":
        text += f" - {_OUTCOME_TEXT[f.outcome]}"
    return text


def summary(result: CheckResult) -> str:
    """One line: the verdict and the counts behind it."""
    c = result.counts()
    files = result.stats.get("files_checked", 0)
    verdict = (f"FAILED: {c['fail']} real-looking {'identifier' if c['fail'] == 1 else 'identifiers'}"
               if c["fail"] else "passed")
    parts = [f"{c['synthetic']} synthetic", f"{c['invalid']} invalid"]
    if c["allowed"]:
        parts.append(f"{c['allowed']} allowed by pragma")
    if c["baseline"]:
        parts.append(f"{c['baseline']} in the baseline")
    tail = f"; {len(result.errors)} {'error' if len(result.errors) == 1 else 'errors'}" if result.errors else ""
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    return (f"nordpii check {verdict} in {files} {'file' if files == 1 else 'files'}{skipped} "
            f"({', '.join(parts)}){tail}")


def render(result: CheckResult, show_all: bool = False) -> str:
    lines = [finding_line(f, show_all) for f in listed(result, show_all)]
    lines += [f"{e.path}: error: {e.error}" for e in result.errors]
    if show_all:
        lines += [f"{path}: skipped: {why}" for path, why in result.skipped]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


def finding_to_dict(f: CheckFinding) -> dict:
    return {"path": f.path, "line": f.line, "column": f.column, "end_column": f.end_column,
            "field": f.field, "entity_type": f.entity_type, "kind": f.kind, "outcome": f.outcome,
            "evidence": f.evidence, "fingerprint": f.fingerprint}


def result_to_dict(result: CheckResult) -> dict:
    """The JSON document (README, "Checking repositories"); keys are stable."""
    c = result.counts()
    return {
        "tool": {"name": "nordpii", "version": result.version},
        "mode": result.mode,
        "since": result.since,
        "baseline": result.baseline,
        "entities": list(result.entities),
        "passed": not result.failing,
        "findings": [finding_to_dict(f) for f in result.findings],
        "errors": [{"path": e.path, "error": e.error} for e in result.errors],
        "skipped": [{"path": p, "reason": why} for p, why in result.skipped],
        "stats": {**result.stats, **{k: c[k] for k in ("fail", "baseline", "allowed", "pass",
                                                      "real", "synthetic", "invalid")}},
    }


def render_json(result: CheckResult, show_all: bool = True) -> str:
    return json.dumps(result_to_dict(result), ensure_ascii=False, indent=2) + "\n"
