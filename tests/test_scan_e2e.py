"""End to end: planted synthetic data in SQLite, PostgreSQL and MariaDB, scanned
through the CLI, with the exact per-column findings asserted.

The planted table is built with the demo generators (only synthetic values)
and has awkward identifiers: a table name with a space, non-ASCII and
mixed-case column names, a reserved word and a double quote.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, insert

from scanner import demo
from scanner.cli import main

ROWS = 60
FIRST_NAMES = ("Anna", "Erik", "Lars", "Maria", "Johan", "Karin", "Ole", "Mette", "Matti", "Aino",
               "Sigríður", "Søren")
NOTES = (
    "leverans sker på tisdag",
    "vill ha offert på licenser",
    "faktura skickad i oktober",
    "kunden är nöjd med supporten",
)


def planted_rows(seed: int = 3) -> tuple[list[dict], dict]:
    """The rows, and the raw values that must never appear in any output."""
    rng = random.Random(seed)
    rows, secrets = [], {"pnr": [], "email": [], "phone": [], "konto": []}
    for i in range(ROWS):
        pnr = demo.se_personnummer(rng, form="short")
        email = f"kund{i}.{rng.randrange(10**6)}@example.se"
        phone = demo.phone_number(rng, "SE", "international", mobile=True)
        konto = demo.no_kontonr(rng)
        note = NOTES[i % len(NOTES)]
        if i in (7, 41):  # two of sixty notes carry a phone number
            note_phone = demo.phone_number(rng, "NO", "international", mobile=True)
            note = f"ring kunden på {note_phone} efter lunch"
            secrets["phone"].append(note_phone)
        rows.append({
            "KundID": i + 1,
            "Förnamn": FIRST_NAMES[i % len(FIRST_NAMES)],
            "personnr": pnr,
            "E-post": email,
            "Mobil": phone,
            "order": "".join(rng.choice("0123456789") for _ in range(10)),
            'a"b': note,
            "kontonummer": konto,
            "status": rng.choice(["aktiv", "vilande"]),
        })
        secrets["pnr"].append(pnr)
        secrets["email"].append(email)
        secrets["phone"].append(phone)
        secrets["konto"].append(konto)
    return rows, secrets


# (column, entity) -> hits; every column sampled in full (60 non-empty values).
EXPECTED = {
    ("Förnamn", "PERSON"): 60,
    ("personnr", "SE_PERSONNUMMER"): 60,
    ("E-post", "EMAIL_ADDRESS"): 60,
    ("Mobil", "PHONE_NUMBER"): 60,
    ('a"b', "PHONE_NUMBER"): 2,
    ("kontonummer", "NO_BANK_ACCOUNT"): 60,
}


def plant(url: str) -> dict:
    rows, secrets = planted_rows()
    md = MetaData()
    table = Table(
        "Kund Kontakt", md,
        Column("KundID", Integer, primary_key=True, autoincrement=False),
        *(Column(name, Text) for name in rows[0] if name != "KundID"),
    )
    engine = create_engine(url)
    try:
        md.create_all(engine)
        with engine.begin() as conn:
            conn.execute(insert(table), rows)
    finally:
        engine.dispose()
    return secrets


@pytest.fixture(scope="module", params=["sqlite", "postgresql", "mariadb"])
def crm_url(request, database_factory, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('crm') / 'crm.db'}"
    else:
        url = database_factory(request.param)
    return url, plant(url)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_exact_findings_per_column(crm_url):
    url, _ = crm_url
    result = run("scan", url, "--include", "Kund Kontakt", "--format", "json", "-q", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    found = {(f["location"]["column"], f["entity_type"]): f for f in report["findings"]}
    assert {k: f["hits"] for k, f in found.items()} == EXPECTED
    for f in report["findings"]:
        assert f["sampled"] == ROWS
        assert f["location"]["table"] == "Kund Kontakt"
    pnr = found[("personnr", "SE_PERSONNUMMER")]
    assert pnr["checksum_valid"] == ROWS and pnr["category"] == "national_id"
    assert pnr["status"] == "unexpected" and pnr["special_category"] is False
    assert found[("E-post", "EMAIL_ADDRESS")]["status"] == "expected"
    assert report["errors"] == []
    assert report["stats"]["units"] == 9  # every column but none skipped (all text/integer)


def test_no_raw_value_in_any_output(crm_url):
    url, secrets = crm_url
    for fmt in ("json", "table", "html", "markdown", "csv"):
        result = run("scan", url, "--include", "Kund Kontakt", "--format", fmt, "-q")
        text = result.output
        for kind, values in secrets.items():
            for value in values:
                assert value not in text, f"raw {kind} leaked in {fmt} output"
                if kind != "email":  # no run of the digits survives either
                    digits = "".join(ch for ch in value if ch.isdigit())
                    assert digits[-6:] not in text.replace(" ", "").replace("-", "").replace(".", "")


def test_fail_on_levels_and_exit_codes(crm_url):
    url, _ = crm_url
    base = ["scan", url, "--include", "Kund Kontakt", "--format", "json", "-q"]
    assert run(*base, "--fail-on", "prohibited").exit_code == 0  # no special categories planted
    assert run(*base, "--fail-on", "unexpected").exit_code == 1  # personnummer is not declared
    assert run(*base, "--fail-on", "any").exit_code == 1
    assert run(*base, "--fail-on", "never").exit_code == 0


def test_sampling_is_deterministic_and_bounded(tmp_path):
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    plant(url)
    args = ["scan", url, "--format", "json", "-q", "--sample-size", "25", "--seed", "5"]
    first, second = run(*args), run(*args)
    strip = lambda out: [f for f in json.loads(out)["findings"]]  # noqa: E731
    assert strip(first.output) == strip(second.output)
    assert {f["sampled"] for f in strip(first.output)} == {25}


def test_unreachable_database_is_one_line_exit_2_password_masked():
    result = CliRunner().invoke(
        main, ["scan", "postgresql+psycopg://scan:s3cr3t-pw@127.0.0.1:1/crm", "-q", "--format", "json"]
    )
    assert result.exit_code == 2
    assert "s3cr3t-pw" not in result.output
    report = json.loads(result.stdout)
    assert report["sources"] == [{"url": "postgresql+psycopg://scan:***@127.0.0.1:1/crm", "kind": "database"}]
    (error,) = report["errors"]
    assert "***" in error["error"] and "\n" not in error["error"]
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("nordpii: error: ")


def test_bad_credentials_mariadb(mariadb_url):
    url = mariadb_url.replace("root@", "nosuchuser:wrong-pass@")
    result = CliRunner().invoke(main, ["scan", url, "-q"])
    assert result.exit_code == 2
    assert "wrong-pass" not in result.output
    assert "***" in result.stderr


def test_missing_sqlite_file_is_not_created(tmp_path):
    path = tmp_path / "nope.db"
    result = CliRunner().invoke(main, ["scan", f"sqlite:///{path}", "-q"])
    assert result.exit_code == 2
    assert not path.exists()


def test_output_file_written_atomically(tmp_path):
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    plant(url)
    out = tmp_path / "report.json"
    result = run("scan", url, "--format", "json", "-q", "-o", str(out), "--fail-on", "never")
    assert result.exit_code == 0
    assert result.output == ""
    assert json.loads(out.read_text())["tool"]["name"] == "nordpii"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db", "report.json"]


def test_bad_policy_file(tmp_path):
    bad = tmp_path / "policy.yaml"
    bad.write_text("expected: [unclosed\n")
    result = CliRunner().invoke(main, ["scan", "sqlite:///x.db", "--policy", str(bad)])
    assert result.exit_code == 2
    assert "not valid YAML" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("command", [[], ["scan"], ["demo"]])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_python_dash_m_scanner(tmp_path):
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    plant(url)
    proc = subprocess.run([sys.executable, "-m", "scanner", "scan", url, "--format", "json", "-q",
                           "--fail-on", "never"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["findings"]) == len(EXPECTED)


def test_demo_command(tmp_path):
    result = run("demo", "--dir", str(tmp_path), "--contacts", "200", "--format", "json", "-q",
                 "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    found = {(f["location"]["table"], f["location"]["column"], f["entity_type"]) for f in report["findings"]}
    # the order-number trap: uniform random 10-digit numbers are no identifier
    assert not any(t == "order" for t, _, _ in found)
    for expected in [
        ("kontakter", "personnummer", "SE_PERSONNUMMER"),
        ("kontakter", "personnummer", "NO_FODSELSNUMMER"),
        ("kontakter", "personnummer", "DK_CPR"),
        ("kontakter", "personnummer", "FI_PERSONAL_IDENTITY_CODE"),
        ("kontakter", "personnummer", "IS_KENNITALA"),
        ("kontakter", "email", "EMAIL_ADDRESS"),
        ("kontakter", "telefon", "PHONE_NUMBER"),
        ("kontakter", "förnamn", "PERSON"),
        ("kontakter", "efternamn", "PERSON"),
        ("foretag", "iban", "IBAN_CODE"),
        ("foretag", "organisationsnummer", "SE_ORGANISATIONSNUMMER"),
        ("webbsessioner", "ip_adress", "IP_ADDRESS"),
        ("Kund Notering", 'a"b', "EMAIL_ADDRESS"),
        ("Kund Notering", "select", "PHONE_NUMBER"),
    ]:
        assert expected in found
    assert (Path(tmp_path) / "crm.db").exists()


def test_json_report_shape_is_the_documented_one(tmp_path):
    # The README's "JSON report" section documents exactly these keys.
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    plant(url)
    report = json.loads(run("scan", url, "--format", "json", "-q", "--fail-on", "never").stdout)
    assert list(report) == ["tool", "policy", "sources", "findings", "retention", "errors", "stats"]
    assert report["tool"]["name"] == "nordpii" and report["policy"] == "nordic-crm-default"
    assert list(report["findings"][0]) == [
        "source", "location", "entity_type", "category", "special_category", "status", "score",
        "hits", "sampled", "candidates", "checksum_valid", "synthetic", "evidence",
    ]
    assert list(report["findings"][0]["location"]) == ["schema", "table", "column"]
    assert set(report["stats"]) == {"units", "values_sampled", "seconds"}
    statuses = [f["status"] for f in report["findings"]]
    order = {"prohibited": 0, "unexpected": 1, "expected": 2}
    assert statuses == sorted(statuses, key=order.get)  # prohibited first


def test_icelandic_iban_reports_the_holders_kennitala(tmp_path):
    # reference §2.2: an Icelandic IBAN's last ten digits are the holder's
    # kennitala; a company's (day + 40) is no person and is not reported.
    rng = random.Random(9)
    people = [demo.iban(rng, "IS", holder_kennitala=demo.is_kennitala(rng)) for _ in range(40)]
    url = f"sqlite:///{tmp_path / 'bank.db'}"
    md = MetaData()
    table = Table("konto", md, Column("id", Integer, primary_key=True), Column("iban", Text))
    engine = create_engine(url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table), [{"id": i, "iban": v} for i, v in enumerate(people)])
    engine.dispose()
    report = json.loads(run("scan", url, "--format", "json", "-q", "--fail-on", "never").stdout)
    found = {f["entity_type"]: f["hits"] for f in report["findings"]}
    assert found == {"IBAN_CODE": 40, "IS_KENNITALA": 40}
    companies = {f["entity_type"] for f in json.loads(run(
        "demo", "--dir", str(tmp_path / "d"), "--contacts", "50", "--format", "json", "-q", "--fail-on", "never"
    ).stdout)["findings"] if f["location"]["column"] == "iban"}
    assert companies == {"IBAN_CODE"}


def test_a_column_name_alone_labels_nothing(tmp_path):
    # Hints raise or lower confidence; they never label a column whose values
    # do not match (issue 2): "personnummer" full of prose, "telefon" full of
    # random order numbers, "email" full of product names.
    rng = random.Random(4)
    rows = [{"id": i,
             "personnummer": NOTES[i % len(NOTES)],
             "telefon": rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(9)),
             "email": f"produkt {i}"} for i in range(80)]
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    md = MetaData()
    table = Table("kunder", md, Column("id", Integer, primary_key=True),
                  *(Column(name, Text) for name in ("personnummer", "telefon", "email")))
    engine = create_engine(url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table), rows)
    engine.dispose()
    report = json.loads(run("scan", url, "--format", "json", "-q", "--fail-on", "never").stdout)
    assert report["findings"] == []
