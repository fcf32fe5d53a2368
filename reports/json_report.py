"""The JSON report of DESIGN.md, documented in the README ("JSON report").

Keys and their order are stable: tools parse this.  Evidence is masked
upstream; this renderer never sees a raw value.
"""

from __future__ import annotations

import json

from scanner.models import Finding, Report

STATUS_ORDER = {"prohibited": 0, "unexpected": 1, "expected": 2}


def finding_to_dict(f: Finding) -> dict:
    v = f.verdict
    return {
        "source": v.unit.source,
        "location": dict(v.unit.location),
        "entity_type": v.entity_type,
        "category": f.category,
        "special_category": f.special_category,
        "status": f.status,
        "score": v.score,
        "hits": v.hits,
        "sampled": v.sampled,
        "candidates": v.candidates,
        "checksum_valid": v.checksum_valid,
        "synthetic": v.synthetic,
        "evidence": list(v.evidence),
    }


def sort_key(f: Finding):
    loc = f.verdict.unit.location
    return (
        STATUS_ORDER.get(f.status, 9),
        f.verdict.unit.source,
        tuple(str(loc.get(k, "")) for k in ("schema", "table", "path", "column", "line")),
        f.verdict.entity_type,
    )


def report_to_dict(report: Report) -> dict:
    return {
        "tool": {"name": "nordpii", "version": report.version},
        "policy": report.policy,
        "sources": report.sources,
        "findings": [finding_to_dict(f) for f in sorted(report.findings, key=sort_key)],
        "errors": [
            {"source": e.source, "location": dict(e.location), "error": e.error} for e in report.errors
        ],
        "stats": report.stats,
    }


def render(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
