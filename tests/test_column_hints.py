"""Column-name hints (rules/column_hints.yaml, ``ColumnHints``): what a
column's name hints at and argues against, and the substring traps of
compound Nordic names ("kundnummer" holds a "dnummer", "kontor" a "konto")."""

from __future__ import annotations

from functools import lru_cache

import pytest

from scanner.detection import load_column_hints


SPECIAL = {"HEALTH_DATA", "ETHNIC_ORIGIN", "RELIGIOUS_BELIEF", "TRADE_UNION", "POLITICAL_OPINION",
           "SEXUAL_ORIENTATION", "GENETIC_DATA", "BIOMETRIC_DATA", "CRIMINAL_OFFENCE"}


@lru_cache(maxsize=1)
def hints():
    return load_column_hints()


@pytest.mark.parametrize(("column", "expected"), [
    # compounds of the hint
    ("kundpersonnummer", {"SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR"}),
    ("KundPersonNr", {"SE_PERSONNUMMER"}),  # "personnr" across the tokens
    ("d_nummer", {"NO_FODSELSNUMMER"}), ("DNummer", {"NO_FODSELSNUMMER"}), ("D-nummer", {"NO_FODSELSNUMMER"}),
    ("kontonummer", {"IBAN_CODE", "NO_BANK_ACCOUNT"}), ("konto", {"NO_BANK_ACCOUNT"}),
    ("account", {"NO_BANK_ACCOUNT"}), ("bank_account", {"IBAN_CODE", "NO_BANK_ACCOUNT"}),
    ("mobiltelefon", {"PHONE_NUMBER"}), ("e_postadress", {"EMAIL_ADDRESS"}),
    ("fax", {"PHONE_NUMBER"}), ("Telefax", {"PHONE_NUMBER"}), ("faksinumero", {"PHONE_NUMBER"}),
    # person names, one word or compound, in each language
    ("kundnamn", {"PERSON"}), ("kontaktnamn", {"PERSON"}), ("kundenavn", {"PERSON"}),
    ("kontaktnavn", {"PERSON"}), ("asiakasnimi", {"PERSON"}), ("yhteyshenkilö", {"PERSON"}),
    ("tengiliður", {"PERSON"}), ("CustomerName", {"PERSON"}), ("kund_namn", {"PERSON"}),
    # traps: a hint inside a word that is something else
    ("kundnummer", set()), ("kund_nummer", set()), ("anstalldnummer", set()),  # "...d" + "nummer"
    ("kontor", set()), ("kontorsadress", set()), ("accounting_code", set()),
    ("kon", set()), ("hotel", set()), ("faxe_kommune", set()), ("produktnamn", set()), ("gatunamn", set()), ("filnamn", set()),
    ("firmanamn", set()), ("användarnamn", set()), ("brukernavn", set()),
])
def test_what_a_column_name_hints_at(column, expected):
    assert set(hints().entities_for(column)) == expected


@pytest.mark.parametrize(("column", "hinted", "against"), [
    ("assembly_version", set(), {"IP_ADDRESS"}),
    ("ip_version", {"IP_ADDRESS"}, set()),  # "ip" is left when "version" is taken away
    ("city_name", set(), {"PERSON"}),  # the "name" is the city's
    ("product_owner", {"PERSON"}, set()),  # "owner" is left when "product" is taken away
    ("kundnamn", {"PERSON"}, set()),
    ("kunde_by", set(), {"PERSON"}),  # a Danish customer's town
    ("created_by", {"PERSON"}, set()),  # the hint's words hold the "by"
    ("", set(), set()), (None, set(), set()),
    # a job title names a job: every special category is argued against
    ("job_title", set(), SPECIAL), ("stillingsbetegnelse", set(), SPECIAL), ("Befattning", set(), SPECIAL),
    ("ammatti", set(), SPECIAL), ("yrke", set(), SPECIAL), ("occupation", set(), SPECIAL),
    ("ammattiliitto", {"TRADE_UNION"}, set()),  # a trade union, not "ammatti" (whole token only)
    ("titel", set(), set()), ("title", set(), set()),  # a ticket's or a document's title may say more
])
def test_for_column(column, hinted, against):
    found_hinted, found_against = hints().for_column(column)
    assert (set(found_hinted), set(found_against)) == (hinted, against)


# Job titles that name a special category's domain (Faker's job lists):
# found in a notes column, not in a job-title column, though "nurse",
# "hospital" or "sygeplejerske" beside the term are the category's context
# words; an IP address under ``version`` still counts with "IP" beside it.
JOBS = ["Psykiatrisk sygeplejerske", "Jordemoder", "Fængselsfunktionær", "Mental health nurse",
        "Hospital doctor", "Research officer, trade union", "Saamelaisarkistonhoitaja"]


@pytest.mark.parametrize("value", JOBS)
def test_a_job_title_column_holds_no_special_category(value):
    def special(column: str) -> set[str]:
        return {h.entity_type for h in _detector().detect([value], column)[value].hits
                if h.entity_type in SPECIAL and h.score >= 0.5}

    assert special("anteckning") != set()
    assert special("job_title") == set() and special("stilling") == set()


@pytest.mark.parametrize("value", JOBS)
@pytest.mark.parametrize("template", ['{{"id": 3, "job_title": "{v}"}}', "stilling: '{v}'", "yrke = \"{v}\""])
def test_a_job_title_field_holds_no_special_category(template, value):
    # the field's name is the value's column name: the same rule, the same
    # context words that vouch for nothing; a notes field beside it still counts
    text = template.format(v=value)
    assert {h.entity_type for h in _detector().detect([text])[text].hits if h.entity_type in SPECIAL} == set()
    notes = text.replace("job_title", "notes").replace("stilling", "notat").replace("yrke", "anteckning")
    assert {h.entity_type for h in _detector().detect([notes])[notes].hits
            if h.entity_type in SPECIAL and h.score >= 0.5} != set()


def test_context_still_counts_against_a_look_alike_column():
    hits = _detector().detect(["IP 10.1.2.3"], "assembly_version")["IP 10.1.2.3"].hits
    assert [(h.entity_type, h.context) for h in hits] == [("IP_ADDRESS", True)]


@lru_cache(maxsize=1)
def _detector():
    from scanner.detection import Detector

    return Detector()


# Unix times that read as identity numbers (a CPR, a personnummer and a
# kennitala, each valid), under the names a Unix time has.
UNIX_TIMES = (("1704257690", "DK_CPR"), ("1604664282", "SE_PERSONNUMMER"),  # nordpii: allow DK_CPR,SE_PERSONNUMMER
              ("1509113899", "IS_KENNITALA"))  # nordpii: allow IS_KENNITALA


@pytest.mark.parametrize(("value", "entity"), UNIX_TIMES)
@pytest.mark.parametrize("template", [
    '{{"id": 7, "created_at": {v}}}',  # JSON
    "  updated_at: {v}",  # YAML
    "ts={v} level=info msg=login",  # a log's key=value
    "session = {{'exp': {v}, 'iat': 1700000000}}",  # a token's claims
    "$stat->mtime = {v};",
    "  'created_at' => {v},",  # PHP, Perl
])
def test_a_field_named_for_a_time_is_no_identity_number(template, value, entity):
    detector = _detector()
    text = template.format(v=value)
    assert [h for h in detector.detect_value(text).hits if h.entity_type == entity] == []
    # the same digits under a neutral name are the entity's
    neutral = template.format(v=value).replace("created_at", "nummer").replace("updated_at", "nummer") \
        .replace("ts=", "nr=").replace("'exp'", "'nr'").replace("mtime", "nummer")
    assert [h.score >= 0.5 for h in detector.detect_value(neutral).hits if h.entity_type == entity] == [True]


def test_a_time_column_argues_against_identity_numbers_not_a_hint():
    hints = load_column_hints()
    for name in ("created_at", "timestamp", "ts", "exp", "aikaleima", "tidsstempel"):
        assert {"SE_PERSONNUMMER", "DK_CPR", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE",
                "IS_KENNITALA"} <= hints.for_column(name)[1]
    # a name that hints at the number keeps it: "personnummer_updated_at"
    assert "SE_PERSONNUMMER" in hints.for_column("personnummer_updated_at")[0]
    assert "SE_PERSONNUMMER" not in hints.for_column("personnummer_updated_at")[1]
    # words that only start like one: "attribute", "tsunami", "expected"
    for name in ("attribute", "tsunami", "expected", "status"):
        assert not hints.for_column(name)[1] & {"SE_PERSONNUMMER", "DK_CPR"}
