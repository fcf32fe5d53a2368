"""The small frozen records that flow between the stages of a scan.

source --enumerate--> Unit --sample--> Sample --detect--> ValueResult
       --judge--> Verdict --policy--> Finding --render--> report

Every stage is a plain function over these records, so each can be tested
alone and run in another process (they are all picklable).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Unit:
    """One thing we judge on its own: a table column, a file, a file column."""

    source: str  # the source URL with any password masked
    location: Mapping[str, Any]  # {"schema", "table", "column"} or {"path", "column"|"line"}
    name: str  # the column (or key) name, used for column-name hints
    sql_type: str = ""

    def key(self) -> tuple:
        return (self.source, tuple(sorted((k, str(v)) for k, v in self.location.items())))


@dataclass(frozen=True)
class Sample:
    """The values read from one unit: non-empty, stringified, capped in length."""

    unit: Unit
    values: tuple[str, ...]
    empty: int = 0  # NULL, '' or whitespace-only values seen (not in `values`)
    # text files: the line number of each value (file order), so the scan can
    # report the first line holding an entity; () for columns and key paths.
    # A line read from a window of a sampled large file has no known number:
    # None here, and its byte offset in ``offsets`` (which is () otherwise).
    lines: tuple[int | None, ...] = ()
    offsets: tuple[int | None, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One entity found in one value."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    checksum: bool | None = None  # a check digit was verified (None: no check digit to verify)
    synthetic: bool = False  # an official test or synthetic identifier
    context: bool = False  # a context word or a column hint supported it
    shape: str = ""  # which pattern matched: the unit of the coincidence test


@dataclass(frozen=True)
class ValueResult:
    """Detection output for one distinct value."""

    hits: tuple[Hit, ...] = ()
    # pattern matches per (entity, shape), valid or not: the denominator of the
    # checksum-valid share (a column of order numbers matches the personnummer
    # pattern everywhere but passes the checks on a few per cent only)
    candidates: tuple[tuple[str, str], ...] = ()
    # readings of a span dropped in favour of another reading of the same
    # characters (scanner/detection.py, resolve_readings): still valid
    # matches, which the column verdict's coincidence test counts
    resolved: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """What one unit holds of one entity type, with the numbers behind it."""

    unit: Unit
    entity_type: str
    hits: int  # sampled values in which the entity was found (with multiplicity)
    sampled: int  # non-empty values sampled
    candidates: int  # values matching the entity's patterns, valid or not
    checksum_valid: int  # hits whose check digit was verified
    synthetic: int  # hits that are official test or synthetic identifiers
    score: float
    evidence: tuple[str, ...] = ()  # masked examples, never raw values

    @property
    def valid_share(self) -> float:
        return self.hits / self.candidates if self.candidates else 0.0


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    category: str
    special_category: bool
    status: str = "unexpected"  # expected | unexpected | prohibited


@dataclass(frozen=True)
class ScanError:
    source: str
    location: Mapping[str, Any]
    error: str


@dataclass(frozen=True)
class RetentionCount:
    """Rows of one table past a retention rule's cutoff (policy ``retention``)."""

    source: str
    location: Mapping[str, Any]  # {"schema", "table", "column"}: the last-interaction column
    max_age_months: int
    action: str  # delete | anonymise
    cutoff: str  # ISO 8601, UTC: rows whose column is older than this are overdue
    overdue: int
    total: int  # every row of the table (rows with no value in the column are not overdue)


@dataclass
class Report:
    version: str
    policy: str | None
    sources: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    retention: list[RetentionCount] = field(default_factory=list)
