"""``nordpii anonymise``: a pseudonymised copy of a database or of tabular files,
its rules file, and the checks every run reports.

Data flow (DESIGN.md)::

    source --stream chunks--> ColumnJob per column (scanner/transforms.py, keyed)
           --> staged target (scanner/anonymise_io.py) --> leak check (re-scan) + k-anonymity
           --> publish (one atomic step) or discard

Rules (README, "Anonymising")::

    name: demo-crm
    unlisted: copy            # a column the rules do not name: copy (warned, leak-checked) | drop | error
    k: 5                      # target k where a table names quasi_identifiers
    suppress: false           # remove the records of groups smaller than k
    tables:
      - table: kontakter      # globs on table / schema.table (files: relative path, FILE!SHEET)
        columns:
          id: pseudonym_int
          email: pseudonym
          personnummer: {surrogate: {entity: [SE_PERSONNUMMER, NO_FODSELSNUMMER], keep_birth_year: true}}
          födelsedatum: {generalise: birth_year}
          created_at: {date_shift: {person: id, max_days: 180}}
          anteckningar: redact
          lojalitetspoäng: drop
        quasi_identifiers: [födelsedatum, kön, postnummer]
        sensitive: diagnos    # l-diversity of this column within each group

For one column, the first table entry (file order) that matches the table
and names the column decides (an exact name before a glob within an entry).
A column no entry names is copied as it is, with a warning, unless
``unlisted`` says otherwise; the leak check then flags any direct identifier
in it, because only ``keep`` declares that a column may hold them.

Checks, on the staged target before it is published:

- Leak check: the staged target is scanned with ``scanner.scan.scan``; a
  direct identifier (national IDs, financial, e-mail, phone, names, IP
  addresses, credentials) in any column not declared ``keep`` fails the run.
  A surrogate column is expected to hold identifiers of its own kind; there
  the check is instead that no output value equals a source value of the
  column, its own row's or another's (keyed 8-byte fingerprints, never raw
  values).
- k-anonymity and l-diversity over the quasi-identifiers after their
  transforms, counted over every row written: smallest group, groups, records
  below k and their share, the smallest number of distinct sensitive values
  in a group.  With suppression, a first pass over the source counts the
  groups and the second pass leaves out the records of groups below k, and
  the rows of other tables that reference them (so foreign keys still hold).
A failed check discards the staged target: nothing is published, exit 1.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import yaml

from scanner.anonymise_io import (
    LONG_TEXT,
    DatabaseReader,
    FileReader,
    OutColumn,
    OutTable,
    TableInfo,
    as_text,
    json_slots,
    needs_text,
    open_target,
    portable_type,
)
from scanner.models import ScanError
from scanner.sources.database import SourceError, mask_url

log = logging.getLogger("nordpii.anonymise")

ACTIONS = ("keep", "drop", "pseudonym", "pseudonym_int", "surrogate", "generalise", "date_shift", "redact")
_ALIASES = {"generalize": "generalise", "pseudonymise": "pseudonym", "pseudonymize": "pseudonym"}
GENERALISE_METHODS = ("birth_year", "age_band", "sex", "postcode_prefix", "band", "month", "year")
_INT_METHODS = frozenset({"birth_year", "year"})
SURROGATE_ENTITIES = (
    "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA",
    "IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON",
    "SE_ORGANISATIONSNUMMER", "NO_ORGNR", "DK_CVR", "FI_BUSINESS_ID",
)
NATIONAL_IDS = frozenset({"SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE",
                          "IS_KENNITALA"})
# What identifies a person on its own: the leak check fails on these.  Others
# (LOCATION, DATE_OF_BIRTH, URL, organisation numbers, special categories)
# are listed as notes.
DIRECT_IDENTIFIERS = NATIONAL_IDS | frozenset({
    "IBAN_CODE", "SE_BANKGIRO", "NO_BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON",
    "IP_ADDRESS", "CREDENTIAL",
})
UNLISTED = ("copy", "drop", "error")
DEFAULT_K = 5
_TOP_KEYS = ("name", "description", "unlisted", "k", "suppress", "as_of", "tables")
_TABLE_KEYS = ("table", "columns", "quasi_identifiers", "sensitive", "k", "suppress", "note")
_PARAMS = {
    "keep": (), "drop": (), "redact": (), "pseudonym_int": ("bits",),
    "pseudonym": ("entity", "length"),
    "surrogate": ("entity", "keep_birth_year", "keep_sex", "locale"),
    "generalise": ("method", "width", "digits"),
    "date_shift": ("person", "max_days"),
}
_SHORTHAND = {"surrogate": "entity", "generalise": "method", "date_shift": "person", "pseudonym": "entity"}
FINGERPRINT_CAP = 5_000_000  # source values per surrogate column held for the cross-row check (8 bytes each)


class TargetWriteError(Exception):
    """Writing a chunk to the target failed; the message is already one masked line."""


class RulesError(Exception):
    """A rules file that cannot be used; one line naming the place and the problem."""


# -- rules ---------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnRule:
    action: str
    entity: tuple[str, ...] = ()  # pseudonym (one), surrogate (tried in order)
    length: int | None = None
    bits: int | None = None
    keep_birth_year: bool = False
    keep_sex: bool = False
    locale: str | None = None
    method: str | None = None
    width: int | None = None
    digits: int | None = None
    person: str | None = None
    max_days: int | None = None
    where: str = field(default="", compare=False)


@dataclass(frozen=True)
class TableRules:
    tables: tuple[str, ...]  # globs, case-folded
    columns: tuple[tuple[str, ColumnRule], ...]  # (name or glob, case-folded; rule), file order
    quasi_identifiers: tuple[str, ...] = ()
    sensitive: str | None = None
    k: int | None = None
    suppress: bool | None = None
    where: str = ""

    def matches(self, info: TableInfo) -> bool:
        names = [info.name.casefold()]
        if info.schema:
            names.append(f"{info.schema}.{info.name}".casefold())
        if "path" in info.location:
            names.append(info.name.rsplit("/", 1)[-1].casefold())
        return any(fnmatchcase(n, p) for p in self.tables for n in names)

    def rule_for(self, column: str) -> ColumnRule | None:
        c = column.casefold()
        for name, rule in self.columns:
            if name == c:
                return rule
        for name, rule in self.columns:
            if _is_glob(name) and fnmatchcase(c, name):
                return rule
        return None


@dataclass(frozen=True)
class Rules:
    name: str
    label: str
    tables: tuple[TableRules, ...] = ()
    unlisted: str = "copy"
    k: int = DEFAULT_K
    suppress: bool = False
    as_of: dt.date | None = None


def _is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def load_rules(path: str | Path) -> Rules:
    """The rules at ``path``; ``builtin:NAME`` is ``rules/anonymise_NAME.yaml`` of the package
    (``builtin:demo`` for the demo CRM)."""
    try:
        if str(path).startswith("builtin:"):
            from importlib import resources

            stem = str(path)[len("builtin:"):]
            resource = resources.files("rules").joinpath(f"anonymise_{stem}.yaml")
            if not stem.replace("_", "").isalnum() or not resource.is_file():
                raise RulesError(f"no built-in rules {stem!r}; built in: builtin:demo")
            text = resource.read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise RulesError(f"cannot read rules {path}: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RulesError(f"rules {path} is not valid YAML{f' at line {mark.line + 1}' if mark else ''}") from None
    except ValueError as exc:  # PyYAML builds dates itself: 'as_of: 2026-13-01' raises ValueError
        raise RulesError(f"rules {path} is not valid YAML: {str(exc).splitlines()[0][:80]}") from None
    return parse_rules(data if data is not None else {}, label=str(path))


def parse_rules(data: Any, *, label: str = "<rules>") -> Rules:
    """``Rules`` from parsed YAML; ``RulesError`` naming the first problem, as ``scanner.policy`` does."""
    from scanner.policy import _brackets_closed, load_taxonomy

    entities = load_taxonomy().entities

    def fail(where: str, problem: str):
        raise RulesError(f"rules {label}: {where + ': ' if where else ''}{problem}")

    def hint(value: str, valid: Sequence[str]) -> str:
        close = difflib.get_close_matches(str(value), list(valid), n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""

    def keys(raw: dict, where: str, allowed: Sequence[str]) -> None:
        for key in raw:
            if key not in allowed:
                fail(where or str(key), f"unknown key {key!r}{hint(key, allowed)}; allowed: {', '.join(allowed)}")

    def globs(value: Any, where: str) -> tuple[str, ...]:
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not value:
            fail(where, "must be a glob or a non-empty list of globs")
        for p in value:
            if not isinstance(p, str) or not p.strip() or not _brackets_closed(p):
                fail(where, f"bad glob {p!r}")
        return tuple(p.casefold() for p in value)

    def whole(value: Any, where: str, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            fail(where, f"must be a whole number from {lo} to {hi}")
        return value

    def flag(value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            fail(where, "must be true or false")
        return value

    def column_rule(raw: Any, where: str) -> ColumnRule:
        if isinstance(raw, str):
            action, params = raw, {}
        elif isinstance(raw, dict) and len(raw) == 1:
            action, params = next(iter(raw.items()))
        else:
            fail(where, f"must be a transform ({', '.join(ACTIONS)}) or a mapping of one transform to its options")
        action = _ALIASES.get(action, action) if isinstance(action, str) else action
        if action not in ACTIONS:
            fail(where, f"unknown transform {action!r}{hint(action, ACTIONS)}; valid: {', '.join(ACTIONS)}")
        where = f"{where}.{action}"
        if params is None:
            params = {}
        if not isinstance(params, dict):
            if action not in _SHORTHAND:
                fail(where, "takes no value" if not _PARAMS[action] else f"options must be a mapping "
                     f"({', '.join(_PARAMS[action])})")
            params = {_SHORTHAND[action]: params}
        keys(params, where, _PARAMS[action])
        opts: dict[str, Any] = {}
        if "entity" in params:
            ents = params["entity"]
            ents = [ents] if isinstance(ents, str) else ents
            if not isinstance(ents, list) or not ents or not all(isinstance(e, str) for e in ents):
                fail(f"{where}.entity", "must be an entity type or a list of them")
            valid = SURROGATE_ENTITIES if action == "surrogate" else entities
            for e in ents:
                if e not in valid:
                    fail(f"{where}.entity", f"unknown entity type {e!r}{hint(e, valid)}"
                         + ("; surrogates exist for: " + ", ".join(SURROGATE_ENTITIES) if action == "surrogate" else ""))
            if action == "pseudonym" and len(ents) > 1:
                fail(f"{where}.entity", "a pseudonym takes one entity type (its canonical form)")
            opts["entity"] = tuple(ents)
        elif action == "surrogate":
            fail(where, "needs 'entity' (which kind of fake value: " + ", ".join(SURROGATE_ENTITIES) + ")")
        for key, lo, hi in (("length", 8, 64), ("bits", 16, 63), ("width", 1, 10**9), ("digits", 1, 10),
                            ("max_days", 1, 3650)):
            if key in params:
                opts[key] = whole(params[key], f"{where}.{key}", lo, hi)
        for key in ("keep_birth_year", "keep_sex"):
            if key in params:
                opts[key] = flag(params[key], f"{where}.{key}")
        for key in ("locale", "person"):
            if key in params:
                if not isinstance(params[key], str) or not params[key].strip():
                    fail(f"{where}.{key}", "must be a non-empty string")
                opts[key] = params[key]
        if action == "generalise":
            method = params.get("method")
            if method not in GENERALISE_METHODS:
                fail(f"{where}.method", (f"unknown method {method!r}{hint(method, GENERALISE_METHODS)}; "
                                         if method is not None else "needed; ") + f"valid: {', '.join(GENERALISE_METHODS)}")
            opts["method"] = method
        if action == "date_shift" and "person" not in opts:
            fail(where, "needs 'person': the column that names the person, so that one person keeps one offset")
        return ColumnRule(action, where=where, **opts)

    if not isinstance(data, dict):
        fail("", "must be a mapping (name, unlisted, k, suppress, as_of, tables)")
    keys(data, "", _TOP_KEYS)
    unlisted = data.get("unlisted", "copy")
    if unlisted not in UNLISTED:
        fail("unlisted", f"must be one of {', '.join(UNLISTED)}{hint(unlisted, UNLISTED)}")
    k = whole(data["k"], "k", 2, 10**6) if "k" in data else DEFAULT_K
    suppress = flag(data["suppress"], "suppress") if "suppress" in data else False
    as_of = data.get("as_of")
    if as_of is not None:
        if isinstance(as_of, str):
            try:
                as_of = dt.date.fromisoformat(as_of)
            except ValueError:
                fail("as_of", "must be a date, YYYY-MM-DD")
        if isinstance(as_of, dt.datetime):
            as_of = as_of.date()
        if not isinstance(as_of, dt.date):
            fail("as_of", "must be a date, YYYY-MM-DD")
    raw_tables = data.get("tables") or []
    if not isinstance(raw_tables, list):
        fail("tables", "must be a list of mappings")
    tables = []
    for i, raw in enumerate(raw_tables):
        where = f"tables[{i}]"
        if not isinstance(raw, dict):
            fail(where, "must be a mapping")
        keys(raw, where, _TABLE_KEYS)
        if "table" not in raw:
            fail(where, "needs 'table' (a glob or a list of globs)")
        cols = raw.get("columns") or {}
        if not isinstance(cols, dict):
            fail(f"{where}.columns", "must be a mapping of column name to transform")
        columns = tuple((str(name).casefold(), column_rule(rule, f"{where}.columns.{name}"))
                        for name, rule in cols.items())
        qi = raw.get("quasi_identifiers") or []
        qi = [qi] if isinstance(qi, str) else qi
        if not isinstance(qi, list) or not all(isinstance(q, str) for q in qi):
            fail(f"{where}.quasi_identifiers", "must be a list of column names")
        sensitive = raw.get("sensitive")
        if sensitive is not None and not isinstance(sensitive, str):
            fail(f"{where}.sensitive", "must be a column name")
        if sensitive is not None and not qi:
            fail(f"{where}.sensitive", "l-diversity needs quasi_identifiers")
        tables.append(TableRules(
            tables=globs(raw["table"], f"{where}.table"), columns=columns, quasi_identifiers=tuple(qi),
            sensitive=sensitive, k=whole(raw["k"], f"{where}.k", 2, 10**6) if "k" in raw else None,
            suppress=flag(raw["suppress"], f"{where}.suppress") if "suppress" in raw else None, where=where))
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        fail("name", "must be a string")
    return Rules(name=name or label, label=label, tables=tuple(tables), unlisted=unlisted, k=k,
                 suppress=suppress, as_of=as_of)


def check_rules(rules: Rules, infos: Sequence[TableInfo], warn: Callable[[str], None] = lambda m: None) -> None:
    """Typos: a literal column name that no table its entry matches has is an
    error ("did you mean"); an entry that matches no table is a warning (its
    globs may be meant for other sources, or --exclude left them out)."""
    for entry in rules.tables:
        matched = [i for i in infos if entry.matches(i)]
        if not matched:
            warn(f"rules {rules.label}: {entry.where}: no table matches {', '.join(entry.tables)}")
            continue
        have = {n.casefold(): n for i in matched for n in i.column_names}
        for name, rule in entry.columns:
            if not _is_glob(name) and name not in have:
                close = difflib.get_close_matches(name, list(have), n=1)
                where = rule.where.rsplit(".", 1)[0]
                raise RulesError(f"rules {rules.label}: {where}: no column {name!r} in "
                                 f"{', '.join(i.name for i in matched[:3])}"
                                 + (f" (did you mean {have[close[0]]!r}?)" if close else ""))


@dataclass(frozen=True)
class ColumnPlan:
    name: str
    rule: ColumnRule
    explicit: bool  # named by the rules (False: unlisted, copied as it is)


@dataclass(frozen=True)
class TablePlan:
    info: TableInfo
    columns: tuple[ColumnPlan, ...]
    quasi_identifiers: tuple[str, ...] = ()
    sensitive: str | None = None
    k: int = DEFAULT_K
    suppress: bool = False

    def column(self, name: str) -> ColumnPlan | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def kept(self) -> tuple[ColumnPlan, ...]:
        return tuple(c for c in self.columns if c.rule.action != "drop")


def plan_table(rules: Rules, info: TableInfo, *, k: int | None = None, suppress: bool | None = None,
               warn: Callable[[str], None] = lambda m: None) -> TablePlan:
    """The transform of every column of ``info``; ``RulesError`` for a rule that cannot apply."""
    entries = [t for t in rules.tables if t.matches(info)]
    names = info.column_names
    folded = {n.casefold(): n for n in names}

    def fail(where: str, problem: str):
        raise RulesError(f"rules {rules.label}: {where}: {problem}")

    def column_ref(name: str, where: str) -> str:
        real = folded.get(name.casefold())
        if real is None:
            close = difflib.get_close_matches(name, list(names), n=1)
            fail(where, f"no column {name!r} in {info.name}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        return real

    columns = []
    for name in names:
        rule = next((r for e in entries if (r := e.rule_for(name)) is not None), None)
        if rule is None:
            if rules.unlisted == "error":
                raise RulesError(f"rules {rules.label}: column {info.name}.{name} is not in the rules "
                                 "(unlisted: error)")
            if rules.unlisted == "drop":
                columns.append(ColumnPlan(name, ColumnRule("drop", where="unlisted"), False))
                continue
            warn(f"column {info.name}.{name} is not in the rules: copied as it is (the leak check covers it)")
            columns.append(ColumnPlan(name, ColumnRule("keep", where="unlisted"), False))
            continue
        if rule.person is not None:
            person = column_ref(rule.person, f"{rule.where}.person")
            rule = replace(rule, person=person)
        columns.append(ColumnPlan(name, rule, True))
    entry = next((e for e in entries if e.quasi_identifiers), None)
    qi: tuple[str, ...] = ()
    sensitive = None
    k_target = k or rules.k
    do_suppress = bool(suppress) if suppress is not None else rules.suppress
    if entry is not None:
        qi = tuple(column_ref(q, f"{entry.where}.quasi_identifiers") for q in entry.quasi_identifiers)
        if entry.sensitive:
            sensitive = column_ref(entry.sensitive, f"{entry.where}.sensitive")
        plans = {c.name: c for c in columns}
        for q in qi + ((sensitive,) if sensitive else ()):
            if plans[q].rule.action == "drop":
                fail(f"{entry.where}.quasi_identifiers", f"column {q!r} is dropped: it cannot be counted")
        k_target = k or entry.k or rules.k
        if suppress is None and entry.suppress is not None:
            do_suppress = entry.suppress
    return TablePlan(info, tuple(columns), qi, sensitive, k_target, do_suppress)


# -- column jobs -----------------------------------------------------------------


@dataclass
class ColumnCounts:
    transformed: int = 0
    unchanged: int = 0
    null: int = 0
    unparsable: int = 0
    redactions: Counter = field(default_factory=Counter)


class ColumnJob:
    """One column's transform over column-major chunks, with its counts.

    Pure apart from the counts; a bounded memo per column spares the HMAC of
    values that repeat (foreign keys, postcodes, countries)."""

    MEMO = 4096  # small: a memo that grew with the table would unbound memory

    def __init__(self, plan: ColumnPlan, key: Any, *, redactor: Any = None, as_of: dt.date | None = None):
        self.plan = plan
        self.rule = plan.rule
        self.key = key
        self.redactor = redactor
        self.as_of = as_of
        self.counts = ColumnCounts()
        self.memo: dict[Any, Any] = {}
        self.same_as_source = 0  # surrogate outputs equal to their own input (never expected)
        self.source_prints: list[int] = []  # surrogate columns: fingerprints for the cross-row check
        self.output_prints: list[int] = []
        self.prints_capped = False
        self._fn = self._build()

    def _build(self) -> Callable[[Any], Any] | None:
        r = self.rule
        if r.action not in ("pseudonym", "pseudonym_int", "surrogate", "generalise"):
            return None
        from scanner import transforms as T

        if r.action == "pseudonym":
            entity = r.entity[0] if r.entity else None
            length = r.length or 20
            return lambda v: T.pseudonym(self.key, as_text(v), entity=entity, length=length)
        if r.action == "pseudonym_int":
            bits = r.bits or 62
            return lambda v: T.pseudonym_int(self.key, v, bits=bits)
        if r.action == "surrogate":
            def surrogate(v: Any) -> Any:
                text = as_text(v)
                for entity in T.kind_order(text, r.entity):
                    try:
                        return T.surrogate(self.key, entity, text, keep_birth_year=r.keep_birth_year,
                                           keep_sex=r.keep_sex, locale=r.locale)
                    except T.TransformError:
                        continue
                raise T.TransformError(f"not a valid {' or '.join(r.entity)}")
            return surrogate
        if r.action == "generalise":
            kwargs = {k: v for k, v in (("width", r.width), ("digits", r.digits)) if v is not None}
            as_of = self.as_of
            return lambda v: T.generalise(v, r.method, as_of=as_of, **kwargs)
        return None

    def apply(self, values: list, person: list | None = None, *, count: bool = True) -> list:
        action = self.rule.action
        c = self.counts if count else ColumnCounts()
        if action == "keep":
            nulls = sum(1 for v in values if v is None)
            c.null += nulls
            c.unchanged += len(values) - nulls
            return values
        if action == "redact":
            return self._redact(values, c)
        if action == "date_shift":
            return self._date_shift(values, person or [None] * len(values), c)
        from scanner.transforms import TransformError

        fn, memo, out = self._fn, self.memo, []
        missing = object()
        nulls = bad = same = 0
        compare = action == "generalise"  # only a generalisation can give back its input
        for v in values:
            if v is None or (type(v) is str and not v.strip()):
                nulls += 1
                out.append(v)
                continue
            r = memo.get(v, missing)
            if r is missing:
                try:
                    r = fn(v)
                except TransformError:
                    r = TransformError
                if len(memo) >= self.MEMO:
                    memo.clear()
                memo[v] = r
            if r is TransformError:
                bad += 1
                out.append(None)
            else:
                if compare and r == v:
                    same += 1
                out.append(r)
        c.null += nulls
        c.unparsable += bad
        c.unchanged += same
        c.transformed += len(values) - nulls - bad - same
        if count and action == "surrogate":
            self._fingerprints(values, out)
        return out

    def _fingerprints(self, values: list, out: list) -> None:
        """Keyed 8-byte fingerprints of the canonical inputs and outputs (never raw values)."""
        from scanner.transforms import canonical

        entity = self.rule.entity[0] if len(self.rule.entity) == 1 else None
        for v, o in zip(values, out):
            if o is None or v is None:
                continue
            a = canonical(as_text(v), entity)
            b = canonical(as_text(o), entity)
            if a == b:
                self.same_as_source += 1
            if len(self.source_prints) < FINGERPRINT_CAP:
                self.source_prints.append(int.from_bytes(self.key.digest("leak-check", a)[:8], "big"))
                self.output_prints.append(int.from_bytes(self.key.digest("leak-check", b)[:8], "big"))
            else:
                self.prints_capped = True

    def cross_matches(self) -> int:
        """Output values equal to any source value of the column (another row's real identifier)."""
        if not self.source_prints:
            return 0
        return len(set(self.source_prints).intersection(self.output_prints))

    def _date_shift(self, values: list, person: list, c: ColumnCounts) -> list:
        from scanner.transforms import TransformError, date_shift

        out = []
        max_days = self.rule.max_days or 180
        for v, p in zip(values, person):
            if v is None or (type(v) is str and not v.strip()):
                c.null += 1
                out.append(v)
                continue
            if p is None or (type(p) is str and not p.strip()):
                c.unparsable += 1  # no person, no offset: never the true date
                out.append(None)
                continue
            try:
                out.append(date_shift(self.key, v, p, max_days=max_days))
                c.transformed += 1
            except TransformError:
                c.unparsable += 1
                out.append(None)
        return out

    def _redact(self, values: list, c: ColumnCounts) -> list:
        texts = [None if v is None else as_text(v) for v in values]
        out = []
        for (red, found), original in zip(self.redactor.redact(texts), texts):
            if original is None or not original.strip():
                c.null += 1
            elif found:
                c.transformed += 1
                c.redactions.update(found)
            else:
                c.unchanged += 1
            out.append(red)
        return out


# -- the run ---------------------------------------------------------------------


@dataclass(frozen=True)
class AnonymiseOptions:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    chunk_size: int = 10_000
    k: int | None = None  # overrides the rules' targets
    suppress: bool | None = None
    as_of: dt.date | None = None
    overwrite: bool = False
    sample_size: int = 1000  # the leak check's sample per column
    workers: int = 1
    spacy_model: str | None = None
    leak_check: bool = True


@dataclass
class TableResult:
    table: str
    location: dict
    rows_in: int = 0
    rows_out: int = 0
    suppressed: int = 0  # records of groups below k left out
    removed_with_parent: int = 0  # rows referencing a suppressed record
    columns: list[dict] = field(default_factory=list)
    error: str | None = None


@dataclass
class Result:
    """What one run did; ``to_json`` is the report (never a raw value, never the key)."""

    source: str
    target: str
    rules: str
    key_fingerprint: str
    tables: list[TableResult] = field(default_factory=list)
    leak_check: dict = field(default_factory=dict)
    k_anonymity: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0

    @property
    def failed_checks(self) -> list[str]:
        failed = []
        if self.leak_check and not self.leak_check.get("passed", True):
            failed.append("leak check")
        if any(not k["passed"] for k in self.k_anonymity):
            failed.append("k-anonymity")
        return failed

    def to_json(self) -> dict:
        from scanner import __version__

        return {
            "tool": {"name": "nordpii", "version": __version__},
            "command": "anonymise",
            "source": self.source, "target": self.target, "rules": self.rules,
            "key": {"fingerprint": self.key_fingerprint},
            "committed": self.committed,
            "result": "failed: " + ", ".join(self.failed_checks) if self.failed_checks else "ok",
            "tables": [asdict(t) for t in self.tables],
            "leak_check": self.leak_check,
            "k_anonymity": self.k_anonymity,
            "warnings": self.warnings,
            "errors": self.errors,
            "skipped": self.skipped,
            "stats": {"tables": len(self.tables), "rows_in": sum(t.rows_in for t in self.tables),
                      "rows_out": sum(t.rows_out for t in self.tables), "seconds": round(self.seconds, 3)},
        }


def open_reader(source: str, options: AnonymiseOptions):
    from scanner.scan import source_kind

    if source_kind(source) == "database":
        return DatabaseReader(source, include=options.include, exclude=options.exclude)
    if source.lower().startswith(("smb://", "s3://")):
        raise SourceError(f"cannot anonymise {mask_url(source)}: only local files and databases are copied")
    return FileReader(source, include=options.include, exclude=options.exclude)


def out_table(plan: TablePlan, plans: Mapping[str, TablePlan], warn: Callable[[str], None]) -> OutTable:
    """The target table: types a changed transform needs, the primary key and
    foreign keys that still hold after the transforms."""
    info = plan.info
    db = info.fmt == "database"
    cols = []
    for c in plan.kept:
        src = next(x for x in info.columns if x.name == c.name)
        a = c.rule.action
        nullable = src.nullable if a in ("keep", "pseudonym", "pseudonym_int") else True
        if not db:
            t = {"pseudonym_int": "int", "keep": "same", "date_shift": "same"}.get(a, "str")
            if a == "generalise" and c.rule.method in _INT_METHODS:
                t = "int"
            if info.fmt == "parquet" and a == "keep":
                t = "same"
            cols.append(OutColumn(c.name, t, nullable))
            continue
        from sqlalchemy import BigInteger, Integer, String

        if a in ("keep", "date_shift"):
            t = portable_type(src.type)
        elif a == "pseudonym_int":
            t = BigInteger()
        elif a == "pseudonym":
            t = String(c.rule.length or 20)
        elif a == "surrogate":
            t = String(max(getattr(src.type, "length", None) or 0, 255))
        elif a == "generalise":
            t = Integer() if c.rule.method in _INT_METHODS else String(32)
        else:  # redact: '<SE_PERSONNUMMER>' is longer than what it replaces
            t = LONG_TEXT
        cols.append(OutColumn(c.name, t, nullable))
    key_ok = {"keep", "pseudonym", "pseudonym_int"}
    pk = info.primary_key
    if pk and not all((p := plan.column(n)) and p.rule.action in key_ok for n in pk):
        warn(f"{info.name}: primary key not recreated (a key column is dropped or not a pseudonym)")
        pk = ()
    fks = []
    for fk in info.foreign_keys:
        parent = plans.get(fk.ref_table)
        if parent is None:
            continue
        child_rules = [plan.column(n) for n in fk.columns]
        parent_rules = [parent.column(n) for n in fk.ref_columns]
        same = all(a and b and a.rule.action == b.rule.action and a.rule.action in key_ok
                   and a.rule.entity == b.rule.entity and a.rule.length == b.rule.length and a.rule.bits == b.rule.bits
                   for a, b in zip(child_rules, parent_rules))
        if not same:
            warn(f"{info.name}.{','.join(fk.columns)} references {fk.ref_table}.{','.join(fk.ref_columns)}, "
                 "which the rules transform differently: the join breaks, the foreign key is not recreated")
            continue
        ref_pk = plans[fk.ref_table].info.primary_key
        if tuple(fk.ref_columns) != tuple(ref_pk):
            warn(f"{info.name}: a foreign key to {fk.ref_table} that does not name its primary key is not recreated")
            continue
        fks.append(fk)
    return OutTable(info, tuple(cols), pk, tuple(fks))


class _Accumulator:
    """k-anonymity and l-diversity groups of one table, counted over written rows."""

    def __init__(self, plan: TablePlan):
        self.plan = plan
        self.groups: Counter = Counter()
        self.sensitive: dict[tuple, set] = defaultdict(set)

    def add(self, qi_columns: list[list], sensitive: list | None) -> None:
        rows = list(zip(*qi_columns))
        self.groups.update(rows)
        if sensitive is not None:
            for g, s in zip(rows, sensitive):
                self.sensitive[g].add(s)

    def result(self, suppressed: int = 0, before: dict | None = None) -> dict:
        k = self.plan.k
        total = sum(self.groups.values())
        below = sum(n for n in self.groups.values() if n < k)
        out = {
            "table": self.plan.info.name, "quasi_identifiers": list(self.plan.quasi_identifiers),
            "k_target": k, "records": total, "groups": len(self.groups),
            "smallest_group": min(self.groups.values(), default=0),
            "records_below_k": below, "share_below_k": round(below / total, 4) if total else 0.0,
            "suppression": self.plan.suppress, "suppressed": suppressed,
            "passed": below == 0,
        }
        if self.plan.sensitive:
            out["sensitive"] = self.plan.sensitive
            out["l_diversity"] = min((len(s) for s in self.sensitive.values()), default=0)
        if before is not None:
            out["before_suppression"] = before
        return out


def anonymise(source: str, target: str, rules: Rules, key: Any, options: AnonymiseOptions = AnonymiseOptions(),
              warn: Callable[[str], None] = lambda m: None) -> Result:
    """Copy ``source`` to ``target`` under ``rules``; the target is published only if every check passes.

    Raises ``SourceError``/``TargetError``/``RulesError`` (one line) before anything is written."""
    started = time.perf_counter()
    warnings_: list[str] = []

    def note(message: str) -> None:
        warnings_.append(message)
        warn(message)

    reader = open_reader(source, options)
    reader.open()
    result = Result(source=reader.masked, target=_mask_target(target), rules=rules.label,
                    key_fingerprint=key.fingerprint())
    tgt = None
    try:
        infos, errors = reader.tables()
        result.errors += [_error(e) for e in errors]
        result.skipped += [{"path": p, "reason": r} for p, r in getattr(reader, "skipped", [])]
        if not infos and not errors:
            raise SourceError(f"nothing to copy in {reader.masked}")
        check_rules(rules, infos, note)
        plans = {i.name: plan_table(rules, i, k=options.k, suppress=options.suppress, warn=note) for i in infos}
        as_of = options.as_of or rules.as_of
        if as_of is None and any(c.rule.method == "age_band" for p in plans.values() for c in p.columns):
            as_of = dt.datetime.now(dt.timezone.utc).date()
            note(f"age bands are counted at {as_of.isoformat()} (give --as-of or as_of: for a reproducible copy)")
        redactor = None
        if any(c.rule.action == "redact" for p in plans.values() for c in p.columns):
            from scanner.detection import DetectorConfig
            from scanner.transforms import Redactor

            redactor = Redactor(DetectorConfig(spacy_model=options.spacy_model))
        single = getattr(reader, "single", False)
        source_file = infos[0].extra.get("file", infos[0].name) if infos else ""
        tgt = open_target(target, reader.kind, single_file=single, overwrite=options.overwrite,
                          source_suffix=os.path.splitext(source_file)[1].casefold())
        if reader.kind == "files":
            tgt.prepare([i.name for i in infos], single=single, source_file=source_file)
        else:
            tgt.prepare([i.name for i in infos])
        outs = {name: out_table(p, plans, note) for name, p in plans.items()}
        jobs_by_table: dict[str, dict[str, ColumnJob]] = {}
        suppressed_keys: dict[tuple[str, tuple[str, ...]], set] = defaultdict(set)
        for name, plan in plans.items():
            jobs = {c.name: ColumnJob(c, key, redactor=redactor, as_of=as_of) for c in plan.kept}
            jobs_by_table[name] = jobs
            tr = TableResult(name, dict(plan.info.location))
            result.tables.append(tr)
            try:
                tgt.create(outs[name])
                small, before = (_small_groups(reader, plan, key, as_of, options.chunk_size)
                                 if plan.suppress and plan.quasi_identifiers else (None, None))
                acc = _Accumulator(plan) if plan.quasi_identifiers else None
                _copy_table(reader, tgt, plan, outs[name], jobs, tr, acc, small, plans, suppressed_keys,
                            options.chunk_size)
                tgt.finish(name)
                if acc is not None:
                    result.k_anonymity.append(acc.result(tr.suppressed, before))
            except (KeyboardInterrupt, SystemExit):
                raise
            except Exception as e:
                reason = str(e) if isinstance(e, TargetWriteError) else reader.error(e)
                tr.error = reason
                result.errors.append({"source": reader.masked, "location": dict(plan.info.location),
                                      "error": f"cannot copy: {reason}"})
                tgt.discard(name)
                continue
            tr.columns = [_column_counts(j) for j in jobs.values()] + [
                {"column": c.name, "action": "drop", "explicit": c.explicit} for c in plan.columns
                if c.rule.action == "drop"]
        tgt.finalise()
        if options.leak_check:
            result.leak_check = leak_check(tgt, plans, jobs_by_table, options)
        if result.failed_checks:
            tgt.abort()
        else:
            tgt.commit()
            result.committed = True
    except BaseException:
        if tgt is not None:
            tgt.abort()
        raise
    finally:
        reader.close()
    result.warnings = warnings_
    result.seconds = time.perf_counter() - started
    return result


def _mask_target(target: str) -> str:
    return mask_url(target) if "://" in target else target


def _error(e: ScanError) -> dict:
    return {"source": e.source, "location": dict(e.location), "error": e.error}


def _column_counts(job: ColumnJob) -> dict:
    c = job.counts
    out = {"column": job.plan.name, "action": job.rule.action, "explicit": job.plan.explicit,
           "transformed": c.transformed, "unchanged": c.unchanged, "null": c.null, "unparsable": c.unparsable}
    if job.rule.action == "redact":
        out["redactions"] = dict(sorted(c.redactions.items()))
    if job.rule.action == "generalise":
        out["method"] = job.rule.method
    return out


def _qi_values(plan: TablePlan, jobs: Mapping[str, ColumnJob], cols: dict[str, list], count: bool) -> list[list]:
    out = []
    for q in plan.quasi_identifiers:
        job = jobs[q]
        person = cols.get(job.rule.person) if job.rule.person else None
        out.append(job.apply(cols[q], person, count=count))
    return out


def _small_groups(reader, plan: TablePlan, key: Any, as_of, chunk_size: int) -> tuple[set, dict]:
    """First pass (suppression): the quasi-identifier groups smaller than k."""
    probe = {c.name: ColumnJob(c, key, as_of=as_of) for c in plan.kept if c.name in plan.quasi_identifiers}
    acc = _Accumulator(replace(plan, sensitive=None))
    names = plan.info.column_names
    for chunk in _flat_chunks(reader, plan.info, chunk_size):
        cols = dict(zip(names, chunk))
        acc.add(_qi_values(plan, probe, cols, count=False), None)
    small = {g for g, n in acc.groups.items() if n < plan.k}
    before = acc.result()
    return small, {k: before[k] for k in ("records", "groups", "smallest_group", "records_below_k", "share_below_k")}


def _flat_chunks(reader, info: TableInfo, chunk_size: int) -> Iterator[list[list]]:
    """Column-major chunks; JSON Lines records are flattened to their first value per key path."""
    if info.fmt != "jsonl":
        yield from reader.chunks(info, chunk_size)
        return
    names = info.column_names
    for records in reader.chunks(info, chunk_size):
        cols = {n: [None] * len(records) for n in names}
        for i, rec in enumerate(records):
            seen = set()
            for path, container, k in json_slots(rec):
                if path not in seen:
                    seen.add(path)
                    cols[path][i] = container[k]
        yield [cols[n] for n in names]


def _copy_table(reader, tgt, plan: TablePlan, out: OutTable, jobs: dict[str, ColumnJob], tr: TableResult,
                acc: _Accumulator | None, small: set | None, plans: Mapping[str, TablePlan],
                suppressed_keys: dict, chunk_size: int) -> None:
    info = plan.info
    if info.fmt == "jsonl":
        return _copy_jsonl(reader, tgt, plan, jobs, tr, acc, small, chunk_size)
    names = info.column_names
    text_cols = {c.name for c in info.columns if info.fmt == "database" and needs_text(c.type)}
    # keys of this table that children reference, and this table's references to suppressed parents
    referenced = {fk.ref_columns for p in plans.values() for fk in p.info.foreign_keys if fk.ref_table == info.name}
    parent_refs = [(fk, suppressed_keys[(fk.ref_table, fk.ref_columns)]) for fk in info.foreign_keys
                   if (fk.ref_table, fk.ref_columns) in suppressed_keys]
    for chunk in reader.chunks(info, chunk_size):
        n = len(chunk[0]) if chunk else 0
        tr.rows_in += n
        cols = dict(zip(names, chunk))
        keep_mask = None
        if parent_refs:
            keep_mask = [True] * n
            for fk, gone in parent_refs:
                for i, t in enumerate(zip(*(cols[c] for c in fk.columns))):
                    if keep_mask[i] and t in gone:
                        keep_mask[i] = False
                        tr.removed_with_parent += 1
        if small:
            qi_out = _qi_values(plan, jobs, cols, count=False)
            keep_mask = keep_mask or [True] * n
            for i, g in enumerate(zip(*qi_out)):
                if keep_mask[i] and g in small:
                    keep_mask[i] = False
                    tr.suppressed += 1
                    for ref in referenced:
                        suppressed_keys[(info.name, ref)].add(tuple(cols[c][i] for c in ref))
        if keep_mask is not None and not all(keep_mask):
            cols = {k: [v for v, m in zip(vs, keep_mask) if m] for k, vs in cols.items()}
        written = []
        out_cols: dict[str, list] = {}
        for c in out.columns:
            job = jobs[c.name]
            values = cols[c.name]
            if c.name in text_cols and job.rule.action == "keep":
                values = [None if v is None else as_text(v) for v in values]
            person = cols[job.rule.person] if job.rule.person else None
            out_cols[c.name] = job.apply(values, person)
            written.append(out_cols[c.name])
        rows = len(next(iter(cols.values()))) if cols else 0
        if acc is not None:
            acc.add([out_cols[q] for q in plan.quasi_identifiers],
                    out_cols[plan.sensitive] if plan.sensitive else None)
        try:
            tgt.write(info.name, written)
        except Exception as e:
            raise TargetWriteError(tgt.error(e)) from None
        tr.rows_out += rows


def _copy_jsonl(reader, tgt, plan: TablePlan, jobs: dict[str, ColumnJob], tr: TableResult,
                acc: _Accumulator | None, small: set | None, chunk_size: int) -> None:
    """JSON Lines: every scalar at a key path gets that path's transform, in place."""
    drop = {c.name for c in plan.columns if c.rule.action == "drop"}
    for records in reader.chunks(plan.info, chunk_size):
        tr.rows_in += len(records)
        slots: dict[str, list] = defaultdict(list)
        firsts: dict[str, list] = {n: [None] * len(records) for n in plan.info.column_names}
        for i, rec in enumerate(records):
            for path, container, k in json_slots(rec):
                slots[path].append((i, container, k))
                if firsts[path][i] is None:
                    firsts[path][i] = container[k]
        keep = [True] * len(records)
        if small:
            for i, g in enumerate(zip(*_qi_values(plan, jobs, firsts, count=False))):
                if g in small:
                    keep[i] = False
                    tr.suppressed += 1
        out_first: dict[str, list] = {}
        for path, items in slots.items():
            items = [s for s in items if keep[s[0]]]
            if path in drop:
                for _, container, k in reversed(items):
                    del container[k]
                continue
            job = jobs[path]
            person = [firsts[job.rule.person][i] for i, _, _ in items] if job.rule.person else None
            new = job.apply([c[k] for _, c, k in items], person)
            for (i, container, k), v in zip(items, new):
                container[k] = v
            if acc is not None and path in plan.quasi_identifiers + ((plan.sensitive,) if plan.sensitive else ()):
                first = {}
                for (i, _, _), v in zip(items, new):
                    first.setdefault(i, v)
                out_first[path] = [first.get(i) for i in range(len(records)) if keep[i]]
        kept = [r for r, k in zip(records, keep) if k]
        if acc is not None:
            m = len(kept)
            acc.add([out_first.get(q, [None] * m) for q in plan.quasi_identifiers],
                    out_first.get(plan.sensitive, [None] * m) if plan.sensitive else None)
        try:
            tgt.write(plan.info.name, kept)
        except Exception as e:
            raise TargetWriteError(tgt.error(e)) from None
        tr.rows_out += len(kept)


# -- the leak check --------------------------------------------------------------


def leak_check(tgt, plans: Mapping[str, TablePlan], jobs: Mapping[str, Mapping[str, ColumnJob]],
               options: AnonymiseOptions) -> dict:
    """Re-scan the staged target; direct identifiers where the rules promised none fail the run."""
    from scanner.detection import DetectorConfig
    from scanner.scan import ScanOptions, scan

    report = scan([tgt.scan_url], ScanOptions(include=tgt.scan_include, sample_size=options.sample_size,
                                              workers=options.workers,
                                              detector=DetectorConfig(spacy_model=options.spacy_model)))
    leaks, notes, errors = [], [], []
    for e in report.errors:
        errors.append(e.error)
    for f in report.findings:
        where = tgt.location(dict(f.verdict.unit.location))
        if where is None or where[0] not in plans:
            continue
        table, column = where
        plan = plans[table].column(column)
        v = f.verdict
        item = {"table": table, "column": column, "action": plan.rule.action if plan else "?",
                "explicit": bool(plan and plan.explicit), "entity_type": v.entity_type,
                "hits": v.hits, "sampled": v.sampled, "evidence": list(v.evidence)}
        if plan is None or (plan.explicit and plan.rule.action == "keep"):
            notes.append({**item, "why": "kept by the rules"})
        elif plan.rule.action == "surrogate" and _own_kind(v.entity_type, plan.rule.entity):
            continue  # a surrogate is meant to look like one; checked by fingerprints below
        elif v.entity_type in DIRECT_IDENTIFIERS:
            leaks.append({**item, "why": "not in the rules: copied as it is" if not plan.explicit
                          else f"a direct identifier after {plan.rule.action}"})
        else:
            notes.append({**item, "why": "not a direct identifier"})
    surrogates = []
    for table, by_col in jobs.items():
        for name, job in by_col.items():
            if job.rule.action != "surrogate":
                continue
            # A fake name equal to another row's real name is no leak (names
            # are shared by many people and the surrogate is drawn by the key,
            # not linked to anyone); a fake identifier equal to another row's
            # real one would point at that person.
            cross = 0 if job.rule.entity == ("PERSON",) else job.cross_matches()
            entry = {"table": table, "column": name, "equal_to_own_source": job.same_as_source,
                     "equal_to_a_source_value": cross, "complete": not job.prints_capped}
            surrogates.append(entry)
            if job.same_as_source or cross:
                leaks.append({"table": table, "column": name, "action": "surrogate", "explicit": True,
                              "entity_type": "/".join(job.rule.entity), "hits": max(job.same_as_source, cross),
                              "sampled": job.counts.transformed, "evidence": [],
                              "why": "surrogate values equal to source values"})
    return {"passed": not leaks and not errors, "sample_size": options.sample_size, "leaks": leaks,
            "notes": notes, "surrogates": surrogates, "errors": errors}


def _own_kind(entity: str, surrogate_entities: tuple[str, ...]) -> bool:
    return entity in surrogate_entities or (entity in NATIONAL_IDS and bool(NATIONAL_IDS & set(surrogate_entities)))


# -- --plan ----------------------------------------------------------------------

# What the plan proposes for a column holding one entity (hits in most values).
_PROPOSAL = {
    **{e: ("surrogate", {"entity": None, "keep_birth_year": True, "keep_sex": True}) for e in NATIONAL_IDS},
    "EMAIL_ADDRESS": ("pseudonym", {"entity": "EMAIL_ADDRESS"}),
    "PHONE_NUMBER": ("pseudonym", {"entity": "PHONE_NUMBER"}),
    "PERSON": ("surrogate", {"entity": "PERSON"}),
    "IBAN_CODE": ("pseudonym", {"entity": "IBAN_CODE"}),
    "SE_BANKGIRO": ("pseudonym", {}), "NO_BANK_ACCOUNT": ("pseudonym", {}), "CREDIT_CARD": ("pseudonym", {}),
    "IP_ADDRESS": ("pseudonym", {}), "CREDENTIAL": ("drop", {}),
    "DATE_OF_BIRTH": ("generalise", {"method": "age_band", "width": 10}),
    "LOCATION": ("generalise", {"method": "postcode_prefix", "digits": 1}),
}
_WHY = {
    "surrogate": "a fake value of the same kind ({entity}; identifiers checksum-valid), the same for the same input",
    "pseudonym": "a keyed token: the same value gives the same token in every table, so counts per person survive",
    "drop": "secrets have no statistical value",
    "generalise": "generalised ({method}): kept as a quasi-identifier for k-anonymity",
    "redact": "free text: every finding replaced by its entity label",
}


def plan(source: str, options: AnonymiseOptions = AnonymiseOptions(), progress=None) -> str:
    """A proposed rules file for ``source`` (YAML with comments), from a scan of it; never a raw value."""
    from scanner.detection import DetectorConfig, load_column_hints
    from scanner.scan import ScanOptions, scan

    reader = open_reader(source, options)
    reader.open()
    try:
        infos, errors = reader.tables()
        if not infos:
            raise SourceError(f"nothing to copy in {reader.masked}")
        words = {i.name: _words(reader, i) for i in infos}
    finally:
        reader.close()
    report = scan([source], ScanOptions(include=options.include, exclude=options.exclude,
                                        sample_size=options.sample_size, workers=options.workers,
                                        detector=DetectorConfig(spacy_model=options.spacy_model)),
                  progress=progress)
    findings: dict[tuple[str, str], list] = defaultdict(list)
    for f in report.findings:
        loc = f.verdict.unit.location
        if "path" in loc:
            table, column = str(loc["path"]), str(loc.get("column"))
            if table.casefold().endswith(".xlsx") and "!" in column:
                sheet, _, column = column.partition("!")
                table = f"{table}!{sheet}"
        else:
            table, column = loc.get("table"), loc.get("column")
        findings[(table, column)].append(f.verdict)
    hints = load_column_hints()
    lines = [
        f"# Proposed by `nordpii anonymise {reader.masked} --plan`: review every entry before use.",
        "# One entry per column: keep, drop, pseudonym, pseudonym_int, surrogate, generalise, date_shift, redact",
        "# (README, \"Anonymising\").  The comments give the scan's reasons; no value is shown.",
        f"name: {_q('plan for ' + reader.masked)}",
        "unlisted: copy   # a column not listed here is copied as it is, and the leak check covers it",
        f"k: {DEFAULT_K}            # target k over each table's quasi_identifiers",
        "suppress: true   # leave out records of groups smaller than k (and rows referencing them);"
        " false: only report",
        f"as_of: {dt.datetime.now(dt.timezone.utc).date().isoformat()}   # age bands are counted at this date",
        "tables:",
    ]
    for e in errors:
        lines.append(f"# not readable, left out: {_q(json.dumps(e.location, ensure_ascii=False))}")
    for info in infos:
        keys = set(info.primary_key) | {c for fk in info.foreign_keys for c in fk.columns}
        lines.append(f"  - table: {_q(info.name)}")
        lines.append("    columns:")
        qis = []
        for col in info.columns:
            verdicts = sorted(findings.get((info.name, col.name), []), key=lambda v: -v.hits)
            action, params, why = _propose(col, verdicts, col.name in keys, hints, words[info.name].get(col.name, 0))
            if action == "generalise":
                qis.append(col.name)
            lines.append(f"      {_q(col.name)}: {_yaml_rule(action, params)}   # {why}")
        if qis:
            lines.append(f"    quasi_identifiers: [{', '.join(_q(q) for q in qis)}]")
    return "\n".join(lines) + "\n"


def _words(reader, info: TableInfo, rows: int = 1000) -> dict[str, float]:
    """The median number of words (tokens with two letters or more) in each column's first ``rows``
    values: free text has several, a phone number or an identifier none.  Read in memory only;
    nothing of it is written."""
    import statistics

    chunks = _flat_chunks(reader, info, rows)
    try:
        chunk = next(chunks, None)
    except Exception:  # an unreadable table: the scan reports it
        return {}
    finally:
        chunks.close()  # ends the cursor (an unbuffered MySQL one must end before the next query)
    if not chunk:
        return {}
    out = {}
    for name, values in zip(info.column_names, chunk):
        counts = [sum(1 for w in v.split() if sum(ch.isalpha() for ch in w) >= 2)
                  for v in values if isinstance(v, str) and v.strip()]
        out[name] = statistics.median(counts) if counts else 0
    return out


def _propose(col, verdicts: list, is_key: bool, hints, words: float = 0) -> tuple[str, dict, str]:
    found = ", ".join(f"{v.entity_type} in {v.hits} of {v.sampled} sampled values" for v in verdicts[:3])
    if is_key:
        if col.kind == "integer":
            return "pseudonym_int", {}, "a key column: an integer pseudonym keeps it an integer and keeps joins"
        return "pseudonym", {}, "a key column: a pseudonym keeps joins" + (f" ({found})" if found else "")
    if not verdicts:
        if col.kind == "date" and "DATE_OF_BIRTH" in hints.entities_for(col.name):
            return "generalise", {"method": "age_band", "width": 10}, \
                "a birth date by its name: generalised to a 10-year age band (a quasi-identifier)"
        if col.kind in ("date", "datetime"):
            return "keep", {}, "no personal data found; a timestamp is a quasi-identifier: consider " \
                               "date_shift (person: ...) or generalise month"
        return "keep", {}, "no personal data found in the sample"
    top = verdicts[0]
    if words >= 4:  # sentences, not values
        return "redact", {}, f"free text: every finding replaced by its label ({found})"
    from scanner.masking import SPECIAL_ENTITIES

    if top.entity_type in SPECIAL_ENTITIES:
        return "keep", {}, f"special category (GDPR Art. 9/10): {found}; keep only if the analysis needs it, " \
                           "and name it as the 'sensitive' attribute for l-diversity"
    if top.entity_type not in _PROPOSAL:
        return "keep", {}, f"{found}: not a direct identifier"
    if top.entity_type == "LOCATION" and not all(e[:1].isdigit() for e in top.evidence):
        return "keep", {}, f"{found}: places, not postcodes; drop the column or generalise it by hand"
    action, params = _PROPOSAL[top.entity_type]
    params = dict(params)
    if params.get("entity", "") is None:  # national IDs: every kind the column holds
        params["entity"] = [v.entity_type for v in verdicts if v.entity_type in NATIONAL_IDS]
    entity = "/".join(params["entity"]) if isinstance(params.get("entity"), list) else top.entity_type
    return action, params, f"{_WHY[action].format(entity=entity, method=params.get('method'))} ({found})"


def _q(text: Any) -> str:
    """A YAML scalar for any name: JSON's double-quoted strings are YAML's too."""
    return json.dumps(str(text), ensure_ascii=False)


def _yaml_rule(action: str, params: dict) -> str:
    if not params:
        return action
    inner = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()}"
                      for k, v in params.items())
    return f"{{{action}: {{{inner}}}}}"


# -- rendering -------------------------------------------------------------------


def render_json(result: Result) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def print_table(result: Result, console) -> None:
    """The run on a terminal: tables, columns, checks (rich)."""
    from rich import box
    from rich.table import Table as RichTable

    data = result.to_json()
    console.print(f"[bold]nordpii anonymise[/bold] {data['source']} -> {data['target']}  "
                  f"(rules {data['rules']}, key {data['key']['fingerprint']})")
    t = RichTable("table", "rows in", "rows out", "suppressed", "with parent", "error", box=box.SIMPLE)
    for tr in data["tables"]:
        t.add_row(tr["table"], str(tr["rows_in"]), str(tr["rows_out"]), str(tr["suppressed"]),
                  str(tr["removed_with_parent"]), tr["error"] or "")
    console.print(t)
    c = RichTable(box=box.SIMPLE)
    c.add_column("column", no_wrap=True, min_width=20, max_width=40)
    c.add_column("action", no_wrap=True)
    for head in ("changed", "same", "null", "unparsable"):
        c.add_column(head, justify="right")
    for tr in data["tables"]:
        for col in tr["columns"]:
            c.add_row(f"{tr['table']}.{col['column']}",
                      col["action"] + ("" if col.get("explicit", True) else " (unlisted)"),
                      *(str(col.get(k, "")) for k in ("transformed", "unchanged", "null", "unparsable")))
    console.print(c)
    for tr in data["tables"]:
        for col in tr["columns"]:
            if col.get("redactions"):
                console.print(f"redacted in {tr['table']}.{col['column']}: "
                              + ", ".join(f"{e} {n}" for e, n in col["redactions"].items()))
    lc = data["leak_check"]
    if lc:
        console.print(f"leak check: {'passed' if lc['passed'] else '[red]FAILED[/red]'} "
                      f"({len(lc['leaks'])} leaks, {len(lc['notes'])} notes, sample {lc['sample_size']} per column)")
        for leak in lc["leaks"]:
            console.print(f"  leak: {leak['table']}.{leak['column']} ({leak['action']}): {leak['entity_type']} "
                          f"in {leak['hits']} of {leak['sampled']} - {leak['why']} {' '.join(leak['evidence'][:3])}")
        for e in lc.get("errors", []):
            console.print(f"  leak check error: {e}")
    for k in data["k_anonymity"]:
        console.print(f"k-anonymity {k['table']} over {', '.join(k['quasi_identifiers'])}: smallest group "
                      f"{k['smallest_group']} (target {k['k_target']}), {k['records_below_k']} of {k['records']} "
                      f"records below k ({k['share_below_k']:.1%}), {k['groups']} groups"
                      + (f", l = {k['l_diversity']} for {k['sensitive']}" if "l_diversity" in k else "")
                      + (f", {k['suppressed']} suppressed" if k["suppression"] else "")
                      + (" - passed" if k["passed"] else " - [red]FAILED[/red]"))
    for w in data["warnings"]:
        console.print(f"warning: {w}")
    for e in data["errors"]:
        console.print(f"error: {json.dumps(e['location'], ensure_ascii=False)}: {e['error']}")
    console.print(("written " if data["committed"] else "[red]NOT written[/red] ") + data["target"]
                  + f" in {data['stats']['seconds']:.1f} s")
