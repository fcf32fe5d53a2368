"""Accuracy: precision and recall per entity, per value and per column, and
nordpii against Presidio's own Swedish and Finnish recognizers.

Everything runs on a labelled Nordic corpus generated here, at run time, from
``scanner.demo``'s identifier generators, Faker and a few lists: nothing is
read from or written to disk, and every value is synthetic.  Same ``--seed``,
same corpus, same tables.

Value level
    Labelled cells (a value alone, as a database column holds it) and
    labelled sentences in sv, no, da, fi and en (the value embedded with and
    without a context word, or after a short "label:").  Cells are detected
    with ``Detector.detect(values, column)``, so their column name acts as a
    hint the way it does in a scan; sentences are detected with no column.
    A labelled value is a true positive when a hit of its entity with score
    >= 0.5 overlaps its span; a hit of entity E with score >= 0.5 that
    overlaps no span labelled E is a false positive.  Negatives (look-alikes:
    order numbers, invalid check digits, product codes, versions, dates,
    amounts, companies, streets, cities, capitalised words, freephone and
    premium-rate numbers ...) carry no
    label, so every hit on them is a false positive.
Column level
    Labelled columns (``--size`` values each) in the five languages and
    English, positive and negative, through ``Detector.detect`` and
    ``verdicts.judge``.  A column labelled E that reports E is a true
    positive; a reported entity the column is not labelled with is a false
    positive.  Notes columns with 1-2% embedded identifiers are labelled
    with the embedded entity.
Presidio
    ``SePersonnummerRecognizer``, ``SeOrganisationsnummerRecognizer`` and
    ``FiPersonalIdentityCodeRecognizer`` from
    ``presidio_analyzer.predefined_recognizers``, instantiated directly and
    called with ``analyze(text, entities, nlp_artifacts=None)`` on every
    value-level case.  Their patterns are all validated, and a validated
    match scores 1.0 whatever the context, so context enhancement through an
    AnalyzerEngine would change nothing at the 0.5 threshold.

    python bench/accuracy.py [--seed N] [--size N]

Output masks every identifier (``scanner.masking.mask``); the exit code is 0
whatever the numbers (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import logging
import math
import random
import string
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

import phonenumbers  # noqa: E402
from faker import Faker  # noqa: E402
from stdnum import iban as stdnum_iban  # noqa: E402
from stdnum.dk import cpr as stdnum_cpr  # noqa: E402
from stdnum.fi import hetu as stdnum_hetu  # noqa: E402
from stdnum import luhn as stdnum_luhn  # noqa: E402
from stdnum.is_ import kennitala as stdnum_kennitala  # noqa: E402
from stdnum.no import fodselsnummer as stdnum_fnr  # noqa: E402
from stdnum.se import personnummer as stdnum_pnr  # noqa: E402

from scanner import demo  # noqa: E402
from scanner.demo import (  # noqa: E402
    DK_NO_MOD11_YEARS,
    dk_cpr,
    dk_cvr,
    fi_ytunnus,
    is_kennitala,
    luhn_digit,
    no_kontonr,
    no_orgnr,
    phone_number,
    se_bankgiro,
    se_orgnr,
    se_personnummer,
)
from scanner.detection import Detector  # noqa: E402
from scanner.masking import mask  # noqa: E402
from scanner.models import Sample, Unit  # noqa: E402
from scanner.verdicts import judge  # noqa: E402

THRESHOLD = 0.5
LANGS = ("sv", "no", "da", "fi", "en")
NATIONAL_IDS = ("SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA")
ENTITIES = (
    *NATIONAL_IDS, "SE_ORGANISATIONSNUMMER", "NO_ORGNR", "DK_CVR", "FI_BUSINESS_ID", "IBAN_CODE",
    "SE_BANKGIRO", "NO_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "PERSON",
)
PRESIDIO_ENTITIES = ("SE_PERSONNUMMER", "SE_ORGANISATIONSNUMMER", "FI_PERSONAL_IDENTITY_CODE")
SHORT = {
    "SE_PERSONNUMMER": "SE_PNR", "NO_FODSELSNUMMER": "NO_FNR", "DK_CPR": "DK_CPR",
    "FI_PERSONAL_IDENTITY_CODE": "FI_HETU", "IS_KENNITALA": "IS_KT", "SE_ORGANISATIONSNUMMER": "SE_ORG",
    "NO_ORGNR": "NO_ORG", "DK_CVR": "DK_CVR", "FI_BUSINESS_ID": "FI_YTUN", "IBAN_CODE": "IBAN",
    "SE_BANKGIRO": "SE_BG", "NO_BANK_ACCOUNT": "NO_ACC", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "IP_ADDRESS": "IP", "CREDIT_CARD": "CARD", "PERSON": "PERSON",
}


def _choose(rng: random.Random, weighted: dict[str, float]) -> str:
    return rng.choices(list(weighted), list(weighted.values()))[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _birth(rng: random.Random, first: int = 1936, last: int = 2008) -> dt.date:
    start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


# ==========================================================================
# the corpus: generators of labelled values and of negatives
# ==========================================================================

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_IBAN_OTHER = ("de_DE", "fr_FR", "nl_NL", "en_GB", "es_ES", "it_IT", "pl_PL", "de_CH", "nl_BE", "de_AT")
_NAME_LOCALES = {"SE": "sv_SE", "NO": "no_NO", "DK": "da_DK", "FI": "fi_FI", "GB": "en_GB", "US": "en_US"}
_LANG_COUNTRY = {"sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "en": "GB"}


class Gen:
    """Every generator: ``(value, variant)`` for positives, a value for negatives."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.fk = {}
        for cc, loc in _NAME_LOCALES.items():
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[cc] = f
        self.fk_iban = {}
        for loc in _IBAN_OTHER:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk_iban[loc] = f
        self.net = Faker("en_US")
        self.net.seed_instance(rng.getrandbits(32))

    # -- national identity numbers ------------------------------------------
    def se_pnr(self):
        rng = self.rng
        r = rng.random()
        if r < 0.03:  # a centenarian: the short form takes '+'
            birth = _birth(rng, 1906, 1924)
            return se_personnummer(rng, birth, form="short"), "centenarian '+'|short"
        if r < 0.04:  # Skatteverket test samordningsnummer: day 60 or month 00
            birth = _birth(rng)
            mm, dd = (birth.month, 60) if rng.random() < 0.5 else (0, birth.day + 60)
            ten = f"{birth.year % 100:02d}{mm:02d}{dd:02d}{_digits(rng, 3)}"
            ten += luhn_digit(ten)
            return f"{birth.year // 100}{ten}", "samordning unknown date|compact12"
        samordning = r < 0.12
        form = _choose(rng, {"long": 45, "short": 25, "compact12": 15, "compact10": 15})
        gen_form = {"compact12": "compact", "compact10": "short"}.get(form, form)
        value = se_personnummer(rng, _birth(rng), samordning=samordning, form=gen_form)
        if form == "compact10":
            value = value.replace("-", "")
        return value, f"{'samordningsnummer' if samordning else 'personnummer'}|{form}"

    def _no_number(self, kind: str) -> str:
        rng = self.rng
        while True:
            if kind == "FH-nummer":
                nine = rng.choice("89") + _digits(rng, 8)
            else:
                birth = _birth(rng)
                day = birth.day + (40 if kind == "D-nummer" else 0)
                month = birth.month + {"H-nummer": 40, "synthetic +65": 65, "synthetic +80": 80}.get(kind, 0)
                ind = (range(0, 500) if birth.year < 2000 else range(500, 1000))
                nine = f"{day:02d}{month:02d}{birth.year % 100:02d}{rng.choice(ind):03d}"
            k1 = demo._mod11(nine, _NO_W1)
            if k1 is None:
                continue
            k2 = demo._mod11(nine + str(k1), _NO_W2)
            if k2 is None:
                continue
            return f"{nine}{k1}{k2}"

    def no_fnr(self):
        kind = _choose(self.rng, {"fødselsnummer": 72, "D-nummer": 10, "H-nummer": 5, "FH-nummer": 5,
                                  "synthetic +65": 3, "synthetic +80": 5})
        n = self._no_number(kind)
        form = _choose(self.rng, {"compact": 75, "6 5": 20, "6-5": 5})
        if form != "compact":
            n = f"{n[:6]}{form[1]}{n[6:]}"
        return n, f"{kind}|{form}"

    def dk_cpr(self):
        rng = self.rng
        if rng.random() < 0.12:  # numbers without modulus 11 (1 January births, cpr.dk)
            v, kind = dk_cpr(rng, dt.date(rng.choice(DK_NO_MOD11_YEARS), 1, 1), mod11=False), "no mod-11"
        else:
            v, kind = dk_cpr(rng, _birth(rng)), "mod-11"
        form = "compact" if rng.random() < 0.25 else "6-4"
        return (v.replace("-", "") if form == "compact" else v), f"{kind}|{form}"

    def _hetu(self, birth: dt.date, sign: str, individual: int) -> str:
        date = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
        return f"{date}{sign}{individual:03d}{_HETU_CHECK[int(f'{date}{individual:03d}') % 31]}"

    def fi_hetu(self):
        rng = self.rng
        birth = _birth(rng)
        kind = _choose(rng, {"classic sign": 82, "2023 sign": 10, "temporary 9xx": 4, "lower case": 4})
        old = "-" if birth.year < 2000 else "A"
        new = rng.choice("YXWVU" if birth.year < 2000 else "BCDEF")
        sign = new if kind == "2023 sign" or (kind == "lower case" and rng.random() < 0.3) else old
        individual = rng.randrange(900, 1000) if kind == "temporary 9xx" else rng.randrange(2, 900)
        v = self._hetu(birth, sign, individual)
        return (v.lower() if kind == "lower case" else v), kind

    def is_kt(self):
        rng = self.rng
        form = "compact" if rng.random() < 0.3 else "6-4"
        if rng.random() < 0.05:  # issued since 2026-02-18 without a check digit
            birth = _birth(rng)
            while True:
                v = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randrange(20, 100)}" \
                    f"{rng.randrange(10)}{'9' if birth.year < 2000 else '0'}"
                if stdnum_kennitala.checksum(v) != 0:
                    break
            kind = "no check digit"
        else:
            v, kind = is_kennitala(rng, _birth(rng)).replace("-", ""), "check digit"
        return (v if form == "compact" else f"{v[:6]}-{v[6:]}"), f"{kind}|{form}"

    # -- organisations -------------------------------------------------------
    def se_org(self):
        rng = self.rng
        group = int(_choose(rng, {"5": 70, "2": 8, "7": 7, "8": 8, "9": 7}))
        v = se_orgnr(rng, group)
        form = _choose(rng, {"6-4": 68, "compact": 15, "16-prefix": 5, "VAT": 9, "VAT sole trader": 3})
        if form == "compact":
            v = v.replace("-", "")
        elif form == "16-prefix":
            v = "16" + v
        elif form == "VAT":
            v = f"SE{v.replace('-', '')}01"
        elif form == "VAT sole trader":
            v = f"SE{se_personnummer(rng, _birth(rng), form='short').replace('-', '')}01"
        return v, f"group {group}|{form}" if form != "VAT sole trader" else "enskild firma|VAT"

    def no_org(self):
        v = no_orgnr(self.rng)
        form = _choose(self.rng, {"3 3 3": 50, "compact": 35, "MVA": 15})
        if form == "compact":
            v = v.replace(" ", "")
        elif form == "MVA":
            v = f"NO {v} MVA" if self.rng.random() < 0.6 else f"NO{v.replace(' ', '')}MVA"
        return v, form

    def dk_cvr(self):
        v = dk_cvr(self.rng)
        form = _choose(self.rng, {"compact": 55, "DK prefix": 20, "DK spaced": 10, "pairs": 15})
        if form == "DK prefix":
            v = self.rng.choice(("DK", "DK-", "DK ")) + v
        elif form == "DK spaced":
            v = "DK " + " ".join(v[i:i + 2] for i in range(0, 8, 2))
        elif form == "pairs":
            v = " ".join(v[i:i + 2] for i in range(0, 8, 2))
        return v, form

    def fi_business(self):
        v = fi_ytunnus(self.rng)
        if self.rng.random() < 0.2:
            return "FI" + v.replace("-", ""), "ALV (FI prefix)"
        return v, "Y-tunnus"

    # -- banking ---------------------------------------------------------------
    def iban(self):
        rng = self.rng
        if rng.random() < 0.75:
            cc = rng.choice(demo.COUNTRIES)
            v, kind = demo.iban(rng, cc), "Nordic"
        else:
            loc = rng.choice(_IBAN_OTHER)
            while True:
                v = self.fk_iban[loc].iban()
                if stdnum_iban.is_valid(v):  # Faker's BBANs ignore some national checks
                    break
            kind = "other"
        if rng.random() < 0.4:
            return demo._iban_print(v), f"{kind} {v[:2]}|printed"
        return v, f"{kind} {v[:2]}|compact"

    def bankgiro(self):
        v = se_bankgiro(self.rng)
        return v, f"{len(v) - 1} digits"

    def no_account(self):
        v = no_kontonr(self.rng)
        form = _choose(self.rng, {"4.2.5": 50, "4 2 5": 20, "compact": 30})
        if form == "4 2 5":
            v = v.replace(".", " ")
        elif form == "compact":
            v = v.replace(".", "")
        return v, form

    # -- contact ---------------------------------------------------------------
    def phone(self, cc: str | None = None):
        rng = self.rng
        if cc is None and rng.random() < 0.05:
            region = rng.choice(("DE", "GB", "FR", "NL", "US", "PL"))
            while True:
                ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
                nsn = str(ex.national_number)
                ex.national_number = int(nsn[:-4] + _digits(rng, 4))
                if phonenumbers.is_valid_number(ex):
                    return phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.INTERNATIONAL), \
                        f"foreign {region}|international"
        cc = cc or _choose(rng, {"SE": 30, "NO": 20, "DK": 20, "FI": 20, "IS": 10})
        style = _choose(rng, {"national": 55, "international": 30, "e164": 10, "00": 5})
        v = phone_number(rng, cc, "e164" if style == "00" else style)
        if style == "00":
            v = "00" + v[1:]
        return v, f"{cc}|{style}"

    def name(self, cc: str, male: bool | None = None) -> tuple[str, str]:
        rng = self.rng
        male = rng.random() < 0.5 if male is None else male
        if cc == "IS":
            first = rng.choice(demo._IS_MALE if male else demo._IS_FEMALE)
            return first, rng.choice(demo._IS_FATHERS) + ("son" if male else "dóttir")
        f = self.fk["US" if cc == "US" else cc]
        return (f.first_name_male() if male else f.first_name_female()), f.last_name()

    def email(self):
        rng = self.rng
        first, last = self.name(rng.choice(("SE", "NO", "DK", "FI", "IS", "GB")))
        kind = _choose(rng, {"plain": 85, "non-ASCII local part": 4, "IDN domain": 3, "upper case": 4, "plus tag": 4})
        local = demo._local_part(rng, first, last)
        if rng.random() < 0.5:
            domain = rng.choice(demo._MAIL_DOMAINS)
        else:
            sub = rng.choice(("kund", "post", "mail", "bolaget", "firma", "yritys"))
            domain = f"{sub}.example.{rng.choice(('se', 'no', 'dk', 'fi', 'is', 'com'))}"
        if kind == "non-ASCII local part":
            local = f"{first.lower()}.{last.lower()}".replace(" ", "")
        elif kind == "IDN domain":
            domain = rng.choice(("räksmörgås.example", "blåbær.example", "ålesund.example", "hyvä.example"))
        elif kind == "plus tag":
            local += "+" + rng.choice(("crm", "faktura", "news"))
        v = f"{local}@{domain}"
        return (v.upper() if kind == "upper case" and rng.random() < 0.5 else
                (v[0].upper() + v[1:] if kind == "upper case" else v)), kind

    def ip(self):
        rng = self.rng
        kind = _choose(rng, {"IPv4 public": 40, "IPv4 private": 20, "IPv6 full": 25, "IPv6 compressed": 15})
        if kind == "IPv4 public":
            return self.net.ipv4_public(), kind
        if kind == "IPv4 private":
            return self.net.ipv4_private(), kind
        if kind == "IPv6 full":
            return self.net.ipv6(), kind
        head = rng.choice(("2a02", "2001", "2a00", "fe80", "2603"))
        groups = [f"{rng.getrandbits(16):x}" for _ in range(rng.randrange(1, 3))]
        tail = [f"{rng.getrandbits(16):x}" for _ in range(rng.randrange(1, 3))]
        return str(ipaddress.ip_address(f"{head}:{':'.join(groups)}::{':'.join(tail)}")), kind

    def card(self):
        rng = self.rng
        scheme = _choose(rng, {"visa": 35, "mastercard": 25, "amex": 8, "dankort": 8, "maestro": 5,
                               "discover": 5, "diners": 5, "jcb": 5, "visa13": 2, "visa19": 2})
        prefix, length = {
            "visa": ("4", 16), "visa13": ("4", 13), "visa19": ("4", 19),
            "mastercard": (rng.choice(("51", "52", "53", "54", "55", str(rng.randrange(2221, 2721)))), 16),
            "amex": (rng.choice(("34", "37")), 15), "dankort": (rng.choice(("5019", "4571")), 16),
            "maestro": (rng.choice(("6759", "6761", "5018", "5020", "5038", "6304")), rng.choice((16, 19))),
            "discover": (rng.choice(("6011", "65", str(rng.randrange(644, 650)))), 16),
            "diners": (rng.choice(("36", "38", str(rng.randrange(300, 306)))), 14),
            "jcb": (str(rng.randrange(3528, 3590)), 16),
        }[scheme]
        body = prefix + _digits(rng, length - len(prefix) - 1)
        n = body + luhn_digit(body)
        form = _choose(rng, {"compact": 50, "spaced": 35, "dashed": 15})
        if form != "compact":
            sep = " " if form == "spaced" else "-"
            if length in (14, 15):  # Diners 4-6-4, American Express 4-6-5
                sizes = (4, 6, length - 10)
            else:
                sizes = (4,) * (length // 4) + ((length % 4,) if length % 4 else ())
            parts, i = [], 0
            for s in sizes:
                parts.append(n[i:i + s])
                i += s
            n = sep.join(parts)
        return n, f"{scheme}|{form}"

    # -- names -----------------------------------------------------------------
    def person_cell(self, kind: str, cc: str):
        """A name cell: ``kind`` first, last or full."""
        rng = self.rng
        first, last = self.name(cc)
        if kind == "first":
            return first, f"first name {cc}"
        if kind == "last":
            return last, f"last name {cc}"
        form = _choose(rng, {"First Last": 75, "First Middle Last": 8, "Last, First": 7, "UPPER": 5, "Last First": 5})
        if form == "First Middle Last":
            middle = self.name(cc)[0]
            return f"{first} {middle} {last}", f"full name {cc}|{form}"
        if form == "Last, First":
            return f"{last}, {first}", f"full name {cc}|{form}"
        if form == "UPPER":
            return f"{first} {last}".upper(), f"full name {cc}|{form}"
        if form == "Last First":
            return f"{last} {first}", f"full name {cc}|{form}"
        return f"{first} {last}", f"full name {cc}|{form}"

    def person_text(self, lang: str):
        """A name as it appears in running text of language ``lang``."""
        rng = self.rng
        cc = _LANG_COUNTRY[lang] if rng.random() < 0.75 else rng.choice(("SE", "NO", "DK", "FI", "IS", "US"))
        first, last = self.name(cc)
        form = _choose(rng, {"full name": 80, "given name only": 10, "title + family name": 5, "three names": 5})
        if form == "given name only":
            return first, f"{form}"
        if form == "title + family name":
            title = {"sv": "fru", "no": "fru", "da": "hr.", "fi": "rouva", "en": "Mr"}[lang]
            return f"{title} {last}", f"{form}"
        if form == "three names":
            return f"{first} {self.name(cc)[0]} {last}", f"{form}"
        return f"{first} {last}", f"{form}"

    # -- negatives ---------------------------------------------------------------
    def company(self) -> str:
        rng = self.rng
        cc = rng.choice(("SE", "NO", "DK", "FI", "IS", "GB"))
        if cc in ("SE", "NO", "DK", "FI") and rng.random() < 0.5:
            while True:
                # Faker's fi_FI also "names" a company by a bare surname: that
                # is a person's name to any reader, so it makes no negative.
                name = self.fk[cc].company()
                if " " in name or "-" in name:
                    return name
        if cc == "GB":
            return self.fk["GB"].company()
        surname = self.name(cc)[1]
        if rng.random() < 0.6:
            return f"{surname} {rng.choice(demo._COMPANY_WORDS[cc])} {demo._COMPANY_SUFFIX[cc]}"
        return f"{rng.choice(demo._COMPANY_WORDS[cc])}{rng.choice(demo._COMPANY_TAIL[cc])} {demo._COMPANY_SUFFIX[cc]}"

    def street(self) -> str:
        cc = self.rng.choice(("SE", "NO", "DK", "FI", "IS"))
        if cc == "IS":
            return f"{self.rng.choice(demo._IS_STREETS)} {self.rng.randrange(1, 120)}"
        return self.fk[cc].street_address()

    def city(self) -> str:
        cc = self.rng.choice(("SE", "NO", "DK", "FI", "IS"))
        if cc == "IS":
            return self.rng.choice(demo._IS_PLACES)[1]
        if cc == "NO":  # Faker's no_NO city() is a bare surname half of the time
            return self.rng.choice(NO_TOWNS)
        return self.fk[cc].city()

    def postal(self) -> str:
        rng = self.rng
        cc = rng.choice(("SE", "NO", "DK", "FI", "IS"))
        if cc == "IS":
            return " ".join(rng.choice(demo._IS_PLACES))
        code = {"SE": f"{rng.randrange(100, 985)} {rng.randrange(100):02d}", "NO": f"{rng.randrange(1, 9992):04d}",
                "DK": f"{rng.randrange(1000, 9991)}", "FI": f"{rng.randrange(100, 99900):05d}"}[cc]
        return f"{code} {self.rng.choice(NO_TOWNS) if cc == 'NO' else self.fk[cc].city()}"

    def sku(self) -> str:
        rng = self.rng
        return rng.choice((
            lambda: f"{''.join(rng.choices(string.ascii_uppercase, k=2))}-{_digits(rng, 5)}",
            lambda: f"SKU-{_digits(rng, 6)}",
            lambda: f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 2)}",
            lambda: f"{rng.randrange(1000, 10000)}-{_digits(rng, 4)}",
            lambda: f"{rng.randrange(1000000, 10000000)}-{rng.randrange(10)}",
            lambda: f"{rng.randrange(10000, 100000)}-{_digits(rng, 3)}",
            lambda: f"{''.join(rng.choices(string.ascii_uppercase, k=3))}{_digits(rng, 4)}{rng.choice(string.ascii_uppercase)}",
            lambda: f"{rng.randrange(100000, 1000000)}",
            lambda: f"ART-{rng.randrange(10**7, 10**8)}",
        ))()

    def ean13(self) -> str:
        rng = self.rng
        body = rng.choice(("73", "70", "57", "64", "569", "40", "41", "42", "43", "44", "50", "87"))
        body += _digits(rng, 12 - len(body))
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        return body + str(check)

    def version(self) -> str:
        rng = self.rng
        return rng.choice((
            lambda: f"{rng.randrange(0, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 40)}",
            lambda: f"v{rng.randrange(1, 6)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}",
            lambda: f"10.0.{rng.randrange(17000, 27000)}.{rng.randrange(1, 5000)}",
            lambda: f"{rng.randrange(1, 9)}.{rng.randrange(0, 10)}.{rng.randrange(0, 10)}.{rng.randrange(0, 20)}",
            lambda: f"{rng.randrange(2019, 2027)}.{rng.randrange(1, 13)}.{rng.randrange(0, 5)}",
            lambda: f"{rng.randrange(1, 5)}.{rng.randrange(0, 9)}.{rng.randrange(1000, 9999)}.{rng.randrange(0, 100)}",
        ))()

    def date(self) -> str:
        rng = self.rng
        d = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4300))
        if rng.random() < 0.15:
            d = _birth(rng)
        return rng.choice((
            lambda: d.isoformat(), lambda: d.strftime("%d.%m.%Y"), lambda: d.strftime("%d/%m/%Y"),
            lambda: d.strftime("%Y%m%d"), lambda: d.strftime("%d%m%y"), lambda: f"{d.day}.{d.month}.{d.year}",
            lambda: f"{d.day} {rng.choice(demo._MONTHS['sv'])} {d.year}",
        ))()

    def amount(self) -> str:
        rng = self.rng
        x = round(rng.lognormvariate(7, 1.6), 2)
        whole = f"{int(x):,}".replace(",", " ")
        cents = f"{int(x * 100) % 100:02d}"
        dotted = f"{int(x):,}".replace(",", ".")
        return rng.choice((
            f"{whole},{cents} kr", f"{whole} SEK", f"€ {dotted},{cents}", f"{whole} NOK", f"{x:.2f}",
            f"kr {dotted},-", whole,
        ))

    def timestamp(self) -> str:
        rng = self.rng
        t = dt.datetime(2020, 1, 1) + dt.timedelta(seconds=rng.randrange(7 * 365 * 86400))
        return rng.choice((
            lambda: t.isoformat(sep=" "), lambda: t.isoformat() + f".{rng.randrange(1000):03d}Z",
            lambda: str(int(t.replace(tzinfo=dt.timezone.utc).timestamp())), lambda: t.strftime("%d.%m.%Y %H:%M"),
            lambda: str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()) * 1000 + rng.randrange(1000)),
        ))()

    def user_agent(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return self.net.user_agent()
        return rng.choice(demo._UA).format(v=rng.randrange(120, 132), s=f"17.{rng.randrange(6)}",
                                           f=rng.randrange(118, 133), i=rng.randrange(6))

    def token(self) -> str:
        rng = self.rng
        return rng.choice((
            lambda: f"{rng.getrandbits(128):032x}", lambda: f"{rng.getrandbits(256):064x}",
            lambda: str(self.net.uuid4()),
            lambda: "".join(rng.choices(string.ascii_letters + string.digits + "-_", k=rng.choice((22, 32, 43)))),
        ))()

    def mac(self) -> str:
        sep = self.rng.choice((":", "-"))
        return sep.join(f"{self.rng.getrandbits(8):02X}" for _ in range(6))

    def product(self) -> str:
        return self.rng.choice(PRODUCTS)

    def title_words(self) -> str:
        return self.rng.choice(TITLE_WORDS)

    def case_number(self) -> str:
        return f"{self.rng.randrange(2015, 2027)}{self.rng.randrange(1, 13):02d}-{self.rng.randrange(1, 10000):04d}"


NO_TOWNS = (
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Sandnes",
    "Tromsø", "Sarpsborg", "Skien", "Ålesund", "Sandefjord", "Haugesund", "Tønsberg", "Moss", "Porsgrunn",
    "Bodø", "Arendal", "Hamar", "Larvik", "Halden", "Lillehammer", "Molde", "Kongsberg", "Gjøvik", "Horten",
    "Harstad", "Narvik", "Alta", "Hønefoss", "Elverum", "Steinkjer", "Mo i Rana", "Kristiansund", "Ski",
    "Førde", "Florø", "Levanger", "Namsos", "Lillestrøm", "Jessheim", "Askim", "Mosjøen", "Egersund",
    "Brønnøysund", "Notodden", "Grimstad", "Mandal", "Flekkefjord", "Vadsø", "Hammerfest", "Kirkenes",
    "Voss", "Leirvik", "Orkanger", "Røros", "Kragerø", "Risør", "Lyngdal",
)

PRODUCTS = (
    "BILLY bokhylla", "EKTORP soffa 3-sits", "MALM byrå 6 lådor", "KALLAX hylla", "POÄNG fåtölj",
    "HEMNES säng", "LACK sidobord", "ALEX skrivbord", "INGOLF stol", "STRANDMON öronlappsfåtölj",
    "Volvo XC60", "Volvo V90 Cross Country", "Tesla Model 3", "Toyota Corolla Touring", "Saab 9-3",
    "iPhone 15 Pro", "Samsung Galaxy S24", "Nokia 3310", "Sony WH-1000XM5", "Apple Watch Series 9",
    "Marabou Mjölkchoklad 200 g", "Kalles Kaviar 300 g", "Fazer Sininen", "Freia Melkesjokolade",
    "Anthon Berg Marcipan", "Lurpak Smør 250 g", "Arla Mellanmjölk 1,5 l", "Tine Helmelk",
    "Helly Hansen Regnjacka", "Fjällräven Kånken", "Marimekko Unikko", "Iittala Aalto maljakko",
    "Georg Jensen Daisy", "Royal Copenhagen Blue Fluted", "Bang & Olufsen Beosound A1",
    "CRM Premium", "Rapportpaket Plus", "Integration Fortnox", "SMS-utskick 1000 st", "Mobilapp Pro",
)

TITLE_WORDS = (
    "Sälj", "Support", "Utveckling", "Ekonomi", "Marknad", "Drift", "Kundtjänst", "Projektledare",
    "Ekonomichef", "Key Account Manager", "Kundansvarig", "Salgssjef", "Regnskabschef", "Myyntipäällikkö",
    "Toimitusjohtaja", "Chief Executive Officer", "Levererad", "Makulerad", "Återbetald", "Betald",
    "Skickad", "Ny", "Avbruten", "Under Behandling", "Väntar På Betalning",
)

# ==========================================================================
# sentences
# ==========================================================================

CONTEXT_TEMPLATES = {
    "sv": ("Kundens {ctx} är {v} enligt ansökan.", "Vi har registrerat {ctx} {v} i ärendet.",
           "Kontrollera {ctx} {v} innan utbetalningen görs."),
    "no": ("Kundens {ctx} er {v} ifølge søknaden.", "Vi har registrert {ctx} {v} i saken.",
           "Kontroller {ctx} {v} før utbetalingen gjøres."),
    "da": ("Kundens {ctx} er {v} ifølge ansøgningen.", "Vi har registreret {ctx} {v} i sagen.",
           "Kontrollér {ctx} {v} inden udbetalingen foretages."),
    "fi": ("Asiakkaan {ctx} on {v} hakemuksen mukaan.", "Asiaan on kirjattu {ctx} {v} eilen.",
           "Tarkista {ctx} {v} ennen kuin maksu tehdään."),
    "en": ("The customer's {ctx} is {v} according to the application.", "We have recorded {ctx} {v} on the case.",
           "Please check {ctx} {v} before the payment is made."),
}
LABEL_TEMPLATE = "{Ctx}: {v}"
PLAIN_TEMPLATES = {
    "sv": ("Uppgiften {v} lades in i går.", "Se {v} i bilagan från förra veckan.",
           "Noterat {v} efter mötet, återkommer på måndag.", "Enligt underlaget gäller {v} från och med nästa månad."),
    "no": ("Opplysningen {v} ble lagt inn i går.", "Se {v} i vedlegget fra forrige uke.",
           "Notert {v} etter møtet, kommer tilbake på mandag.", "Ifølge underlaget gjelder {v} fra neste måned."),
    "da": ("Oplysningen {v} blev lagt ind i går.", "Se {v} i bilaget fra sidste uge.",
           "Noteret {v} efter mødet, vender tilbage på mandag.", "Ifølge materialet gælder {v} fra næste måned."),
    "fi": ("Tieto {v} lisättiin järjestelmään eilen.", "Katso {v} viime viikon liitteestä.",
           "Kirjattu {v} tapaamisen jälkeen, palaan asiaan maanantaina.", "Aineiston mukaan {v} on voimassa ensi kuusta alkaen."),
    "en": ("The entry {v} was added yesterday.", "See {v} in last week's attachment.",
           "Noted {v} after the meeting, will follow up on Monday.", "According to the documents, {v} applies from next month."),
}
# entity -> language -> context phrase (as a writer of that language would name it)
CONTEXT_PHRASES = {
    "SE_PERSONNUMMER": {"sv": "personnummer", "no": "svenske personnummer", "da": "svenske personnummer",
                        "fi": "ruotsalainen henkilötunnus", "en": "Swedish personal identity number"},
    "NO_FODSELSNUMMER": {"sv": "norska personnummer", "no": "fødselsnummer", "da": "norske personnummer",
                         "fi": "norjalainen henkilötunnus", "en": "Norwegian national identity number"},
    "DK_CPR": {"sv": "CPR-nummer", "no": "CPR-nummer", "da": "CPR-nummer", "fi": "CPR-numero", "en": "CPR number"},
    "FI_PERSONAL_IDENTITY_CODE": {"sv": "personbeteckning", "no": "finske personnummer", "da": "finske personnummer",
                                  "fi": "henkilötunnus", "en": "Finnish personal identity code"},
    "IS_KENNITALA": {"sv": "isländska kennitala", "no": "islandske kennitala", "da": "islandske kennitala",
                     "fi": "islantilainen kennitala", "en": "kennitala"},
    "SE_ORGANISATIONSNUMMER": {"sv": "organisationsnummer", "no": "svenske organisasjonsnummer",
                               "da": "svenske organisationsnummer", "fi": "ruotsalainen organisaationumero",
                               "en": "Swedish organisation number"},
    "NO_ORGNR": {"sv": "norska organisationsnummer", "no": "organisasjonsnummer", "da": "norske organisationsnummer",
                 "fi": "norjalainen organisaationumero", "en": "Norwegian organisation number"},
    "DK_CVR": {"sv": "CVR-nummer", "no": "CVR-nummer", "da": "CVR-nummer", "fi": "CVR-numero", "en": "CVR number"},
    "FI_BUSINESS_ID": {"sv": "FO-nummer", "no": "finske foretaksnummer", "da": "finske virksomhedsnummer",
                       "fi": "Y-tunnus", "en": "business ID (Y-tunnus)"},
    "IBAN_CODE": {"sv": "IBAN", "no": "IBAN", "da": "IBAN", "fi": "IBAN", "en": "IBAN"},
    "SE_BANKGIRO": {"sv": "bankgironummer", "no": "svenske bankgiro", "da": "svenske bankgiro",
                    "fi": "ruotsalainen bankgiro", "en": "bankgiro number"},
    "NO_BANK_ACCOUNT": {"sv": "norska kontonummer", "no": "kontonummer", "da": "norske kontonummer",
                        "fi": "norjalainen tilinumero", "en": "Norwegian account number"},
    "PHONE_NUMBER": {"sv": "telefonnummer", "no": "telefonnummer", "da": "telefonnummer",
                     "fi": "puhelinnumero", "en": "phone number"},
    "EMAIL_ADDRESS": {"sv": "e-postadress", "no": "e-postadresse", "da": "e-mailadresse",
                      "fi": "sähköpostiosoite", "en": "e-mail address"},
    "IP_ADDRESS": {"sv": "IP-adress", "no": "IP-adresse", "da": "IP-adresse", "fi": "IP-osoite", "en": "IP address"},
    "CREDIT_CARD": {"sv": "kortnummer", "no": "kortnummer", "da": "kortnummer", "fi": "korttinumero",
                    "en": "card number"},
}
# national identifiers appear mostly in their own language, and in English
ENTITY_LANGS = {
    "SE_PERSONNUMMER": {"sv": 6, "en": 2, "no": 1, "da": 1, "fi": 1},
    "NO_FODSELSNUMMER": {"no": 6, "en": 2, "sv": 1, "da": 1, "fi": 1},
    "DK_CPR": {"da": 6, "en": 2, "sv": 1, "no": 1, "fi": 1},
    "FI_PERSONAL_IDENTITY_CODE": {"fi": 5, "sv": 2, "en": 2, "no": 1, "da": 1},
    "IS_KENNITALA": {"en": 6, "sv": 1, "no": 1, "da": 1, "fi": 1},
    "SE_ORGANISATIONSNUMMER": {"sv": 6, "en": 2, "no": 1, "da": 1, "fi": 1},
    "NO_ORGNR": {"no": 6, "en": 2, "sv": 1, "da": 1, "fi": 1},
    "DK_CVR": {"da": 6, "en": 2, "sv": 1, "no": 1, "fi": 1},
    "FI_BUSINESS_ID": {"fi": 5, "sv": 2, "en": 2, "no": 1, "da": 1},
    "SE_BANKGIRO": {"sv": 7, "en": 2, "no": 1, "da": 1, "fi": 1},
    "NO_BANK_ACCOUNT": {"no": 7, "en": 2, "sv": 1, "da": 1, "fi": 1},
}
PERSON_CONTEXT_TEMPLATES = {
    "sv": ("Kontaktperson vid frånvaro är {v} på ekonomi.", "Ringde {v} angående fakturan i morse.",
           "Kunden {v} vill ha en kopia av avtalet."),
    "no": ("Kontaktperson ved fravær er {v} i økonomi.", "Ringte {v} angående fakturaen i morges.",
           "Kunden {v} ønsker en kopi av avtalen."),
    "da": ("Kontaktperson ved fravær er {v} i økonomi.", "Ringede til {v} om fakturaen i morges.",
           "Kunden {v} ønsker en kopi af aftalen."),
    "fi": ("Yhteyshenkilö poissaolon aikana on {v} taloushallinnosta.", "Asiakas {v} soitti laskusta aamulla.",
           "Asiakas {v} haluaa kopion sopimuksesta."),
    "en": ("The contact person when away is {v} in accounts.", "Called {v} about the invoice this morning.",
           "The customer {v} wants a copy of the contract."),
}
PERSON_PLAIN_TEMPLATES = {
    "sv": ("Mötet med {v} flyttas till torsdag.", "{v} skickade underlaget i går.",
           "Enligt {v} är leveransen försenad en vecka.", "Tack till {v} för snabb hjälp med inloggningen!"),
    "no": ("Møtet med {v} flyttes til torsdag.", "{v} sendte underlaget i går.",
           "Ifølge {v} er leveransen forsinket en uke.", "Takk til {v} for rask hjelp med innloggingen!"),
    "da": ("Mødet med {v} flyttes til torsdag.", "{v} sendte materialet i går.",
           "Ifølge {v} er leverancen forsinket en uge.", "Tak til {v} for hurtig hjælp med login!"),
    # Finnish inflects the last word of a name: {g} is its genitive
    "fi": ("Tapaaminen {g} kanssa siirtyy torstaille.", "{v} lähetti aineiston eilen.",
           "{g} mukaan toimitus on viikon myöhässä.", "{v} auttoi nopeasti kirjautumisessa."),
    "en": ("The meeting with {v} moves to Thursday.", "{v} sent the documents yesterday.",
           "According to {v}, the delivery is a week late.", "Thanks to {v} for the quick help with the login!"),
}
NEGATIVE_TEMPLATES = {
    "sv": ("Order {order} skickades {date} till {street}, {postal}.", "Faktura {inv} på {amount} från {company} är betald.",
           "{headline}", "Produkten {product} (art.nr {sku}) är tillfälligt slut.",
           "Version {version} installerades på servern {date}.", "Leverans till {city} sker vecka {week}.",
           "Mötet hålls hos {company}, {street} i {city}.", "Ärende {case} stängdes {date}, belopp {amount}."),
    "no": ("Ordre {order} ble sendt {date} til {street}, {postal}.", "Faktura {inv} på {amount} fra {company} er betalt.",
           "{headline}", "Produktet {product} (varenr {sku}) er midlertidig utsolgt.",
           "Versjon {version} ble installert på serveren {date}.", "Levering til {city} skjer uke {week}.",
           "Møtet holdes hos {company}, {street} i {city}.", "Sak {case} ble lukket {date}, beløp {amount}."),
    "da": ("Ordre {order} blev sendt {date} til {street}, {postal}.", "Faktura {inv} på {amount} fra {company} er betalt.",
           "{headline}", "Produktet {product} (varenr. {sku}) er midlertidigt udsolgt.",
           "Version {version} blev installeret på serveren {date}.", "Levering til {city} sker i uge {week}.",
           "Mødet holdes hos {company}, {street} i {city}.", "Sag {case} blev lukket {date}, beløb {amount}."),
    "fi": ("Tilaus {order} lähetettiin {date} osoitteeseen {street}, {postal}.", "Lasku {inv}, {amount}, {company}: maksettu.",
           "{headline}", "Tuote {product} (tuotenro {sku}) on tilapäisesti loppu.",
           "Versio {version} asennettiin palvelimelle {date}.", "Toimitus kohteeseen {city} viikolla {week}.",
           "Kokous pidetään: {company}, {street}, {city}.", "Tapaus {case} suljettiin {date}, summa {amount}."),
    "en": ("Order {order} was shipped on {date} to {street}, {postal}.", "Invoice {inv} for {amount} from {company} is paid.",
           "{headline}", "The product {product} (item no. {sku}) is temporarily out of stock.",
           "Version {version} was installed on the server on {date}.", "Delivery to {city} in week {week}.",
           "The meeting is at {company}, {street} in {city}.", "Case {case} was closed on {date}, amount {amount}."),
}
HEADLINES = {
    "sv": ("Ny Adress Registrerad I Systemet", "Viktig Information Om Leveransen", "Tack För Din Beställning",
           "Välkommen Till Vårt Nyhetsbrev", "Stora Rabatter Hela Veckan", "Kunden Ringde Om Fakturan"),
    "no": ("Ny Adresse Registrert I Systemet", "Viktig Informasjon Om Leveransen", "Takk For Din Bestilling",
           "Velkommen Til Vårt Nyhetsbrev", "Store Rabatter Hele Uken", "Kunden Ringte Om Fakturaen"),
    "da": ("Ny Adresse Registreret I Systemet", "Vigtig Information Om Leveringen", "Tak For Din Bestilling",
           "Velkommen Til Vores Nyhedsbrev", "Store Rabatter Hele Ugen", "Kunden Ringede Om Fakturaen"),
    "fi": ("Uusi Osoite Rekisteröity Järjestelmään", "Tärkeää Tietoa Toimituksesta", "Kiitos Tilauksestasi",
           "Tervetuloa Uutiskirjeemme Tilaajaksi", "Suuret Alennukset Koko Viikon", "Asiakas Soitti Laskusta"),
    "en": ("New Address Registered In The System", "Important Information About Your Delivery",
           "Thank You For Your Order", "Welcome To Our Newsletter", "Grace Period Extended For All Customers",
           "Summer Sale Starts In June"),
}


def fi_genitive(name: str) -> str:
    """Finnish genitive of a name: only its last word inflects (Matti Virtasen)."""
    head, _, last = name.rpartition(" ")
    if last.endswith("nen"):
        g = last[:-3] + "sen"
    elif last[-1:].lower() in "aeiouyäö":
        g = last + "n"
    else:
        g = last + "in"
    return f"{head} {g}".strip()


# ==========================================================================
# cases and columns
# ==========================================================================

Label = tuple[str, int, int, str]  # (entity, start, end, variant)


@dataclass
class Case:
    text: str
    labels: tuple[Label, ...]
    subset: str  # cell:hint, cell:plain, text:context, text:label, text:plain, neg:cell, neg:text
    cat: str = ""  # negatives: the look-alike category
    lang: str = ""
    column: str = ""


@dataclass
class Column:
    name: str
    values: list[str]
    labels: frozenset[str]
    kind: str  # a description for the report


def labels_for(entity: str, value: str, variant: str, offset: int = 0) -> tuple[Label, ...]:
    """The value's label, and the identifiers it embeds: an Icelandic IBAN
    ends with its holder's kennitala (reference §2.2), a person's here."""
    out: list[Label] = [(entity, offset, offset + len(value), variant)]
    if entity == "IBAN_CODE" and value.startswith("IS"):
        digits = [i for i, ch in enumerate(value) if ch.isdigit()]
        out.append(("IS_KENNITALA", offset + digits[-10], offset + digits[-1] + 1, "embedded in an IS IBAN"))
    return tuple(out)


# entity -> (generator, hinting column names, generic column names)
def positive_specs(g: Gen) -> dict[str, tuple[Callable, tuple[str, ...], tuple[str, ...]]]:
    return {
        "SE_PERSONNUMMER": (g.se_pnr, ("personnummer", "pnr", "PersonNr", "kund_personnummer", "samordningsnummer"), ("kund_id_text", "varde")),
        "NO_FODSELSNUMMER": (g.no_fnr, ("fodselsnummer", "fnr", "fødselsnr", "personident"), ("verdi", "ident")),
        "DK_CPR": (g.dk_cpr, ("cpr", "cpr_nr", "CprNummer"), ("vaerdi", "borger_ref")),
        "FI_PERSONAL_IDENTITY_CODE": (g.fi_hetu, ("hetu", "henkilotunnus", "personbeteckning"), ("arvo", "tunniste")),
        "IS_KENNITALA": (g.is_kt, ("kennitala", "kt"), ("gildi", "audkenni")),
        "SE_ORGANISATIONSNUMMER": (g.se_org, ("organisationsnummer", "orgnr", "org_nr"), ("foretag_ref", "varde")),
        "NO_ORGNR": (g.no_org, ("organisasjonsnummer", "orgnr"), ("foretak_ref", "verdi")),
        "DK_CVR": (g.dk_cvr, ("cvr", "cvr_nummer", "virksomhedsnummer"), ("firma_ref", "vaerdi")),
        "FI_BUSINESS_ID": (g.fi_business, ("ytunnus", "y_tunnus", "business_id"), ("yritys_ref", "arvo")),
        "IBAN_CODE": (g.iban, ("iban", "bank_iban", "kontonummer"), ("betalning", "value")),
        "SE_BANKGIRO": (g.bankgiro, ("bankgiro", "bg_nr"), ("betalningsmottagare", "varde")),
        "NO_BANK_ACCOUNT": (g.no_account, ("kontonummer", "kontonr", "bankkonto"), ("utbetaling", "verdi")),
        "PHONE_NUMBER": (g.phone, ("telefon", "mobil", "tlf", "puhelin", "simi", "phone"), ("kontaktuppgift", "value")),
        "EMAIL_ADDRESS": (g.email, ("epost", "email", "sahkoposti", "netfang", "e_post"), ("kontaktuppgift", "value")),
        "IP_ADDRESS": (g.ip, ("ip_adress", "client_ip", "remote_addr"), ("kalla", "host")),
        "CREDIT_CARD": (g.card, ("kortnummer", "card_number", "korttinumero"), ("betalmedel", "value")),
    }


PERSON_COLUMNS = {  # hinting name columns: (column, country)
    "first": (("fornamn", "SE"), ("fornavn", "NO"), ("fornavn", "DK"), ("etunimi", "FI"), ("eiginnafn", "IS"), ("first_name", "US")),
    "last": (("efternamn", "SE"), ("etternavn", "NO"), ("efternavn", "DK"), ("sukunimi", "FI"), ("kenninafn", "IS"), ("last_name", "GB")),
    "full": (("namn", "SE"), ("navn", "NO"), ("fulde_navn", "DK"), ("nimi", "FI"), ("nafn", "IS"), ("full_name", "GB"), ("kontaktperson", "SE")),
}
# name columns whose names hint at nothing (a role such as ``handlaggare`` or
# ``owner`` hints at a person: rules/column_hints.yaml)
PERSON_PLAIN_COLUMNS = (("uppgift", "SE"), ("verdi", "NO"), ("felt", "DK"), ("arvo", "FI"), ("value", "US"))


def negative_specs(g: Gen) -> dict[str, tuple[Callable[[], str], tuple[str, ...]]]:
    rng = g.rng
    return {
        "order number (10 digits)": (lambda: f"{rng.randrange(10**10):010d}", ("ordernummer", "order_id", "ordrenummer", "tilausnumero")),
        "reference (11 digits)": (lambda: f"{rng.randrange(10**11):011d}", ("referens", "sendingsnummer", "tracking_no")),
        "transaction id (12 digits)": (lambda: f"{rng.randrange(10**12):012d}", ("transaktions_id", "transaction_id")),
        "customer number (8 digits)": (lambda: str(rng.randrange(10**7, 10**8)), ("kundnummer", "kundenummer", "asiakasnumero")),
        "case number YYYYMM-NNNN": (g.case_number, ("arendenummer", "saksnummer", "sagsnummer")),
        "contract number NNNNNN-NNNN": (lambda: f"{_digits(rng, 6)}-{_digits(rng, 4)}", ("avtalsnummer", "avtalenummer", "kontrakt_nr")),
        "SKU / article number": (g.sku, ("sku", "artikelnummer", "varenummer", "tuotenumero")),
        "EAN-13": (g.ean13, ("ean", "gtin", "streckkod")),
        "version string": (g.version, ("version", "app_version", "versio")),
        "date": (g.date, ("datum", "dato", "paivamaara", "date")),
        "amount": (g.amount, ("belopp", "belop", "beloeb", "summa", "amount")),
        "timestamp": (g.timestamp, ("skapad", "created_at", "opprettet", "luotu")),
        "user agent": (g.user_agent, ("user_agent",)),
        "session token": (g.token, ("session_token", "token", "request_id")),
        "MAC address": (g.mac, ("mac", "enhet_mac")),
        "company name": (g.company, ("foretag", "firmanavn", "virksomhed", "yritys", "company")),
        "street address": (g.street, ("gatuadress", "gateadresse", "adresse", "katuosoite")),
        "city": (g.city, ("ort", "sted", "by", "kaupunki", "city")),
        "postcode + city": (g.postal, ("postadress", "postadresse", "postitoimipaikka")),
        "product name": (g.product, ("produkt", "produktnamn", "tuote", "product")),
        "department / status / title": (g.title_words, ("avdelning", "status", "titel", "tehtava")),
    }


def invalid_specs(g: Gen) -> dict[str, tuple[Callable[[], str], tuple[str, ...]]]:
    """Invalid variants of each identifier: a wrong check digit, or an
    impossible date for DK CPR and IS kennitala (whose check digit is no
    validity criterion any more, reference §1.3, §1.5)."""
    rng = g.rng

    def bump_last(v: str) -> str:
        i = max(k for k, ch in enumerate(v) if ch.isdigit())
        return v[:i] + str((int(v[i]) + rng.randrange(1, 10)) % 10) + v[i + 1:]

    def bad_hetu() -> str:
        v, _ = g.fi_hetu()
        wrong = rng.choice([c for c in _HETU_CHECK if c != v[-1].upper()])
        return v[:-1] + (wrong.lower() if v[-1].islower() else wrong)

    def bad_date(v: str) -> str:  # DDMMYY... -> month 13-19 or day 32-39
        if rng.random() < 0.5:
            return v[:2] + f"1{rng.randrange(3, 10)}" + v[4:]
        return f"3{rng.randrange(2, 10)}" + v[2:]

    def bad_iban() -> str:
        v, _ = g.iban()
        i = rng.choice([k for k, ch in enumerate(v) if ch.isdigit() and k > 3])
        return v[:i] + str((int(v[i]) + rng.randrange(1, 10)) % 10) + v[i + 1:]

    return {
        "invalid SE personnummer": (lambda: bump_last(g.se_pnr()[0]), ("personnummer", "pnr")),
        "invalid NO fødselsnummer": (lambda: bump_last(g.no_fnr()[0]), ("fodselsnummer", "fnr")),
        "invalid DK CPR (date)": (lambda: bad_date(g.dk_cpr()[0]), ("cpr", "cpr_nr")),
        "invalid FI HETU": (bad_hetu, ("hetu", "henkilotunnus")),
        "invalid IS kennitala (date)": (lambda: bad_date(g.is_kt()[0]), ("kennitala",)),
        "invalid SE orgnr": (lambda: bump_last(se_orgnr(rng)), ("organisationsnummer", "orgnr")),
        "invalid NO orgnr": (lambda: bump_last(no_orgnr(rng)), ("organisasjonsnummer",)),
        "invalid DK CVR": (lambda: bump_last(g.dk_cvr()[0]), ("cvr",)),
        "invalid FI Y-tunnus": (lambda: bump_last(fi_ytunnus(rng)), ("ytunnus",)),
        "invalid IBAN": (bad_iban, ("iban",)),
        "invalid bankgiro": (lambda: bump_last(se_bankgiro(rng)), ("bankgiro",)),
        "invalid NO kontonummer": (lambda: bump_last(g.no_account()[0]), ("kontonummer",)),
        "invalid card number": (lambda: bump_last(g.card()[0]), ("kortnummer", "card_number")),
    }


GENERIC_COLUMNS = ("id", "nummer", "value", "data", "kod")
NEGATIVE_SENTENCE_KINDS = ("order, date, address", "invoice, amount, company", "title-case headline",
                           "product, article number", "version, date", "delivery, city, week",
                           "meeting, company, address", "case number, date, amount")


def sentence(entity: str, value: str, variant: str, lang: str, style: str, rng: random.Random) -> Case:
    ctx = CONTEXT_PHRASES[entity][lang]
    if style == "context":
        template = rng.choice(CONTEXT_TEMPLATES[lang])
    elif style == "label":
        template = LABEL_TEMPLATE
    else:
        template = rng.choice(PLAIN_TEMPLATES[lang])
    head, tail = template.split("{v}")
    head = head.format(ctx=ctx, Ctx=ctx[:1].upper() + ctx[1:])
    head = head[:1].upper() + head[1:]
    return Case(head + value + tail.format(ctx=ctx), labels_for(entity, value, variant, len(head)),
                f"text:{style}", lang=lang)


def person_sentence(g: Gen, lang: str, style: str) -> Case:
    rng = g.rng
    name, variant = g.person_text(lang)
    template = rng.choice((PERSON_CONTEXT_TEMPLATES if style == "context" else PERSON_PLAIN_TEMPLATES)[lang])
    span = name
    if "{g}" in template:
        span = fi_genitive(name)
        template = template.replace("{g}", "{v}")
    head, tail = template.split("{v}")
    return Case(head + span + tail, (("PERSON", len(head), len(head) + len(span), variant),), f"text:{style}", lang=lang)


def build_value_cases(g: Gen, size: int, hinted_of: Callable[[str], frozenset]) -> list[Case]:
    rng = g.rng
    cases: list[Case] = []

    def cell(value: str, entity: str, variant: str, column: str) -> Case:
        subset = "cell:hint" if entity in hinted_of(column) else "cell:plain"
        return Case(value, labels_for(entity, value, variant), subset, column=column)

    # labelled cells: 85% under a column name that hints at the entity
    for entity, (gen, hint_cols, plain_cols) in positive_specs(g).items():
        for _ in range(5 * size):
            value, variant = gen()
            column = rng.choice(hint_cols) if rng.random() < 0.85 else rng.choice(plain_cols)
            cases.append(cell(value, entity, variant, column))
    for _ in range(5 * size):
        kind = _choose(rng, {"first": 35, "last": 30, "full": 35})
        if rng.random() < 0.85:
            column, cc = rng.choice(PERSON_COLUMNS[kind])
        else:
            (column, cc), kind = rng.choice(PERSON_PLAIN_COLUMNS), "full"
        value, variant = g.person_cell(kind, cc)
        cases.append(cell(value, "PERSON", variant, column))

    # negative cells
    for cat, (gen, columns) in negative_specs(g).items():
        for _ in range(2 * size):
            cases.append(Case(gen(), (), "neg:cell", cat=cat, column=rng.choice(columns)))
    for cat, (gen, columns) in invalid_specs(g).items():
        for _ in range(size):
            column = rng.choice(columns) if rng.random() < 0.5 else rng.choice(GENERIC_COLUMNS)
            cases.append(Case(gen(), (), "neg:cell", cat=cat, column=column))

    # labelled sentences: context word near the value, "Label: value", or no context
    specs = positive_specs(g)
    for entity in ENTITIES:
        if entity == "PERSON":
            continue
        weights = ENTITY_LANGS.get(entity, {lang: 1 for lang in LANGS})
        for _ in range(2 * size):
            value, variant = specs[entity][0]()
            style = _choose(rng, {"context": 45, "label": 15, "plain": 40})
            cases.append(sentence(entity, value, variant, _choose(rng, weights), style, rng))
    for _ in range(4 * size):
        cases.append(person_sentence(g, rng.choice(LANGS), "context" if rng.random() < 0.45 else "plain"))

    # negative sentences
    for _ in range(3 * size):
        lang = rng.choice(LANGS)
        k = rng.randrange(len(NEGATIVE_TEMPLATES[lang]))
        text = NEGATIVE_TEMPLATES[lang][k].format(
            order=f"{rng.randrange(10**10):010d}" if rng.random() < 0.6 else str(rng.randrange(10**5, 10**7)),
            date=g.date(), street=g.street(), postal=g.postal(), inv=rng.randrange(10000, 10**8),
            amount=g.amount(), company=g.company(), headline=rng.choice(HEADLINES[lang]), product=g.product(),
            sku=g.sku(), version=g.version(), city=g.city(), week=rng.randrange(1, 53), case=g.case_number(),
        )
        cases.append(Case(text, (), "neg:text", cat=f"sentence: {NEGATIVE_SENTENCE_KINDS[k]}", lang=lang))
    return cases


# Service numbers: freephone, premium-rate and shared-cost numbers reach a
# business's service, no one's line, so a hit on them is a false positive.
# Drawn from their own random stream (``service_cases``), after everything
# else, so that adding them left every other case of a seed as it was.
_SERVICE_TYPES = (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                  phonenumbers.PhoneNumberType.SHARED_COST)
_SERVICE_PLANS = {  # region -> (national prefix, digits after it), each checked below with phonenumbers
    "SE": (("20", 6), ("20", 7), ("900", 7), ("939", 6), ("77", 7)),
    "NO": (("800", 5), ("810", 5), ("815", 5), ("820", 5)),
    "DK": (("80", 6), ("90", 6)),
    "FI": (("800", 6), ("600", 6), ("700", 6)),
    "IS": (("800", 4), ("900", 4)),
}
SERVICE_COLUMNS = ("kundtjanst", "kundeservice", "servicenummer", "asiakaspalvelu", "support_phone")
SERVICE_TEMPLATES = {
    "sv": "Ring vår kundtjänst på {value}, vardagar 8-17.",
    "no": "Ring kundeservice på {value} hvis du har spørsmål.",
    "da": "Ring til vores kundeservice på {value} på hverdage.",
    "fi": "Soita asiakaspalveluun numeroon {value} arkisin.",
    "en": "Call our support line on {value} (Monday to Friday).",
}


def _only_service(number: str) -> bool:
    """True if every reading of ``number`` in a Nordic plan is a valid
    service number (a national number can be a line in another plan)."""
    regions = ("SE", "FI", "NO", "DK", "IS") if not number.startswith("+") else (None,)
    kinds = []
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            kinds.append(phonenumbers.number_type(parsed))
    return bool(kinds) and all(k in _SERVICE_TYPES for k in kinds)


def service_number(rng: random.Random) -> str:
    """A freephone, premium-rate or shared-cost number of a Nordic plan that
    no Nordic plan reads as anything else, written as its plan writes it or
    internationally."""
    while True:
        region = rng.choice(tuple(_SERVICE_PLANS))
        prefix, n = rng.choice(_SERVICE_PLANS[region])
        nsn = prefix + _digits(rng, n)
        parsed = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        style = (phonenumbers.PhoneNumberFormat.NATIONAL if rng.random() < 0.6
                 else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        number = phonenumbers.format_number(parsed, style)
        if phonenumbers.number_type(parsed) in _SERVICE_TYPES and _only_service(number):
            return number


def _function_cases(rng: random.Random, size: int, make: Callable[[random.Random], str], columns: tuple[str, ...],
                    templates: dict[str, str], cell_cat: str, text_cat: str) -> list[Case]:
    """2 * size negative cells of ``make``'s values under ``columns``' names
    and ``size`` sentences of ``templates`` (one ``{value}`` each) in the
    five languages: a business function's number or address."""
    cases = [Case(make(rng), (), "neg:cell", cat=cell_cat, column=rng.choice(columns)) for _ in range(2 * size)]
    for _ in range(size):
        lang = rng.choice(LANGS)
        cases.append(Case(templates[lang].format(value=make(rng)), (), "neg:text", cat=text_cat, lang=lang))
    return cases


def service_cases(rng: random.Random, size: int) -> list[Case]:
    """Negative cells under service columns' names and sentences about a
    support line, in the five languages."""
    return _function_cases(rng, size, service_number, SERVICE_COLUMNS, SERVICE_TEMPLATES,
                           "service phone number (freephone, premium, shared cost)", "sentence: service phone number")


# Role and list addresses: a function's mailbox (info@, kundtjanst@,
# noreply@, postmottak@, kirjaamo@) or a mailing list's reaches whoever
# holds the function, no one in particular, so a hit on them is a false
# positive, as on a service number.  Their own random stream
# (``role_cases``), for the same reason.  The domains are made up, not the
# reserved example ones: an address there is a test address, which
# nordpii reports as synthetic.
ROLE_LOCALS = ("info", "kontakt", "kundtjanst", "kundtjänst", "kundservice", "kundeservice", "asiakaspalvelu",
               "support", "noreply", "no-reply", "faktura", "fakturor", "laskutus", "postmottak", "post",
               "kirjaamo", "registrator", "ekonomi", "økonomi", "dataskyddsombud", "personvernombud",
               "tietosuoja", "webmaster", "postmaster", "hr", "jobb", "rekry", "myynti", "salg", "order")
ROLE_WORDS = ("nordbygg", "fjellbo", "kustfrakt", "havgull", "lumikki", "skogsro", "bryggeriet", "tunturi")
ROLE_COLUMNS = ("epost", "e_post", "email", "sahkoposti", "kontakt_epost", "foretag_epost")
ROLE_TEMPLATES = {
    "sv": "Frågor om fakturan? Skriv till {value}.",
    "no": "Send spørsmål om bestillingen til {value}.",
    "da": "Skriv til {value}, hvis du har spørgsmål.",
    "fi": "Lähetä kysymykset osoitteeseen {value}.",
    "en": "Questions about your order? Write to {value}.",
}


def role_address(rng: random.Random) -> str:
    """A role's mailbox at a made-up company's domain, or a mailing list's."""
    domain = f"{rng.choice(ROLE_WORDS)}{rng.randrange(10, 100)}.{rng.choice(('se', 'no', 'dk', 'fi', 'is', 'com'))}"
    if rng.random() < 0.1:
        return f"{rng.choice(ROLE_WORDS)}-{rng.choice(('users', 'devel', 'announce'))}@lists.{domain}"
    local = rng.choice(ROLE_LOCALS)
    return local.capitalize() + "@" + domain if rng.random() < 0.1 else local + "@" + domain


def role_cases(rng: random.Random, size: int) -> list[Case]:
    """Negative cells under e-mail columns' names and sentences that give a
    role's address, in the five languages."""
    return _function_cases(rng, size, role_address, ROLE_COLUMNS, ROLE_TEMPLATES,
                           "role or mailing-list e-mail address", "sentence: role e-mail address")


NOTES_COLUMNS = (  # (column name, language, embedded entity)
    ("anteckningar", "sv", "SE_PERSONNUMMER"), ("kommentar", "sv", "PHONE_NUMBER"),
    ("merknader", "no", "NO_FODSELSNUMMER"), ("notat", "no", "EMAIL_ADDRESS"),
    ("bemaerkninger", "da", "DK_CPR"), ("noter", "da", "PHONE_NUMBER"),
    ("muistiinpanot", "fi", "FI_PERSONAL_IDENTITY_CODE"), ("lisatiedot", "fi", "IBAN_CODE"),
    ("notes", "en", "IS_KENNITALA"), ("comments", "en", "CREDIT_CARD"),
    ("anteckning", "sv", "PERSON"), ("notes_internal", "en", "PERSON"),
)


def column_of(name: str, kind: str, items: list[tuple[str, tuple[Label, ...]]]) -> Column:
    return Column(name, [v for v, _ in items], frozenset(e for _, ls in items for e, *_ in ls), kind)


def build_columns(g: Gen, size: int, reps: int) -> list[Column]:
    rng = g.rng
    cols: list[Column] = []
    specs = positive_specs(g)

    def values(entity: str, gen: Callable, n: int = size) -> list[tuple[str, tuple[Label, ...]]]:
        out = []
        for _ in range(n):
            v, variant = gen()
            out.append((v, labels_for(entity, v, variant)))
        return out

    phone_cols = (("telefon", "SE"), ("mobil", "NO"), ("tlf", "DK"), ("puhelin", "FI"), ("simi", "IS"), ("phone", None))
    for _ in range(reps):
        for entity, (gen, hint_cols, _) in specs.items():
            if entity == "PHONE_NUMBER":
                for name, cc in phone_cols:
                    cols.append(column_of(name, f"phone {cc or 'mixed'}", values(entity, lambda cc=cc: g.phone(cc))))
                continue
            cols.append(column_of(rng.choice(hint_cols), "hinted", values(entity, gen)))
        # identifiers under a column name that hints at nothing
        for entity in (*NATIONAL_IDS, "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE"):
            gen, _, plain_cols = specs[entity]
            cols.append(column_of(rng.choice(plain_cols), "no hint", values(entity, gen)))
        # five countries' identity numbers in one column
        mixed = []
        for _ in range(size):
            entity = rng.choice(NATIONAL_IDS)
            mixed.extend(values(entity, specs[entity][0], 1))
        cols.append(column_of(rng.choice(("personal_id", "national_id", "identitetsnummer")), "mixed countries", mixed))
        # names
        for kind, options in PERSON_COLUMNS.items():
            for name, cc in options:
                items = [(v, (("PERSON", 0, len(v), variant),))
                         for v, variant in (g.person_cell(kind, cc) for _ in range(size))]
                cols.append(column_of(name, f"{kind} name {cc}", items))
        for name, cc in PERSON_PLAIN_COLUMNS:
            items = [(v, (("PERSON", 0, len(v), variant),)) for v, variant in (g.person_cell("full", cc) for _ in range(size))]
            cols.append(column_of(name, f"full name {cc}, no hint", items))
        # notes with 1-2% embedded identifiers, and notes with nothing
        for name, lang, entity in NOTES_COLUMNS:
            cols.append(column_of(name, f"notes ({lang}) + {SHORT[entity]}", notes(g, lang, entity, size)))
        cols.append(column_of("anteckningar", "notes, nothing embedded", notes(g, "sv", None, size)))
        # negatives
        for cat, (gen, columns) in negative_specs(g).items():
            cols.append(Column(rng.choice(columns), [gen() for _ in range(size)], frozenset(), cat))
    return cols


def notes(g: Gen, lang: str, entity: str | None, size: int) -> list[tuple[str, tuple[Label, ...]]]:
    rng = g.rng
    plain = demo._NOTES[lang]["plain"]
    out: list[tuple[str, tuple[Label, ...]]] = [
        (rng.choice(plain).format(inv=rng.randrange(10000, 99999), month=rng.choice(demo._MONTHS[lang])), ())
        for _ in range(size)]
    if entity is None:
        return out
    specs = positive_specs(g)
    for i in rng.sample(range(size), max(2, round(size * rng.uniform(0.01, 0.02)))):
        if entity == "PERSON":
            case = person_sentence(g, lang, "context" if rng.random() < 0.5 else "plain")
        else:
            value, variant = specs[entity][0]()
            case = sentence(entity, value, variant, lang, "context" if rng.random() < 0.5 else "plain", rng)
        out[i] = (case.text, case.labels)
    return out


# ==========================================================================
# scoring
# ==========================================================================

@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    fp_ctx: int = 0  # false positives that a context-supported hit of another entity overlaps
    fp_undecidable: int = 0  # false positives no tool could tell from the truth (``undecidable``)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def precision_ctx(self) -> float:
        fp = self.fp - self.fp_ctx
        return self.tp / (self.tp + fp) if self.tp + fp else float("nan")

    @property
    def precision_decidable(self) -> float:
        fp = self.fp - self.fp_undecidable
        return self.tp / (self.tp + fp) if self.tp + fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / self.support if self.support else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r and not (math.isnan(p) or math.isnan(r)) else float("nan")


@dataclass
class Outcome:
    """Per case and tool: which labels were found, and the false-positive hits."""

    found: list[bool]
    fps: list[tuple[str, int, int, bool]]  # (entity, start, end, another entity's hint/context hit overlaps)
    undecidable: frozenset[str] = frozenset()  # entities of ``fps`` that no signal could rule out


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_case(case: Case, hits: list[tuple[str, int, int, bool]]) -> Outcome:
    """``hits``: (entity, start, end, context) at score >= THRESHOLD."""
    found = [any(e == le and overlaps(s, t, ls, lt) for e, s, t, _ in hits) for le, ls, lt, _ in case.labels]
    fps = []
    for e, s, t, ctx in hits:
        if any(e == le and overlaps(s, t, ls, lt) for le, ls, lt, _ in case.labels):
            continue
        resolvable = not ctx and any(c and e2 != e and overlaps(s, t, s2, t2) for e2, s2, t2, c in hits)
        fps.append((e, s, t, resolvable))
    return Outcome(found, fps)


# The languages whose text makes a country's identifier likelier.  Swedish
# is an official language of Finland too; no sentence here is Icelandic.
COUNTRY_LANGS = {
    "SE_PERSONNUMMER": {"sv"}, "NO_FODSELSNUMMER": {"no"}, "DK_CPR": {"da"},
    "FI_PERSONAL_IDENTITY_CODE": {"fi", "sv"}, "IS_KENNITALA": set(),
}


def _se_valid(value: str) -> bool:
    """python-stdnum's personnummer check, and samordningsnummer (day + 60,
    reference §1.1), which python-stdnum does not know: the date with the
    day less 60, the Luhn digit over the digits as written."""
    if stdnum_pnr.is_valid(value):
        return True
    try:
        number = stdnum_pnr.compact(value)
        day = int(number[-7:-5])
    except (ValueError, IndexError):
        return False
    if not 61 <= day <= 91:
        return False
    try:
        stdnum_pnr.get_birth_date(f"{number[:-7]}{day - 60:02d}{number[-5:]}")
    except ValueError:  # stdnum's InvalidComponent
        return False
    return stdnum_luhn.is_valid((number[:-5] + number[-4:])[-10:])


# python-stdnum's validators: the judge of whether a negative's digits are
# another identifier, independent of nordpii's recognizers.
STDNUM_VALID: dict[str, Callable[[str], bool]] = {
    "SE_PERSONNUMMER": _se_valid, "NO_FODSELSNUMMER": stdnum_fnr.is_valid,
    "DK_CPR": stdnum_cpr.is_valid, "FI_PERSONAL_IDENTITY_CODE": stdnum_hetu.is_valid,
    "IS_KENNITALA": stdnum_kennitala.is_valid,
}


def undecidable(case: Case, outcome: Outcome, hinted_of: Callable[[str], frozenset]) -> frozenset[str]:
    """The national identity numbers hit on ``case`` that no tool could rule out.

    A case labelled with one country's identity number (found) whose digits
    are also a valid number of another country, with nothing in the case
    that tells the two apart: a cell whose column name hints at neither (or
    at both: "personnummer" is Swedish, Norwegian and Danish), or a sentence
    without a context word, in a language that is not one country's rather
    than the other's (English, or a third country's language).  Reporting
    both readings is then the right answer, and the second is no false
    positive of the tool: the corpus alone knows which country issued it.
    Sentences with a context word or a "Label:" always name the entity or
    its country (CONTEXT_PHRASES), so they never count here.

    The same holds for a negative cell whose value python-stdnum, not
    nordpii, accepts as the identifier hit, under a generic column name
    (GENERIC_COLUMNS: ``id``, ``nummer`` ...) or one that hints at that
    identifier too: an "invalid personnummer" whose digits are a valid CPR
    is, in a column called ``nummer`` or ``personnummer`` (the Danish word
    for a CPR number), a valid CPR to any tool.  Under a column name that
    hints at the generator's identifier alone (``cpr``, ``pnr``), in a
    column that argues against personal data (``ordernummer``) and in
    sentences the case holds a signal, and the hit stays a plain false
    positive.
    """
    if not case.labels:
        if case.subset != "neg:cell":
            return frozenset()
        hinted = hinted_of(case.column)
        generic = case.column in GENERIC_COLUMNS and not hinted
        return frozenset(e for e, s, t, _ in outcome.fps
                         if e in STDNUM_VALID and (generic or e in hinted) and STDNUM_VALID[e](case.text[s:t]))
    labels = [(e, ok) for (e, *_), ok in zip(case.labels, outcome.found) if e in NATIONAL_IDS]
    if not labels or not all(ok for _, ok in labels):
        return frozenset()
    label = labels[0][0]
    out = set()
    for entity in {f[0] for f in outcome.fps if f[0] in NATIONAL_IDS and f[0] != label}:
        if case.subset in ("cell:plain", "cell:hint"):
            hinted = hinted_of(case.column) & {label, entity}
            if len(hinted) != 1:
                out.add(entity)
        elif case.subset == "text:plain":
            if case.lang not in COUNTRY_LANGS[label] ^ COUNTRY_LANGS[entity]:
                out.add(entity)
    return frozenset(out)


def tally(cases: list[Case], outcomes: list[Outcome], entities, where: Callable[[Case], bool] = lambda c: True,
          key: Callable[[Case], str] = lambda c: "") -> dict[tuple[str, str], Tally]:
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for case, oc in zip(cases, outcomes):
        if not where(case):
            continue
        k = key(case)
        for (entity, *_), ok in zip(case.labels, oc.found):
            if entity in entities:
                t = out[(entity, k)]
                if ok:
                    t.tp += 1
                else:
                    t.fn += 1
        for entity in {f[0] for f in oc.fps}:  # one false positive per value and entity
            if entity in entities:
                out[(entity, k)].fp += 1
                if all(f[3] for f in oc.fps if f[0] == entity):
                    out[(entity, k)].fp_ctx += 1
                if entity in oc.undecidable:
                    out[(entity, k)].fp_undecidable += 1
    return out


def fmt(x: float, width: int = 5) -> str:
    return f"{'-':>{width}}" if math.isnan(x) else f"{x:{width}.3f}"


def label_names(case: Case) -> str:
    return "/".join(sorted({SHORT[e] for e, *_ in case.labels})) or "negative"


def fmt_of(variant: str) -> str:
    return variant.split("|")[-1]


# ==========================================================================
# running the tools
# ==========================================================================

def run_nordpii(detector: Detector, cases: list[Case], unlabelled: Counter,
                hinted_of: Callable[[str], frozenset] = lambda c: frozenset()) -> list[Outcome]:
    """nordpii's outcomes for the labelled entities; hits of any other entity
    (a recognizer added after this corpus was written) are counted in
    ``unlabelled`` by (entity, category) and left out of the metrics."""
    by_column: dict[str, list[int]] = defaultdict(list)
    for i, case in enumerate(cases):
        by_column[case.column].append(i)
    outcomes: list[Outcome | None] = [None] * len(cases)
    for column, idxs in by_column.items():
        results = detector.detect([cases[i].text for i in idxs], column)
        for i in idxs:
            res = results.get(cases[i].text)
            hits = [(h.entity_type, h.start, h.end, h.context)
                    for h in (res.hits if res else ()) if h.score >= THRESHOLD]
            for e in {h[0] for h in hits} - set(ENTITIES):
                unlabelled[(e, cases[i].cat or label_names(cases[i]))] += 1
            oc = score_case(cases[i], [h for h in hits if h[0] in ENTITIES])
            oc.undecidable = undecidable(cases[i], oc, hinted_of)
            outcomes[i] = oc
    return outcomes  # type: ignore[return-value]


def run_presidio(cases: list[Case]) -> list[Outcome]:
    from presidio_analyzer.predefined_recognizers import (
        FiPersonalIdentityCodeRecognizer,
        SeOrganisationsnummerRecognizer,
        SePersonnummerRecognizer,
    )

    recs = (SePersonnummerRecognizer(), SeOrganisationsnummerRecognizer(), FiPersonalIdentityCodeRecognizer())
    out = []
    for case in cases:
        hits = [(r.entity_type, r.start, r.end, False)
                for rec in recs for r in rec.analyze(case.text, rec.supported_entities, nlp_artifacts=None)
                if r.score >= THRESHOLD]
        out.append(score_case(case, hits))
    return out


def restrict(outcomes: list[Outcome], entities) -> list[Outcome]:
    """Outcomes as if only ``entities`` were detected (for the Presidio comparison)."""
    return [Outcome(oc.found, [f for f in oc.fps if f[0] in entities]) for oc in outcomes]


def run_columns(detector: Detector, columns: list[Column], unlabelled: Counter) -> list[set[str]]:
    reported = []
    for i, col in enumerate(columns):
        unit = Unit(source="bench://accuracy", location={"table": f"t{i}", "column": col.name}, name=col.name)
        results = detector.detect(col.values, col.name)
        verdicts = judge(Sample(unit=unit, values=tuple(col.values)), results,
                         traits=detector.traits, hints=detector.hints)
        found = {v.entity_type for v in verdicts}
        for e in found - set(ENTITIES):
            unlabelled[(e, f"column {col.name} [{col.kind}]")] += 1
        reported.append(found & set(ENTITIES))
    return reported


# ==========================================================================
# report
# ==========================================================================

# Named categories for the Presidio comparison: (entity, title, predicate on
# (case, label variant)) for recall, (entity, title, predicate on case) for
# false hits.
_DIGIT_RUNS = {"order number (10 digits)", "reference (11 digits)", "transaction id (12 digits)", "EAN-13",
               "timestamp", "customer number (8 digits)"}
RECALL_PROBES = (
    ("SE_PERSONNUMMER", "personnummer YYYYMMDD-NNNN", lambda v: v == "personnummer|long"),
    ("SE_PERSONNUMMER", "personnummer YYMMDD-NNNN", lambda v: v == "personnummer|short"),
    ("SE_PERSONNUMMER", "personnummer, 12 digits", lambda v: v == "personnummer|compact12"),
    ("SE_PERSONNUMMER", "personnummer, 10 digits", lambda v: v == "personnummer|compact10"),
    ("SE_PERSONNUMMER", "samordningsnummer (day + 60), all forms", lambda v: v.startswith("samordningsnummer|")),
    ("SE_PERSONNUMMER", "samordningsnummer, day 60 / month 00 (test)", lambda v: v.startswith("samordning unknown")),
    ("SE_PERSONNUMMER", "'+' separator (aged 100 or more)", lambda v: v.startswith("centenarian")),
    ("SE_ORGANISATIONSNUMMER", "NNNNNN-NNNN", lambda v: v.endswith("|6-4")),
    ("SE_ORGANISATIONSNUMMER", "10 digits", lambda v: v.endswith("|compact")),
    ("SE_ORGANISATIONSNUMMER", "16 + 10 digits (12-digit form)", lambda v: v.endswith("|16-prefix")),
    ("SE_ORGANISATIONSNUMMER", "VAT SE...01", lambda v: v.endswith("|VAT") and not v.startswith("enskild")),
    ("SE_ORGANISATIONSNUMMER", "VAT of a sole trader (SE + personnummer + 01)", lambda v: v.startswith("enskild")),
    ("FI_PERSONAL_IDENTITY_CODE", "classic sign '-' / 'A'", lambda v: v == "classic sign"),
    ("FI_PERSONAL_IDENTITY_CODE", "2023 signs Y X W V U / B C D E F", lambda v: v == "2023 sign"),
    ("FI_PERSONAL_IDENTITY_CODE", "lower case", lambda v: v == "lower case"),
    ("FI_PERSONAL_IDENTITY_CODE", "temporary / test 900-999", lambda v: v == "temporary 9xx"),
)
FP_PROBES = (
    ("SE_ORGANISATIONSNUMMER", "12-digit personnummer (compact)",
     lambda c: any(e == "SE_PERSONNUMMER" and fmt_of(v) == "compact12" for e, _, _, v in c.labels)),
    ("SE_ORGANISATIONSNUMMER", "inside longer numbers (IBAN, card, kontonr, fnr, phone)",
     lambda c: bool({e for e, *_ in c.labels} & {"IBAN_CODE", "CREDIT_CARD", "NO_BANK_ACCOUNT", "NO_FODSELSNUMMER", "PHONE_NUMBER"})),
    ("SE_ORGANISATIONSNUMMER", "random 10-digit order numbers", lambda c: c.cat == "order number (10 digits)"),
    ("SE_ORGANISATIONSNUMMER", "other digit runs (11-12 digits, EAN-13, epoch times)",
     lambda c: c.cat in _DIGIT_RUNS - {"order number (10 digits)"}),
    ("SE_ORGANISATIONSNUMMER", "case/contract numbers NNNNNN-NNNN",
     lambda c: c.cat in ("case number YYYYMM-NNNN", "contract number NNNNNN-NNNN")),
    ("SE_PERSONNUMMER", "other Nordic identity numbers (DK, IS, NO, FI)",
     lambda c: bool({e for e, *_ in c.labels} & {"DK_CPR", "IS_KENNITALA", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE"})),
    ("SE_PERSONNUMMER", "inside longer numbers (IBAN, card, kontonr, phone)",
     lambda c: bool({e for e, *_ in c.labels} & {"IBAN_CODE", "CREDIT_CARD", "NO_BANK_ACCOUNT", "PHONE_NUMBER"})),
    ("SE_PERSONNUMMER", "random digit runs (10-12 digits, EAN-13, epoch times)", lambda c: c.cat in _DIGIT_RUNS),
    ("SE_PERSONNUMMER", "invalid variants of other identifiers", lambda c: c.cat.startswith("invalid")),
    ("FI_PERSONAL_IDENTITY_CODE", "other identity numbers and digit runs",
     lambda c: c.cat in _DIGIT_RUNS or bool(c.labels)),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=200,
                    help="values per column (2 columns per kind); value level: 5x this many cells and 2x this "
                         "many sentences per entity, 2x this many values per negative category")
    args = ap.parse_args()
    t0 = time.perf_counter()

    rng = random.Random(args.seed)
    g = Gen(rng)
    detector = Detector()
    hint_cache: dict[str, frozenset] = {}

    def hinted_of(column: str) -> frozenset:
        if column not in hint_cache:
            hint_cache[column] = detector.hints.entities_for(column)
        return hint_cache[column]

    cases = build_value_cases(g, args.size, hinted_of)
    columns = build_columns(g, args.size, reps=2)
    service_rng = random.Random(f"service {args.seed}")
    cases += service_cases(service_rng, args.size)
    columns.append(Column(service_rng.choice(SERVICE_COLUMNS), [service_number(service_rng) for _ in range(args.size)],
                          frozenset(), "service phone numbers"))
    role_rng = random.Random(f"role {args.seed}")
    cases += role_cases(role_rng, args.size)
    columns.append(Column(role_rng.choice(ROLE_COLUMNS), [role_address(role_rng) for _ in range(args.size)],
                          frozenset(), "role and mailing-list e-mail addresses"))
    t_gen = time.perf_counter() - t0
    t = time.perf_counter()
    unlabelled: Counter = Counter()
    nordpii = run_nordpii(detector, cases, unlabelled, hinted_of)
    t_val = time.perf_counter() - t
    t = time.perf_counter()
    reported = run_columns(detector, columns, unlabelled)
    t_col = time.perf_counter() - t
    t = time.perf_counter()
    presidio = run_presidio(cases)
    t_pres = time.perf_counter() - t

    n_pos = sum(1 for c in cases if c.labels)
    n_cells = sum(1 for c in cases if c.subset in ("cell:hint", "cell:plain", "neg:cell"))
    print(f"nordpii accuracy benchmark   seed={args.seed} size={args.size}   hits count at score >= {THRESHOLD}")
    print(f"corpus: {len(cases)} value-level cases ({n_pos} labelled, {len(cases) - n_pos} negatives; "
          f"{n_cells} cells, {len(cases) - n_cells} sentences); {len(columns)} columns of {args.size} values")
    print(f"time: generate {t_gen:.1f} s, values {t_val:.1f} s, columns {t_col:.1f} s, Presidio {t_pres:.1f} s")
    print("Cells are detected with their column name (its hints), sentences without.  Examples are masked.")
    print("Mix (as scanner/demo.py where it has one): 12% of DK CPR without modulus 11, 5% of kennitala without")
    print("check digit, 8% samordningsnummer, 3% aged 100+ ('+'), 15% of cells under a generic column name;")
    print("sentences: 45% with a context word, 15% 'Label: value', 40% without.")

    # -- value level ----------------------------------------------------------
    overall = tally(cases, nordpii, ENTITIES)
    value_metrics = {e: overall.get((e, ""), Tally()) for e in ENTITIES}
    print("\n== Value level: all cases (cells + sentences) ==")
    print("FPc = false positives overlapped by another entity's hit that a column hint or context word supports")
    print("(a hint-first resolution would drop them); precision_c = precision without them")
    print("FPu = false positives no tool could rule out: another country's identity number, also valid as this")
    print("one, in a case without any signal, or a negative that python-stdnum accepts as this one under a generic")
    print("column name or one that hints at this one too (see ``undecidable``); prec_d = precision without them")
    print(f"{'entity':27} {'support':>7} {'TP':>6} {'FN':>5} {'FP':>5} {'FPc':>4} {'FPu':>4} {'prec':>6} {'recall':>6} "
          f"{'F1':>6} {'prec_c':>6} {'prec_d':>6}")
    for e in ENTITIES:
        tl = value_metrics[e]
        print(f"{e:27} {tl.support:7d} {tl.tp:6d} {tl.fn:5d} {tl.fp:5d} {tl.fp_ctx:4d} {tl.fp_undecidable:4d} "
              f"{fmt(tl.precision, 6)} {fmt(tl.recall, 6)} {fmt(tl.f1, 6)} {fmt(tl.precision_ctx, 6)} "
              f"{fmt(tl.precision_decidable, 6)}")

    print("\n== Value level: national identity numbers, where the false positives are ==")
    print("negatives: look-alikes (values hit / values) that pass every check of the entity, e.g. an invalid CPR that")
    print("is a valid personnummer, under a column name or in a sentence that argues against it; other IDs: values")
    print("labelled with another country's number, with a signal that could tell them apart (decidable); undecidable")
    print("(FPu): those without any signal, and negatives python-stdnum accepts as the entity under a column name that")
    print("does not argue against it (generic, or hinting at it too)")
    print(f"{'entity':27} {'FP':>5} {'negatives':>10} {'decidable':>10} {'undecidable':>12}")
    for e in NATIONAL_IDS:
        neg = dec = und = 0
        for case, oc in zip(cases, nordpii):
            if not any(f[0] == e for f in oc.fps):
                continue
            if e in oc.undecidable:
                und += 1
            elif not case.labels:
                neg += 1
            else:
                dec += 1
        print(f"{e:27} {neg + dec + und:5d} {neg:10d} {dec:10d} {und:12d}")

    subsets = ("cell:hint", "cell:plain", "text:context", "text:label", "text:plain")
    by_subset = tally(cases, nordpii, ENTITIES, key=lambda c: c.subset)
    print("\n== Value level: recall by subset (support) ==")
    print("cell:hint  a cell whose column name hints at the entity    cell:plain   a cell under a generic name")
    print("text:context  a context word near the value    text:label  'Context word: value'    text:plain  no context word")
    print(f"{'entity':27} " + " ".join(f"{s:>14}" for s in subsets))
    for e in ENTITIES:
        row = []
        for s in subsets:
            tl = by_subset.get((e, s))
            row.append(f"{fmt(tl.recall)} ({tl.support:5d})" if tl and tl.support else "")
        print(f"{e:27} " + " ".join(f"{c:>14}" for c in row))

    by_lang = tally(cases, nordpii, ENTITIES, where=lambda c: "text" in c.subset, key=lambda c: c.lang)
    print("\n== Value level: sentences per language (precision/recall/F1 support) ==")
    print(f"{'entity':7} " + " ".join(f"{lang:>23}" for lang in LANGS))
    totals = {lang: Tally() for lang in LANGS}
    for e in ENTITIES:
        row = []
        for lang in LANGS:
            tl = by_lang.get((e, lang))
            if tl is None:
                row.append("")
                continue
            totals[lang].tp += tl.tp
            totals[lang].fn += tl.fn
            totals[lang].fp += tl.fp
            row.append(f"{fmt(tl.precision)}/{fmt(tl.recall)}/{fmt(tl.f1)} {tl.support:4d}")
        print(f"{SHORT[e]:7} " + " ".join(f"{c:>23}" for c in row))
    print(f"{'all':7} " + " ".join(
        f"{fmt(totals[lang].precision)}/{fmt(totals[lang].recall)}/{fmt(totals[lang].f1)} {totals[lang].support:4d}"
        for lang in LANGS))

    print("\n== Value level: recall per variant (support) ==")
    per_variant: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for case, oc in zip(cases, nordpii):
        for (e, _, _, variant), ok in zip(case.labels, oc.found):
            counts = per_variant[e][variant.split("|")[0]]
            counts[0] += ok
            counts[1] += 1
    for e in ENTITIES:
        parts = [f"{k} {n / m:.3f} ({m})" for k, (n, m) in sorted(per_variant[e].items(), key=lambda kv: -kv[1][1])]
        line, out = f"{SHORT[e]:7}", []
        for part in parts:  # wrap at ~118 characters
            if len(line) + len(part) + 2 > 118:
                out.append(line)
                line = " " * 7
            line += ("  " if line.strip() else " ") + part
        out.append(line)
        print("\n".join(out))

    print("\n== Value level: false positives on negatives (values hit / values) ==")
    neg_n: Counter = Counter()
    neg_fp: dict[str, Counter] = defaultdict(Counter)
    neg_ex: dict[tuple[str, str], str] = {}
    for case, oc in zip(cases, nordpii):
        if case.labels:
            continue
        cat = case.cat
        neg_n[cat] += 1
        for e in {f[0] for f in oc.fps}:
            neg_fp[cat][e] += 1
            _, s, t_, _ = next(f for f in oc.fps if f[0] == e)
            neg_ex.setdefault((cat, e), mask(e, case.text[s:t_]))
    for cat in neg_n:
        hits = ", ".join(f"{SHORT[e]} {n} (e.g. {neg_ex[(cat, e)]})" for e, n in neg_fp[cat].most_common())
        print(f"{cat:38} {neg_n[cat]:4d}  {hits or '-'}")

    print("\n== Value level: false positives on values labelled with another entity ==")
    print("(hit -> label: values; 'hint' = in a cell whose column name hints at the label, 'ctx' = FPc)")
    cross: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    cross_ex: dict[tuple[str, str], str] = {}
    for case, oc in zip(cases, nordpii):
        if not case.labels:
            continue
        for e in {f[0] for f in oc.fps}:
            k = (e, label_names(case))
            cross[k][0] += 1
            cross[k][1] += case.subset == "cell:hint"
            cross[k][2] += all(f[3] for f in oc.fps if f[0] == e)
            _, s, t_, _ = next(f for f in oc.fps if f[0] == e)
            cross_ex.setdefault(k, mask(e, case.text[s:t_]))
    for (e, labels), (n, hinted, ctx) in sorted(cross.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"{SHORT[e]:7} -> {labels:15} {n:4d}  hint {hinted:4d}  ctx {ctx:4d}  e.g. {cross_ex[(e, labels)]}")

    print("\n== Value level: misses (entity, variant, subset: count, masked example) ==")
    misses: Counter = Counter()
    miss_ex: dict[tuple, str] = {}
    for case, oc in zip(cases, nordpii):
        for (e, s, t_, variant), ok in zip(case.labels, oc.found):
            if not ok:
                k = (e, variant, case.subset)
                misses[k] += 1
                miss_ex.setdefault(k, mask(e, case.text[s:t_]))
    for (e, variant, subset), n in sorted(misses.items(), key=lambda kv: (ENTITIES.index(kv[0][0]), -kv[1], kv[0])):
        print(f"{SHORT[e]:7} {variant:36} {subset:12} {n:4d}  e.g. {miss_ex[(e, variant, subset)]}")

    # -- column level ------------------------------------------------------------
    col_tally = {e: Tally() for e in ENTITIES}
    errors = []
    for col, rep in zip(columns, reported):
        for e in col.labels:
            if e in rep:
                col_tally[e].tp += 1
            else:
                col_tally[e].fn += 1
        for e in rep - col.labels:
            if e in col_tally:
                col_tally[e].fp += 1
        if col.labels ^ rep:
            errors.append((col, col.labels - rep, rep - col.labels))
    print(f"\n== Column level: {len(columns)} columns ({sum(1 for c in columns if not c.labels)} negative), "
          f"Detector.detect + verdicts.judge ==")
    print(f"{'entity':27} {'columns':>7} {'TP':>4} {'FN':>4} {'FP':>4} {'prec':>6} {'recall':>6}")
    for e in ENTITIES:
        tl = col_tally[e]
        print(f"{e:27} {tl.support:7d} {tl.tp:4d} {tl.fn:4d} {tl.fp:4d} {fmt(tl.precision, 6)} {fmt(tl.recall, 6)}")
    print("columns with a missing or an extra entity:")
    for col, missing, extra in errors:
        desc = ([f"missing {','.join(sorted(SHORT[e] for e in missing))}"] if missing else []) + \
               ([f"extra {','.join(sorted(SHORT[e] for e in extra))}"] if extra else [])
        print(f"  {col.name:22} [{col.kind}] {'; '.join(desc)}")
    if not errors:
        print("  none")

    # -- Presidio -------------------------------------------------------------------
    mine = restrict(nordpii, PRESIDIO_ENTITIES)
    t_mine, t_pres = tally(cases, mine, PRESIDIO_ENTITIES), tally(cases, presidio, PRESIDIO_ENTITIES)
    print("\n== nordpii against Presidio's SePersonnummer-, SeOrganisationsnummer- and "
          "FiPersonalIdentityCodeRecognizer ==")
    print("Presidio's recognizers called directly (analyze(text, entities, nlp_artifacts=None)) on every value-level")
    print("case; nordpii's hits restricted to the same three entities.")
    print(f"{'entity':27} {'support':>7}   {'nordpii P':>9} {'R':>6} {'FP':>4}   {'Presidio P':>10} {'R':>6} {'FP':>4}")
    for e in PRESIDIO_ENTITIES:
        a, b = t_mine.get((e, ""), Tally()), t_pres.get((e, ""), Tally())
        print(f"{e:27} {a.support:7d}   {fmt(a.precision, 9)} {fmt(a.recall, 6)} {a.fp:4d}   "
              f"{fmt(b.precision, 10)} {fmt(b.recall, 6)} {b.fp:4d}")
    print("\nnamed categories (recall: found/labelled; false hits: values hit/values in the category):")
    for e, title, pred in RECALL_PROBES:
        n = fa = fb = 0
        for case, a, b in zip(cases, mine, presidio):
            for (le, _, _, variant), oa, ob in zip(case.labels, a.found, b.found):
                if le == e and pred(variant):
                    n, fa, fb = n + 1, fa + oa, fb + ob
        print(f"  {SHORT[e]:7} found      {title:58} nordpii {fa:4d}/{n:<4d} Presidio {fb:4d}/{n:<4d}")
    for e, title, pred in FP_PROBES:
        n = fa = fb = 0
        for case, a, b in zip(cases, mine, presidio):
            if pred(case) and not any(le == e for le, *_ in case.labels):
                n += 1
                fa += any(f[0] == e for f in a.fps)
                fb += any(f[0] == e for f in b.fps)
        print(f"  {SHORT[e]:7} false hit  {title:58} nordpii {fa:4d}/{n:<4d} Presidio {fb:4d}/{n:<4d}")

    print("\nevery difference, by category (values; found = labelled value detected by one tool only,")
    print("false hit = a hit of the entity on a value not labelled with it, by one tool only):")
    diff: Counter = Counter()
    diff_ex: dict[tuple, str] = {}
    for case, a, b in zip(cases, mine, presidio):
        for (e, s, t_, variant), fa, fb in zip(case.labels, a.found, b.found):
            if e in PRESIDIO_ENTITIES and fa != fb:
                k = (e, "found", "nordpii only" if fa else "Presidio only", variant)
                diff[k] += 1
                diff_ex.setdefault(k, mask(e, case.text[s:t_]))
        for e in PRESIDIO_ENTITIES:
            ea = [f for f in a.fps if f[0] == e]
            eb = [f for f in b.fps if f[0] == e]
            if bool(ea) != bool(eb):
                where = f"on {label_names(case)} {fmt_of(case.labels[0][3])}" if case.labels else f"on {case.cat}"
                k = (e, "false hit", "nordpii only" if ea else "Presidio only", where)
                diff[k] += 1
                _, s, t_, _ = (ea or eb)[0]
                diff_ex.setdefault(k, mask(e, case.text[s:t_]))
    for k, n in sorted(diff.items(), key=lambda kv: (PRESIDIO_ENTITIES.index(kv[0][0]), kv[0][1], kv[0][2], -kv[1])):
        e, what, who, cat = k
        print(f"  {SHORT[e]:7} {what:9} {who:13} {n:4d}  {cat:40} e.g. {diff_ex[k]}")

    if unlabelled:
        print("\nentities this corpus does not label (left out of every metric above):")
        for (e, where), n in sorted(unlabelled.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print(f"  {e:14} {n:5d}  {where}")

    # -- targets ----------------------------------------------------------------------
    print("\n== Targets (the issue's): PASS/FAIL ==")
    met = []

    def target(name: str, value: float, goal: float) -> None:
        ok = not math.isnan(value) and value >= goal
        met.append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {name:60} {fmt(value)} >= {goal}")

    for e in (*NATIONAL_IDS, "IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS"):
        goal = 0.98 if e in ("PHONE_NUMBER", "EMAIL_ADDRESS") else 0.99
        target(f"{e} value-level precision", value_metrics[e].precision, goal)
        target(f"{e} value-level recall", value_metrics[e].recall, goal)
        target(f"{e} column-level precision", col_tally[e].precision, goal)
        target(f"{e} column-level recall", col_tally[e].recall, goal)
    name_cells = tally(cases, nordpii, ("PERSON",), where=lambda c: c.subset.startswith("cell"))
    text_names = tally(cases, nordpii, ("PERSON",), where=lambda c: c.subset.startswith("text"))
    target("PERSON value-level recall in name columns (name cells)", name_cells.get(("PERSON", ""), Tally()).recall, 0.9)
    target("PERSON value-level recall in free text (sentences)", text_names.get(("PERSON", ""), Tally()).recall, 0.8)
    target("PERSON column-level recall (name columns)", col_tally["PERSON"].recall, 0.9)
    print(f"{sum(met)} of {len(met)} targets met; total time {time.perf_counter() - t0:.1f} s")
    print("\nThe same value-level precision targets with FPu (readings no tool could rule out) left out:")
    strict = sum(met)
    for e in NATIONAL_IDS:
        tl = value_metrics[e]
        ok = tl.precision_decidable >= 0.99
        strict += ok and tl.precision < 0.99
        print(f"{'PASS' if ok else 'FAIL'}  {e + ' value-level precision, FPu left out':60} "
              f"{fmt(tl.precision_decidable)} >= 0.99")
    print(f"{strict} of {len(met)} targets met with FPu left out")
    # The issue's own rule: "an identifier without context ... needs a valid
    # checksum to count". A kennitala issued since February 2026 has no
    # check digit; in a cell whose column hints at nothing, or in a sentence
    # without a context word, the rule says it does not count, so its miss
    # is the rule, not the recognizer.
    support = found = ruled = 0
    for case, oc in zip(cases, nordpii):
        for (entity, _, _, variant), ok in zip(case.labels, oc.found):
            if entity != "IS_KENNITALA":
                continue
            if not ok and variant.startswith("no check digit") and case.subset in ("cell:plain", "text:plain"):
                ruled += 1
                continue
            support += 1
            found += ok
    recall = found / support if support else math.nan
    ok = recall >= 0.99
    strict += ok and value_metrics["IS_KENNITALA"].recall < 0.99
    print(f"{'PASS' if ok else 'FAIL'}  {'IS_KENNITALA value-level recall, ruled-out misses left out':60} "
          f"{fmt(recall)} >= 0.99   ({ruled} kennitölur without a check digit and without context,")
    print("      which the issue's rule says need a checksum to count)")
    print(f"{strict} of {len(met)} targets met with FPu and the ruled-out misses left out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
