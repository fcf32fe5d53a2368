"""nordpii's recognizers: one small module per identifier.

Recognizers are found by walking this package (``all_recognizer_classes``),
not by a hand-kept list: a module that defines a ``NordicRecognizer`` subclass
with an ``ENTITY`` is picked up by the engine, the tests and the benchmarks.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import lru_cache
from importlib import resources

from recognizers._base import (  # noqa: F401  (re-exported)
    CONTEXT_BOOST,
    INVALID,
    REPORT_THRESHOLD,
    Candidate,
    Check,
    NordicRecognizer,
    digits,
)


@lru_cache(maxsize=1)
def all_recognizer_classes() -> tuple[type[NordicRecognizer], ...]:
    """Every concrete recognizer class in this package, in module order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, NordicRecognizer)
                and obj.__module__ == module.__name__
                and obj.ENTITY
            ):
                found.append(obj)
    return tuple(found)


# Published lists shipped whole, one compact value per line: Skatteverket's
# test personnummer and samordningsnummer (CC0; provenance in each file).
_TEST_ID_LISTS = {
    "data/se_test_personnummer.txt": "SE_PERSONNUMMER",
    "data/se_test_samordningsnummer.txt": "SE_PERSONNUMMER",
}


@lru_cache(maxsize=1)
def _test_ids() -> frozenset[tuple[str, str]]:
    data = resources.files(__name__)
    text = data.joinpath("data/test_ids.tsv").read_text("utf-8")
    out = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        entity, value = line.split("\t")[:2]
        out.add((entity, value.upper()))
    for name, entity in _TEST_ID_LISTS.items():
        for line in data.joinpath(name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add((entity, line.strip().upper()))
    return frozenset(out)


def is_official_test_id(entity: str, compact: str) -> bool:
    """True if ``compact`` is on a published list of test identifiers.

    ``compact`` is the identifier without separators (digits only, except a
    HETU, which keeps its century sign and check character).
    """
    return (entity, compact.upper()) in _test_ids()
