"""Policy: scoping, validation, the shipped policies, and --fail-on exit codes.

The scoping rule (README, "Policy"): matching rules most specific first, then
the defaults; the first that names the entity type or its category decides;
within one declaration prohibited wins.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, insert

from scanner import demo
from scanner.cli import main
from scanner.models import Unit
from scanner.policy import (
    PolicyError,
    RetentionRule,
    Scope,
    builtin_policies,
    load_policy,
    load_taxonomy,
    parse_policy,
    source_names,
)

README = Path(__file__).resolve().parents[1] / "README.md"

SCOPING = yaml.safe_load("""
name: scoping
expected:
  entity_types: [EMAIL_ADDRESS]
  categories: [contact]
prohibited:
  categories: [health, trade_union]
rules:
  - table: kunder
    expected: {entity_types: [SE_PERSONNUMMER]}
  - table: "lon*"
    column: fackavgift
    expected: {entity_types: [TRADE_UNION]}
  - table: "lon*"
    expected: {categories: [national_id, financial]}
    prohibited: {entity_types: [PHONE_NUMBER, DK_CPR]}
  - table: lon
    expected: {entity_types: [DK_CPR]}
  - table: both
    expected: {entity_types: [HEALTH_DATA]}
    prohibited: {categories: [health]}
  - table: "crm.kontakt*"
    expected: {entity_types: [IBAN_CODE]}
  - source: hr
    schema: public
    expected: {entity_types: [NO_BANK_ACCOUNT]}
  - table: tie
    expected: {entity_types: [FI_PERSONAL_IDENTITY_CODE]}
  - table: tie
    prohibited: {entity_types: [FI_PERSONAL_IDENTITY_CODE]}
""")

CRM = "postgresql+psycopg://scan:***@db/crm"
HR = "postgresql+psycopg://scan:***@db/hr"


@pytest.mark.parametrize("source, schema, table, column, entity, status", [
    # the same entity: expected in one table, unexpected in another
    (CRM, "public", "kunder", "pnr", "SE_PERSONNUMMER", "expected"),
    (CRM, "public", "order", "pnr", "SE_PERSONNUMMER", "unexpected"),
    (CRM, "public", "KUNDER", "pnr", "SE_PERSONNUMMER", "expected"),  # globs are case-insensitive
    # a special category lifted for one column only
    (CRM, "public", "lon", "fackavgift", "TRADE_UNION", "expected"),
    (CRM, "public", "lon_2026", "FACKAVGIFT", "TRADE_UNION", "expected"),
    (CRM, "public", "lon", "anteckning", "TRADE_UNION", "prohibited"),
    (CRM, "public", "kunder", "fackavgift", "TRADE_UNION", "prohibited"),
    # a column rule that does not name the entity leaves it to the table rule
    (CRM, "public", "lon", "fackavgift", "SE_PERSONNUMMER", "expected"),
    (CRM, "public", "lon", "pnr", "SE_PERSONNUMMER", "expected"),
    # a rule overrides the defaults for what it names
    (CRM, "public", "lon", "telefon", "PHONE_NUMBER", "prohibited"),
    (CRM, "public", "kunder", "telefon", "PHONE_NUMBER", "expected"),
    # more specific wins: the literal table 'lon' over the glob 'lon*'
    (CRM, "public", "lon", "cpr", "DK_CPR", "expected"),
    (CRM, "public", "lon_2026", "cpr", "DK_CPR", "prohibited"),
    # prohibited wins within one declaration
    (CRM, "public", "both", "x", "HEALTH_DATA", "prohibited"),
    # a table glob with a dot matches schema.table
    (CRM, "crm", "kontakter", "iban", "IBAN_CODE", "expected"),
    (CRM, "public", "kontakter", "iban", "IBAN_CODE", "unexpected"),
    # a source glob matches the database name
    (HR, "public", "any", "konto", "NO_BANK_ACCOUNT", "expected"),
    ("sqlite:///data/hr.db", "public", "any", "konto", "NO_BANK_ACCOUNT", "expected"),
    (CRM, "public", "any", "konto", "NO_BANK_ACCOUNT", "unexpected"),
    (HR, "private", "any", "konto", "NO_BANK_ACCOUNT", "unexpected"),
    # equal specificity: the rule written first wins
    (CRM, "public", "tie", "hetu", "FI_PERSONAL_IDENTITY_CODE", "expected"),
])
def test_scoping(source, schema, table, column, entity, status):
    policy = parse_policy(SCOPING)
    taxonomy = load_taxonomy()
    unit = Unit(source, {"schema": schema, "table": table, "column": column}, column)
    assert policy.status(entity, taxonomy.category(entity), unit) == status


def test_status_without_location_uses_the_defaults():
    policy = parse_policy(SCOPING)
    assert policy.status("SE_PERSONNUMMER", "national_id") == "unexpected"
    assert policy.status("EMAIL_ADDRESS", "contact") == "expected"
    assert policy.status("TRADE_UNION", "trade_union") == "prohibited"


def test_source_names():
    assert source_names("sqlite:///x/Kund Data.sqlite3") == ("sqlite:///x/Kund Data.sqlite3", "Kund Data")
    assert source_names("not a url") == ("not a url",)


@pytest.mark.parametrize("text, error", [
    ("[1, 2]", "must be a mapping"),
    ("name: 5", "name: must be a string"),
    ("prohibted: {categories: [health]}", "unknown key 'prohibted' (did you mean 'prohibited'?)"),
    ("expected: [PERSON]", "expected: must be a mapping with entity_types and/or categories"),
    ("expected: {entity_type: [PERSON]}", "unknown key 'entity_type' (did you mean 'entity_types'?)"),
    ("expected: {entity_types: [SE_PERSONUMMER]}",
     "expected.entity_types: unknown entity type 'SE_PERSONUMMER' (did you mean SE_PERSONNUMMER?); valid: "),
    ("expected: {entity_types: [1]}", "expected.entity_types: must be a list of entity type names"),
    ("prohibited: {categories: [helth]}", "prohibited.categories: unknown category 'helth' (did you mean health?)"),
    ("rules: {table: x}", "rules: must be a list of mappings"),
    ("rules: [kunder]", "rules[0]: must be a mapping"),
    ("rules: [{table: kunder}]", "rules[0]: needs 'expected' or 'prohibited'"),
    ("rules: [{tabel: kunder, expected: {}}]", "unknown key 'tabel' (did you mean 'table'?)"),
    ("rules: [{table: 'kund[0-9', expected: {}}]", "rules[0].table: bad glob 'kund[0-9': '[' without a closing ']'"),
    ("rules: [{table: 5, expected: {}}]", "rules[0].table: must be a glob or a non-empty list of globs"),
    ("rules: [{table: [kunder, 5], expected: {}}]", "rules[0].table: bad glob 5: must be a non-empty string"),
    ("rules: [{table: '', expected: {}}]", "rules[0].table: bad glob '': must be a non-empty string"),
    ("rules: [{column: [], expected: {}}]", "rules[0].column: must be a glob or a non-empty list of globs"),
    ("rules: [{table: x, expected: {categories: [ssn]}}]", "rules[0].expected.categories: unknown category 'ssn'"),
    ("retention: [{table: x, column: y, max_age_months: 24}]", "retention[0]: needs 'action'"),
    ("retention: [{table: x, max_age_months: 24, action: delete}]", "retention[0]: needs 'column'"),
    ("retention: [{table: x, column: y, max_age_months: 0, action: delete}]",
     "retention[0].max_age_months: must be a whole number of months, 1 to 1200"),
    ("retention: [{table: x, column: y, max_age_months: '24', action: delete}]", "max_age_months: must be a whole"),
    ("retention: [{table: x, column: y, max_age_months: true, action: delete}]", "max_age_months: must be a whole"),
    ("retention: [{table: x, column: y, max_age_months: 2.5, action: delete}]", "max_age_months: must be a whole"),
    ("retention: [{table: x, column: y, max_age_months: 24, action: shred}]",
     "retention[0].action: must be one of delete, anonymise"),
    ("retention: [{table: x, column: y, max_age_months: 24, action: delete, missing_column: maybe}]",
     "retention[0].missing_column: must be one of error, skip"),
    ("retention: [{table: x, column: y, max_age_months: 24, action: delete, days: 3}]", "unknown key 'days'"),
])
def test_validation_errors_are_one_line(text, error):
    with pytest.raises(PolicyError) as info:
        parse_policy(yaml.safe_load(text), label="p.yaml")
    message = str(info.value)
    assert message.startswith("policy p.yaml: ") and "\n" not in message
    assert error in message


def test_unknown_entity_error_lists_every_valid_name():
    with pytest.raises(PolicyError) as info:
        parse_policy({"expected": {"entity_types": ["SSN"]}})
    valid = str(info.value).split("; valid: ")[1].split(", ")
    assert set(valid) == set(load_taxonomy().entities)
    assert "HEALTH_DATA" in valid and "SE_PERSONNUMMER" in valid


def test_anonymize_spelling_is_accepted():
    policy = parse_policy({"retention": [{"table": "x", "column": "y", "max_age_months": 6, "action": "anonymize"}]})
    assert policy.retention[0].action == "anonymise"


@pytest.mark.parametrize("now, months, cutoff", [
    (dt.datetime(2026, 11, 20, 17, 0), 24, dt.datetime(2024, 11, 20, 17, 0)),
    (dt.datetime(2026, 8, 31), 6, dt.datetime(2026, 2, 28)),  # clamped to February's length
    (dt.datetime(2028, 8, 31), 6, dt.datetime(2028, 2, 29)),  # a leap year
    (dt.datetime(2026, 1, 15), 1, dt.datetime(2025, 12, 15)),  # across a year
    (dt.datetime(2026, 3, 1), 13, dt.datetime(2025, 2, 1)),
])
def test_cutoff_is_calendar_months(now, months, cutoff):
    assert RetentionRule(Scope(), ("c",), months, "delete").cutoff(now) == cutoff


def test_retention_rule_picks_the_first_listed_column():
    rule = parse_policy({"retention": [{"table": "*kund*", "column": ["last_interaction", "senaste*"],
                                        "max_age_months": 24, "action": "delete"}]}).retention[0]
    assert rule.pick_column(["id", "Senaste_Kontakt", "last_interaction"]) == "last_interaction"
    assert rule.pick_column(["id", "SENASTE_KONTAKT"]) == "SENASTE_KONTAKT"
    assert rule.pick_column(["id"]) is None
    assert rule.applies_to(CRM, "public", "Kunder") and not rule.applies_to(CRM, "public", "order")


# -- the shipped policies -------------------------------------------------------

def _status(policy, table, column, entity, source=CRM):
    unit = Unit(source, {"schema": "public", "table": table, "column": column}, column)
    return policy.status(entity, load_taxonomy().category(entity), unit)


@pytest.mark.parametrize("table, column, entity, status", [
    ("kontakter", "email", "EMAIL_ADDRESS", "expected"),
    ("kontakter", "namn", "PERSON", "expected"),
    ("kontakter", "ort", "LOCATION", "expected"),
    ("webbsessioner", "ip", "IP_ADDRESS", "expected"),
    ("webbsessioner", "url", "URL", "expected"),
    ("foretag", "orgnr", "SE_ORGANISATIONSNUMMER", "expected"),
    ("foretag", "orgnr", "FI_BUSINESS_ID", "expected"),
    ("users", "password_hash", "CREDENTIAL", "expected"),  # login data in login tables
    ("inloggning", "token", "CREDENTIAL", "expected"),
    ("kontakter", "anteckning", "CREDENTIAL", "unexpected"),  # ... and nowhere else
    ("kontakter", "personnummer", "SE_PERSONNUMMER", "unexpected"),
    ("kontakter", "cpr", "DK_CPR", "unexpected"),
    ("foretag", "iban", "IBAN_CODE", "unexpected"),
    ("kontakter", "kort", "CREDIT_CARD", "unexpected"),
    ("kontakter", "fodd", "DATE_OF_BIRTH", "unexpected"),
    ("kontakter", "anteckning", "HEALTH_DATA", "prohibited"),
    ("kontakter", "anteckning", "TRADE_UNION", "prohibited"),
    ("kontakter", "anteckning", "CRIMINAL_OFFENCE", "prohibited"),
    ("users", "anteckning", "BIOMETRIC_DATA", "prohibited"),
])
def test_default_crm_policy(table, column, entity, status):
    assert _status(load_policy(), table, column, entity) == status


def test_default_policy_covers_every_special_category():
    taxonomy = load_taxonomy()
    special = [e for e, c in taxonomy.category_of.items() if c in taxonomy.special]
    assert len(special) == 9
    for entity in special:
        assert _status(load_policy(), "any", "x", entity) == "prohibited"


@pytest.mark.parametrize("table, column, entity, status", [
    ("anstallda", "personnummer", "SE_PERSONNUMMER", "expected"),
    ("employees", "iban", "IBAN_CODE", "expected"),
    ("lon", "kontonummer", "NO_BANK_ACCOUNT", "expected"),
    ("kunder", "personnummer", "SE_PERSONNUMMER", "unexpected"),
    # trade-union membership: only the payroll column for union dues
    ("lon", "fackavgift", "TRADE_UNION", "expected"),
    ("lön_2026", "fackavgift", "TRADE_UNION", "expected"),
    ("lon", "anteckning", "TRADE_UNION", "prohibited"),
    ("anstallda", "fackavgift", "TRADE_UNION", "prohibited"),
    # health data: only the sick-leave table
    ("sjukfranvaro", "orsak", "HEALTH_DATA", "expected"),
    ("anstallda", "anteckning", "HEALTH_DATA", "prohibited"),
    ("sjukfranvaro", "orsak", "RELIGIOUS_BELIEF", "prohibited"),
    ("anstallda", "x", "ETHNIC_ORIGIN", "prohibited"),
])
def test_hr_example_policy(table, column, entity, status):
    assert _status(load_policy("builtin:hr_example"), table, column, entity) == status


def test_shipped_policies_load():
    assert builtin_policies() == ["builtin:default", "builtin:hr_example"]
    for name in builtin_policies():
        policy = load_policy(name)
        assert policy.name and policy.description and policy.retention
    assert load_policy("builtin:default") == load_policy()
    assert load_policy().name == "nordic-crm-default"
    (rule, web) = load_policy().retention
    assert (rule.max_age_months, rule.missing_column) == (24, "skip")
    assert rule.pick_column(["id", "last_interaction"]) == "last_interaction"
    assert rule.pick_column(["id", "senaste_kontakt"]) == "senaste_kontakt"


def test_unknown_builtin_policy():
    with pytest.raises(PolicyError, match="no built-in policy 'nope'; built in: builtin:default"):
        load_policy("builtin:nope")


def test_readme_policy_examples_parse():
    section = README.read_text("utf-8").split("\n## Policy\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    assert blocks
    for block in blocks:
        parse_policy(yaml.safe_load(block), label="README")


# -- --fail-on through the CLI ---------------------------------------------------

FAIL_POLICY = """
name: fail-on-test
expected:
  categories: [contact]
rules:
  - table: forbidden
    prohibited: {entity_types: [SE_PERSONNUMMER]}
"""


@pytest.fixture(scope="module")
def fail_on_db(tmp_path_factory):
    """Tables whose findings are: only expected (mail), unexpected (pnr),
    prohibited and unexpected (forbidden), none (empty_notes)."""
    path = tmp_path_factory.mktemp("failon") / "failon.db"
    rng = __import__("random").Random(11)
    md = MetaData()
    tables = {name: Table(name, md, Column("id", Integer, primary_key=True), Column("v", Text))
              for name in ("mail", "pnr", "forbidden", "empty_notes")}
    engine = create_engine(f"sqlite:///{path}")
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(tables["mail"]), [{"id": i, "v": f"kund{i}@example.se"} for i in range(30)])
        for name in ("pnr", "forbidden"):
            conn.execute(insert(tables[name]), [{"id": i, "v": demo.se_personnummer(rng)} for i in range(30)])
        conn.execute(insert(tables["empty_notes"]), [{"id": i, "v": "ingen anteckning"} for i in range(30)])
    engine.dispose()
    policy = path.parent / "policy.yaml"
    policy.write_text(FAIL_POLICY)
    return f"sqlite:///{path}", str(policy)


@pytest.mark.parametrize("table, fail_on, code", [
    ("mail", "prohibited", 0), ("mail", "unexpected", 0), ("mail", "any", 1), ("mail", "never", 0),
    ("pnr", "prohibited", 0), ("pnr", "unexpected", 1), ("pnr", "any", 1), ("pnr", "never", 0),
    ("forbidden", "prohibited", 1), ("forbidden", "unexpected", 1), ("forbidden", "any", 1),
    ("forbidden", "never", 0),
    ("empty_notes", "prohibited", 0), ("empty_notes", "unexpected", 0), ("empty_notes", "any", 0),
    ("empty_notes", "never", 0),
])
def test_fail_on_exit_codes(fail_on_db, table, fail_on, code):
    url, policy = fail_on_db
    result = CliRunner().invoke(main, ["scan", url, "--include", table, "--policy", policy, "--fail-on", fail_on,
                                       "--format", "json", "-q"])
    assert result.exit_code == code, result.output
    statuses = {f["status"] for f in json.loads(result.stdout)["findings"]}
    assert statuses == {"mail": {"expected"}, "pnr": {"unexpected"}, "forbidden": {"prohibited"},
                        "empty_notes": set()}[table]


def test_fail_on_default_is_prohibited(fail_on_db):
    url, policy = fail_on_db
    assert CliRunner().invoke(main, ["scan", url, "--include", "pnr", "--policy", policy, "-q"]).exit_code == 0
    assert CliRunner().invoke(main, ["scan", url, "--include", "forbidden", "--policy", policy, "-q"]).exit_code == 1


def test_invalid_policy_is_exit_2_one_line(tmp_path):
    bad = tmp_path / "policy.yaml"
    bad.write_text("expected:\n  entity_types: [PERSONNUMMER]\n")
    result = CliRunner().invoke(main, ["scan", "sqlite:///x.db", "--policy", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown entity type 'PERSONNUMMER'" in result.stderr
    assert "Traceback" not in result.output


def test_doctests():
    import doctest

    import scanner.policy

    result = doctest.testmod(scanner.policy)
    assert result.attempted and not result.failed


def test_path_globs_scope_file_findings(tmp_path):
    # issue 5: file sources get the same policy as databases, scoped by path
    from scanner.models import Unit, Verdict
    from scanner.policy import apply_policy, load_policy

    policy_file = tmp_path / "p.yaml"
    policy_file.write_text(
        "name: files\n"
        "rules:\n"
        "  - path: 'hr/*.csv'\n"
        "    expected: {entity_types: [SE_PERSONNUMMER]}\n"
    )
    policy = load_policy(policy_file)

    def status(location):
        unit = Unit("/srv/share", location, str(location.get("column", "")))
        verdict = Verdict(unit, "SE_PERSONNUMMER", 1, 1, 1, 1, 0, 1.0)
        return apply_policy([verdict], policy)[0].status

    assert status({"path": "hr/anstallda.csv", "column": "Personnummer"}) == "expected"
    assert status({"path": "export/kunder.csv", "column": "Personnummer"}) == "unexpected"
    assert status({"schema": "main", "table": "hr", "column": "pnr"}) == "unexpected"
