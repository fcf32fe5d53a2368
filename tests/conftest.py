"""Shared fixtures: real databases for the tests (DESIGN.md, "Real components").

Servers: PostgreSQL on 127.0.0.1:5432 (trust auth, user ``postgres``) and
MariaDB on 127.0.0.1:3306 (``root``, empty password). When a server cannot be
reached, the tests that need it are skipped, except under ``CI=true``, where
they fail: a database test must not pass by skipping in CI (``.ci/run``).

Fixtures
--------
``sqlite_url`` (per test)
    ``sqlite:///<tmp_path>/nordpii.db``; the file does not exist until
    something writes to it (``plant_awkward_schema`` does).
``pg_url``, ``mariadb_url`` (per session)
    A fresh, empty database on the server (``nordpii_test_<random>``), as the
    server's admin user; dropped at the end of the session. Shared by every
    test of the session: create tables under names (or, on PostgreSQL, in
    schemas) of your own and select them with ``include=``.
``database_factory`` (per session)
    ``database_factory("postgresql" | "mariadb")`` creates one more such
    database and returns its URL; all are dropped at the end of the session.
``planted_url`` (per session, parametrised ``sqlite`` / ``postgresql`` / ``mariadb``)
    A database holding ``plant_awkward_schema()``; read-only use only.
``plant``
    The function ``plant_awkward_schema(url)``, for tests that want the
    planted tables in a database of their own.
``planted_expected``
    ``.values``: what a full read of the planted tables yields
    (``PLANTED``: table -> column -> (values, empty)); ``.skipped``: the
    columns skipped for their type; ``.huge_text``: the 1 MB value.

The planted schema (same on all three dialects, built with SQLAlchemy Core):
table ``Kunder`` with columns ``KundID`` (mixed case, integer key),
``Förnamn`` (non-ASCII), ``order`` (reserved word), ``a"b`` (a quote),
``Kund Notering`` (a space; holds a 1 MB value), ``personnr`` (identifiers as
integers), ``född`` (a date), ``foto`` (BLOB: UTF-8 text, an undecodable PNG
header, a multi-byte text longer than the cap), ``aktiv`` (boolean),
``poäng`` (float), ``saldo`` (NUMERIC(10,2)) - the last three are skipped -
and ``tom`` (NULL only); a table named ``order``; an empty table
``Tom Tabell``; a table ``kund_log``. Every identifier value is an official
synthetic test number (``/work/shared/data/official_test_ids.json``).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    insert,
)
from sqlalchemy.dialects import mysql

PG_ADMIN = {"host": "127.0.0.1", "port": 5432, "user": "postgres", "dbname": "test"}
MARIADB_ADMIN = {"host": "127.0.0.1", "port": 3306, "user": "root", "password": ""}

# MySQL's TEXT and BLOB stop at 64 KB; the planted 1 MB value needs LONG*.
LongText = Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
LongBlob = LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")

HUGE_TEXT = "Lång anteckning om kunden. " * 40_000  # 1.08 M characters, 1.16 MB
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
# 'x' then 5,000 two-byte characters: a 4,096-byte cap cuts a character in two.
LONG_UTF8_BLOB = ("x" + "å" * 5000).encode()


def _server_unavailable(what: str, error: BaseException) -> None:
    message = f"{what} is not reachable on 127.0.0.1: {str(error).splitlines()[0] if str(error) else error!r}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: database tests must not be skipped)")
    pytest.skip(message)


class Databases:
    """Throw-away databases on the real servers, dropped by ``drop_all()``."""

    def __init__(self) -> None:
        self.created: list[tuple[str, str]] = []
        self._unreachable: dict[str, BaseException] = {}

    def _pg_admin(self):  # noqa: ANN202 - psycopg.Connection
        import psycopg

        return psycopg.connect(**PG_ADMIN, connect_timeout=3, autocommit=True)

    def _mariadb_admin(self):  # noqa: ANN202 - pymysql.Connection
        import pymysql

        return pymysql.connect(**MARIADB_ADMIN, connect_timeout=3, autocommit=True)

    def create(self, dialect: str) -> str:
        if dialect not in ("postgresql", "mariadb"):
            raise ValueError(f"no server for {dialect!r}")
        name = f"nordpii_test_{secrets.token_hex(4)}"
        if dialect in self._unreachable:
            _server_unavailable(dialect, self._unreachable[dialect])
        try:
            if dialect == "postgresql":
                from psycopg import sql

                with self._pg_admin() as conn:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                url = f"postgresql+psycopg://{PG_ADMIN['user']}@127.0.0.1:5432/{name}"
            else:
                conn = self._mariadb_admin()
                try:
                    with conn.cursor() as cur:
                        cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")  # name: ours, [a-z0-9_]
                finally:
                    conn.close()
                url = f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4"
        except Exception as e:  # server down, refused, ...
            self._unreachable[dialect] = e
            _server_unavailable(dialect, e)
        self.created.append((dialect, name))
        return url

    def drop_all(self) -> None:
        for dialect, name in reversed(self.created):
            try:
                if dialect == "postgresql":
                    from psycopg import sql

                    with self._pg_admin() as conn:
                        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                else:
                    conn = self._mariadb_admin()
                    try:
                        with conn.cursor() as cur:
                            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
                    finally:
                        conn.close()
            except Exception as e:  # best effort: report, do not mask the test result
                print(f"could not drop {dialect} database {name}: {e}")
        self.created.clear()


@pytest.fixture(scope="session")
def database_factory() -> Iterator[Callable[[str], str]]:
    dbs = Databases()
    yield dbs.create
    dbs.drop_all()


@pytest.fixture(scope="session")
def pg_url(database_factory: Callable[[str], str]) -> str:
    return database_factory("postgresql")


@pytest.fixture(scope="session")
def mariadb_url(database_factory: Callable[[str], str]) -> str:
    return database_factory("mariadb")


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # noqa: ANN001
    return f"sqlite:///{tmp_path / 'nordpii.db'}"


def planted_metadata() -> MetaData:
    md = MetaData()
    Table(
        "Kunder", md,
        Column("KundID", Integer, primary_key=True, autoincrement=False),
        Column("Förnamn", String(100)),
        Column("order", Text),
        Column('a"b', Text),
        Column("Kund Notering", LongText),
        Column("personnr", BigInteger),
        Column("född", Date),
        Column("foto", LongBlob),
        Column("aktiv", Boolean),
        Column("poäng", Float),
        Column("saldo", Numeric(10, 2)),
        Column("tom", Text),
    )
    Table("order", md, Column("id", Integer, primary_key=True, autoincrement=False), Column('a"b', Text))
    Table("Tom Tabell", md, Column("id", Integer, primary_key=True, autoincrement=False), Column("namn", Text))
    Table("kund_log", md, Column("id", Integer, primary_key=True, autoincrement=False), Column("händelse", Text))
    return md


PLANTED_ROWS = {
    "Kunder": [
        {"KundID": 1, "Förnamn": "Åsa", "order": "Beställning 1", 'a"b': "ett", "Kund Notering": "ringer på torsdagar",
         "personnr": 49860699787, "född": dt.date(1981, 12, 18), "foto": b"asa@example.com", "aktiv": True,
         "poäng": 1.5, "saldo": 10.25, "tom": None},
        {"KundID": 2, "Förnamn": "Øystein", "order": "  ", 'a"b': None, "Kund Notering": HUGE_TEXT,
         "personnr": 49910690514, "född": dt.date(1949, 6, 9), "foto": PNG_HEADER, "aktiv": False,
         "poäng": 2.25, "saldo": 0, "tom": None},
        {"KundID": 3, "Förnamn": " Mikko ", "order": "", 'a"b': " \t ", "Kund Notering": None,
         "personnr": None, "född": None, "foto": LONG_UTF8_BLOB, "aktiv": None,
         "poäng": None, "saldo": None, "tom": None},
    ],
    "order": [{"id": 1, 'a"b': "Kalle"}, {"id": 2, 'a"b': None}],
    "Tom Tabell": [],
    "kund_log": [{"id": 7, "händelse": "inloggning"}],
}

# table -> column -> (values, empty), for a full read with max_value_chars=4096.
# Skipped columns (aktiv, poäng, saldo) are absent.
PLANTED = {
    "Kunder": {
        "KundID": (("1", "2", "3"), 0),
        "Förnamn": (("Åsa", "Øystein", "Mikko"), 0),
        "order": (("Beställning 1",), 2),
        'a"b': (("ett",), 2),
        "Kund Notering": (("ringer på torsdagar", HUGE_TEXT[:4096].strip()), 1),
        "personnr": (("49860699787", "49910690514"), 1),
        "född": (("1981-12-18", "1949-06-09"), 1),
        # the PNG header is dropped (not text, not empty); the long value is
        # cut at 4,096 bytes, inside a two-byte character that is then left out
        "foto": (("asa@example.com", "x" + "å" * 2047), 0),
        "tom": ((), 3),
    },
    "order": {"id": (("1", "2"), 0), 'a"b': (("Kalle",), 1)},
    "Tom Tabell": {"id": ((), 0), "namn": ((), 0)},
    "kund_log": {"id": (("7",), 0), "händelse": (("inloggning",), 0)},
}
PLANTED_SKIPPED = {"Kunder": ("aktiv", "poäng", "saldo")}


def plant_awkward_schema(url: str) -> None:
    """Create and fill the planted tables in the database at ``url`` (writable)."""
    engine = create_engine(url)
    try:
        md = planted_metadata()
        md.create_all(engine)
        with engine.begin() as conn:
            for name, rows in PLANTED_ROWS.items():
                if rows:
                    conn.execute(insert(md.tables[name]), rows)
    finally:
        engine.dispose()


@pytest.fixture
def plant() -> Callable[[str], None]:
    return plant_awkward_schema


@pytest.fixture
def planted_expected() -> SimpleNamespace:
    """``.values``: PLANTED; ``.skipped``: the skipped columns; ``.huge_text``."""
    return SimpleNamespace(values=PLANTED, skipped=PLANTED_SKIPPED, huge_text=HUGE_TEXT)


@pytest.fixture(scope="session", params=["sqlite", "postgresql", "mariadb"])
def planted_url(request, database_factory, tmp_path_factory) -> str:  # noqa: ANN001
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('planted') / 'planted.db'}"
    else:
        url = database_factory(request.param)
    plant_awkward_schema(url)
    return url


@pytest.fixture
def kill_workers(monkeypatch) -> Callable[[object, str], None]:  # noqa: ANN001
    """``kill_workers(module, name)``: ``module.name`` kills any worker
    process that calls it (as the out-of-memory killer would) and works as
    before in this one; and no queued task is taken back from a worker
    (``Claims.take_back``), so a worker surely begins one and dies."""
    from scanner.detection import Claims

    parent = os.getpid()
    monkeypatch.setattr(Claims, "take_back", lambda self, task: False)

    def kill(module: object, name: str) -> None:
        real = getattr(module, name)

        def dying(*args: object) -> object:
            if os.getpid() != parent:
                os._exit(9)
            return real(*args)

        monkeypatch.setattr(module, name, dying)

    return kill


@pytest.fixture
def column_verdict() -> Callable[..., tuple[int, int] | None]:
    """``verdict(detector, values, column, entity)``: (hits, sampled) of the
    column verdict a scan gives ``entity`` for ``values`` under the column
    name ``column`` (Detector.detect, then verdicts.judge), or None."""
    from scanner.models import Sample, Unit
    from scanner.verdicts import judge

    def verdict(detector, values, column: str, entity: str) -> tuple[int, int] | None:  # noqa: ANN001
        unit = Unit(source="test", location={"table": "t", "column": column}, name=column)
        found = {v.entity_type: v for v in judge(Sample(unit=unit, values=tuple(values)),
                                                 detector.detect(values, column),
                                                 traits=detector.traits, hints=detector.hints)}
        return (found[entity].hits, found[entity].sampled) if entity in found else None

    return verdict
