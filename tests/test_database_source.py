"""DatabaseSource and scanner.sampling against real SQLite, PostgreSQL and MariaDB.

Fixtures (servers, throw-away databases, the planted schema) are in conftest.py.
"""

from __future__ import annotations

import doctest
import secrets
import sqlite3

import pytest
from sqlalchemy import (
    BigInteger,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    insert,
    select,
    table,
    column,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateSchema, DropSchema

import scanner.sampling
import scanner.sources.database
from scanner import sampling
from scanner.models import Sample, ScanError, Unit
from scanner.sources.database import DatabaseSource, SourceError, column_kind, mask_url

PASSWORD = "Hemlig-Lösen-7"  # must never appear in a message


def dialect_of(url: str) -> str:
    name = make_url(url).get_backend_name()
    return "mariadb" if name == "mysql" else name


def scan(url: str, **kwargs) -> tuple[dict, list[ScanError], DatabaseSource]:
    """{(table, column): Sample}, errors, and the closed source (for .stats)."""
    with DatabaseSource(url, **kwargs) as src:
        items = list(src.samples())
    samples = {(s.unit.location["table"], s.unit.location["column"]): s for s in items if isinstance(s, Sample)}
    errors = [e for e in items if isinstance(e, ScanError)]
    return samples, errors, src


def default_schema(url: str) -> str:
    return {"sqlite": "main", "postgresql": "public", "mariadb": make_url(url).database}[dialect_of(url)]


# -- mask_url ---------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("postgresql+psycopg://scan:s3cret@db/crm", "postgresql+psycopg://scan:***@db/crm"),
    ("postgresql://scan@db:5433/crm", "postgresql://scan@db:5433/crm"),
    # regression: a password in the query string (libpq accepts one there)
    ("postgresql://scan@db/crm?password=s3cret&sslmode=require", "postgresql://scan@db/crm?password=***&sslmode=require"),
    ("postgresql://scan@db/crm?sslpassword=s3cret", "postgresql://scan@db/crm?sslpassword=***"),
    # special characters, percent-encoded in the URL
    ("mysql+pymysql://root:p%40ss%3Aw%2Frd@127.0.0.1:3306/test", "mysql+pymysql://root:***@127.0.0.1:3306/test"),
    ("sqlite:///data/kunder.db", "sqlite:///data/kunder.db"),
    # not parseable: anything between ':' and '@' is masked
    ("::scan:s3cret@db::", "::scan:***@db::"),
])
def test_mask_url(url, expected):
    masked = mask_url(url)
    assert masked == expected
    assert "s3cret" not in masked and "p%40ss" not in masked


# -- sampling: pure functions ------------------------------------------------

def test_sampling_doctests():
    for module in (scanner.sampling, scanner.sources.database):
        assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize("n, k", [(0, 5), (3, 5), (5, 5), (10_000, 200), (1_000_000, 1000)])
def test_pick_indices_is_bounded_sorted_distinct_and_deterministic(n, k):
    picked = sampling.pick_indices(n, k, seed=3)
    assert picked == sampling.pick_indices(n, k, seed=3)
    assert len(picked) == min(n, k)
    assert picked == sorted(set(picked))
    assert all(0 <= i < n for i in picked)


def test_pick_indices_depends_on_the_seed():
    assert sampling.pick_indices(10_000, 200, seed=1) != sampling.pick_indices(10_000, 200, seed=2)


@pytest.mark.parametrize("lo, hi, count, exclude", [
    (1, 10, 5, ()),
    (1, 10, 50, ()),                       # more asked than exist: all of them
    (1, 10, 5, (1, 2, 3, 4, 5, 6)),        # dense exclusion
    (1, 10**12, 1000, ()),                 # huge range: never materialised
    (1, 10**6, 1000, tuple(range(1, 100_000, 7))),  # sparse exclusion: rejection sampling
    (-50, 50, 20, (0,)),
])
def test_random_keys(lo, hi, count, exclude):
    keys = sampling.random_keys(lo, hi, count, seed=9, exclude=exclude)
    assert keys == sampling.random_keys(lo, hi, count, seed=9, exclude=exclude)
    assert keys == sorted(set(keys))
    assert all(lo <= x <= hi and x not in set(exclude) for x in keys)
    assert len(keys) == min(count, hi - lo + 1 - len(set(exclude)))
    if hi - lo > 10_000:  # each round its own draws (on a tiny range they may coincide)
        assert keys != sampling.random_keys(lo, hi, count, seed=9, exclude=exclude, round_=1)


def test_draw_count_is_capped_and_adapts():
    assert sampling.draw_count(100, tried=0, hits=0, available=50, cap=10_000) == 50
    assert sampling.draw_count(100, tried=0, hits=0, available=10**6, cap=30) == 30
    dense = sampling.draw_count(100, tried=1000, hits=1000, available=10**6, cap=10**6)
    sparse = sampling.draw_count(100, tried=1000, hits=100, available=10**6, cap=10**6)
    assert 100 < dense < sparse


@pytest.mark.parametrize("estimate, k", [(10**3, 1000), (10**4, 1000), (10**6, 1000), (10**9, 1000), (10**15, 1)])
def test_tablesample_percent_aims_at_three_to_six_times_the_sample(estimate, k):
    pct = sampling.tablesample_percent(estimate, k)
    floor = round(sampling.MIN_FRACTION * 100, 10)
    assert floor <= pct <= 100
    if floor < pct < 100:
        assert 3 * k <= estimate * pct / 100 <= 6 * k
    assert sampling.tablesample_percent(estimate, k, attempt=1) >= pct


@pytest.mark.parametrize("dialect, estimate, integer_key, strategy", [
    ("sqlite", None, True, "full"),
    ("sqlite", 4000, False, "full"),
    ("sqlite", 4001, True, "keys"),
    ("sqlite", 4001, False, "head"),
    ("postgresql", 10**6, True, "tablesample"),
    ("mysql", 10**6, True, "keys"),
    ("mariadb", 10**6, False, "bernoulli"),
])
def test_choose_strategy(dialect, estimate, integer_key, strategy):
    assert sampling.choose_strategy(dialect, estimate, 1000, integer_key=integer_key) == strategy


def test_chunks_stay_under_the_parameter_limit():
    chunks = list(sampling.chunked(list(range(1234))))
    assert [len(c) for c in chunks] == [500, 500, 234]


# -- the planted schema on all three dialects ----------------------------------

def test_planted_values_exactly(planted_url, planted_expected):
    """Small tables are read whole: every value, in key order, stringified,
    stripped, capped; awkward identifiers quoted by every dialect."""
    samples, errors, src = scan(planted_url)
    assert errors == []
    got = {(t, c): (s.values, s.empty) for (t, c), s in samples.items()}
    expected = {(t, c): v for t, cols in planted_expected.values.items() for c, v in cols.items()}
    assert got.keys() == expected.keys()
    for key in expected:
        assert got[key] == expected[key], key
    schema = default_schema(planted_url)
    unit = samples[("Kunder", "Förnamn")].unit
    assert unit.location == {"schema": schema, "table": "Kunder", "column": "Förnamn"}
    assert unit.name == "Förnamn" and unit.source == mask_url(planted_url)
    assert "CHAR" in unit.sql_type
    assert src.stats == {"tables": 4, "columns": 15, "rows_read": 6}


def test_skipped_types_are_not_sampled_but_are_listed_as_units(planted_url, planted_expected):
    samples, _, _ = scan(planted_url)
    for table_name, cols in planted_expected.skipped.items():
        for c in cols:
            assert (table_name, c) not in samples
    with DatabaseSource(planted_url) as src:
        units = [u for u in src.units() if isinstance(u, Unit)]
    names = {(u.location["table"], u.name) for u in units}
    assert {("Kunder", c) for c in planted_expected.skipped["Kunder"]} <= names
    assert len(units) == 18


def test_values_are_capped_server_side(planted_url, planted_expected):
    samples, _, _ = scan(planted_url, max_value_chars=10)
    assert samples[("Kunder", "Kund Notering")].values == ("ringer på", planted_expected.huge_text[:10].strip())
    # bytes are capped as bytes: 'x' + 4.5 two-byte characters -> the half is left out
    assert samples[("Kunder", "foto")].values == ("asa@exampl", "xåååå")


@pytest.mark.parametrize("patterns, expected", [
    ({}, {"Kunder", "order", "Tom Tabell", "kund_log"}),
    ({"exclude": ("*_log",)}, {"Kunder", "order", "Tom Tabell"}),
    ({"include": ("{schema}.kund*",)}, {"Kunder", "kund_log"}),         # schema.table, case-insensitive
    ({"include": ("KUNDER",)}, {"Kunder"}),                              # table alone
    ({"include": ("*",), "exclude": ("tom *", "{schema}.*_log")}, {"Kunder", "order"}),
    ({"include": ("nosuchschema.*",)}, set()),
])
def test_include_exclude(planted_url, patterns, expected):
    schema = default_schema(planted_url)
    kwargs = {k: tuple(p.format(schema=schema) for p in v) for k, v in patterns.items()}
    samples, errors, src = scan(planted_url, **kwargs)
    assert errors == []
    assert {t for t, _ in samples} == expected
    assert src.stats["tables"] == len(expected)


def test_writes_through_the_source_fail(planted_url):
    log = table("kund_log", column("id"), column("händelse"))
    with DatabaseSource(planted_url) as src:
        for statement in (insert(log).values(id=99, händelse="skrivet"),
                          log.delete(),
                          text("CREATE TABLE nordpii_written (x INTEGER)")):
            with src.engine.connect() as conn, pytest.raises(DBAPIError):
                conn.execute(statement)
                conn.commit()
    samples, _, _ = scan(planted_url, include=("kund_log",))
    assert samples[("kund_log", "händelse")].values == ("inloggning",)


SLOW = {
    "sqlite": text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"),
    "postgresql": select(func.pg_sleep(5)),
    "mariadb": select(func.sleep(5)),
}


def test_statement_timeout(planted_url):
    with DatabaseSource(planted_url, statement_timeout=0.3) as src:
        with src.engine.connect() as conn, pytest.raises(DBAPIError):
            conn.execute(SLOW[dialect_of(planted_url)]).all()
        # the connection is usable again afterwards
        assert [s for s in src.samples() if isinstance(s, ScanError)] == []


# -- bound and determinism on 10,000-row tables --------------------------------

BIG_ROWS = 10_000


def build_big_tables(url: str) -> list[str]:
    """stor: integer key; stor_utan_nyckel: no key; gles: sparse integer key
    (one id per 1,000); SQLite also utan_rowid: WITHOUT ROWID, text key."""
    dialect = dialect_of(url)
    md = MetaData()
    tables = [
        Table("stor", md, Column("id", Integer, primary_key=True, autoincrement=False),
              Column("namn", Text), Column("nr", BigInteger)),
        Table("stor_utan_nyckel", md, Column("nr", BigInteger), Column("namn", Text)),
        # INTEGER PRIMARY KEY: on SQLite the sparse id is the rowid itself
        Table("gles", md, Column("id", Integer, primary_key=True, autoincrement=False),
              Column("nr", BigInteger)),
    ]
    if dialect == "sqlite":
        tables.append(Table("utan_rowid", md, Column("kod", String(20), primary_key=True),
                            Column("nr", BigInteger), sqlite_with_rowid=False))
    engine = create_engine(url)
    try:
        md.create_all(engine)
        with engine.begin() as conn:
            if dialect == "postgresql":
                for t in tables:  # no background ANALYZE between runs (names are ours)
                    conn.exec_driver_sql(f"ALTER TABLE {t.name} SET (autovacuum_enabled = false)")
            conn.execute(insert(md.tables["stor"]),
                         [{"id": i, "namn": f"Kund {i}", "nr": 10**9 + i} for i in range(1, BIG_ROWS + 1)])
            conn.execute(insert(md.tables["stor_utan_nyckel"]),
                         [{"nr": 10**9 + i, "namn": f"Kund {i}"} for i in range(BIG_ROWS)])
            conn.execute(insert(md.tables["gles"]),
                         [{"id": 1 + i * 1000, "nr": 10**9 + i} for i in range(BIG_ROWS // 2)])
            if dialect == "sqlite":
                conn.execute(insert(md.tables["utan_rowid"]),
                             [{"kod": f"K{i:06d}", "nr": 10**9 + i} for i in range(BIG_ROWS)])
        if dialect == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                # stor and gles have statistics; stor_utan_nyckel has none (reltuples -1)
                conn.exec_driver_sql("ANALYZE stor")
                conn.exec_driver_sql("ANALYZE gles")
    finally:
        engine.dispose()
    return [t.name for t in tables]


@pytest.fixture(scope="session", params=["sqlite", "postgresql", "mariadb"])
def big(request, database_factory, tmp_path_factory) -> tuple[str, list[str]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('big') / 'big.db'}"
    else:
        url = database_factory(request.param)
    return url, build_big_tables(url)


def test_sample_is_bounded_and_has_no_duplicates(big):
    url, tables = big
    for name in tables:
        samples, errors, src = scan(url, include=(name,), sample_size=200)
        assert errors == []
        assert samples, name
        for (_, col), s in samples.items():
            assert len(s.values) == 200, (name, col)
        assert len(set(samples[(name, "nr")].values)) == 200, name
        # never the whole table: a few times the sample size, whatever the strategy
        assert src.stats["rows_read"] < BIG_ROWS / 2, (name, src.stats)


def test_same_seed_same_sample_other_seed_other_sample(big):
    url, tables = big
    for name in tables:
        def values(seed):
            samples, _, _ = scan(url, include=(name,), sample_size=200, seed=seed)
            return {k: s.values for k, s in samples.items()}

        first = values(1)
        assert values(1) == first, name
        if name != "utan_rowid":  # the last-resort plan (first rows) is not random
            assert values(2) != first, name


# -- connection failures -------------------------------------------------------

def connection_cases(request, tmp_path) -> tuple[str, str]:
    case = request.param
    if case.startswith("pg"):
        request.getfixturevalue("pg_url")  # skip (or fail in CI) without the server
    if case.startswith("mariadb"):
        request.getfixturevalue("mariadb_url")
    missing = tmp_path / "saknas.db"
    garbage = tmp_path / "skräp.db"
    garbage.write_bytes(b"this is not a database" * 100)
    return {
        "pg-unknown-role": (f"postgresql+psycopg://nordpii_nobody:{PASSWORD}@127.0.0.1:5432/test", "nordpii_nobody"),
        "pg-password-in-query": (f"postgresql+psycopg://nordpii_nobody@127.0.0.1:5432/test?password={PASSWORD}", ""),
        "pg-unreachable": (f"postgresql+psycopg://scan:{PASSWORD}@127.0.0.1:1/test", "127.0.0.1"),
        "mariadb-wrong-password": (f"mysql+pymysql://root:{PASSWORD}@127.0.0.1:3306/test", "Access denied"),
        "mariadb-unreachable": (f"mysql+pymysql://root:{PASSWORD}@127.0.0.1:1/test", ""),
        "sqlite-missing-file": (f"sqlite:///{missing}", "no such database file"),
        "sqlite-not-a-database": (f"sqlite:///{garbage}", "not a database"),
        "unsupported": (f"oracle+oracledb://scan:{PASSWORD}@db/crm", "unsupported"),
    }[case]


@pytest.fixture(params=["pg-unknown-role", "pg-password-in-query", "pg-unreachable", "mariadb-wrong-password",
                        "mariadb-unreachable", "sqlite-missing-file", "sqlite-not-a-database", "unsupported"])
def bad_url(request, tmp_path):
    return connection_cases(request, tmp_path)


def test_connection_failure_is_one_masked_line(bad_url, tmp_path):
    url, reason = bad_url
    src = DatabaseSource(url)
    with pytest.raises(SourceError) as info:
        src.open()
    message = str(info.value)
    assert message.startswith(f"cannot connect to {mask_url(url)}: ")
    if PASSWORD in url:
        assert "***" in message
    assert PASSWORD not in message and "Hemlig" not in message
    assert "\n" not in message
    assert reason in message
    assert src.engine is None
    # SQLite must not create a missing file
    assert not (tmp_path / "saknas.db").exists()


def test_samples_on_a_missing_sqlite_file_raise_source_error(tmp_path):
    with pytest.raises(SourceError):
        list(DatabaseSource(f"sqlite:///{tmp_path / 'saknas.db'}").samples())
    assert not (tmp_path / "saknas.db").exists()


# -- failing tables: a ScanError, then the next table ----------------------------

@pytest.fixture
def pg_restricted(pg_url):
    """A role that may read schema <s>.öppen but not <s>.stängd, nor schema <s>_dold."""
    token = secrets.token_hex(3)
    role, schema, hidden = f"nordpii_ro_{token}", f"nordpii_las_{token}", f"nordpii_las_{token}_dold"
    md = MetaData()
    open_t = Table("öppen", md, Column("id", Integer, primary_key=True), Column("namn", Text), schema=schema)
    closed_t = Table("stängd", md, Column("id", Integer, primary_key=True), Column("namn", Text), schema=schema)
    hidden_t = Table("t", md, Column("id", Integer, primary_key=True), schema=hidden)
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(CreateSchema(schema))
        conn.execute(CreateSchema(hidden))
        md.create_all(conn)
        conn.execute(insert(open_t), [{"id": 1, "namn": "Åsa"}])
        conn.execute(insert(closed_t), [{"id": 1, "namn": "Bo"}])
        conn.execute(insert(hidden_t), [{"id": 1}])
        # role, schema and table names are generated above ([a-z0-9_] and fixed words)
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.exec_driver_sql(f'GRANT SELECT ON {schema}."öppen" TO {role}')
    url = make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    yield url, schema, hidden
    with admin.begin() as conn:
        conn.execute(DropSchema(schema, cascade=True))
        conn.execute(DropSchema(hidden, cascade=True))
        conn.exec_driver_sql(f"DROP OWNED BY {role}")
        conn.exec_driver_sql(f"DROP ROLE {role}")
    admin.dispose()


def test_table_without_select_privilege_is_an_error_and_the_scan_goes_on(pg_restricted):
    url, schema, hidden = pg_restricted
    samples, errors, src = scan(url, include=(f"{schema}.*", f"{hidden}.*"))
    assert [(e.location, e.source) for e in errors] == [({"schema": schema, "table": "stängd"}, mask_url(url))]
    assert errors[0].error.startswith("cannot read table: permission denied")
    assert "Bo" not in errors[0].error
    assert samples[("öppen", "namn")].values == ("Åsa",)  # after the failing table
    assert src.stats["tables"] == 1
    # a schema without USAGE is not readable: skipped, not an error per table
    assert not any(e.location.get("schema") == hidden for e in errors)


def test_sqlite_table_that_cannot_be_read_is_an_error_and_the_scan_goes_on(sqlite_url, plant, tmp_path):
    plant(sqlite_url)
    # A key with a collation only the writer had: every ordered read fails.
    db = sqlite3.connect(tmp_path / "nordpii.db")
    db.create_collation("nordpii_private", lambda a, b: (a > b) - (a < b))
    db.execute("CREATE TABLE aa_trasig (kod TEXT PRIMARY KEY COLLATE nordpii_private, namn TEXT)")
    db.execute("INSERT INTO aa_trasig VALUES ('k1', 'Åsa')")
    db.commit()
    db.close()
    samples, errors, _ = scan(sqlite_url)
    assert [e.location for e in errors] == [{"schema": "main", "table": "aa_trasig"}]
    assert "no such collation sequence" in errors[0].error and "Åsa" not in errors[0].error
    assert samples[("kund_log", "händelse")].values == ("inloggning",)


# -- details ---------------------------------------------------------------------

def test_sqlite_path_with_spaces_and_non_ascii(tmp_path, plant):
    path = tmp_path / "mina filer" / "kundregister #1 (å).db"
    path.parent.mkdir()
    url = f"sqlite:///{path}"
    plant(url)
    samples, errors, _ = scan(url, include=("order",))
    assert errors == [] and samples[("order", "a\"b")].values == ("Kalle",)


def test_sqlite_connection_is_query_only(sqlite_url, plant):
    plant(sqlite_url)
    with DatabaseSource(sqlite_url) as src, src.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1


def test_close_and_context_manager(sqlite_url, plant):
    plant(sqlite_url)
    src = DatabaseSource(sqlite_url)
    with src:
        assert src.engine is not None
    assert src.engine is None
    src.close()  # twice is fine


@pytest.mark.parametrize("type_, kind", [
    (Integer(), "number"),
    (BigInteger(), "number"),
    (Text(), "text"),
    (String(12), "text"),
])
def test_column_kind(type_, kind):
    assert column_kind(type_) == kind


# -- types beyond the planted schema: read as text, or skipped, never a crash ------

ODD_TYPES = {
    "postgresql": [
        "CREATE TYPE nordpii_humor AS ENUM ('glad', 'ledsen')",
        "CREATE TABLE udda (id integer PRIMARY KEY, j jsonb, u uuid, e nordpii_humor, a text[], d date,"
        " ts timestamp, n numeric, c char(6), ip inet, m money, iv interval, b bit(3), f real)",
        "INSERT INTO udda VALUES (1, '{\"epost\": \"åsa@example.com\"}', '6f1c1a52-7a7e-4b55-9f39-3b0c0f3c8a01',"
        " 'glad', ARRAY['a@example.com', 'b'], 'infinity', '1981-12-18 10:00:00', 49860699787, 'ab',"
        " '192.0.2.1', 12.5, '1 day', B'101', 1.5)",
        "INSERT INTO udda (id) VALUES (2)",
    ],
    "mariadb": [
        "CREATE TABLE udda (id integer PRIMARY KEY, j json, e enum('glad', 'ledsen'), y year, dt datetime,"
        " n decimal(12, 0), b bit(3), f double, t tinyint(1), s set('a', 'b'))",
        "INSERT INTO udda VALUES (1, '{\"epost\": \"åsa@example.com\"}', 'glad', 1981, '1981-12-18 10:00:00',"
        " 49860699787, b'101', 1.5, 1, 'a,b')",
        "INSERT INTO udda (id) VALUES (2)",
    ],
    "sqlite": [
        "CREATE TABLE udda (id INTEGER PRIMARY KEY, x, f FOO, d DATE, i INTEGER, r REAL, bo BOOLEAN)",
        # SQLite keeps whatever it is given: text in DATE and INTEGER columns, a BLOB in an untyped one
        "INSERT INTO udda VALUES (1, X'68656A', 'fritext', 'inte ett datum', 'tolv', 1.5, 1)",
        "INSERT INTO udda VALUES (2, 12, NULL, '1981-12-18', 49860699787, NULL, 0)",
    ],
}
ODD_EXPECTED = {
    "postgresql": {
        "id": ("1", "2"), "j": ('{"epost": "åsa@example.com"}',), "u": ("6f1c1a52-7a7e-4b55-9f39-3b0c0f3c8a01",),
        "e": ("glad",), "a": ("{a@example.com,b}",), "d": ("infinity",), "ts": ("1981-12-18 10:00:00",),
        "n": ("49860699787",), "c": ("ab",), "ip": ("192.0.2.1",),
    },
    "mariadb": {
        "id": ("1", "2"), "j": ('{"epost": "åsa@example.com"}',), "e": ("glad",), "y": ("1981",),
        "dt": ("1981-12-18 10:00:00",), "n": ("49860699787",), "s": ("a,b",),
    },
    "sqlite": {
        "id": ("1", "2"), "x": ("hej", "12"), "f": ("fritext",), "d": ("inte ett datum", "1981-12-18"),
        "i": ("tolv", "49860699787"),
    },
}


def test_odd_types_are_read_as_text_or_skipped(database_factory, tmp_path):
    for dialect in ("sqlite", "postgresql", "mariadb"):
        url = f"sqlite:///{tmp_path / 'udda.db'}" if dialect == "sqlite" else database_factory(dialect)
        engine = create_engine(url)
        with engine.begin() as conn:
            for statement in ODD_TYPES[dialect]:
                conn.exec_driver_sql(statement)
        engine.dispose()
        samples, errors, _ = scan(url, include=("udda",))
        assert errors == [], dialect
        got = {c: s.values for (_, c), s in samples.items()}
        assert got == ODD_EXPECTED[dialect], dialect


@pytest.mark.parametrize(("message", "expected"), [
    # a driver message may quote a value: it never reaches a report
    ('invalid input syntax for type integer: "811218-9876"', 'invalid input syntax for type integer: "***"'),
    ("duplicate key value anna.lindqvist@example.se", "duplicate key value ***"),
    # hosts, ports and names stay readable
    ('connection to server at "127.0.0.1", port 5432 failed', 'connection to server at "127.0.0.1", port 5432 failed'),
    ('relation "kunder" does not exist', 'relation "kunder" does not exist'),
])
def test_error_text_never_carries_a_value(message, expected):
    from scanner.sources.database import one_line_reason

    assert one_line_reason(RuntimeError(message)) == expected
