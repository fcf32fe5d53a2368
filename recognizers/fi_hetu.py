"""Henkilötunnus / personbeteckning (Finnish personal identity code, HETU).

``DDMMYYCZZZQ``: birth date, a century sign ``C`` (``+`` 1800s; ``-`` or,
since 2023, ``Y X W V U`` 1900s; ``A`` or ``B C D E F`` 2000s), an individual
number ``ZZZ`` and a check character ``Q``, the remainder of DDMMYYZZZ mod 31
looked up in ``0123456789ABCDEFHJKLMNPRSTUVWXY``.  Since 2023 the sign is part
of the identity.  Individual numbers 000-001 are never issued; 900-999 are
temporary or test codes (hospitals, DVV's fictitious test persons): valid,
flagged synthetic, kind "temporary/test" (reference §1.4, §3.3).

Format, date, individual number and check character are stdnum's
(``fi.hetu.validate`` with ``allow_temporary=True``).  Unlike stdnum, a
birth date in the future is rejected, as for the other countries' numbers:
"131099A308X" would be born in 2099.  Input is case-insensitive.

>>> R = FiHetuRecognizer()
>>> R.validate_result("131052-308T")            # valid
True
>>> R.validate_result("131052-308U")            # wrong check character
False
>>> R.check("010594Y9021")                      # DVV test person, 2023 sign
Check(valid=True, checksum=True, synthetic=True, kind='temporary/test')
>>> R.validate_result("010594y9032")            # lower case (a DVV test person)
True
>>> R.validate_result("131099A308X")            # born 13.10.2099: not yet
False
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum.exceptions import ValidationError
from stdnum.fi import hetu as stdnum_hetu

from recognizers._base import INVALID, Check, NordicRecognizer
from recognizers import is_official_test_id


# Century sign -> century (reference §1.4).
_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


class FiHetuRecognizer(NordicRecognizer):
    ENTITY = "FI_PERSONAL_IDENTITY_CODE"
    PATTERNS = (
        # Reference §1.4 regex.
        (
            "6_sign_4",
            r"(?<![\dA-Z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"
            r"[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\dA-Z])",
            0.5,
        ),
    )
    CONTEXT = (
        "hetu", "hetun", "henkilötunnus", "henkilötunnuksen", "henkilotunnus",
        "sotu", "sosiaaliturvatunnus", "syntymäaika", "personbeteckning",
        "personal", "identity", "ssn",
    )
    # ASCII: in Unicode mode IGNORECASE would let the Kelvin sign stand for K.
    REGEX_FLAGS = re.IGNORECASE | re.ASCII
    PRIORITY = 40
    COUNTRY = "FI"
    ID_KIND = "personal"
    COINCIDENCE = 1 / 31  # the check character is one of 31

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str):  # total: junk such as None is no number
            return INVALID
        number = text.strip().upper()
        if not number.isascii():  # stdnum's \d would admit other scripts' digits
            return INVALID
        try:
            number = stdnum_hetu.validate(number, allow_temporary=True)
        except ValidationError:
            return INVALID
        year = _CENTURY[number[6]] + int(number[4:6])
        if dt.date(year, int(number[2:4]), int(number[:2])) > dt.date.today():
            return INVALID  # stdnum checked the date; nobody is born in the future
        if int(number[7:10]) >= 900:
            return Check(True, checksum=True, synthetic=True, kind="temporary/test", birth_year=year)
        synthetic = is_official_test_id(cls.ENTITY, number)
        return Check(True, checksum=True, synthetic=synthetic, kind="henkilötunnus", birth_year=year)
