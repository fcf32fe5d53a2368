"""Nordic postal codes as LOCATION (recognizers/postcode.py, reference §2.4).

A postal code counts only as part of an address: a street line before it and
a post town after it, a country prefix with a town, or a context word / a
column-name hint.  Every address here is a public landmark's street with a
made-up house number, or a bare code; no person's address.
"""

from __future__ import annotations

import pytest

from recognizers import CONTEXT_BOOST, REPORT_THRESHOLD
from recognizers.postcode import NordicPostcodeRecognizer

R = NordicPostcodeRecognizer()


def found(text: str) -> list[tuple[str, str, float, str]]:
    """(matched text, shape, score, kind) of every valid candidate."""
    return [(text[c.start:c.end], c.shape, c.score, c.check.kind) for c in R.candidates(text) if c.check.valid]


# -- the code's own check ------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("114 55", "SE"),
        ("SE-114 55", "SE"),
        ("SE-11455", "SE"),
        ("11455", "SE|FI"),         # five digits: Swedish or Finnish
        ("00100", "FI"),            # Helsinki; Swedish codes never start with 0
        ("99055", "FI"),            # above the Swedish range (to 98999)
        ("FI-00100", "FI"),
        ("AX-22100", "AX"),         # Mariehamn
        ("FI-22100", "AX"),         # Åland codes are Finnish codes too
        ("0154", "NO"),             # Oslo; Danish codes start at 1000
        ("1620", "NO|DK"),
        ("DK-1620", "DK"),
        ("NO-0154", "NO"),
        ("9990", "NO|DK"),
        ("101", "IS"),              # Reykjavík
        ("IS-902", "IS"),
    ],
)
def test_valid_codes(value, kind):
    chk = R.check(value)
    assert chk.valid and chk.kind == kind
    assert chk.checksum is None and not chk.synthetic


@pytest.mark.parametrize(
    "value",
    [
        "SE-014 55",    # Swedish codes start with 1-9
        "014 55",
        "DK-0154",      # Danish codes start at 1000
        "0000",         # PIN-like, no country's code
        "9995",         # above NO 9991 and DK 9990
        "100", "903",   # outside Iceland's 101-902
        "123 456", "12 345", "1145 5",
        "SE-1620", "DK-11455", "IS-1620",
        "AX-00100",     # Åland is 22xxx only
        "１１４５５",    # fullwidth digits
        "١١٤٥٥",        # Arabic-Indic digits
        "", " ", "postnummer",
    ],
)
def test_invalid_codes(value):
    assert not R.check(value).valid


def test_check_is_total():
    # Regression: check() takes str, but junk from a database can be None.
    assert not R.check(None).valid  # type: ignore[arg-type]


# -- in text: what surrounds the code sets the score ---------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # street and town around the code: counts on its own
        ("Storgatan 12, 114 55 Stockholm", [("114 55", "address", 0.6, "SE")]),
        ("Storgatan 12B, 11455 Stockholm", [("11455", "address", 0.6, "SE|FI")]),
        ("Storgatan 12\n114 55 STOCKHOLM", [("114 55", "address", 0.6, "SE")]),
        ("Karl Johans gate 1, 0154 Oslo", [("0154", "address", 0.6, "NO")]),
        ("Vesterbrogade 3, 1620 København V", [("1620", "address", 0.6, "NO|DK")]),
        ("Mannerheimintie 1, 00100 Helsinki", [("00100", "address", 0.6, "FI")]),
        ("Laugavegur 1, 101 Reykjavík", [("101", "address", 0.6, "IS")]),
        # a country prefix and a town
        ("DK-1620 København V", [("DK-1620", "prefixed_town", 0.6, "DK")]),
        ("AX-22100 Mariehamn", [("AX-22100", "prefixed_town", 0.6, "AX")]),
        # the Swedish spaced form with its town
        ("114 55 Stockholm", [("114 55", "se_town", 0.55, "SE")]),
        # below the threshold: needs a context word or a column hint
        ("SE-114 55", [("SE-114 55", "prefixed", 0.45, "SE")]),
        ("0154 Oslo", [("0154", "digits_town", 0.35, "NO")]),
        ("Vesterbrogade 3, 1620", [("1620", "street", 0.35, "NO|DK")]),
        ("114 55", [("114 55", "se_spaced", 0.3, "SE")]),
        ("11455", [("11455", "digits", 0.15, "SE|FI")]),
        ("101", [("101", "is_cell", 0.15, "IS")]),
    ],
)
def test_addresses(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer 11455",        # the look-alike
        "Belopp 4500 SEK",          # an amount; a currency is no town
        "4500 Kronor",
        "Betalat 12, 2000 Kronor",  # a list of amounts looks like a street line
        "född 1985",                # a year
        "PIN 1234",                 # a PIN code
        "Antal: 1620 st",
    ],
)
def test_look_alikes_stay_below_the_threshold(text):
    # They may be candidates (a column hint can still make them count), but
    # none reaches the threshold alone.
    assert all(score < REPORT_THRESHOLD for _, _, score, _ in found(text))
    assert all(r.score < REPORT_THRESHOLD for r in R.analyze(text, ["LOCATION"]))


@pytest.mark.parametrize(
    "text",
    [
        "070 174 06 05",            # phone number groups (PTS fiction range)
        "070-174 06 05",
        "+46 70 174 06 05",
        "811218-9876",              # personnummer (stdnum's example)
        "2026-11-24",               # ISO date
        "24.11.2026",
        "1234,50",                  # decimal amount
        "1 234 567",                # thousands separators
        "12/2024",
        "14:30",
        "2001:db8::1234",           # IPv6 (RFC 3849)
        "anna1985@example.se",
        "ref#12345",
        "SE45 5000 0000 0583 9825 7466",   # IBAN groups
        "0000",
    ],
)
def test_no_candidate_inside_other_numbers(text):
    assert found(text) == []


def test_context_lifts_a_bare_code_to_the_threshold_exactly():
    # 0.15 + CONTEXT_BOOST = 0.5: a postnummer column or a context word makes
    # a bare code count, nothing less does.
    assert found("11455")[0][2] + CONTEXT_BOOST == pytest.approx(REPORT_THRESHOLD)
    assert "postnummer" in R.CONTEXT and "postinumero" in R.CONTEXT


# -- through the detection engine ------------------------------------------------

@pytest.fixture(scope="module")
def detector():
    from scanner.detection import Detector, DetectorConfig

    return Detector(DetectorConfig(languages=("en",)))


def _location(result):
    return [h for h in result.hits if h.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("value", "hinted", "counts"),
    [
        # free text: a context word within the window
        ("Kunden har nytt postnummer 11455 enligt formuläret", frozenset(), True),
        ("Ordernummer 11455 skickades till kunden igår", frozenset(), False),
        # cells: the column name decides (hints for LOCATION live in rules/)
        ("4500", frozenset(), False),                     # an amount column
        ("1985", frozenset(), False),                     # a year column
        ("0154", frozenset({"LOCATION"}), True),          # a postnummer column
        ("114 55", frozenset({"LOCATION"}), True),
        ("Storgatan 12, 114 55 Stockholm", frozenset(), True),
        # a year after a word that introduces one, an address word near
        ("Kunden är född 1981, saknar adress", frozenset(), False),
        ("Kunde siden 2015, adresse endret", frozenset(), False),
        ("Syntynyt 1981, osoite puuttuu", frozenset(), False),
        ("Born 1981, address unknown", frozenset(), False),
        ("Adress ändrad, nytt postnummer 2000", frozenset(), True),   # no year word: a code
        # the English "address" is no context: a verb, a memory address
        ("to address upstream bug 46321", frozenset(), False),
        ("==20852== Address 0x40280ac is 4 bytes inside a block", frozenset(), False),
        # "zip" as a word, not as the archiver's file names
        ("Zip: 48046", frozenset(), True),
        ("Update copyrights to 2008.  zip.c, zipcloak.c, zipfile.c, zipnote.c,", frozenset(), False),
    ],
)
def test_engine(detector, value, hinted, counts):
    hits = _location(detector.detect_value(value, hinted))
    assert any(h.score >= REPORT_THRESHOLD for h in hits) is counts
