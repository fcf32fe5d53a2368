"""A realistic, entirely synthetic Nordic CRM database in SQLite (``nordpii demo``).

``generate_crm(path)`` writes a small CRM as a Nordic vendor would ship it:
contacts from Sweden, Norway, Denmark, Finland and Iceland with their national
identity numbers, companies with organisation numbers, IBANs and bankgiro
numbers, the vendor's own staff, orders, web sessions and one table with
awkward identifiers.  Every identifier is computed here, check digits
included (reference ``nordic-pii.md`` §1-§2), because Faker's own are wrong
or missing for several of these countries (DESIGN.md, Faker traps).

Nothing here is real: names and streets come from Faker's locales (or a small
built-in Icelandic list), numbers are random with valid check digits, e-mail
addresses use the reserved ``example.com``/``.net``/``.org`` domains.  The
order numbers are uniform random digits on purpose: about one in ten passes
Luhn and a few look like dates, the look-alike trap for a personnummer
recognizer that does not look at the whole column.

The output is a pure function of ``(contacts, seed)``: one ``random.Random``
drives everything (Faker instances are seeded from it) and all timestamps are
relative to a fixed reference date, never to "now".

>>> import random
>>> rng = random.Random(1)
>>> from stdnum.se import personnummer
>>> personnummer.is_valid(se_personnummer(rng, dt.date(1981, 12, 18), male=True))
True
>>> luhn_digit("811218987")
'6'
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

__all__ = [
    "generate_crm",
    "se_personnummer",
    "no_fodselsnummer",
    "dk_cpr",
    "fi_hetu",
    "is_kennitala",
    "se_orgnr",
    "no_orgnr",
    "dk_cvr",
    "fi_ytunnus",
    "iban",
    "se_bankgiro",
    "no_kontonr",
    "phone_number",
    "luhn_digit",
    "COUNTRIES",
    "REFERENCE_TIME",
]

#: Every timestamp in the demo lies before this instant (never "now").
REFERENCE_TIME = dt.datetime(2026, 11, 20, 17, 0, 0)
COUNTRIES = ("SE", "NO", "DK", "FI", "IS")
_COUNTRY_WEIGHTS = (35, 20, 20, 17, 8)
_FAKER_LOCALE = {"SE": "sv_SE", "NO": "no_NO", "DK": "da_DK", "FI": "fi_FI", "IS": "is_IS"}
_BIRTH_FIRST = dt.date(1936, 1, 1)
_BIRTH_LAST = dt.date(2008, 10, 31)


# --------------------------------------------------------------------------
# check digits


def luhn_digit(digits: str) -> str:
    """The Luhn (mod-10, weights 2-1 from the right) check digit for ``digits``."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these get weight 2 once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _mod11(digits: str, weights: Iterable[int]) -> int | None:
    """``11 - (sum mod 11)``, 11 -> 0, and None for 10 (a number never issued)."""
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _random_birth(rng: random.Random) -> dt.date:
    span = (_BIRTH_LAST - _BIRTH_FIRST).days
    return _BIRTH_FIRST + dt.timedelta(days=rng.randrange(span + 1))


def _sex(rng: random.Random, male: bool | None) -> bool:
    return rng.random() < 0.5 if male is None else male


def _odd_even_digit(rng: random.Random, male: bool) -> int:
    return rng.randrange(0, 10, 2) + (1 if male else 0)


# --------------------------------------------------------------------------
# national identity numbers (reference §1)


def se_personnummer(
    rng: random.Random,
    birth: dt.date | None = None,
    male: bool | None = None,
    *,
    samordning: bool = False,
    form: str = "long",
) -> str:
    """A Swedish personnummer, or a samordningsnummer (day + 60).

    ``form``: ``"long"`` ``YYYYMMDD-NNNC``, ``"short"`` ``YYMMDD-NNNC`` (``+``
    from the year the person turns 100), ``"compact"`` ``YYYYMMDDNNNC``.  The
    Luhn check runs over the 10-digit form; the last birth-number digit is odd
    for men.
    """
    birth = birth or _random_birth(rng)
    male = _sex(rng, male)
    day = birth.day + (60 if samordning else 0)
    birth_number = _digits(rng, 2) + str(_odd_even_digit(rng, male))
    ten = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{birth_number}"
    ten += luhn_digit(ten)
    if form == "short":
        sep = "+" if REFERENCE_TIME.year - birth.year >= 100 else "-"
        return f"{ten[:6]}{sep}{ten[6:]}"
    century = f"{birth.year // 100:02d}"
    if form == "compact":
        return century + ten
    if form == "long":
        return f"{century}{ten[:6]}-{ten[6:]}"
    raise ValueError(f"unknown form {form!r}")


_NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _no_individual_range(year: int) -> range:
    if 1900 <= year <= 1999:
        return range(0, 500)
    if 2000 <= year <= 2039:
        return range(500, 1000)
    raise ValueError(f"no individnummer range for {year}")


def no_fodselsnummer(
    rng: random.Random,
    birth: dt.date | None = None,
    male: bool | None = None,
    *,
    d_number: bool = False,
) -> str:
    """A Norwegian fødselsnummer ``DDMMYYIIIKK``, or a D-nummer (day + 40).

    The individnummer range encodes the century (000-499: 1900s, 500-999:
    2000-2039); its last digit is odd for men; K1 and K2 are mod-11 checks
    (pre-2032 rule), and an individnummer giving a check of 10 is skipped.
    """
    birth = birth or _random_birth(rng)
    male = _sex(rng, male)
    day = birth.day + (40 if d_number else 0)
    date = f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    individuals = _no_individual_range(birth.year)
    while True:
        ind = individuals.start + rng.randrange(len(individuals) // 2) * 2 + (1 if male else 0)
        nine = f"{date}{ind:03d}"
        k1 = _mod11(nine, _NO_W1)
        if k1 is None:
            continue
        k2 = _mod11(nine + str(k1), _NO_W2)
        if k2 is None:
            continue
        return f"{nine}{k1}{k2}"


_DK_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
#: years in which CPR-kontoret has issued numbers without modulus-11 control
#: (mostly 1 January birth dates; cpr.dk, reference §1.3)
DK_NO_MOD11_YEARS = (1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975,
                     1978, *range(1980, 1996))


def dk_cpr(
    rng: random.Random,
    birth: dt.date | None = None,
    male: bool | None = None,
    *,
    mod11: bool = True,
) -> str:
    """A Danish CPR number ``DDMMYY-SSSS``.

    Digit 7 gives the century (0-3: 1900s; 4-8 with YY <= 36: 2000s; 9 is
    avoided so no number looks like a MedCom test CPR with serial 99xx); the
    last digit is odd for men.  With ``mod11`` the weighted sum is 0 mod 11;
    without it, it deliberately is not (numbers issued since 2007).
    """
    birth = birth or _random_birth(rng)
    male = _sex(rng, male)
    if 1900 <= birth.year <= 1999:
        d7_choices = "0123"
    elif 2000 <= birth.year <= 2036:
        d7_choices = "45678"
    else:
        raise ValueError(f"no CPR century digit for {birth.year}")
    date = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
    while True:
        nine = date + rng.choice(d7_choices) + _digits(rng, 2)
        partial = sum(int(d) * w for d, w in zip(nine, _DK_WEIGHTS))
        if mod11:
            last = -partial % 11
            if last == 10 or last % 2 != (1 if male else 0):
                continue
        else:
            last = _odd_even_digit(rng, male)
            if (partial + last) % 11 == 0:
                continue
        return f"{nine[:6]}-{nine[6:]}{last}"


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(
    rng: random.Random,
    birth: dt.date | None = None,
    male: bool | None = None,
    *,
    new_sign: bool = False,
) -> str:
    """A Finnish henkilötunnus ``DDMMYYCZZZQ``.

    Century sign ``-`` (1900s) or ``A`` (2000s); with ``new_sign`` the 2023
    alternatives ``Y`` or ``B`` (issued from 2023 on, for people who get a
    code after the old series ran out).  ZZZ is 002-899 (odd for men; 900-999
    are temporary codes and never generated), Q is ``DDMMYYZZZ mod 31``.
    """
    birth = birth or _random_birth(rng)
    male = _sex(rng, male)
    if 1900 <= birth.year <= 1999:
        sign = "Y" if new_sign else "-"
    elif 2000 <= birth.year <= 2099:
        sign = "B" if new_sign else "A"
    else:
        raise ValueError(f"no HETU century sign for {birth.year}")
    individual = rng.randrange(1, 450) * 2 + (1 if male else 0)  # 002..898 even, 003..899 odd
    date = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
    check = _HETU_CHECK[int(f"{date}{individual:03d}") % 31]
    return f"{date}{sign}{individual:03d}{check}"


_IS_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def is_kennitala(
    rng: random.Random,
    birth: dt.date | None = None,
    *,
    organisation: bool = False,
) -> str:
    """An Icelandic kennitala ``DDMMYY-RRQC`` (organisations: day + 40).

    RR is random from 20 upward, Q the mod-11 check over the first eight
    digits (a check of 10 is never issued: redraw), C the century (9: 1900s,
    0: 2000s).  Numbers issued without a check digit since February 2026 are
    not generated.  The kennitala does not encode sex.
    """
    birth = birth or _random_birth(rng)
    if 1900 <= birth.year <= 1999:
        century = "9"
    elif 2000 <= birth.year <= 2099:
        century = "0"
    else:
        raise ValueError(f"no kennitala century digit for {birth.year}")
    day = birth.day + (40 if organisation else 0)
    date = f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    while True:
        eight = date + str(rng.randrange(20, 100))
        q = _mod11(eight, _IS_WEIGHTS)
        if q is not None:
            return f"{eight[:6]}-{eight[6:]}{q}{century}"


# --------------------------------------------------------------------------
# organisation numbers (reference §2.1)


def se_orgnr(rng: random.Random, group: int = 5) -> str:
    """A Swedish organisationsnummer ``NNNNNN-NNNN``: group digit first, the
    third digit >= 2 (so it never reads as a month), Luhn over all ten."""
    if group == 5:  # aktiebolag: the 556/559 series
        head = "55" + rng.choice("6789")
    else:
        head = str(group) + str(rng.randrange(10)) + str(rng.randrange(2, 10))
    nine = head + _digits(rng, 6)
    ten = nine + luhn_digit(nine)
    return f"{ten[:6]}-{ten[6:]}"


def no_orgnr(rng: random.Random) -> str:
    """A Norwegian organisasjonsnummer ``NNN NNN NNN`` (starts with 8 or 9;
    weights 3 2 7 6 5 4 3 2, mod 11)."""
    while True:
        eight = rng.choice("89") + _digits(rng, 7)
        check = _mod11(eight, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            nine = eight + str(check)
            return f"{nine[:3]} {nine[3:6]} {nine[6:]}"


def dk_cvr(rng: random.Random) -> str:
    """A Danish CVR number: 8 digits, first not 0, weights 2 7 6 5 4 3 2 1
    summing to 0 mod 11."""
    while True:
        seven = str(rng.randrange(1, 10)) + _digits(rng, 6)
        last = -sum(int(d) * w for d, w in zip(seven, (2, 7, 6, 5, 4, 3, 2))) % 11
        if last != 10:
            return seven + str(last)


def fi_ytunnus(rng: random.Random) -> str:
    """A Finnish Y-tunnus ``NNNNNNN-C``: weights 7 9 10 5 8 4 2, remainder 0
    gives check 0, remainder 1 is never issued, else 11 - remainder."""
    while True:
        seven = str(rng.randrange(1, 4)) + _digits(rng, 6)  # 1xxxxxx-3xxxxxx as issued
        rem = sum(int(d) * w for d, w in zip(seven, (7, 9, 10, 5, 8, 4, 2))) % 11
        if rem == 1:
            continue
        return f"{seven}-{0 if rem == 0 else 11 - rem}"


# --------------------------------------------------------------------------
# banking (reference §2.2)


def se_bankgiro(rng: random.Random) -> str:
    """A Swedish bankgiro number ``NNN-NNNN`` or ``NNNN-NNNN`` with a Luhn
    check digit (never in the 90-konto fundraising series)."""
    length = 7 if rng.random() < 0.4 else 8
    body = str(rng.randrange(1, 9)) + _digits(rng, length - 2)
    number = body + luhn_digit(body)
    return f"{number[:-4]}-{number[-4:]}"


_NO_KONTO_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_NO_BANKS = ("1503", "1506", "1254", "1207", "3000", "6011", "8601", "9710", "1822", "2801", "4202", "1594")


def _no_kontonr_digits(rng: random.Random) -> str:
    while True:
        ten = rng.choice(_NO_BANKS) + _digits(rng, 6)
        check = _mod11(ten, _NO_KONTO_WEIGHTS)
        if check is not None:
            return ten + str(check)


def no_kontonr(rng: random.Random) -> str:
    """A Norwegian bank account number ``XXXX.XX.XXXXX``: bank registration
    number, account group, account; the last digit is mod 11 with weights
    5 4 3 2 7 6 5 4 3 2 (a check of 10 is never used)."""
    n = _no_kontonr_digits(rng)
    return f"{n[:4]}.{n[4:6]}.{n[6:]}"


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


_SE_BANKS = ("500", "600", "800", "300", "120", "923", "957")
_DK_REGS = ("0040", "1551", "2191", "3409", "5301", "6611", "7890", "9570", "0400", "5470")
_FI_BANKS = ("1", "2", "5", "8", "31", "36", "39", "47", "715")  # 1/2 Nordea, 5 OP, 8 Danske, ...
_IS_BANKS = ("0101", "0111", "0115", "0133", "0301", "0313", "0322", "0515", "0537", "0546")


def iban(rng: random.Random, country: str, *, holder_kennitala: str | None = None) -> str:
    """An IBAN (electronic form) for SE, NO, DK, FI or IS.

    The BBAN follows the country's structure (reference §2.2): SE 3n bank +
    17n account; NO a valid kontonr; DK 4n reg.nr + 10n; FI 14n whose last
    digit is the domestic Luhn check; IS 4n bank + 2n ledger + 6n account +
    the holder's kennitala.  The two check digits are ISO 7064 mod 97-10.
    """
    if country == "SE":
        bban = rng.choice(_SE_BANKS) + "0000" + _digits(rng, 13)
    elif country == "NO":
        bban = _no_kontonr_digits(rng)
    elif country == "DK":
        bban = rng.choice(_DK_REGS) + "000" + _digits(rng, 7)
    elif country == "FI":
        bank = rng.choice(_FI_BANKS)
        thirteen = bank + _digits(rng, 13 - len(bank))
        bban = thirteen + luhn_digit(thirteen)
    elif country == "IS":
        kt = (holder_kennitala or is_kennitala(rng)).replace("-", "")
        bban = rng.choice(_IS_BANKS) + rng.choice(("26", "26", "05", "15")) + _digits(rng, 6) + kt
    else:
        raise ValueError(f"no IBAN structure for {country!r}")
    return f"{country}{_iban_check(country, bban)}{bban}"


def _iban_print(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


# --------------------------------------------------------------------------
# phone numbers (reference §2.3; every prefix below checked with phonenumbers)

_CC = {"SE": "46", "NO": "47", "DK": "45", "FI": "358", "IS": "354"}
_DK_MOBILE = ("2", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93")
_DK_FIXED = ("33", "35", "36", "38", "39", "62", "64", "65", "66", "69", "74", "75", "86", "96", "97", "98")


def _groups(s: str, sizes: Iterable[int]) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


def phone_number(rng: random.Random, country: str, style: str = "national", *, mobile: bool | None = None) -> str:
    """A phone number valid for libphonenumber, written nationally
    (``style="national"``), internationally with spaces (``"international"``)
    or in E.164 (``"e164"``)."""
    mobile = rng.random() < 0.8 if mobile is None else mobile
    if country == "SE":
        if mobile:
            area, sub = "7" + rng.choice("02369"), _digits(rng, 7)
            national = f"0{area}-{_groups(sub, (3, 2, 2))}"
        else:
            area = rng.choice(("8", "31", "40", "18"))
            sub = str(rng.randrange(1, 10)) + _digits(rng, (7 if area == "8" else 6) - 1)
            national = f"0{area}-" + (_groups(sub, (3, 2, 2)) if len(sub) == 7 else _groups(sub, (2, 2, 2)))
        nsn = area + sub
        intl = f"+46 {area} " + (_groups(sub, (3, 2, 2)) if len(sub) == 7 else _groups(sub, (2, 2, 2)))
    elif country == "NO":
        if mobile:
            nsn = rng.choice(("9", "40", "41", "46", "47", "48"))
        else:
            nsn = rng.choice(("22", "23", "55", "73"))
        nsn += _digits(rng, 8 - len(nsn))
        national = _groups(nsn, (3, 2, 3)) if nsn[0] in "49" else _groups(nsn, (2, 2, 2, 2))
        intl = "+47 " + national
    elif country == "DK":
        head = rng.choice(_DK_MOBILE if mobile else _DK_FIXED)
        if len(head) == 1:
            head += str(rng.randrange(10))
        nsn = head + str(rng.randrange(1, 10)) + _digits(rng, 5)
        national = _groups(nsn, (2, 2, 2, 2))
        intl = "+45 " + national
    elif country == "FI":
        if mobile:
            area = rng.choice(("40", "41", "44", "45", "46", "50"))
            sub = _digits(rng, 7)
            national = f"0{area} {_groups(sub, (3, 4))}"
        else:
            area = "9"
            sub = str(rng.randrange(1, 9)) + _digits(rng, 6)
            national = f"09 {_groups(sub, (3, 4))}"
        nsn = area + sub
        intl = f"+358 {area} {_groups(sub, (3, 4))}"
    elif country == "IS":
        head = rng.choice(("69", "77", "78", "79", "83", "84", "85", "86", "89") if mobile else ("46", "51", "55", "56"))
        nsn = head + _digits(rng, 5)
        national = _groups(nsn, (3, 4))
        intl = "+354 " + national
    else:
        raise ValueError(f"no phone plan for {country!r}")
    if style == "national":
        return national
    if style == "international":
        return intl
    if style == "e164":
        return f"+{_CC[country]}{nsn}"
    raise ValueError(f"unknown style {style!r}")


# --------------------------------------------------------------------------
# names, addresses, e-mail, notes

#: genitive forms of common Icelandic given names, for patronymics (-son/-dóttir)
_IS_FATHERS = ("Jóns", "Sigurðar", "Guðmundar", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnúsar",
               "Stefáns", "Jóhanns", "Björns", "Árna", "Helga", "Péturs", "Þórs", "Halldórs", "Ragnars",
               "Páls", "Karls", "Birgis", "Friðriks", "Haralds", "Arnar", "Egils", "Hauks", "Steinars")
_IS_MALE = ("Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán",
            "Jóhann", "Björn", "Árni", "Helgi", "Pétur", "Halldór", "Ragnar", "Páll", "Karl", "Birgir",
            "Friðrik", "Haraldur", "Egill", "Haukur", "Aron", "Daníel", "Bjarki", "Elías", "Hákon")
_IS_FEMALE = ("Guðrún", "Anna", "Kristín", "Sigríður", "Margrét", "Helga", "Sigrún", "Ingibjörg", "Jóhanna",
              "María", "Katrín", "Ragnheiður", "Elín", "Hildur", "Ásta", "Þórunn", "Sara", "Embla",
              "Eva", "Bryndís", "Hrafnhildur", "Steinunn", "Auður", "Birna", "Harpa", "Lilja", "Ösp")
_IS_STREETS = ("Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hringbraut", "Suðurgata", "Nóatún",
               "Hamraborg", "Strandgata", "Hafnarstræti", "Borgartún", "Álfheimar", "Langholtsvegur",
               "Kirkjuvegur", "Austurvegur", "Hólabraut", "Túngata", "Bárugata", "Miklabraut")
_IS_PLACES = (("101", "Reykjavík"), ("105", "Reykjavík"), ("107", "Reykjavík"), ("108", "Reykjavík"),
              ("200", "Kópavogur"), ("210", "Garðabær"), ("220", "Hafnarfjörður"), ("230", "Reykjanesbær"),
              ("300", "Akranes"), ("400", "Ísafjörður"), ("600", "Akureyri"), ("700", "Egilsstaðir"),
              ("800", "Selfoss"), ("900", "Vestmannaeyjar"))

_MAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example.com", "post.example.net",
                 "kund.example.org")
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th",
                           "Þ": "Th", "ß": "ss"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANSLIT))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


def _local_part(rng: random.Random, first: str, last: str) -> str:
    f = _ascii(first).lower().replace(" ", "")
    l = _ascii(last).lower().replace(" ", "")
    pattern = rng.randrange(5)
    if pattern == 0:
        return f"{f}.{l}"
    if pattern == 1:
        return f"{f[0]}{l}"
    if pattern == 2:
        return f"{f}.{l}{rng.randrange(1, 100)}"
    if pattern == 3:
        return f"{f}_{l}"
    return f"{f}{rng.randrange(50, 100)}"


def _email(rng: random.Random, first: str, last: str) -> str:
    return f"{_local_part(rng, first, last)}@{rng.choice(_MAIL_DOMAINS)}"


_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "augusti", "september", "oktober"),
    "no": ("januar", "februar", "mars", "april", "mai", "august", "september", "oktober"),
    "da": ("januar", "februar", "marts", "april", "maj", "august", "september", "oktober"),
    "fi": ("tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa", "elokuussa",
           "syyskuussa", "lokakuussa"),
    "en": ("January", "February", "March", "April", "May", "August", "September", "October"),
}
_LANG = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "IS": "en"}

# {inv} invoice number, {month}, {phone}, {email}, {person}.  Kept free of
# special-category words (health, union, religion, politics, crime) and of
# the lexicon false friends of reference §4.11.
_NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "plain": (
            "Ringde angående faktura {inv}, vill ha en kopia via e-post.",
            "Intresserad av uppgradering till premiumpaketet. Återkom i {month}.",
            "Har flyttat, ny adress uppdaterad i systemet.",
            "Klagomål på leveranstiden, erbjöd 10 % rabatt på nästa order.",
            "Nöjd kund, tackade för snabb hjälp med inloggningen.",
            "Vill inte bli uppringd, endast kontakt via e-post.",
            "Bokat demo av nya versionen i {month}.",
            "Frågade om fakturering per kvartal i stället för per månad.",
        ),
        "phone": ("Nås enklast på {phone} efter kl. 16.", "Nytt mobilnummer: {phone}",
                  "Ring upp på {phone} angående faktura {inv}."),
        "email": ("Skicka offerten till {email} i stället.", "Ny e-postadress: {email}",
                  "Fakturor ska gå till {email} från och med {month}."),
        "person": ("Kontaktperson vid frånvaro: {person}.", "Kollegan {person} tar över ärendet.",
                   "Hänvisade till {person} på ekonomiavdelningen."),
    },
    "no": {
        "plain": (
            "Ringte om faktura {inv}, ønsker kopi på e-post.",
            "Interessert i oppgradering til premiumpakken. Ta kontakt igjen i {month}.",
            "Har flyttet, ny adresse er registrert.",
            "Klage på leveringstiden, tilbød 10 % rabatt på neste ordre.",
            "Fornøyd kunde, takket for rask hjelp med innloggingen.",
            "Ønsker ikke å bli oppringt, kun kontakt på e-post.",
            "Avtalt demo av ny versjon i {month}.",
            "Spurte om kvartalsvis fakturering i stedet for månedlig.",
        ),
        "phone": ("Treffes best på {phone} etter kl. 16.", "Nytt mobilnummer: {phone}",
                  "Ring tilbake på {phone} angående faktura {inv}."),
        "email": ("Send tilbudet til {email} i stedet.", "Ny e-postadresse: {email}",
                  "Fakturaer skal sendes til {email} fra {month}."),
        "person": ("Kontaktperson ved fravær: {person}.", "Kollega {person} overtar saken.",
                   "Henviste til {person} i økonomiavdelingen."),
    },
    "da": {
        "plain": (
            "Ringede om faktura {inv}, ønsker en kopi på mail.",
            "Interesseret i opgradering til premiumpakken. Følg op i {month}.",
            "Er flyttet, ny adresse er opdateret.",
            "Klage over leveringstiden, tilbød 10 % rabat på næste ordre.",
            "Tilfreds kunde, takkede for hurtig hjælp med login.",
            "Ønsker ikke at blive ringet op, kun kontakt pr. mail.",
            "Aftalt demo af ny version i {month}.",
            "Spurgte om kvartalsvis fakturering i stedet for månedlig.",
        ),
        "phone": ("Træffes bedst på {phone} efter kl. 16.", "Nyt mobilnummer: {phone}",
                  "Ring tilbage på {phone} vedrørende faktura {inv}."),
        "email": ("Send tilbuddet til {email} i stedet.", "Ny e-mailadresse: {email}",
                  "Fakturaer skal sendes til {email} fra {month}."),
        "person": ("Kontaktperson ved fravær: {person}.", "Kollegaen {person} overtager sagen.",
                   "Henviste til {person} i økonomiafdelingen."),
    },
    "fi": {
        "plain": (
            "Soitti laskusta {inv}, haluaa kopion sähköpostilla.",
            "Kiinnostunut päivityksestä premium-pakettiin. Palataan asiaan {month}.",
            "Muuttanut, uusi osoite päivitetty järjestelmään.",
            "Reklamaatio toimitusajasta, tarjottiin 10 % alennus seuraavasta tilauksesta.",
            "Tyytyväinen asiakas, kiitti nopeasta avusta kirjautumisessa.",
            "Ei halua puheluita, yhteydenotot vain sähköpostilla.",
            "Uuden version esittely sovittu {month}.",
            "Kysyi laskutuksesta neljännesvuosittain kuukausittaisen sijaan.",
        ),
        "phone": ("Tavoittaa parhaiten numerosta {phone} klo 16 jälkeen.", "Uusi matkapuhelinnumero: {phone}",
                  "Soita takaisin numeroon {phone} laskusta {inv}."),
        "email": ("Lähetä tarjous osoitteeseen {email}.", "Uusi sähköpostiosoite: {email}",
                  "Laskut osoitteeseen {email} {month} alkaen."),
        "person": ("Yhteyshenkilö poissaolon aikana: {person}.", "Kollega {person} hoitaa asian jatkossa.",
                   "Asiasta tietää myös {person}."),
    },
    "en": {
        "plain": (
            "Called about invoice {inv}, wants a copy by e-mail.",
            "Interested in upgrading to the premium plan. Follow up in {month}.",
            "Has moved, new address updated in the system.",
            "Complaint about delivery time, offered 10% off the next order.",
            "Happy customer, thanked us for quick help with the login.",
            "Does not want phone calls, contact by e-mail only.",
            "Booked a demo of the new version in {month}.",
            "Asked about quarterly instead of monthly invoicing.",
        ),
        "phone": ("Best reached on {phone} after 4 pm.", "New mobile number: {phone}",
                  "Call back on {phone} about invoice {inv}."),
        "email": ("Send the quote to {email} instead.", "New e-mail address: {email}",
                  "Invoices go to {email} from {month}."),
        "person": ("Contact person when away: {person}.", "Colleague {person} is taking over the account.",
                   "Referred to {person} in accounts."),
    },
}

_STATUSES = ("ny", "betald", "skickad", "levererad", "levererad", "levererad", "makulerad", "återbetald")
_DEPARTMENTS = ("Sälj", "Support", "Utveckling", "Ekonomi", "HR", "Marknad", "Drift")
_SALARY = {"SE": (32000, 85000), "NO": (42000, 98000), "DK": (31000, 72000), "FI": (2900, 7200)}
_COMPANY_WORDS = {
    "SE": ("Bygg", "Konsult", "Data", "Elektriska", "Måleri", "Revision", "Logistik", "Trä", "Design"),
    "NO": ("Bygg", "Regnskap", "Eiendom", "Data", "Elektro", "Maskin", "Rørlegger", "Design"),
    "DK": ("Byg", "Revision", "Data", "Tømrer", "El-service", "Ejendomme", "Design", "Maskin"),
    "FI": ("Rakennus", "Tilintarkastus", "Data", "Sähkö", "Konsultointi", "Puu", "Design"),
    "IS": ("Bygg", "Tækni", "Ráðgjöf", "Fiskur", "Verk", "Hönnun", "Gögn"),
}
_COMPANY_TAIL = {
    "SE": ("huset", "gruppen", " Nord", " Partner"),
    "NO": ("huset", "gruppen", " Nord", " Partner"),
    "DK": ("huset", "gruppen", " Nord", " Partner"),
    "FI": ("talo", "palvelu", " Pohjola", " Partners"),
    "IS": ("húsið", " Norður", " og félagar"),
}
_COMPANY_SUFFIX = {"SE": "AB", "NO": "AS", "DK": "ApS", "FI": "Oy", "IS": "ehf."}
_PATHS = ("/", "/produkter", "/produkter/{slug}", "/kassa", "/mina-sidor/ordrar", "/mina-sidor/profil",
          "/kampanj?utm_source=nyhetsbrev&utm_medium=email", "/sok?q={slug}", "/support/artikel/{n}",
          "/logga-in", "/kundvagn", "/om-oss", "/kontakt")
_SLUGS = ("crm-bas", "crm-premium", "integration-fortnox", "sms-utskick", "rapportpaket", "api-nyckel",
          "mobilapp", "kalender", "faktura-export")
_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{s} Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{i} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{i} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
)


# --------------------------------------------------------------------------
# schema


def _schema() -> tuple[sa.MetaData, dict[str, sa.Table]]:
    md = sa.MetaData()
    t: dict[str, sa.Table] = {}
    t["kontakter"] = sa.Table(
        "kontakter", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("förnamn", sa.String(60), nullable=False),
        sa.Column("efternamn", sa.String(60), nullable=False),
        sa.Column("personnummer", sa.String(13), nullable=False),
        sa.Column("land", sa.String(2), nullable=False),
        sa.Column("email", sa.String(120)),
        sa.Column("telefon", sa.String(24)),
        sa.Column("gatuadress", sa.String(120)),
        sa.Column("postnummer", sa.String(10)),
        sa.Column("ort", sa.String(60)),
        sa.Column("födelsedatum", sa.Date),
        sa.Column("kön", sa.String(1)),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_interaction", sa.DateTime),
        sa.Column("anteckningar", sa.Text),
        sa.Column("nyhetsbrev", sa.Boolean),
        sa.Column("lojalitetspoäng", sa.Float),
    )
    t["foretag"] = sa.Table(
        "foretag", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("namn", sa.String(120), nullable=False),
        sa.Column("organisationsnummer", sa.String(13), nullable=False),
        sa.Column("land", sa.String(2), nullable=False),
        sa.Column("iban", sa.String(40)),
        sa.Column("bankgiro", sa.String(10)),
    )
    t["anstallda"] = sa.Table(
        "anstallda", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("namn", sa.String(120), nullable=False),
        sa.Column("epost", sa.String(120)),
        sa.Column("mobil", sa.String(24)),
        sa.Column("kontonummer", sa.String(13)),
        sa.Column("lön", sa.Float),
        sa.Column("avdelning", sa.String(40)),
    )
    t["order"] = sa.Table(
        "order", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kontakt_id", sa.Integer, sa.ForeignKey("kontakter.id"), nullable=False),
        sa.Column("ordernummer", sa.String(10), nullable=False, unique=True),
        sa.Column("belopp", sa.Float, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("skapad", sa.DateTime, nullable=False),
    )
    t["webbsessioner"] = sa.Table(
        "webbsessioner", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kontakt_id", sa.Integer, sa.ForeignKey("kontakter.id")),
        sa.Column("ip_adress", sa.String(45)),
        sa.Column("user_agent", sa.String(200)),
        sa.Column("url", sa.String(200)),
        sa.Column("startad", sa.DateTime),
        sa.Column("session_token", sa.String(64)),
    )
    t["Kund Notering"] = sa.Table(
        "Kund Notering", md,
        sa.Column("Förnamn", sa.String(60)),
        sa.Column('a"b', sa.String(120)),
        sa.Column("select", sa.String(24)),
    )
    return md, t


# --------------------------------------------------------------------------
# generation


def _between(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    seconds = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=rng.randrange(seconds + 1))


class _People:
    """Names and addresses per country; Faker instances seeded from ``rng``."""

    def __init__(self, rng: random.Random):
        from faker import Faker

        self.rng = rng
        self.fakers = {}
        for cc in COUNTRIES[:4]:  # is_IS falls back to en_US for addresses: built-in lists instead
            fk = Faker(_FAKER_LOCALE[cc])
            fk.seed_instance(rng.getrandbits(32))
            self.fakers[cc] = fk
        self.net = Faker("en_US")
        self.net.seed_instance(rng.getrandbits(32))

    def name(self, cc: str, male: bool) -> tuple[str, str]:
        if cc == "IS":
            first = self.rng.choice(_IS_MALE if male else _IS_FEMALE)
            return first, self.rng.choice(_IS_FATHERS) + ("son" if male else "dóttir")
        fk = self.fakers[cc]
        first = fk.first_name_male() if male else fk.first_name_female()
        return first, fk.last_name()

    def address(self, cc: str) -> tuple[str, str, str]:
        rng = self.rng
        if cc == "IS":
            postcode, town = rng.choice(_IS_PLACES)
            return f"{rng.choice(_IS_STREETS)} {rng.randrange(1, 120)}", postcode, town
        fk = self.fakers[cc]
        street, city = fk.street_address(), fk.city()
        if cc == "SE":
            postcode = f"{rng.randrange(100, 985)} {rng.randrange(100):02d}"
        elif cc == "NO":
            postcode = f"{rng.randrange(1, 9992):04d}"
        elif cc == "DK":
            postcode = f"{rng.randrange(1000, 9991)}"
        else:
            postcode = f"{rng.randrange(100, 99900):05d}"
        return street, postcode, city


def _national_id(rng: random.Random, cc: str, birth: dt.date, male: bool) -> tuple[str, dt.date, dict]:
    """The contact's national ID; may move the birth date (DK numbers without
    mod-11 are issued for 1 January births).  Returns (id, birth, flags)."""
    flags: dict[str, Any] = {}
    if cc == "SE":
        samordning = rng.random() < 0.06
        form = rng.choices(("long", "short", "compact"), (60, 25, 15))[0]
        flags["samordning"] = samordning
        return se_personnummer(rng, birth, male, samordning=samordning, form=form), birth, flags
    if cc == "NO":
        return no_fodselsnummer(rng, birth, male, d_number=rng.random() < 0.07), birth, flags
    if cc == "DK":
        if rng.random() < 0.12:
            birth = dt.date(rng.choice(DK_NO_MOD11_YEARS), 1, 1)
            return dk_cpr(rng, birth, male, mod11=False), birth, flags
        return dk_cpr(rng, birth, male), birth, flags
    if cc == "FI":
        new_sign = rng.random() < 0.04
        flags["new_sign"] = new_sign
        return fi_hetu(rng, birth, male, new_sign=new_sign), birth, flags
    return is_kennitala(rng, birth), birth, flags


def _note(rng: random.Random, people: _People, cc: str) -> str | None:
    roll = rng.random()
    if roll < 0.18:
        return None
    if roll < 0.25:
        return ""
    lang = _LANG[cc]
    templates = _NOTES[lang]
    kind = rng.choices(("plain", "phone", "email", "person"), (68, 14, 11, 7))[0]
    text = rng.choice(templates[kind])
    fields = {"inv": rng.randrange(10000, 99999), "month": rng.choice(_MONTHS[lang])}
    if kind == "phone":
        fields["phone"] = phone_number(rng, cc, rng.choice(("national", "international")))
    elif kind == "email":
        first, last = people.name(cc, rng.random() < 0.5)
        fields["email"] = _email(rng, first, last)
    elif kind == "person":
        first, last = people.name(cc, rng.random() < 0.5)
        fields["person"] = f"{first} {last}"
    return text.format(**fields)


def _rows(contacts: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    people = _People(rng)
    start = dt.datetime(2016, 1, 1)
    rows: dict[str, list[dict[str, Any]]] = {}

    # kontakter ------------------------------------------------------------
    kontakter = []
    created: list[dt.datetime] = []
    for i in range(1, contacts + 1):
        cc = rng.choices(COUNTRIES, _COUNTRY_WEIGHTS)[0]
        male = rng.random() < 0.5
        birth = _random_birth(rng)
        pid, birth, flags = _national_id(rng, cc, birth, male)
        first, last = people.name(cc, male)
        street, postcode, city = people.address(cc)
        earliest = max(start, dt.datetime(birth.year + 16, birth.month, 1))
        if flags.get("new_sign"):  # the 2023 HETU signs are issued from 2023-12-19 on
            earliest = max(earliest, dt.datetime(2024, 1, 1))
        created_at = _between(rng, earliest, REFERENCE_TIME - dt.timedelta(days=20))
        last_interaction = None if rng.random() < 0.05 else _between(rng, created_at, REFERENCE_TIME)
        style = rng.choices(("national", "international", "e164"), (60, 30, 10))[0]
        kontakter.append({
            "id": i,
            "förnamn": first,
            "efternamn": last,
            "personnummer": pid,
            "land": cc,
            "email": None if rng.random() < 0.04 else _email(rng, first, last),
            "telefon": None if rng.random() < 0.05 else phone_number(rng, cc, style),
            "gatuadress": street,
            "postnummer": postcode,
            "ort": city,
            "födelsedatum": birth,
            "kön": "M" if male else "K",
            "created_at": created_at,
            "last_interaction": last_interaction,
            "anteckningar": _note(rng, people, cc),
            "nyhetsbrev": rng.random() < 0.4,
            "lojalitetspoäng": round(rng.uniform(0, 5000), 1),
        })
        created.append(created_at)
    rows["kontakter"] = kontakter

    # foretag --------------------------------------------------------------
    foretag = []
    for i in range(1, max(5, contacts // 10) + 1):
        cc = rng.choices(COUNTRIES, (35, 25, 20, 15, 5))[0]
        male = rng.random() < 0.5
        surname = people.name(cc, male)[1]
        word = rng.choice(_COMPANY_WORDS[cc])
        suffix = _COMPANY_SUFFIX[cc]
        holder = None
        if cc == "SE":
            group = rng.choices((5, 9, 7), (85, 10, 5))[0]
            suffix = {5: "AB", 9: rng.choice(("HB", "KB")), 7: "ek. för."}[group]
            orgnr = se_orgnr(rng, group)
        elif cc == "NO":
            orgnr = no_orgnr(rng)
        elif cc == "DK":
            orgnr = dk_cvr(rng)
        elif cc == "FI":
            orgnr = fi_ytunnus(rng)
        else:
            founded = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(20000))
            orgnr = holder = is_kennitala(rng, founded, organisation=True)
        if rng.random() < 0.6:
            namn = f"{surname} {word} {suffix}"
        else:
            namn = f"{word}{rng.choice(_COMPANY_TAIL[cc])} {suffix}"
        number = iban(rng, cc, holder_kennitala=holder)
        foretag.append({
            "id": i,
            "namn": namn,
            "organisationsnummer": orgnr,
            "land": cc,
            "iban": _iban_print(number) if rng.random() < 0.2 else number,
            "bankgiro": se_bankgiro(rng) if cc == "SE" and rng.random() < 0.85 else None,
        })
    rows["foretag"] = foretag

    # anstallda: the vendor's own staff -------------------------------------
    anstallda = []
    seen_mail: set[str] = set()
    for i in range(1, max(5, contacts // 40) + 1):
        cc = rng.choices(("SE", "NO", "DK", "FI"), (45, 35, 10, 10))[0]
        male = rng.random() < 0.5
        first, last = people.name(cc, male)
        local = f"{_ascii(first).lower()}.{_ascii(last).lower()}".replace(" ", "")
        mail, n = local, 2
        while mail in seen_mail:
            mail, n = f"{local}{n}", n + 1
        seen_mail.add(mail)
        lo, hi = _SALARY[cc]
        anstallda.append({
            "id": i,
            "namn": f"{first} {last}",
            "epost": f"{mail}@nordcrm.example.com",
            "mobil": phone_number(rng, cc, "international", mobile=True),
            "kontonummer": no_kontonr(rng) if cc == "NO" else None,
            "lön": float(round(rng.uniform(lo, hi), -2)),
            "avdelning": rng.choice(_DEPARTMENTS),
        })
    rows["anstallda"] = anstallda

    # order: uniform random 10-digit order numbers ---------------------------
    orders = []
    seen_orders: set[str] = set()
    for i in range(1, (contacts * 3 // 2 if contacts else 0) + 1):
        kontakt = rng.randrange(contacts) + 1
        while True:
            ordernummer = f"{rng.randrange(10 ** 10):010d}"
            if ordernummer not in seen_orders:
                seen_orders.add(ordernummer)
                break
        orders.append({
            "id": i,
            "kontakt_id": kontakt,
            "ordernummer": ordernummer,
            "belopp": round(min(250000.0, rng.lognormvariate(6.5, 1.1)), 2),
            "status": rng.choice(_STATUSES),
            "skapad": _between(rng, created[kontakt - 1], REFERENCE_TIME),
        })
    rows["order"] = orders

    # webbsessioner --------------------------------------------------------
    sessions = []
    for i in range(1, contacts * 2 + 1):
        kontakt = rng.randrange(contacts) + 1
        anonymous = rng.random() < 0.1
        path = rng.choice(_PATHS).format(slug=rng.choice(_SLUGS), n=rng.randrange(100, 999))
        ua = rng.choice(_UA).format(v=rng.randrange(120, 132), s=f"17.{rng.randrange(6)}",
                                    f=rng.randrange(118, 133), i=rng.randrange(6))
        sessions.append({
            "id": i,
            "kontakt_id": None if anonymous else kontakt,
            "ip_adress": people.net.ipv6() if rng.random() < 0.3 else people.net.ipv4_public(),
            "user_agent": ua,
            "url": f"https://www.example.com{path}",
            "startad": _between(rng, dt.datetime(2024, 1, 1) if anonymous else max(created[kontakt - 1], dt.datetime(2024, 1, 1)), REFERENCE_TIME),
            "session_token": f"{rng.getrandbits(128):032x}",
        })
    rows["webbsessioner"] = sessions

    # "Kund Notering": awkward identifiers ----------------------------------
    awkward = []
    for _ in range(max(5, contacts // 20)):
        cc = rng.choices(COUNTRIES, _COUNTRY_WEIGHTS)[0]
        male = rng.random() < 0.5
        first, last = people.name(cc, male)
        awkward.append({
            "Förnamn": first,
            'a"b': _email(rng, first, last),
            "select": phone_number(rng, cc, rng.choice(("national", "international"))),
        })
    rows["Kund Notering"] = awkward
    return rows


def generate_crm(path: Path, *, contacts: int = 2000, seed: int = 7) -> dict[str, int]:
    """Write the demo CRM to ``path`` (SQLite) atomically; return ``{table: rows}``.

    The database is built in a temporary file beside ``path`` and moved over
    it with ``os.replace`` only once complete, so a reader never sees half a
    database and a failed run leaves nothing behind.  Same ``(contacts,
    seed)``, same rows in the same order.
    """
    if contacts < 0:
        raise ValueError("contacts must be >= 0")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = _rows(contacts, seed)
    md, tables = _schema()

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); give the result the mode an
        # ordinary file would get, or keep the mode of the file it replaces
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(tmp)), poolclass=NullPool)
        try:
            md.create_all(engine)
            with engine.begin() as conn:
                for name, table in tables.items():
                    if rows[name]:
                        conn.execute(table.insert(), rows[name])
        finally:
            engine.dispose()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return {name: len(rows[name]) for name in tables}


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - thin wrapper
    import argparse
    import time

    ap = argparse.ArgumentParser(description="Write the synthetic Nordic CRM demo database.")
    ap.add_argument("path", type=Path)
    ap.add_argument("--contacts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    summary = generate_crm(args.path, contacts=args.contacts, seed=args.seed)
    for table, n in summary.items():
        print(f"{table:16} {n:6d}")
    print(f"written {args.path} in {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
