"""`nordpii anonymise`: rules, the copy pipeline, its checks and the CLI (issue 6).

Every database here is generated at test time (scanner/demo.py, seeded) or
built from official test identifiers; no identifier is written literally.
PostgreSQL and MariaDB tests use the conftest fixtures (fail under CI=true
when the server is down).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml
from click.testing import CliRunner

from scanner.anonymise import (
    AnonymiseOptions,
    RulesError,
    anonymise,
    check_rules,
    load_rules,
    parse_rules,
    plan_table,
)
from scanner.anonymise_io import ColumnInfo, TableInfo, TargetError
from scanner.cli import main
from scanner.demo import generate_crm

ROOT = Path(__file__).resolve().parents[1]
DEMO_RULES = ROOT / "rules" / "anonymise_demo.yaml"
KEY_A = b"test-key-A-0123456789abcdef"
KEY_B = b"test-key-B-0123456789abcdef"


def _key(secret: bytes = KEY_A):
    from scanner.transforms import Key

    return Key(secret)


@pytest.fixture(scope="module")
def crm(tmp_path_factory) -> Path:
    """The demo CRM, 400 contacts (read-only use: tests copy from it)."""
    path = tmp_path_factory.mktemp("crm") / "crm.db"
    generate_crm(path, contacts=400, seed=11)
    return path


def demo_rules(**changes) -> dict:
    """The shipped demo rules as a dict, with top-level ``changes``."""
    data = yaml.safe_load(DEMO_RULES.read_text("utf-8"))
    data.update(changes)
    return data


def rules_of(data: dict | str, label: str = "test.yaml"):
    return parse_rules(yaml.safe_load(data) if isinstance(data, str) else data, label=label)


def rows(url_or_path, table: str, order_by: str | None = None) -> list[tuple]:
    url = url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}"
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            t = sa.Table(table, sa.MetaData(), autoload_with=conn)
            return sorted((tuple(r) for r in conn.execute(sa.select(t))), key=repr)
    finally:
        engine.dispose()


def scalar(url_or_path, sql: str):
    url = url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}"
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()
    finally:
        engine.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- rules: parsing and validation -------------------------------------------------

BAD_RULES = [
    # (rules YAML, the one-line error it gives)
    ("tables: [{table: t, columns: {a: pseudonim}}]",
     "rules test.yaml: tables[0].columns.a: unknown transform 'pseudonim' (did you mean 'pseudonym'?); valid: "),
    ("tables: [{table: t, colums: {a: keep}}]",
     "rules test.yaml: tables[0]: unknown key 'colums' (did you mean 'columns'?)"),
    ("tables: [{table: t, columns: {a: {generalise: birth_yeer}}}]",
     "rules test.yaml: tables[0].columns.a.generalise.method: unknown method 'birth_yeer' (did you mean 'birth_year'?)"),
    ("tables: [{table: t, columns: {a: {surrogate: SE_PERSONUMMER}}}]",
     "rules test.yaml: tables[0].columns.a.surrogate.entity: unknown entity type 'SE_PERSONUMMER' "
     "(did you mean 'SE_PERSONNUMMER'?)"),
    ("tables: [{table: t, columns: {a: surrogate}}]",
     "rules test.yaml: tables[0].columns.a.surrogate: needs 'entity'"),
    ("tables: [{table: t, columns: {a: date_shift}}]",
     "rules test.yaml: tables[0].columns.a.date_shift: needs 'person'"),
    ("tables: [{table: t, columns: {a: {date_shift: {person: id, max_day: 3}}}}]",
     "rules test.yaml: tables[0].columns.a.date_shift: unknown key 'max_day' (did you mean 'max_days'?)"),
    ("tables: [{table: t, columns: {a: {pseudonym: {length: 4}}}}]",
     "rules test.yaml: tables[0].columns.a.pseudonym.length: must be a whole number from 8 to 64"),
    ("tables: [{table: t, columns: {a: keep}, sensitive: a}]",
     "rules test.yaml: tables[0].sensitive: l-diversity needs quasi_identifiers"),
    ("unlisted: copie", "rules test.yaml: unlisted: must be one of copy, drop, error (did you mean 'copy'?)"),
    ("k: 1", "rules test.yaml: k: must be a whole number from 2 to 1000000"),
    ("tables: [{columns: {a: keep}}]", "rules test.yaml: tables[0]: needs 'table'"),
    ("tables: [{table: 'kund[0-9', columns: {}}]", "rules test.yaml: tables[0].table: bad glob 'kund[0-9'"),
    ("[1, 2]", "rules test.yaml: must be a mapping"),
    ("as_of: '2026-13-01'", "rules test.yaml: as_of: must be a date, YYYY-MM-DD"),
]


@pytest.mark.parametrize("text, message", BAD_RULES)
def test_bad_rules_give_one_line_naming_the_place(text, message):
    with pytest.raises(RulesError) as e:
        rules_of(text)
    assert str(e.value).startswith(message)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("text, message", [
    ("as_of: 2026-13-01\n", "is not valid YAML: month must be in 1..12"),  # PyYAML's own ValueError
    ("tables: [\n", "is not valid YAML at line 2"),
])
def test_unreadable_rules_files(tmp_path, text, message):
    path = tmp_path / "r.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(RulesError) as e:
        load_rules(path)
    assert str(e.value) == f"rules {path} {message}"
    with pytest.raises(RulesError, match="^cannot read rules .*missing.yaml: No such file or directory$"):
        load_rules(tmp_path / "missing.yaml")
    with pytest.raises(RulesError, match="^no built-in rules 'nope'; built in: builtin:demo$"):
        load_rules("builtin:nope")


def test_demo_rules_parse_and_name_every_column(crm):
    rules = load_rules(DEMO_RULES)
    assert load_rules("builtin:demo").tables == rules.tables
    assert rules.unlisted == "error" and rules.k == 5 and rules.suppress and rules.as_of == dt.date(2026, 11, 20)
    from scanner.anonymise_io import DatabaseReader

    reader = DatabaseReader(f"sqlite:///{crm}")
    reader.open()
    try:
        infos, errors = reader.tables()
    finally:
        reader.close()
    assert not errors
    check_rules(rules, infos)
    plans = {i.name: plan_table(rules, i) for i in infos}  # unlisted: error raises if any column is missing
    k = plans["kontakter"]
    assert k.quasi_identifiers == ("födelsedatum", "kön", "land", "postnummer") and k.k == 5 and k.suppress
    assert k.column("personnummer").rule.entity[0] == "SE_PERSONNUMMER"
    assert k.column("personnummer").rule.keep_birth_year and k.column("personnummer").rule.keep_sex
    assert k.column("last_interaction").rule.person == "id"
    assert plans["order"].column("skapad").rule.person == "kontakt_id"
    assert plans["Kund Notering"].column('a"b').rule.action == "pseudonym"


def _info(name, *cols, **kw):
    return TableInfo(name, {"schema": "main", "table": name}, tuple(ColumnInfo(c) for c in cols), **kw)


def test_first_entry_naming_a_column_decides_exact_before_glob():
    rules = rules_of("""
tables:
  - table: kund*
    columns: {"*_id": pseudonym_int, email: pseudonym}
  - table: "*"
    columns: {email: drop, kommentar: redact, "*": keep}
""")
    p = plan_table(rules, _info("kunder", "kund_id", "email", "kommentar", "land"))
    assert [(c.name, c.rule.action, c.explicit) for c in p.columns] == [
        ("kund_id", "pseudonym_int", True), ("email", "pseudonym", True),
        ("kommentar", "redact", True), ("land", "keep", True)]


@pytest.mark.parametrize("unlisted, expected", [("copy", ("keep", False)), ("drop", ("drop", False))])
def test_unlisted_columns(unlisted, expected):
    warnings = []
    rules = rules_of(f"unlisted: {unlisted}\ntables: [{{table: t, columns: {{a: pseudonym}}}}]")
    p = plan_table(rules, _info("t", "a", "b"), warn=warnings.append)
    assert (p.column("b").rule.action, p.column("b").explicit) == expected
    assert warnings == (["column t.b is not in the rules: copied as it is (the leak check covers it)"]
                        if unlisted == "copy" else [])


def test_unlisted_error_and_typos_name_the_column():
    with pytest.raises(RulesError, match=r"^rules test.yaml: column t.b is not in the rules \(unlisted: error\)$"):
        plan_table(rules_of("unlisted: error\ntables: [{table: t, columns: {a: keep}}]"), _info("t", "a", "b"))
    with pytest.raises(RulesError, match=r"^rules test.yaml: tables\[0\].columns.emial: no column 'emial' in t "
                                         r"\(did you mean 'email'\?\)$"):
        check_rules(rules_of("tables: [{table: t, columns: {emial: pseudonym}}]"), [_info("t", "email")])
    with pytest.raises(RulesError, match=r"date_shift.person: no column 'idd' in t \(did you mean 'id'\?\)$"):
        plan_table(rules_of("tables: [{table: t, columns: {d: {date_shift: idd}}}]"), _info("t", "id", "d"))
    with pytest.raises(RulesError, match=r"quasi_identifiers: column 'b' is dropped"):
        plan_table(rules_of("tables: [{table: t, columns: {b: drop}, quasi_identifiers: [b]}]"), _info("t", "b"))
    warnings = []
    check_rules(rules_of("tables: [{table: nothere, columns: {}}]"), [_info("t", "a")], warn=warnings.append)
    assert warnings == ["rules test.yaml: tables[0]: no table matches nothere"]


# -- the copy: SQLite -------------------------------------------------------------

# Rules for the round trips: the demo rules without k-anonymity (so every row
# is copied and the counts compare one to one).
ROUND_TRIP = dict(suppress=False)


def _no_qi(data: dict) -> dict:
    for t in data["tables"]:
        t.pop("quasi_identifiers", None)
    return data


JOINS = {
    # query -> what it counts; same numbers before and after
    "orders per contact": 'SELECT count(*) FROM "order" o JOIN kontakter k ON o.kontakt_id = k.id',
    "distinct customers": 'SELECT count(DISTINCT o.kontakt_id) FROM "order" o JOIN kontakter k ON o.kontakt_id = k.id',
    "sessions": "SELECT count(*) FROM webbsessioner w JOIN kontakter k ON w.kontakt_id = k.id",
    "biggest customer": 'SELECT max(n) FROM (SELECT count(*) AS n FROM "order" GROUP BY kontakt_id) x',
}


def test_sqlite_round_trip_keeps_joins_and_counts(crm, tmp_path):
    before = digest(crm)
    target = tmp_path / "anon.db"
    result = anonymise(f"sqlite:///{crm}", str(target), rules_of(_no_qi(demo_rules(**ROUND_TRIP))), _key())
    assert result.committed and not result.failed_checks and not result.errors, result.to_json()
    assert digest(crm) == before  # the source is never written
    for what, sql in JOINS.items():
        assert scalar(target, sql) == scalar(crm, sql), what
    by_table = {t.table: t for t in result.tables}
    assert {n: (t.rows_in, t.rows_out) for n, t in by_table.items()} == {
        "kontakter": (400, 400), "order": (600, 600), "webbsessioner": (800, 800), "anstallda": (10, 10),
        "foretag": (40, 40), "Kund Notering": (20, 20)}
    # dropped columns are gone, transformed key columns stay integers
    cols = {c["name"]: c for c in sa.inspect(sa.create_engine(f"sqlite:///{target}")).get_columns("kontakter")}
    assert "gatuadress" not in cols and "ort" not in cols
    assert isinstance(cols["id"]["type"], sa.BigInteger)
    assert isinstance(cols["födelsedatum"]["type"], sa.String)  # age band text
    # the foreign keys were recreated
    fks = sa.inspect(sa.create_engine(f"sqlite:///{target}")).get_foreign_keys("order")
    assert [(f["constrained_columns"], f["referred_table"], f["referred_columns"]) for f in fks] == [
        (["kontakt_id"], "kontakter", ["id"])]
    # no source value of a transformed column survives
    src = {r[0]: r for r in rows(crm, "kontakter")}
    out_ids = {r[0] for r in rows(target, "kontakter")}
    assert not out_ids & set(src)
    src_mail = {r[5] for r in src.values()} - {None}
    out_mail = {r[5] for r in rows(target, "kontakter")}
    assert len(src_mail) > 300 and not src_mail & out_mail


def test_column_counts_are_exact(crm, tmp_path):
    result = anonymise(f"sqlite:///{crm}", str(tmp_path / "a.db"), rules_of(_no_qi(demo_rules(**ROUND_TRIP))), _key())
    cols = {c["column"]: c for c in next(t for t in result.tables if t.table == "kontakter").columns}
    nulls = {name: scalar(crm, f'SELECT count(*) FROM kontakter WHERE "{name}" IS NULL OR "{name}" = \'\'')
             for name in ("email", "telefon", "last_interaction", "anteckningar")}
    assert cols["email"] == {"column": "email", "action": "pseudonym", "explicit": True,
                             "transformed": 400 - nulls["email"], "unchanged": 0, "null": nulls["email"],
                             "unparsable": 0}
    assert cols["telefon"]["null"] == nulls["telefon"] and cols["telefon"]["transformed"] == 400 - nulls["telefon"]
    assert cols["last_interaction"]["null"] == nulls["last_interaction"]
    assert cols["land"] == {"column": "land", "action": "keep", "explicit": True, "transformed": 0,
                            "unchanged": 400, "null": 0, "unparsable": 0}
    assert cols["gatuadress"] == {"column": "gatuadress", "action": "drop", "explicit": True}
    notes = cols["anteckningar"]
    assert notes["null"] == nulls["anteckningar"]
    assert notes["transformed"] + notes["unchanged"] + notes["null"] == 400
    assert notes["transformed"] > 0 and sum(notes["redactions"].values()) >= notes["transformed"]
    assert set(notes["redactions"]) <= {"PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "LOCATION", "DATE_OF_BIRTH"} | set(
        notes["redactions"])


def test_same_key_same_copy_different_key_unlinkable(crm, tmp_path):
    rules = rules_of(_no_qi(demo_rules(**ROUND_TRIP)))
    a1, a2, b = tmp_path / "a1.db", tmp_path / "a2.db", tmp_path / "b.db"
    for target, secret in ((a1, KEY_A), (a2, KEY_A), (b, KEY_B)):
        assert anonymise(f"sqlite:///{crm}", str(target), rules, _key(secret)).committed
    for table in ("kontakter", "order", "webbsessioner", "anstallda", "Kund Notering"):
        assert rows(a1, table) == rows(a2, table), table  # deterministic across runs
    ka, kb = rows(a1, "kontakter"), rows(b, "kontakter")
    # columns 0 id, 1 förnamn, 2 efternamn, 3 personnummer, 5 email, 6 telefon: nothing shared between keys
    for i, name in ((0, "id"), (3, "personnummer"), (5, "email"), (6, "telefon")):
        va, vb = {r[i] for r in ka} - {None}, {r[i] for r in kb} - {None}
        assert va and not va & vb, name
    # the statistics that do not depend on the key are the same
    assert Counter_of(ka, 4) == Counter_of(kb, 4)  # land
    assert Counter_of(ka, 8) == Counter_of(kb, 8)  # age band


def Counter_of(table_rows, i):
    from collections import Counter

    return Counter(r[i] for r in table_rows)


VALIDATORS = {
    # land -> (python-stdnum module, nordpii's recognizer where stdnum is behind)
    "SE": ("stdnum.se.personnummer", "recognizers.se_personnummer:NordicSePersonnummerRecognizer"),
    "NO": ("stdnum.no.fodselsnummer", "recognizers.no_fodselsnummer:NoFodselsnummerRecognizer"),
    "DK": ("stdnum.dk.cpr", "recognizers.dk_cpr:DkCprRecognizer"),
    "FI": ("stdnum.fi.hetu", "recognizers.fi_hetu:FiHetuRecognizer"),
    "IS": ("stdnum.is_.kennitala", "recognizers.is_kennitala:IsKennitalaRecognizer"),
}


ENTITY_OF = {"SE": "SE_PERSONNUMMER", "NO": "NO_FODSELSNUMMER", "DK": "DK_CPR", "FI": "FI_PERSONAL_IDENTITY_CODE",
             "IS": "IS_KENNITALA"}


def _valid(country: str, value: str) -> bool:
    import importlib

    mod, rec = VALIDATORS[country]
    if importlib.import_module(mod).is_valid(value):
        return True
    module, cls = rec.split(":")
    return getattr(importlib.import_module(module), cls).check(value).valid


def test_every_surrogate_identifier_validates_and_keeps_birth_year_and_sex(crm, tmp_path):
    from scanner.transforms import birth_date_and_sex

    target = tmp_path / "a.db"
    result = anonymise(f"sqlite:///{crm}", str(target), rules_of(_no_qi(demo_rules(**ROUND_TRIP))), _key())
    assert result.committed
    src = rows(crm, "kontakter")  # same order? no: match by country and birth facts instead
    out = rows(target, "kontakter")
    assert len(out) == 400
    kept = 0
    for r in out:
        country, pid = r[4], r[3]
        assert pid is not None
        assert _valid(country, pid) or any(_valid(c, pid) for c in VALIDATORS), country
        kept += 1
    assert kept == 400
    # birth year and sex, row by row (the copy's id is the source id's pseudonym), read as the
    # kind the surrogate was drawn as: the first of the rules' list the value is valid as, a
    # check digit that holds first (scanner/transforms.py, kind_order)
    from scanner.transforms import NATIONAL_IDS, kind_order, pseudonym_int

    by_id = {pseudonym_int(_key(), r[0]): r for r in src}
    other_country = 0
    for r in out:
        s = by_id[r[0]]
        kind = next(e for e in kind_order(s[3], NATIONAL_IDS) if birth_date_and_sex(s[3], e) or _valid(
            next(c for c, x in ENTITY_OF.items() if x == e), s[3]))
        before, after = birth_date_and_sex(s[3], kind), birth_date_and_sex(r[3], kind)
        assert (before and (before[0].year, before[1])) == (after and (after[0].year, after[1])), kind
        other_country += kind != ENTITY_OF[s[4]]
    # a number valid, check digit and all, in two countries is drawn as the first: rare
    assert other_country <= 12
    names = {r[1] for r in out}
    assert all(isinstance(n, str) and n.strip() for n in names)
    assert names != {r[1] for r in src}
    surrogates = {e["column"]: e for e in result.leak_check["surrogates"] if e["table"] == "kontakter"}
    assert surrogates["förnamn"]["equal_to_own_source"] == 0 and surrogates["personnummer"]["equal_to_own_source"] == 0
    assert surrogates["personnummer"]["equal_to_a_source_value"] == 0


def test_existing_target_is_refused_unless_overwrite(crm, tmp_path):
    target = tmp_path / "a.db"
    target.write_bytes(b"keep me")
    rules = rules_of(_no_qi(demo_rules(**ROUND_TRIP)))
    with pytest.raises(TargetError, match=r"^target .*a.db exists: use --overwrite to replace it$"):
        anonymise(f"sqlite:///{crm}", str(target), rules, _key())
    assert target.read_bytes() == b"keep me"
    assert anonymise(f"sqlite:///{crm}", str(target), rules, _key(), AnonymiseOptions(overwrite=True)).committed
    assert scalar(target, "SELECT count(*) FROM kontakter") == 400
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]  # no staging file left


def test_leak_check_catches_a_forgotten_column(crm, tmp_path):
    data = _no_qi(demo_rules(**ROUND_TRIP, unlisted="copy"))
    kontakter = next(t for t in data["tables"] if t["table"] == "kontakter")
    del kontakter["columns"]["email"]  # forgotten
    warnings = []
    target = tmp_path / "a.db"
    result = anonymise(f"sqlite:///{crm}", str(target), rules_of(data), _key(), warn=warnings.append)
    assert "column kontakter.email is not in the rules: copied as it is (the leak check covers it)" in warnings
    assert result.failed_checks == ["leak check"] and not result.committed
    assert not target.exists() and list(tmp_path.iterdir()) == []
    leaks = result.leak_check["leaks"]
    assert [(x["table"], x["column"], x["entity_type"], x["explicit"]) for x in leaks] == [
        ("kontakter", "email", "EMAIL_ADDRESS", False)]
    assert leaks[0]["hits"] > 300 and all("***" in e for e in leaks[0]["evidence"])


def test_k_anonymity_and_l_diversity_exact_with_suppression_cascading_to_children(tmp_path):
    # groups of (band, sex): A/F x5, A/M x3, B/F x1 -> smallest 1, 4 of 9 below k=5
    src = tmp_path / "s.db"
    engine = sa.create_engine(f"sqlite:///{src}")
    md = sa.MetaData()
    person = sa.Table("person", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("band", sa.String),
                      sa.Column("sex", sa.String), sa.Column("diag", sa.String))
    visit = sa.Table("visit", md, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id")))
    md.create_all(engine)
    people = ([("A", "F", f"d{i % 2}") for i in range(5)] + [("A", "M", "d1")] * 3 + [("B", "F", "d0")])
    with engine.begin() as conn:
        conn.execute(person.insert(), [{"id": i + 1, "band": b, "sex": s, "diag": d} for i, (b, s, d) in enumerate(people)])
        conn.execute(visit.insert(), [{"id": i + 1, "person_id": (i % 9) + 1} for i in range(18)])
    engine.dispose()
    text = """
k: 5
tables:
  - table: person
    columns: {id: pseudonym_int, band: keep, sex: keep, diag: keep}
    quasi_identifiers: [band, sex]
    sensitive: diag
  - table: visit
    columns: {id: pseudonym_int, person_id: pseudonym_int}
"""
    failed = anonymise(f"sqlite:///{src}", str(tmp_path / "f.db"), rules_of(text), _key(),
                       AnonymiseOptions(leak_check=False))
    assert failed.failed_checks == ["k-anonymity"] and not failed.committed
    [k] = failed.k_anonymity
    assert {x: k[x] for x in ("records", "groups", "smallest_group", "records_below_k", "share_below_k",
                              "l_diversity", "passed", "suppressed")} == {
        "records": 9, "groups": 3, "smallest_group": 1, "records_below_k": 4, "share_below_k": round(4 / 9, 4),
        "l_diversity": 1, "passed": False, "suppressed": 0}
    ok = anonymise(f"sqlite:///{src}", str(tmp_path / "ok.db"), rules_of(text), _key(),
                   AnonymiseOptions(leak_check=False, suppress=True))
    assert ok.committed and not ok.failed_checks
    [k] = ok.k_anonymity
    assert (k["records"], k["smallest_group"], k["suppressed"], k["passed"], k["l_diversity"]) == (5, 5, 4, True, 2)
    assert k["before_suppression"]["records_below_k"] == 4
    tables = {t.table: t for t in ok.tables}
    assert (tables["person"].rows_out, tables["person"].suppressed) == (5, 4)
    # visits of suppressed people go with them: people 6..9 have two visits each
    assert (tables["visit"].rows_in, tables["visit"].rows_out, tables["visit"].removed_with_parent) == (18, 10, 8)
    assert scalar(tmp_path / "ok.db", "SELECT count(*) FROM visit v JOIN person p ON v.person_id = p.id") == 10


# -- the CLI ----------------------------------------------------------------------


def run_cli(args, env=None):
    runner = CliRunner()
    return runner.invoke(main, args, env={"NORDPII_KEY": KEY_A.decode(), **(env or {})}, catch_exceptions=False)


def _personal_values(path: Path) -> set[str]:
    """Raw personal values planted in the demo CRM: none may reach a report."""
    con = sqlite3.connect(path)
    try:
        values = set()
        for sql in ("SELECT personnummer, email, telefon, förnamn || ' ' || efternamn, efternamn FROM kontakter",
                    "SELECT namn, epost, mobil FROM anstallda", "SELECT iban FROM foretag",
                    'SELECT "Förnamn", "a""b", "select" FROM "Kund Notering"', "SELECT ip_adress FROM webbsessioner"):
            for row in con.execute(sql):
                values.update(v for v in row if isinstance(v, str) and len(v) >= 5)
        return values
    finally:
        con.close()


def _assert_no_raw(texts: list[str], raw: set[str]):
    blob = "\n".join(texts)
    leaked = [v for v in raw if v in blob]
    assert not leaked, f"{len(leaked)} raw values in output, e.g. one of length {len(leaked[0])}"


def test_cli_run_reports_without_raw_values(crm, tmp_path):
    raw = _personal_values(crm)
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(_no_qi(demo_rules(**ROUND_TRIP)), allow_unicode=True), "utf-8")
    report = tmp_path / "run.json"
    r = run_cli(["anonymise", f"sqlite:///{crm}", "--rules", str(rules), "--to", str(tmp_path / "a.db"),
                 "--format", "json", "-o", str(report)])
    assert r.exit_code == 0, r.output
    data = json.loads(report.read_text("utf-8"))
    assert data["committed"] and data["result"] == "ok" and data["leak_check"]["passed"]
    assert data["key"]["fingerprint"] == _key().fingerprint() and KEY_A.decode() not in report.read_text("utf-8")
    assert {t["table"]: t["rows_out"] for t in data["tables"]}["kontakter"] == 400
    table = run_cli(["anonymise", f"sqlite:///{crm}", "--rules", str(rules), "--to", str(tmp_path / "b.db")])
    assert table.exit_code == 0 and "leak check: passed" in table.output
    # a failing run shows its evidence: masked
    data = _no_qi(demo_rules(**ROUND_TRIP, unlisted="copy"))
    next(t for t in data["tables"] if t["table"] == "kontakter")["columns"].pop("personnummer")
    rules.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    leak = run_cli(["anonymise", f"sqlite:///{crm}", "--rules", str(rules), "--to", str(tmp_path / "c.db"),
                    "--format", "json"])
    assert leak.exit_code == 1
    assert json.loads(leak.stdout)["leak_check"]["leaks"][0]["column"] == "personnummer"
    assert "leak check failed: nothing written to" in leak.stderr and not (tmp_path / "c.db").exists()
    _assert_no_raw([report.read_text("utf-8"), table.output, leak.stdout, leak.stderr], raw)


CLI_ERRORS = [
    # (args after SOURCE, env change, the one line on stderr)
    (["--rules", "builtin:demo", "--to", "{tmp}/a.db"], {"NORDPII_KEY": ""}, "NORDPII_KEY"),
    (["--rules", "{tmp}/missing.yaml", "--to", "{tmp}/a.db"], {}, "cannot read rules"),
    (["--rules", "{tmp}/bad.yaml", "--to", "{tmp}/a.db"], {}, "unknown transform 'hash'"),
    (["--rules", "builtin:demo", "--to", "{tmp}/exists.db"], {}, "exists: use --overwrite to replace it"),
    (["--rules", "builtin:demo"], {}, "give --rules FILE and --to TARGET"),
    (["--rules", "builtin:demo", "--to", "{tmp}/a.csv"], {}, "a database source needs a database target"),
]


@pytest.mark.parametrize("args, env, message", CLI_ERRORS)
def test_cli_errors_are_one_line_exit_2(crm, tmp_path, args, env, message):
    (tmp_path / "bad.yaml").write_text("tables: [{table: t, columns: {a: hash}}]", "utf-8")
    (tmp_path / "exists.db").write_bytes(b"")
    r = run_cli(["anonymise", f"sqlite:///{crm}", *(a.format(tmp=tmp_path) for a in args)], env)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], r.stderr
    assert "Traceback" not in r.output
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize("source, message", [
    ("sqlite:///{tmp}/nowhere.db", "cannot connect to sqlite:///{tmp}/nowhere.db: no such database file"),
    ("postgresql+psycopg://scan:s3cretpw@127.0.0.1:1/crm", "cannot connect to postgresql+psycopg://scan:***@127.0.0.1:1/crm"),
    ("{tmp}/no-such-folder", "cannot open {tmp}/no-such-folder: no such file or directory"),
])
def test_cli_unreachable_source_exit_2_password_masked(tmp_path, source, message):
    r = run_cli(["anonymise", source.format(tmp=tmp_path), "--rules", "builtin:demo", "--to", str(tmp_path / "a.db")])
    assert r.exit_code == 2 and message.format(tmp=tmp_path) in r.stderr and "s3cretpw" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output
    r = run_cli(["anonymise", source.format(tmp=tmp_path), "--plan"])
    assert r.exit_code == 2 and message.format(tmp=tmp_path) in r.stderr and "s3cretpw" not in r.output


def test_plan_is_valid_rules_that_run(crm, tmp_path):
    raw = _personal_values(crm)
    r = run_cli(["anonymise", f"sqlite:///{crm}", "--plan"], {"NORDPII_KEY": ""})  # --plan needs no key
    assert r.exit_code == 0, r.output
    _assert_no_raw([r.stdout], raw)
    rules_file = tmp_path / "plan.yaml"
    rules_file.write_text(r.stdout, "utf-8")
    rules = load_rules(rules_file)
    kontakter = next(t for t in rules.tables if t.tables == ("kontakter",))
    proposed = {name: rule.action for name, rule in kontakter.columns}
    assert proposed["id"] == "pseudonym_int"  # a key column
    assert proposed["email"] == "pseudonym" and proposed["telefon"] == "pseudonym"
    assert proposed["personnummer"] == "surrogate" and proposed["förnamn"] == "surrogate"
    assert proposed["anteckningar"] == "redact" and proposed["land"] == "keep"
    assert set(dict(kontakter.columns)["personnummer"].entity) == {
        "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA"}
    order = next(t for t in rules.tables if t.tables == ("order",))
    assert dict(order.columns)["kontakt_id"].action == "pseudonym_int"  # joins survive
    run = run_cli(["anonymise", f"sqlite:///{crm}", "--rules", str(rules_file), "--to", str(tmp_path / "a.db"),
                   "--format", "json"])
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout)["leak_check"]["passed"]
    assert scalar(tmp_path / "a.db", JOINS["orders per contact"]) == scalar(tmp_path / "a.db", 'SELECT count(*) FROM "order"')


def test_help_lists_the_options():
    r = CliRunner().invoke(main, ["anonymise", "--help"])
    assert r.exit_code == 0
    for option in ("--rules", "--to", "--plan", "--key-file", "--format", "--output", "--include", "--exclude",
                   "--chunk-size", "--k", "--suppress", "--as-of", "--overwrite", "-q"):
        assert option in r.output


def test_key_file(crm, tmp_path):
    key_file = tmp_path / "key"
    key_file.write_bytes(KEY_B + b"\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(_no_qi(demo_rules(**ROUND_TRIP)), allow_unicode=True), "utf-8")
    r = run_cli(["anonymise", f"sqlite:///{crm}", "--rules", str(rules), "--to", str(tmp_path / "a.db"),
                 "--key-file", str(key_file), "--format", "json", "-q"], {"NORDPII_KEY": ""})
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["key"]["fingerprint"] == _key(KEY_B).fingerprint() != _key(KEY_A).fingerprint()
    assert r.stderr == ""  # -q: no warnings


# -- atomicity and memory ---------------------------------------------------------


def _big_table(path: Path, n: int, seed: int = 3) -> None:
    """A contacts table of ``n`` rows with generated (synthetic, checksum-valid) identifiers."""
    from scanner.demo import se_personnummer

    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kontakt (id INTEGER PRIMARY KEY, pnr TEXT, email TEXT, lon INTEGER, skapad TEXT)")
    pnrs = [se_personnummer(rng) for _ in range(min(n, 5000))]
    con.executemany("INSERT INTO kontakt VALUES (?, ?, ?, ?, ?)",
                    ((i, pnrs[i % len(pnrs)], f"user{i}@example.com", 20000 + (i * 7919) % 50000,
                      f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00:00") for i in range(n)))
    con.commit()
    con.close()


BIG_RULES = """
tables:
  - table: kontakt
    columns:
      id: pseudonym_int
      pnr: {pseudonym: SE_PERSONNUMMER}
      email: {pseudonym: EMAIL_ADDRESS}
      lon: {generalise: {method: band, width: 5000}}
      skapad: {generalise: month}
"""


def test_a_run_killed_midway_leaves_no_target(tmp_path):
    src = tmp_path / "src.db"
    _big_table(src, 300_000)
    rules = tmp_path / "r.yaml"
    rules.write_text(BIG_RULES, "utf-8")
    out = tmp_path / "out" / "copy.db"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "scanner", "anonymise", f"sqlite:///{src}", "--rules", str(rules),
           "--to", str(out), "--chunk-size", "500", "-q"]
    env = {**os.environ, "NORDPII_KEY": KEY_A.decode()}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    staged = []
    while time.monotonic() < deadline and proc.poll() is None:
        staged = [p for p in out.parent.iterdir() if p.name.startswith(".copy.db.nordpii-")]
        if staged and staged[0].stat().st_size > 1_000_000:  # rows are being written
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed: make the table larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir()] == [staged[0].name]  # the killed run's staging file only
    # the next run removes the dead run's staging file and writes the whole copy
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.parent.iterdir()] == ["copy.db"]
    assert scalar(out, "SELECT count(*) FROM kontakt") == 300_000


def _peak(src: Path, tmp: Path, name: str) -> int:
    rules = rules_of(BIG_RULES)
    tracemalloc.start()
    try:
        result = anonymise(f"sqlite:///{src}", str(tmp / name), rules, _key(),
                           AnonymiseOptions(chunk_size=1000, leak_check=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.committed
    return peak


def test_memory_is_bounded_by_the_chunk_not_the_table(tmp_path):
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    _big_table(small, 20_000)
    _big_table(large, 200_000)
    _peak(small, tmp_path, "warmup.db")  # imports and caches are not the copy's memory
    p_small = _peak(small, tmp_path, "s.db")
    p_large = _peak(large, tmp_path, "l.db")
    assert p_large < 1.5 * p_small, (p_small, p_large)  # ten times the rows, not ten times the memory


# -- files ------------------------------------------------------------------------


def _people(n: int, seed: int = 5) -> list[dict]:
    from scanner.demo import phone_number, se_personnummer

    rng = random.Random(seed)
    return [{"id": i + 1, "pnr": se_personnummer(rng), "email": f"kund{i}@example.com",
             "telefon": phone_number(rng, "SE", "international"), "postnummer": f"{rng.randrange(100, 985)} 12",
             "land": "SE"} for i in range(n)]


FILE_RULES = """
tables:
  - table: ["*.csv", "*.parquet", "*.xlsx!*"]
    columns:
      id: pseudonym
      pnr: {surrogate: {entity: SE_PERSONNUMMER, keep_birth_year: true}}
      email: {pseudonym: EMAIL_ADDRESS}
      telefon: {pseudonym: PHONE_NUMBER}
      postnummer: {generalise: {method: postcode_prefix, digits: 2}}
      land: keep
  - table: "*.jsonl"
    columns:
      "$.id": pseudonym_int
      "$.kund.pnr": {surrogate: SE_PERSONNUMMER}
      "$.kund.email": {pseudonym: EMAIL_ADDRESS}
      "$.kund.telefoner[*]": {pseudonym: PHONE_NUMBER}
      "$.land": keep
      "$.intern": drop
"""


def test_csv_folder_to_folder(tmp_path):
    import csv

    src = tmp_path / "exports"
    (src / "sub").mkdir(parents=True)
    people = _people(50)
    for path, delimiter in ((src / "kunder.csv", ";"), (src / "sub" / "fler.csv", ",")):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(people[0]), delimiter=delimiter)
            w.writeheader()
            w.writerows(people)
    (src / "readme.txt").write_text("inte en tabell\n", "utf-8")
    before = {p: digest(p) for p in src.rglob("*") if p.is_file()}
    out = tmp_path / "anon"
    result = anonymise(str(src), str(out), rules_of(FILE_RULES), _key())
    assert result.committed and not result.failed_checks, result.to_json()
    assert {p: digest(p) for p in src.rglob("*") if p.is_file()} == before
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["kunder.csv", "sub/fler.csv"]
    assert result.skipped == [{"path": "readme.txt", "reason": "not a tabular file (.csv, .tsv, .jsonl, .ndjson, "
                                                               ".parquet, .xlsx): not copied"}]
    with open(out / "kunder.csv", encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh, delimiter=";"))
    assert len(got) == 50 and list(got[0]) == list(people[0])
    assert all(g["land"] == "SE" and g["postnummer"] == p["postnummer"][:2] for g, p in zip(got, people))
    assert not {g["email"] for g in got} & {p["email"] for p in people}
    assert all(_valid("SE", g["pnr"]) and g["pnr"] != p["pnr"] for g, p in zip(got, people))
    # one person, one token, in every file
    with open(out / "sub" / "fler.csv", encoding="utf-8", newline="") as fh:
        assert [r["email"] for r in csv.DictReader(fh)] == [g["email"] for g in got]


def test_jsonl_nested_paths_transformed_in_place(tmp_path):
    people = _people(30)
    src = tmp_path / "events.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for p in people:
            fh.write(json.dumps({"id": p["id"], "kund": {"pnr": p["pnr"], "email": p["email"],
                                                        "telefoner": [p["telefon"], p["telefon"]]},
                                 "land": "SE", "intern": "x"}) + "\n")
    out = tmp_path / "anon.jsonl"
    result = anonymise(str(src), str(out), rules_of(FILE_RULES), _key())
    assert result.committed, result.to_json()
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(got) == 30
    for g, p in zip(got, people):
        assert set(g) == {"id", "kund", "land"} and isinstance(g["id"], int) and g["id"] != p["id"]
        assert g["kund"]["email"] != p["email"] and _valid("SE", g["kund"]["pnr"])
        assert g["kund"]["telefoner"][0] == g["kund"]["telefoner"][1] != p["telefon"]
    cols = {c["column"]: c for c in result.tables[0].columns}
    assert cols["$.kund.telefoner[*]"]["transformed"] == 60 and cols["$.intern"]["action"] == "drop"


def test_parquet_and_xlsx_files(tmp_path):
    import openpyxl
    import pyarrow as pa  # the dev extra
    import pyarrow.parquet as pq

    people = _people(40)
    pq.write_table(pa.Table.from_pylist(people), tmp_path / "kunder.parquet")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kunder"
    ws.append(list(people[0]))
    for p in people:
        ws.append(list(p.values()))
    wb.create_sheet("Tom")
    wb.save(tmp_path / "kunder.xlsx")
    for name in ("kunder.parquet", "kunder.xlsx"):
        result = anonymise(str(tmp_path / name), str(tmp_path / f"anon_{name}"), rules_of(FILE_RULES), _key())
        assert result.committed, result.to_json()
    t = pq.read_table(tmp_path / "anon_kunder.parquet").to_pylist()
    assert len(t) == 40 and all(r["email"] != p["email"] and r["land"] == "SE" for r, p in zip(t, people))
    assert str(pq.read_schema(tmp_path / "anon_kunder.parquet").field("id").type) == "string"  # a text pseudonym
    book = openpyxl.load_workbook(tmp_path / "anon_kunder.xlsx", read_only=True)
    got = list(book["Kunder"].iter_rows(values_only=True))
    assert got[0] == tuple(people[0]) and len(got) == 41
    assert all(r[2] != p["email"] and _valid("SE", r[1]) for r, p in zip(got[1:], people))
    # the parquet and the spreadsheet give the same tokens for the same people
    assert [r["email"] for r in t] == [r[2] for r in got[1:]]


# -- PostgreSQL and MariaDB -------------------------------------------------------


def _load_demo(url: str, contacts: int = 300, seed: int = 11) -> None:
    """The demo CRM's tables and rows in the database at ``url``."""
    from scanner.demo import _rows, _schema

    md, tables = _schema()
    data = _rows(contacts, seed)
    engine = sa.create_engine(url)
    try:
        md.create_all(engine)
        with engine.begin() as conn:
            for name, t in tables.items():
                if data[name]:
                    conn.execute(t.insert(), data[name])
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_crm(database_factory) -> str:
    url = database_factory("postgresql")
    _load_demo(url)
    return url


def _pg_checksum(url: str) -> str:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            out = []
            for t in ("kontakter", '"order"', "webbsessioner", "anstallda", "foretag", '"Kund Notering"'):
                out.append(conn.exec_driver_sql(f"SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) "
                                                f"FROM {t} x").scalar())
            return ",".join(out)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_to_sqlite_round_trip(pg_crm, tmp_path):
    before = _pg_checksum(pg_crm)
    target = tmp_path / "a.db"
    result = anonymise(pg_crm, f"sqlite:///{target}", rules_of(_no_qi(demo_rules(**ROUND_TRIP))), _key())
    assert result.committed and not result.errors, result.to_json()
    assert _pg_checksum(pg_crm) == before  # no source row changed
    for what, sql in JOINS.items():
        assert scalar(target, sql) == scalar(pg_crm, sql), what
    # the same source in SQLite gives the same copy: one key, one pseudonym per value, whatever the database
    lite = tmp_path / "src.db"
    generate_crm(lite, contacts=300, seed=11)
    anonymise(f"sqlite:///{lite}", str(tmp_path / "b.db"), rules_of(_no_qi(demo_rules(**ROUND_TRIP))), _key())
    assert rows(target, "order") == rows(tmp_path / "b.db", "order")


def _stage_schemas(url: str) -> list[str]:
    return [s for s in sa.inspect(sa.create_engine(url)).get_schema_names() if s.startswith("nordpii_stage_")]


@pytest.mark.postgres
def test_sqlite_to_postgres_is_published_in_one_step(crm, database_factory):
    url = database_factory("postgresql")
    rules = rules_of(_no_qi(demo_rules(**ROUND_TRIP)))
    result = anonymise(f"sqlite:///{crm}", url, rules, _key())
    assert result.committed, result.to_json()
    insp = sa.inspect(sa.create_engine(url))
    assert sorted(insp.get_table_names()) == sorted(["kontakter", "order", "webbsessioner", "anstallda", "foretag",
                                                     "Kund Notering"])
    assert [f["referred_table"] for f in insp.get_foreign_keys("order")] == ["kontakter"]
    assert insp.get_pk_constraint("kontakter")["constrained_columns"] == ["id"]
    for what, sql in JOINS.items():
        assert scalar(url, sql) == scalar(crm, sql), what
    assert _stage_schemas(url) == []
    with pytest.raises(TargetError, match=r"already has table\(s\) .*: use --overwrite to replace them$"):
        anonymise(f"sqlite:///{crm}", url, rules, _key())
    again = anonymise(f"sqlite:///{crm}", url, rules, _key(KEY_B), AnonymiseOptions(overwrite=True))
    assert again.committed and scalar(url, "SELECT count(*) FROM kontakter") == 400
    assert _stage_schemas(url) == []
    # a failed check publishes nothing and leaves no staging schema
    data = _no_qi(demo_rules(**ROUND_TRIP, unlisted="copy"))
    next(t for t in data["tables"] if t["table"] == "kontakter")["columns"].pop("email")
    before = rows(url, "kontakter")
    failed = anonymise(f"sqlite:///{crm}", url, rules_of(data), _key(), AnonymiseOptions(overwrite=True))
    assert failed.failed_checks == ["leak check"] and rows(url, "kontakter") == before and _stage_schemas(url) == []


@pytest.mark.postgres
def test_postgres_target_killed_midway_leaves_no_tables(tmp_path, database_factory):
    url = database_factory("postgresql")
    src = tmp_path / "src.db"
    _big_table(src, 150_000)
    rules = tmp_path / "r.yaml"
    rules.write_text(BIG_RULES, "utf-8")
    cmd = [sys.executable, "-m", "scanner", "anonymise", f"sqlite:///{src}", "--rules", str(rules), "--to", url,
           "--chunk-size", "500", "-q"]
    env = {**os.environ, "NORDPII_KEY": KEY_A.decode()}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    rows_staged = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stages = _stage_schemas(url)
        if stages:
            try:
                rows_staged = scalar(url, f'SELECT count(*) FROM "{stages[0]}".kontakt')
            except sa.exc.DBAPIError:
                rows_staged = 0
            if rows_staged > 5000:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert rows_staged > 5000
    assert sa.inspect(sa.create_engine(url)).get_table_names() == []  # nothing published
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert scalar(url, "SELECT count(*) FROM kontakt") == 150_000
    assert _stage_schemas(url) == []  # the dead run's staging schema was removed (its advisory lock was free)


@pytest.mark.mariadb
def test_sqlite_to_mariadb_round_trip(crm, database_factory):
    url = database_factory("mariadb")
    rules = rules_of(_no_qi(demo_rules(**ROUND_TRIP)))
    result = anonymise(f"sqlite:///{crm}", url, rules, _key())
    assert result.committed, result.to_json()
    for what, sql in JOINS.items():
        assert scalar(url, sql.replace('"order"', "`order`")) == scalar(crm, sql), what
    insp = sa.inspect(sa.create_engine(url))
    assert [f["referred_table"] for f in insp.get_foreign_keys("order")] == ["kontakter"]
    again = anonymise(f"sqlite:///{crm}", url, rules, _key(KEY_B), AnonymiseOptions(overwrite=True))
    assert again.committed and scalar(url, "SELECT count(*) FROM kontakter") == 400
    dbs = {r[0] for r in sa.create_engine(url).connect().exec_driver_sql("SHOW DATABASES")}
    assert not [d for d in dbs if d.startswith("nordpii_stage_")]


@pytest.mark.mariadb
def test_mariadb_leak_check_reads_the_staged_tables(crm, database_factory):
    # regression: a MySQL URL scopes a scan to its database, so the check must scan the staging one
    url = database_factory("mariadb")
    data = _no_qi(demo_rules(**ROUND_TRIP, unlisted="copy"))
    next(t for t in data["tables"] if t["table"] == "kontakter")["columns"].pop("email")
    failed = anonymise(f"sqlite:///{crm}", url, rules_of(data), _key())
    assert failed.failed_checks == ["leak check"] and not failed.committed
    assert [(x["table"], x["column"]) for x in failed.leak_check["leaks"]] == [("kontakter", "email")]
    assert sa.inspect(sa.create_engine(url)).get_table_names() == []
