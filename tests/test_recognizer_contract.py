"""The contract every discovered recognizer keeps (recognizers/_base.py).

One sweep over ``all_recognizer_classes()``, so a new module is held to the
contract the moment it exists:

- ``check`` is total: junk of any kind (``None`` from a database, empty and
  blank strings, control characters, emoji, 10 kB runs, other scripts'
  digits) gives a ``Check`` that is not valid, never an exception;
  ``candidates`` and ``analyze`` take any string;
- the class attributes the engine relies on are well-formed: ``ENTITY`` is
  one of DESIGN.md's entity names and claimed by one recognizer, shape names
  are unique, ``PRIORITY`` is an int, ``COINCIDENCE`` a rate in (0, 1];
- the module documents itself python-stdnum style: a docstring whose
  doctests show at least one valid and one invalid value.

The junk sweep is python-stdnum's (STYLE.md: "a single junk sweep feeds
None, '', '€', '😴' to every module").  No timing assertions (DESIGN.md).
"""

from __future__ import annotations

import doctest
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from presidio_analyzer import RecognizerResult

from recognizers import Candidate, Check, NordicRecognizer, all_recognizer_classes

CLASSES = all_recognizer_classes()
IDS = [cls.__name__ for cls in CLASSES]

# Values that hold no identifier of any kind.
JUNK = [
    "",
    " ",
    " \t\n\r ",
    "\x00",
    "\x00" * 12,
    "€",
    "😴",
    "😴" * 1000,
    "\u200b811218\u200b",          # zero-width spaces
    "1" * 10240,                    # 10 kB of digits
    "1-" * 5120,                    # 10 kB of digit-hyphen
    "٨١١٢١٨٩٨٧٦",                   # Arabic-Indic digits of a personnummer
    "８１１２１８－９８７６",         # fullwidth digits of the same
    "８１１２１８９８７６",
    "۸۱۱۲۱۸-۹۸۷۶",                  # Extended Arabic-Indic
    "None",
    "null",
]
# Text mixing scripts around identifiers: no crash, and the ASCII
# identifier is still found where there is one.
MIXED = [
    "Анна 811218-9876",
    "李 Lindqvist",
    "عميل ١٢٣ Storgatan 12, 114 55 Stockholm",
    "Ωμέγα 😴 070-174 06 05",
]


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_check_is_total_on_none(cls):
    # Regression: check(None) raised AttributeError in five national-ID
    # recognizers ('NoneType' object has no attribute 'strip'/'translate').
    chk = cls.check(None)  # type: ignore[arg-type]
    assert isinstance(chk, Check) and not chk.valid


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
def test_junk_is_invalid_and_never_raises(cls, junk):
    chk = cls.check(junk)
    assert isinstance(chk, Check) and not chk.valid
    recognizer = cls()
    candidates = list(recognizer.candidates(junk))
    assert all(isinstance(c, Candidate) and not c.check.valid for c in candidates)
    for entities in ([cls.ENTITY], [], ["NOT_AN_ENTITY"]):
        results = recognizer.analyze(junk, entities)
        assert isinstance(results, list) and results == []


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
@pytest.mark.parametrize("text", MIXED, ids=range(len(MIXED)))
def test_mixed_scripts_never_raise(cls, text):
    recognizer = cls()
    assert isinstance(cls.check(text), Check)
    for c in recognizer.candidates(text):
        assert 0 <= c.start < c.end <= len(text)
        assert 0.0 <= c.score <= 1.0
    results = recognizer.analyze(text, [cls.ENTITY])
    assert isinstance(results, list)
    assert all(isinstance(r, RecognizerResult) and r.entity_type == cls.ENTITY for r in results)


def test_mixed_scripts_still_find_the_ascii_identifier():
    by_entity = {cls.ENTITY: cls() for cls in CLASSES}
    found = [r for r in by_entity["SE_PERSONNUMMER"].analyze("Анна 811218-9876", ["SE_PERSONNUMMER"])]
    assert [(r.start, r.end) for r in found] == [(5, 16)]


# -- class attributes -------------------------------------------------------------

def _design_entities() -> set[str]:
    """The entity names of DESIGN.md, "Contracts that other parts rely on"."""
    design = Path(__file__).resolve().parents[2] / "shared" / "DESIGN.md"
    text = design.read_text("utf-8")
    section = text.split("Entity names", 1)[1].split("JSON report", 1)[0]
    return set(re.findall(r"`([A-Z][A-Z0-9_]+)`", section))


# Entities more than one recognizer may claim on purpose (none so far): name
# the classes here with the reason when a second recognizer for an entity is
# added, e.g. a gazetteer beside the postal codes for LOCATION.
SHARED_ENTITIES: dict[str, set[str]] = {}


def test_discovery_finds_every_module():
    modules = {cls.__module__ for cls in CLASSES}
    package = Path(sys.modules["recognizers"].__file__).parent
    expected = {f"recognizers.{p.stem}" for p in package.glob("*.py") if not p.stem.startswith("_")}
    assert modules == expected


def test_entities_are_design_names():
    names = _design_entities()
    assert {"SE_PERSONNUMMER", "LOCATION", "PERSON"} <= names  # the parse worked
    for cls in CLASSES:
        assert isinstance(cls.ENTITY, str) and cls.ENTITY, cls.__name__
        assert cls.ENTITY in names, cls.__name__


def test_each_entity_has_one_recognizer_unless_shared_on_purpose():
    claims = Counter(cls.ENTITY for cls in CLASSES)
    for entity, n in claims.items():
        if n > 1:
            owners = {cls.__name__ for cls in CLASSES if cls.ENTITY == entity}
            assert owners == SHARED_ENTITIES.get(entity), entity


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_class_attributes(cls):
    assert issubclass(cls, NordicRecognizer)
    shapes = [shape for shape, _, _ in cls.PATTERNS]
    assert len(shapes) == len(set(shapes)), "shape names repeat"
    for shape, regex, score in cls.PATTERNS:
        assert isinstance(shape, str) and shape
        re.compile(regex)
        assert 0.0 < score <= 1.0, shape
    assert type(cls.PRIORITY) is int
    assert isinstance(cls.COINCIDENCE, (int, float)) and 0 < cls.COINCIDENCE <= 1
    assert isinstance(cls.NEEDS, str)
    assert isinstance(cls.CONTEXT, tuple) and all(isinstance(w, str) and w for w in cls.CONTEXT)
    recognizer = cls()
    assert recognizer.supported_entities == [cls.ENTITY]


# -- documentation ------------------------------------------------------------------

def _shows_valid(want: str) -> bool:
    return want == "True" or "valid=True" in want or (want.startswith("[") and want != "[]")


def _shows_invalid(want: str) -> bool:
    return want in ("False", "[]") or "valid=False" in want


def _shows_synthetic(example) -> bool:
    """An example of a synthetic value: a test number shown as one
    (``synthetic=True``), a made-up value whose ``synthetic`` flag is shown,
    or one whose comment says it is synthetic."""
    return "synthetic" in example.source or "synthetic=True" in example.want


@pytest.mark.parametrize("cls", CLASSES, ids=IDS)
def test_module_docstring_has_valid_invalid_and_synthetic_examples(cls):
    doc = sys.modules[cls.__module__].__doc__
    assert doc and doc.strip(), f"{cls.__module__} has no docstring"
    examples = doctest.DocTestParser().get_examples(doc)
    assert len(examples) >= 3
    wants = [e.want.strip() for e in examples]
    assert any(_shows_valid(w) for w in wants), "no doctest shows a valid value"
    assert any(_shows_invalid(w) for w in wants), "no doctest shows an invalid value"
    assert any(_shows_synthetic(e) for e in examples), "no doctest shows a synthetic value"
