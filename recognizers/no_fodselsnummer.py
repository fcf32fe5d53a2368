"""Fødselsnummer (Norwegian national identity number), incl. D-, H- and FH-nummer.

``DDMMYY IIIKK``: birth date, a three-digit individnummer and two mod-11
check digits (K1 weights 3 7 6 1 8 9 4 5 2, K2 weights 5 4 3 2 7 6 5 4 3 2).
A D-nummer (foreigners) adds 40 to the day; an H-nummer (health-sector aid
number) adds 40 to the month, which is also how NAV/Dolly synthetic numbers
are coded, so month 41-52 is "H-nummer/synthetic" and not dismissed.
Norsk helsenett (+65) and Skatteetaten Tenor (+80) synthetic numbers add to
the month and are flagged synthetic.  An FH-nummer (felles hjelpenummer)
starts with 8 or 9 and holds no date at all (reference §1.2).

python-stdnum 2.2 is behind on four points, so these rules are ours
(reference §3.3): FH-numbers, the +65/+80 months, the 2032 K1 rule
(``(sum + K1) mod 11`` in 0..3, K2 unchanged; announced for fødselsnummer
and D-nummer, so not applied to FH-nummer) and an undeterminable century,
which is accepted rather than rejected.  A future birth date is rejected
only where the pre-2032 individnummer table fixes the century.  K2 is
stdnum's.

>>> R = NoFodselsnummerRecognizer()
>>> R.validate_result("151086 95088")           # valid
True
>>> R.validate_result("151086 95077")           # wrong check digits
False
>>> R.check("41814061033").synthetic            # Tenor synthetic, month + 80
True
>>> R.check("24417138435").kind                 # month + 40
'H-nummer/synthetic'
>>> R.check("82938389280").kind                 # no date by design
'FH-nummer'
>>> R.check("45014054018").kind                 # century undeterminable: kept
'D-nummer'
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum.no import fodselsnummer as stdnum_fnr

from recognizers._base import INVALID, Check, NordicRecognizer
from recognizers import is_official_test_id

# stdnum's compact() strips " -:"; "." is the third separator of the
# reference regex (§1.2).
_SEPARATORS = str.maketrans("", "", " -.:")
_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
# Month offset -> kind; the offsets of reference §1.2's kinds table.
_MONTH_KINDS = {
    40: "H-nummer/synthetic",  # ambiguous: real H-nummer or NAV/Dolly test person
    65: "synthetic (Norsk helsenett)",
    80: "synthetic (Tenor)",
}
# Not part of a longer digit run, a dash chain or a decimal fraction; a
# full stop may follow.
# Not inside a longer token: no letter, digit, "+" or "-" before ("+4673..."
# is a phone number, "NL02BANK0123456789" an IBAN), no letter or digit after.
_B, _A = r"(?<![\w+-])(?<!\d\.)", r"(?![\w-])(?!\.\d)"


RULE_2032 = dt.date(2032, 1, 1)


def _k1_remainder(number: str) -> int:
    """``(Σw1·d1..d9 + K1) mod 11``: 0 under the classic rule, 0-3 from 2032
    (Skatteetaten "Nye fødselsnummer fra 2032", reference §1.2)."""
    return (sum(w * int(n) for w, n in zip(_K1_WEIGHTS, number)) + int(number[9])) % 11


def _century(individual: int, yy: int) -> int | None:
    """Pre-2032 individnummer table (reference §1.2; stdnum get_birth_date)."""
    if individual < 500:
        return 1900
    if individual < 750 and yy >= 54:
        return 1800
    if yy < 40:
        return 2000
    if individual >= 900:
        return 1900
    return None  # 500-899 with YY 40-53, 750-899 with YY 54-99


class NoFodselsnummerRecognizer(NordicRecognizer):
    ENTITY = "NO_FODSELSNUMMER"
    # Together these are the reference §1.2 regex, split by shape.  A number
    # whose check digits hold scores CHECKSUM_SCORE in every shape; the base
    # scores are for one that passes K1 only under the 2032 rule, which
    # needs context until such numbers are issued (``check``).
    PATTERNS = (
        ("11_digits", _B + r"\d{11}" + _A, 0.4),
        ("6_5_sep", _B + r"\d{6}[ .-]\d{5}" + _A, 0.4),
        ("6_3_2_sep", _B + r"\d{6}[ .-]?\d{3}[ .-]\d{2}" + _A, 0.4),
    )
    CONTEXT = (
        "fødselsnummer", "fødselsnr", "fodselsnummer", "foedselsnummer", "fnr",
        "f.nr", "personnummer", "d-nummer", "dnr", "h-nummer", "hjelpenummer",
        "fh-nummer", "identitetsnummer", "personident", "ident",
        "birth", "national", "identity", "personal", "ssn",
    )
    REGEX_FLAGS = re.ASCII  # ASCII digits only, as stdnum's isdigits()
    PRIORITY = 40
    COUNTRY = "NO"
    ID_KIND = "personal"
    # K1 (1/11): a bank account number passes K2 by construction, so K1 is all
    # that tells a column of account numbers from one of fødselsnummer.
    COINCIDENCE = 1 / 11

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str):  # total: junk such as None is no number
            return INVALID
        number = text.translate(_SEPARATORS)
        if len(number) != 11 or not (number.isascii() and number.isdigit()):
            return INVALID
        k1 = _k1_remainder(number)
        if k1 > 3 or number[10] != stdnum_fnr.calc_check_digit2(number):
            return INVALID
        listed = is_official_test_id(cls.ENTITY, number)
        if number[0] in "89":  # FH-nummer: no date by design
            # The 2032 rule is announced for fødselsnummer and D-nummer only.
            # Keeping FH on the classic rule matters: K2's weights are those
            # of a bank account's mod-11, so every account number passes K2.
            if k1:
                return INVALID
            return Check(True, checksum=True, synthetic=listed, kind="FH-nummer")
        day, month, yy = int(number[:2]), int(number[2:4]), int(number[4:6])
        kind = "fødselsnummer"
        if day > 40:
            day, kind = day - 40, "D-nummer"
        for offset, month_kind in _MONTH_KINDS.items():  # month kinds win over D
            if offset < month <= offset + 12:
                month, kind = month - offset, month_kind
                break
        # The 2032 rule no longer ties the century to the individnummer.
        century = _century(int(number[6:9]), yy) if k1 == 0 else None
        try:
            # 2000 is a leap year, so it admits 29 February for YY % 4 == 0
            # when the century is unknown.
            born = dt.date((century or 2000) + yy, month, day)
        except ValueError:
            return INVALID
        if century is not None and born > dt.date.today():
            return INVALID
        synthetic = listed or kind in (_MONTH_KINDS[65], _MONTH_KINDS[80])
        # Numbers under the 2032 rule are issued from 2032-01-01 on.  Until
        # then a number that passes K1 only under it stays valid but counts
        # as unverified, so it needs context: K2's weights are a bank
        # account's modulus 11, every account passes K2, and 4 in 11 would
        # pass K1 under the new rule (bench/accuracy.py: a third of a
        # kontonummer column read as fødselsnummer).
        verified = k1 == 0 or dt.date.today() >= RULE_2032
        return Check(True, checksum=verified, synthetic=synthetic, kind=kind,
                     birth_year=None if century is None else century + yy)
