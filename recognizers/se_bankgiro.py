"""Bankgironummer (Swedish bank giro number).

Seven or eight digits written ``NNN-NNNN`` or ``NNNN-NNNN``; the last digit
is a Luhn check over all of them.  Fundraising accounts (90-konton) are
``900-0000`` to ``904-9999``.  Bankgirot always writes the hyphen.

How it is checked: Luhn, as ``stdnum.luhn`` (python-stdnum has no bankgiro
module).  A hyphenated seven- or eight-digit number is common (year ranges
``2019-2026``, Icelandic phone numbers ``555-1234``, article numbers) and
passes Luhn one time in ten, so the check digit is weak evidence: a passing
match reports ``checksum=True`` but scores only ``CHECKSUM_SCORE`` (0.3),
below the reporting threshold; it counts with context (``bankgiro``, ``bg``,
``bg-nr``) or a column-name hint.  A bankgiro mostly belongs to a business,
but a sole trader's bankgiro is personal data.

More information: reference §2.2; Bankgirot; sv.wikipedia
"Bankgirocentralen".

>>> R = SeBankgiroRecognizer()
>>> R.check("4321-7652")                        # valid Luhn
Check(valid=True, checksum=True, synthetic=False, kind='')
>>> R.check("123-4566").synthetic               # made up: no test list marks it
False
>>> R.validate_result("4321-7653")              # wrong check digit
False
>>> R.check("900-1231").kind                    # a 90-konto
'90-konto'
>>> [c.score for c in R.candidates("BG 4321-7652")]   # context still needed
[0.3]
"""

from __future__ import annotations

import re


from recognizers._base import INVALID, Check, NordicRecognizer, luhn_valid

_SHAPE = re.compile(r"[0-9]{3,4}-[0-9]{4}")


class SeBankgiroRecognizer(NordicRecognizer):
    ENTITY = "SE_BANKGIRO"
    PATTERNS = (("bankgiro", r"(?<![\w-])(?<!\d\.)\d{3,4}-\d{4}(?![\w-]|\.\d)", 0.3),)
    REGEX_FLAGS = re.ASCII
    # "Bankgiro" is the system's name in every language (Finnish
    # "bankgiro-tili"); Norwegian, Danish and English also say "giro" ("bank
    # giro", "betal til giro").
    CONTEXT = ("bankgiro", "bankgironummer", "bankgironr", "bg", "bg-nr", "bgnr", "bankgirot", "giro")
    PRIORITY = 45
    COUNTRY = "SE"
    COINCIDENCE = 0.1  # Luhn
    # Luhn on 7-8 digits is passed by 10% of all numbers: not enough alone.
    CHECKSUM_SCORE = 0.3
    # Every candidate contains a hyphen; a cheaper screen than "digits".
    NEEDS = "-"

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 12:
            return INVALID
        compact = text.strip()
        if not _SHAPE.fullmatch(compact):
            return INVALID
        number = compact.replace("-", "")
        if not luhn_valid(number):
            return INVALID
        kind = "90-konto" if len(number) == 7 and "900" <= number[:3] <= "904" else ""
        return Check(True, checksum=True, kind=kind)
