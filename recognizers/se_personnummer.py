"""Personnummer and samordningsnummer (Swedish personal identity numbers).

``YYMMDD-NNNC`` or ``YYYYMMDDNNNC``: birth date, a three-digit birth number
(odd for men) and a Luhn check digit computed over the 10-digit form.  The
separator turns from ``-`` to ``+`` in the year the person turns 100, so the
century of a 10-digit number comes from the separator.  A samordningsnummer
(co-ordination number, for people not registered in Sweden) adds 60 to the
day; Skatteverket's own test samordningsnummer also use day 60 (unknown day)
and month 00 (unknown month).  python-stdnum rejects every samordningsnummer,
so the date rule is ours; the Luhn check gives ``stdnum.luhn``'s answers
(``luhn_valid``, tested against it; reference §1.1, §3.3).

Skatteverket's test personnummer carry no marker: they are known by exact
membership of Skatteverket's published lists, shipped whole in
``data/se_test_personnummer.txt`` and ``data/se_test_samordningsnummer.txt``.

>>> R = NordicSePersonnummerRecognizer()
>>> R.validate_result("811218-9876")            # valid
True
>>> R.validate_result("811218-9875")            # wrong check digit
False
>>> R.check("701063-2391").kind                 # samordningsnummer, day 63
'samordningsnummer'
>>> R.check("19030818-9802").synthetic          # Skatteverket test number
True
>>> R.check("030818+9802").synthetic            # the same, 10 digits, '+': born 1903
True
>>> R.check("900101-9802").synthetic            # born 1990: 189001019802 is no match
False
>>> R.validate_result("811318-9876")            # month 13
False
>>> R.validate_result("abc811218-9876")         # not only the number
False
>>> R.check("811218 9876").valid, R.check("19811218 9876").valid   # a space for the separator
(True, True)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar

from recognizers._base import INVALID, Check, NordicRecognizer, luhn_valid
from recognizers import is_official_test_id


# Not inside a longer token: no letter, digit, "+" or "-" before ("+4673..."
# is a phone number), no letter, digit or "-" after; nor a decimal fraction's
# digits ("0.8112189876", "8112189876.5"), as for the other countries' numbers.
_B, _A = r"(?<![\w+-])(?<!\d\.)", r"(?![\w-])(?!\.\d)"


def birth_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class NordicSePersonnummerRecognizer(NordicRecognizer):
    ENTITY = "SE_PERSONNUMMER"
    # Not inside a longer token nor a decimal fraction (_B, _A above).
    PATTERNS = (
        ("12_digits", _B + r"(?:18|19|20)\d{6}[-+]?\d{4}" + _A, 0.5),
        ("10_digits_sep", _B + r"\d{6}[-+]\d{4}" + _A, 0.5),
        ("10_digits", _B + r"\d{10}" + _A, 0.3),
        # A space for the separator, as free text writes it ("Pnr 811218
        # 9876"): not Skatteverket's form, so only with context.
        ("12_digits_space", _B + r"(?:18|19|20)\d{6} \d{4}" + _A, 0.3),
        ("10_digits_space", _B + r"\d{6} \d{4}" + _A, 0.3),
    )
    AMBIGUOUS_SHAPES: ClassVar[frozenset[str]] = frozenset({"12_digits_space", "10_digits_space"})
    CONTEXT = (
        "personnummer", "pnr", "personnr", "person-nr", "pers.nr", "persnr",
        "födelsenummer", "samordningsnummer", "samordningsnr", "identitetsnummer",
        "personal", "identity", "ssn",
    )
    PRIORITY = 40
    COUNTRY = "SE"
    ID_KIND = "personal"
    COINCIDENCE = 0.1  # Luhn
    REGEX_FLAGS = re.ASCII

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str):  # total: junk such as None is no number
            return INVALID
        compact = text.strip()
        if compact.count(" ") == 1 and len(compact) in (11, 13) and compact[-5] == " ":
            compact = compact.replace(" ", "-")  # "811218 9876": a space for the separator
        if not compact or any(ch not in "0123456789-+" for ch in compact):
            return INVALID
        # Hyphens may stand anywhere, as python-stdnum reads them ("8803-20-0016"),
        # but not at an end nor twice in a row; "+" only as the separator.
        if compact[0] in "-+" or compact[-1] in "-+" or "--" in compact \
                or ("+" in compact and (compact.count("+") > 1 or compact[-5:-4] != "+")):
            return INVALID
        sep = "+" if "+" in compact else "-"
        number = compact.replace("-", "").replace("+", "")
        if len(number) == 12:
            century = int(number[:2])
            if century not in (18, 19, 20):
                return INVALID
            short = number[2:]
        elif len(number) == 10:
            century = None
            short = number
        else:
            return INVALID
        if not luhn_valid(short):
            return INVALID
        yy, mm, dd = int(short[:2]), int(short[2:4]), int(short[4:6])
        kind = "personnummer"
        if dd >= 60:
            kind = "samordningsnummer"
            dd -= 60
        if mm > 12 or dd > 31:
            return INVALID
        if kind == "personnummer" and (mm == 0 or dd == 0):
            return INVALID
        today = dt.date.today()
        if century is None:
            year = today.year - (today.year - yy) % 100
            if sep == "+":
                year -= 100
        else:
            year = century * 100 + yy
        if mm and dd:
            born = birth_date(year, mm, dd)
            if born is None or born > today:
                return INVALID
        elif year > today.year:
            return INVALID
        # Looked up under the century the number resolves to, only: with
        # 20,000 test numbers born since 1890, trying every century would
        # take a real 900101-NNNN (born 1990) for a test number of 1890.
        synthetic = is_official_test_id(cls.ENTITY, f"{year // 100}{short}")
        return Check(True, checksum=True, synthetic=synthetic, kind=kind, birth_year=year)
