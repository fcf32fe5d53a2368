"""Policy: what the organisation declares it processes -> each finding's status.

``expected``: declared; ``unexpected``: personal data nobody declared;
``prohibited``: a category the privacy notice says is never processed
(by default every special category, GDPR Art. 9 and 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from scanner.models import Finding, Verdict

STATUSES = ("prohibited", "unexpected", "expected")
FAIL_LEVELS = {
    "prohibited": {"prohibited"},
    "unexpected": {"prohibited", "unexpected"},
    "any": {"prohibited", "unexpected", "expected"},
    "never": set(),
}


class PolicyError(Exception):
    """A policy file that cannot be used; one line for the user."""


@dataclass(frozen=True)
class Taxonomy:
    category_of: dict[str, str]
    special: frozenset[str]  # special categories

    def category(self, entity: str) -> str:
        return self.category_of.get(entity, "other")


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    data = yaml.safe_load(resources.files("rules").joinpath("taxonomy.yaml").read_text("utf-8"))
    category_of, special = {}, set()
    for name, spec in data["categories"].items():
        for entity in spec["entities"]:
            category_of[entity] = name
        if spec.get("special"):
            special.add(name)
    return Taxonomy(category_of, frozenset(special))


@dataclass(frozen=True)
class Policy:
    name: str
    expected_entities: frozenset[str]
    expected_categories: frozenset[str]
    prohibited_categories: frozenset[str]
    prohibited_entities: frozenset[str]

    def status(self, entity: str, category: str) -> str:
        if entity in self.prohibited_entities or category in self.prohibited_categories:
            return "prohibited"
        if entity in self.expected_entities or category in self.expected_categories:
            return "expected"
        return "unexpected"


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy at ``path``, or the default CRM policy shipped in rules/."""
    try:
        if path is None:
            text = resources.files("rules").joinpath("policy_default.yaml").read_text("utf-8")
            label = "nordic-crm-default"
        else:
            text = Path(path).read_text("utf-8")
            label = str(path)
        data = yaml.safe_load(text) or {}
    except OSError as exc:
        raise PolicyError(f"cannot read policy {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise PolicyError(f"policy {path} is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise PolicyError(f"policy {path} must be a mapping")
    expected = data.get("expected") or {}
    prohibited = data.get("prohibited") or {}
    return Policy(
        name=str(data.get("name") or label),
        expected_entities=frozenset(expected.get("entity_types") or ()),
        expected_categories=frozenset(expected.get("categories") or ()),
        prohibited_categories=frozenset(prohibited.get("categories") or ()),
        prohibited_entities=frozenset(prohibited.get("entity_types") or ()),
    )


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
                status=policy.status(v.entity_type, category),
            )
        )
    return findings


def violates(findings: list[Finding], fail_on: str) -> bool:
    levels = FAIL_LEVELS[fail_on]
    return any(f.status in levels for f in findings)
