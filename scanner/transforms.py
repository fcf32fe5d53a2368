"""Keyed transforms for ``nordpii anonymise``: pseudonyms, surrogates,
generalisations, date shifts and free-text redaction.

Every keyed transform is an HMAC-SHA256 under the user's key with its own
purpose label (domain separation), so the same input gives the same output in
every table, file and run with the same key, and a different key gives
outputs that cannot be linked to the first.  The key never appears in a
``repr``, a message or a log line.

Surrogates are fake values of the same kind that still validate (the national
identity numbers pass the same checks as nordpii's recognizers and
python-stdnum apply), drawn from a ``random.Random`` seeded with the HMAC of
the value's canonical form: deterministic, and never the input itself.

>>> key = Key(b"an example key, 32 bytes long..!")
>>> pseudonym(key, "19121212-1212", entity="SE_PERSONNUMMER") == pseudonym(key, "191212121212", entity="SE_PERSONNUMMER")
True
>>> pseudonym_int(key, 42) == pseudonym_int(key, "42")
True
>>> generalise("1985-06-30", "birth_year")
1985
>>> generalise("114 55", "postcode_prefix")
'11'
>>> generalise(31250, "band", width=5000)
'30000-34999'
>>> generalise("2024-03-05T10:11:12", "month")
'2024-03'
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

MIN_KEY_BYTES = 16
KEY_ENV = "NORDPII_KEY"


class KeyMissing(Exception):
    """No usable key: one line for the user, never the key itself."""


class TransformError(ValueError):
    """The value is not one this transform can read (written as NULL)."""


class Key:
    """The user's secret; HMAC-SHA256 per purpose.  Never shown."""

    __slots__ = ("_secret", "_macs")

    def __init__(self, secret: bytes):
        if isinstance(secret, str):
            secret = secret.encode("utf-8")
        if not isinstance(secret, bytes | bytearray) or len(secret) < MIN_KEY_BYTES:
            raise KeyMissing(f"the key must be at least {MIN_KEY_BYTES} bytes")
        self._secret = bytes(secret)
        self._macs: dict[str, Any] = {}

    @classmethod
    def load(cls, key_file: str | os.PathLike | None = None) -> Key:
        """From ``--key-file`` (its contents, one trailing newline stripped) or ``NORDPII_KEY``."""
        if key_file is not None:
            try:
                secret = Path(key_file).read_bytes()
            except OSError as e:
                raise KeyMissing(f"cannot read the key file {key_file}: {e.strerror or type(e).__name__}") from None
            secret = secret.rstrip(b"\r\n")
            where = f"the key file {key_file}"
        else:
            env = os.environ.get(KEY_ENV)
            if not env:
                raise KeyMissing(f"no key: set {KEY_ENV} or give --key-file (there is no default key)")
            secret = env.encode("utf-8")
            where = KEY_ENV
        if len(secret) < MIN_KEY_BYTES:
            raise KeyMissing(f"{where} holds fewer than {MIN_KEY_BYTES} bytes: use a longer key")
        return cls(secret)

    def __repr__(self) -> str:
        return f"Key(fingerprint={self.fingerprint()})"

    __str__ = __repr__

    def __reduce__(self):  # picklable (process pools), without the cache
        return (Key, (self._secret,))

    def _subkey(self, purpose: str) -> bytes:
        k = self._macs.get(purpose)
        if k is None:
            k = self._macs[purpose] = hmac.digest(self._secret, b"nordpii/" + purpose.encode(), "sha256")
        return k

    def digest(self, purpose: str, text: str) -> bytes:
        """HMAC-SHA256 of ``text`` under this key's sub-key for ``purpose`` (one C call)."""
        return hmac.digest(self._subkey(purpose), text.encode("utf-8", "surrogatepass"), "sha256")

    def fingerprint(self) -> str:
        """12 hex characters that identify the key in a report without revealing it."""
        return self.digest("fingerprint", "nordpii key fingerprint").hex()[:12]


# -- canonical forms ---------------------------------------------------------

_SPACES = re.compile(r"\s+")
NATIONAL_IDS = ("SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA")


@lru_cache(maxsize=None)
def _recognizer(entity: str):
    import importlib

    module, cls = {
        "SE_PERSONNUMMER": ("recognizers.se_personnummer", "NordicSePersonnummerRecognizer"),
        "NO_FODSELSNUMMER": ("recognizers.no_fodselsnummer", "NoFodselsnummerRecognizer"),
        "DK_CPR": ("recognizers.dk_cpr", "DkCprRecognizer"),
        "FI_PERSONAL_IDENTITY_CODE": ("recognizers.fi_hetu", "FiHetuRecognizer"),
        "IS_KENNITALA": ("recognizers.is_kennitala", "IsKennitalaRecognizer"),
    }[entity]
    return getattr(importlib.import_module(module), cls)


def _check(entity: str, text: str):
    return _recognizer(entity).check(text)


def canonical(text: str, entity: str | None = None) -> str:
    """One string per identifier, whatever its written form.

    >>> canonical("811228-9874", "SE_PERSONNUMMER")
    '198112289874'
    >>> canonical("se45 5000 0000 0583 9825 7466", "IBAN_CODE")
    'SE4550000000058398257466'
    >>> canonical("  Åsa   Öberg ")
    'Åsa Öberg'
    """
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", str(text)).strip())
    if entity is None:
        return text
    if entity == "SE_PERSONNUMMER":
        digits = re.sub(r"[\s+-]", "", text)
        if len(digits) == 10 and digits.isdigit():
            c = _check(entity, text)
            if c.valid and c.birth_year:
                return f"{c.birth_year // 100}{digits}"
        return digits
    if entity in ("NO_FODSELSNUMMER", "DK_CPR", "IS_KENNITALA", "IBAN_CODE", "CREDIT_CARD", "NO_BANK_ACCOUNT"):
        return re.sub(r"[\s.-]", "", text).upper()
    if entity == "FI_PERSONAL_IDENTITY_CODE":
        return text.replace(" ", "").upper()
    if entity == "EMAIL_ADDRESS":
        return text.casefold()
    if entity == "PHONE_NUMBER":
        return _phone_canonical(text)
    if entity == "PERSON":
        return text.casefold()
    return text


_NOT_DIGIT = re.compile(r"\D")


def _phone_canonical(text: str) -> str:
    """E.164-like: "+46 70-174 06 05", "0046701740605" and "070-174 06 05" agree.

    A national number is read as the first Nordic country whose plan it fits
    (a trunk 0: Sweden; eight digits: Norway; seven: Iceland), so one written
    form always gives one canonical string; it is a key for pseudonyms, not a
    validation (phonenumbers is too slow for a million rows).

    >>> _phone_canonical("070-174 06 05") == _phone_canonical("+46 70 174 06 05") == "+46701740605"
    True
    """
    t = text.strip()
    digits = _NOT_DIGIT.sub("", t)
    if t.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0") and 7 <= len(digits) <= 12:
        return "+46" + digits[1:]
    if len(digits) == 8:
        return "+47" + digits
    if len(digits) == 7:
        return "+354" + digits
    return digits


# -- pseudonyms --------------------------------------------------------------


def pseudonym(key: Key, text: str, *, entity: str | None = None, length: int = 20) -> str:
    """A keyed token: the first ``length`` (8-64) hex digits of the HMAC."""
    if not 8 <= length <= 64:
        raise ValueError("a pseudonym is 8 to 64 characters long")
    return key.digest("pseudonym", canonical(text, entity)).hex()[:length]


def pseudonym_int(key: Key, value: Any, *, bits: int = 62) -> int:
    """A keyed positive integer of at most ``bits`` (16-63) bits; 42 and "42" agree."""
    if not 16 <= bits <= 63:
        raise ValueError("an integer pseudonym has 16 to 63 bits")
    if isinstance(value, bool):
        text = str(int(value))
    elif isinstance(value, int):
        text = str(value)
    else:
        text = canonical(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
        if re.fullmatch(r"[+-]?\d+", text):
            text = str(int(text))
    n = int.from_bytes(key.digest("pseudonym-int", text)[:8], "big") >> (64 - bits)
    return n or 1


# -- national identity numbers -----------------------------------------------


def _sex_digit(entity: str, digits: str) -> int | None:
    """The digit whose parity is the legal sex (odd: male), or None."""
    if entity == "SE_PERSONNUMMER":
        return int(digits[-2])
    if entity == "NO_FODSELSNUMMER":
        return int(digits[8])
    if entity == "DK_CPR":
        return int(digits[9])
    if entity == "FI_PERSONAL_IDENTITY_CODE":
        return int(digits[9])
    return None


def _date_of(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_id(entity: str, text: str) -> dict | None:
    """Birth date (or None), sex, and the written form of a valid number."""
    c = _check(entity, text)
    if not c.valid:
        return None
    t = text.strip()
    info: dict[str, Any] = {"year": c.birth_year, "kind": c.kind, "sex": None, "date": None}
    if entity == "SE_PERSONNUMMER":
        digits = t.replace("-", "").replace("+", "")
        short = digits[-10:]
        mm, dd = int(short[2:4]), int(short[4:6])
        info.update(long=len(digits) == 12, sep="+" if "+" in t else ("-" if "-" in t else ""),
                    coord=dd >= 60, sex="M" if _sex_digit(entity, short) % 2 else "F",
                    no_month=mm == 0, no_day=dd in (0, 60))
        dd = dd - 60 if dd >= 60 else dd
        if c.birth_year and mm and dd:
            info["date"] = _date_of(c.birth_year, mm, dd)
    elif entity == "NO_FODSELSNUMMER":
        digits = t.replace(" ", "")
        d, m = int(digits[:2]), int(digits[2:4])
        fh = digits[0] in "89"
        info.update(fh=fh, sep=" " if " " in t else "")
        if not fh:
            info["sex"] = "M" if int(digits[8]) % 2 else "F"
            d_off = 40 if d > 40 else 0
            m_off = next((o for o in (80, 65, 40) if m > o), 0)
            info.update(d_off=d_off, m_off=m_off)
            if c.birth_year:
                info["date"] = _date_of(c.birth_year, m - m_off, d - d_off)
    elif entity == "DK_CPR":
        digits = t.replace("-", "")
        info.update(sep="-" if "-" in t else "", sex="M" if int(digits[9]) % 2 else "F")
        if c.birth_year:
            info["date"] = _date_of(c.birth_year, int(digits[2:4]), int(digits[:2]))
    elif entity == "FI_PERSONAL_IDENTITY_CODE":
        info.update(sign=t[6], lower=t != t.upper(), temp=int(t[7:10]) >= 900,
                    sex="M" if int(t[9]) % 2 else "F")
        if c.birth_year:
            info["date"] = _date_of(c.birth_year, int(t[2:4]), int(t[:2]))
    elif entity == "IS_KENNITALA":
        digits = t.replace("-", "").replace(" ", "")
        info.update(sep="-" if "-" in t else "", century=digits[9])
        if c.birth_year:
            info["date"] = _date_of(c.birth_year, int(digits[2:4]), int(digits[:2]))
    return info


def birth_date_and_sex(text: Any, entity: str | None = None) -> tuple[dt.date | None, str | None] | None:
    """(birth date, "F"/"M" or None) of a valid national ID, else None.

    >>> birth_date_and_sex("811228-9874")
    (datetime.date(1981, 12, 28), 'M')
    >>> birth_date_and_sex("not a number") is None
    True
    """
    if text is None:
        return None
    text = str(text)
    for e in (entity,) if entity else NATIONAL_IDS:
        info = _parse_id(e, text)
        if info is not None and info["date"] is not None:
            return info["date"], info["sex"]
    return None


def _luhn_digit(digits: str) -> str:
    from stdnum import luhn

    return luhn.calc_check_digit(digits)


# Drawn birth years: a fixed window, not one that moves with today's date, so
# the same input and key give the same surrogate in every run, whatever year.
DRAWN_YEARS = (1940, 2005)


def _year_for(rng: random.Random, info: dict, keep_year: bool, lo: int, hi: int) -> int:
    if keep_year and info.get("year"):
        return info["year"]
    a, b = max(lo, DRAWN_YEARS[0]), min(hi, DRAWN_YEARS[1])
    if a > b:  # a century outside the window (an 1800s CPR or kennitala): stay in it
        a, b = lo, min(hi, lo + 99)
    return rng.randint(a, b)


def _day(rng: random.Random, year: int) -> tuple[int, int]:
    """A month and day (1-28, valid in every month); for a kept birth year of
    this very year, not after today (a number born tomorrow is invalid)."""
    today = dt.date.today()
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if year >= today.year and dt.date(year, m, d) > today:
        m, d = 1, 1
    return m, d


def _parity(rng: random.Random, sex: str | None, keep_sex: bool, digit: int) -> int:
    """``digit`` adjusted to the wanted parity (odd: male)."""
    want = (sex == "M") if keep_sex and sex else rng.random() < 0.5
    if (digit % 2 == 1) != want:
        digit = digit + 1 if digit < 9 else digit - 1
    return digit


def _se(rng, info, keep_year, keep_sex) -> str:
    if info["sep"] == "+":  # aged 100 or more
        year = _year_for(rng, info, keep_year, 1900, 1920)
    else:
        year = _year_for(rng, info, keep_year, 1900, 2099)
    m, d = _day(rng, year)
    if info["no_month"]:
        m = 0  # Skatteverket's unknown month and day stay unknown
    if info["no_day"]:
        d = 0
    if info["coord"]:
        d += 60
    serial = f"{rng.randint(0, 99):02d}{_parity(rng, info['sex'], keep_sex, rng.randint(0, 9))}"
    short = f"{year % 100:02d}{m:02d}{d:02d}{serial}"
    short += _luhn_digit(short)
    head = f"{year // 100}{short[:6]}" if info["long"] else short[:6]
    return f"{head}{info['sep']}{short[6:]}"


def _no(rng, info, keep_year, keep_sex) -> str:
    from stdnum.no import fodselsnummer as fnr

    for _ in range(200):
        if info.get("fh"):
            body = f"{rng.choice('89')}{rng.randint(0, 99999999):08d}"
        else:
            year = _year_for(rng, info, keep_year, 1900, 2039)
            m, d = _day(rng, year)
            if 1900 <= year <= 1999:
                ind = rng.randint(0, 499)
            else:  # 2000-2039
                ind = rng.randint(500, 999)
            ind = ind - ind % 10 + _parity(rng, info["sex"], keep_sex, ind % 10)
            if year >= 2000 and ind < 500 or year < 2000 and ind > 499:
                continue
            body = f"{d + info['d_off']:02d}{m + info['m_off']:02d}{year % 100:02d}{ind:03d}"
        k1 = fnr.calc_check_digit1(body)
        if len(k1) != 1:
            continue
        k2 = fnr.calc_check_digit2(body + k1)
        number = body + k1 + k2
        if len(number) == 11:
            if info["sep"]:
                number = f"{number[:6]} {number[6:]}"
            if _check("NO_FODSELSNUMMER", number).valid:
                return number
    raise TransformError("no surrogate found")


_DK_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _dk_century_digits(year: int) -> list[int]:
    yy = year % 100
    out = []
    for digit in range(10):
        if digit <= 3:
            c = 1900
        elif digit in (4, 9):
            c = 2000 if yy <= 36 else 1900
        else:
            c = 2000 if yy <= 57 else 1800
        if c + yy == year:
            out.append(digit)
    return out


def _dk(rng, info, keep_year, keep_sex) -> str:
    for _ in range(500):
        year = _year_for(rng, info, keep_year, 1900, 2036)
        options = _dk_century_digits(year)
        if not options:
            continue
        m, d = _day(rng, year)
        seventh = rng.choice(options)
        last = _parity(rng, info["sex"], keep_sex, rng.randint(0, 9))
        digits = f"{d:02d}{m:02d}{year % 100:02d}{seventh}{rng.randint(0, 99):02d}{last}"
        if sum(int(a) * w for a, w in zip(digits, _DK_WEIGHTS)) % 11:
            continue  # modulus 11 holds: valid under the old rule too
        number = f"{digits[:6]}{info['sep']}{digits[6:]}"
        if _check("DK_CPR", number).valid:
            return number
    raise TransformError("no surrogate found")


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


def _fi(rng, info, keep_year, keep_sex) -> str:
    sign = info["sign"].upper()
    century = next(c for c, s in _FI_SIGNS.items() if sign in s)
    year = _year_for(rng, info, keep_year, century, century + 99)
    if year // 100 * 100 != century:  # keep the century its sign says
        year = info["year"] if info.get("year") else century + 50
    m, d = _day(rng, year)
    lo, hi = (900, 999) if info["temp"] else (2, 899)
    ind = rng.randint(lo, hi)
    ind = ind - ind % 10 + _parity(rng, info["sex"], keep_sex, ind % 10)
    if ind > hi:  # parity kept: two steps back into the range
        ind -= 2
    elif ind < lo:
        ind += 2
    body = f"{d:02d}{m:02d}{year % 100:02d}"
    number = f"{body}{sign}{ind:03d}{_FI_CHECK[int(body + f'{ind:03d}') % 31]}"
    return number.lower() if info["lower"] else number


def _is(rng, info, keep_year, keep_sex) -> str:
    century = {"8": 1800, "9": 1900, "0": 2000}[info["century"]]
    for _ in range(200):
        year = _year_for(rng, info, keep_year, century, century + 99)
        if year // 100 * 100 != century:
            year = info["year"] or century + 50
        m, d = _day(rng, year)
        body = f"{d:02d}{m:02d}{year % 100:02d}{rng.randint(20, 99):02d}"
        s = sum(int(a) * w for a, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        check = 0 if s == 0 else 11 - s
        if check == 10:
            continue
        digits = f"{body}{check}{info['century']}"
        number = f"{digits[:6]}{info['sep']}{digits[6:]}"
        if _check("IS_KENNITALA", number).valid:
            return number
    raise TransformError("no surrogate found")


_ID_MAKERS = {"SE_PERSONNUMMER": _se, "NO_FODSELSNUMMER": _no, "DK_CPR": _dk,
              "FI_PERSONAL_IDENTITY_CODE": _fi, "IS_KENNITALA": _is}


# -- other surrogates --------------------------------------------------------


def _iban(rng: random.Random, text: str) -> str:
    from stdnum import iban

    compact = iban.compact(text)
    if not iban.is_valid(compact):
        raise TransformError("not a valid IBAN_CODE")
    country, bban = compact[:2], compact[4:]
    for _ in range(500):
        new = "".join(str(rng.randint(0, 9)) if ch.isdigit() else ch for ch in bban)
        check = 98 - int("".join(str(int(ch, 36)) for ch in new + country + "00")) % 97
        candidate = f"{country}{check:02d}{new}"
        if candidate != compact and iban.is_valid(candidate):
            if " " in text.strip():
                candidate = " ".join(candidate[i:i + 4] for i in range(0, len(candidate), 4))
            # Written in lower case ("se45 ..."), the surrogate is too.
            return candidate.lower() if text.strip()[:2].islower() else candidate
    raise TransformError("no surrogate found")


def _phone(rng: random.Random, text: str) -> str:
    import phonenumbers

    parsed = None
    for region in (None, "SE", "NO", "DK", "FI", "IS"):
        try:
            n = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            parsed, used = n, region
            break
    if parsed is None:
        raise TransformError("not a valid PHONE_NUMBER")
    region = phonenumbers.region_code_for_number(parsed)
    national = str(parsed.national_number)
    # Digits of the written form: the country code and the first two national
    # digits (mobile or area prefix) stay, the rest are drawn anew.
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    keep = len(positions) - len(national) + 2
    for _ in range(500):
        chars = list(text)
        for i in positions[keep:]:
            chars[i] = str(rng.randint(0, 9))
        candidate = "".join(chars)
        if candidate == text:
            continue
        try:
            n = phonenumbers.parse(candidate, used)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return candidate
    raise TransformError("no surrogate found")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")


def _email(rng: random.Random, text: str) -> str:
    if not _EMAIL.match(text.strip()):
        raise TransformError("not a valid EMAIL_ADDRESS")
    first, last = rng.choice(_names("en_US")[0]), rng.choice(_names("en_US")[1])
    local = _ascii(f"{first}.{last}").lower()
    # 40 random bits: two inputs share an address about once in a million
    # million pairs, so a UNIQUE e-mail column stays unique
    return f"{local}.{rng.getrandbits(40):010x}@{rng.choice(_EXAMPLE_DOMAINS)}"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").replace(" ", "")


_LOCALES = ("sv_SE", "no_NO", "da_DK", "fi_FI", "en_US")


@lru_cache(maxsize=None)
def _names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, last names) of a Faker locale, in the list's own order."""
    import importlib

    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        raise TransformError(f"no names for locale {locale!r}") from None
    firsts = tuple(dict.fromkeys([*getattr(provider, "first_names", ()),
                                  *getattr(provider, "first_names_female", ()),
                                  *getattr(provider, "first_names_male", ())]))
    lasts = tuple(dict.fromkeys(getattr(provider, "last_names", ())))
    return firsts, lasts


@lru_cache(maxsize=None)
def _name_sets(locale: str) -> tuple[frozenset, frozenset]:
    firsts, lasts = _names(locale)
    return frozenset(n.casefold() for n in firsts), frozenset(n.casefold() for n in lasts)


def _guess_locale(tokens: list[str]) -> str:
    best, score = "sv_SE", 0
    for loc in _LOCALES:
        f, l = _name_sets(loc)
        s = sum(t.casefold() in f or t.casefold() in l for t in tokens)
        if s > score:
            best, score = loc, s
    return best


def _person(rng: random.Random, text: str, locale: str | None) -> str:
    tokens = [t for t in re.split(r"[\s,]+", text.strip()) if t]
    if not tokens or not any(ch.isalpha() for ch in text):
        raise TransformError("not a PERSON name")
    locale = locale or _guess_locale(tokens)
    firsts, lasts = _names(locale)
    fset, lset = _name_sets(locale)
    if len(tokens) == 1:
        t = tokens[0].casefold()
        pool = lasts if t in lset and t not in fset else firsts
        return rng.choice(pool)
    out = " ".join([*(rng.choice(firsts) for _ in tokens[:-1]), rng.choice(lasts)])
    if "," in text:  # "Last, First"
        parts = out.split(" ")
        out = f"{parts[-1]}, {' '.join(parts[:-1])}"
    return out


def kind_order(text: str, entities: Iterable[str]) -> list[str]:
    """``entities`` in the order to try them on ``text``: a national ID whose
    check digit holds before one that is valid without it (a kennitala is
    often also a CPR without modulus 11), otherwise as listed.

    >>> kind_order("120174-3399", ["DK_CPR", "IS_KENNITALA"])
    ['IS_KENNITALA', 'DK_CPR']
    """
    entities = list(entities)
    if len(entities) < 2:
        return entities

    def rank(e: str) -> int:
        if e not in _ID_MAKERS:
            return 1
        c = _check(e, text)
        return 0 if c.valid and c.checksum is True else 1

    return sorted(entities, key=rank)  # stable: the rules' order within a rank


def surrogate(key: Key, entity: str, text: str, *, keep_birth_year: bool = False, keep_sex: bool = False,
              locale: str | None = None) -> str:
    """A fake ``entity`` that validates, deterministic under ``key``; never ``text`` itself."""
    if text is None or not str(text).strip():
        raise TransformError(f"not a valid {entity}")
    text = str(text)
    seed = key.digest("surrogate/" + entity, canonical(text, entity))
    if entity in _ID_MAKERS:
        info = _parse_id(entity, text)
        if info is None:
            raise TransformError(f"not a valid {entity}")
        make = lambda rng: _ID_MAKERS[entity](rng, info, keep_birth_year, keep_sex)  # noqa: E731
    elif entity == "IBAN_CODE":
        make = lambda rng: _iban(rng, text)  # noqa: E731
    elif entity == "PHONE_NUMBER":
        make = lambda rng: _phone(rng, text)  # noqa: E731
    elif entity == "EMAIL_ADDRESS":
        make = lambda rng: _email(rng, text)  # noqa: E731
    elif entity == "PERSON":
        make = lambda rng: _person(rng, text, locale)  # noqa: E731
    else:
        raise TransformError(f"no surrogate for {entity}")
    rng = random.Random(seed)
    own = canonical(text, entity)
    for _ in range(50):
        out = make(rng)
        if canonical(out, entity) != own:
            return out
    raise TransformError("no surrogate found")


# -- generalisation ----------------------------------------------------------

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        d = _date_of(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return d
    found = birth_date_and_sex(text)
    if found:
        return found[0]
    raise TransformError("not a date or a national identity number")


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise TransformError("not a number")
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value).strip().replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        raise TransformError("not a number") from None


_SEX = {"m": "M", "male": "M", "man": "M", "mand": "M", "mann": "M", "mies": "M", "k": "F", "kvinna": "F",
        "kvinne": "F", "kvinde": "F", "f": "F", "female": "F", "woman": "F", "nainen": "F", "n": "F"}


def generalise(value: Any, method: str, *, as_of: dt.date | None = None, width: int | None = None,
               digits: int | None = None) -> Any:
    """The coarser value: a year, an age band, a sex, a postcode prefix, a band, a month."""
    if method in ("birth_year", "year"):
        return _as_date(value).year
    if method == "month":
        return _as_date(value).strftime("%Y-%m")
    if method == "age_band":
        born = _as_date(value)
        at = as_of or dt.date.today()
        age = at.year - born.year - ((at.month, at.day) < (born.month, born.day))
        if age < 0:
            raise TransformError("born after the reference date")
        w = width or 5
        lo = age // w * w
        return f"{lo}-{lo + w - 1}"
    if method == "sex":
        found = birth_date_and_sex(value) if value is not None else None
        if found and found[1]:
            return found[1]
        sex = _SEX.get(str(value).strip().casefold())
        if sex is None:
            raise TransformError("no sex to read")
        return sex
    if method == "postcode_prefix":
        d = re.sub(r"\D", "", str(value))
        n = digits or 2
        if len(d) < max(n, 3):
            raise TransformError("not a postcode")
        return d[:n]
    if method == "band":
        if not width:
            raise TransformError("a band needs a width")
        x = _number(value)
        lo = int(x // width * width)
        return f"{lo}-{lo + width - 1}"
    raise TransformError(f"unknown method {method}")


# -- date shift --------------------------------------------------------------


def _offset(key: Key, person: Any, max_days: int) -> int:
    if isinstance(person, int) and not isinstance(person, bool):
        p = str(person)
    else:
        p = canonical(str(person))
        if re.fullmatch(r"[+-]?\d+", p):
            p = str(int(p))
    n = int.from_bytes(key.digest("date-shift", p)[:4], "big") % (2 * max_days) - max_days
    return n + 1 if n >= 0 else n  # never 0: -max_days..-1, 1..max_days


def date_shift(key: Key, value: Any, person: Any, *, max_days: int = 180) -> Any:
    """``value`` moved by the person's own offset; the same type and written form."""
    if max_days < 1:
        raise ValueError("max_days must be at least 1")
    delta = dt.timedelta(days=_offset(key, person, max_days))
    if isinstance(value, dt.datetime | dt.date):
        return value + delta
    text = str(value)
    m = _ISO_DATE.match(text.strip())
    if not m:
        raise TransformError("not an ISO date")
    d = _date_of(int(m[1]), int(m[2]), int(m[3]))
    if d is None:
        raise TransformError("not an ISO date")
    lead = text[: len(text) - len(text.lstrip())]
    return f"{lead}{(d + delta).isoformat()}{text.strip()[10:]}"


# -- redaction ---------------------------------------------------------------


class Redactor:
    """Free text with every finding replaced by ``<ENTITY>`` (presidio-anonymizer)."""

    def __init__(self, config: Any):
        from presidio_anonymizer import AnonymizerEngine

        from scanner.detection import Detector

        self.config = config
        self.detector = Detector(config)
        self.engine = AnonymizerEngine()
        self.threshold = getattr(config, "threshold", 0.5)

    def __reduce__(self):
        return (Redactor, (self.config,))

    def redact(self, texts: Iterable[str | None]) -> list[tuple[str | None, Counter]]:
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        texts = list(texts)
        found = self.detector.detect([t for t in texts if t])
        out = []
        for t in texts:
            if not t:
                out.append((t, Counter()))
                continue
            hits = [h for h in found[t].hits if h.score >= self.threshold]
            if not hits:
                out.append((t, Counter()))
                continue
            results = [RecognizerResult(h.entity_type, h.start, h.end, h.score) for h in hits]
            ops = {h.entity_type: OperatorConfig("replace", {"new_value": f"<{h.entity_type}>"}) for h in hits}
            red = self.engine.anonymize(text=t, analyzer_results=results, operators=ops).text
            out.append((red, Counter(h.entity_type for h in _non_overlapping(hits))))
        return out


def _non_overlapping(hits: list) -> list:
    """The hits presidio-anonymizer keeps: longest first, no overlaps."""
    kept: list = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return kept
