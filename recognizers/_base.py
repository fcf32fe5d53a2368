"""The contract every nordpii recognizer follows.

A recognizer is a Presidio ``EntityRecognizer``: it can be registered in an
``AnalyzerEngine`` and called through ``analyze`` like any other.  On top of
that contract it exposes ``candidates(text)``: every pattern match, valid or
not, with the result of its ``check``.  nordpii's batch engine calls
``candidates`` directly, because a column verdict needs the invalid matches
too (the checksum-valid share among look-alikes is what tells a column of
personnummer from a column of order numbers that sometimes pass Luhn).

Subclasses set ``ENTITY``, ``PATTERNS`` (shape name, regex, base score) and
``CONTEXT``, and implement ``check(text) -> Check``.  A valid match whose check
digit was verified scores ``CHECKSUM_SCORE``; a valid match without a check
digit keeps its pattern's base score, which is below the reporting threshold
on purpose: without a checksum, an identifier needs context (a context word
in free text, or a column-name hint) to count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterator

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from scanner.models import quick_init  # frozen records built per match: a cheaper __init__

# Scores: Presidio's convention, 0..1.  REPORT_THRESHOLD is what a hit needs
# after context to count; CONTEXT_BOOST mirrors Presidio's default
# context_similarity_factor (0.35).
REPORT_THRESHOLD = 0.5
CONTEXT_BOOST = 0.35


@quick_init
@dataclass(frozen=True)
class Check:
    """The outcome of validating one candidate string."""

    valid: bool
    checksum: bool | None = None  # True: a check digit verified; None: none to verify
    synthetic: bool = False  # an official test number or a synthetic-range number
    kind: str = ""  # e.g. "samordningsnummer", "D-nummer", "FH-nummer"
    # The birth year the number encodes, where it encodes one (national
    # identity numbers).  Not part of equality or repr: it is derived from
    # the digits, and only the engine's choice between two readings of the
    # same digits uses it (a reading born before 1900 is nobody alive).
    birth_year: int | None = field(default=None, compare=False, repr=False)


INVALID = Check(False)

_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
# Digits that are one digit repeated (and separators): a placeholder,
# "00000000000" for a missing account number, "999999999" for a range's end
# ("000000000..999999999") or a test form, on which weighted checksums hold
# as often as not (zeros always; nines pass the Norwegian modulus 11, fives
# and twos the Swedish Luhn).
_REPDIGITS = re.compile(r"[^1-9]*0[^1-9]*|[\s.+/-]*(\d)(?:[\s.+/-]*\1){5,}[\s.+/-]*")

try:  # Python 3.11+
    from re import _compiler as _sre_compile
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_DIGIT_CHARS = frozenset(map(ord, "0123456789"))
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)} - {None}
_ZERO_WIDTH = {_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT}


def min_digit_run(pattern: str, flags: int = 0) -> int:
    """A lower bound on the longest run of consecutive digits in any match of ``pattern``.

    Read off the parsed pattern: adjacent items that can match only digits
    (``\\d``, ``[0-9]``, a digit literal, a repeat or group of those) add up
    to a run; an alternation gives the least of its alternatives'; any other
    item ends the run; zero-width items (anchors, lookarounds) neither add
    nor end.  The bound is sound, never more than the truth, so an engine
    may skip the pattern on a value whose longest digit run is shorter
    (scanner/detection.py).  A pattern it cannot read gives 0: never skipped.

    >>> min_digit_run(r"(?<!\\d)\\d{6}[-+]?\\d{4}(?!\\d)")
    6
    >>> min_digit_run(r"\\d{2}(?: \\d{2}){3}|\\d{8}")
    2
    >>> min_digit_run(r"[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")
    2
    >>> min_digit_run(r"(\\d)\\1")
    1
    """
    parsed = _parsed(pattern, flags)
    return 0 if parsed is None else _run_bound(parsed)[0]


def _parsed(pattern: str, flags: int) -> list | None:
    """The items of the parsed ``pattern``, or None if the parser refuses it."""
    try:
        return list(_sre_parse.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - unreadable: each caller then promises nothing
        return None


def _class_only(items, is_member, category=None) -> bool:
    """True if a character class (parsed ``IN`` items) matches only members:
    ``is_member`` takes a code point; ``category`` is a class escape that
    counts as members (``CATEGORY_DIGIT`` for digits)."""
    c = _sre_c
    return bool(items) and all(
        (o is c.LITERAL and is_member(a))
        or (o is c.RANGE and a[1] - a[0] < 4096 and all(map(is_member, range(a[0], a[1] + 1))))
        or (o is c.CATEGORY and a is category)
        for o, a in items
    )


def min_chars(pattern: str, member, flags: int = 0) -> int:
    """A lower bound on how many characters satisfying ``member`` every match of ``pattern`` holds.

    ``member`` takes a one-character string.  As ``min_digit_run``, read off
    the parsed pattern and sound: an item counts only if every character it
    can match is a member, an alternation gives the least of its
    alternatives', an unreadable pattern gives 0.

    >>> min_chars(r"[A-Z][0-9]{2}|D[A-Z][0-9]{2}", str.isalpha)
    1
    >>> min_chars(r"rs[0-9]{3}|[ACGT]{20}", str.isalpha)
    2
    >>> min_chars(r"\\w+", str.isalpha)
    0
    """
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return 0

    def is_member(code: int) -> bool:
        return member(chr(code))

    def least(items) -> int:
        return sum(item(op, av) for op, av in items)

    def item(op, av) -> int:
        c = _sre_c
        if op is c.LITERAL:
            return 1 if is_member(av) else 0
        if op is c.IN:
            return 1 if _class_only(av, is_member) else 0
        if op in _REPEATS:
            return av[0] * least(av[2])
        if op is c.SUBPATTERN:
            return least(av[-1])
        if op is c.BRANCH:
            return min(least(a) for a in av[1])
        if op is getattr(c, "ATOMIC_GROUP", None):
            return least(av)
        return 0  # zero-width, ANY, NOT_LITERAL, categories, GROUPREF: nothing promised

    return least(parsed)


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with.

    None when that cannot be read off the parsed pattern (a negated class,
    ``.``, an inline flag group, a pattern that can match the empty string):
    the caller then searches without it.  The class is a superset, never
    less: ``(?=<class>)(?:<pattern>)`` finds exactly what ``pattern`` finds.

    >>> first_class(r"(?<![\\w-])\\d{6}-\\d{4}|SE ?\\d{10}")
    '[S\\\\d]'
    >>> first_class(r"(?:\\+|00)?4[5-7]")
    '[04\\\\x2b]'
    >>> first_class(r"a?") is None, first_class(r"[^a]b") is None, first_class(r"(?i:x)y") is None
    (True, True, True)
    """
    if flags & re.VERBOSE:
        return None
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return None
    found, nullable = _first_seq(parsed)
    if found is None or nullable or not found:
        return None
    return "[" + "".join(sorted(found)) + "]"


_CATEGORY_CLASS = {
    _sre_c.CATEGORY_DIGIT: r"\d",
    _sre_c.CATEGORY_WORD: r"\w",
    _sre_c.CATEGORY_SPACE: r"\s",
}


def _class_escape(code: int) -> str:
    """``chr(code)`` as written inside a character class: letters and digits
    as themselves, anything else as an escape that means only itself."""
    ch = chr(code)
    if ch.isascii() and ch.isalnum():
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _first_seq(items: list) -> tuple[set[str] | None, bool]:
    """(first characters as class fragments or None, can be empty) of a sequence."""
    found: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        if first is None:
            return None, False
        found |= first
        if not nullable:
            return found, False
    return found, True


def _first_item(op, av) -> tuple[set[str] | None, bool]:
    c = _sre_c
    if op in _ZERO_WIDTH:
        return set(), True
    if op is c.LITERAL:
        return {_class_escape(av)}, False
    if op is c.IN:
        out = set()
        for o, a in av:
            if o is c.LITERAL:
                out.add(_class_escape(a))
            elif o is c.RANGE:
                out.add(f"{_class_escape(a[0])}-{_class_escape(a[1])}")
            elif o is c.CATEGORY and a in _CATEGORY_CLASS:
                out.add(_CATEGORY_CLASS[a])
            else:  # NEGATE, \D, \W ...
                return None, False
        return out, False
    if op in _REPEATS:
        lo, _hi, sub = av
        first, nullable = _first_seq(list(sub))
        return first, (nullable or lo == 0)
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, False
        return _first_seq(list(sub))
    if op is c.BRANCH:
        out, nullable = set(), False
        for alt in av[1]:
            first, n = _first_seq(list(alt))
            if first is None:
                return None, False
            out |= first
            nullable = nullable or n
        return out, nullable
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_seq(list(av))
    return None, False  # ANY, NOT_LITERAL, GROUPREF, ...


def _run_bound(items: list) -> tuple[int, bool, int]:
    """(bound, only digits, least length) of a sequence of parsed items."""
    bound = run = least = 0
    only = True
    for op, av in items:
        b, o, n = _item_bound(op, av)
        bound = max(bound, b)
        least += n
        if o:
            run += n
            bound = max(bound, run)
        else:
            run = 0
            only = False
    return bound, only, least


def _item_bound(op, av) -> tuple[int, bool, int]:
    c = _sre_c
    if op in _ZERO_WIDTH:
        return 0, True, 0
    if op is c.LITERAL:
        return (1, True, 1) if av in _DIGIT_CHARS else (0, False, 1)
    if op is c.IN:
        only = _class_only(av, _DIGIT_CHARS.__contains__, c.CATEGORY_DIGIT)
        return (1, True, 1) if only else (0, False, 1)
    if op in _REPEATS:
        lo, _hi, sub = av
        b, o, n = _run_bound(list(sub))
        if o:
            return lo * n, True, lo * n
        return (b if lo >= 1 else 0), False, lo * n
    if op is c.SUBPATTERN:
        return _run_bound(list(av[-1]))
    if op is c.BRANCH:
        alts = [_run_bound(list(a)) for a in av[1]]
        return min(a[0] for a in alts), all(a[1] for a in alts), min(a[2] for a in alts)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _run_bound(list(av))
    return 0, False, 0  # ANY, NOT_LITERAL, GROUPREF, ...: a run ends, nothing known


@quick_init
@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    shape: str
    check: Check
    score: float  # 0.0 when the check failed


class NordicRecognizer(EntityRecognizer):
    """Base class: regex candidates, one ``check`` per candidate."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Context words that count only as whole words: a context word otherwise
    # also counts as the start of a longer one ("telefonnumret"), and a short
    # one starts too many others ("tel": "telemetry", "call": "callback").
    CONTEXT_WHOLE: ClassVar[frozenset[str]] = frozenset()
    REGEX_FLAGS: ClassVar[int] = 0
    CHECKSUM_SCORE: ClassVar[float] = 1.0
    # Shapes whose check digit does not tell the identifier apart from a
    # look-alike with the same check (a bare 8-digit CVR is a phone number
    # as often; every fødselsnummer passes the bank-account modulus 11): a
    # valid match there keeps its pattern's base score and needs context.
    AMBIGUOUS_SHAPES: ClassVar[frozenset[str]] = frozenset()
    # Higher wins when two entities claim exactly the same span with the same
    # score (organisation numbers beat personal identifiers on their own values).
    PRIORITY: ClassVar[int] = 50
    # The country that issues the identifier ("SE", "NO", "DK", "FI", "IS"),
    # "" for none.  When the same digits are valid in two countries, the
    # engine lets country words ("svenske", "Finnish") and the language of
    # the surrounding text choose between the readings (recognizers/_language.py).
    COUNTRY: ClassVar[str] = ""
    # The kind of number ("personal", "business"; "" for neither): a word
    # for that kind beside the country's name is context for it, in any
    # language ("finsk personnummer", "ruotsalainen henkilötunnus";
    # KIND_WORDS in recognizers/_language.py).
    ID_KIND: ClassVar[str] = ""
    # Shape -> another entity written the same way (phone numbers and CVR
    # numbers are both written in pairs).  In a column whose name hints at
    # that entity and not at this one, a match of the shape without context
    # keeps its pattern's base score, whatever ``score_for`` gave it: in a
    # column called ``cvr`` a pair-grouped number that fails the CVR check
    # is a mistyped CVR, not a phone number.
    SHAPE_RIVALS: ClassVar[dict[str, str]] = {}
    # In a column verdict a hit below the verdict's ``strong`` score (0.8)
    # is weak: it counts only with context or when the entity covers much of
    # the column (a lone known first name in a city column).  A recognizer
    # whose scores already say which matches count alone sets the score
    # from which they do here too.
    COUNTS_ALONE: ClassVar[float | None] = None
    # The chance that a random string of a pattern's shape passes ``check``
    # (mostly the check digit: 1/10 for Luhn, 1/11 for modulus 11, 1/31 for
    # the HETU check character, 1/97 for IBAN).  Column verdicts compare the
    # valid count with what chance would give (scanner/verdicts.py).  1.0
    # means the check does not discriminate, and no such test is made.
    COINCIDENCE: ClassVar[float] = 0.1
    # Cheap screen: a value without any of these characters cannot match.
    # "digits" means at least two consecutive digits.
    NEEDS: ClassVar[str] = "digits"
    # In a column whose name argues against the entity (rules/column_hints.yaml
    # ``against``), a context word in the value still lets a hit count: "IP
    # 10.1.2.3" in a ``version`` column is an IP address.  Not where the
    # context words are the entity's own domain ("nurse", "hospital" for
    # health), which the column's values hold as such: there the name decides.
    CONTEXT_OVERRIDES_AGAINST: ClassVar[bool] = True

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )
        self._compiled = tuple(
            (shape, re.compile(regex, self.REGEX_FLAGS), score)
            for shape, regex, score in self.PATTERNS
        )
        self.base_scores = {shape: score for shape, _, score in self.PATTERNS}
        # No match of any pattern has a shorter run of consecutive digits.
        self.min_digit_run = min(
            (min_digit_run(regex, self.REGEX_FLAGS) for _, regex, _ in self.PATTERNS), default=0
        )
        # One search over the union of the patterns, in C, before the
        # per-pattern loop: most values match no pattern of most recognizers.
        # Group numbers shift in a union, so patterns with backreferences
        # are searched one by one instead.
        regexes = [r for _, r, _ in self.PATTERNS]
        if any(_BACKREF.search(r) for r in regexes):
            self._screen = tuple(rx for _, rx, _ in self._compiled)
        elif regexes:
            union = "|".join(f"(?:{r})" for r in regexes)
            # Led by the class of characters a match can start with, the
            # search skips in C the positions where none can: most patterns
            # open with lookbehinds, which would otherwise be tried at every
            # character of every value.
            first = first_class(union, self.REGEX_FLAGS)
            self._screen = (re.compile(f"(?={first})(?:{union})" if first else union, self.REGEX_FLAGS),)
        else:
            self._screen = ()
        # The single-regex screen, for engines that screen before calling
        # ``matches`` (None: call ``candidates``, which screens itself).  An
        # engine relies only on ``screen.search(text)`` returning None when
        # nothing can match, so a subclass may set any object with that method
        # (the special categories share one lexicon screen between nine).
        self.screen: re.Pattern | None = self._screen[0] if len(self._screen) == 1 else None

    # -- Presidio contract -------------------------------------------------
    def load(self) -> None:  # nothing to load: patterns compile in __init__
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        if entities and self.ENTITY not in entities:
            return []
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=c.start,
                end=c.end,
                score=c.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name,
                    original_score=c.score,
                    pattern_name=c.shape,
                    validation_result=c.check.checksum,
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "checksum": c.check.checksum,
                    "synthetic": c.check.synthetic,
                    "kind": c.check.kind,
                },
            )
            for c in self.candidates(text)
            if c.check.valid
        ]

    def validate_result(self, pattern_text: str) -> bool:
        """True if ``pattern_text`` is a valid identifier of this type."""
        return self.check(pattern_text).valid

    # -- nordpii contract --------------------------------------------------
    @classmethod
    def check(cls, text: str) -> Check:
        raise NotImplementedError

    def embedded(self, text: str, candidate: Candidate) -> Iterator[tuple[str, int, int]]:
        """Identifiers another recognizer should check inside a valid match.

        ``(entity, start, end)`` spans of ``text``: an Icelandic IBAN carries
        the holder's kennitala.  The engine validates each span with that
        entity's recognizer and reports it beside the enclosing match.
        """
        return iter(())

    def could_match(self, text: str) -> bool:
        """False only if no pattern can match ``text`` (a cheap screen)."""
        for rx in self._screen:
            if rx.search(text) is not None:
                return True
        return not self._screen

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Every pattern match in ``text``, with its check and score."""
        if self.could_match(text):
            yield from self.matches(text)

    def patterns_for(self, text: str) -> tuple[tuple[str, re.Pattern, float], ...]:
        """The compiled patterns worth running on ``text`` (all, by default)."""
        return self._compiled

    def matches(self, text: str) -> Iterator[Candidate]:
        """``candidates`` without the screen: for callers that screened already."""
        seen: set[tuple[int, int]] = set()
        locale = "<U" in text
        for shape, rx, base in self.patterns_for(text):
            for m in rx.finditer(text):
                span = m.span()
                if span in seen:
                    continue
                seen.add(span)
                if locale and in_locale_data(text, *span):
                    continue
                text_ = m.group()
                chk = self.check(text_)
                if chk.valid and self.COINCIDENCE < 1.0 and _REPDIGITS.fullmatch(text_):
                    chk = INVALID  # a placeholder: one digit repeated (zeros pass every checksum)
                score = self.score_for(shape, text_, chk, base) if chk.valid else 0.0
                yield Candidate(span[0], span[1], shape, chk, score)

    def score_for(self, shape: str, text: str, check: Check, base: float) -> float:
        """The score of a valid match: ``CHECKSUM_SCORE`` when a check digit
        was verified on a shape where that is evidence, else the pattern's
        base score.  Subclasses refine it where the digits carry other
        evidence (a CPR without modulus 11 on a date CPR-kontoret issues
        such numbers for; a phone number grouped as its plan writes it)."""
        if check.checksum and shape not in self.AMBIGUOUS_SHAPES:
            return self.CHECKSUM_SCORE
        return base


# -- shapes: every ASCII digit read as "0" ---------------------------------------

TO_ZERO = str.maketrans("123456789", "000000000")
LETTER = re.compile(r"[^\W\d_]")  # a letter: a word character that is no digit or underscore


def shape_of(text: str) -> str:
    """``text`` with every ASCII digit written as ``0``: its shape.

    >>> shape_of("811218-9876"), shape_of("SE45 5000")
    ('000000-0000', 'SE00 0000')
    """
    return text.translate(TO_ZERO)


class _CannotRelax(Exception):
    pass


def relaxed(rx: re.Pattern) -> re.Pattern | None:
    """A regex that finds a match in ``shape_of(text)`` whenever ``rx`` finds one in ``text``.

    ``rx`` with every ASCII digit it names read as ``0``: a digit literal
    becomes ``0``, a character class that admits a digit also admits
    ``0``, and a negative lookaround that tells digits apart (``(?!5)``) is
    dropped.  Each change only widens what matches, and an ASCII digit and
    its ``0`` are alike to everything else in a pattern (``\\d``, ``\\w``,
    word boundaries, backreferences), so a match in ``text`` is a match at
    the same place in its shape.  The engine runs it once per shape
    (scanner/detection.py): a column of personnummer has one shape, and
    only the screens that can match it are run on its values.  None when
    the pattern holds what this cannot widen soundly (atomic groups,
    possessive repeats, a negated class or character that excludes some
    digits and not others): the caller then screens every value.

    >>> r = relaxed(re.compile(r"(?<!\\d)(?!9)[1-8]\\d{5}-\\d{4}"))
    >>> bool(r.search("000000-0000")), bool(r.search("00000-0000"))
    (True, False)
    >>> relaxed(re.compile(r"(?>[1-9]+)0")) is None
    True
    """
    try:
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
        _relax_seq(parsed.data)
        return _sre_compile.compile(parsed, rx.flags)
    except _CannotRelax:
        return None
    except Exception:  # noqa: BLE001 - a parser or compiler of another Python: screen every value
        return None


_DIGITLESS_CATEGORIES = frozenset(
    getattr(_sre_c, name) for name in (
        "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_SPACE", "CATEGORY_LINEBREAK",
        "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_SPACE", "CATEGORY_UNI_LINEBREAK",
    ) if hasattr(_sre_c, name)
)
_ALL_DIGIT_CATEGORIES = frozenset(
    getattr(_sre_c, name) for name in (
        "CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_NOT_SPACE", "CATEGORY_NOT_LINEBREAK",
        "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_WORD", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_NOT_LINEBREAK",
    ) if hasattr(_sre_c, name)
)


def _class_digits(items) -> set[int] | None:
    """The ASCII digits a class's items (without NEGATE) name; None: all of them alike."""
    c = _sre_c
    found: set[int] = set()
    for op, av in items:
        if op is c.NEGATE:
            continue
        if op is c.LITERAL:
            if av in _DIGIT_CHARS:
                found.add(av)
        elif op is c.RANGE:
            found.update(d for d in _DIGIT_CHARS if av[0] <= d <= av[1])
        elif op is c.CATEGORY:
            if av in _ALL_DIGIT_CATEGORIES:
                return None
            if av not in _DIGITLESS_CATEGORIES:
                raise _CannotRelax
        else:
            raise _CannotRelax
    return found


def _tells_digits_apart(named: set[int] | None) -> bool:
    """True if a class names some ASCII digits and not others (``_class_digits``)."""
    return bool(named) and named != _DIGIT_CHARS


def _agnostic(items) -> bool:
    """True if every ASCII digit is alike to ``items`` (no digit named apart, no backreference)."""
    c = _sre_c
    for op, av in items:
        if op is c.LITERAL or op is c.NOT_LITERAL:
            if av in _DIGIT_CHARS:
                return False
        elif op is c.IN:
            if _tells_digits_apart(_class_digits(av)):
                return False
        elif op in _REPEATS:
            if not _agnostic(av[2]):
                return False
        elif op is c.SUBPATTERN:
            if not _agnostic(av[-1]):
                return False
        elif op is c.BRANCH:
            if not all(_agnostic(a) for a in av[1]):
                return False
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            if not _agnostic(av[1]):
                return False
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if not _agnostic(av):
                return False
        elif op in (c.ANY, c.AT):
            continue
        else:  # backreferences, conditionals: a digit in the group is not alike to another
            return False
    return True


def _relax_seq(items: list) -> None:
    """Widen a parsed sequence in place (see ``relaxed``)."""
    c = _sre_c
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is c.LITERAL:
            if av in _DIGIT_CHARS:
                items[i] = (op, 48)
        elif op is c.NOT_LITERAL:
            if av in _DIGIT_CHARS:
                raise _CannotRelax
        elif op is c.IN:
            named = _class_digits(av)
            negated = bool(av) and av[0][0] is c.NEGATE
            if negated:
                if _tells_digits_apart(named):  # some digits excluded, others not
                    raise _CannotRelax
            elif named and 48 not in named:
                av.append((c.LITERAL, 48))
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            _relax_seq(av[2])
        elif op is c.SUBPATTERN:
            _relax_seq(av[-1])
        elif op is c.BRANCH:
            for alt in av[1]:
                _relax_seq(alt)
        elif op is c.ASSERT:
            _relax_seq(av[1])
        elif op is c.ASSERT_NOT:
            if not _agnostic(av[1]):
                del items[i]  # a dropped negative condition only widens
                continue
        elif op is c.GROUPREF_EXISTS:
            _relax_seq(av[1])
            if av[2] is not None:
                _relax_seq(av[2])
        elif op in (c.ANY, c.AT, c.GROUPREF):
            pass
        else:  # atomic groups, possessive repeats, anything unknown
            raise _CannotRelax
        i += 1


def digits(text: str) -> str:
    """The digits of ``text``, in order."""
    return "".join(ch for ch in text if ch in "0123456789")  # not str.isdigit: '²' is a digit there


# Unicode's data (code points in hexadecimal: "FD2C\t\t<final> 0636 0631",
# "# U+FB13 => 0574 0576", "511F 5120 5121 5122 5123 5124"): groups of four
# digits there are code points that happen to have no letter, not a phone
# or card number.  A line holding a hexadecimal word of four to six, with a
# capital A-F and a digit, is such data; words of A-F alone ("ABB", "CAFE")
# are words.
_FOUR_DIGIT_GROUPS = re.compile(r"\d{4}(?: \d{4})+")
_HEX_WORD = re.compile(r"(?<![0-9A-Za-z])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[0-9])[0-9A-F]{4,6}(?![0-9A-Za-z])")


def in_code_point_data(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is groups of four digits on a line of
    hexadecimal code points.

    >>> t, u = "FD2C <final> 0636 0631", "ABB Tel 0636 0631"
    >>> in_code_point_data(t, 13, 22), in_code_point_data(u, 8, 17)
    (True, False)
    """
    if _FOUR_DIGIT_GROUPS.fullmatch(text, start, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return (_HEX_WORD.search(text, line_start, start) is not None
            or _HEX_WORD.search(text, end, line_end) is not None)


# glibc's locale sources name each character by its code point, and a line
# of their data starts with one ("<U6814> <U6814>;IGNORE;IGNORE;IGNORE #
# 11125...", ten digits): the digits on it are the data of a collation or a
# character class (stroke sequences of CJK characters, which nothing tells
# from numbers), never a person's.  Their comments start with "%" and keep
# their authors' addresses ("% Nilg<U00FC>n ... <address>").
_LOCALE_LINE = re.compile(r"[ \t]*<U[0-9A-F]{4,8}>")


def in_locale_data(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` stands on a line of glibc's locale data.

    >>> t = "<U6814> <U6814>;IGNORE;IGNORE;IGNORE # 11125"
    >>> in_locale_data(t, 39, 44), in_locale_data("% Nilg<U00FC>n 11125", 15, 20)
    (True, False)
    """
    return _LOCALE_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_valid(number: str) -> bool:
    """The Luhn (mod 10) check of a string of ASCII digits.

    What ``stdnum.luhn.is_valid`` answers for such strings, without its
    clean-up and conversions (tests/test_engine_screens.py compares the
    two): the recognizers call it on every candidate of every value.

    >>> luhn_valid("8112189876"), luhn_valid("8112189875"), luhn_valid(""), luhn_valid("٨١")
    (True, False, False, False)
    """
    if not number or not number.isascii() or not number.isdigit():
        return False
    total = sum(map(int, number[-1::-2])) + sum(_LUHN_DOUBLED[int(d)] for d in number[-2::-2])
    return total % 10 == 0
