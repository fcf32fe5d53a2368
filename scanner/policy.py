"""Policy: what the organisation declares it processes -> each finding's status.

``expected``: declared; ``unexpected``: personal data nobody declared;
``prohibited``: a category the privacy notice says is never processed
(by default every special category, GDPR Art. 9 and 10).

A policy file (README, "Policy") has top-level defaults, scoped ``rules``
and ``retention`` rules::

    name: my-crm
    expected:   {entity_types: [...], categories: [...]}
    prohibited: {entity_types: [...], categories: [...]}
    rules:
      - table: "lon*"            # globs on source, schema, table, path, column
        column: fackavgift
        expected: {entity_types: [TRADE_UNION]}
    retention:
      - table: ["*kontakt*", "*customer*"]
        column: [last_interaction, senaste_kontakt]
        max_age_months: 24
        action: anonymise

The scoping rule, for one finding: the rules whose globs all match its
location are consulted most specific first, then the top-level defaults; the
first of them that names the finding's entity type or its category decides.
Within that one declaration, prohibited wins over expected. If none names
it, the finding is unexpected.  Specificity compares the column glob first,
then path, table, schema and source: a glob left out (or ``*``) counts least, a
glob with wildcards more, a literal name most; ties go to the rule written
first.  So a rule for one payroll column can expect ``TRADE_UNION`` while the
defaults prohibit it everywhere else.

Globs are ``fnmatch`` patterns, case-insensitive (case-folded, so ``LÖN``
matches ``lön*``); a field may hold one glob or a list (any may match).  A
table glob is matched against ``table`` and ``schema.table`` (as
``--include``); a path glob against a file finding's path relative to its
source root (``hr/*.csv``; a database finding has no path, a file finding no
table); a source glob against the masked URL and the database name (for
SQLite, the file name without its extension).
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import lru_cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from scanner.models import Finding, Unit, Verdict

STATUSES = ("prohibited", "unexpected", "expected")
FAIL_LEVELS = {
    "prohibited": {"prohibited"},
    "unexpected": {"prohibited", "unexpected"},
    "any": {"prohibited", "unexpected", "expected"},
    "never": set(),
}
ACTIONS = ("delete", "anonymise")
_ACTION_ALIASES = {"anonymize": "anonymise"}
MISSING_COLUMN = ("error", "skip")
SCOPE_FIELDS = ("source", "schema", "table", "path", "column")
_TOP_KEYS = ("name", "description", "expected", "prohibited", "rules", "retention")
_DECLARATION_KEYS = ("entity_types", "categories")
_RULE_KEYS = (*SCOPE_FIELDS, "expected", "prohibited", "note")
_RETENTION_KEYS = ("source", "schema", "table", "column", "max_age_months", "action", "missing_column", "note")
_WILDCARDS = frozenset("*?[")
MAX_AGE_MONTHS = 1200  # a century: anything longer is a typo


class PolicyError(Exception):
    """A policy file that cannot be used; one line for the user."""


@dataclass(frozen=True)
class Taxonomy:
    category_of: dict[str, str]
    special: frozenset[str]  # special categories
    categories: tuple[str, ...] = ()  # every category, in file order

    def category(self, entity: str) -> str:
        return self.category_of.get(entity, "other")

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(self.category_of)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    data = yaml.safe_load(resources.files("rules").joinpath("taxonomy.yaml").read_text("utf-8"))
    category_of, special = {}, set()
    for name, spec in data["categories"].items():
        for entity in spec["entities"]:
            category_of[entity] = name
        if spec.get("special"):
            special.add(name)
    return Taxonomy(category_of, frozenset(special), tuple(data["categories"]))


# -- declarations and scopes -------------------------------------------------


@dataclass(frozen=True)
class Declaration:
    """Entity types and categories declared expected or prohibited, at one scope."""

    expected_entities: frozenset[str] = frozenset()
    expected_categories: frozenset[str] = frozenset()
    prohibited_entities: frozenset[str] = frozenset()
    prohibited_categories: frozenset[str] = frozenset()

    def decide(self, entity: str, category: str) -> str | None:
        """``prohibited``, ``expected``, or None when this declaration does not
        name the entity type or its category.  Prohibited wins: a privacy
        notice's "never" outweighs a broad "we process contact data"."""
        if entity in self.prohibited_entities or category in self.prohibited_categories:
            return "prohibited"
        if entity in self.expected_entities or category in self.expected_categories:
            return "expected"
        return None


def _rank(pattern: str) -> int:
    """How specific one glob is: 0 matches anything, 1 has wildcards, 2 is a name."""
    if pattern.strip("*") == "":
        return 0
    return 1 if _WILDCARDS & set(pattern) else 2


@lru_cache(maxsize=256)
def source_names(source: str) -> tuple[str, ...]:
    """What a ``source`` glob is matched against: the masked URL and the
    database name (for SQLite, the file name without its extension).

    >>> source_names("postgresql+psycopg://scan:***@db/crm")
    ('postgresql+psycopg://scan:***@db/crm', 'crm')
    >>> source_names("sqlite:///data/crm.db")
    ('sqlite:///data/crm.db', 'crm')
    """
    from sqlalchemy.engine import make_url

    try:
        u = make_url(source)
        database = u.database or ""
        if u.get_backend_name() == "sqlite":
            database = PurePosixPath(database.removeprefix("file:").split("?", 1)[0]).stem
    except Exception:  # not a database URL (a file share, later): the string alone
        return (source,)
    return (source, database) if database else (source,)


@dataclass(frozen=True)
class Scope:
    """Globs on source, schema, table, path and column, case-folded; () matches anything."""

    source: tuple[str, ...] = ()
    schema: tuple[str, ...] = ()
    table: tuple[str, ...] = ()
    path: tuple[str, ...] = ()  # a file's path relative to its source root
    column: tuple[str, ...] = ()

    def specificity(self, source: str, location: Mapping[str, Any]) -> tuple[int, ...] | None:
        """(column, path, table, schema, source) ranks when every glob matches, else None."""
        schema = location.get("schema")
        table = location.get("table")
        candidates = {
            "source": source_names(source),
            "schema": (schema,) if schema is not None else (),
            "table": ((table, f"{schema}.{table}") if schema is not None else (table,)) if table is not None else (),
            "path": (location["path"],) if location.get("path") is not None else (),
            "column": (location["column"],) if location.get("column") is not None else (),
        }
        ranks = {}
        for name in SCOPE_FIELDS:
            patterns = getattr(self, name)
            if not patterns:
                ranks[name] = 0
                continue
            values = [str(v).casefold() for v in candidates[name]]
            matched = [p for p in patterns if any(fnmatchcase(v, p) for v in values)]
            if not matched:
                return None
            ranks[name] = max(_rank(p) for p in matched)
        return tuple(ranks[name] for name in reversed(SCOPE_FIELDS))


@dataclass(frozen=True)
class Rule:
    """A scoped declaration: what is expected or prohibited where its globs match."""

    scope: Scope
    declaration: Declaration
    note: str = ""


@dataclass(frozen=True)
class RetentionRule:
    """Rows whose last-interaction column is older than ``max_age_months``
    are overdue for ``action`` (delete or anonymise)."""

    scope: Scope  # source, schema, table (no column)
    columns: tuple[str, ...]  # globs for the last-interaction column, preferred first
    max_age_months: int
    action: str
    missing_column: str = "error"  # a covered table without such a column: "error" or "skip"
    note: str = ""

    def applies_to(self, source: str, schema: str | None, table: str) -> bool:
        return self.scope.specificity(source, {"schema": schema, "table": table}) is not None

    def pick_column(self, names: Iterable[str]) -> str | None:
        """The first column matching the first glob that matches any; None if none."""
        names = list(names)
        for pattern in self.columns:
            for name in names:
                if fnmatchcase(name.casefold(), pattern):
                    return name
        return None

    def cutoff(self, now: dt.datetime) -> dt.datetime:
        """``now`` minus ``max_age_months`` calendar months (the day clamped to
        the month's length: 31 August minus 6 months is 28/29 February).

        >>> r = RetentionRule(Scope(), ("x",), 24, "delete")
        >>> r.cutoff(dt.datetime(2026, 11, 20, 17, 0))
        datetime.datetime(2024, 11, 20, 17, 0)
        >>> RetentionRule(Scope(), ("x",), 6, "delete").cutoff(dt.datetime(2026, 8, 31))
        datetime.datetime(2026, 2, 28, 0, 0)
        """
        year, month0 = divmod(now.year * 12 + now.month - 1 - self.max_age_months, 12)
        day = min(now.day, calendar.monthrange(year, month0 + 1)[1])
        return now.replace(year=year, month=month0 + 1, day=day)


@dataclass(frozen=True)
class Policy:
    name: str
    expected_entities: frozenset[str]
    expected_categories: frozenset[str]
    prohibited_categories: frozenset[str]
    prohibited_entities: frozenset[str]
    rules: tuple[Rule, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    description: str = field(default="", compare=False)

    @property
    def defaults(self) -> Declaration:
        return Declaration(self.expected_entities, self.expected_categories,
                           self.prohibited_entities, self.prohibited_categories)

    def declarations(self, unit: Unit | None = None) -> list[Declaration]:
        """The declarations consulted for ``unit``: matching rules, most
        specific first (ties: file order), then the defaults."""
        if unit is None:
            return [self.defaults]
        scored = []
        for index, rule in enumerate(self.rules):
            spec = rule.scope.specificity(unit.source, unit.location)
            if spec is not None:
                scored.append((tuple(-s for s in spec), index, rule.declaration))
        return [d for *_, d in sorted(scored, key=lambda x: (x[0], x[1]))] + [self.defaults]

    def status(self, entity: str, category: str, unit: Unit | None = None) -> str:
        """The finding's status at ``unit``'s location (the defaults when None)."""
        for declaration in self.declarations(unit):
            decided = declaration.decide(entity, category)
            if decided:
                return decided
        return "unexpected"

    def retention_rule(self, source: str, schema: str | None, table: str) -> RetentionRule | None:
        """The first retention rule covering the table (file order)."""
        return next((r for r in self.retention if r.applies_to(source, schema, table)), None)


# -- loading and validation ---------------------------------------------------


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy at ``path``, or the default CRM policy shipped in rules/.

    ``builtin:NAME`` loads ``rules/policy_NAME.yaml`` from the package (for
    example ``builtin:hr_example``).
    """
    try:
        if path is None or str(path).startswith("builtin:"):
            stem = "default" if path is None else str(path)[len("builtin:"):]
            resource = resources.files("rules").joinpath(f"policy_{stem}.yaml")
            if not stem.replace("_", "").isalnum() or not resource.is_file():
                raise PolicyError(f"no built-in policy {stem!r}; built in: {', '.join(builtin_policies())}")
            text = resource.read_text("utf-8")
            label = f"builtin:{stem}"
        else:
            text = Path(path).read_text("utf-8")
            label = str(path)
        data = yaml.safe_load(text)
    except OSError as exc:
        raise PolicyError(f"cannot read policy {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise PolicyError(f"policy {path} is not valid YAML{where}") from None
    default_name = "nordic-crm-default" if path is None else label
    return parse_policy(data if data is not None else {}, label=label, default_name=default_name)


def builtin_policies() -> list[str]:
    return sorted(f"builtin:{p.name[len('policy_'):-len('.yaml')]}" for p in resources.files("rules").iterdir()
                  if p.name.startswith("policy_") and p.name.endswith(".yaml"))


def parse_policy(data: Any, *, label: str = "<policy>", default_name: str | None = None,
                 taxonomy: Taxonomy | None = None) -> Policy:
    """A ``Policy`` from parsed YAML; ``PolicyError`` naming the first problem."""
    taxonomy = taxonomy or load_taxonomy()
    check = _Checker(label, taxonomy)
    if not isinstance(data, dict):
        check.fail("", "must be a mapping (name, expected, prohibited, rules, retention)")
    check.keys(data, "", _TOP_KEYS)
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        check.fail("name", "must be a string")
    defaults = check.declaration(data, "")
    rules = []
    for i, raw in enumerate(check.list_of_mappings(data, "rules")):
        where = f"rules[{i}]"
        check.keys(raw, where, _RULE_KEYS)
        if "expected" not in raw and "prohibited" not in raw:
            check.fail(where, "needs 'expected' or 'prohibited'")
        rules.append(Rule(check.scope(raw, where, SCOPE_FIELDS), check.declaration(raw, where),
                          check.text(raw, where, "note")))
    retention = []
    for i, raw in enumerate(check.list_of_mappings(data, "retention")):
        where = f"retention[{i}]"
        check.keys(raw, where, _RETENTION_KEYS)
        for key in ("table", "column", "max_age_months", "action"):
            if key not in raw:
                check.fail(where, f"needs '{key}'")
        months = raw["max_age_months"]
        if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_AGE_MONTHS:
            check.fail(f"{where}.max_age_months", f"must be a whole number of months, 1 to {MAX_AGE_MONTHS}")
        action = _ACTION_ALIASES.get(raw["action"], raw["action"]) if isinstance(raw["action"], str) else None
        if action not in ACTIONS:
            check.fail(f"{where}.action", f"must be one of {', '.join(ACTIONS)}")
        missing = raw.get("missing_column", "error")
        if missing not in MISSING_COLUMN:
            check.fail(f"{where}.missing_column", f"must be one of {', '.join(MISSING_COLUMN)}")
        retention.append(RetentionRule(
            scope=check.scope(raw, where, ("source", "schema", "table")),
            columns=check.globs(raw["column"], f"{where}.column"),
            max_age_months=months,
            action=action,
            missing_column=missing,
            note=check.text(raw, where, "note"),
        ))
    return Policy(
        name=name or default_name or label,
        expected_entities=defaults.expected_entities,
        expected_categories=defaults.expected_categories,
        prohibited_categories=defaults.prohibited_categories,
        prohibited_entities=defaults.prohibited_entities,
        rules=tuple(rules),
        retention=tuple(retention),
        description=check.text(data, "", "description"),
    )


class _Checker:
    """Validation helpers whose errors read ``policy FILE: WHERE: PROBLEM``."""

    def __init__(self, label: str, taxonomy: Taxonomy):
        self.label = label
        self.taxonomy = taxonomy

    def fail(self, where: str, problem: str):
        raise PolicyError(f"policy {self.label}: {where + ': ' if where else ''}{problem}")

    @staticmethod
    def _join(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def keys(self, raw: dict, where: str, allowed: tuple[str, ...]) -> None:
        for key in raw:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), allowed, n=1)
                self.fail(where or str(key), f"unknown key {key!r}" + (f" (did you mean {hint[0]!r}?)" if hint else "")
                          + f"; allowed: {', '.join(allowed)}")

    def text(self, raw: dict, where: str, key: str) -> str:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            self.fail(self._join(where, key), "must be a string")
        return value or ""

    def list_of_mappings(self, data: dict, key: str) -> list[dict]:
        items = data.get(key)
        if items is None:
            return []
        if not isinstance(items, list):
            self.fail(key, "must be a list of mappings")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                self.fail(f"{key}[{i}]", "must be a mapping")
        return items

    def names(self, value: Any, where: str, valid: tuple[str, ...], what: str) -> frozenset[str]:
        if value is None:
            return frozenset()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(where, f"must be a list of {what} names")
        for v in value:
            if v not in valid:
                hint = difflib.get_close_matches(v, valid, n=1)
                self.fail(where, f"unknown {what} {v!r}" + (f" (did you mean {hint[0]}?)" if hint else "")
                          + f"; valid: {', '.join(valid)}")
        return frozenset(value)

    def declaration(self, raw: dict, where: str) -> Declaration:
        parts = {}
        for kind in ("expected", "prohibited"):
            block = raw.get(kind)
            here = self._join(where, kind)
            if block is None:
                block = {}
            if not isinstance(block, dict):
                self.fail(here, "must be a mapping with entity_types and/or categories")
            self.keys(block, here, _DECLARATION_KEYS)
            parts[f"{kind}_entities"] = self.names(block.get("entity_types"), f"{here}.entity_types",
                                                   self.taxonomy.entities, "entity type")
            parts[f"{kind}_categories"] = self.names(block.get("categories"), f"{here}.categories",
                                                     self.taxonomy.categories, "category")
        return Declaration(**parts)

    def globs(self, value: Any, where: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(where, "must be a glob or a non-empty list of globs")
        out = []
        for pattern in value:
            if not isinstance(pattern, str) or not pattern.strip():
                self.fail(where, f"bad glob {pattern!r}: must be a non-empty string")
            if any(ch in pattern for ch in "\n\r\x00"):
                self.fail(where, f"bad glob {pattern!r}: control character")
            if not _brackets_closed(pattern):
                self.fail(where, f"bad glob {pattern!r}: '[' without a closing ']'")
            out.append(pattern.casefold())
        return tuple(out)

    def scope(self, raw: dict, where: str, fields: tuple[str, ...]) -> Scope:
        return Scope(**{f: self.globs(raw[f], f"{where}.{f}") for f in fields if raw.get(f) is not None})


def _brackets_closed(pattern: str) -> bool:
    """fnmatch reads an unclosed '[' as a literal; in a policy it is a typo.

    >>> _brackets_closed("kund[0-9]*"), _brackets_closed("kund[0-9*"), _brackets_closed("a[]]b")
    (True, False, True)
    """
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "[":
            j = i + 1
            if j < n and pattern[j] == "!":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                return False
            i = j
        i += 1
    return True


# -- applying -------------------------------------------------------------------


def apply_policy(verdicts: list[Verdict], policy: Policy, taxonomy: Taxonomy | None = None) -> list[Finding]:
    taxonomy = taxonomy or load_taxonomy()
    findings = []
    for v in verdicts:
        category = taxonomy.category(v.entity_type)
        findings.append(
            Finding(
                verdict=v,
                category=category,
                special_category=category in taxonomy.special,
                status=policy.status(v.entity_type, category, v.unit),
            )
        )
    return findings


def violates(findings: list[Finding], fail_on: str) -> bool:
    levels = FAIL_LEVELS[fail_on]
    return any(f.status in levels for f in findings)
