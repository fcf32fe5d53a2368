"""Telefonnummer / puhelinnumero / símanúmer (phone numbers), Nordic first.

International numbers (``+46 70 123 45 67``, ``0047 912 34 567``; any
country after ``+``) and the national formats of the five Nordic plans
(reference §2.3):

- SE and FI: open plans with trunk prefix 0, written with a separator after
  the area or operator code: ``070-123 45 67``, ``08-123 456 78``,
  ``040 123 4567``, ``09 1234 567``.  The same digits are often valid in
  both plans (``040`` is Malmö and a Finnish mobile prefix).
- NO and DK: closed eight-digit plans without a trunk prefix:
  ``22 33 44 55``, ``912 34 567``, ``2233 4455``, ``22334455``.
- IS: closed seven-digit plan: ``555 1234``.

How it is checked: the candidate regexes only pick out the shapes above; the
``phonenumbers`` library (libphonenumber) decides whether the number is
valid in the plan.  A national number is tried in every Nordic plan whose
shape it has, and ``kind`` lists the regions where it is valid (``"SE"``,
``"NO|DK"``, ``"SE|FI"``), preferring the plans where it is a subscriber's
number over those where it is a UAN (a company's number, in Finland often
an employee's direct line); an international number's kind is its region.
Freephone, premium-rate and shared-cost numbers (``020``, ``0900`` and
``077`` in Sweden, ``800``, ``820`` and ``810`` in Norway, ``80`` and
``90`` in Denmark, ``0800`` and ``0600`` in Finland, ``800`` and ``900``
in Iceland, ``+1 800``) reach a business's service, no one's line: they
are not personal data and count only where another Nordic plan reads the
same digits as a line (a Danish premium-rate number's digits can be a
Norwegian mobile's) or a UAN (a national ``020`` number is a Swedish
freephone number and a Finnish UAN, so it counts; ``+46 20 ...`` does
not).

Phone numbers carry no check digit, so the score comes from the shape: an
international number (0.8) is unmistakable; a trunk-prefixed grouped number
(0.6) counts alone; eight- and seven-digit national numbers collide with CVR
numbers, dates (``20261124``), bank giros (``555-1234``) and order numbers,
so they score low and need a context word (telefon, tlf, mobil, puhelin,
sími, phone, fax ...) or a column-name hint.  Except where they are grouped the
way their plan writes them, which nothing else is (``GROUPED_SCORE``, counts
alone): ``22 33 44 55`` in pairs (Norway and Denmark; libphonenumber's
national format), ``912 34 567`` (a Norwegian mobile, 4 or 9 first) and
``555 1234`` (Iceland).  A CVR number is written in pairs too
(``CVR 12 34 56 78``), so pairs whose digits also pass the CVR modulus 11
(one phone number in eleven) keep the low score and need context; so do
``2233 4455``, ``555-1234`` (the shape of a 7-digit bankgiro) and the bare
digits.  The shapes are chosen so that a
personnummer (``811218-9876``, ``8112189876``, ``198112189876``), an
organisationsnummer (``556677-1233``) or an eleven-digit kontonummer never
matches: a national number of ten digits or more always starts with the
trunk prefix 0, and the hyphen of a personnummer sits after six digits,
where no area code ends.  A bare ten-digit number starting with 0 can be
either a phone number or the personnummer of someone born in the 2000s, so
that shape scores low.

PTS keeps ``070-174 06 05`` … ``070-174 06 99`` for fiction: those are
``synthetic``, as are the ranges other regulators keep for drama and
manuals, which fixtures use: Ofcom's (``+44 20 7946 0958``, Faker's en_GB
numbers), ACMA's and the North American plan's ``555-0100`` …
``555-0199`` under any area code, with its directory assistance
``555-1212``, the RFCs' example.  Digits glued to a ``#``
are a template's or an issue's (``0118 4960###``, ``#46720807``), two
trunk-prefixed groups of one length with the larger second
(``0486-0487``) are a range, a first group "01", "04" or "07" is no
area code (``04-2103594``, an American EIN), and digits counted up
(``0123456789``, a calendar's ``27 28 29 30``), bits (``0100 0000``),
signed decimals and floats (``+35236450.6``, ``+18157111678E-109``), two
groups of four with the second starting with 0 (``0626 0627``), groups
of four on a line of Unicode's hexadecimal code points, the tz
database's coordinates before a time zone's name, a standard's number
and year after its body's name (``JIS X 0208-1990``), a date in a
number's shape (``08-03-2009``, ``02-27-97``) and the digits of an
escape (PostScript's ``\\051 1997``) are no phone numbers.  Short context
words count only as whole words (``CONTEXT_WHOLE``): "tel" is no part of
"telemetry", nor "call" of "callback".

More information: reference §2.3; libphonenumber; PTS; Nkom; Traficom;
Ofcom, "Telephone numbers for drama purposes"; ACMA, "Fictitious numbers
for radio, books, film and TV"; NANPA (555 line numbers);
en.wikipedia "Telephone numbers in Denmark", "... in Iceland",
"Fictitious telephone number".

>>> R = NordicPhoneRecognizer()
>>> R.check("070-174 06 05")
Check(valid=True, checksum=None, synthetic=True, kind='SE')
>>> R.check("+47 912 34 567").kind
'NO'
>>> R.check("22 33 44 55").kind                 # valid in both closed plans
'NO|DK'
>>> R.check("0771-123 456").valid               # a shared-cost service number
False
>>> R.validate_result("811218-9876")            # a personnummer
False
>>> [(c.shape, c.score) for c in R.candidates("22 33 44 55")]      # written as the plan writes it
[('no_dk_grouped', 0.55)]
>>> [(c.shape, c.score) for c in R.candidates("22 33 44 09")]      # also a valid CVR: needs context
[('no_dk_grouped', 0.35)]
>>> [(c.shape, c.score) for c in R.candidates("2233 4455")]        # needs context
[('no_dk_grouped', 0.35)]
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumber, PhoneNumberType
from stdnum.dk import cvr

from recognizers._base import INVALID, REPORT_THRESHOLD, Check, NordicRecognizer, in_code_point_data

# Country calling codes accepted after "00" (only the Nordic ones: "00" +
# digits is too common otherwise); after "+" every country is accepted.
NORDIC_CODES = ("46", "47", "45", "358", "354")
TRUNK_REGIONS = ("SE", "FI")  # open plans with trunk prefix 0
CLOSED8_REGIONS = ("NO", "DK")  # eight digits, no trunk prefix
CLOSED7_REGIONS = ("IS",)  # seven digits, no trunk prefix

# PTS: numbers reserved for film, TV and books (reference §1.1, §2.3).
_FICTIONAL_SE = range(46701740605, 46701740700)
# The fictional ranges other regulators publish, as fixtures and manuals
# use them (Faker's en_GB numbers are Ofcom's): country code -> national
# number prefixes, each followed by any ``digits`` more.
#   UK, Ofcom "telephone numbers for drama": 0113 496 0xxx ... 0161 496 0xxx,
#       0191 498 0xxx, 020 7946 0xxx, 028 9018 0xxx, 029 2018 0xxx,
#       01632 960xxx, 03069 990xxx, 07700 900xxx, 08081 570xxx, 0909 879 0xxx;
#   Australia, ACMA "fictitious numbers": +61 (2|3|7|8) 5550 xxxx and
#       7010 xxxx, mobiles +61 491 570 110 and 156-159.
# In the North American plan 555-0100 ... 555-0199 is fictional under every
# area code, and 555-1212 is directory assistance (``_is_fictional``).
_FICTIONAL_PREFIXES = {
    44: ({f"{area}4960" for area in (113, 114, 115, 116, 117, 118, 121, 131, 141, 151, 161)}
         | {"1914980", "2079460", "2890180", "2920180", "1632960", "3069990", "7700900", "8081570",
            "9098790"}, 3),
    61: ({f"{area}{block}" for area in "2378" for block in ("5550", "7010")}, 4),
}
_FICTIONAL_AU_MOBILES = frozenset({491570110, 491570156, 491570157, 491570158, 491570159})


def _is_fictional(country_code: int, national: int) -> bool:
    """True if the number is in a range its regulator keeps for fiction.

    >>> _is_fictional(46, 701740605), _is_fictional(1, 2025550143), _is_fictional(44, 7700900123)
    (True, True, True)
    >>> _is_fictional(1, 2025552671), _is_fictional(44, 7700901123)
    (False, False)
    """
    if country_code == 46:
        return 46_000_000_000 + national in _FICTIONAL_SE
    if country_code == 1:
        # 555-0100 ... 555-0199, and 555-1212: directory assistance, no
        # one's line, the RFCs' example ("tel:+1-816-555-1212", RFC 3966)
        return national // 10_000 % 1000 == 555 and (100 <= national % 10_000 <= 199 or national % 10_000 == 1212)
    if country_code == 61 and national in _FICTIONAL_AU_MOBILES:
        return True
    prefixes, digits = _FICTIONAL_PREFIXES.get(country_code, ((), 0))
    text = str(national)
    return len(text) > digits and text[:-digits] in prefixes

# Freephone, premium-rate and shared-cost numbers reach a business's service,
# never a person's line: they are no personal data and are not reported.
_SERVICE_TYPES = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
})

# Number types a person holds, as opposed to the numbers above and those a
# person may hold or not (UAN: a company's number, in Finland often an
# employee's direct line; voicemail access).
_SUBSCRIBER_TYPES = frozenset({
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PAGER,
})

# Closed-plan numbers grouped as their plan writes them: pairs (NO, DK),
# a Norwegian mobile 3-2-3, an Icelandic 3-4.
GROUPED_SCORE = 0.55
_PAIRS = re.compile(r"\d\d \d\d \d\d \d\d")
_NO_MOBILE = re.compile(r"[49]\d\d \d\d \d{3}")
_IS_SPACED = re.compile(r"\d{3} \d{4}")

# Boundaries shared by the national shapes: not glued to a word, a "+", a
# dot or a hyphen, not one group of a longer run of digit groups, and not
# the rest of an international number after its "(0)" ("+46 (0)70 ...")
# or its code in parentheses ("(+47) 412 34 567").  Nor glued to a "#": a
# template's placeholders ("0118 4960###", Faker's formats) or an issue's
# number ("#46720807").
_B = r"(?<![\w+#-])(?<!\d[. ])(?<!\(0\))(?<!\(0\) )(?<!\d\))(?<!\d\) )(?<!\d:)"
_E = r"(?![\w#-])(?![. ]\d)(?!:\d)"
# Not after a time's colon nor before one: "09:35:02 2013" (a git log's
# date) and "05-14 23:45" hold a number's shape.
# Eight digits after "DK " are a Danish VAT (CVR) number, not a phone number.
_NOT_VAT = r"(?<!DK[ :-])(?<!DK: )"
# Per Nordic code: the national significant number's first digit and length.
# After the code, groups may be parted by spaces, hyphens or dots ("+45
# 22.33.44.55", which is no IP address with the code before it), and a
# "(0)" may stand for the trunk prefix, as signatures write it even where
# the plan has none ("+47 (0)22 ..."); ``check`` reads it away.
_NSN_AFTER_CODE = {
    "46": r"[1-9](?:[ .-]?\d){5,8}",
    "47": r"[2-9](?:[ .-]?\d){7}",
    "45": r"[1-9](?:[ .-]?\d){7}",
    "358": r"[1-9](?:[ .-]?\d){4,11}",
    "354": r"[3-9](?:[ .-]?\d){6,8}",
}
_TRUNK_ZERO = r"(?:\(0\)[ -]?)?"
# After an international number: no more digits, no template's "#", no
# decimal point and no exponent ("+18157111678E-109", a float in a test's
# data).
_NO_MORE = r"(?![\d#]|\.\d|[eE][+-]?\d)"
_NORDIC_NSN = "|".join(rf"{code}[ -]?{_TRUNK_ZERO}{nsn}" for code, nsn in _NSN_AFTER_CODE.items())
# The same with the code in parentheses: "(+46) 70 174 06 05".
_NORDIC_NSN_PAREN = "|".join(rf"{code}\)[ ]?{_TRUNK_ZERO}{nsn}" for code, nsn in _NSN_AFTER_CODE.items())


try:  # libphonenumber's own steps, for the fast path of ``_parse``
    from phonenumbers.phonenumberutil import (
        ValidationResult,
        _maybe_strip_national_prefix_carrier_code,
        _test_number_length,
    )

    _REGION_DATA = {}
    for _region in (*TRUNK_REGIONS, *CLOSED8_REGIONS, *CLOSED7_REGIONS):
        _md = PhoneMetadata.metadata_for_region(_region)
        # The national prefix (SE and FI: "0") as _maybe_strip_national_prefix_carrier_code
        # reads it, compiled once; None where that function would take
        # another branch (a transform rule, a carrier code group), which
        # ``_parse`` then leaves to it.
        _prefix = _md.national_prefix_for_parsing or None
        _simple = _prefix is not None and not _md.national_prefix_transform_rule and re.compile(_prefix).groups == 0
        _general = _md.general_desc.national_number_pattern if _md.general_desc else None
        _REGION_DATA[_region] = (
            _md,
            str(_md.country_code),
            re.compile(_md.international_prefix) if _md.international_prefix else None,
            re.compile(_prefix) if _simple else None,
            re.compile(_general) if _general else None,
            _prefix is None,
        )
    _NORDIC_CC = tuple((code, int(code)) for code in NORDIC_CODES)
    _KEEP_UNSTRIPPED = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                        ValidationResult.INVALID_LENGTH)
except (ImportError, AttributeError):  # pragma: no cover - another phonenumbers: always the long way
    _REGION_DATA = {}
    _NORDIC_CC = ()


def _parse(number: str, region: str | None):
    """``phonenumbers.parse(number, region)`` for the digit strings ``check`` builds, faster.

    ``number`` is ``+`` and digits, or digits.  The common cases take
    libphonenumber's own steps without its general-purpose parsing (which
    costs more than the validation): a Nordic country code after ``+`` with a
    number that does not start with 0; a national number in one of the five
    plans that has no international prefix and does not start with the
    plan's country code.  Every other case, and every case where a step
    could go two ways, is handed to ``phonenumbers.parse``.
    tests/test_engine_screens.py compares the two on 150,000
    numbers.
    """
    if number.startswith("+"):
        digits = number[1:]
        for code, cc in _NORDIC_CC:
            if digits.startswith(code):
                rest = digits[len(code):]
                if 2 <= len(rest) <= 17 and rest[0] != "0":
                    return PhoneNumber(country_code=cc, national_number=int(rest))
                break
        return phonenumbers.parse(number, region)
    data = _REGION_DATA.get(region)  # type: ignore[arg-type]
    if data is None or not number:
        return phonenumbers.parse(number, region)
    md, cc_str, idd, prefix, general, no_prefix = data
    if number.startswith(cc_str) or (idd is not None and idd.match(number)):
        return phonenumbers.parse(number, region)
    if no_prefix:  # NO, DK, IS: nothing to strip
        potential = number
    elif prefix is not None:
        # _maybe_strip_national_prefix_carrier_code without a transform rule
        # or carrier code: strip the prefix unless that turns a number the
        # plan's general pattern admits into one it does not.
        m = prefix.match(number)
        potential = number
        if m is not None:
            stripped = number[m.end():]
            if general is None or general.fullmatch(number) is None or general.fullmatch(stripped) is not None:
                potential = stripped
    else:
        _, potential, _ = _maybe_strip_national_prefix_carrier_code(number, md)
    nsn = number if _test_number_length(potential, md) in _KEEP_UNSTRIPPED else potential
    if not 2 <= len(nsn) <= 17 or nsn[0] == "0":
        return phonenumbers.parse(number, region)  # raises, or sets Italian leading zeros
    return PhoneNumber(country_code=md.country_code, national_number=int(nsn))


_SEPARATORS = str.maketrans("", "", " ./()-")  # deleted from a candidate before parsing


# libphonenumber's number_type, with each region's patterns compiled once:
# the type is the first description, in libphonenumber's order, whose
# lengths and pattern the national number meets (``_number_type_helper``).
_TYPE_ORDER = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
)
_TYPE_TABLES: dict[int, tuple] = {}


def _desc(desc):
    """(possible lengths or None for any, compiled pattern) of a PhoneNumberDesc, or None."""
    if desc is None or not desc.national_number_pattern:
        return None
    return (frozenset(desc.possible_length) or None, re.compile(desc.national_number_pattern))


def _meets(number: str, desc) -> bool:
    return desc is not None and (desc[0] is None or len(number) in desc[0]) and desc[1].fullmatch(number) is not None


def _type_table(md) -> tuple:
    table = _TYPE_TABLES.get(id(md))
    if table is None or table[0] is not md:
        table = _TYPE_TABLES[id(md)] = (
            md,
            _desc(md.general_desc),
            # a type without a description is met by no number: left out
            tuple((desc, kind) for name, kind in _TYPE_ORDER if (desc := _desc(getattr(md, name))) is not None),
            _desc(md.fixed_line),
            _desc(md.mobile),
            bool(md.same_mobile_and_fixed_line_pattern),
        )
    return table


def _number_type(numobj, region: str | None = None) -> int:
    """``phonenumbers.number_type(numobj)``, with the patterns compiled once per region
    (tests/test_engine_screens.py compares the two); ``region``: what
    ``phonenumbers.region_code_for_number(numobj)`` gives, when the caller has it."""
    if region is None:
        region = phonenumbers.region_code_for_number(numobj)
    md = PhoneMetadata.metadata_for_region_or_calling_code(numobj.country_code, region)
    if md is None:
        return PhoneNumberType.UNKNOWN
    number = phonenumbers.national_significant_number(numobj)
    _, general, typed, fixed, mobile, same = _type_table(md)
    if not _meets(number, general):
        return PhoneNumberType.UNKNOWN
    for desc, kind in typed:
        if _meets(number, desc):
            return kind
    if _meets(number, fixed):
        if same or _meets(number, mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not same and _meets(number, mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


# A date written day, month, year or month, day, year with one separator
# twice ("08-03-2009", "01.02.2024", "02-27-97"): the shape of a
# trunk-prefixed Swedish or Finnish number too (08 Stockholm, 09 Helsinki,
# 02 Turku).
_DATE = re.compile(r"(\d\d)([-./])(\d\d)\2((?:19|20)?\d\d)")


def _is_date(text: str) -> bool:
    """True if ``text`` is a calendar date written dd-mm-yyyy, mm-dd-yyyy,
    or either with a two-digit year.

    >>> _is_date("08-03-2009"), _is_date("02-27-97"), _is_date("31-02-2009"), _is_date("070-174 06 05")
    (True, True, False, False)
    """
    m = _DATE.fullmatch(text)
    if m is None:
        return False
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    for y in ((year,) if year > 99 else (1900 + year, 2000 + year)):
        for month, day in ((second, first), (first, second)):
            try:
                dt.date(y, month, day)
            except ValueError:
                continue
            return True
    return False


# A day and a year after a month's name ("Jan 03 2019", "maj 05 2021"): a
# trunk-prefixed number's shape.
_DAY_YEAR = re.compile(r"0[1-9] (?:19|20)\d\d")
_MONTH_BEFORE = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|maj|mai|jun|jul|aug|sep|oct|okt|nov|dec|des)[a-zé]*\.?) $")


# Two trunk-prefixed groups of one length joined by a hyphen, the second
# the larger: a range ("0486-0487", "0350-0399", a table of bank branches
# or ISBN prefixes).  No number is written so: after a Swedish, Finnish or
# British area code the subscriber's number never starts with 0.
_RANGE = re.compile(r"(0\d{2,4})-(0\d{2,4})")


def _is_range(text: str) -> bool:
    """True if ``text`` is a range of two numbers, not a phone number.

    >>> _is_range("0486-0487"), _is_range("0350-0399"), _is_range("070-1740605")
    (True, True, False)
    """
    m = _RANGE.fullmatch(text)
    return m is not None and len(m.group(1)) == len(m.group(2)) and m.group(2) > m.group(1)


# The digits counted up, a form's and a test's placeholder ("0123456789",
# "012-345 67 89"), and bits in nibbles or bytes ("0100 0000", "01001101"):
# no one's number.
_ASCENDING = "01234567890"
_BITS = re.compile(r"[01]{4}(?: [01]{4})+|[01]{8,}")
# Days of a calendar's week row ("27 28 29 30"): pairs counted up by one.
_DAY_PAIRS = re.compile(r"(\d\d) (\d\d) (\d\d) (\d\d)")
# A signed decimal: six digits or more before a point ("+35236450.6"); a
# number written with dots groups two to four.
_SIGNED_DECIMAL = re.compile(r"\+\d{6,}\.\d")
# A time zone's name after the digits: ISO 6709 coordinates in the tz
# database's zone.tab (a latitude, a longitude, a tab, "America/Metlakatla").
_ZONE_AFTER = re.compile(r"\s+(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/")


def _counted_up(text: str) -> bool:
    """True if ``text`` is a form's placeholder or a calendar's row, no number.

    >>> _counted_up("0123456789"), _counted_up("012-345 67 89"), _counted_up("27 28 29 30")
    (True, True, True)
    >>> _counted_up("22 33 44 55"), _counted_up("070-174 06 05")
    (False, False)
    """
    digits = text.translate(_SEPARATORS).removeprefix("+")
    if len(digits) >= 7 and digits in _ASCENDING:
        return True
    m = _DAY_PAIRS.fullmatch(text)
    return m is not None and all(int(b) == int(a) + 1 for a, b in zip(m.groups(), m.groups()[1:]))


# A first group of two digits is a one-digit area code: Stockholm's 08, or
# Finland's 02, 03, 05, 06, 08 and 09.  Swedish and Finnish area and mobile
# codes that start 01, 04 or 07 have two digits or more after the 0
# ("070-", "040 ", "013-"), so "04-2103594" (an American EIN) and
# "07-0161-0395" (a Costa Rican ID) are no phone numbers.
_TWO_DIGIT_GROUP = re.compile(r"0[147][ -]")
# Two groups of four, the second starting with 0 ("0626 0627", "0259 0301"):
# no number is written so (a subscriber's number never starts with 0 after
# its area code), but Unicode's code points are, a decomposition's pair.
_FOUR_AND_ZERO = re.compile(r"0\d{3} 0\d{3}")

# A standard's number and year after its body's name ("JIS X 0208-1990",
# "ISO-IR 0146-1990", "DIN 0123-1999"): a trunk-prefixed number's shape,
# found in every character-set table.
_STANDARD_YEAR = re.compile(r"\d{3,5}[-:](?:19|20)\d\d")
_STANDARD_BEFORE = re.compile(
    r"\b(?:JIS(?: ?[A-Z])?|ISO(?:[-/]IR)?|IEC|EN|DIN(?: EN)?|SS(?: EN)?|NS(?: EN)?|DS(?:/EN)?|SFS(?:-EN)?"
    r"|BS|ANSI|ECMA|ETSI|IEEE|CNS|KS(?: ?[A-Z])?|GB(?:/T)?|ASTM(?: ?[A-Z])?|ITU-T(?: ?[A-Z])?)[ _-]?\Z")


# Pairs of digits inside a longer run of hexadecimal byte pairs: a dump.
_PAIRS_ONLY = re.compile(r"\d\d(?: \d\d){3,4}")
_HEX_BEFORE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2} \Z")
_HEX_AFTER = re.compile(r" [0-9A-Fa-f]{2}(?!\S)")


class NordicPhoneRecognizer(NordicRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        # "00" and a country code with no separator anywhere is as often a
        # zero-padded identifier ("004712345678") as a phone number: it needs
        # context, like other compact numbers.  Listed first: the first shape
        # to claim a span keeps it.
        ("international_00_compact", r"(?<![\w+])00(?:46|47|45|358|354)\d{6,12}(?!\d)", 0.3),
        # A country code and a number valid in that country's plan is
        # unmistakable even in free text ("ring kunden på +47 412 34 567"),
        # also with the code in parentheses ("(+46) 70 174 06 05").
        ("international", rf"(?<![\w+])(?:(?:\+|00)[ ]?(?:{_NORDIC_NSN})|\(\+(?:{_NORDIC_NSN_PAREN})){_NO_MORE}", 0.8),
        (
            "international_other",
            rf"(?<![\w+])\+(?!4[5-7]|35[48])[1-9](?:[ ./()-]{{0,2}}\d){{6,14}}{_NO_MORE}",
            0.7,
        ),
        # SE/FI: 0 + area/operator code (1-3 more digits), a separator, then
        # digit groups; the length is checked by phonenumbers.
        ("trunk_grouped", rf"{_B}0[1-9]\d{{0,2}}[ -]\d{{2,4}}(?:[ -]?\d{{2,4}}){{0,3}}{_E}", 0.6),
        ("trunk_compact", rf"{_B}0[1-9]\d{{5,8}}{_E}", 0.3),
        # The area or operator code in parentheses, as letterheads write it
        # ("(070) 174 06 05", a Stockholm "(08)" or a Helsinki "(09)" alike).
        ("trunk_parenthesised", rf"(?<![\w+(-])\(0[1-9]\d{{0,2}}\)[ ]?\d{{2,4}}(?:[ -]?\d{{2,4}}){{0,3}}{_E}", 0.6),
        (
            "no_dk_grouped",
            rf"{_B}{_NOT_VAT}(?:[2-9]\d(?: \d\d){{3}}|[2-9]\d\d \d\d \d{{3}}|[2-9]\d{{3}} \d{{4}}){_E}",
            0.35,
        ),
        ("no_dk_compact", rf"{_B}{_NOT_VAT}[2-9]\d{{7}}{_E}", 0.2),
        ("is_national", rf"{_B}[4-8]\d\d[ -]?\d{{4}}{_E}", 0.2),
    )
    REGEX_FLAGS = re.ASCII
    CONTEXT = (
        "telefon", "telefonnummer", "telefonnr", "tlf", "tel", "telnr", "tel.nr", "mobil",
        "mobilnummer", "mobilnr", "mobiltelefon", "puhelin", "puh",
        "puhelinnumero", "matkapuhelin", "gsm", "sími", "símanúmer",
        "farsími", "phone", "mobile", "cell", "cellphone", "sms", "ring", "ringa", "ringer",
        "ringe", "ringde", "ringte", "ringede", "ringt", "soita", "hringdu",
        "call", "called", "calling", "fax", "telefax", "faxnummer", "faks", "faksnummer", "faksi",
        "bréfasími",
    )
    # Whole words only: "telemetry", "cellspacing", "ringbuffer", "callback",
    # "function calls", "Ringarooma" (a town) and the Finnish "puhdas"
    # (clean) are no phone's context, nor Faxe (a Danish town).
    CONTEXT_WHOLE = frozenset({"tel", "cell", "ring", "call", "puh", "ringa", "ringer", "ringe", "ringde", "ringte",
                               "ringede", "ringt", "called", "calling", "fax", "faks"})
    PRIORITY = 30
    # Pairs are also how a CVR number is written: in a column named for CVR
    # numbers a pair-grouped number needs a phone context word.
    SHAPE_RIVALS = {"no_dk_grouped": "DK_CVR"}
    # The shapes that need context score below the threshold; those above it
    # (international, trunk-prefixed and grouped as the plan writes them)
    # count alone in a column verdict too: two notes of 200 with a phone
    # number make a notes column one that holds phone numbers.
    COUNTS_ALONE = REPORT_THRESHOLD
    # No check digit: most numbers of a national shape are valid in the plan.
    COINCIDENCE = 1.0

    def matches(self, text: str):
        for cand in super().matches(text):
            if cand.shape == "trunk_grouped" and _DAY_YEAR.fullmatch(text, cand.start, cand.end) \
                    and _MONTH_BEFORE.search(text, max(0, cand.start - 12), cand.start):
                continue  # "Jan 03 2019": a date's day and year
            if cand.shape == "trunk_grouped" and (_is_range(text[cand.start:cand.end])
                                                  or _TWO_DIGIT_GROUP.match(text, cand.start)
                                                  or _FOUR_AND_ZERO.fullmatch(text, cand.start, cand.end)
                                                  or (_STANDARD_YEAR.fullmatch(text, cand.start, cand.end)
                                                      and _STANDARD_BEFORE.search(text, max(0, cand.start - 12),
                                                                                  cand.start))):
                continue
            if cand.shape == "international_other" and (_SIGNED_DECIMAL.match(text, cand.start)
                                                         or _ZONE_AFTER.match(text, cand.end)):
                continue  # "Decimal('+35236450.6')"; coordinates before a time zone (zone.tab)
            if in_code_point_data(text, cand.start, cand.end):
                continue  # "FD2C\t\t<final> 0636 0631": Unicode's code points
            if cand.start and text[cand.start - 1] == "\\":
                continue  # an escape's octal digits (PostScript's "\051 1997")
            if _PAIRS_ONLY.fullmatch(text, cand.start, cand.end) and (
                    _HEX_BEFORE.search(text, max(0, cand.start - 4), cand.start)
                    or _HEX_AFTER.match(text, cand.end)):
                continue  # "bf 02 00 00 00", "c7 45 ec 01 00 00 00": bytes of a hex dump
            yield cand

    def score_for(self, shape: str, text: str, check: Check, base: float) -> float:
        regions = set(check.kind.split("|"))
        if shape == "no_dk_grouped":
            if _PAIRS.fullmatch(text) and not cvr.is_valid(text.replace(" ", "")):
                return GROUPED_SCORE
            if _NO_MOBILE.fullmatch(text) and "NO" in regions:
                return GROUPED_SCORE
        elif shape == "is_national" and _IS_SPACED.fullmatch(text) and "IS" in regions:
            return GROUPED_SCORE
        return base

    @classmethod
    def check(cls, text: str) -> Check:
        if not isinstance(text, str) or not 5 <= len(text) <= 32:
            return INVALID
        if _is_date(text):
            return INVALID  # "(f.eks. 08-03-2009)": a Stockholm number's shape, a date's digits
        compact = text.replace("(0)", "").translate(_SEPARATORS)
        national = compact.removeprefix("+")
        if not (national.isascii() and national.isdigit()):
            return INVALID
        if _counted_up(text) or _BITS.fullmatch(text):
            return INVALID  # "0123456789", a form's placeholder; "27 28 29 30", days; "0100 0000", bits
        if compact.startswith("+"):
            attempts = [(compact, None)]
        elif compact.startswith("00"):
            if not compact.startswith(NORDIC_CODES, 2):
                return INVALID
            attempts = [("+" + compact[2:], None)]
        elif compact.startswith("0"):
            attempts = [(compact, r) for r in TRUNK_REGIONS]
        elif len(compact) == 8:
            attempts = [(compact, r) for r in CLOSED8_REGIONS]
        elif len(compact) == 7:
            attempts = [(compact, r) for r in CLOSED7_REGIONS]
        else:
            return INVALID
        found: list[tuple[str, bool]] = []  # (region, a subscriber's number type)
        synthetic = False
        for number, region in attempts:
            try:
                parsed = _parse(number, region)
            except NumberParseException:
                continue
            # number_type is UNKNOWN exactly when is_valid_number is False
            # (both resolve the region and match the same metadata), so one
            # call does both jobs.
            of_number = phonenumbers.region_code_for_number(parsed)
            kind = _number_type(parsed, of_number)
            if kind == PhoneNumberType.UNKNOWN or kind in _SERVICE_TYPES:
                continue
            personal = kind in _SUBSCRIBER_TYPES
            found.append((of_number or region or "", personal))
            synthetic = synthetic or _is_fictional(parsed.country_code, parsed.national_number)
        if not found:
            return INVALID  # no plan's number, or only a service's (0771 in Sweden)
        # Where the digits are a subscriber's number in one plan and not in
        # another (070 is Swedish mobile, Finnish UAN), the subscriber reading
        # wins.  A UAN may be a person's line (in Finland many employees'
        # direct lines are 010/020 numbers), so it still counts where it is
        # the only reading besides a service's: a number starting 020 is a
        # Swedish freephone number and a Finnish UAN.
        if any(personal for _, personal in found):
            found = [f for f in found if f[1]]
        return Check(True, checksum=None, synthetic=synthetic, kind="|".join(r for r, _ in found))
