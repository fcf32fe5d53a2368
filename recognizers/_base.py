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

# Scores: Presidio's convention, 0..1.  REPORT_THRESHOLD is what a hit needs
# after context to count; CONTEXT_BOOST mirrors Presidio's default
# context_similarity_factor (0.35).
REPORT_THRESHOLD = 0.5
CONTEXT_BOOST = 0.35


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
    # Shape -> another entity written the same way (phone numbers and CVR
    # numbers are both written in pairs).  In a column whose name hints at
    # that entity and not at this one, a match of the shape without context
    # keeps its pattern's base score, whatever ``score_for`` gave it: in a
    # column called ``cvr`` a pair-grouped number that fails the CVR check
    # is a mistyped CVR, not a phone number.
    SHAPE_RIVALS: ClassVar[dict[str, str]] = {}
    # The chance that a random string of a pattern's shape passes ``check``
    # (mostly the check digit: 1/10 for Luhn, 1/11 for modulus 11, 1/31 for
    # the HETU check character, 1/97 for IBAN).  Column verdicts compare the
    # valid count with what chance would give (scanner/verdicts.py).  1.0
    # means the check does not discriminate, and no such test is made.
    COINCIDENCE: ClassVar[float] = 0.1
    # Cheap screen: a value without any of these characters cannot match.
    # "digits" means at least two consecutive digits.
    NEEDS: ClassVar[str] = "digits"

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
        # One search over the union of the patterns, in C, before the
        # per-pattern loop: most values match no pattern of most recognizers.
        # Group numbers shift in a union, so patterns with backreferences
        # are searched one by one instead.
        regexes = [r for _, r, _ in self.PATTERNS]
        if any(_BACKREF.search(r) for r in regexes):
            self._screen = tuple(rx for _, rx, _ in self._compiled)
        elif regexes:
            self._screen = (re.compile("|".join(f"(?:{r})" for r in regexes), self.REGEX_FLAGS),)
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
        for shape, rx, base in self.patterns_for(text):
            for m in rx.finditer(text):
                span = m.span()
                if span in seen:
                    continue
                seen.add(span)
                text_ = m.group()
                chk = self.check(text_)
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


def digits(text: str) -> str:
    """The digits of ``text``, in order."""
    return "".join(ch for ch in text if ch in "0123456789")  # not str.isdigit: '²' is a digit there
