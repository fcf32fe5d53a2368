"""Person names of other countries: recall per Faker locale, in a name
column and in a CRM note.

A Nordic CRM holds its customers' contacts abroad and residents born
abroad.  For each locale, ``--names`` distinct "given family" names from
Faker (seeded) are detected as cells of a ``kundnamn`` column and inside
"Ringde {name} om fakturan."; a name counts as found when a PERSON hit
with score >= 0.5 covers it whole.  The locales whose person data feed the
gazetteers (recognizers/data/build_names.py) are marked "built": their
figures are not blind.  The others are held out: French of Belgium,
Canada and Switzerland, Spanish of Mexico, Argentina and Colombia,
Brazilian Portuguese, Flemish and Austrian German share some names with
the built ones but not their lists.

Names are Faker's, generated here; only counts are printed.

Usage: .venv/bin/python bench/person_locales.py [--seed N] [--names N] [--locales a,b]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "recognizers" / "data"))

from faker import Faker  # noqa: E402

import build_names  # noqa: E402
from scanner.detection import Detector, DetectorConfig  # noqa: E402

HELD_OUT = ("fr_BE", "fr_CA", "fr_CH", "es_MX", "es_AR", "es_CO", "pt_BR", "nl_BE", "de_AT")
BUILT = ("en_PK", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL", "pl_PL", "tr_TR", "en_IN")
NOTE = "Ringde {} om fakturan."


def names_of(locale: str, seed: int, n: int) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    found: set[str] = set()
    for _ in range(n * 20):
        if len(found) >= n:
            break
        found.add(f"{fake.first_name()} {fake.last_name()}")
    return sorted(found)[:n]


def found(detector: Detector, texts: list[str], names: list[str], column: str) -> int:
    results = detector.detect(texts, column)
    hits = 0
    for text, name in zip(texts, names):
        start = text.index(name)
        end = start + len(name)
        if any(h.entity_type == "PERSON" and h.score >= 0.5 and h.start <= start and end <= h.end
               for h in results[text].hits):
            hits += 1
    return hits


def recall(detector: Detector, locale: str, seed: int, n: int) -> tuple[int, int, int]:
    """(found in the name column, found in the note, names) for one locale."""
    names = names_of(locale, seed, n)
    cells = found(detector, names, names, "kundnamn")
    notes = found(detector, [NOTE.format(name) for name in names], names, "")
    return cells, notes, len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--names", type=int, default=300, help="distinct names per locale")
    parser.add_argument("--locales", default=",".join(HELD_OUT + BUILT))
    args = parser.parse_args()

    detector = Detector(DetectorConfig(entities=("PERSON",)))
    built = set(build_names.LOCALES + build_names.MORE_LOCALES)
    print(f"person names by locale: seed {args.seed}, {args.names} names each")
    print(f"{'locale':8} {'source':9} {'name column':>18} {'note':>18}")
    totals: dict[str, list[int]] = {}
    for locale in args.locales.split(","):
        cells, notes, n = recall(detector, locale, args.seed, args.names)
        kind = "built" if locale in built else "held-out"
        t = totals.setdefault(kind, [0, 0, 0])
        t[0] += cells
        t[1] += notes
        t[2] += n
        print(f"{locale:8} {kind:9} {cells / n:>8.3f} ({cells:>3}/{n}) {notes / n:>8.3f} ({notes:>3}/{n})")
    for kind, (cells, notes, n) in totals.items():
        print(f"{'all':8} {kind:9} {cells / n:>8.3f} ({cells}/{n}) {notes / n:>8.3f} ({notes}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
