"""SARIF 2.1.0 for ``nordpii check``, as GitHub code scanning accepts it.

One run; ``tool.driver.rules`` holds one rule per entity type the check
looked for (``ruleId`` is the entity name, which stays the same across
runs, as code scanning requires); each result has a ``level``, a message
with masked evidence, one physical location (the path relative to the
repository root with forward slashes, percent-encoded, and a region with
``startLine``, ``startColumn`` and ``endColumn`` in Unicode code points,
``run.columnKind``) and, when the run has a fingerprint key, the keyed
fingerprint in ``partialFingerprints`` with an occurrence index
(``fingerprint:0``, ``:1``, ... for the same value twice in one file, as
CodeQL's ``primaryLocationLineHash`` does), so that an alert survives
edits and line moves without any value or unkeyed hash in the file.

GitHub needs ``region.startLine`` on every result (sarif-sdk rule GH1003):
a finding in a spreadsheet or Parquet column, which has no line, is put on
line 1 and names its column in the message.

By default only failing findings are results (``level: error``, and
``baselineState: new`` when a baseline was compared).  ``show_all`` adds
the baselined ones (``warning``, ``baselineState: unchanged``), the
pragma-allowed ones (``note`` with an ``inSource`` suppression) and the
synthetic and invalid ones (``none``).  Files that could not be read are
``toolExecutionNotifications``.

Sources: OASIS SARIF 2.1.0 (errata 01), §3.27 result, §3.30 location,
§3.30.15 region, §3.27.17 partialFingerprints, §3.27.23 baselineState,
§3.35 suppression; GitHub docs, "SARIF support for code scanning".
"""

from __future__ import annotations

import json
from urllib.parse import quote

from reports.check_report import listed
from scanner.check import CheckFinding, CheckResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "nordpiiFingerprint/v1"

DESCRIPTIONS = {
    "SE_PERSONNUMMER": "Swedish personnummer or samordningsnummer",
    "NO_FODSELSNUMMER": "Norwegian fødselsnummer, D-nummer or H-nummer",
    "DK_CPR": "Danish CPR number",
    "FI_PERSONAL_IDENTITY_CODE": "Finnish personal identity code (henkilötunnus)",
    "IS_KENNITALA": "Icelandic kennitala",
    "IBAN_CODE": "IBAN bank account number",
    "NO_BANK_ACCOUNT": "Norwegian bank account number (kontonummer)",
    "CREDIT_CARD": "Payment card number",
    "EMAIL_ADDRESS": "E-mail address",
    "PHONE_NUMBER": "Phone number",
    "PERSON": "Person name",
}
_LEVEL = {"fail": "error", "baseline": "warning", "allowed": "note", "pass": "none"}


def _rule(entity: str) -> dict:
    what = DESCRIPTIONS.get(entity, entity.replace("_", " ").lower().capitalize())
    help_text = (f"A real-looking {what} was found in the repository. Personal data does not belong in "
                 "source, fixtures or test data: replace it with an official test identifier or a "
                 "generated synthetic one, or, if it is deliberate, mark the line with "
                 f"'nordpii: allow {entity}' or record it in a baseline (nordpii check --write-baseline).")
    return {
        "id": entity,
        "name": "".join(part.capitalize() for part in entity.split("_")),
        "shortDescription": {"text": f"{what} in the repository"},
        "fullDescription": {"text": f"A {what} that passes its checks and is no official test or "
                                    "synthetic identifier: real personal data."},
        "help": {"text": help_text, "markdown": help_text.replace("'nordpii: allow", "`nordpii: allow")
                 .replace(f"{entity}'", f"{entity}`")},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["privacy", "personal-data", "gdpr"], "precision": "high"},
    }


def _message(f: CheckFinding) -> str:
    where = f" in column {f.field}" if f.field else ""
    if f.kind == "real":
        text = f"Real-looking {f.entity_type} ({f.evidence}){where}"
        if f.outcome == "fail":
            return text + ": personal data must not be committed; use an official test identifier."
        return text + (": in the baseline." if f.outcome == "baseline" else ": allowed by a nordpii pragma.")
    if f.kind == "synthetic":
        return f"Synthetic {f.entity_type} ({f.evidence}){where}: an official test or synthetic identifier."
    return f"Invalid {f.entity_type} look-alike ({f.evidence}){where}: fails its check."


def _uri(path: str) -> str:
    return quote(path, safe="/")


def to_sarif(result: CheckResult, show_all: bool = False) -> dict:
    rules = sorted(set(result.entities) | {f.entity_type for f in result.findings})
    index = {entity: i for i, entity in enumerate(rules)}
    seen: dict[tuple[str, str], int] = {}
    results = []
    for f in listed(result, show_all):
        region = {"startLine": f.line or 1}
        if f.line is not None and f.column is not None:
            region["startColumn"] = f.column
            if f.end_column and f.end_column > f.column:
                region["endColumn"] = f.end_column
        item: dict = {
            "ruleId": f.entity_type,
            "ruleIndex": index[f.entity_type],
            "level": _LEVEL[f.outcome],
            "message": {"text": _message(f)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
        }
        if f.fingerprint:
            n = seen.get((f.path, f.fingerprint), 0)
            seen[(f.path, f.fingerprint)] = n + 1
            item["partialFingerprints"] = {FINGERPRINT_KEY: f"{f.fingerprint}:{n}"}
        if result.baseline and f.outcome in ("fail", "baseline"):
            item["baselineState"] = "new" if f.outcome == "fail" else "unchanged"
        if f.outcome == "allowed":
            item["suppressions"] = [{"kind": "inSource", "justification": "nordpii: allow"}]
        item["properties"] = {"kind": f.kind, "outcome": f.outcome}
        results.append(item)
    invocation: dict = {"executionSuccessful": not result.errors}
    if result.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": f"{e.path}: {e.error}"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)}}}]}
            for e in result.errors
        ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "nordpii", "version": result.version,
                                "semanticVersion": result.version, "rules": [_rule(e) for e in rules]}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result: CheckResult, show_all: bool = False) -> str:
    return json.dumps(to_sarif(result, show_all), ensure_ascii=False, indent=2) + "\n"
