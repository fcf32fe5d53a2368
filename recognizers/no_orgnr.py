"""Organisasjonsnummer (Norwegian organisation number).

Nine digits, written ``123 456 789`` or ``123456789``; the last is a mod-11
check digit with weights ``3 2 7 6 5 4 3 2 1`` (the weighted sum of all nine
is divisible by 11).  A VAT-registered organisation writes its MVA number as
``NO 123 456 789 MVA`` (Norway is outside the EU; "MVA" is part of the
number).  Brønnøysundregistrene issues numbers starting with 8 or 9, but that
rule is unverified (reference §2.1), so any first digit is accepted, as in
python-stdnum.

How it is checked: ``stdnum.no.orgnr`` (and ``stdnum.no.mva`` for the MVA
form).  An organisasjonsnummer is nine digits, so no Nordic personal number
(10 or 11 digits) can be mistaken for one; a verified check digit scores 1.0.
A sole proprietorship (enkeltpersonforetak) has its own organisasjonsnummer,
so, unlike in Sweden, the number never carries the owner's identity number.

More information: reference §2.1; brreg.no "Organisasjonsnummer".

>>> R = NoOrgnrRecognizer()
>>> R.validate_result("988 077 917")            # valid (python-stdnum example)
True
>>> R.check("812345672").synthetic              # made up: no test list marks it
False
>>> R.validate_result("988 077 918")            # wrong check digit
False
>>> R.check("NO 995 525 828 MVA").kind          # the VAT form
'mva'
>>> R.validate_result("98807791")               # eight digits: a phone number or a CVR
False
"""

from __future__ import annotations

import re

from stdnum.no import mva, orgnr

from recognizers._base import INVALID, Check, NordicRecognizer


class NoOrgnrRecognizer(NordicRecognizer):
    ENTITY = "NO_ORGNR"
    PATTERNS = (
        ("mva", r"(?<!\w)(?:NO ?)?\d{3} ?\d{3} ?\d{3} ?MVA(?!\w)", 0.5),
        # "(?! ?MVA)" keeps the digits of an MVA number from matching again
        # on their own; "(?<!\d )", "(?! \d)" keep a spaced shape from
        # matching inside a longer run of digit groups.
        ("9_digits_spaced", r"(?<![\w-])(?<!\d )\d{3} \d{3} \d{3}(?![\w-])(?! ?MVA)(?! \d)", 0.5),
        ("9_digits", r"(?<![\w-])\d{9}(?![\w-])(?! ?MVA)", 0.3),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "organisasjonsnummer", "orgnr", "org.nr", "org-nr", "organisasjonsnr",
        "foretaksregisteret", "enhetsregisteret", "mva", "foretak", "firma",
        "organisation", "company",
    )
    PRIORITY = 70
    COUNTRY = "NO"
    ID_KIND = "business"
    COINCIDENCE = 1 / 11  # modulus 11

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or len(text) > 24:
            return INVALID
        compact = text.replace(" ", "").upper()
        if compact.endswith("MVA"):
            if mva.is_valid(compact):
                return Check(True, checksum=True, kind="mva")
            return INVALID
        if orgnr.is_valid(compact):
            return Check(True, checksum=True)
        return INVALID
