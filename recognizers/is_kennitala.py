"""Kennitala (Icelandic personal identity number).

``DDMMYY-RRQC``: birth date, two random digits ``RR``, a check digit ``Q``
(weights 3 2 7 6 5 4 3 2 on d1-d8, mod 11) and a century digit ``C``
(8 = 1800s, 9 = 1900s, 0 = 2000s).  Organisations add 40 to the day
(41-71): they are not persons, so this recognizer rejects them (reference
§1.5).  Since 18 February 2026 Þjóðskrá issues every new kennitala without a
computed check digit (skra.is, "Kennitölur án vartölu"), so the check digit
only raises confidence: a number that fails it is still valid, keeps the
pattern's base score and needs context to count (reference §3.3).  A future
birth date is rejected: the century digit fixes the year.

The check is stdnum's ``is_.kennitala.checksum``; the date and century rules
are ours, because stdnum rejects century 8 and requires the check digit.
Þjóðskrá's gervikennitölur (synthetic data) are known by membership of
``data/test_ids.tsv``.

>>> R = IsKennitalaRecognizer()
>>> R.check("120174-3399")                      # valid, check digit verified
Check(valid=True, checksum=True, synthetic=False, kind='kennitala')
>>> R.check("2811913049")                       # gervikennitala, no check digit
Check(valid=True, checksum=False, synthetic=True, kind='kennitala')
>>> R.validate_result("450401-3150")            # organisation (day + 40)
False
>>> R.validate_result("120174-3397")            # century digit 7
False
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from stdnum.is_ import kennitala as stdnum_kennitala

from recognizers._base import INVALID, Check, NordicRecognizer
from recognizers import is_official_test_id

_SEPARATORS = str.maketrans("", "", "- ")  # stdnum's compact(), and a space for the hyphen
_CENTURY = {"8": 1800, "9": 1900, "0": 2000}
# Reference §1.5 regex: day 01-71 (persons and organisations), month, year.
_DATE = r"(?:[0-6]\d|7[01])(?:0[1-9]|1[0-2])\d{2}"
# Not part of a longer digit run, a dash chain or a decimal fraction; a
# full stop may follow.
# Not inside a longer token: no letter, digit, "+" or "-" before ("+4673..."
# is a phone number, "NL02BANK0123456789" an IBAN), no letter or digit after.
_B, _A = r"(?<![\w+-])(?<!\d\.)", r"(?![\w-])(?!\.\d)"


class IsKennitalaRecognizer(NordicRecognizer):
    ENTITY = "IS_KENNITALA"
    # Below REPORT_THRESHOLD on purpose: without a check digit it needs context.
    PATTERNS = (
        ("6_4_dash", _B + _DATE + r"-\d{3}[890]" + _A, 0.35),
        # A space for the hyphen, as free text writes it ("kt. 120174 3399"):
        # only with context, whatever the check digit says.
        ("6_4_space", _B + _DATE + r" \d{3}[890]" + _A, 0.35),
        ("10_digits", _B + _DATE + r"\d{3}[890]" + _A, 0.3),
    )
    AMBIGUOUS_SHAPES: ClassVar[frozenset[str]] = frozenset({"6_4_space"})
    CONTEXT = (
        "kennitala", "kennitölu", "kennitölur", "kennitalan", "kt", "kt.", "gervikennitala",
        "personal", "identity", "ssn",
    )
    REGEX_FLAGS = re.ASCII  # ASCII digits only, as stdnum's isdigits()
    PRIORITY = 40
    COUNTRY = "IS"
    ID_KIND = "personal"
    COINCIDENCE = 1 / 11  # modulus 11; numbers without it score below the threshold without context

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str):  # total: junk such as None is no number
            return INVALID
        number = text.strip().translate(_SEPARATORS)
        if len(number) != 10 or not (number.isascii() and number.isdigit()):
            return INVALID
        century = _CENTURY.get(number[9])
        day, month, yy = int(number[:2]), int(number[2:4]), int(number[4:6])
        if century is None or day > 40:  # day + 40: an organisation
            return INVALID
        try:
            born = dt.date(century + yy, month, day)
        except ValueError:
            return INVALID
        if born > dt.date.today():
            return INVALID
        return Check(
            True,
            checksum=stdnum_kennitala.checksum(number) == 0,
            synthetic=is_official_test_id(cls.ENTITY, number),
            kind="kennitala",
            birth_year=born.year,
        )
