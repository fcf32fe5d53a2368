"""Detection: one Presidio AnalyzerEngine, built once, offline, run in batches.

The analyzer is built from blank spaCy pipelines (no model download; see
DESIGN.md "Traps") with nordpii's recognizers registered for every language,
and none of Presidio's defaults (they need a model, call tldextract, or tag
personnummer as phone numbers).

``Detector.detect`` is the hot path.  Instead of calling ``analyze`` once per
cell it
  1. deduplicates the values of a unit (a country column holds five values),
  2. screens each value cheaply: a recognizer that needs digits is not called
     on a value without two adjacent digits, nor on a value that is wholly a
     timestamp, UUID or hex token; one that needs an '@' not on a value
     without one, and so on (``NordicRecognizer.NEEDS``); then one search of
     the union of a recognizer's patterns decides whether it runs at all,
  3. calls the remaining recognizers' ``candidates`` directly: the pattern
     matches with their checks, valid or not,
  4. applies context the way Presidio's context enhancer does (a context word
     near the match in free text, or a column-name hint for the whole column,
     raises the score by ``CONTEXT_BOOST``); a column name that says the
     column holds an entity's look-alikes (``version`` for IP addresses)
     keeps only that entity's hits with a context word of their own,
  5. resolves one span read as two identifiers (the same ten digits valid as
     a CPR and as a kennitala) to the reading the value's signals support:
     a column hint or a context word of one reading only, a country word
     ("svenske", "Finnish"), then the language of the surrounding text
     (``resolve_readings``).  Without any signal both readings stay, and the
     column verdict decides by which entity dominates the column.
``Detector`` holds nothing but what its ``DetectorConfig`` builds, so worker
processes rebuild an identical one from the (picklable) configuration.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import unicodedata
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import yaml

from recognizers import (
    CONTEXT_BOOST,
    REPORT_THRESHOLD,
    NordicRecognizer,
    all_recognizer_classes,
)
from recognizers._base import LETTER, TO_ZERO, relaxed
from recognizers._language import ALSO_SPOKEN, KIND_WORDS, LANGUAGE_COUNTRY, country_words_in, language_of
from scanner.models import Hit, ValueResult

log = logging.getLogger("nordpii.detection")

# Languages with a blank spaCy pipeline in the NLP engine.  Norwegian Bokmål is
# "nb" in spaCy; Icelandic has a tokenizer too.
DEFAULT_LANGUAGES = ("en", "sv", "nb", "da", "fi", "is")

# Context window around a match in free text, in words (Presidio's defaults
# are 5 before and 0 after; Nordic word order puts the noun after as often:
# "personnumret är 811218-9876" / "811218-9876 (personnummer)").
CONTEXT_BEFORE = 5
CONTEXT_AFTER = 2

EMPTY = ValueResult()

_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*", re.UNICODE)
# The name of the field whose value a span is, as JSON, YAML, logs' key=value
# and code write it: right before the span ('"created_at": 1700000000',
# "ts=1700000000", "'exp' =>"), or before the quoted string the span stands
# in ('"job_title": "Research officer, trade union"'). It is the value's
# column name, whose hints that argue against an entity hold for it too.
_KEY_BEFORE = re.compile(
    r"""(?:(?<=[\s{(\[,;>])|^)["']?([A-Za-z_][A-Za-z0-9_.-]{0,40})["']?[ \t]*(?:[:=]|=>)[ \t]*(?:["'][^"'\n]*)?\Z""")
# How far before a span its field's name is looked for.
_KEY_REACH = 160
# Labels that mean a person in common spaCy pipelines (OntoNotes, WikiNER,
# the Scandinavian NorNE/DaNE corpora).
NER_PERSON_LABELS = frozenset({"PERSON", "PER"})
NER_SCORE = 0.85
NER_MAX_CHARS = 10_000
# Shape of a hit found inside another's match; such hits are reported beside
# the enclosing one, never resolved away as an overlap.
EMBEDDED = "embedded"
EMBEDDED_SCORE = 0.9
# The phone shapes that start with a country code (recognizers/phone.py):
# the digits after it are the phone number's (``Detector._inside_phones``).
_INTERNATIONAL = frozenset({"international", "international_other"})
# Between two readings of the same digits, one born before this year loses
# to one born since (nobody alive was born in the 1800s).
LIVING_SINCE = 1900

# Typographic dashes and spaces that word processors and mail clients put
# into numbers ("810107–9294" with an en dash, "070 174 06 05" with
# no-break spaces), read as "-" and " ": one character for one, so every
# span still points into the value as written.  Not the em dash, which
# parts words ("Anna — ringde").
TYPOGRAPHIC = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
})
_TYPOGRAPHIC_CHARS = re.compile("[\u2010-\u2013\u2212\ufe63\uff0d\u00a0\u2007\u2009\u202f]")


def plain_typography(value: str) -> str:
    """``value`` with its typographic dashes and spaces read as "-" and " "
    (TYPOGRAPHIC), of the same length.

    >>> plain_typography("810107\u20139294, 070\u00a0174\u00a006\u00a005 \u2014 Anna")
    '810107-9294, 070 174 06 05 \u2014 Anna'
    """
    if value.isascii() or _TYPOGRAPHIC_CHARS.search(value) is None:
        return value
    return value.translate(TYPOGRAPHIC)


_DIGIT_RUN = re.compile(r"\d+")  # Unicode digits: \d in a pattern without re.ASCII matches them too
# Whole values of a shape that carries no identifier: ISO dates and times,
# UUIDs, hex digests and tokens (at least one letter a-f, so that a 16-digit
# card number is never taken for hex; not two letters and two digits first,
# so that an IBAN from DE, BE, EE, AE ... is never taken for hex either).  The digit recognizers skip them: a
# personnummer-shaped run inside a session token is a coincidence.
_OPAQUE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"|\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?![A-Za-z]{2}\d\d)(?=\d*[a-fA-F])[0-9a-fA-F]{16,}"
)


# Short values of a shape (every digit read as 0) are screened once per shape
# with the relaxed screens (recognizers/_base.py, ``relaxed``): down a column
# of personnummer only the screens that can match "000000-0000" are run.
# Values with an "@", and values with both letters and spaces (free text),
# rarely share a shape: they are screened the plain way.
SHAPE_MAX_CHARS = 40
SHAPE_CACHE = 8192


@dataclass(frozen=True)
class DetectorConfig:
    """Everything a Detector is built from; picklable, so workers can rebuild it."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    entities: tuple[str, ...] | None = None  # None: every recognizer
    spacy_model: str | None = None  # a trained spaCy model the user installed, for NER
    threshold: float = REPORT_THRESHOLD


def normalise_name(name: str) -> list[str]:
    """Column name -> lower-case ASCII-folded tokens.

    ``"KundPersonNr"`` -> ``["kund", "person", "nr"]``;
    ``"Födelsedatum"`` -> ``["fodelsedatum"]`` (reference §5: strip accents,
    split camelCase and separators).
    """
    spaced = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", name)
    folded = spaced.replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
    folded = folded.replace("ð", "d").replace("þ", "th").replace("Ð", "d").replace("Þ", "th")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return [t for t in re.split(r"[^a-z0-9]+", folded.lower()) if t]


@dataclass(frozen=True)
class ColumnHints:
    """Column-name hints from rules/column_hints.yaml."""

    positive: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negative: tuple[str, ...] = ()
    # entity -> names whose columns are full of that entity's look-alikes
    against: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # Column name -> answer, per instance: a scan asks about the same name
    # once per sample, source and report, and many tables share "id".
    _entities: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _negatives: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _against: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _columns: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)

    def entities_for(self, column: str) -> frozenset[str]:
        """Entities the column name suggests."""
        return self._matching(column, self.positive, self._entities)

    def entities_against(self, column: str) -> frozenset[str]:
        """Entities whose look-alikes the column name says the column holds
        (a ``version`` column's "1.0.0.0" is no IP address)."""
        return self._matching(column, self.against, self._against)

    def for_column(self, column: str | None) -> tuple[frozenset[str], frozenset[str]]:
        """(hinted, against) for a unit's column name: the entities it hints
        at, and those it argues against, never both.

        Where a name does both, the words that argue against decide which
        stays: the hint stands if the name still gives it without the tokens
        those words cover (``ip_version``: "ip" hints at IP addresses, so
        its name is their context), or if a hint's words hold them
        (``created_by`` is a user, whose "by" is no Danish town), and falls
        if not (``city_name``: the "name" is the city's, so its Simo and
        Kaarina are towns; ``kunde_by`` is a customer's town)."""
        if not column:
            return frozenset(), frozenset()
        found = self._columns.get(column)
        if found is None:
            hinted, against = self.entities_for(column), self.entities_against(column)
            tokens, joined = _tokens(column)
            for entity in hinted & against:
                covered: set[int] = set()
                for word in self.against[entity]:
                    covered |= _hint_span(word, tokens, joined) or set()
                rest = tuple(t for i, t in enumerate(tokens) if i not in covered)
                words = self.positive.get(entity, ())
                if any(covered < (_hint_span(w, tokens, joined) or covered) for w in words) or any(
                        _hint_span(w, rest, "".join(rest)) is not None for w in words):
                    # a hint whose words hold the against words ("created_by"
                    # holds the Danish town's "by"), or one left without them
                    against = against - {entity}
                else:
                    hinted = hinted - {entity}
            found = (hinted, against)
            if len(self._columns) >= _HINT_CACHE_MAX:
                self._columns.clear()
            self._columns[column] = found
        return found

    @staticmethod
    def _matching(column: str, words_of: dict[str, tuple[str, ...]], cache: dict) -> frozenset[str]:
        found = cache.get(column)
        if found is None:
            tokens, joined = _tokens(column)
            found = frozenset(
                entity
                for entity, words in words_of.items()
                if any(_hint_matches(w, tokens, joined) for w in words)
            )
            if len(cache) >= _HINT_CACHE_MAX:
                cache.clear()
            cache[column] = found
        return found

    def is_negative(self, column: str) -> bool:
        """True if the name argues against personal data (order numbers, SKUs)."""
        found = self._negatives.get(column)
        if found is None:
            tokens, joined = _tokens(column)
            found = any(_hint_matches(w, tokens, joined) for w in self.negative)
            if len(self._negatives) >= _HINT_CACHE_MAX:
                self._negatives.clear()
            self._negatives[column] = found
        return found


_HINT_CACHE_MAX = 65_536


@lru_cache(maxsize=8192)
def _tokens(name: str) -> tuple[tuple[str, ...], str]:
    """``normalise_name`` as a tuple, and its tokens joined."""
    tokens = tuple(normalise_name(name))
    return tokens, "".join(tokens)


def _hint_matches(word: str, tokens: tuple[str, ...], joined: str) -> bool:
    return _hint_span(word, tokens, joined) is not None


def _hint_span(word: str, tokens: tuple[str, ...], joined: str) -> set[int] | None:
    """The indices of the tokens a hint word matches in a column name, or None.

    Short hints match whole tokens only: "kon" (sex) must not match
    "kontonummer", "tel" not "hotel" (reference §5 traps); a short hint of
    several tokens ("bg_nr") matches the same tokens in a row ("BgNr",
    "kund_bg_nr").  Longer hints match as a prefix of a token or inside a
    compound ("kundpersonnummer").  A hint written with a leading "="
    (``=produkt``) matches whole tokens only whatever its length: a column
    ``produkt`` holds products, ``produktansvarig`` a person.
    """
    whole = word.startswith("=")
    parts, word = _tokens(word.lstrip("="))
    if whole or len(word) < 5:
        if word in tokens:  # "bg_nr" in "BGNR"
            return {tokens.index(word)}
        n = len(parts)
        for i in range(len(tokens) - n + 1):
            if tokens[i : i + n] == parts:
                return set(range(i, i + n))
        return None
    for i, t in enumerate(tokens):
        if t.startswith(word):
            return {i}
    at = joined.find(word)
    if at < 0:
        return None
    # the tokens that the match inside the joined name overlaps
    covered, pos = set(), 0
    for i, t in enumerate(tokens):
        if pos < at + len(word) and at < pos + len(t):
            covered.add(i)
        pos += len(t)
    return covered


@lru_cache(maxsize=1)
def load_column_hints() -> ColumnHints:
    data = yaml.safe_load(
        resources.files("rules").joinpath("column_hints.yaml").read_text("utf-8")
    )
    positive = {}
    for entity, langs in data["entities"].items():
        words: list[str] = []
        for value in langs.values():
            words.extend(value)
        positive[entity] = tuple(words)
    negative = tuple(w for ws in data.get("negative", {}).values() for w in ws)
    against = {entity: tuple(words) for entity, words in data.get("against", {}).items()}
    return ColumnHints(positive=positive, negative=negative, against=against)


def nordpii_recognizers(config: DetectorConfig, language: str) -> list[NordicRecognizer]:
    """One instance of every discovered recognizer ``config`` selects, for ``language``."""
    return [
        cls(supported_language=language)
        for cls in all_recognizer_classes()
        if not config.entities or cls.ENTITY in config.entities
    ]


def build_analyzer(config: DetectorConfig, built: dict[str, list[NordicRecognizer]] | None = None):
    """The one Presidio AnalyzerEngine: blank pipelines, nordpii recognizers.

    No network: spaCy pipelines are blank (or a model the user installed and
    named), and none of Presidio's predefined recognizers is loaded.
    ``built``: recognizers already made for a language, registered as they are.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from scanner.nlp import BlankSpacyNlpEngine

    nlp_engine = BlankSpacyNlpEngine(config.languages, config.spacy_model)
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=list(config.languages))
    built = built or {}
    for lang in config.languages:
        for rec in built.get(lang) or nordpii_recognizers(config, lang):
            registry.add_recognizer(rec)
    if config.spacy_model:
        # For AnalyzerEngine.analyze users; the batch engine reads the
        # pipeline's entities itself (Detector._ner_hits).
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        for lang in config.languages:
            registry.add_recognizer(
                SpacyRecognizer(supported_language=lang, supported_entities=["PERSON"])
            )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=list(config.languages),
        default_score_threshold=config.threshold,
    )


@dataclass(frozen=True)
class EntityTraits:
    """What verdicts need to know of each entity's recognizer."""

    priority: dict[str, int]
    coincidence: dict[str, float]
    # The score from which a hit counts in a column verdict without context
    # or coverage, where the recognizer sets one (``COUNTS_ALONE``); the
    # verdict's ``strong`` otherwise.
    counts_alone: dict[str, float] = field(default_factory=dict)


class Detector:
    """Runs the analyzer's recognizers over batches of values."""

    def __init__(self, config: DetectorConfig = DetectorConfig()) -> None:
        self.config = config
        lang = config.languages[0]
        # The batch engine calls the recognizers itself; Presidio's
        # AnalyzerEngine (and its spaCy pipelines, half a second to load) is
        # built on first use of ``analyzer``, with these same instances.
        self.recognizers: tuple[NordicRecognizer, ...] = tuple(nordpii_recognizers(config, lang))
        self._analyzer = None
        self.traits = EntityTraits(
            priority={r.ENTITY: r.PRIORITY for r in self.recognizers},
            coincidence={r.ENTITY: r.COINCIDENCE for r in self.recognizers},
            counts_alone={r.ENTITY: r.COUNTS_ALONE for r in self.recognizers if r.COUNTS_ALONE is not None},
        )
        self._context = {
            r.ENTITY: frozenset(("=" if w in r.CONTEXT_WHOLE else "") + w.lower() for w in r.CONTEXT)
            for r in self.recognizers
        }
        self.hints = load_column_hints()
        # entities that some column name argues against (``_against_key``)
        self._key_against = frozenset(self.hints.against)
        self._by_entity = {r.ENTITY: r for r in self.recognizers}
        self._country = {r.ENTITY: r.COUNTRY for r in self.recognizers}
        # entity -> the words for its kind of number, beside its country's name
        self._kind_words = {r.ENTITY: KIND_WORDS[r.ID_KIND] for r in self.recognizers
                            if r.ID_KIND and r.COUNTRY}
        self._personal_ids = frozenset(r.ENTITY for r in self.recognizers if r.ID_KIND == "personal")
        self._entities = frozenset(self._by_entity)
        self._owners: dict[str, frozenset[str]] = {}  # window word -> entities it is context for
        # NEEDS values other than "digits" and "upper" are sets of characters
        # of which the value must hold one ("@", ".:", "-").
        self._char_needs = sorted({r.NEEDS for r in self.recognizers} - {"digits", "upper", ""})
        # One character: ``in`` (a C loop); several: a character class.
        self._need_rxs = tuple(
            None if len(needs) == 1 else re.compile(f"[{re.escape(needs)}]") for needs in self._char_needs
        )
        self._by_flags: dict[tuple, tuple] = {}
        # id(screen) -> its relaxed screen (None: the screen is run on every value)
        self._relaxed = {id(r.screen): relaxed(r.screen) for r in self.recognizers
                         if isinstance(r.screen, re.Pattern)}
        self._by_shape: dict[tuple[int, str], tuple] = {}
        # Digit runs are counted up to this length: no recognizer needs a
        # longer one, and "digits" (a NEEDS value) needs two.
        self._longest_needed = max([2, *(getattr(r, "min_digit_run", 0) for r in self.recognizers)])
        self._run_of_needed = re.compile(rf"\d{{{self._longest_needed}}}")  # \d as _DIGIT_RUN's
        # A trained spaCy pipeline named in the configuration adds its
        # person entities (NER) to the gazetteer's.
        self._ner = None
        if config.spacy_model:
            nlp = self.analyzer.nlp_engine.nlp[lang]
            if "ner" in nlp.pipe_names or "entity_ruler" in nlp.pipe_names:
                self._ner = nlp

    @property
    def analyzer(self):
        """Presidio's AnalyzerEngine over the same recognizers (built once, on first use)."""
        if self._analyzer is None:
            self._analyzer = build_analyzer(self.config, {self.config.languages[0]: list(self.recognizers)})
        return self._analyzer

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(r.ENTITY for r in self.recognizers)

    def detect(self, values: Iterable[str], column: str = "") -> dict[str, ValueResult]:
        """Detection for each distinct value; ``column`` names the unit (for hints).

        The column name's hints are context for every value; a name that
        says the column holds an entity's look-alikes (``version``: "1.0.0.0"
        is no IP address, rules/column_hints.yaml ``against``) leaves that
        entity only the hits with a context word in the value itself."""
        hinted, against = self.hints.for_column(column)
        out: dict[str, ValueResult] = {}
        for value in values:
            if value not in out:
                out[value] = self.detect_value(value, hinted, against)
        return out

    def has_context(self, value: str, start: int, end: int, entity: str) -> bool:
        """True if a context word of ``entity`` stands near ``value[start:end]``
        (as ``detect_value`` decides a hit's ``context``)."""
        words = _words(value)
        return self._in_context(words, start, end, entity)

    def _in_context(self, words, start: int, end: int, entity: str) -> bool:
        """True if a context word of ``entity`` stands near [start, end), or a
        word for its kind of number with its country's name ("finsk
        personnummer", "islantilainen henkilötunnus": ``ID_KIND``)."""
        window = _window(words, start, end)
        context = self._context.get(entity)
        if context and any(_is_context(w, context) for w in window):
            return True
        kind_words = self._kind_words.get(entity)
        return (kind_words is not None and any(_is_context(w, kind_words) for w in window)
                and self._country[entity] in country_words_in(window))

    def _applicable(self, value: str) -> tuple:
        """(screen, recognizers) groups for the recognizers whose ``NEEDS`` ``value`` meets.

        Recognizers that share a screen object come as one group, so the
        value is screened once for all of them; a screen of None means each
        recognizer of the group screens itself.

        A recognizer is also skipped when the value's longest run of
        consecutive digits is shorter than any match of its patterns holds
        (``min_digit_run``, read off the patterns): an IPv6 address or a
        phone number grouped in threes never reaches the personnummer regex.

        The answer depends only on which screens pass and on that run length,
        so it is cached per combination of them: the per-value loop never
        tests a screen twice.

        A short value (not free text, no "@") is then looked up by its shape,
        every digit read as 0: the groups whose relaxed screen
        (recognizers/_base.py, ``relaxed``) finds nothing in the shape cannot
        match the value and are left out, which is worked out once per shape
        (``SHAPE_CACHE`` shapes at most).  Down a column of phone numbers
        only the phone and the few other screens that can match
        "000-000 00 00" are run.
        """
        if self._run_of_needed.search(value) is not None:  # most identifiers: no need to count
            longest = self._longest_needed
        else:
            longest = max(map(len, _DIGIT_RUN.findall(value)), default=0)
        flags = (
            longest >= 2 and _OPAQUE.fullmatch(value) is None,
            value != value.lower(),
            longest,
            *[needs in value if rx is None else rx.search(value) is not None
              for needs, rx in zip(self._char_needs, self._need_rxs)],
        )
        found = self._by_flags.get(flags)
        if found is None:
            passed = {"digits": flags[0], "upper": flags[1], "": True}
            passed.update(zip(self._char_needs, flags[3:]))
            # Consecutive recognizers that share one screen (the nine special
            # categories share the lexicon's) form one group: screened once.
            groups: list[tuple] = []
            for r in self.recognizers:
                if not passed[r.NEEDS] or getattr(r, "min_digit_run", 0) > longest:
                    continue
                if groups and r.screen is not None and groups[-1][0] is r.screen:
                    groups[-1] = (r.screen, groups[-1][1] + (r,))
                else:
                    groups.append((r.screen, (r,)))
            found = self._by_flags[flags] = tuple(groups)
        if (flags[0] and len(value) <= SHAPE_MAX_CHARS and "@" not in value
                and not (" " in value and LETTER.search(value) is not None)):
            key = (id(found), value.translate(TO_ZERO))
            kept = self._by_shape.get(key)
            if kept is None:
                shape = key[1]
                kept = tuple(g for g in found
                             if (rx := self._relaxed.get(id(g[0]))) is None or rx.search(shape) is not None)
                if len(self._by_shape) >= SHAPE_CACHE:
                    self._by_shape.clear()
                self._by_shape[key] = kept
            return kept
        return found

    def detect_value(self, value: str, hinted: frozenset[str] = frozenset(),
                     against: frozenset[str] = frozenset()) -> ValueResult:
        value = plain_typography(value)  # same length: the spans hold for the value as written
        stripped_len = len(value.strip())
        words = None
        hits: list[Hit] = []
        candidates: list[tuple[str, str]] = []
        born: dict[int, int] = {}  # id(hit) -> the birth year its reading encodes
        unverified: set[int] = set()  # ids of hits whose check failed and nothing else vouches
        for screen, group in self._applicable(value):
            # None: the recognizer screens itself (``candidates``).
            if screen is not None and screen.search(value) is None:
                continue
            for rec in group:
                for cand in rec.candidates(value) if screen is None else rec.matches(value):
                    candidates.append((rec.ENTITY, cand.shape))
                    if not cand.check.valid:
                        continue
                    score = cand.score
                    context = rec.ENTITY in hinted
                    # Context words are looked for whenever the value holds more
                    # than the match: in free text, and in short labelled values
                    # ("CVR-nummer: 50989232", "Tlf: 22 33 44 55").
                    if not context and cand.end - cand.start < stripped_len:
                        if words is None:
                            words = _words(value)
                        context = self._in_context(words, cand.start, cand.end, rec.ENTITY)
                    if (rec.ENTITY in against or rec.ENTITY in self._key_against and cand.start
                            and rec.ENTITY in self._against_key(value, cand.start)) \
                            and not (context and rec.CONTEXT_OVERRIDES_AGAINST):
                        # a look-alike the name of its column ("1.0.0.0" under
                        # ``version``) or of its field expects ('"created_at": 1700000000')
                        continue
                    if not context and rec.SHAPE_RIVALS and rec.SHAPE_RIVALS.get(cand.shape) in hinted:
                        score = min(score, rec.base_scores[cand.shape])
                    if context and score < 1.0:
                        score = min(1.0, score + CONTEXT_BOOST)
                    hit = Hit(
                        entity_type=rec.ENTITY,
                        start=cand.start,
                        end=cand.end,
                        score=round(score, 4),
                        recognizer=rec.name,
                        checksum=cand.check.checksum,
                        synthetic=cand.check.synthetic,
                        context=context,
                        shape=cand.shape,
                    )
                    hits.append(hit)
                    if cand.check.birth_year is not None:
                        born[id(hit)] = cand.check.birth_year
                    if cand.check.checksum is False and cand.score <= rec.base_scores.get(cand.shape, 0.0):
                        unverified.add(id(hit))
                    for entity, start, end in rec.embedded(value, cand):
                        inner = self._embedded_hit(entity, value, start, end, rec.name)
                        candidates.append((entity, EMBEDDED))
                        if inner is not None:
                            hits.append(inner)
        if self._ner is not None and value != value.lower():
            for hit in self._ner_hits(value, "PERSON" in hinted):
                candidates.append((hit.entity_type, hit.shape))
                if ("PERSON" in against or hit.start and "PERSON" in self._against_key(value, hit.start)) \
                        and not self.has_context(value, hit.start, hit.end, "PERSON"):
                    continue  # a name in a product column or field ("Georg Jensen Daisy"), as for the gazetteer's
                hits.append(hit)
        if not candidates:
            return EMPTY
        if len(hits) > 1:
            hits = self._fictional_phones(self._inside_phones(hits))
        resolved: tuple[Hit, ...] = ()
        if len(hits) > 1:
            kept = self.resolve_readings(value, hits, hinted, words, born, unverified)
            if len(kept) < len(hits):
                resolved = tuple(h for h in hits if h not in kept)
                hits = kept
        return ValueResult(hits=tuple(hits), candidates=tuple(candidates), resolved=resolved)

    def _against_key(self, value: str, start: int) -> frozenset[str]:
        """The entities that the name of the field whose value starts at, or
        is a quoted string around, ``value[start:]`` argues against, as a
        column's name would ("created_at" against identity numbers: a Unix
        time's ten digits are a valid CPR one time in a hundred)."""
        m = _KEY_BEFORE.search(value, max(0, start - _KEY_REACH), start)
        return frozenset() if m is None else self.hints.for_column(m.group(1))[1]

    @staticmethod
    def _inside_phones(hits: list[Hit]) -> list[Hit]:
        """Without the readings of the digits after an international phone
        number's country code ("+46 701740610": nine digits that pass the
        Norwegian orgnr check, as one mobile number in eleven does): they
        are the phone number's, which the country code and its plan vouch
        for."""
        phones = [(h.start, h.end) for h in hits if h.entity_type == "PHONE_NUMBER" and h.shape in _INTERNATIONAL]
        if not phones:
            return hits
        return [h for h in hits if h.entity_type == "PHONE_NUMBER"
                or not any(s < h.start and h.end <= e for s, e in phones)]

    def _fictional_phones(self, hits: list[Hit]) -> list[Hit]:
        """Ten digits that are a fictional phone number (PTS's range for
        film and fixtures, "0701740605") are also a valid date-led identity
        number about one time in five (a personnummer born in 2007, a CPR
        born on 7 January, a kennitala): the published range says what they
        are, so without a context word or a column hint the identity
        reading keeps its shape's base score and does not count alone.
        Test data written with fictional numbers, as the README asks, then
        passes ``nordpii check``.  Other mobile numbers written compact keep
        both readings, as before: there a check digit that holds counts."""
        phones = {(h.start, h.end) for h in hits if h.entity_type == "PHONE_NUMBER" and h.synthetic}
        if not phones:
            return hits
        out = []
        for h in hits:
            if (h.start, h.end) in phones and not h.context and h.entity_type in self._personal_ids:
                h = replace(h, score=min(h.score, self._by_entity[h.entity_type].base_scores.get(h.shape, h.score)))
            out.append(h)
        return out

    def resolve_readings(self, value: str, hits: list[Hit], hinted: frozenset[str],
                         words: list | None = None, born: dict[int, int] | None = None,
                         unverified: set[int] | None = None) -> list[Hit]:
        """Drop the readings of a span that the value's signals argue against.

        Hits of different entities on exactly the same span are two readings
        of the same characters ("0203041234": a personnummer and a CPR).  Each
        reading gets an evidence key, compared in this order:

        1. a word in the context window names its country and not every
           rival's ("svenske personnummer", "Finnish personal identity
           code"): the country outranks the generic word beside it, which in
           Danish and Norwegian is "personnummer" for any country's number;
        2. its own name: a context word no other recognizer lists ("CPR-nummer",
           "kennitala", "hetu"), or a column name that hints at it alone
           (``cpr``, ``kennitala``);
        3. a plausible birth year: not before 1900 (``born``: id(hit) -> the
           year the reading encodes; a CPR whose 7th digit is 5-8 with YY
           58-99 was born in the 1800s, and GDPR protects the living);
        4. a check that holds: a reading whose check digit failed although
           the number is still valid (a CPR without modulus 11 on a date
           cpr.dk does not list, a kennitala without check digit: issued, but
           rarely) loses to one whose check passed, which a random reading
           does one time in ten or eleven (``unverified``: ids of such hits);
        5. a shared word that its rivals lack: a column hint or context word
           that several entities list ("personnummer" is Swedish, Norwegian
           and Danish; "kontonummer" is a bank account's, not a
           fødselsnummer's);
        6. the text around it is in its country's language, and that
           language is not also official in a rival's country (Swedish in
           Finland; recognizers/_language.py).

        Readings whose key is below the best are dropped.  With no signal
        at all every reading stays, and the column verdict decides
        (scanner/verdicts.py: the entity with more hits in the column wins an
        overlap).  Only hits that count (score >= threshold) take part: a
        reading too weak to be reported never suppresses one that is.  An
        identifier embedded in another (the kennitala in an Icelandic IBAN)
        is no rival reading.
        """
        threshold = self.config.threshold
        born = born or {}
        unverified = unverified or set()
        spans: dict[tuple[int, int], list[Hit]] = {}
        for h in hits:
            if h.score >= threshold and h.shape != EMBEDDED:
                spans.setdefault((h.start, h.end), []).append(h)
        drop: set[int] = set()
        language: list = []  # computed once, lazily: [the text's language or None]
        for (start, end), group in spans.items():
            entities = {h.entity_type for h in group}
            if len(entities) < 2:
                continue
            window: list[str] = []
            if end - start < len(value.strip()):
                if words is None:
                    words = _words(value)
                window = _window(words, start, end)
            named = country_words_in(window)
            owners = [self._context_owners(w) for w in window]
            keys: dict[int, tuple] = {}
            for h in group:
                e = h.entity_type
                others = entities - {e}
                country = self._country.get(e, "")
                rivals = {self._country.get(o, "") for o in others}
                foreign = bool(rivals - {country})
                own_name = (hinted & self._entities) == {e} or any(o == {e} for o in owners)
                shared = (e in hinted and not others <= hinted) or any(
                    e in o and not others <= o for o in owners)
                in_language = False
                if window and country and foreign:
                    if not language:
                        language.append(language_of(value[:start] + " " + value[end:]))
                    lang = language[0]
                    in_language = (LANGUAGE_COUNTRY.get(lang) == country
                                   and not rivals & ALSO_SPOKEN.get(lang, frozenset()))
                keys[id(h)] = (
                    bool(country and foreign and country in named),
                    own_name,
                    born.get(id(h), LIVING_SINCE) >= LIVING_SINCE,
                    id(h) not in unverified,
                    shared,
                    in_language,
                )
            best = max(keys.values())
            drop.update(i for i, k in keys.items() if k < best)
        if not drop:
            return hits
        return [h for h in hits if id(h) not in drop]

    def _context_owners(self, word: str) -> frozenset[str]:
        """The entities whose context words ``word`` matches."""
        found = self._owners.get(word)
        if found is None:
            found = self._owners[word] = frozenset(
                e for e, ctx in self._context.items() if _is_context(word, ctx))
        return found

    def _embedded_hit(self, entity: str, value: str, start: int, end: int, outer: str) -> Hit | None:
        """A hit for an identifier inside another's match, checked by its own recognizer.

        The enclosing structure says what the digits are (an Icelandic IBAN's
        last ten are the holder's kennitala), so the hit has context.
        """
        rec = self._by_entity.get(entity)
        if rec is None:
            return None
        check = rec.check("".join(ch for ch in value[start:end] if ch in "0123456789"))
        if not check.valid:
            return None
        return Hit(entity, start, end, rec.CHECKSUM_SCORE if check.checksum else EMBEDDED_SCORE,
                   f"{rec.name} in {outer}", checksum=check.checksum, synthetic=check.synthetic,
                   context=True, shape=EMBEDDED)

    def _ner_hits(self, value: str, hinted: bool) -> list[Hit]:
        """PERSON entities of the configured spaCy pipeline, scored like a
        gazetteer full name (Presidio's SpacyRecognizer default is 0.85)."""
        doc = self._ner(value[:NER_MAX_CHARS])
        score = min(1.0, NER_SCORE + (CONTEXT_BOOST if hinted else 0.0))
        return [
            Hit("PERSON", ent.start_char, ent.end_char, score, f"spacy:{self.config.spacy_model}",
                context=hinted, shape="ner")
            for ent in doc.ents
            if ent.label_ in NER_PERSON_LABELS
        ]


def _words(value: str) -> list[tuple[int, str]]:
    """(start, lower-case word) of the words of ``value`` that context is read
    from.  An address's domain is no word of the text: "mail.firma.example"
    in "<a1@mail.firma.example>" is no e-mail context word, nor
    "tele.firma.example" a phone's."""
    return [(m.start(), m.group().lower()) for m in _WORD.finditer(value)
            if not (m.start() and value[m.start() - 1] == "@")]


def _window(words, start: int, end: int) -> list[str]:
    """The words within the context window around [start, end), lower case."""
    before = [w for s, w in words if s < start][-CONTEXT_BEFORE:]
    after = [w for s, w in words if s >= end][:CONTEXT_AFTER]
    return [w.rstrip(".:") for w in before + after]


def _is_context(word: str, context: frozenset[str]) -> bool:
    """True if ``word`` is one of the context words ``context``.

    Like Presidio's LemmaContextAwareEnhancer, a word counts when it equals a
    context word or begins with one ("personnumret" -> "personnummer" needs
    the stem: context words are matched as prefixes of at least 3 letters).
    A context word written with a leading "=" (a recognizer's
    ``CONTEXT_WHOLE``) counts only as the whole word.

    >>> _is_context("telefonnumret", frozenset({"telefon"})), _is_context("tel", frozenset({"=tel"}))
    (True, True)
    >>> _is_context("telemetry", frozenset({"=tel"}))
    False
    """
    for c in context:
        if word == c or (len(c) >= 3 and c[0] != "=" and word.startswith(c)) or (c[0] == "=" and word == c[1:]):
            return True
    return False


def _matching(window: list[str], context: frozenset[str]) -> frozenset[str]:
    """The words of ``window`` that are context words (see ``_is_context``)."""
    return frozenset(w for w in window if _is_context(w, context))


# -- batches across processes ------------------------------------------------


class Claims:
    """Which of a pool's queued tasks a worker has begun, so that this
    process can take back one that no worker has started yet.

    ``Future.cancel()`` would do the same, but CPython 3.11's process pool
    cannot then report a worker that dies: it sets the error on every
    pending future, fails on the cancelled one in its manager thread (a
    traceback on stderr) and leaves the rest waiting for ever.  Here each
    task has a flag in shared memory: a worker marks it begun, this process
    marks it taken back, and a task taken back is skipped by the worker that
    reaches it.  Both flags can be set at once (a worker begins as this
    process takes the task back); then the task is read twice and the
    worker's answer is dropped, which costs time, never a result.
    """

    RING = 4096  # flags, reused in turn: far more than a pool ever has queued
    BEGUN, TAKEN_BACK = 1, 2

    def __init__(self, context) -> None:
        self.flags = context.RawArray("b", self.RING)
        self._next = 0

    def new(self) -> int:
        """A fresh task number, its flag cleared."""
        task = self._next
        self._next += 1
        self.flags[task % self.RING] = 0
        return task

    def take_back(self, task: int) -> bool:
        """True if no worker had begun the task: it is now this process's."""
        slot = task % self.RING
        if self.flags[slot]:
            return False
        self.flags[slot] = self.TAKEN_BACK
        return True

    @classmethod
    def begin(cls, flags, task: int) -> bool:
        """In a worker: False if the task was taken back (skip it)."""
        slot = task % cls.RING
        if flags[slot] == cls.TAKEN_BACK:
            return False
        flags[slot] = cls.BEGUN
        return True


def claimed_pool(workers: int, initializer, initargs: tuple) -> tuple[ProcessPoolExecutor, Claims]:
    """A pool of ``workers`` processes (forked where the platform can fork)
    and the Claims of its tasks; the initializer gets the claim flags after
    ``initargs``."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    claims = Claims(context)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer,
                               initargs=(*initargs, claims.flags))
    return pool, claims


_WORKER: Detector | None = None
_CLAIMS = None  # a worker's view of the pool's Claims flags


def _init_worker(config: DetectorConfig, flags) -> None:
    global _WORKER, _CLAIMS
    _CLAIMS = flags
    _WORKER = Detector(config)
    # What a worker holds from here on (the detector, the forked parent's
    # heap) lives until it exits: the collector need not walk it again on
    # every collection of the units' short-lived results.
    gc.collect()
    gc.freeze()


def judge_with(detector: Detector, samples, rules) -> list:
    """Detection and verdicts for each sample: a list of Verdicts per sample."""
    from scanner.verdicts import judge

    # Detection makes millions of small, acyclic objects (hits, results) that
    # reference counting frees; the cyclic collector would walk the whole
    # heap (spaCy, gazetteers, the caller's data) over and over meanwhile.
    # It is paused for the batch and left as it was found.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return [
            judge(s, detector.detect(s.values, s.unit.name), traits=detector.traits,
                  hints=detector.hints, rules=rules)
            for s in samples
        ]
    finally:
        if enabled:
            gc.enable()


def _judge_task(number: int, task) -> list | None:
    assert _WORKER is not None
    if not Claims.begin(_CLAIMS, number):
        return None
    samples, rules = task
    return judge_with(_WORKER, samples, rules)


class BatchDetector:
    """Detection and verdicts over many units, here or across worker processes.

    Work is shared out by unit: a worker detects the values of whole units and
    judges them, so only the verdicts (a few small records per column) travel
    back, never per-value results.  This process takes units too.  Workers pay
    for their own start (each builds its Detector from the picklable config),
    so small batches stay in-process: ``min_parallel`` values.
    """

    # Groups handed to the pool and not yet answered, per worker.  This
    # process hands out more only between groups of its own, so a worker with
    # two queued went idle while this process judged a long group (a column of
    # phone numbers: 0.2 s); with six it has work until the end, when this
    # process takes back whatever no worker has begun.
    INFLIGHT_PER_WORKER = 6

    def __init__(self, config: DetectorConfig = DetectorConfig(), workers: int = 1,
                 min_parallel: int = 20_000) -> None:
        self.config = config
        self.workers = max(1, workers)
        self.min_parallel = min_parallel
        self._local: Detector | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._claims: Claims | None = None

    @property
    def local(self) -> Detector:
        if self._local is None:
            self._local = Detector(self.config)
        return self._local

    def judge_samples(self, samples: Sequence, rules) -> list[list]:
        """The verdicts of each sample (``scanner.verdicts.judge``), in order."""
        total = sum(len(s.values) for s in samples)
        if self.workers == 1 or total < self.min_parallel or len(samples) < 2:
            return judge_with(self.local, samples, rules)
        if self._pool is None:
            # This process judges too, so it starts one worker fewer.
            self._pool, self._claims = claimed_pool(self.workers - 1, _init_worker, (self.config,))
        # Groups of units of about ``size`` values, largest units first so
        # the last groups to finish are small; small enough (24 per process)
        # that the values' uneven cost (an IP address costs ten times an id)
        # leaves no process idle for long at the end.
        size = max(500, total // (self.workers * 24) + 1)
        order = sorted(range(len(samples)), key=lambda i: -len(samples[i].values))
        pending: deque[list[int]] = deque()
        group: list[int] = []
        filled = 0
        for i in order:
            group.append(i)
            filled += len(samples[i].values)
            if filled >= size:
                pending.append(group)
                group, filled = [], 0
        if group:
            pending.append(group)
        results: list[list] = [[] for _ in samples]
        inflight: dict = {}  # future -> (task number, group)

        def here(group: list[int]) -> None:
            for i, verdicts in zip(group, judge_with(self.local, [samples[i] for i in group], rules)):
                results[i] = verdicts

        try:
            while pending or inflight:
                for future in [f for f in inflight if f.done()]:
                    answer = future.result()
                    for i, verdicts in zip(inflight.pop(future)[1], answer):
                        results[i] = verdicts
                while pending and len(inflight) < self.INFLIGHT_PER_WORKER * (self.workers - 1):
                    group = pending[0]  # still pending if the pool refuses it
                    number = self._claims.new()
                    task = ([samples[i] for i in group], rules)
                    inflight[self._pool.submit(_judge_task, number, task)] = (number, group)
                    pending.popleft()
                if pending:  # this process takes groups from the other end
                    here(pending.pop())
                elif inflight:
                    # Nothing left to hand out: take back a queued group no
                    # worker has begun rather than wait for it.
                    back = next((f for f in reversed(list(inflight))
                                 if self._claims.take_back(inflight[f][0])), None)
                    if back is not None:
                        here(inflight.pop(back)[1])
                    else:
                        wait(inflight, return_when=FIRST_COMPLETED)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): the pool is dropped and
            # this process judges what it had, now and in later batches.
            log.warning("a worker process stopped; this process judges its units instead")
            self.close()
            self.workers = 1
            for _, group in inflight.values():
                here(group)
            while pending:
                here(pending.popleft())
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
