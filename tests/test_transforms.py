"""scanner/transforms.py: keys, pseudonyms, surrogates that validate, generalisation, date shifts.

Every identifier here is generated (by the surrogate functions themselves
from generated inputs) or an official test number: no real personal data.
"""

from __future__ import annotations

import datetime as dt
import pickle
import random

import phonenumbers
import pytest
from stdnum import iban
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.is_ import kennitala
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

from scanner import transforms as T

KEY_A = T.Key(b"transform-test-key-A-0123456789")
KEY_B = T.Key(b"transform-test-key-B-0123456789")

# Seed inputs: official test numbers (../shared/data/official_test_ids.json kinds) and
# surrogates of them, so the sweep below covers many dates and both sexes.
SEEDS = {
    "SE_PERSONNUMMER": ["19121212-1212", "121212-1212", "198112289874", "811228-9874"],
    "NO_FODSELSNUMMER": ["15076500565", "41817512397", "01817512484"],
    "DK_CPR": ["070761-4285", "0707614285"],
    "FI_PERSONAL_IDENTITY_CODE": ["131052-308T", "010594Y9032"],
    "IS_KENNITALA": ["120174-3399"],
}


def _stdnum_valid(entity: str, value: str) -> bool:
    """python-stdnum, or nordpii's own validator where stdnum is behind (2023 HETU signs,
    samordningsnummer with unknown dates, kennitala check-digit rules)."""
    module = {"SE_PERSONNUMMER": personnummer, "NO_FODSELSNUMMER": fodselsnummer, "DK_CPR": cpr,
              "FI_PERSONAL_IDENTITY_CODE": hetu, "IS_KENNITALA": kennitala}[entity]
    return module.is_valid(value) or T._check(entity, value).valid


def _many(entity: str, n: int = 300) -> list[str]:
    """n distinct valid inputs: surrogates of the seeds under many keys."""
    out = set(SEEDS[entity])
    i = 0
    while len(out) < n:
        key = T.Key(f"sweep-key-{i:04d}-0123456789".encode())
        out.add(T.surrogate(key, entity, SEEDS[entity][i % len(SEEDS[entity])]))
        i += 1
    return sorted(out)


@pytest.mark.parametrize("entity", sorted(SEEDS))
def test_every_national_id_surrogate_validates_keeps_form_and_facts(entity):
    for value in _many(entity):
        assert _stdnum_valid(entity, value), entity
        for keep in (False, True):
            out = T.surrogate(KEY_A, entity, value, keep_birth_year=keep, keep_sex=keep)
            assert _stdnum_valid(entity, out), (entity, keep)
            assert T.canonical(out, entity) != T.canonical(value, entity)
            assert len(out) == len(value) and ("-" in out) == ("-" in value)
            if keep:
                before = T.birth_date_and_sex(value, entity)
                after = T.birth_date_and_sex(out, entity)
                if before is not None:
                    assert after is not None and (after[0].year, after[1]) == (before[0].year, before[1])


def test_swedish_forms_are_kept():
    out = T.surrogate(KEY_A, "SE_PERSONNUMMER", "19121212-1212")
    assert len(out) == 13 and out[8] == "-"
    centenarian = T.surrogate(KEY_A, "SE_PERSONNUMMER", "121212+1212", keep_birth_year=True)
    assert centenarian[6] == "+" and personnummer.is_valid(centenarian)
    coordination = T.surrogate(KEY_A, "SE_PERSONNUMMER", "701063-2391")  # samordningsnummer (day + 60)
    assert int(coordination[4:6]) > 60 and T._check("SE_PERSONNUMMER", coordination).kind == "samordningsnummer"


def test_finnish_century_sign_and_case_are_kept():
    out = T.surrogate(KEY_A, "FI_PERSONAL_IDENTITY_CODE", "010594Y9032", keep_birth_year=True)
    assert out[6] == "Y" and T._check("FI_PERSONAL_IDENTITY_CODE", out).valid
    assert T.surrogate(KEY_A, "FI_PERSONAL_IDENTITY_CODE", "131052-308t").islower()


def test_surrogates_are_deterministic_and_key_dependent():
    for entity, seeds in SEEDS.items():
        for v in seeds:
            assert T.surrogate(KEY_A, entity, v) == T.surrogate(KEY_A, entity, v)
        outs_a = {T.surrogate(KEY_A, entity, v) for v in _many(entity, 50)}
        outs_b = {T.surrogate(KEY_B, entity, v) for v in _many(entity, 50)}
        assert not outs_a & outs_b, entity


@pytest.mark.parametrize("entity,value", [
    ("SE_PERSONNUMMER", "19121212-1213"), ("NO_FODSELSNUMMER", "15076500566"), ("DK_CPR", "320761-4285"),
    ("FI_PERSONAL_IDENTITY_CODE", "131052-308U"), ("IS_KENNITALA", "320174-3399"), ("IBAN_CODE", "SE45 5000"),
    ("PHONE_NUMBER", "12"), ("EMAIL_ADDRESS", "not an address"), ("PERSON", "12345"), ("SE_PERSONNUMMER", ""),
])
def test_invalid_inputs_raise_transform_error(entity, value):
    with pytest.raises(T.TransformError):
        T.surrogate(KEY_A, entity, value)


def test_iban_surrogate_same_country_length_and_spacing():
    for value in ("SE4550000000058398257466", "NO93 8601 1117 947", "DK50 0040 0440 1162 43", "FI2112345600000785",
                  "IS14 0159 2600 7654 5510 7303 39", "DE89370400440532013000", "se45 5000 0000 0583 9825 7466"):
        out = T.surrogate(KEY_A, "IBAN_CODE", value)
        assert iban.is_valid(out) and out[:2] == value[:2] and len(out) == len(value)
        assert iban.compact(out) != iban.compact(value) and (" " in out) == (" " in value)


def test_phone_surrogate_same_country_valid_and_same_written_form():
    for value, region in (("+46 70 174 06 05", "SE"), ("070-1740605", "SE"), ("+47 406 12 345", "NO"),
                          ("+45 20 12 34 56", "DK"), ("+358 40 1234567", "FI"), ("+354 611 1234", "IS")):
        out = T.surrogate(KEY_A, "PHONE_NUMBER", value)
        n = phonenumbers.parse(out, region)
        assert phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region
        assert out != value and [c.isdigit() for c in out] == [c.isdigit() for c in value]


def test_email_and_person_surrogates():
    out = T.surrogate(KEY_A, "EMAIL_ADDRESS", "Anna.Karlsson@example.se")
    assert out.rsplit("@", 1)[1] in ("example.com", "example.net", "example.org")
    firsts, lasts = T._names("sv_SE")
    name = T.surrogate(KEY_A, "PERSON", "Anna Karlsson")
    first, last = name.split(" ")
    assert first in firsts and last in lasts and name != "Anna Karlsson"
    assert T.surrogate(KEY_A, "PERSON", "Matti", locale="fi_FI") in T._names("fi_FI")[0]
    assert T.surrogate(KEY_A, "PERSON", "Karlsson, Anna").count(",") == 1


def test_key_load_and_secrecy(tmp_path, monkeypatch):
    monkeypatch.delenv("NORDPII_KEY", raising=False)
    with pytest.raises(T.KeyMissing, match="^no key: set NORDPII_KEY or give --key-file"):
        T.Key.load(None)
    monkeypatch.setenv("NORDPII_KEY", "short")
    with pytest.raises(T.KeyMissing, match="fewer than 16 bytes"):
        T.Key.load(None)
    secret = "a-secret-value-that-is-long-enough"
    monkeypatch.setenv("NORDPII_KEY", secret)
    key = T.Key.load(None)
    f = tmp_path / "key"
    f.write_text(secret + "\n")
    assert T.Key.load(f).fingerprint() == key.fingerprint()  # the trailing newline is not part of the key
    with pytest.raises(T.KeyMissing, match="cannot read the key file"):
        T.Key.load(tmp_path / "missing")
    assert secret not in repr(key) and secret not in str(key) and len(key.fingerprint()) == 12
    clone = pickle.loads(pickle.dumps(key))
    assert clone.digest("x", "y") == key.digest("x", "y") != KEY_B.digest("x", "y")


def test_pseudonyms():
    p = T.pseudonym(KEY_A, "anna@example.com", entity="EMAIL_ADDRESS")
    assert p == T.pseudonym(KEY_A, " ANNA@example.com", entity="EMAIL_ADDRESS") and len(p) == 20
    assert p != T.pseudonym(KEY_B, "anna@example.com", entity="EMAIL_ADDRESS")
    assert T.pseudonym(KEY_A, "+46701740605", entity="PHONE_NUMBER") == T.pseudonym(
        KEY_A, "070-174 06 05", entity="PHONE_NUMBER")
    assert len(T.pseudonym(KEY_A, "x", length=64)) == 64
    with pytest.raises(ValueError):
        T.pseudonym(KEY_A, "x", length=7)
    assert T.pseudonym_int(KEY_A, 42) == T.pseudonym_int(KEY_A, "42") == T.pseudonym_int(KEY_A, " 042")
    for bits in (16, 62, 63):
        values = {T.pseudonym_int(KEY_A, i, bits=bits) for i in range(1000)}
        assert all(0 < v < 2 ** bits for v in values) and len(values) > 980


def test_generalise():
    assert T.generalise(dt.date(1985, 6, 30), "birth_year") == 1985
    assert T.generalise("811228-9874", "birth_year") == 1981
    assert T.generalise("811228-9874", "sex") == "M"
    assert T.generalise("1985-06-30", "age_band", as_of=dt.date(2026, 6, 29)) == "40-44"
    assert T.generalise("1985-06-30", "age_band", as_of=dt.date(2026, 6, 30), width=10) == "40-49"
    assert T.generalise("114 55", "postcode_prefix") == "11"
    assert T.generalise("0150", "postcode_prefix", digits=1) == "0"
    assert T.generalise(34999.5, "band", width=5000) == "30000-34999"
    assert T.generalise(dt.datetime(2024, 3, 5, 10, 11), "month") == "2024-03"
    assert T.generalise("2024-03-05 10:11:12", "year") == 2024
    for value, method in (("soon", "month"), ("x", "postcode_prefix"), ("n/a", "band"), ("?", "sex")):
        with pytest.raises(T.TransformError):
            T.generalise(value, method, width=5)


def test_date_shift_per_person_non_zero_and_type_preserving():
    d = dt.date(2024, 3, 5)
    offsets = set()
    for person in range(300):
        out = T.date_shift(KEY_A, d, person, max_days=30)
        delta = (out - d).days
        assert delta != 0 and -30 <= delta <= 30
        offsets.add(delta)
        # the same person's dates keep their interval, in every type
        ts = T.date_shift(KEY_A, dt.datetime(2024, 3, 7, 8, 9, 10), person, max_days=30)
        assert (ts.date() - out).days == 2 and ts.time() == dt.time(8, 9, 10)
        text = T.date_shift(KEY_A, "2024-03-05T10:11:12.5+01:00", str(person), max_days=30)
        assert text == f"{out.isoformat()}T10:11:12.5+01:00"
    offsets |= {(T.date_shift(KEY_A, d, person, max_days=30) - d).days for person in range(300, 3000)}
    assert offsets == set(range(-30, 0)) | set(range(1, 31))  # every non-zero offset in range, and no other
    assert T.date_shift(KEY_A, d, 7) != T.date_shift(KEY_B, d, 7) or T.date_shift(KEY_A, d, 8) != T.date_shift(
        KEY_B, d, 8)
    with pytest.raises(T.TransformError):
        T.date_shift(KEY_A, "05/03/2024", 1)


def test_redactor_replaces_findings_with_labels():
    from scanner.detection import DetectorConfig

    r = T.Redactor(DetectorConfig())
    text = "Ring Anna på 070-174 06 05 eller mejla anna.karlsson@example.com, pnr 19121212-1212."
    [(red, found), (empty, none), (plain, nothing)] = r.redact([text, None, "Inget här."])
    assert "<PHONE_NUMBER>" in red and "<EMAIL_ADDRESS>" in red and "<SE_PERSONNUMMER>" in red
    assert "070" not in red and "example.com" not in red and "1212" not in red
    assert found["PHONE_NUMBER"] == found["EMAIL_ADDRESS"] == found["SE_PERSONNUMMER"] == 1
    assert empty is None and not none and plain == "Inget här." and not nothing


def test_random_inputs_never_crash():
    rng = random.Random(5)
    for _ in range(2000):
        junk = "".join(rng.choice("0123456789-+ AaÅ@.") for _ in range(rng.randint(0, 14)))
        for entity in T.NATIONAL_IDS + ("IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS"):
            try:
                T.surrogate(KEY_A, entity, junk)
            except T.TransformError:
                pass
