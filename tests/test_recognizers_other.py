"""Tables for the recognizers of everything but personal identity numbers.

Organisation numbers (SE, NO, DK, FI), IBAN, Swedish bankgiro, Norwegian
kontonummer, phone numbers, e-mail and IP addresses, payment cards.  Every
value here is synthetic: generated with a computed check digit, a published
test number (python-stdnum's own examples in ``shared/data``, payment
processors' test cards), a fictional or documentation range (PTS 070-174 06
xx, RFC 5737/3849 addresses, example domains) or a patterned number.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.no import fodselsnummer

from recognizers import CONTEXT_BOOST, REPORT_THRESHOLD, all_recognizer_classes, digits
from recognizers.credit_card import NordicCreditCardRecognizer
from recognizers.dk_cpr import DkCprRecognizer
from recognizers.dk_cvr import DkCvrRecognizer
from recognizers.email import NordicEmailRecognizer
from recognizers.fi_business_id import FiBusinessIdRecognizer
from recognizers.fi_hetu import FiHetuRecognizer
from recognizers.iban import NordicIbanRecognizer, embedded_kennitala
from recognizers.ip_address import IpAddressRecognizer
from recognizers.is_kennitala import IsKennitalaRecognizer
from recognizers.no_bank_account import NoBankAccountRecognizer
from recognizers.no_fodselsnummer import NoFodselsnummerRecognizer
from recognizers.no_orgnr import NoOrgnrRecognizer
from recognizers.phone import NordicPhoneRecognizer
from recognizers.postcode import NordicPostcodeRecognizer
from recognizers.se_bankgiro import SeBankgiroRecognizer
from recognizers.se_organisationsnummer import NordicSeOrganisationsnummerRecognizer
from recognizers.se_personnummer import NordicSePersonnummerRecognizer

# CI clones main with shared/ beside it (DESIGN.md): /work/{main,shared}.
STDNUM_VECTORS = json.loads(
    (Path(__file__).resolve().parents[2] / "shared" / "data" / "stdnum_vectors.json").read_text("utf-8")
)

MINE = (
    NordicSeOrganisationsnummerRecognizer, NoOrgnrRecognizer, DkCvrRecognizer,
    FiBusinessIdRecognizer, NordicIbanRecognizer, SeBankgiroRecognizer,
    NoBankAccountRecognizer, NordicPhoneRecognizer, NordicEmailRecognizer,
    IpAddressRecognizer, NordicCreditCardRecognizer,
)
_INSTANCES = {cls: cls() for cls in (*MINE, NordicSePersonnummerRecognizer)}

SE_ORG = NordicSeOrganisationsnummerRecognizer
NO_ORG = NoOrgnrRecognizer
DK_CVR = DkCvrRecognizer
FI_BID = FiBusinessIdRecognizer
IBAN = NordicIbanRecognizer
BG = SeBankgiroRecognizer
NO_ACC = NoBankAccountRecognizer
PHONE = NordicPhoneRecognizer
EMAIL = NordicEmailRecognizer
IP = IpAddressRecognizer
CARD = NordicCreditCardRecognizer
SE_PNR = NordicSePersonnummerRecognizer


def valid_matches(cls, text):
    """(matched text, shape, score) of every candidate whose check passed."""
    return [
        (text[c.start:c.end], c.shape, c.score)
        for c in _INSTANCES[cls].candidates(text)
        if c.check.valid
    ]


@functools.lru_cache(maxsize=1)
def _detector():
    from scanner.detection import Detector

    return Detector()


def passes_screen(cls, text):
    """The engine's cheap screen, as documented on ``NordicRecognizer.NEEDS``."""
    if cls.NEEDS == "digits":
        return re.search(r"\d\d", text) is not None
    return any(ch in text for ch in cls.NEEDS)


# -- contract ------------------------------------------------------------------

PRIORITIES = {
    SE_ORG: 70, NO_ORG: 70, DK_CVR: 70, FI_BID: 70, IBAN: 65, BG: 45,
    NO_ACC: 45, CARD: 55, PHONE: 30, EMAIL: 60, IP: 50,
}


@pytest.mark.parametrize("cls", MINE, ids=lambda c: c.__name__)
def test_discovered_with_contract(cls):
    assert cls in all_recognizer_classes()
    assert cls.PRIORITY == PRIORITIES[cls]
    shapes = [shape for shape, _, _ in cls.PATTERNS]
    assert len(shapes) == len(set(shapes)), "shape names must be unique"
    assert cls.CONTEXT, "every recognizer lists context words"
    assert 0 < cls.COINCIDENCE <= 1
    # The module docstring documents the number and carries doctests.
    assert ">>> " in sys.modules[cls.__module__].__doc__


@pytest.mark.parametrize("cls", MINE, ids=lambda c: c.__name__)
def test_low_shapes_reach_the_threshold_only_with_context(cls):
    # A shape scored below the threshold must be rescued by one context
    # word; the capped shapes (checksum no evidence) likewise.
    low = [score for _, _, score in cls.PATTERNS if score < REPORT_THRESHOLD]
    for score in low:
        assert score + CONTEXT_BOOST >= REPORT_THRESHOLD
    if cls.CHECKSUM_SCORE < REPORT_THRESHOLD:
        assert cls.CHECKSUM_SCORE + CONTEXT_BOOST >= REPORT_THRESHOLD


# -- valid values --------------------------------------------------------------

VALID = [
    # (recognizer, value, kind, synthetic)
    (SE_ORG, "212000-0001", "stat_kommun_region", False),
    (SE_ORG, "556677-1233", "aktiebolag", False),
    (SE_ORG, "5566771233", "aktiebolag", False),
    (SE_ORG, "16556677-1233", "aktiebolag", False),
    (SE_ORG, "165566771233", "aktiebolag", False),
    (SE_ORG, "802500-0004", "ideell_forening_stiftelse", False),
    (SE_ORG, "SE556677123301", "aktiebolag", False),
    (SE_ORG, "SE 556677123301", "aktiebolag", False),
    # A sole trader's VAT number carries the owner's personnummer.
    (SE_ORG, "SE811218987601", "enskild_firma", False),
    (NO_ORG, "988 077 917", "", False),
    (NO_ORG, "988077917", "", False),
    (NO_ORG, "812345672", "", False),
    (NO_ORG, "NO 988 077 917 MVA", "mva", False),
    (NO_ORG, "NO 988077917 MVA", "mva", False),
    (NO_ORG, "988077917MVA", "mva", False),
    (DK_CVR, "13585628", "", False),
    (DK_CVR, "DK13585628", "", False),
    (DK_CVR, "DK 13 58 56 28", "", False),
    (DK_CVR, "DK-12345674", "", False),
    (FI_BID, "2077474-0", "", False),
    (FI_BID, "1234567-1", "", False),
    (FI_BID, "FI20774740", "alv", False),
    (FI_BID, "FI 2077474-0", "alv", False),
    (IBAN, "SE45 5000 0000 0583 9825 7466", "SE", False),
    (IBAN, "NO9386011117947", "NO", False),
    (IBAN, "DK50 0040 0440 1162 43", "DK", False),
    (IBAN, "FI2112345600000785", "FI", False),
    (IBAN, "IS14 0159 2600 7654 5510 7303 39", "IS", False),
    (IBAN, "FO62 6460 0001 6316 34", "FO", False),
    (IBAN, "GL89 6471 0001 0002 06", "GL", False),
    (IBAN, "GR1601101050000010547023795", "GR", False),  # any country
    (BG, "4321-7652", "", False),
    (BG, "123-4566", "", False),
    (BG, "900-1231", "90-konto", False),
    (NO_ACC, "8601.11.17947", "", False),
    (NO_ACC, "8601 11 17947", "", False),
    (NO_ACC, "86011117947", "", False),
    (NO_ACC, "1234.56.78903", "", False),
    (NO_ACC, "0000.4090403", "postgiro", False),
    (PHONE, "070-174 06 05", "SE", True),
    (PHONE, "070-174 06 99", "SE", True),
    (PHONE, "+46 70 174 06 50", "SE", True),
    (PHONE, "070-123 45 67", "SE", False),
    (PHONE, "08-123 456 78", "SE|FI", False),
    (PHONE, "040 123 4567", "SE|FI", False),
    (PHONE, "+46 (0)70-123 45 67", "SE", False),
    (PHONE, "0046 70 123 45 67", "SE", False),
    (PHONE, "+47 912 34 567", "NO", False),
    (PHONE, "0047 22 33 44 55", "NO", False),
    (PHONE, "912 34 567", "NO|DK", False),
    (PHONE, "22 33 44 55", "NO|DK", False),
    (PHONE, "+45 22 33 44 55", "DK", False),
    (PHONE, "+358 40 123 4567", "FI", False),
    (PHONE, "09 1234 567", "SE|FI", False),
    (PHONE, "+354 555 1234", "IS", False),
    (PHONE, "555 1234", "IS", False),
    (EMAIL, "anna.svensson@example.se", "", True),
    (EMAIL, "ola.nordmann+nyhetsbrev@post.example.no", "", True),
    (EMAIL, "matti.meikäläinen@esimerkki.example.fi", "", True),
    (EMAIL, "jón@dæmi.example.is", "", True),
    (EMAIL, "zelko@bolaget.se", "", False),  # nordpii: allow EMAIL_ADDRESS
    (IP, "192.0.2.44", "private", True),
    (IP, "203.0.113.7", "private", True),
    (IP, "10.0.0.1", "private", False),
    (IP, "172.16.5.4", "private", False),
    (IP, "8.8.8.8", "public", False),
    (IP, "fe80::1", "private", False),
    (IP, "fd00::1", "private", False),
    (IP, "2001:db8::ff00:42:8329", "private", True),
    (IP, "::ffff:192.0.2.128", "private", True),
    (IP, "2a00:1450:4001:80b::200e", "public", False),
    (CARD, "4111 1111 1111 1111", "visa", True),
    (CARD, "4111-1111-1111-1111", "visa", True),
    (CARD, "5555555555554444", "mastercard", True),
    (CARD, "2223003122003222", "mastercard", True),
    (CARD, "3782 822463 10005", "amex", True),
    (CARD, "6011111111111117", "discover", True),
    (CARD, "5019 1234 5678 9013", "dankort", False),
]


@pytest.mark.parametrize(("cls", "value", "kind", "synthetic"), VALID)
def test_valid(cls, value, kind, synthetic):
    check = cls.check(value)
    assert check.valid
    assert check.kind == kind
    assert check.synthetic is synthetic
    assert _INSTANCES[cls].validate_result(value) is True
    # The value on its own is found whole by some pattern.
    assert [m for m, _, _ in valid_matches(cls, value)] == [value]
    assert passes_screen(cls, value)


# -- invalid values ------------------------------------------------------------

INVALID_VALUES = [
    # (recognizer, value, what is wrong)
    (SE_ORG, "556677-1234", "wrong Luhn digit"),
    (SE_ORG, "811218-9876", "a personnummer: d3-d4 is a month"),
    (SE_ORG, "198112189876", "a 12-digit personnummer"),
    (SE_ORG, "456677-1237", "group 4 is not used"),
    (SE_ORG, "056677-1236", "group 0 is not used"),
    (SE_ORG, "175566771233", "12 digits but not the 16 prefix"),
    (SE_ORG, "SE5566771233", "VAT form without its 01 suffix"),
    (NO_ORG, "988 077 918", "wrong mod-11 digit"),
    (NO_ORG, "98807791", "eight digits"),
    (NO_ORG, "NO 988 077 918 MVA", "MVA form with a wrong digit"),
    (DK_CVR, "13585627", "wrong mod-11 digit"),
    (DK_CVR, "03585628", "first digit 0"),
    (DK_CVR, "1358562", "seven digits"),
    (FI_BID, "2077474-1", "wrong check digit"),
    (FI_BID, "FI2077474", "seven digits"),
    (IBAN, "SE45 5000 0000 0583 9825 7467", "mod-97 fails"),
    (IBAN, "NO23 8601 1117 946", "mod-97 holds, the kontonr digit does not"),
    (IBAN, "XX45 5000 0000 0583 9825 7466", "no such country"),
    (IBAN, "SE45 5000 0000 0583 9825 746", "one character short"),
    (BG, "4321-7653", "wrong Luhn digit"),
    (BG, "43217652", "no hyphen"),
    (BG, "12-34567", "hyphen in the wrong place"),
    (NO_ACC, "8601 11 17949", "wrong mod-11 digit"),
    (NO_ACC, "8601 11 1794", "ten digits"),
    (PHONE, "811218-9876", "a 10-digit personnummer"),
    (PHONE, "8112189876", "a bare personnummer"),
    (PHONE, "198112189876", "a 12-digit personnummer"),
    (PHONE, "8601 11 17947", "a kontonummer"),
    (PHONE, "+46 12", "too short"),
    (PHONE, "0099 123 456 78", "00 with a non-Nordic country code"),
    (PHONE, "13585628", "not a NO or DK number range"),
    (EMAIL, "anna..svensson@example.se", "empty atom"),
    (EMAIL, ".anna@example.se", "leading dot"),
    (EMAIL, "anna@example", "no top-level domain"),
    (EMAIL, "anna@-example.se", "label starts with a hyphen"),
    (EMAIL, "anna@exa_mple.se", "underscore in a host name"),
    (EMAIL, "anna@example.s3", "digit in the top-level domain"),
    (EMAIL, "a" * 65 + "@example.se", "local part over 64"),
    (EMAIL, "a@b@example.se", "two @"),
    (IP, "192.168.1.256", "octet above 255"),
    (IP, "010.001.001.001", "leading zeros"),
    (IP, "1.2.3", "three parts"),
    (IP, "24.11.2026", "a dotted date"),
    (IP, "3232235777", "an integer"),
    (IP, "12:30:45", "a time"),
    (IP, "00:1A:2B:3C:4D:5E", "a MAC address"),
    (IP, "::", "the unspecified address"),
    (CARD, "4111 1111 1111 1112", "wrong Luhn digit"),
    (CARD, "1234567890123452", "Luhn holds, no scheme starts with 1"),
    (CARD, "3400000000000018", "Amex prefix, 16 digits"),
    (CARD, "411111111111", "twelve digits"),
]


@pytest.mark.parametrize(("cls", "value", "why"), INVALID_VALUES)
def test_invalid(cls, value, why):
    assert not cls.check(value).valid, why
    assert _INSTANCES[cls].validate_result(value) is False
    assert valid_matches(cls, value) == []


# -- embedded in running text --------------------------------------------------

EMBEDDED = [
    # (language, recognizer, sentence, [(matched text, shape, score)]); None: no language (a log line)
    ("sv", SE_ORG, "Faktura från Exempel AB, org.nr 556677-1233, förfaller 2026-12-01.",
     [("556677-1233", "10_digits_sep", 1.0)]),
    ("sv", SE_ORG, "Momsreg.nr SE556677123301 anges på fakturan.", [("SE556677123301", "vat", 1.0)]),
    ("en", SE_ORG, "Company reg. no. 165566771233 (12-digit form).", [("165566771233", "12_digits", 1.0)]),
    ("no", NO_ORG, "Faktura fra Eksempel AS, org.nr. 988 077 917, betales innen 14 dager.",
     [("988 077 917", "9_digits_spaced", 1.0)]),
    ("no", NO_ORG, "Foretaksregisteret NO 988 077 917 MVA.", [("NO 988 077 917 MVA", "mva", 1.0)]),
    ("en", NO_ORG, "Supplier 988077917 is registered in Norway.", [("988077917", "9_digits", 1.0)]),
    ("da", DK_CVR, "Eksempel ApS, CVR-nr. 13585628, København.", [("13585628", "8_digits", 0.3)]),
    ("da", DK_CVR, "Momsnummer DK 13 58 56 28 står på fakturaen.", [("DK 13 58 56 28", "prefixed", 1.0)]),
    ("en", DK_CVR, "VAT: DK-12345674.", [("DK-12345674", "prefixed", 1.0)]),
    ("fi", FI_BID, "Yrityksen Y-tunnus on 2077474-0.", [("2077474-0", "y_tunnus", 1.0)]),
    ("fi", FI_BID, "ALV-numero FI 2077474-0, kiitos.", [("FI 2077474-0", "alv", 1.0)]),
    ("sv", FI_BID, "Företagets FO-nummer är 1234567-1.", [("1234567-1", "y_tunnus", 1.0)]),
    ("sv", IBAN, "Betala till IBAN SE45 5000 0000 0583 9825 7466 senast fredag.",
     [("SE45 5000 0000 0583 9825 7466", "spaced", 1.0)]),
    ("no", IBAN, "Kontonummer i IBAN-format: NO9386011117947.", [("NO9386011117947", "compact", 1.0)]),
    ("da", IBAN, "IBAN: DK50 0040 0440 1162 43 (Eksempelbanken).", [("DK50 0040 0440 1162 43", "spaced", 1.0)]),
    ("fi", IBAN, "Tilinumero FI21 1234 5600 0007 85, viite 1232.", [("FI21 1234 5600 0007 85", "spaced", 1.0)]),
    # Exact registry length: the next group is not swallowed.
    ("en", IBAN, "Account IS14 0159 2600 7654 5510 7303 39 1234 is closed.",
     [("IS14 0159 2600 7654 5510 7303 39", "spaced", 1.0)]),
    # Typed in lower case (a web form, a chat): the same number.
    ("sv", IBAN, "iban se45 5000 0000 0583 9825 7466, tack", [("se45 5000 0000 0583 9825 7466", "spaced", 1.0)]),
    ("fi", IBAN, "Tilinumero: fi2112345600000785.", [("fi2112345600000785", "compact", 1.0)]),
    ("sv", BG, "Betala till bankgiro 4321-7652 före den 30:e.", [("4321-7652", "bankgiro", 0.3)]),
    ("sv", BG, "Insamling på BG 900-1231.", [("900-1231", "bankgiro", 0.3)]),
    ("no", NO_ACC, "Lønn utbetales til konto 8601.11.17947 hver måned.", [("8601.11.17947", "dotted", 1.0)]),
    ("no", NO_ACC, "Kontonr: 8601 11 17947.", [("8601 11 17947", "spaced", 1.0)]),
    ("en", NO_ACC, "Refund to account 86011117947 please.", [("86011117947", "11_digits", 0.3)]),
    ("sv", PHONE, "Ring mig på 070-174 06 05 eller 08-123 456 78.",
     [("070-174 06 05", "trunk_grouped", 0.6), ("08-123 456 78", "trunk_grouped", 0.6)]),
    ("no", PHONE, "Ring meg på +47 912 34 567 i morgen.", [("+47 912 34 567", "international", 0.8)]),
    ("no", PHONE, "Tlf. 22 33 44 55 (sentralbord).", [("22 33 44 55", "no_dk_grouped", 0.55)]),
    ("da", PHONE, "Ring på +45 22 33 44 55, tak.", [("+45 22 33 44 55", "international", 0.8)]),
    ("fi", PHONE, "Soita numeroon 040 123 4567, kiitos.", [("040 123 4567", "trunk_grouped", 0.6)]),
    ("fi", PHONE, "puh. +358 40 123 4567", [("+358 40 123 4567", "international", 0.8)]),
    ("is", PHONE, "Sími 555 1234.", [("555 1234", "is_national", 0.55)]),
    ("sv", PHONE, "Växel (070) 174 06 10, mobil (070)174 06 05.",
     [("(070) 174 06 10", "trunk_parenthesised", 0.6), ("(070)174 06 05", "trunk_parenthesised", 0.6)]),
    ("sv", PHONE, "Se avsnitt (08) 123 i rapporten (2019) 12 34.", []),
    ("en", PHONE, "Call +46 70 174 06 99 or 0046 70 174 06 98.",
     [("+46 70 174 06 99", "international", 0.8), ("0046 70 174 06 98", "international", 0.8)]),
    # Dotted pairs after the code; a "(0)" where the plan has no trunk
    # prefix, and the number after it is not found a second time.
    ("da", PHONE, "Tlf. +45 22.33.44.55 eller +46 (0)70 174 06 05.",
     [("+45 22.33.44.55", "international", 0.8), ("+46 (0)70 174 06 05", "international", 0.8)]),
    ("no", PHONE, "Tlf. +47 (0)22 33 44 55.", [("+47 (0)22 33 44 55", "international", 0.8)]),  # nordpii: allow
    ("is", PHONE, "Sími +354 (0) 555 1234.", [("+354 (0) 555 1234", "international", 0.8)]),  # nordpii: allow
    # The code in parentheses (Faker's Finnish numbers are written so), and
    # the number after it not found a second time as a national one; a
    # parenthesis that holds no code leaves the national number alone.
    ("fi", PHONE, "Puh. (+46) 70 174 06 50", [("(+46) 70 174 06 50", "international", 0.8)]),
    ("sv", PHONE, "Mobil (+46) 70-174 06 05.", [("(+46) 70-174 06 05", "international", 0.8)]),
    ("no", PHONE, "Tlf. (+47) 22 33 44 55.", [("(+47) 22 33 44 55", "international", 0.8)]),  # nordpii: allow
    ("da", PHONE, "Anna (kunde) 22 33 44 55.", [("22 33 44 55", "no_dk_grouped", 0.55)]),
    ("sv", EMAIL, "Mejla anna.svensson@example.se så svarar vi.",
     [("anna.svensson@example.se", "address", 0.9)]),
    ("no", EMAIL, "E-post: ola.nordmann@example.no.", [("ola.nordmann@example.no", "address", 0.9)]),
    ("da", EMAIL, "Skriv til kundeservice@eksempel.example.dk i dag.",
     [("kundeservice@eksempel.example.dk", "address", 0.9)]),
    ("fi", EMAIL, "Sähköposti: matti.meikäläinen@esimerkki.example.fi",
     [("matti.meikäläinen@esimerkki.example.fi", "address", 0.9)]),
    ("en", EMAIL, "Contact <jane.doe+news@example.com>.", [("jane.doe+news@example.com", "address", 0.9)]),
    (None, IP, '203.0.113.7 - - [24/Nov/2026:10:00:00 +0100] "GET / HTTP/1.1" 200',
     [("203.0.113.7", "ipv4", 0.6)]),
    ("sv", IP, "Inloggning från 192.168.1.20 kl. 10.15 med version 2.4.1.", [("192.168.1.20", "ipv4", 0.6)]),
    ("fi", IP, "IP-osoite 2001:db8::ff00:42:8329 estettiin.", [("2001:db8::ff00:42:8329", "ipv6", 0.6)]),
    ("no", IP, "Klient [fe80::1]:8080 koblet til.", [("fe80::1", "ipv6", 0.6)]),
    ("sv", CARD, "Kortnummer 4111 1111 1111 1111, giltigt till 12/28.", [("4111 1111 1111 1111", "grouped_4", 1.0)]),
    ("en", CARD, "Paid with 3782-822463-10005 (Amex).", [("3782-822463-10005", "grouped_4_6", 1.0)]),
    ("da", CARD, "Betalt med Dankort 5019 1234 5678 9013.", [("5019 1234 5678 9013", "grouped_4", 1.0)]),
    ("fi", CARD, "Kortti 5555555555554444 hylättiin.", [("5555555555554444", "compact", 1.0)]),
    # Each identifier in each of sv, no, da, fi and en: the languages missing above.
    ("no", SE_ORG, "Den svenske leverandøren har organisasjonsnummer 556677-1233 hos Bolagsverket.",
     [("556677-1233", "10_digits_sep", 1.0)]),
    ("da", SE_ORG, "Det svenske selskab med organisationsnummer 5566771233 er kunde hos os.",
     [("5566771233", "10_digits", 1.0)]),
    ("fi", SE_ORG, "Ruotsalaisen yhtiön organisaationumero on 556677-1233.", [("556677-1233", "10_digits_sep", 1.0)]),
    ("sv", NO_ORG, "Det norska bolaget har organisationsnummer 988 077 917 hos Brønnøysundregistren.",
     [("988 077 917", "9_digits_spaced", 1.0)]),
    ("da", NO_ORG, "Den norske leverandør har org.nr. 988077917 ifølge fakturaen.", [("988077917", "9_digits", 1.0)]),
    ("fi", NO_ORG, "Norjalaisen toimittajan organisaationumero on 988 077 917.",
     [("988 077 917", "9_digits_spaced", 1.0)]),
    # a bare CVR needs context: "CVR-nummer"
    ("sv", DK_CVR, "Det danska bolaget har CVR-nummer 13585628 enligt fakturan.", [("13585628", "8_digits", 0.3)]),
    ("no", DK_CVR, "Den danske leverandøren har momsnummer DK13585628.", [("DK13585628", "prefixed", 1.0)]),
    ("fi", DK_CVR, "Tanskalaisen yrityksen CVR-numero on DK-12345674.", [("DK-12345674", "prefixed", 1.0)]),
    ("no", FI_BID, "Den finske leverandøren har Y-tunnus 2077474-0 i handelsregisteret.",
     [("2077474-0", "y_tunnus", 1.0)]),
    ("da", FI_BID, "Det finske selskabs virksomhedsnummer er 2077474-0.", [("2077474-0", "y_tunnus", 1.0)]),
    ("en", FI_BID, "The Finnish business ID 2077474-0 is on the invoice.", [("2077474-0", "y_tunnus", 1.0)]),
    ("da", IBAN, "Beløbet overføres til IBAN DK50 0040 0440 1162 43 i næste uge.",
     [("DK50 0040 0440 1162 43", "spaced", 1.0)]),
    ("no", IBAN, "Beløpet overføres til kontoen NO93 8601 1117 947 neste uke.",
     [("NO93 8601 1117 947", "spaced", 1.0)]),
    # a bankgiro number always needs context: "bankgiro", or "giro" as
    # Norwegian, Danish and English write it
    ("no", BG, "Betal til svensk bankgiro 4321-7652 innen fredag.", [("4321-7652", "bankgiro", 0.3)]),
    ("da", BG, "Indbetal beløbet på svensk giro 123-4566 senest mandag.", [("123-4566", "bankgiro", 0.3)]),
    ("fi", BG, "Maksa ruotsalaiselle bankgiro-tilille 4321-7652 eräpäivään mennessä.",
     [("4321-7652", "bankgiro", 0.3)]),
    ("en", BG, "Please pay to the Swedish bank giro 900-1231 by Friday.", [("900-1231", "bankgiro", 0.3)]),
    ("sv", NO_ACC, "Lönen betalas till det norska kontot 8601.11.17947 varje månad.",
     [("8601.11.17947", "dotted", 1.0)]),
    ("da", NO_ACC, "Beløbet indsættes på den norske konto 8601 11 17947.", [("8601 11 17947", "spaced", 1.0)]),
    ("fi", NO_ACC, "Norjalainen tilinumero 1234.56.78903 on vahvistettu.", [("1234.56.78903", "dotted", 1.0)]),
    ("no", EMAIL, "Send e-post til ola.nordmann@example.no i morgen.", [("ola.nordmann@example.no", "address", 0.9)]),
    ("da", IP, "Login fra IP-adressen 198.51.100.7 blev blokeret i går.", [("198.51.100.7", "ipv4", 0.6)]),
    ("en", IP, "The request came from 192.0.2.44 at noon.", [("192.0.2.44", "ipv4", 0.6)]),
    ("no", CARD, "Betal med bankkort 4111 1111 1111 1111 i kassen, takk.",
     [("4111 1111 1111 1111", "grouped_4", 1.0)]),
    ("no", CARD, "Betalingskortet 5555 5555 5555 4444 ble avvist i går.", [("5555 5555 5555 4444", "grouped_4", 1.0)]),
]
LANGUAGES = ("sv", "no", "da", "fi", "en")


@pytest.mark.parametrize(("language", "cls", "sentence", "expected"), EMBEDDED)
def test_embedded(language, cls, sentence, expected):
    assert valid_matches(cls, sentence) == expected
    # The Presidio contract returns the same spans and scores.
    results = _INSTANCES[cls].analyze(sentence, [cls.ENTITY])
    assert [(sentence[r.start:r.end], r.score) for r in results] == [
        (m, score) for m, _, score in expected
    ]
    assert passes_screen(cls, sentence)


@pytest.mark.parametrize("cls", MINE, ids=lambda c: c.__name__)
def test_a_sentence_in_every_language(cls):
    languages = {language for language, c, _, expected in EMBEDDED if c is cls and expected}
    assert set(LANGUAGES) <= languages


# A match below the threshold alone stands beside a context word its
# recognizer lists: in the engine it gains CONTEXT_BOOST and counts.
_NEEDS_CONTEXT = [
    (cls, sentence, match, score)
    for _, cls, sentence, expected in EMBEDDED
    for match, _, score in expected
    if score < REPORT_THRESHOLD
]


@pytest.mark.parametrize(("cls", "sentence", "match", "score"), _NEEDS_CONTEXT)
def test_a_low_shape_counts_with_its_context_word(cls, sentence, match, score):
    hits = [h for h in _detector().detect_value(sentence).hits
            if h.entity_type == cls.ENTITY and sentence[h.start:h.end] == match]
    assert [(h.score, h.context) for h in hits] == [(round(score + CONTEXT_BOOST, 4), True)]
    assert hits[0].score >= REPORT_THRESHOLD


def test_analyze_metadata():
    text = "Mobil: 070-174 06 05"
    (result,) = _INSTANCES[PHONE].analyze(text, None)
    meta = result.recognition_metadata
    assert meta["synthetic"] is True
    assert meta["kind"] == "SE"
    assert meta["checksum"] is None


def test_analyze_other_entity_is_empty():
    assert _INSTANCES[PHONE].analyze("070-174 06 05", ["EMAIL_ADDRESS"]) == []


# -- look-alikes ---------------------------------------------------------------

@pytest.mark.parametrize("value", ["811218-9876", "8112189876", "198112189876", "19811218-9876"])
def test_personnummer_is_not_a_phone(value):
    # Regression: Presidio's NordicPhoneRecognizer tags a personnummer (DESIGN.md, Traps).
    assert valid_matches(PHONE, value) == []
    assert valid_matches(PHONE, f"Personnummer {value}, tel saknas") == []
    assert [s for _, _, s in valid_matches(SE_PNR, value)] == [1.0]


@pytest.mark.parametrize("value", ["070-174 06 05", "08-123 456 78", "+46 70 174 06 05", "040 123 4567"])
def test_phone_is_not_a_personnummer(value):
    assert valid_matches(SE_PNR, value) == []
    assert all(s >= REPORT_THRESHOLD for _, _, s in valid_matches(PHONE, value))


@pytest.mark.parametrize("value", ["08-03-2009", "09.12.2024", "01/02/1999"])
def test_a_date_is_not_a_phone_number(value):
    # A Stockholm (08) or Helsinki (09) number's shape with a date's digits,
    # as a program's help writes one ("datoformat (f.eks. 08-03-2009)").
    assert valid_matches(PHONE, f"datoformat (f.eks. {value})") == []
    assert valid_matches(PHONE, "tlf 070-174 06 10") == [("070-174 06 10", "trunk_grouped", 0.6)]


@pytest.mark.parametrize("text", [
    "Date:   Tue Dec 24 09:35:02 2013 -0800",  # a git log's date: the seconds and the year after a colon
    "deadline '05-14 23:45'",  # before a time's colon
    "v1.1.33: Jan 03 2019:",  # a day and a year after a month
    "  d9:  bf 02 00 00 00     mov    $0x2,%edi",  # a disassembly's bytes
    "8048f2b:       c7 45 ec 01 00 00 00    movl   $0x1,0xffffffec(%ebp)",
])
def test_times_and_dates_in_logs_are_no_phone_numbers(text):
    assert valid_matches(PHONE, text) == []


@pytest.mark.parametrize(("text", "synthetic"), [
    # Ofcom's drama numbers, as Faker's en_GB provider writes them
    ("+44 7700 900 123", None),  # libphonenumber already calls the mobile block invalid
    ("+44 20 7946 0958", True),
    ("+44 113 496 0000", True),
    ("+44 191 498 0999", True),
    ("+44 808 157 0123", None),  # freephone and premium rate: services, not reported at all
    ("+44 909 879 0123", None),
    ("+44 20 7123 4567", False),  # outside the blocks: real-looking  # nordpii: allow PHONE_NUMBER
    # North America: line numbers 0100-0199 after 555, under any area code; not other 555 numbers
    ("+1-202-555-0143", True),
    ("+1 (415) 555-0100", True),
    ("+15005550199", True),
    ("+1-202-555-1234", False),  # nordpii: allow PHONE_NUMBER
    ("+1-202-555-0200", False),  # nordpii: allow PHONE_NUMBER
    ('"tel:+1-816-555-1212"', True),  # directory assistance, RFC 3966's example
    # ACMA's
    ("+61 491 570 156", True),
    ("+61 2 5550 1234", True),
    ("+61 2 5551 1234", False),  # nordpii: allow PHONE_NUMBER
    ("+61 491 234 567", False),  # nordpii: allow PHONE_NUMBER
    # PTS's, as before
    ("070-174 06 05", True),
    ("070-123 45 67", False),
])
def test_regulators_fictional_ranges_are_synthetic(text, synthetic):
    found = [c.check.synthetic for c in _INSTANCES[PHONE].candidates(text) if c.check.valid]
    assert found == ([] if synthetic is None else [synthetic])


@pytest.mark.parametrize("text", [
    '    "0118 4960###",',  # a template's placeholders (Faker's en_GB formats)
    '    "+447700900###",',
    "Fixed in #46720807, tel support",  # an issue's number
    " 0355-0356 branch=\"Manurewa\"",  # ranges: bank branches, ISBN prefixes
    "0486-0487,0504-0505,0533",
    "  00-02,030-033,0340-0369,03700-03999",
    'yaml.load("phone: 0123456789")',  # the digits counted up: a placeholder, even with context
    "tel 012-345 67 89",
    "define BACKGROUND_RED 0x0040 -- 0100 0000",  # a byte's bits
    "tel 01001101",
    ">>> get_campus('04-2103594') == 'Brookhaven'",  # no area code is 04, 01 or 07: an EIN
    "'07-0161-0395'",  # a Costa Rican cédula (python-stdnum's doctest)
    "+18157111678E-109",  # floats and signed decimals in a test's data (CPython's)
    "US\t+550737-1313435\tAmerica/Metlakatla\tAlaska - Annette Island",  # ISO 6709 in the tz database
    ">>> ExtendedContext.quantize(Decimal('+35236450.6'), Decimal('1e-2'))",
    "26 27 28 29 30 31         23 24 25 26 27 28 29      27 28 29 30",  # a calendar's week rows
    "FD2C\t\t<final> 0636 0631",  # Unicode's code points (Perl's unicore tables)
    "FBEB\t\t<final> 0626 0627",
    "LATIN SMALL LETTER SCHWA WITH ACUTE;0259 0301",
    '"\\xEF\\xB4\\xB3" => "\\x{0637}\\x{0645}",   # U+FD33 => 0637 0645',
    "JIS X 0208-1990 and JIS X 0212-1990",  # standards' numbers and years (character-set tables)
    "/Notice (Copyright \\050c\\051 1997, 2009 American Mathematical Society)",  # PostScript's octal escapes
    "#  Date Created  :  02-27-97",  # a date, month first, two-digit year (lsof's examples)
    "ISO-IR 0146-1990, IEC 0802-2001, DIN 0123-1999",
])
def test_templates_issue_numbers_and_ranges_are_no_phone_numbers(text):
    assert valid_matches(PHONE, text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("tlf 0470-4711", ["0470-4711"]),  # one length, but the second group does not start with 0  # nordpii: allow PHONE_NUMBER
    ("ring 070-0123456", ["070-0123456"]),  # a second group with 0, but longer: a number  # nordpii: allow PHONE_NUMBER
    ("Tel. 08-123 456 78 #2", ["08-123 456 78"]),  # a "#" apart from the number
    ("tel 0123-45 67 80", ["0123-45 67 80"]),  # almost counted up: a Valdemarsvik number  # nordpii: allow PHONE_NUMBER
    ("tel 010-110 10 01", ["010-110 10 01"]),  # zeros and ones, not grouped as bits  # nordpii: allow PHONE_NUMBER
    ("tel 08-123 456 78", ["08-123 456 78"]),  # a one-digit area code: Stockholm
    ("tfn 0470-1990", ["0470-1990"]),  # a year's digits after no standard's name  # nordpii: allow PHONE_NUMBER
    ("puh 02 1234 567", ["02 1234 567"]),  # Turku  # nordpii: allow PHONE_NUMBER
    ("tlf 22 33 44 55, 1.5 ggr", ["22 33 44 55"]),  # pairs, not counted up
    ("ABB växel 0470 1234", ["0470 1234"]),  # a word of A-F letters is no code point  # nordpii: allow PHONE_NUMBER
    ("ring +46 70 174 06 05.", ["+46 70 174 06 05"]),  # a full stop after an international number
    ("tel +46701740605,0701740606", ["+46701740605", "0701740606"]),
])
def test_numbers_near_ranges_and_hashes_still_count(text, found):
    assert [m for m, _, _ in valid_matches(PHONE, text)] == found


@pytest.mark.parametrize(("text", "found", "kind"), [
    # freephone, premium-rate and shared-cost numbers reach a service, no one's line
    ("Kundtjänst 0771-123 456, dygnet runt", [], None),  # SE shared cost
    ("Ring 0900-123 45 67 (premium)", [], None),
    ("Grønt nummer: 800 12 345", [], None),  # NO freephone
    ("telefon 810 21 234", [], None),  # NO shared cost
    ("tlf 820 12 345", [], None),  # NO premium rate
    ("Ring gratis på 80 12 34 56", [], None),  # DK freephone
    ("Hringdu í síma 800 1234 eða 900 1234", [], None),  # IS freephone, premium rate
    ("Call toll-free +1 800-234-5678 or +44 800 123 4567", [], None),
    # digits that another plan gives a person's line, or a UAN, still count
    ("tlf 90 12 34 56", ["90 12 34 56"], "NO"),  # DK premium rate, NO mobile  # nordpii: allow PHONE_NUMBER
    ("Soita 020 634 1234", ["020 634 1234"], "FI"),  # SE freephone, FI UAN (an employee's line)  # nordpii: allow PHONE_NUMBER
    ("puh. 010 112 345", ["010 112 345"], "FI"),  # FI UAN  # nordpii: allow PHONE_NUMBER
    ("tel 0600 12345", ["0600 12345"], "SE"),  # FI premium rate, SE fixed line  # nordpii: allow PHONE_NUMBER
])
def test_service_numbers_are_no_persons_phone_numbers(text, found, kind):
    assert [m for m, _, _ in valid_matches(PHONE, text)] == found
    assert {c.check.kind for c in _INSTANCES[PHONE].candidates(text) if c.check.valid} == ({kind} if kind else set())
    hits = [h for h in _detector().detect_value(text).hits if h.entity_type == PHONE.ENTITY]
    assert [text[h.start:h.end] for h in hits if h.score >= REPORT_THRESHOLD] == found


@pytest.mark.parametrize(("text", "found"), [
    # a serial number's label before the digits: a certificate's or a device's
    ("# Serial: 4111111111111111", []),  # a CA bundle's certificate serial (certifi's cacert.pem)
    ("Serial Number: 4111111111111111", []),
    ("Laitteen sarjanumero: 5555555555554444", []),
    ("serienummer 4111 1111 1111 1111", []),
    # a serial elsewhere on the line says nothing about the card
    ("kort 4111111111111111, serial 12", ["4111111111111111"]),
    ("Serial cable ordered, paid with 5555555555554444", ["5555555555554444"]),
    # eight digits of one in a row: a test's data (CPython's decimal tests), no card
    ("decd409 apply   0   -> #2238000000000000", []),
    ("kort 5100 0000 0000 0008", []),
    # Unicode's code points in groups of four (Perl's Unicode::Collate tables)
    ("511F 5120 5121 5122 5123 5124 5125", []),
    # four groups of four in a longer run of groups are no card
    ("6610 6611 6612 6613 6614 6615 6616 6617 6618 6619", []),
    ("kort 4111 1111 1111 1111 giltigt 12/28", ["4111 1111 1111 1111"]),
    # the processors' test cards stay synthetic cards
    ("kort 4000000000000002", ["4000000000000002"]),
    ("kort 5555 5555 5555 4444", ["5555 5555 5555 4444"]),
])
def test_what_only_looks_like_a_card(text, found):
    # a serial number, a test's digits, code points: no card
    assert [m for m, _, _ in valid_matches(CARD, text)] == found


def test_compact_trunk_phone_needs_context():
    # "0701740605" is also the shape of a 10-digit personnummer (born 2007):
    # the phone reading alone stays below the threshold.
    assert valid_matches(PHONE, "0701740605") == [("0701740605", "trunk_compact", 0.3)]


@pytest.mark.parametrize("value", ["556677-1233", "5566771233", "212000-0001"])
def test_organisationsnummer_is_neither_phone_nor_personnummer(value):
    assert valid_matches(PHONE, value) == []
    assert valid_matches(SE_PNR, value) == []
    assert [s for _, _, s in valid_matches(SE_ORG, value)] == [1.0]


# The digits of a decimal fraction are no identifier, however valid they
# are written bare: a weight, a ratio or a coordinate ("0.8112189876",
# "8112189876.5", as floats print).  Each value is found bare (the control).
@pytest.mark.parametrize(("entity", "value"), [
    ("SE_PERSONNUMMER", "8112189876"),
    ("SE_PERSONNUMMER", "198112189876"),
    ("SE_ORGANISATIONSNUMMER", "5566771233"),
    ("NO_FODSELSNUMMER", "49860699787"),
    ("DK_CPR", "2512489996"),
    ("IS_KENNITALA", "2811913049"),
    ("CREDIT_CARD", "4111111111111111"),
    ("NO_BANK_ACCOUNT", "86011117947"),
    ("DK_CVR", "13585628"),
    ("PHONE_NUMBER", "0701740605"),
])
def test_decimal_fraction_digits_are_no_identifier(entity, value):
    detect = _detector().detect_value
    assert entity in {h.entity_type for h in detect(value).hits}
    for text in (f"0.{value}", f"Vikt 3.{value} kg", f"{value}.25", f"x = {value}.5 + 1"):
        assert [h for h in detect(text).hits if h.entity_type == entity] == [], text


# The digits after an international phone number's country code are the
# phone number's: nine that pass the Norwegian orgnr check (one mobile
# number in eleven; here PTS's fictional 070-174 06 10) are no orgnr
# there.  Alone, they are.
@pytest.mark.parametrize("text", ["+46 701740610", "(+46) 701740610", "Ring +46 701740610"])
def test_digits_after_a_country_code_are_the_phone_numbers(text):
    detect = _detector().detect_value
    assert [h.entity_type for h in detect(text).hits] == ["PHONE_NUMBER"]
    assert [h.entity_type for h in detect("Org.nr 701740610").hits] == ["NO_ORGNR"]


_FNR = [
    v["value"] for v in STDNUM_VECTORS
    if v["type"] == "no_fodselsnummer" and v["stdnum_2_2_is_valid"]
]


@pytest.mark.parametrize("fnr", sorted({digits(v) for v in _FNR}))
def test_fodselsnummer_passes_kontonr_but_scores_low(fnr):
    # Every valid fødselsnummer passes the kontonr check (same weights as K2):
    # the bare shape must not count as a bank account without context.
    assert fodselsnummer.is_valid(fnr)
    (match,) = valid_matches(NO_ACC, fnr)
    assert match == (fnr, "11_digits", 0.3)
    assert match[2] < REPORT_THRESHOLD <= match[2] + CONTEXT_BOOST
    (cand,) = _INSTANCES[NO_ACC].candidates(fnr)
    assert cand.check.checksum is True
    # Written as an account, the same digits are specific.
    dotted = f"{fnr[:4]}.{fnr[4:6]}.{fnr[6:]}"
    assert valid_matches(NO_ACC, dotted) == [(dotted, "dotted", 1.0)]
    # And never a phone number.
    assert valid_matches(PHONE, fnr) == []


@pytest.mark.parametrize("fnr", ["151086 95088", "151086-95088", "10 04 87 44 732"])
def test_fodselsnummer_layouts_are_not_account_shapes(fnr):
    assert valid_matches(NO_ACC, fnr) == []


@pytest.mark.parametrize("value", ["8601 11 17947", "8601.11.17947", "86011117947", "0000.4090403"])
def test_kontonr_is_not_a_phone(value):
    assert valid_matches(PHONE, value) == []


# regression (bench/accuracy.py): a bare eleven-digit kontonummer needs
# context, and a Finnish writer calls it "tilinumero"
@pytest.mark.parametrize("text", [
    "Tarkista norjalainen tilinumero 86011117947 ennen kuin maksu tehdään.",
    "Asiakkaan pankkitili on 86011117947 hakemuksen mukaan.",
])
def test_bare_kontonr_with_finnish_context(text):
    from scanner.detection import Detector

    hits = [h for h in Detector().detect_value(text).hits if h.entity_type == NO_ACC.ENTITY]
    assert [(text[h.start:h.end], h.context, h.score >= REPORT_THRESHOLD) for h in hits] == [
        ("86011117947", True, True)
    ]


@pytest.mark.parametrize("number", [
    "1234567890123452", "7000000000012349", "9000000000000019",
    "0123456789012347", "9999999999999995", "3400000000000018",
])
def test_order_number_passing_luhn_is_not_a_card(number):
    assert luhn.is_valid(number)  # the trap: Luhn alone would accept it
    assert valid_matches(CARD, number) == []
    grouped = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    assert valid_matches(CARD, grouped) == []
    assert any(not c.check.valid for c in _INSTANCES[CARD].candidates(grouped))


@pytest.mark.parametrize(("cls", "placeholder"), [
    (NO_ACC, "00000000000"), (NO_ACC, "0000.00.00000"), (BG, "0000-0000"), (FI_BID, "0000000-0"),
    (NO_ORG, "000000000"), (NO_ORG, "000 000 000"),
    # one digit repeated: nines pass modulus 11, fives and twos Luhn
    (NO_ORG, "999999999"), (NO_ORG, "999 999 999"), (SE_ORG, "5555555555"), (SE_ORG, "222222-2222"),
])
def test_a_placeholder_of_zeros_is_no_identifier(cls, placeholder):
    """Zeros pass every weighted checksum (Luhn, modulus 11): "00000000000"
    for a missing account number is a placeholder, matched and invalid; so
    is one digit repeated ("999999999" ends gettext's nanosecond range
    "000000000..999999999")."""
    text = f"konto: {placeholder}"
    found = [(text[c.start:c.end], c.check.valid) for c in _INSTANCES[cls].candidates(text)]
    assert found == [(placeholder, False)]


def test_iban_is_not_a_card_nor_a_bank_account():
    text = "SE45 5000 0000 0583 9825 7466 och NO93 8601 1117 947"
    assert valid_matches(CARD, text) == []
    assert valid_matches(NO_ACC, text) == []
    assert valid_matches(PHONE, text) == []
    assert valid_matches(DK_CVR, "DK50 0040 0440 1162 43") == []


def test_lower_case_iban_is_checked_as_written_in_capitals():
    # python-stdnum compacts to upper case; the candidate pattern takes both.
    assert valid_matches(IBAN, "se45 5000 0000 0583 9825 7467") == []  # mod-97 fails
    assert valid_matches(IBAN, "no23 8601 1117 946") == []  # the kontonr digit fails
    # A hex token as long as a German IBAN: a candidate, but not its structure.
    hex_token = "de44a1b2c3d4e5f6a7b8c9"
    assert [c.check.valid for c in _INSTANCES[IBAN].candidates(hex_token)] == [False]
    assert embedded_kennitala("is14 0159 2600 7654 5510 7303 39") == "5510730339"


def test_eight_digits_valid_as_cvr_and_phone_need_context_both_ways():
    # "41112220" passes the CVR check and is a valid NO and DK number.
    value = "41112220"
    assert valid_matches(DK_CVR, value) == [(value, "8_digits", 0.3)]
    assert valid_matches(PHONE, value) == [(value, "no_dk_compact", 0.2)]
    spaced = "41 11 22 20"
    assert valid_matches(DK_CVR, spaced) == [(spaced, "spaced", 0.3)]
    assert valid_matches(PHONE, spaced) == [(spaced, "no_dk_grouped", 0.35)]


def test_bankgiro_and_icelandic_phone_share_a_shape():
    value = "555-1239"  # Luhn-valid and a valid Icelandic number
    assert valid_matches(BG, value) == [(value, "bankgiro", 0.3)]
    assert valid_matches(PHONE, value) == [(value, "is_national", 0.2)]


# Closed-plan numbers grouped as their plan writes them count alone; the
# other national shapes need context (recognizers/phone.py).
@pytest.mark.parametrize(("text", "shape", "score"), [
    ("22 33 44 55", "no_dk_grouped", 0.55),   # NO/DK landline, pairs
    ("40 12 34 56", "no_dk_grouped", 0.55),   # DK mobile, pairs
    ("912 34 567", "no_dk_grouped", 0.55),    # NO mobile 3-2-3
    ("412 34 567", "no_dk_grouped", 0.55),    # NO mobile 3-2-3
    ("312 34 567", "no_dk_grouped", 0.35),    # 3-2-3 is how mobiles (4, 9) are written
    ("223 34 455", "no_dk_grouped", 0.35),
    ("2233 4455", "no_dk_grouped", 0.35),     # 4-4: also case and article numbers
    ("22 33 44 09", "no_dk_grouped", 0.35),   # pairs that pass the CVR check too
    ("22334455", "no_dk_compact", 0.2),       # bare: a customer number as often
    ("555 1234", "is_national", 0.55),        # IS 3-4
    ("691 2345", "is_national", 0.55),
    ("555-1239", "is_national", 0.2),         # the shape of a 7-digit bankgiro
    ("5551234", "is_national", 0.2),
])
def test_closed_plan_grouping(text, shape, score):
    assert valid_matches(PHONE, text) == [(text, shape, score)]


@pytest.mark.parametrize("text", ["DK 22 33 44 56", "DK-22334456", "DK: 22334456", "moms DK 22334456"])
def test_eight_digits_after_dk_are_a_vat_number_not_a_phone(text):
    assert valid_matches(PHONE, text) == []


@pytest.mark.parametrize(("column", "score"), [
    ("value", 0.55),      # no hint: grouped as phone numbers are
    ("telefon", 0.9),     # a phone column: context
    ("cvr", 0.35),        # a CVR column: a mistyped CVR, not a phone number
    ("cvr_telefon", 0.9),  # hints at both: the phone hint is context
])
def test_pairs_in_a_cvr_column_need_phone_context(column, score):
    value = "22 33 44 56"  # fails the CVR check, a valid DK and NO number
    hits = [h for h in _detector().detect([value], column)[value].hits if h.entity_type == "PHONE_NUMBER"]
    assert [(h.shape, h.score) for h in hits] == [("no_dk_grouped", score)]


@pytest.mark.parametrize("text", [
    "version 1.2.3", "den 24.11.2026", "kl. 10.15.30", "1.2.3.4.5", "v10.0.19041.1",
    # regression: user agents carry four-part versions after a product name
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36",
    # regression (bench/accuracy.py): Gecko's four-part revision token
    "Mozilla/5.0 (Windows NT 6.1; sv-SE; rv:1.9.2.28) Gecko/20120306 Firefox/3.6.28",
    # four dotted numbers after a version word, in each language
    "Version 6.1.7601.1 installerades i går.", "Versjon 4.5.6.7 ble installert.",
    "Opdateret til versionen 2.1.0.7.", "Päivitetty versioon 2.1.0.7 eilen.", "Versio 4.5.6.7 julkaistiin.",
    "Uppfært í útgáfa 1.2.3.4.", "build 10.0.19045.38", "Build: 1.2.0.45", "rev. 3.1.4.1", "release 2.0.1.1",
    "v. 1.2.3.4", "app version #1.2.3.4",
    # four dotted numbers after a document's section word (dpkg's Swedish manual pages), in each language
    "See section 3.43.1.2 of the manual.", "Se avsnitt 3.43.1.2 i manualen.", "Se afsnit 4.2.1.3.",
    "Se kapittel 2.1.3.4.", "Kuten luvussa 2.1.3.4 kuvataan.", "Sjá kafla 1.2.3.4.", "enligt § 7.1.2.3",
    "Fig. 1.2.3.4 shows", "Tabell 3.1.2.1 visar",
    # an upgrade to four dotted numbers, a Debian changelog's header, a bare "V" (/usr/share/doc)
    "* Upgrade V8 to 3.6.6.11", "* Bump Standards-Version to 4.1.4.1", "Programmet uppdaterades till 2.1.0.7",
    "Bump spotbugs-maven-plugin from 4.4.1 to 4.4.2.2 #71", "socat (1.7.4.1-2) unstable; urgency=medium",
    "####################### V 1.1.0.0:",
    # Python slices and a regex read as IPv6 (nordpii check over installed packages' sources)
    "odd_values = text_to_validate[0::2]", "odd_digits = digits[-1::-2]", r'(r"\b::(ffff(:0{1,4}){0,1}:)")',
])
def test_versions_and_dates_are_not_ip(text):
    assert valid_matches(IP, text) == []
    assert [c.check.valid for c in _INSTANCES[IP].candidates(text) if ":" in text[c.start:c.end]] in ([], [False])


@pytest.mark.parametrize("text", [
    "Servern 10.1.2.3 svarar inte", "security 10.1.2.3", "secondary 10.1.2.3", "figma 1.2.3.4",
    "avsnittsserver 10.1.2.3",
    # an upgrade of an address, a range of hosts, a host in brackets
    "Kundens IP-adress uppdaterades till 84.216.10.3", "Updated the DNS server to 10.0.0.53",
    "traffic from 10.0.0.1 to the gateway", "Connection from router (192.168.1.1)",
])
def test_a_word_that_only_begins_like_a_section_word_leaves_the_address(text):
    assert len(valid_matches(IP, text)) == 1


def test_short_ipv6_that_is_an_address_still_counts():
    assert [m for m, _, _ in valid_matches(IP, "connection from fe80::2")] == ["fe80::2"]
    assert [m for m, _, _ in valid_matches(IP, "Klient fe80::1 koblet til")] == ["fe80::1"]


@pytest.mark.parametrize("text", [
    "connection from ::1", "listen 127.0.0.1:8080", "ping 127.1.2.3", "bind 0.0.0.0", "host = ::",
])
def test_loopback_and_unspecified_addresses_name_no_device(text):
    assert valid_matches(IP, text) == []


def test_dotted_pairs_after_a_country_code_are_a_phone_number_not_an_ip():
    assert valid_matches(IP, "Tlf. +45 22.33.44.55") == []
    assert valid_matches(IP, "Sími +354 10.20.30.40") == []
    assert [m for m, _, _ in valid_matches(IP, "Tlf. 45 10.20.30.40")] == ["10.20.30.40"]  # no "+": no code


@pytest.mark.parametrize(("text", "found"), [
    # an "@" that is no address's: a file's pixel density, an SSH algorithm's name
    ("Skicka logo@2x.png och logo@3x.png till byrån", []),
    ('MetaKey "$(COMPONENT)/dep11/icons-64x64@2.tar";', []),
    ("#   MACs hmac-md5,hmac-sha1,umac-64@openssh.com", []),
    # a digit label before a domain that is no file's extension: an address
    ("mejla anna@3.example", [("anna@3.example", True)]),
    # a configuration's placeholder is a synthetic address
    ("#header = From: Your Name <user@your.domain>", [("user@your.domain", True)]),
    # so are the manuals' placeholders for the reader's own domain
    ('"Owner": "user@domain.tld"', [("user@domain.tld", True)]),
    ("principal kerberosuser@MYDOMAIN.ORG", [("kerberosuser@MYDOMAIN.ORG", True)]),
    ('"Email": "johndoe@anycompany.com"', [("johndoe@anycompany.com", True)]),
    ("mejla admin@yourdomain.se", [("admin@yourdomain.se", True)]),
    ("mejla anna@domain.se", [("anna@domain.se", False)]),  # a real TLD after "domain"  # nordpii: allow EMAIL_ADDRESS
    # an SQL LIKE pattern's wildcard is no mailbox; a local part with a letter is
    ('user_email.like("%@gmail.com")', []),
    ("WHERE epost LIKE '_%@firma.se'", []),
    ("skriv till a_b@firma.se", [("a_b@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    # the programmers' placeholders and a mail service's test addresses are synthetic
    ('.filter(Address.email_address == "foo@bar.com")', [("foo@bar.com", True)]),
    ('.filter(a1.email_address == "ed@foo.com")', [("ed@foo.com", True)]),
    ('("jack", 2, "bar@bat.com")', [("bar@bat.com", True)]),
    ("mejla foo.bar@firma.se", [("foo.bar@firma.se", True)]),
    ("mejla anna.bar@firma.se", [("anna.bar@firma.se", False)]),  # one word of them is a name's part  # nordpii: allow EMAIL_ADDRESS
    ("mejla bartek@firma.se", [("bartek@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    ('"recipients": ["success@simulator.amazonses.com"]', [("success@simulator.amazonses.com", True)]),
    # a URL's user information is no mailbox; an address after a URL is one
    ("proxy: https://username:password@proxy.firma.se:8080", []),
    ("ftp://anonymous@ftp.firma.se/pub", []),
    ("se https://firma.se/kontakt eller anna@firma.se", [("anna@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    ("mailto:anna@firma.se", [("anna@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    # nor is an SSH location's account; an address before a colon and a space is one
    ("// URL has the form 'git@github.com:npm/hosted-git-info.git'.", []),
    ("rsync -a backup@nas.firma.se:/srv/backup .", []),
    ("scp rapport.pdf zelko@nas.firma.example:~/inbox", []),
    ("zelko@firma.example:0701740605:Umeå", [("zelko@firma.example", True)]),  # a field separator
    ("Kontakt anna@firma.se: ring först", [("anna@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    # a mail's identifiers are no mailboxes; the addresses beside them are
    ("Message-ID: <6df65d354b.father.time@rpc.firma.example>", []),
    ("In-Reply-To: <CAH1x2yZ=abc@mail.firma.example>", []),
    ("References: <a1@x.firma.example>\n <b2@y.firma.example>", []),
    ("by mail.firma.example with SMTP id <0.0014F8A2@mail.firma.example>; Mon", []),
    ("Message-ID: <x@y.example> From: <zelko@firma.example>", [("zelko@firma.example", True)]),
    ("user id <zelko@firma.example>", [("zelko@firma.example", True)]),
    # a quoted address in code is the address without its quote
    ("owner = 'zelko@firma.example'", [("zelko@firma.example", True)]),
    ('tests give a mailbox placeholders\' words: "test-user@gmail.com"', [("test-user@gmail.com", True)]),
    ('"user1@gmail.com", "john.doe@gmail.com"', [("user1@gmail.com", True), ("john.doe@gmail.com", True)]),
    # a package and its version, a machine's service account: no mailboxes
    ("wildfly-common@2.6.0.final", []),
    # a role's or a list's mailbox: a function's, no one's
    ("Skriv till kundtjänst@bolaget.se eller info@bolaget.se", []),
    ("From: no-reply@firma.no", []),
    ("Postmottak@kommune.no, kirjaamo@kunta.fi, dataskyddsombud@region.se", []),
    ("Subscribe: debian-user@lists.debian.org, python-dev@python.org, owner-nordpii@firma.se", []),
    ("kundservice.stockholm@bolaget.se, info-no@firma.no, devicefarm-support@firma.com", []),
    ("support.hanna@firma.se", [("support.hanna@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    ("info@firma.example", [("info@firma.example", True)]),  # a test address stays one
    ("anna.info@firma.se, hanna@firma.se", [("anna.info@firma.se", False), ("hanna@firma.se", False)]),  # nordpii: allow EMAIL_ADDRESS
    ('"serviceAccount": "my-app@my-project.iam.gserviceaccount.com"', []),
    ("zelko@notgserviceaccount.com", [("zelko@notgserviceaccount.com", False)]),  # nordpii: allow EMAIL_ADDRESS
    # Perl's POD escapes an address's angle brackets: "E<lt>...E<gt>"
    ("Copyright 2006 by Zelko Andersen E<lt>zelko@firma.exampleE<gt>.", [("zelko@firma.example", True)]),
])
def test_what_only_looks_like_an_email_address(text, found):
    assert [(text[c.start:c.end], c.check.synthetic) for c in _INSTANCES[EMAIL].candidates(text)
            if c.check.valid] == found


def test_ip_in_a_url_still_counts():
    assert [m for m, _, _ in valid_matches(IP, "see http://192.0.2.10/admin")] == ["192.0.2.10"]


@pytest.mark.parametrize(("text", "hosts"), [
    # a network with its prefix length, a netmask: configuration, no device
    ("nätverksadresser med en nätmask (i stil med 192.168.0.0/24)", []),
    ("route 10.0.0.0/8 via 10.1.2.1", ["10.1.2.1"]),
    ("netmask 255.255.255.0", []),
    ("allow 2001:db8::/32", []),
    # an interface's address with its prefix length is a host's
    ("inet 10.1.2.3/24 brd 10.1.2.255", ["10.1.2.3", "10.1.2.255"]),
    ("inet6 fe80::1/64", ["fe80::1"]),
    ("client 255.1.2.3", ["255.1.2.3"]),
])
def test_a_network_or_a_netmask_is_no_ip_address(text, hosts):
    assert [m for m, _, _ in valid_matches(IP, text)] == hosts



# Four-part versions as assemblies and Windows builds write them: each a valid IPv4 address.
_VERSIONS = [f"{a}.{b}.{c}.{d}" for a in (1, 2, 4) for b in (0, 3) for c in (0, 1, 7) for d in (0, 12, 45, 201)]


@pytest.mark.parametrize(("column", "expected"), [
    ("assembly_version", None),  # a version column: its "1.0.0.0" are versions (rules/column_hints.yaml, against)
    ("AppVersion", None),
    ("versio", None),
    ("firmware", None),
    ("klient_ip_version", (72, 72)),  # the name hints at IP too: the hint is context
    ("host", (72, 72)),  # a column name that says nothing: the values decide
])
def test_a_version_column_is_no_ip_column(column, expected, column_verdict):
    assert column_verdict(_detector(), _VERSIONS, column, "IP_ADDRESS") == expected


def test_an_ip_with_context_counts_in_a_version_column(column_verdict):
    values = list(_VERSIONS) + ["IP 192.0.2.44 (bygge)", "från IP-adress 198.51.100.7"]
    assert column_verdict(_detector(), values, "build_number", "IP_ADDRESS") == (2, 74)


@pytest.mark.parametrize(("text", "address"), [
    # a version word elsewhere in the sentence, or inside a longer word, is no version of this address
    ("IP 192.0.2.10 kör version 1.2.3.4", "192.0.2.10"),
    ("buildserver 10.1.2.3 svarar inte", "10.1.2.3"),
    ("Server 10.1.2.3 svarar inte", "10.1.2.3"),
    ("over 10.1.2.3", "10.1.2.3"),
    ("version:\n10.1.2.3", "10.1.2.3"),
])
def test_ip_after_other_words_still_counts(text, address):
    assert [m for m, _, _ in valid_matches(IP, text)] == [address]


@pytest.mark.parametrize("text", ["DK 13585628", "DK: 21599336", "moms DK-12345674"])
def test_prefixed_cvr_is_one_candidate(text):
    # The digits of a prefixed number are not a second (bare) candidate.
    assert [shape for _, shape, _ in valid_matches(DK_CVR, text)] == ["prefixed"]


@pytest.mark.parametrize(("text", "shape"), [
    ("NO 988 077 917 MVA", "mva"), ("988 077 917 MVA", "mva"), ("FI 2077474-0", "alv"),
])
def test_vat_forms_are_one_candidate(text, shape):
    cls = FI_BID if text.startswith("FI") else NO_ORG
    assert [s for _, s, _ in valid_matches(cls, text)] == [shape]


def test_embedded_kennitala():
    assert embedded_kennitala("IS14 0159 2600 7654 5510 7303 39") == "5510730339"
    assert embedded_kennitala("IS140159260076545510730339") == "5510730339"
    assert embedded_kennitala("IS14 0159 2600 7654 5510 7303 38") is None  # invalid IBAN
    assert embedded_kennitala("NO9386011117947") is None
    assert embedded_kennitala("") is None
    assert embedded_kennitala(None) is None


# -- python-stdnum's own examples ----------------------------------------------

VECTOR_TYPES = {
    "se_orgnr": SE_ORG, "se_vat": SE_ORG, "no_orgnr": NO_ORG, "no_mva": NO_ORG, "no_kontonr": NO_ACC,
    "no_iban": IBAN, "dk_cvr": DK_CVR, "dk_vat": DK_CVR, "fi_ytunnus": FI_BID,
    "fi_alv": FI_BID, "fi_vat": FI_BID,
}
# Where a generic recognizer rightly disagrees with a country-specific module.
VECTOR_OVERRIDES = {
    # Invalid for stdnum.no.iban only because it is not Norwegian: a valid
    # Greek IBAN is an IBAN.
    ("no_iban", "GR1601101050000010547023795"): True,
}
# Invalid as a whole value, but it contains a valid number that a scanner
# should find: "FI FI 20946063" holds "FI 20946063", "DK DK 20646446" holds
# "DK 20646446", "SE SE 556043606401" holds "SE 556043606401".
VECTOR_CONTAINS_VALID = {
    ("fi_vat", "FI FI 20946063"), ("dk_vat", "DK DK 20646446"), ("se_vat", "SE SE 556043606401"),
}
# Swedish VAT numbers as python-stdnum's eu.vat doctest writes them: it
# strips spaces, hyphens and dots before the check, and so do the check and
# the "vat" pattern here ("SE 556.383.740.901", "SE-556666-4438-01",
# "SE 55 62 00-0777 01", "Se 556250398601"): all 22 valid ones are found.
_VECTORS = [
    v for v in STDNUM_VECTORS
    if (v["type"] in VECTOR_TYPES or v["type"].startswith("iban_")) and v["validity_asserted_by_source"]
]


def test_vectors_cover_every_type():
    types = {v["type"] for v in _VECTORS}
    assert set(VECTOR_TYPES) <= types
    assert {"iban_SE", "iban_NO", "iban_DK", "iban_FI", "iban_IS"} <= types
    se_vat = [v["valid"] for v in _VECTORS if v["type"] == "se_vat"]
    assert (len(se_vat), sum(se_vat)) == (26, 22)


_VECTOR_IDS = [f"{v['type']}:{v['value']}" for v in _VECTORS]


@pytest.mark.parametrize("vector", _VECTORS, ids=_VECTOR_IDS)
def test_stdnum_vector(vector):
    cls = VECTOR_TYPES.get(vector["type"], IBAN)
    value = vector["value"]
    expected = VECTOR_OVERRIDES.get((vector["type"], value), vector["valid"])
    assert cls.check(value).valid is expected


@pytest.mark.parametrize("vector", _VECTORS, ids=_VECTOR_IDS)
def test_stdnum_vector_found(vector):
    cls = VECTOR_TYPES.get(vector["type"], IBAN)
    value = vector["value"]
    expected = VECTOR_OVERRIDES.get((vector["type"], value), vector["valid"])
    found = valid_matches(cls, value)
    if expected:
        # Found in the value by a pattern, all its digits, with a verified
        # check digit.
        assert any(digits(m) == digits(value) and s == 1.0 for m, _, s in found), found
    elif (vector["type"], value) in VECTOR_CONTAINS_VALID:
        assert found and all(digits(m) == digits(value) for m, _, _ in found)
    else:
        assert found == []


# Swedish postal codes: recognizers/postcode.py (LOCATION).  Valid as a
# Swedish code: the check passes and "SE" is among the countries whose range
# holds it ("11418" is also a Finnish code; "01418" only a Finnish one,
# Swedish codes never start with 0, so invalid here as for stdnum).
POSTCODE = NordicPostcodeRecognizer
_POSTCODE = POSTCODE()
POSTNUMMER_DEPARTURES = {
    # stdnum strips every space; a code is written NNN NN or NNNNN, and digits
    # in groups of one and two are kept out on purpose (postcode.py: "1 234
    # 567" is an amount, "070 123 45 67" a phone number).
    "1 14 18": False,
}
_POSTNUMMER = [v for v in STDNUM_VECTORS if v["type"] == "se_postnummer"]


@pytest.mark.parametrize("vector", _POSTNUMMER, ids=lambda v: f"se_postnummer:{v['value']}")
def test_se_postnummer_vector(vector):
    value = vector["value"]
    expected = POSTNUMMER_DEPARTURES.get(value, vector["valid"])
    check = POSTCODE.check(value)
    assert (check.valid and "SE" in check.kind.split("|")) is expected
    if expected:
        # Found whole, and, a bare code, below the threshold: it counts only
        # in an address or with a context word.
        found = [(value[c.start:c.end], c.check.kind, c.score)
                 for c in _POSTCODE.candidates(value) if c.check.valid]
        assert [(m, "SE" in k.split("|")) for m, k, _ in found] == [(value, True)]
        assert found[0][2] < REPORT_THRESHOLD


# python-stdnum types that are none of our entities, and what happens to
# their vectors.  fi_associationid (the Finnish register of associations) and
# is_vsk (Icelandic VAT numbers) identify organisations: no check digit, 1-6
# digits.  fi_veronumero, the Finnish tax number on construction-site ID
# cards, is personal, but twelve bare digits without a check digit cannot be
# told from any other number: nordpii has no recognizer for it.  Expected:
# no personal identity number's check accepts any of them, and the engine
# reports none of them as personal data.  Exact hits: the short codes have a
# postcode's shape (0.15, needs context), and "123123123" (invalid as an
# association number: too long) passes the Norwegian orgnr's modulus 11,
# which is a true reading of nine such digits, and no personal data.
FOREIGN_VECTORS = {
    ("fi_associationid", "123.123"): [],
    ("fi_associationid", "1123"): [("LOCATION", "digits", 0.15)],
    ("fi_associationid", "123123123"): [("NO_ORGNR", "9_digits", 1.0)],
    ("fi_associationid", "12df"): [],
    ("fi_veronumero", "123456789123"): [],
    ("fi_veronumero", "12345678912A"): [],
    ("fi_veronumero", "123456789"): [],
    ("is_vsk", "IS 00621"): [("LOCATION", "digits", 0.15)],
    ("is_vsk", "IS 0062199"): [],
}
PERSONAL_ID = (
    NordicSePersonnummerRecognizer, NoFodselsnummerRecognizer, DkCprRecognizer, FiHetuRecognizer,
    IsKennitalaRecognizer,
)
_FOREIGN = [v for v in STDNUM_VECTORS if v["type"] in {t for t, _ in FOREIGN_VECTORS}]


@pytest.mark.parametrize("vector", _FOREIGN, ids=lambda v: f"{v['type']}:{v['value']}")
def test_vector_of_no_entity_of_ours(vector):
    value = vector["value"]
    assert [cls.__name__ for cls in PERSONAL_ID if cls.check(value).valid] == []
    hits = _detector().detect_value(value).hits
    assert [(h.entity_type, h.shape, h.score) for h in hits] == FOREIGN_VECTORS[(vector["type"], value)]


# Asserted in test_recognizers_national.py (its BY_TYPE).
NATIONAL_VECTOR_TYPES = {"se_personnummer", "no_fodselsnummer", "dk_cpr", "fi_hetu", "is_kennitala"}


def test_every_vector_is_asserted():
    assert set(FOREIGN_VECTORS) == {(v["type"], v["value"]) for v in _FOREIGN}
    national = [v for v in STDNUM_VECTORS if v["type"] in NATIONAL_VECTOR_TYPES]
    assert len(_VECTORS) + len(_POSTNUMMER) + len(_FOREIGN) + len(national) == len(STDNUM_VECTORS)
    assert {v["type"] for v in _FOREIGN} == {"fi_associationid", "fi_veronumero", "is_vsk"}
    assert (len(_POSTNUMMER), len(_FOREIGN), len(national)) == (11, 4 + 3 + 2, 32 + 4 + 18 + 17 + 24)


# -- junk: total, quick, never raising -----------------------------------------

JUNK = [
    "", " ", "\t\n", "€", "😴", "-", "@", ".", ":", "+",
    "1" * 10_000, " " * 10_000, "1 " * 5_000, "1-" * 5_000, "1." * 5_000, "12 " * 3_333,
    "0" * 10_000, "a@" * 5_000, "ab." * 3_000 + "@", "::" + "f:" * 3_000,
    "DK " + "1 " * 4_000, "FI-" + "1-" * 4_000, "+46" + " 1" * 4_000, "SE" + "1" * 9_998,
    "NO " + "1 " * 4_000 + "MVA", "aé日本語 ١٢٣٤٥٦٧٨٩٠ 123", "٨١١٢١٨-٩٨٧٦", "１２３４５６７８", "²³¹⁴⁵⁶⁷⁸",
    "Ω@Ω.Ω", "x" * 10_000 + "@example.se",
]


@pytest.mark.parametrize("cls", MINE, ids=lambda c: c.__name__)
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: repr(j[:12]) + f"x{len(j)}")
def test_junk_is_invalid_and_never_raises(cls, junk):
    assert cls.check(junk).valid is False
    # Candidates over junk may exist (e.g. "0000..." windows) but the scan
    # must finish; a catastrophic regex would hang here.
    list(_INSTANCES[cls].candidates(junk))
    _INSTANCES[cls].analyze(junk, None)


@pytest.mark.parametrize("cls", MINE, ids=lambda c: c.__name__)
@pytest.mark.parametrize("junk", [None, 12345678, b"4111111111111111"])
def test_non_strings_are_invalid(cls, junk):
    assert cls.check(junk).valid is False


@pytest.mark.parametrize(("text", "shape", "score"), [
    # regression (bench/accuracy.py): a zero-padded 12-digit identifier read
    # as "00" + 47 scored as a certain phone number
    ("004791234567", "international_00_compact", 0.3),
    ("0047 912 34 567", "international", 0.8),
    ("+4791234567", "international", 0.8),
])
def test_unseparated_00_numbers_need_context(text, shape, score):
    assert valid_matches(PHONE, text) == [(text, shape, score)]


def test_13_digit_visa_that_is_also_an_ean_barcode_needs_context():
    # regression (bench/accuracy.py): German EAN-13 barcodes (40-44) that pass
    # Luhn were certain card numbers
    from stdnum import ean, luhn

    number = next(n for n in (f"40{i:011d}" for i in range(12_345_678, 13_345_678))
                  if luhn.is_valid(n) and ean.is_valid(n))
    check = CARD.check(number)
    assert check.valid and check.checksum is False
    # below the threshold alone, over it with a card word beside it
    (alone,) = [h for h in _detector().detect_value(f"Art. {number}").hits if h.entity_type == CARD.ENTITY]
    assert alone.score < REPORT_THRESHOLD and alone.context is False
    (named,) = [h for h in _detector().detect_value(f"Kortnummer {number}").hits if h.entity_type == CARD.ENTITY]
    assert named.score >= REPORT_THRESHOLD and named.context is True


@pytest.mark.parametrize(("line", "entity"), [
    # glibc's cns11643_stroke: CJK characters' stroke sequences in a comment
    ("<U6814> <U6814>;IGNORE;IGNORE;IGNORE # 1112531234", "DK_CPR"),  # nordpii: allow DK_CPR
    ("<U9579> <U9579>;IGNORE;IGNORE;IGNORE # 1211154354", "SE_PERSONNUMMER"),  # nordpii: allow SE_PERSONNUMMER
    ("<U00020D83> <U00020D83>;IGNORE;IGNORE;IGNORE # 25111211135", "NO_FODSELSNUMMER"),  # nordpii: allow NO_FODSELSNUMMER
    ("<U000279D2> <U000279D2>;IGNORE;IGNORE;IGNORE # 4111251125234", "CREDIT_CARD"),  # nordpii: allow CREDIT_CARD
])
def test_digits_on_a_line_of_locale_data_are_no_identifiers(line, entity):
    import re

    assert list(_detector().detect_value(line).hits) == []
    # the same digits without the code points are the entity's
    bare = re.sub(r"<U[0-9A-F]+>", "", line)
    assert entity in {h.entity_type for h in _detector().detect_value(bare).hits if h.score >= REPORT_THRESHOLD}
    # a locale line does not hide the line after it, nor a comment's code point its line
    for text in ("<U6814> x\n" + bare, "% Nilg<U00FC>n" + bare):
        assert entity in {h.entity_type for h in _detector().detect_value(text).hits if h.score >= REPORT_THRESHOLD}
