"""The small frozen records that flow between the stages of a scan.

source --enumerate--> Unit --sample--> Sample --detect--> ValueResult
       --judge--> Verdict --policy--> Finding --render--> report

Every stage is a plain function over these records, so each can be tested
alone and run in another process (they are all picklable).
"""

from __future__ import annotations

import inspect
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Mapping


def quick_init(cls):
    """Give a frozen dataclass an ``__init__`` that stores the fields in the
    instance's ``__dict__`` directly.

    The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field
    through ``object.__setattr__`` (the class's own ``__setattr__`` refuses),
    at some three times the cost of a dictionary store.  Detection builds a
    Candidate, a Check and a Hit per match and a ValueResult per value, and
    those stores were a tenth of its time.  The ``__init__`` written here
    takes the same parameters (positional or by name, the same defaults),
    which is checked; the class stays frozen, comparable and hashable.
    Plain fields only: no ``default_factory``, ``init=False``,
    ``__post_init__`` or ``__slots__``, which the dataclass ``__init__``
    would handle and this one would not (refused at import).

    >>> @quick_init
    ... @dataclass(frozen=True)
    ... class P:
    ...     x: int
    ...     y: str = "a"
    >>> P(1), P(x=2, y="b") == P(2, "b"), hash(P(1)) == hash(P(1, "a"))
    (P(x=1, y='a'), True, True)
    """
    if not cls.__dataclass_params__.frozen or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"quick_init: {cls.__name__} needs dataclass's own __init__")
    params = []
    defaults: dict[str, Any] = {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} needs dataclass's own __init__")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    stores = "".join(f"    d[{f.name!r}] = {f.name}\n" for f in fields(cls))
    namespace = dict(defaults)
    exec(f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n{stores}", namespace)
    init = namespace["__init__"]

    def shape(fn):
        return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]

    if shape(init) != shape(cls.__init__):
        raise TypeError(f"quick_init: {cls.__name__}'s parameters would change")
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


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


@quick_init
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


@quick_init
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
