"""Published test identifiers shipped as package data (recognizers/data).

Skatteverket's test personnummer and test samordningsnummer (CC0) carry no
marker, so the scanner knows them by exact membership of the lists in
``se_test_personnummer.txt`` and ``se_test_samordningsnummer.txt``; the other
countries' published numbers stay in ``test_ids.tsv``.  These tests guard
the lists themselves (every line a valid number of the right kind) and the
loader (every line counts as synthetic, nothing else does).
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from stdnum import luhn

from recognizers import is_official_test_id
from recognizers.se_personnummer import NordicSePersonnummerRecognizer

SE = NordicSePersonnummerRecognizer
DATA = resources.files("recognizers") / "data"
LISTS = {
    # file: (kind of every number, count the header states)
    "se_test_personnummer.txt": ("personnummer", 20452),
    "se_test_samordningsnummer.txt": ("samordningsnummer", 2240),
}


def _read(name: str) -> tuple[list[str], list[str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [l for l in lines if l.startswith("#")], [l for l in lines if l and not l.startswith("#")]


@pytest.mark.parametrize("name", LISTS)
def test_list_is_twelve_digit_numbers_sorted_and_unique(name):
    _, numbers = _read(name)
    assert len(numbers) == LISTS[name][1]
    assert all(re.fullmatch(r"(18|19|20)\d{10}", n) for n in numbers)
    assert numbers == sorted(set(numbers))


@pytest.mark.parametrize("name", LISTS)
def test_header_states_provenance(name):
    header = "\n".join(_read(name)[0])
    assert "CC0" in header
    assert "ActiveLogin/ActiveLogin.Identity" in header
    assert re.search(r"at commit [0-9a-f]{40}", header)
    assert f"({LISTS[name][1]} numbers" in header


@pytest.mark.parametrize("name", LISTS)
def test_every_number_is_valid_luhn_and_synthetic(name):
    kind, _ = LISTS[name]
    _, numbers = _read(name)
    for number in numbers:
        assert luhn.is_valid(number[2:]), number
        chk = SE.check(number)
        assert chk.valid and chk.checksum and chk.kind == kind, number
        assert chk.synthetic, number
        assert is_official_test_id("SE_PERSONNUMMER", number), number


@pytest.mark.parametrize(
    "value",
    [
        "19030818-9802",    # the 1903-04 series, long form with hyphen
        "031204+9802",      # ... short form: '+' for over a hundred years
        "20190101-2391",    # the 2019 series
        "190101-2391",
        "199001072397",     # 1990, two numbers a day (238 and 239)
        "194510168885",     # the irregular 1920-1989 part
        "640823-3234",      # python-stdnum's doctest number is on the list too
        "191500722390",     # samordningsnummer, month 00 (unknown month)
        "191711602399",     # samordningsnummer, day 60 (unknown day)
        "202307612396",     # samordningsnummer of the 2023 series
    ],
)
def test_published_numbers_are_synthetic_in_every_notation(value):
    chk = SE.check(value)
    assert chk.valid and chk.synthetic


@pytest.mark.parametrize(
    "value",
    [
        "811218-9876",      # python-stdnum's and Skatteverket's example
        "880320-0016",      # python-stdnum test vector (shared/data)
        "701063-2391",      # Skatteverket's samordningsnummer example (SKVM 2010:3)
    ],
)
def test_numbers_off_the_lists_are_not_synthetic(value):
    chk = SE.check(value)
    assert chk.valid and not chk.synthetic


def test_tsv_lists_still_load():
    # The loader reads the shipped lists on top of test_ids.tsv, not instead.
    assert is_official_test_id("DK_CPR", "2512489996")          # MedCom
    assert is_official_test_id("FI_PERSONAL_IDENTITY_CODE", "010594Y9032")  # DVV
    assert is_official_test_id("SE_PERSONNUMMER", "202601612381")  # 2026 samordningsnummer
    # Membership is per entity: a Swedish test number is no Danish one.
    assert not is_official_test_id("DK_CPR", "190308189802")
