"""Column (and file) verdicts: which entities a unit holds, defended by numbers.

The rule, also in the README ("Column verdicts"):

1. Coincidence test, per entity and pattern shape.  Among the m sampled
   values of a shape (``811218-9876`` and ``8112189876`` are two shapes:
   digits, letters and separators in the same places, whether or not the
   entity's pattern admits the value), the number v that pass the entity's
   checks must exceed what chance gives: v >= p*m + 3*sqrt(p*m*(1-p)), where
   p is the recognizer's ``COINCIDENCE`` rate (1/10 for Luhn, 1/11 for
   modulus 11, 1/31 for the HETU check character).  A column of random
   10-digit order numbers matches the personnummer pattern everywhere and
   passes Luhn on a tenth: those are coincidences, not personnummer.  In a
   column mixing five countries' identifiers, each country's valid numbers
   stand far above chance, although most values match every pattern.  Passing means
   reaching ``threshold``: a Danish CPR failing modulus 11 is valid, but
   without context it scores below the threshold, so a column of random
   date-shaped numbers does not pass as CPR on dates alone.  A hit that a
   context word or a column-name hint supports is exempt.
2. A hit counts when its score (after context) reaches ``threshold``.  A weak
   hit (below ``strong``: a single known name, an identifier without check
   digit; a recognizer can set a lower score with ``COUNTS_ALONE``, as phone
   numbers do for the shapes that count alone) counts only with context, or
   when the entity's hits cover at least ``min_weak_share`` of the values: one city called "Lund" in a city column
   is not a person.  Such an entity's column is context for its other
   values, as a column-name hint is: a CPR failing modulus 11 in a column of
   CPRs, an unformatted 8-digit number in a column of phone numbers.
3. Overlapping hits of different entities are resolved per value, among the
   entities that passed 1 and 2: the higher score wins, then the higher
   recognizer priority (organisation numbers beat personal identifiers on
   their own values), then the entity with more hits in the unit.  An
   identifier inside another's match (the holder's kennitala in an
   Icelandic IBAN) is kept beside it.  An entity that holds no value of
   its own, only values another entity of the unit reads as well, and that
   one at least ``LOOKALIKE_RATIO`` times as often, is its look-alike: the
   values go to the other (a kennitala without a check digit whose digits
   are also a valid HETU, in a column of kennitölur).
4. An entity with at least one counted hit is reported, with its hit count,
   the number of values sampled, the checksum-valid count, the synthetic
   count, a confidence and masked evidence.  So a notes column where 2 of 500
   notes carry a phone number reports PHONE_NUMBER with hits 2, sampled 500.

Confidence = mean score of the counted hits, +0.05 when the column name hints
at the entity, -0.2 when it argues against personal data (``ordernummer``),
clamped to [0, 1].
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping

import math
import re

from recognizers import CONTEXT_BOOST
from recognizers._base import shape_of
from scanner.detection import EMBEDDED, EMPTY, ColumnHints, EntityTraits
from scanner.masking import mask
from scanner.models import Hit, Sample, ValueResult, Verdict


@dataclass(frozen=True)
class VerdictRules:
    threshold: float = 0.5
    strong: float = 0.8
    sigmas: float = 3.0
    min_weak_share: float = 0.3
    max_evidence: int = 3


def judge(
    sample: Sample,
    results: Mapping[str, ValueResult],
    *,
    traits: EntityTraits,
    hints: ColumnHints,
    rules: VerdictRules = VerdictRules(),
) -> list[Verdict]:
    """The verdicts for one unit from the detection results of its values."""
    counts = Counter(sample.values)
    sampled = sum(counts.values())
    if not sampled:
        return []

    # Most values match no pattern at all: only the others are looked at.
    found = [(value, n, res) for value, n in counts.items()
             if (res := results.get(value, EMPTY)) is not EMPTY]

    # 1. coincidence test per (entity, shape)
    threshold = rules.threshold
    matched: Counter = Counter()
    valid: Counter = Counter()
    matched_entity: Counter = Counter()
    skeletons: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_candidates: dict[tuple, int] = {}  # a value's candidates -> values with exactly those
    for value, n, res in found:
        by_candidates[res.candidates] = by_candidates.get(res.candidates, 0) + n
        # A reading resolved away in favour of another reading of the same
        # digits is still a valid match of its shape (a kennitala that is
        # also a valid CPR): the coincidence test counts it.
        passing = [h for h in (res.hits + res.resolved if res.resolved else res.hits) if h.score >= threshold]
        if not passing:
            continue
        for key in {(h.entity_type, h.shape) for h in passing}:
            valid[key] += n
        for h in passing:
            key = (h.entity_type, h.shape)
            if traits.coincidence.get(h.entity_type, 1.0) < 1.0 and len(skeletons[key]) < MAX_SKELETONS:
                skeletons[key].add(skeleton(value[h.start : h.end]))
    # Most values of a unit share their candidates ((PHONE_NUMBER,
    # trunk_grouped) down a column of phone numbers): counted once per tuple.
    for cands, n in by_candidates.items():
        for key in set(cands):
            matched[key] += n
        for entity in {e for e, _ in cands}:
            matched_entity[entity] += n
    credible = set()
    for key, m in matched.items():
        p = traits.coincidence.get(key[0], 1.0)
        if key in skeletons:
            # The look-alikes are every sampled value of the valid matches'
            # shape, not only those the pattern admits: a pattern that
            # requires a date admits 1 in 80 random numbers, and "1 of 1
            # passes the check" would look like no coincidence at all.
            m = max(m, shaped_count(counts, skeletons[key]))
        if above_chance(valid[key], m, p, rules.sigmas):
            credible.add(key)

    def passes(hit: Hit) -> bool:
        if hit.score < rules.threshold:
            return False
        return hit.context or (hit.entity_type, hit.shape) in credible

    # 2. weak hits need context or coverage
    coverage: Counter = Counter()
    for value, n, res in found:
        if len(res.hits) == 1:
            if passes(res.hits[0]):
                coverage[res.hits[0].entity_type] += n
        elif res.hits:
            for entity in {h.entity_type for h in res.hits if passes(h)}:
                coverage[entity] += n
    allowed_weak = {e for e, c in coverage.items() if c >= rules.min_weak_share * sampled}

    def with_column_context(hit: Hit) -> Hit:
        # An entity that dominates the column makes the column its context, as
        # a column-name hint would: a CPR without modulus 11 in a column of
        # CPRs, an unformatted 8-digit number in a column of phone numbers.
        if hit.entity_type in allowed_weak and not hit.context and hit.score < rules.threshold:
            return replace(hit, score=min(1.0, hit.score + CONTEXT_BOOST), context=True)
        return hit

    strong = {e: min(rules.strong, s) for e, s in traits.counts_alone.items()}

    def counts_hit(hit: Hit) -> bool:
        if not passes(hit):
            return False
        entity = hit.entity_type
        return hit.score >= strong.get(entity, rules.strong) or hit.context or entity in allowed_weak

    # 3. overlaps per value, 4. aggregate
    hits: Counter = Counter()
    checksum: Counter = Counter()
    synthetic: Counter = Counter()
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[str]] = defaultdict(list)
    # Values an entity won only from another entity's reading of the same
    # digits: entity -> [(value, n, the other reading)]; and the values it
    # holds alone or with context.
    won_over: dict[str, list[tuple[str, int, Hit]]] = defaultdict(list)
    own: Counter = Counter()

    def count(entity: str, h: Hit, value: str, n: int) -> None:
        hits[entity] += n
        scores[entity] += h.score * n
        if h.checksum:
            checksum[entity] += n
        if h.synthetic:
            synthetic[entity] += n
        ev = evidence[entity]
        if len(ev) < rules.max_evidence:
            masked = mask(entity, value[h.start : h.end])
            if masked not in ev:
                ev.append(masked)

    for value, n, res in found:
        if not res.hits:
            continue
        if len(res.hits) == 1:  # most values: nothing to resolve
            h = with_column_context(res.hits[0])
            if not counts_hit(h):
                continue
            best: dict[str, Hit] = {h.entity_type: h}
            own[h.entity_type] += n
        else:
            counted = [h for h in map(with_column_context, res.hits) if counts_hit(h)]
            # An identifier inside another's match (the kennitala in an Icelandic
            # IBAN) is reported beside it, not resolved away as an overlap.
            if len(counted) < 2:
                kept = counted
            else:
                kept = resolve_overlaps([h for h in counted if h.shape != EMBEDDED], traits.priority, coverage)
                kept += [h for h in counted if h.shape == EMBEDDED]
            best = {}
            for h in kept:
                if h.entity_type not in best or h.score > best[h.entity_type].score:
                    best[h.entity_type] = h
            for entity, h in best.items():
                beaten = [o for o in counted if o.entity_type != entity and o.start < h.end and h.start < o.end
                          and o not in kept]
                if beaten and not h.context:
                    won_over[entity].append((value, n, max(beaten, key=lambda o: o.score)))
                else:
                    own[entity] += n
        for entity, h in best.items():
            count(entity, h, value, n)

    # An entity that holds no value of its own, only values another entity
    # of the unit reads as well, and that entity ten times as often: its
    # readings are that entity's look-alikes (a kennitala without a check
    # digit whose digits are also a valid HETU, in a column of kennitölur).
    for entity, values in won_over.items():
        if own[entity] or not values:
            continue
        rivals = Counter(o.entity_type for _, _, o in values)
        rival, _ = rivals.most_common(1)[0]
        if rivals[rival] != len(values) or hits[rival] < LOOKALIKE_RATIO * hits[entity]:
            continue
        for value, n, o in values:
            count(rival, o, value, n)
        for table in (hits, scores, checksum, synthetic):
            table.pop(entity, None)
        evidence.pop(entity, None)

    column = sample.unit.name
    hinted = hints.entities_for(column) if column else frozenset()
    negative = hints.is_negative(column) if column else False
    verdicts = []
    for entity, n in hits.items():
        score = scores[entity] / n
        if entity in hinted:
            score += 0.05
        if negative:
            score -= 0.2
        verdicts.append(
            Verdict(
                unit=sample.unit,
                entity_type=entity,
                hits=n,
                sampled=sampled,
                candidates=max(matched_entity[entity], n),
                checksum_valid=checksum[entity],
                synthetic=synthetic[entity],
                score=round(min(1.0, max(0.0, score)), 2),
                evidence=tuple(evidence[entity]),
            )
        )
    verdicts.sort(key=lambda v: (-v.hits, v.entity_type))
    return verdicts


MAX_SKELETONS = 4
# An entity whose every value another entity of the unit also reads, that
# many times as often, is dropped as that entity's look-alike (``judge``).
LOOKALIKE_RATIO = 10


def skeleton(text: str) -> str:
    """A regex for any token of ``text``'s shape: digits, letters, separators.

    >>> bool(re.search(skeleton("811218-9876"), "kund 121212-1212 ringde"))
    True
    >>> bool(re.search(skeleton("811218-9876"), "1212121212"))
    False
    """
    return _skeleton(shape_of(text))


@lru_cache(maxsize=4096)
def _skeleton(text: str) -> str:
    # Every digit is "0" here: a column of one shape builds its regex once.
    parts = []
    for ch in text:
        if ch in "0123456789":
            parts.append(r"\d")
        elif ch.isalpha():
            parts.append(r"[^\W\d_]")
        else:
            parts.append(re.escape(ch))
    return r"(?<![^\W_])" + "".join(parts) + r"(?![^\W_])"


def shaped_count(counts: Counter, skeletons: set[str]) -> int:
    """Sampled values (with multiplicity) holding a token of one of the shapes."""
    rx = re.compile("|".join(skeletons))
    return sum(n for value, n in counts.items() if rx.search(value))


def above_chance(valid: int, matched: int, p: float, sigmas: float) -> bool:
    """True if ``valid`` of ``matched`` look-alikes is more than chance ``p`` explains.

    >>> above_chance(16, 1000, 0.1, 3)    # order numbers passing Luhn
    False
    >>> above_chance(2, 2, 0.1, 3)        # two personnummer in a notes column
    True
    >>> above_chance(330, 1300, 1 / 31, 3)
    True
    """
    if valid < 1:
        return False
    if p >= 1.0:
        return True
    expected = p * matched
    return valid >= expected + sigmas * math.sqrt(expected * (1 - p))


def resolve_overlaps(hits: list[Hit], priority: Mapping[str, int],
                     coverage: Mapping[str, int] | None = None) -> list[Hit]:
    """Keep the best of overlapping hits.

    Order: score; then recognizer priority; then the entity that dominates the
    unit (``coverage``: "811218-1234" can be both a valid personnummer and a
    valid CPR; in a column of Danish numbers it is a CPR); then length.
    """
    coverage = coverage or {}
    ordered = sorted(
        hits,
        key=lambda h: (-h.score, -priority.get(h.entity_type, 0), -coverage.get(h.entity_type, 0),
                       -(h.end - h.start), h.start),
    )
    kept: list[Hit] = []
    for h in ordered:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return kept
