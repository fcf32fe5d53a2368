"""Special categories of personal data: GDPR Art. 9, and Art. 10 (criminal offences).

Nine recognizers, one per entity, share one lexicon engine defined here:
``HEALTH_DATA``, ``ETHNIC_ORIGIN``, ``POLITICAL_OPINION``, ``RELIGIOUS_BELIEF``,
``TRADE_UNION``, ``GENETIC_DATA``, ``BIOMETRIC_DATA``, ``SEXUAL_ORIENTATION``
and ``CRIMINAL_OFFENCE``, in Swedish, Norwegian, Danish, Finnish and English.
The lexicons are data, ``rules/special_categories.yaml`` (reference
nordic-pii.md §4): terms per category and language with stem markers, their
strength, the cue words that lift a weak term, the veto words that cancel
one, the false-positive traps of §4.11 and the structured codes of §4.10.

Free text is cut into tokens by spaCy's blank Swedish tokenizer: unlike the
"xx", English, Norwegian and Danish ones, it keeps hyphenated compounds
("DNA-test", "ay-jäsenmaksu") and the colon inflection of abbreviations
("HIV:n", "SD:s", "JHL:ään") in one token, which is Nordic orthography in all
five languages; the language of a cell is unknown, so one tokenizer serves
every language.  It is built once, lazily, and shared: the nine recognizers
look at the same tokens of a value, so the value is tokenised once, not nine
times.  Terms match tokens whole, by prefix stem ("sjukskriv*" finds
sjukskriven) or, for Finnish stems of six letters or more, inside compounds
("masennu*" finds työuupumusmasennus).

Scores (a finding needs 0.5; verdicts count a hit below 0.8 only with
context, scanner/verdicts.py):

* strong term: 0.85 alone ("sjukskriven", "fackavgift", "belastningsregistret");
* weak term: 0.4 alone; 0.8 with a second signal within ten words: a cue
  ("medlem", "diagnos", "polisen"), or another term of the category; a
  column-name hint adds 0.35 in the engine ("behandling", "DNA", "straff");
* name (a name or word with an everyday reading: Kommunal, Høyre, Delta,
  "dom"): 0.8 with a cue or a term nearby; alone 0.1 in free text, which not
  even an engine context word lifts over 0.5, and 0.2 in a short cell, which
  a column-name hint lifts to 0.55 ("Kommunal" in a "fackforbund" column);
* codes (ICD-10, Danish SKS, ATC, rsIDs): 0.2 alone, so "B12" is a room or
  a vitamin until a column-name hint ("diagnos", "icd") lifts it to 0.55; a
  cue or a term nearby, three codes in one value, or a FinICD-10
  dagger/asterisk pair (E10.3+H36.0*) give 0.8; a DNA sequence or an HGVS
  variant (c.68A>G) 0.85.

A veto word nearby cancels a weak term or a name (football for "straff",
baking for "recept", school for "religion", directions for "Høyre"); a
disarming word cancels a strong one too (a key or a certificate for
"fingeravtryck"); a trap blocks the tokens it covers ("straffspark",
"kommunal skatt", "tuomi", "begravningsavgift", "genom").  There is no
checksum; ``Check.kind`` is ``<language(s)>|<term class>`` ("sv|strong",
"da+no|weak") or ``code|<code>``.

Speed: every category's stems are compiled once into two trie regexes over
the lower-cased value (stems at a word start, with the case-sensitive names
and the code shapes; Finnish and compound infix stems anywhere).  A value
matching neither holds no term of any category and is never tokenised.  The
engine gets the screen as each recognizer's ``screen`` (an object with
``search``, like a compiled pattern, behind a one-entry C ``lru_cache``): it
asks nine times, the value is screened once, and the analysis of the last
value (tokens, lexicon lookups cached per token text) serves the nine
``matches`` calls that follow.  bench/special_accuracy.py measures what the
nine add to the engine per demo CRM cell (4-5 us, about 1.5 us of it the
two searches).

Terms in the scanner's sense are mentions: an organisation named as a
customer is no person's membership, so names of parties and unions are weak
or names, and company vocabulary ("ordered", "collective agreement",
recruiting) vetoes them; a person's noun (socialdemokrat, fackmedlem) is
strong.  An association named for a condition ("Cancerfonden",
"Kreftforeningen", "Syöpäsäätiö", "The Alzheimer Society": ORG_SUFFIXES,
ORG_WORDS) reads as a name: it counts with a membership word or a cue
nearby ("medlem i Diabetesförbundet"), not alone.

>>> health, union = HealthDataRecognizer(), TradeUnionRecognizer()
>>> found = lambda r, t: [(t[c.start:c.end], c.score, c.check.kind) for c in r.candidates(t)]
>>> found(health, "Sjukskriven 50 % sedan mars, läkarintyg inlämnat")
[('Sjukskriven', 0.85, 'sv|strong'), ('läkarintyg', 0.85, 'sv|strong')]
>>> found(health, "Testkund (syntetisk): diagnos diabetes")   # synthetic: still the category
[('diagnos', 0.85, 'sv|strong'), ('diabetes', 0.85, 'da+en+no+sv|strong')]
>>> found(health, "Receptet på kladdkaka kräver 200 g socker")   # baking
[]
>>> found(health, "F32.1")            # a code alone waits for a column hint
[('F32.1', 0.2, 'code|icd10')]
>>> found(union, "Medlem i Kommunal sedan 2015")
[('Kommunal', 0.8, 'sv|name')]
>>> found(union, "Kommunal skatt dras på lönen")   # the adjective
[]
>>> HealthDataRecognizer.check("diabetes")
Check(valid=True, checksum=None, synthetic=False, kind='da+en+no+sv|strong')
>>> HealthDataRecognizer.check("raskas")         # 'heavy', not raskaus
Check(valid=False, checksum=None, synthetic=False, kind='')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import ClassVar, Iterator

import yaml

from recognizers._base import INVALID, LETTER, Candidate, Check, NordicRecognizer, min_chars
from recognizers._language import language_of, language_scores

RULES_FILE = "special_categories.yaml"
LANGUAGES = ("sv", "no", "da", "fi", "en")
TOKENIZER_LANGUAGE = "sv"

STRONG = 0.85  # counts alone in free text
WEAK = 0.4  # below the threshold: needs a second signal
LIFTED = 0.8  # a weak term, name or code with a second signal in the value
NAME_TEXT = 0.1  # a name alone in free text: never over 0.5, even with engine context
NAME_CELL = 0.2  # a name alone in a short cell: a column-name hint lifts it to 0.55
CODE = 0.2  # a structured code alone: the same
DENSE = 0.8  # three codes in one value, or a dagger/asterisk pair
WINDOW = 10  # words either side in which a cue, a veto or another term counts
DENSE_CODES = 3
# Evidence of a Nordic language that makes an English word of a term its
# Nordic reading (``Analysis.nordic``): one function word shared by two
# languages ("efter") is 0.5.
NORDIC_EVIDENCE = 0.5
_PUNCTUATION = ".,;:!?()[]\"'«»"
# A code after a linter's or a program's own words on its line is that
# program's: flake8's "# noqa: E501, W503, E203" and a setup.cfg
# "ignore = E203, W503" hold three ICD-10-shaped codes each, spaCy writes
# "Errors.E001" and "Warnings.W036".  Such codes are no diagnoses.
_PROGRAM_CODES = re.compile(
    r"(?:\b(?:noqa|flake8|pylint|ruff|pycodestyle|pyflakes|mypy|extend-ignore|per-file-ignores|ignore|select"
    r"|disable|enable)\b|\b(?:Errors|Warnings)\.)[^\n]{0,60}\Z",
    re.IGNORECASE,
)
# A key's fingerprint in hexadecimal groups ("9001 B85A F9E1 B83D F1BD A942
# ..." under an OpenPGP key): "B85" and "A94" in it are no diagnosis codes.
_HEX_GROUPS = re.compile(r"(?<![\w])(?:[0-9A-Fa-f]{4}[ :]{1,2}){4,}[0-9A-Fa-f]{4}(?![\w])")
# A code that is a product's, a character's or a program's, not a diagnosis:
# after a model's name and a hyphen ("Cortex-A78", "Galaxy-S21"), after "U+"
# (a Unicode code point, "U+A780"), after a dotted or a Perl/C++ name
# ("Sample.default.E000.ttf", "Git::I18N"), or before a slash and a word
# ("X86/Android").
_PRODUCT_BEFORE = re.compile(r"(?:[^\W\d_]{2,}-|U\+|[^\W\d_]\.|::)\Z")
_PRODUCT_AFTER = re.compile(r"/[A-Za-z]*[a-z]")
LOOKUP_CACHE = 50_000  # token texts whose lexicon entries are remembered
# A value is free text when it holds at least this many spaces
# (scanner.detection.FREE_TEXT_WORDS, not imported: scanner imports recognizers).
FREE_TEXT_SPACES = 4
FI_INFIX_MIN = 6  # Finnish stems this long match inside compounds (reference §4)

_RANK = {"name": 0, "weak": 1, "strong": 2}
_CODE_SCORES = {"code": CODE, "dense": DENSE, "strong": STRONG}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# -- the rules file -----------------------------------------------------------


@lru_cache(maxsize=1)
def _rules() -> dict:
    text = resources.files("rules").joinpath(RULES_FILE).read_text("utf-8")
    return yaml.load(text, Loader=_LOADER)["categories"]


def _context_words(entity: str) -> tuple[str, ...]:
    """The stems among a category's cues: the engine matches them as prefixes.
    Not a stem that begins an English word of ``english_words`` ("diagnos"
    and "diagnose"): the engine does not know the text's language, and
    "diagnose a broken pipe" is no fracture."""
    spec = _rules()[entity]
    english = [w.strip("=^~*").lower() for w in spec.get("english_words") or ()]
    stems = (w.lstrip("=^~")[:-1].lower() for w in spec.get("cues") or ()
             if w.endswith("*") and " " not in w and len(w.lstrip("=^~")) > 3)
    return tuple(s for s in stems if not any(e.startswith(s) or s.startswith(e) for e in english))


def _english_words(words) -> re.Pattern | None:
    """One regex for a category's ``english_words``, searched for in a
    term's or a cue's span in small letters: "x" the word, "x*" a word that
    begins so, "~x" one that ends so; a word is a run of letters ("abort"
    in "abort-7.c" and "test-abort-on-timeout")."""
    alts = []
    for w in words or ():
        core = re.escape(w.strip("=^~*").lower())
        alts.append(("[^\\W\\d_]*" if w.startswith("~") else "") + core
                    + ("[^\\W\\d_]*" if w.endswith("*") else ""))
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])") if alts else None


@dataclass(frozen=True)
class Pat:
    """One token of a term: whole, prefix stem or infix stem."""

    text: str
    mode: str  # "exact" | "prefix" | "infix"
    case: bool  # case-sensitive (a name with a capital, or "=word")

    def matches(self, tok: "_Tok") -> bool:
        s = tok.norm if self.case else tok.low
        if self.mode == "exact":
            return s == self.text
        if self.mode == "prefix":
            return s.startswith(self.text)
        return self.text in s


@dataclass(frozen=True)
class Entry:
    """A term, trap, cue or veto of one category."""

    entity: str
    role: str  # "term" | "trap" | "cue" | "veto" | "disarm"
    strength: str  # "strong" | "weak" | "name" for terms, "" otherwise
    pats: tuple[Pat, ...]
    langs: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return f"{'+'.join(sorted(self.langs)) or 'any'}|{self.strength}"

    @property
    def weight(self) -> int:
        return sum(len(p.text) for p in self.pats)


def compound_terms(spec: dict | list) -> list[str]:
    """The terms of one ``compounds`` entry: every part joined to every head
    (a list of such groups where some heads fit only some parts).

    Nordic compounds are written as one word ("knäoperation", "rygskade",
    "polvileikkaus"), English ones as two ("knee surgery"); a head keeps its
    stem marker.  The generated terms are strong: a body part plus an
    operation, injury or pain word is a person's health whatever the case
    ending (reference §4.7).

    >>> compound_terms({"parts": ["knä", "rygg"], "heads": ["operation*", "skad*"]})
    ['knäoperation*', 'knäskad*', 'ryggoperation*', 'ryggskad*']
    >>> compound_terms({"parts": ["knee"], "heads": ["surgery"], "separate": True})
    ['knee surgery']
    """
    if isinstance(spec, list):
        return [term for group in spec for term in compound_terms(group)]
    joiner = " " if spec.get("separate") else ""
    return [f"{part}{joiner}{head}" for part in spec.get("parts") or () for head in spec.get("heads") or ()]


def parse_term(text: str, lang: str = "", strength: str = "") -> tuple[Pat, ...]:
    """The token patterns of one lexicon entry (syntax in the YAML header).

    >>> parse_term("sexuell* läggning")
    (Pat(text='sexuell', mode='prefix', case=False), Pat(text='läggning', mode='exact', case=False))
    >>> parse_term("masennu*", "fi")[0].mode, parse_term("^saame*", "fi")[0].mode
    ('infix', 'prefix')
    >>> parse_term("Kommunal", "sv", "name")
    (Pat(text='Kommunal', mode='exact', case=True),)
    """
    pats = []
    for word in text.split():
        case = word.startswith("=")
        word = word.lstrip("=")
        anchored = word.startswith("^")
        infix = word.startswith("~")
        word = word.lstrip("^~")
        mode = "exact"
        if word.endswith("*"):
            word = word[:-1]
            mode = "prefix"
            if infix or (lang == "fi" and strength != "name" and not anchored
                         and len(word) >= FI_INFIX_MIN):
                mode = "infix"
        if strength == "name" and word != word.lower():
            case = True
        pats.append(Pat(word if case else word.lower(), mode, case))
    return tuple(pats)


# -- tokens -------------------------------------------------------------------


class _Tok:
    """A word token: offsets, the normalised text and its lower case."""

    __slots__ = ("start", "end", "norm", "low")

    def __init__(self, start: int, end: int, norm: str) -> None:
        self.start = start
        self.end = end
        self.norm = norm  # the token without colon inflection or a trailing full stop
        self.low = norm.lower()


def _normalise(raw: str) -> str:
    k = raw.find(":")
    if 0 < k and raw[k + 1:].isalpha() and len(raw) - k - 1 <= 4:
        raw = raw[:k]  # "HIV:n", "SD:s", "JHL:ään"
    stripped = raw.rstrip(".")
    return stripped or raw


_ALNUM = re.compile(r"[^\W_]")


def _is_word(raw: str) -> bool:
    return _ALNUM.search(raw) is not None


# Characters no word holds: markup's, a shell's, a program's delimiters,
# and a comma beside a letter (a CSV line's "12.50,Union dues,Unite"), not
# between digits ("12,50").  Not "/" ("struct/union"), ":" ("HIV:n") or
# "-" (the parts of a compound).
_BREAKS = re.compile(r'[<>|=;"{}\[\]()]|(?<=\w),(?=[^\W\d_])|(?<=[^\W\d_]),(?=\w)')


def _add_token(toks: list[_Tok], parts: list[list[_Tok]], idx: int, raw: str) -> None:
    """Append the word ``raw`` at ``idx`` to ``toks``, and the parts of a
    hyphenated one to ``parts``; nothing if it holds no letter or digit."""
    if not _is_word(raw):
        return
    norm = _normalise(raw)
    toks.append(_Tok(idx, idx + len(norm), norm))
    sub = []
    if "-" in norm.strip("-"):
        offset = idx
        for piece in norm.split("-"):
            if piece and _is_word(piece):
                sub.append(_Tok(offset, offset + len(piece), piece))
            offset += len(piece) + 1
    parts.append(sub)


# -- the lexicon ----------------------------------------------------------------


def _alt(words) -> str:
    """``_trie`` of ``words``, or a pattern that never matches."""
    return _trie(sorted(set(words))) or "(?!)"


def _trie(words) -> str:
    """A regex matching any of ``words``; at a given position the longest one."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class _StemIndex:
    """Stems of one mode and case, found in a token with one regex call."""

    def __init__(self, table: dict[str, list[Entry]], infix: bool) -> None:
        self.table = table
        self.infix = infix
        stems = sorted(table)
        # Every stem that is a prefix of a longer one is found with it: the
        # regex reports the longest stem at a position.
        # (The stems that are prefixes of s, in sorted order: shortest first.)
        known = set(stems)
        self.closure = {s: tuple(s[:k] for k in range(len(s) + 1) if s[:k] in known) for s in stems}
        body = _trie(stems) if stems else "(?!)"
        self.rx = re.compile(f"(?=({body}))" if infix else body)

    def find(self, s: str) -> Iterator[Entry]:
        if self.infix:
            seen: set[str] = set()
            for m in self.rx.finditer(s):
                for stem in self.closure[m.group(1)]:
                    if stem not in seen:
                        seen.add(stem)
                        yield from self.table[stem]
        else:
            m = self.rx.match(s)
            if m is not None and m.end():
                for stem in self.closure[m.group()]:
                    yield from self.table[stem]


@dataclass(frozen=True)
class _Code:
    entity: str
    name: str
    rx: re.Pattern
    score: str  # "code" | "dense" | "strong"


class Lexicon:
    """Every category's terms, traps, cues, vetoes and codes, compiled once."""

    def __init__(self, rules: dict) -> None:
        merged: dict[tuple, Entry] = {}

        def add(entity: str, role: str, text: str, lang: str = "", strength: str = "") -> None:
            pats = parse_term(text, lang, strength)
            if not pats:
                return
            key = (entity, role, pats)
            old = merged.get(key)
            if old is None:
                merged[key] = Entry(entity, role, strength, pats, (lang,) if lang else ())
            else:
                # The same term in several languages: one entry; the weaker
                # strength wins (every lexicon applies to every value).
                weaker = min(old.strength, strength, key=lambda s: _RANK.get(s, 0)) if strength else ""
                langs = tuple(sorted(set(old.langs) | ({lang} if lang else set())))
                merged[key] = Entry(entity, role, weaker, pats, langs)

        self.codes: dict[str, tuple[_Code, ...]] = {}
        self.entities = tuple(rules)
        for entity, spec in rules.items():
            for lang, classes in (spec.get("terms") or {}).items():
                lang = "no" if lang is False else str(lang)
                for strength, terms in (classes or {}).items():
                    for term in terms or ():
                        add(entity, "term", term, lang, strength)
            for lang, compounds in (spec.get("compounds") or {}).items():
                lang = "no" if lang is False else str(lang)
                for term in compound_terms(compounds):
                    add(entity, "term", term, lang, "strong")
            for lang, traps in (spec.get("traps") or {}).items():
                lang = "no" if lang is False else str(lang)
                for trap in traps or {}:
                    add(entity, "trap", trap, lang)
            for role, key in (("cue", "cues"), ("veto", "veto"), ("disarm", "disarm")):
                for word in spec.get(key) or ():
                    add(entity, role, word)
            self.codes[entity] = tuple(
                _Code(entity, name, re.compile(c["regex"]), c.get("score", "code"))
                for name, c in (spec.get("codes") or {}).items()
            )
        # The English words that Nordic terms and cues match ("abort",
        # "diagnose", not "diagnos" nor "aborten"): ``english_words``.
        self.english = {entity: rx for entity, spec in rules.items()
                        if (rx := _english_words(spec.get("english_words"))) is not None}
        self.entries = tuple(merged.values())

        exact: dict[tuple[bool, str], list[Entry]] = {}
        tables: dict[tuple[str, bool], dict[str, list[Entry]]] = {
            ("prefix", False): {}, ("prefix", True): {}, ("infix", False): {}, ("infix", True): {},
        }
        for e in self.entries:
            first = e.pats[0]
            if first.mode == "exact":
                exact.setdefault((first.case, first.text), []).append(e)
            else:
                tables[(first.mode, first.case)].setdefault(first.text, []).append(e)
        self._exact = exact
        self._prefix_ci = _StemIndex(tables[("prefix", False)], infix=False)
        self._prefix_cs = _StemIndex(tables[("prefix", True)], infix=False)
        self._infix_ci = _StemIndex(tables[("infix", False)], infix=True)
        self._infix_cs = _StemIndex(tables[("infix", True)], infix=True)

        # The screen, on the lower-cased value: one token of every term, the
        # longest of a phrase ("dom" of "en dom", "refugee" of "as a refugee":
        # a phrase needs all its tokens, so its rarest one is screen enough,
        # and "en", "the", "as" would let every sentence through), as a whole
        # word, a stem at a word start or an infix stem anywhere; then
        # the case-sensitive names (checked again on the raw value: "rv" in a
        # browser string is not Radikale Venstre) and the code shapes
        # (likewise: "x64" is no ICD-10 code).  A value failing it holds no
        # term of any category and is never tokenised: two regex searches.
        words, stems, inside, names, name_stems = set(), set(), set(), set(), set()
        cue_words = set()
        for e in self.entries:
            first = max(e.pats, key=lambda p: len(p.text))  # the first of equals
            text = first.text.lower()
            if e.role == "term":
                if first.case and first.mode != "infix":
                    (names if first.mode == "exact" else name_stems).add(first.text)
                elif first.mode == "infix":
                    inside.add(text)
                elif first.mode == "exact" and text[-1:].isalnum():
                    words.add(text)
                else:
                    stems.add(text)
            elif e.role == "cue" and self.codes.get(e.entity):
                cue_words.add(text)
        self._names = frozenset(names) | frozenset(name_stems)
        code_screens = [spec["code_screen"] for spec in rules.values() if spec.get("code_screen")]
        for pattern in code_screens:
            if re.compile(pattern).groups:
                raise ValueError(f"code_screen {pattern!r}: no capturing groups, please")
        low_names = rf"(?:{_alt(n.lower() for n in names)})\b|{_alt(n.lower() for n in name_stems)}"
        self.screen_rx = re.compile(
            rf"\b(?:(?:{_alt(words)})\b|{_alt(stems)}|({low_names})"
            + (f"|((?i:{'|'.join(code_screens)}))" if code_screens else "") + ")"
        )
        self.code_rx = re.compile("|".join(code_screens) or "(?!)")
        # Every term has a token with a letter and every code shape needs
        # one, so a value without letters (a number, a date, an IP address:
        # most cells of most tables) holds nothing of any category, and one
        # search for a letter turns it away before the screen's.
        self._needs_letter = all(
            any(LETTER.search(p.text) for p in e.pats) for e in self.entries if e.role == "term"
        ) and all(min_chars(p, str.isalpha, re.IGNORECASE) >= 1 for p in code_screens)
        self.infix_rx = re.compile(_alt(inside))
        # A cue of a category with codes, for the rare value holding a code
        # and no term: is the code near a cue?
        self.cue_rx = re.compile(rf"\b(?:{_alt(cue_words)})")
        self._tokenizer = None
        self._lookups: dict[str, tuple[Entry, ...]] = {}
        self._nothing = Analysis(self, "", "", False, False)  # every value the screen turns away
        self._last: tuple[str, Analysis] | None = None
        self.screen = _Screen(self)

    # -- tokens and lookups ---------------------------------------------------
    @property
    def tokenizer(self):
        if self._tokenizer is None:
            import spacy

            self._tokenizer = spacy.blank(TOKENIZER_LANGUAGE).tokenizer
        return self._tokenizer

    def tokens(self, text: str) -> tuple[list[_Tok], list[list[_Tok]]]:
        """Word tokens of ``text``, and for each the parts of a hyphenated one.

        spaCy's tokenizer keeps markup and a shell's alternatives on a word
        ("diabetes</p", "abort-upgrade|abort-remove)"); such a token is cut
        at the characters no word holds (``_BREAKS``), so that each word is
        looked up, and reported, alone."""
        toks: list[_Tok] = []
        parts: list[list[_Tok]] = []
        cut = _BREAKS.search(text) is not None
        for t in self.tokenizer(text):
            raw = t.text
            if cut and _BREAKS.search(raw) is not None:
                pos = 0
                for m in _BREAKS.finditer(raw):
                    if m.start() > pos:
                        _add_token(toks, parts, t.idx + pos, raw[pos:m.start()])
                    pos = m.end()
                if pos < len(raw):
                    _add_token(toks, parts, t.idx + pos, raw[pos:])
            else:
                _add_token(toks, parts, t.idx, raw)
        return toks, parts

    def lookup(self, tok: _Tok) -> tuple[Entry, ...]:
        """Entries whose first pattern matches ``tok`` (cached per token text:
        "och", "the", "ja" recur in every note)."""
        found = self._lookups.get(tok.norm)
        if found is None:
            low = tok.low
            hits = list(self._exact.get((False, low), ()))
            hits += self._exact.get((True, tok.norm), ())
            hits += self._prefix_ci.find(low)
            hits += self._prefix_cs.find(tok.norm)
            hits += self._infix_ci.find(low)
            hits += self._infix_cs.find(tok.norm)
            if len(self._lookups) >= LOOKUP_CACHE:
                self._lookups.clear()
            found = self._lookups[tok.norm] = tuple(hits)
        return found

    # -- analyses -------------------------------------------------------------
    def screened(self, text: str) -> bool:
        """True if ``text`` holds a stem or a code shape of any category."""
        return self.analysis(text).passed

    def analysis(self, text: str) -> "Analysis":
        """The analysis of ``text``; the last one is kept for the next caller."""
        last = self._last
        if last is not None and (last[0] is text or last[0] == text):
            return last[1]
        if not isinstance(text, str):
            self._last = (text, self._nothing)
            return self._nothing
        low = text.lower()
        lexical = coded = False
        if self._needs_letter and LETTER.search(low) is None:
            self._last = (text, self._nothing)
            return self._nothing
        if self.screen_rx.search(low) is not None:
            exact = len(low) == len(text)  # lower() kept the offsets (it nearly always does)
            for m in self.screen_rx.finditer(low):
                group = m.lastindex
                if group is None:
                    lexical = True
                    break
                if group == 1:  # a case-sensitive name
                    if not exact or text[m.start():m.end()] in self._names:
                        lexical = True
                        break
                elif not coded:  # a code shape; look on for a term
                    coded = not exact or self.code_rx.match(text, m.start()) is not None
        if not lexical:
            lexical = self.infix_rx.search(low) is not None
        result = Analysis(self, text, low, lexical, coded) if lexical or coded else self._nothing
        self._last = (text, result)
        return result


class _Screen:
    """The recognizers' ``screen`` for the engine: ``search(value)`` like a
    compiled regex (None: nothing to find), backed by the lexicon's screen for
    all nine categories.  The engine asks nine times per value; ``search`` is
    a one-entry ``lru_cache`` (in C), so the value is screened once and the
    eight other calls cost a dictionary lookup."""

    __slots__ = ("search",)

    def __init__(self, lexicon: Lexicon) -> None:
        def search(text: str):
            return self if lexicon.analysis(text).passed else None

        self.search = lru_cache(maxsize=1)(search)


@dataclass
class _Match:
    entry: Entry | None
    i: int  # first token
    j: int  # after the last token
    start: int
    end: int
    shape: str = ""
    code_score: str = ""


class Analysis:
    """One value, tokenised once (if at all), read by the nine recognizers."""

    __slots__ = ("lexicon", "text", "low", "lexical", "coded", "passed", "_found", "_results", "_toks", "_english",
                 "_nordic")

    def __init__(self, lexicon: Lexicon, text: str, low: str, lexical: bool, coded: bool) -> None:
        self.lexicon = lexicon
        self.text = text
        self.low = low
        self.lexical = lexical  # the lexicon screen found a stem
        self.coded = coded  # a code screen found a code shape
        self.passed = lexical or coded
        self._found: dict | None = None
        self._results: dict = {}
        self._toks: tuple | None = None
        self._english: bool | None = None
        self._nordic: bool | None = None

    def english(self) -> bool:
        """True if the value is written in English (``language_of``)."""
        if self._english is None:
            self._english = language_of(self.text) == "en"
        return self._english

    def nordic(self) -> bool:
        """True if the value's words hold evidence of a Nordic language
        (function words, letters, endings: ``language_scores``), more than of
        English.  Its words here are those of letters only and in small
        letters, but for a capital at the start: not a surname in a
        changelog ("Darshan Sen"), nor "de" in a commit's hash
        ("0dfb9514de").  One Nordic function word is enough ("Kontroll
        efter abort"); a word alone ("Abort.") or a line of code holds none."""
        if self._nordic is None:
            words = []
            for i, tok in enumerate(self.text.split()):
                w = tok.strip(_PUNCTUATION)
                if w.isalpha() and (w.islower() or i == 0 and w[1:].islower()):
                    words.append(w)
            score = language_scores(" ".join(words)) if words else {}
            best = max((v for k, v in score.items() if k != "en"), default=0.0)
            self._nordic = best >= NORDIC_EVIDENCE and best > score.get("en", 0.0)
        return self._nordic

    def results(self, entity: str) -> tuple[Candidate, ...]:
        if not self.passed:
            return ()
        out = self._results.get(entity)
        if out is None:
            out = self._results[entity] = tuple(self._category(entity))
        return out

    def _tokens(self):
        if self._toks is None:
            self._toks = self.lexicon.tokens(self.text)
        return self._toks

    def _matches(self) -> dict[tuple[str, str], list[_Match]]:
        """Every term, trap, cue and veto of every category, by (entity, role)."""
        if self._found is not None:
            return self._found
        found: dict[tuple[str, str], list[_Match]] = {}
        toks, parts = self._tokens()
        n = len(toks)
        for i, tok in enumerate(toks):
            for e in self.lexicon.lookup(tok):
                k = len(e.pats)
                if k > 1 and (i + k > n or not all(
                        p.matches(toks[i + x]) for x, p in enumerate(e.pats[1:], 1))):
                    continue  # a phrase: its other tokens must follow
                if e.role == "term" and _in_code(self.text, tok.start):
                    continue
                found.setdefault((e.entity, e.role), []).append(
                    _Match(e, i, i + k, tok.start, toks[i + k - 1].end))
            for part in parts[i]:
                for e in self.lexicon.lookup(part):
                    if len(e.pats) == 1 and not (e.role == "term" and _in_code(self.text, part.start)):
                        found.setdefault((e.entity, e.role), []).append(
                            _Match(e, i, i + 1, part.start, part.end))
        self._found = found
        return found

    def _again(self, m: _Match, o: _Match) -> bool:
        """True if ``o`` is ``m``'s term in the same word again: a word said
        twice is one signal ("inaktiverar behandling av citationstecken
        ... samt behandling av logiskt filslut", "ehdollisen komennon ...
        ehdollisen LAUSEKKEEN"); another form of it is a second mention
        ("Kurdi, haluaa tiedotteet kurdiksi")."""
        return o.entry is m.entry and self.low[o.start:o.end] == self.low[m.start:m.end]

    def english_word(self, m: _Match) -> bool:
        """True if the span ``m`` matched holds an English word of
        ``english_words`` ("abort-7.c", "hard-to-diagnose"), unless the term
        is English itself ("diagnosed with" means what it says)."""
        rx = self.lexicon.english.get(m.entry.entity)
        if rx is None or "en" in m.entry.langs:
            return False
        return rx.search(self.low, m.start, m.end) is not None

    def _cue(self, c: _Match) -> bool:
        """True if the cue ``c`` counts: an English word too ("diagnose",
        ``english_words``) only in a Nordic text, and a lower-case cue not
        when written as an acronym ("ARM", a processor, is no arm)."""
        if self.english_word(c) and not self.nordic():
            return False
        word = self.text[c.start:c.end]
        return not (word.isupper() and len(word) <= 4 and not c.entry.pats[0].case)

    def _codes(self, entity: str) -> list[_Match]:
        out: list[_Match] = []
        if not (self.coded or self.lexical):  # the screen stops at the first term
            return out
        hashes = None
        for code in self.lexicon.codes.get(entity, ()):
            for m in code.rx.finditer(self.text):
                s, e = m.span()
                if any(s < o.end and o.start < e for o in out):
                    continue
                if _PROGRAM_CODES.search(self.text, max(0, s - 80), s) is not None:
                    continue  # "# noqa: E501", "Errors.E001": a program's code
                if hashes is None:
                    hashes = [h.span() for h in _HEX_GROUPS.finditer(self.text)]
                if any(a <= s and e <= b for a, b in hashes):
                    continue  # "9001 B85A F9E1 ...": a key's fingerprint
                if _PRODUCT_BEFORE.search(self.text, max(0, s - 20), s) or _PRODUCT_AFTER.match(self.text, e):
                    continue  # "Cortex-A78", "U+A780", "X86/Android": a product's, a character's
                out.append(_Match(None, -1, -1, s, e, code.name, code.score))
        return out

    def _category(self, entity: str) -> Iterator[Candidate]:
        codes = self._codes(entity)
        # Tokens are needed for terms, and for a code only when a cue might
        # stand near it (a room code "B12" alone is never tokenised).
        tokenise = self.lexical or (codes and self.lexicon.cue_rx.search(self.low) is not None)
        found = self._matches() if tokenise else {}
        if not codes and (entity, "term") not in found:
            return iter(())
        if codes and tokenise:
            starts = [t.start for t in self._tokens()[0]]
            for m in codes:
                k = max(0, bisect.bisect_right(starts, m.start) - 1)
                m.i, m.j = k, k + 1
        blocked = {k for m in found.get((entity, "trap"), ()) for k in range(m.i, m.j)}
        spans: dict[tuple[int, int], list[_Match]] = {}
        for m in found.get((entity, "term"), ()):
            if not any(k in blocked for k in range(m.i, m.j)):
                spans.setdefault((m.start, m.end), []).append(m)
        # Several terms on one span: the strongest, unless a longer stem
        # extends it, which is its specific reading ("fingeravtrycksläsare",
        # a reader, is weak; "fingeravtryck" strong).  Then the longest span
        # wins where spans overlap ("sexuell läggning" over "sexuell").
        terms = [_pick(group) for group in spans.values()]
        terms.sort(key=lambda m: (m.start, -(m.end - m.start), -_RANK[m.entry.strength]))
        kept: list[_Match] = []
        for m in terms:
            if all(m.end <= o.start or m.start >= o.end for o in kept):
                kept.append(m)
        cues = [c for c in found.get((entity, "cue"), ()) if self._cue(c)]
        vetoes = found.get((entity, "veto"), ())
        disarms = found.get((entity, "disarm"), ())
        free_text = self.text.count(" ") >= FREE_TEXT_SPACES
        toks = self._tokens()[0] if kept else ()
        live: list[_Match] = []
        # An English word in a text of no language ("Abort.", "help diagnosing
        # lock contention") is weak, and lifts nothing: "Abort current
        # operation" is two ambiguous words, "abort-threshold,
        # conn-abort-threshold" one word twice.
        unsure: set[int] = set()
        for m in kept:
            if toks and _street(self.text, toks, m):
                continue  # "Fängelsegatan 3", "Sykehusveien 23": a street named for it
            if any(_close(m, o) for o in disarms):
                continue  # "Undernyckelns fingeravtryck", "OpenPGP-sormenjälki": a key's hash
            english = self.english_word(m)
            if english and self.english():
                continue  # "Wget could abort with --continue", "to help diagnose problems"
            if self.text[m.start].isupper() and _in_name(self.text, m.start, m.end):
                continue  # "Sami Virtanen soitti", "Anna Gay": a person's name, not the Sami
            live.append(m)
            if english and not self.nordic():
                unsure.add(id(m))
        # A term dropped above is no second signal for another ("to diagnose
        # a broken connection": the English verb does not make "broken" a
        # fracture, nor "an abort in the parser" T1234 a diagnosis).
        support = [m for m in live if m.entry.strength != "name" and id(m) not in unsure]
        sure: list[_Match] = []  # the terms that count: a code's second signal
        out: list[Candidate] = []
        for m in live:
            strength = m.entry.strength
            if id(m) in unsure and strength == "strong":
                strength = "weak"
            # the term's own word elsewhere is no cue for it ("any Party ... the other party")
            own = self.low[m.start:m.end]
            near_cue = _near(m, [c for c in cues if self.low[c.start:c.end] != own])
            if toks and entity not in _ORGANISED and _organisation(self.text, toks, m):
                # "Cancerfonden är en av våra kunder": an association named for
                # the condition, a customer; a member of it still tells
                # ("medlem i Diabetesförbundet").
                near = any(toks[k].low in MEMBERSHIP
                           for k in range(max(0, m.i - WINDOW), min(len(toks), m.j + WINDOW)))
                score = LIFTED if near or near_cue else (NAME_TEXT if free_text else NAME_CELL)
                out.append(Candidate(m.start, m.end, "name", Check(True, checksum=None, kind=m.entry.kind), score))
                if score >= LIFTED:
                    sure.append(m)
                continue
            if strength == "strong":
                score = STRONG
            else:
                if _near(m, vetoes):
                    continue
                lifted = near_cue or any(o is not m and _close(m, o) and not self._again(m, o)
                                         and not (entity in _GROUP_NAMES and _enumerated(self.text, m, o))
                                         and (id(m) not in unsure or o.entry.strength == "strong")
                                         for o in support)
                if lifted:
                    score = LIFTED
                elif strength == "weak":
                    score = WEAK
                else:
                    score = NAME_TEXT if free_text else NAME_CELL
            out.append(Candidate(m.start, m.end, strength,
                                 Check(True, checksum=None, kind=m.entry.kind), score))
            if score >= LIFTED:
                sure.append(m)
        if codes:
            plain = [m for m in codes if m.code_score == "code"]
            dense = len(plain) >= DENSE_CODES and any(
                sum(ch.isalnum() for ch in self.text[m.start:m.end]) > 3 for m in plain) \
                and _listed(self.text, plain)
            for m in codes:
                if m.code_score != "code":
                    score = _CODE_SCORES[m.code_score]
                elif dense:
                    score = DENSE
                elif _near(m, cues) or any(_close(m, o) for o in sure):
                    # a cue, or a term that counts: not a weak one alone
                    # ("the X11 backend is broken", "treatment of errors in C11")
                    score = LIFTED
                else:
                    score = CODE
                out.append(Candidate(m.start, m.end, m.shape,
                                     Check(True, checksum=None, kind=f"code|{m.shape}"), score))
        out.sort(key=lambda c: (c.start, c.end))
        return iter(out)


# Associations, funds and societies named for a condition or a belief
# ("Cancerfonden", "Diabetesförbundet", "Kreftforeningen", "Syöpäsäätiö",
# "Mielenterveysseura", "The Alzheimer Society"): a capitalised compound
# ending in ORG_SUFFIXES, or a term before one of ORG_WORDS.  Not for trade
# unions and parties, whose names are the category (_ORGANISED).
ORG_SUFFIXES = (
    "fonden", "förbundet", "förbund", "föreningen", "förening", "sällskapet", "forbundet", "forbund",
    "foreningen", "forening", "fondet", "selskab", "selskabet", "selskapet", "liitto", "liiton", "säätiö",
    "säätiön", "seura", "seuran", "yhdistys", "yhdistyksen",
)
ORG_WORDS = frozenset("Society Foundation Association Fund Trust Federation Council Charity".split())
MEMBERSHIP = frozenset("medlem medlemmar medlemskap medlemskab medlemskapet jäsen jäsenenä jäsenyys member membership".split())
_ORGANISED = frozenset({"TRADE_UNION", "POLITICAL_OPINION"})
# Categories whose weak terms name groups (peoples and languages, faiths):
# a list of them is a menu's, a font's or a translation's, not a person's.
_GROUP_NAMES = frozenset({"ETHNIC_ORIGIN", "RELIGIOUS_BELIEF"})
# A word, then two or more after a comma, a semicolon or a slash, and
# perhaps a last one after "and": an enumeration of one-word items (not
# "He is Russian, she is Chinese, they met", whose items are clauses).
_ITEM = r"[^\W\d_][\w'’-]*"
_ENUMERATION = re.compile(
    rf"{_ITEM}(?:[ \t]*[,;/][ \t]*{_ITEM}){{2,}}"
    rf"(?:[ \t]*,?[ \t]+(?:and|och|og|ja|or|eller|tai|sekä)[ \t]+{_ITEM})?")


def _enumerated(text: str, a: "_Match", b: "_Match") -> bool:
    """True if the terms ``a`` and ``b`` are items of one enumeration of
    three or more ("Basque, Russian, Icelandic, French, Chinese" in a
    translation's credits, "Arabic, Cyrillic, Greek, ... and Korean" in a
    font's): they do not lift each other, as a weak term and a second one
    in a sentence do ("Han är kurd och muslim").

    >>> t = "Basque, Russian, Icelandic, French, Chinese (Taiwan), Galician"
    >>> mk = lambda w: _Match(None, 0, 1, t.index(w), t.index(w) + len(w), "", "")
    >>> _enumerated(t, mk("Russian"), mk("Chinese"))
    True
    """
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    left = max(0, lo - 120)
    for m in _ENUMERATION.finditer(text, left, min(len(text), hi + 120)):
        if m.start() <= lo and hi <= m.end():
            return True
        if m.start() > lo:
            break
    return False


# A street named for a prison, a hospital or a church ("Fängelsegatan 3",
# "Fengselsveien", "Vankilantie", "Sygehusvej", "Hospital Road"): a
# capitalised compound ending in a street word, or a term before one, is
# an address, not a category.  Not _names.STREET_SUFFIXES, the PERSON
# recognizer's: that list must not end a given name ("Christien" ends in
# "tien", "Bakken" is a family name), this one holds the inflected forms a
# compound street takes ("Vankilantien", "Kirkebakken") and leaves out
# "plads" ("arbejdsplads").
STREET_ENDINGS = (
    "gatan", "gata", "gaten", "gate", "vägen", "väg", "veien", "vei", "vegen", "veg", "vejen", "vej",
    "gade", "stræde", "katu", "kadun", "tie", "tien", "kuja", "polku", "torget", "torvet", "torv",
    "gränd", "backen", "bakken",
)
STREET_NOUNS = frozenset("Road Street Lane Avenue Way Drive".split())


def _in_name(text: str, start: int, end: int) -> bool:
    """True if the capitalised term text[start:end] is a word of a person's
    full name that PERSON reads around it ("Sami Virtanen": Sami is a
    common Finnish given name; "Anna Gay": a family name).

    >>> _in_name("Sami Virtanen soitti", 0, 4), _in_name("Sami people", 0, 4), _in_name("Ring Anna Gay", 10, 13)
    (True, False, True)
    """
    from recognizers.person import _scan

    lead = max(0, start - 40)
    window = text[lead:end + 80]
    s0, e0 = start - lead, end - lead
    return any(s <= s0 and e0 <= e and e - s > e0 - s0 for s, e, *_ in _scan(window))


# Not brackets, braces or angle brackets alone: a note stored as JSON or HTML
# ('{"note": "Sjukskriven"}', "<p>Sjukskriven</p>") is a person's text; nor
# "=" alone: a log's "status=sjukskriven" is a person's too.
_CODE_MARKS = re.compile(r"%[%sdiuxfc0-9]|^[\[(\"'«]*--?[^\W\d_]|\(\)|::|->|[^\W_]_[^\W_]"
                         r"|[^\W_]\.(?:txt|md|rst|c|h|cc|cpp|py|js|ts|json|ya?ml|xml|html?|csv|sh|pl|rb|go|rs|java)\b"
                         r"|(?:^|[^\w])[^\W\d_][^\W_]*?[a-zåäöæøü]{2}[A-ZÅÄÖÆØ][a-zåäöæøü]")
_SPACE = re.compile(r"\s")


def _in_code(text: str, start: int) -> bool:
    """True if the word of ``text`` (cut at white space) that holds ``start``
    is a program's: an option ("--diagnose", "--abort-after",
    "--check=diagnose-first"), a format string ("fingeravtryck=%s"), a
    call ("abort()"), a file's name ("tests/abort-7.c", "lang-ethnic.txt")
    or an identifier ("abort_cmd", "AbortSignal",
    "abortSignal.reason": a capital between small letters inside a word
    that begins with a letter, not a brand's "23andMe" nor a party's "FpU").

    >>> t = "Med --check=diagnose-first kontrolleras indata"
    >>> _in_code(t, t.index("diagnose")), _in_code("Patienten fick en diagnos", 18)
    (True, False)
    >>> _in_code("* data/lang-ethnic.txt: updated", 12), _in_code("Har diabetes.Ringer i morgon", 4)
    (True, False)
    """
    begin = start
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    m = _SPACE.search(text, start)
    return _CODE_MARKS.search(text[begin:m.start() if m else len(text)]) is not None


def _street(text: str, toks, m: _Match) -> bool:
    """True if the term ``m`` is part of a street's name: see STREET_ENDINGS.

    >>> health, crime = HealthDataRecognizer(), CriminalOffenceRecognizer()
    >>> [t for t in ("Fängelsegatan 3, Härnösand", "Fengselsveien 1", "Vankilantie 2", "Hospital Road 4")
    ...  if list(crime.candidates(t)) + list(health.candidates(t))]
    []
    >>> [c.score for c in crime.candidates("Han satt i fängelse i två år")]
    [0.85]
    """
    tok = toks[m.j - 1]
    word = text[tok.start:tok.end]
    ending = next((e for e in STREET_ENDINGS if tok.low.endswith(e)), None)
    if word[:1].isupper() and ending is not None and len(tok.low) >= len(ending) + 4:
        return True  # a compound: the term its head, a street word its end
    return m.j < len(toks) and toks[m.j].norm in STREET_NOUNS


def _organisation(text: str, toks, m: _Match) -> bool:
    """True if the term ``m`` names an association: see ORG_SUFFIXES."""
    word = text[m.start:m.end]
    if word[:1].isupper() and word.lower().endswith(ORG_SUFFIXES):
        return True
    return m.j < len(toks) and toks[m.j].norm in ORG_WORDS


def _pick(group: list[_Match]) -> _Match:
    """The reading of one span among the terms that match it."""
    best = max(group, key=lambda m: (_RANK[m.entry.strength], m.entry.weight))
    stem = best.entry.pats[0].text.lower()
    longer = [m for m in group if m.entry.weight > best.entry.weight
              and m.entry.pats[0].text.lower().startswith(stem)]
    return max(longer, key=lambda m: m.entry.weight) if longer else best


def _close(a: _Match, b: _Match) -> bool:
    """True if b lies within WINDOW tokens of a."""
    return b.i < a.j + WINDOW and b.j > a.i - WINDOW


DENSE_GAP = 12  # characters at most between two codes of a list ("E11.9, I10 och F32.1")


def _listed(text: str, codes: list[_Match]) -> bool:
    """True if DENSE_CODES different codes stand in one list: each within
    DENSE_GAP characters of the one before.  The same code over and over,
    or codes a paragraph apart, are no list of diagnoses.

    >>> m = lambda s, e: _Match(None, -1, -1, s, e)
    >>> t = "Dx E11.9, I10, F32.1"
    >>> _listed(t, [m(3, 8), m(10, 13), m(15, 20)])
    True
    >>> t = "E501 is long. " * 3
    >>> _listed(t, [m(0, 4), m(14, 18), m(28, 32)])
    False
    """
    run: set[str] = set()
    end = -DENSE_GAP - 1
    for c in sorted(codes, key=lambda c: c.start):
        if c.start - end > DENSE_GAP:
            run = set()
        run.add(text[c.start:c.end].upper())
        end = c.end
        if len(run) >= DENSE_CODES:
            return True
    return False


def _near(m: _Match, others) -> bool:
    """True if one of ``others`` (outside m's own characters) lies within WINDOW tokens.

    A cue sharing characters with the term is the term itself ("sjuk" in
    "sjukskriven"); the other half of a hyphenated token is not
    ("Pride-paraden", "DNA-släktforskning").
    """
    for o in others:
        if o.start < m.end and m.start < o.end:
            continue  # inside the term itself
        if _close(m, o):
            return True
    return False


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon, built on first use and shared by every recognizer."""
    return Lexicon(_rules())


# -- recognizers ----------------------------------------------------------------


class SpecialCategoryRecognizer(NordicRecognizer):
    """Lexicon recognizer for one special category (subclasses set ENTITY)."""

    ENTITY: ClassVar[str] = ""
    PATTERNS = ()  # candidates() is overridden: tokens and a lexicon, not a regex per shape
    # No check digit: candidates are real lexicon matches, so the verdicts'
    # coincidence test does not apply.
    COINCIDENCE = 1.0
    # Below the default: an identifier claiming the same span wins.
    PRIORITY = 20
    # No character screen: the lexicon's own screen (``screen``) runs instead.
    NEEDS = ""
    # The context words are the category's own domain ("nurse", "hospital"),
    # which a job title holds as a job's: under a column name that argues
    # against the category (a job title's) they vouch for nothing.
    CONTEXT_OVERRIDES_AGAINST = False

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self.lexicon = lexicon()
        self.screen = self.lexicon.screen

    @classmethod
    def check(cls, text: str) -> Check:
        """Valid when the whole of ``text`` (stripped) is one term or code."""
        if not isinstance(text, str) or not text.strip():
            return INVALID
        stripped = text.strip()
        for c in lexicon().analysis(stripped).results(cls.ENTITY):
            if c.start == 0 and c.end == len(stripped):
                return c.check
        return INVALID

    def could_match(self, text: str) -> bool:
        return isinstance(text, str) and self.lexicon.screened(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Every term and code of the category in ``text``, scored."""
        if self.could_match(text):
            yield from self.matches(text)

    def matches(self, text: str) -> Iterator[Candidate]:
        return iter(self.lexicon.analysis(text).results(self.ENTITY))


class HealthDataRecognizer(SpecialCategoryRecognizer):
    """Health (Art. 9): diagnoses, sick leave, treatment, pregnancy, disability; ICD-10, SKS
    and ATC codes; sick-pay payroll lines."""

    ENTITY = "HEALTH_DATA"
    CONTEXT = _context_words("HEALTH_DATA")


class EthnicOriginRecognizer(SpecialCategoryRecognizer):
    """Racial or ethnic origin (Art. 9): ethnicity, skin colour, national minorities, immigrant
    background."""

    ENTITY = "ETHNIC_ORIGIN"
    CONTEXT = _context_words("ETHNIC_ORIGIN")


class PoliticalOpinionRecognizer(SpecialCategoryRecognizer):
    """Political opinions (Art. 9): party membership, votes, political views; party names need
    a cue or a party column."""

    ENTITY = "POLITICAL_OPINION"
    CONTEXT = _context_words("POLITICAL_OPINION")


class ReligiousBeliefRecognizer(SpecialCategoryRecognizer):
    """Religious or philosophical beliefs (Art. 9): faiths, church membership, church-fee
    payroll lines (kyrkoavgift, not begravningsavgift)."""

    ENTITY = "RELIGIOUS_BELIEF"
    CONTEXT = _context_words("RELIGIOUS_BELIEF")


class TradeUnionRecognizer(SpecialCategoryRecognizer):
    """Trade-union membership (Art. 9): unions, union dues; union names that are words
    (Kommunal, Vision) need a cue or a union column."""

    ENTITY = "TRADE_UNION"
    CONTEXT = _context_words("TRADE_UNION")


class GeneticDataRecognizer(SpecialCategoryRecognizer):
    """Genetic data (Art. 9): gene tests, DNA analyses, BRCA, chromosomes; DNA sequences, HGVS
    variants and rsIDs."""

    ENTITY = "GENETIC_DATA"
    CONTEXT = _context_words("GENETIC_DATA")


class BiometricDataRecognizer(SpecialCategoryRecognizer):
    """Biometric data for identification (Art. 9): fingerprints, facial recognition, iris
    scans, voiceprints."""

    ENTITY = "BIOMETRIC_DATA"
    CONTEXT = _context_words("BIOMETRIC_DATA")


class SexualOrientationRecognizer(SpecialCategoryRecognizer):
    """Sex life or sexual orientation (Art. 9)."""

    ENTITY = "SEXUAL_ORIENTATION"
    CONTEXT = _context_words("SEXUAL_ORIENTATION")


class CriminalOffenceRecognizer(SpecialCategoryRecognizer):
    """Criminal convictions and offences (Art. 10): records, sentences, charges, offences;
    sports penalties and parking fines are not."""

    ENTITY = "CRIMINAL_OFFENCE"
    CONTEXT = _context_words("CRIMINAL_OFFENCE")
