"""CPR-nummer (Danish personal identification number).

``DDMMYY-SSSS``: birth date and a four-digit sequence number (løbenummer)
whose first digit, with YY, gives the century (reference §1.3; stdnum
``dk.cpr.get_birth_date``).  The modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1)
is no longer a validity criterion: since 2007 CPR-kontoret issues numbers
that fail it and IT systems must accept them (cpr.dk, "Personnumre uden
kontrolciffer").  So a passing mod-11 only raises confidence (``checksum``
True, full score); a failing one keeps the pattern's base score, and the
number then needs context to count.  A future birth date is rejected, as
stdnum does.

Numbers without mod-11 are issued where a birth date's mod-11 series has
run out, and cpr.dk lists those dates: 1 January of 1960, 1962, 1964-1967,
1969, 1970, 1974, 1975, 1978 and 1980-1995 (reference §1.3; the list is
"ikke nødvendigvis udtømmende").  A number failing mod-11 on one of those
dates is what CPR-kontoret issues, and a random number lands there about
three times in 100,000, so it scores ``LISTED_DATE_SCORE``: enough to count
in free text and in a cell, below a verified check digit.  On any other date
it keeps the base score and needs context.

MedCom's national test CPRs deliberately fail mod-11 and use løbenumre
99xx: the published ones are known by membership of ``data/test_ids.tsv``,
and any other sequence number >= 9900 that fails mod-11 is flagged as a
probable test CPR (reference §1.3).

>>> R = DkCprRecognizer()
>>> R.check("211062-5629")                      # valid, mod-11 passes
Check(valid=True, checksum=True, synthetic=False, kind='CPR-nummer')
>>> R.check("211062-0629").checksum             # valid without mod-11
False
>>> R.validate_result("311362-5629")            # month 13
False
>>> R.check("251248-9996").synthetic            # MedCom test CPR
True
>>> [(c.shape, c.score) for c in R.candidates("010190-9900")]   # no mod-11, 1 January 1990: on cpr.dk's list
[('6_4_sep', 0.6)]
>>> [(c.shape, c.score) for c in R.candidates("020190-9900")]   # no mod-11, 2 January: needs context
[('6_4_sep', 0.35)]
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError

from recognizers._base import INVALID, Check, NordicRecognizer
from recognizers import is_official_test_id

_SEPARATORS = str.maketrans("", "", " -")  # stdnum's compact()
# Birth years whose 1 January CPR-kontoret has issued numbers without
# modulus 11 for (cpr.dk "Personnumre uden kontrolciffer", reference §1.3).
NO_MOD11_YEARS = frozenset((1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978,
                            *range(1980, 1996)))
LISTED_DATE_SCORE = 0.6
_DATE = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"  # reference §1.3 regex
# Not part of a longer digit run, a dash chain or a decimal fraction; a
# full stop may follow.
# Not inside a longer token: no letter, digit, "+" or "-" before ("+4673..."
# is a phone number, "NL02BANK0123456789" an IBAN), no letter or digit after.
_B, _A = r"(?<![\w+-])(?<!\d\.)", r"(?![\w-])(?!\.\d)"


class DkCprRecognizer(NordicRecognizer):
    ENTITY = "DK_CPR"
    # Below REPORT_THRESHOLD on purpose: without mod-11 a CPR needs context.
    PATTERNS = (
        ("6_4_sep", _B + _DATE + r"[- ]\d{4}" + _A, 0.35),
        ("10_digits", _B + _DATE + r"\d{4}" + _A, 0.3),
    )
    CONTEXT = (
        "cpr", "cpr-nr", "cpr-nummer", "cprnr", "personnummer", "personnr",
        "p-nummer", "fødselsdato", "personal", "identity", "civil", "ssn",
    )
    REGEX_FLAGS = re.ASCII  # ASCII digits only, as stdnum's isdigits()
    PRIORITY = 40
    COUNTRY = "DK"
    ID_KIND = "personal"
    COINCIDENCE = 1 / 11  # modulus 11; numbers failing it score below the threshold without context

    def score_for(self, shape: str, text: str, check: Check, base: float) -> float:
        if check.checksum is False and listed_without_mod11(text):
            return max(base, LISTED_DATE_SCORE)
        return super().score_for(shape, text, check, base)

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str):  # total: junk such as None is no number
            return INVALID
        number = text.translate(_SEPARATORS)
        if len(number) != 10 or not (number.isascii() and number.isdigit()):
            return INVALID
        try:
            born = stdnum_cpr.get_birth_date(number)  # digit-7 century table
        except ValidationError:
            return INVALID
        if born > dt.date.today():
            return INVALID
        mod11 = stdnum_cpr.checksum(number) == 0
        synthetic = is_official_test_id(cls.ENTITY, number) or (
            int(number[6:]) >= 9900 and not mod11
        )
        return Check(True, checksum=mod11, synthetic=synthetic, kind="CPR-nummer", birth_year=born.year)


def listed_without_mod11(text: str) -> bool:
    """True if ``text`` (a valid CPR) has a birth date cpr.dk lists as one
    that numbers without modulus 11 are issued for."""
    number = text.translate(_SEPARATORS)
    if number[:4] != "0101":
        return False
    try:
        return stdnum_cpr.get_birth_date(number).year in NO_MOD11_YEARS
    except ValidationError:
        return False
