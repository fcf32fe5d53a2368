"""The JSON report of DESIGN.md, documented in the README ("JSON report").

Keys and their order are stable: tools parse this (``retention``, the
policy's retention counts, came in after ``findings``).  Evidence is masked
upstream; this renderer never sees a raw value.
"""

from __future__ import annotations

import json

from reports.summary import STATUS_ORDER, retention_to_dict, sort_key  # noqa: F401 - re-exported
from scanner.models import Finding, Report


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


def report_to_dict(report: Report) -> dict:
    return {
        "tool": {"name": "nordpii", "version": report.version},
        "policy": report.policy,
        "sources": report.sources,
        "findings": [finding_to_dict(f) for f in sorted(report.findings, key=sort_key)],
        "retention": [retention_to_dict(r) for r in report.retention],
        "errors": [
            {"source": e.source, "location": dict(e.location), "error": e.error} for e in report.errors
        ],
        "stats": report.stats,
    }


def render(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
