"""Postnummer / postinumero / póstnúmer (Nordic postal codes), as LOCATION.

Formats (reference §2.4):

- SE ``NNN NN`` (``114 55``), first digit 1-9, also written ``11455`` or
  ``SE-114 55``;
- NO ``NNNN`` (``0154``, 0001-9991);
- DK ``NNNN`` (``1620``, 1000-9990), also ``DK-1620``;
- FI ``NNNNN`` (``00100``), also ``FI-00100``; Åland ``AX-22100``;
- IS ``NNN`` (``101``, 101-902).

A postal code alone is not personal data, and three to five digits are
everywhere (amounts, years, PIN codes, quantities), so the code counts only
as part of an address.  There is no check digit (``COINCIDENCE`` 1.0); the
check is the national range.  The score comes from what surrounds the code,
which the shapes below test with fixed-width look-arounds:

============== ========================================== =====
shape          example                                    score
============== ========================================== =====
address        ``Storgatan 12, 114 55 Stockholm``           0.6
prefixed_town  ``DK-1620 København V``                      0.6
se_town        ``114 55 Stockholm``                        0.55
prefixed       ``FI-00100``                                0.45
digits_town    ``0154 Oslo``                               0.35
street         ``Vesterbrogade 3, 1620``                   0.35
se_spaced      ``114 55``                                   0.3
digits         ``11455``                                   0.15
is_cell        a cell holding only ``101``                 0.15
============== ========================================== =====

A street line is a word, a house number (up to three digits and a letter)
and a comma or line break before the code; a town is a capitalised word
after it that is not a currency or unit (``SEK``, ``Kronor``).  A code
without street and town needs a context word (postnummer, postort, poststed,
postinumero, postnúmer, zip, adress, osoite ...) or a column-name hint, which
lift the bare shapes to the reporting threshold exactly (0.15 + 0.35).  So a
column of amounts, years or PIN codes yields only candidates below the
threshold unless its name says postal code, and ``Ordernummer 11455`` is not
reported; nor are four digits after a word that introduces a year ("född
1981, saknar adress", "siden 2015").  Digits glued to other digit groups
(``070 123 45 67``, ``1 234 567``), to a hyphen (``811218-9876``,
``2026-11-24``) or to a decimal separator (``1234,50``) are not candidates.

More information: reference §2.4; PostNord (SE), Posten Norge, PostNord
Danmark, Posti (FI), Pósturinn (IS).

>>> R = NordicPostcodeRecognizer()
>>> text = "Storgatan 12, 114 55 Stockholm"
>>> [(text[c.start:c.end], c.shape, c.score) for c in R.candidates(text)]
[('114 55', 'address', 0.6)]
>>> text = "Exempelgatan 1, 123 45 Exempelstad"   # a synthetic address
>>> [(text[c.start:c.end], c.shape, c.score) for c in R.candidates(text)]
[('123 45', 'address', 0.6)]
>>> R.check("114 55")                           # valid, alone
Check(valid=True, checksum=None, synthetic=False, kind='SE')
>>> [(c.shape, c.score) for c in R.candidates("114 55")]   # alone: needs context
[('se_spaced', 0.3)]
>>> R.check("SE-014 55").valid                  # Swedish codes never start with 0
False
>>> [c.score for c in R.candidates("Ordernummer 11455")]   # look-alike: below 0.5
[0.15]
>>> R.validate_result("811218-9876")            # a personnummer
False
"""

from __future__ import annotations

import re

from recognizers._base import INVALID, Check, NordicRecognizer

# Letters of the Nordic alphabets (no \w: it admits digits and, unless
# re.ASCII, every script's digits too).
_UP = "A-ZÅÄÖÆØÞÐÉÜÁÍÓÚÝ"
_LO = "a-zåäöæøþðéüáíóúý"
_DIGIT = "[0-9]"

# Not part of a longer number or token: no letter, digit, hyphen, plus, dot,
# comma, slash, colon, "@", "_" or "#" right before (dates, IPv6 groups, user
# names, references); no digit group right before ("070 123 45 67").
_B = rf"(?<![{_UP}{_LO}0-9+\-.,/:@_#])(?<![0-9] )"
# Nor after: no letter, digit, hyphen, slash, colon, "@" or "_"; no decimal
# part; no further digit group.
_E = rf"(?![{_UP}{_LO}0-9\-/:@_])(?![.,][0-9])(?! [0-9])"

# Four or five bare digits after a word that introduces a year are the year
# ("född 1981, saknar adress", "siden 2015", "vuonna 1999"), whatever
# address word stands near: a postcode after these has its town with it.
_YEAR_WORDS = (
    "född", "født", "fødd", "fædd", "fæddur", "born", "syntynyt", "sedan", "siden", "since",
    "vuodesta", "vuonna", "år", "året", "year", "årsmodell", "årgång", "årgang", "model",
)
_NOT_A_YEAR = "".join(f"(?<!{w} )(?<!{w.capitalize()} )" for w in dict.fromkeys(_YEAR_WORDS))

# A capitalised word after the code: the post town ("Stockholm", "OSLO",
# "København V").  Currency and unit words are not towns.
_NOT_TOWN = (
    "SEK", "NOK", "DKK", "EUR", "ISK", "USD", "GBP", "Kr", "Kronor", "Kroner",
    "Krónur", "Euro", "Euroa", "St", "Stk", "Pcs", "Kg", "Km", "Kwh", "Mb",
)
_TOWN = (
    rf"(?=[ \t]+(?!(?:{'|'.join(_NOT_TOWN)})(?![{_LO}{_UP}]))"
    rf"[{_UP}][{_UP}{_LO}]+(?![0-9]))"
)


def _street_before() -> str:
    """Fixed-width look-behinds: a word, a house number, then ", " or a line break."""
    alts = []
    for width in (1, 2, 3):
        for letter in ("", "[A-Za-z]", " [A-Za-z]"):
            for sep in (", ", ",\n", "\n", ", \n"):
                alts.append(rf"(?<=[{_UP}{_LO}] {_DIGIT}{{{width}}}{letter}{sep})")
    return "(?:" + "|".join(alts) + ")"


_STREET = _street_before()

# The code itself, in each notation.
_PREFIXED = rf"(?:SE-[1-9][0-9]{{2}} ?[0-9]{{2}}|(?:DK|NO)-[0-9]{{4}}|(?:FI|AX)-[0-9]{{5}}|IS-[1-9][0-9]{{2}})"
_SE_SPACED = r"[1-9][0-9]{2} [0-9]{2}"
_DIGITS = r"[0-9]{4,5}"
_ANY = rf"(?:{_PREFIXED}|{_SE_SPACED}|[0-9]{{3,5}})"

_LETTER = re.compile(rf"[{_UP}{_LO}]")

_COUNTRY_DIGITS = {"SE": 5, "DK": 4, "NO": 4, "FI": 5, "AX": 5, "IS": 3}


class NordicPostcodeRecognizer(NordicRecognizer):
    ENTITY = "LOCATION"
    # Strongest first: the base class keeps the first shape to claim a span.
    PATTERNS = (
        ("address", rf"{_B}{_STREET}{_ANY}{_E}{_TOWN}", 0.6),
        ("prefixed_town", rf"{_B}{_PREFIXED}{_E}{_TOWN}", 0.6),
        ("se_town", rf"{_B}{_SE_SPACED}{_E}{_TOWN}", 0.55),
        ("prefixed", rf"{_B}{_PREFIXED}{_E}", 0.45),
        ("digits_town", rf"{_B}{_DIGITS}{_E}{_TOWN}", 0.35),
        ("street", rf"{_B}{_STREET}(?:{_SE_SPACED}|{_DIGITS}){_E}", 0.35),
        ("se_spaced", rf"{_B}{_SE_SPACED}{_E}", 0.3),
        ("digits", rf"{_B}{_NOT_A_YEAR}{_DIGITS}{_E}", 0.15),
        # Three digits are a postal code only in Iceland and only where the
        # cell holds nothing else (a column hint or a context word still needed).
        ("is_cell", r"^\s*[1-9][0-9]{2}\s*$", 0.15),
    )
    CONTEXT = (
        "postnummer", "postnr", "postort", "poststed", "postdistrikt",
        "postinumero", "postitoimipaikka", "postnúmer", "postnumer", "zip",
        "zipcode", "postcode", "postal", "adress", "adresse", "osoite",
        "heimilisfang", "gata", "gatan", "veien", "vej", "gade", "katu",
    )
    # Not the English "address": a verb as often ("to address upstream bug
    # 46321") and a memory address's word ("Address 0x40280ac", valgrind);
    # an English address keeps its street and town, "zip" and "postcode".
    # "zip" only as a whole word: "zip.c", "zipfile" and "zipnote" are the
    # archiver's ("Update copyrights to 2008.  zip.c, zipcloak.c").
    CONTEXT_WHOLE = frozenset({"zip"})
    # Below every identifier: a code never wins a span another entity claims.
    PRIORITY = 10
    COINCIDENCE = 1.0  # no check digit: most codes in range are in use

    # Shapes that need no letter around the code: on a value without letters
    # (keys, amounts, numbers) the street, town and prefix shapes cannot match.
    _BARE_SHAPES = frozenset({"se_spaced", "digits", "is_cell"})

    def patterns_for(self, text):
        if _LETTER.search(text) is None:
            return self._bare
        return self._compiled

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language)
        self._bare = tuple(p for p in self._compiled if p[0] in self._BARE_SHAPES)

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or not 3 <= len(text.strip()) <= 12:
            return INVALID
        code = text.strip()
        country = ""
        if len(code) > 3 and code[2] == "-" and code[:2] in _COUNTRY_DIGITS:
            country, code = code[:2], code[3:]
        spaced = " " in code
        digits = code.replace(" ", "", 1)
        if not (digits.isascii() and digits.isdigit()):
            return INVALID
        if spaced and not (len(code) == 6 and code[3] == " "):
            return INVALID
        if country and len(digits) != _COUNTRY_DIGITS[country]:
            return INVALID
        # Åland's codes are Finnish ones too: "FI-22100" and "AX-22100".
        accepted = {"FI": ("FI", "AX")}.get(country, (country,))
        kinds = [c for c in _plausible(digits, spaced) if not country or c in accepted]
        if not kinds:
            return INVALID
        return Check(True, checksum=None, kind="|".join(kinds))


def _plausible(digits: str, spaced: bool) -> list[str]:
    """The countries whose postal code range holds ``digits``."""
    n = int(digits)
    if len(digits) == 5:
        kinds = []
        if 10000 <= n <= 98999:
            kinds.append("SE")
        if not spaced and 100 <= n:
            kinds.append("AX" if 22000 <= n <= 22999 else "FI")
        return kinds
    if spaced:
        return []
    if len(digits) == 4:
        kinds = ["NO"] if 1 <= n <= 9991 else []
        if 1000 <= n <= 9990:
            kinds.append("DK")
        return kinds
    if len(digits) == 3 and 101 <= n <= 902:
        return ["IS"]
    return []
