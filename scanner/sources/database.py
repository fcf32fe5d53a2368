"""Database source: the columns of every readable table, sampled read-only.

PostgreSQL, MySQL/MariaDB and SQLite through SQLAlchemy. Tables and columns
come from reflection; every query is built with SQLAlchemy Core on the
reflected ``Table`` objects, so identifiers such as ``"Förnamn"``, ``"order"``,
``"a""b"`` or ``"Kund Notering"`` are quoted by the dialect, never pasted into
SQL text.

Read-only, enforced by the server where it can be:

- PostgreSQL: ``default_transaction_read_only=on`` and ``statement_timeout``
  as session options at connect time (libpq ``options``).
- MySQL/MariaDB: ``SET SESSION TRANSACTION READ ONLY`` and
  ``max_statement_time`` (MariaDB, seconds) or ``max_execution_time`` (MySQL,
  milliseconds) on every new connection; the variable the server does not
  know is skipped.
- SQLite: the file is opened as a ``file:...?mode=ro`` URI (a missing file is
  an error, never created), with ``PRAGMA query_only=ON`` and a progress
  handler that interrupts a statement running past the timeout.

What is read from each table is decided by ``scanner.sampling``; one SELECT
list carries all the table's scannable columns. Column types that cannot hold
personal data as text are skipped (Boolean, floating point, Numeric with a
scale, Time, Interval, bit strings, money); integers and dates are kept and
stringified (identifiers are often stored as numbers, birth dates as dates).

MySQL/MariaDB: when the URL names a database, only that database is scanned
(it is the user's chosen scope, as a PostgreSQL URL names one database);
without one, every database the user can see except the system ones.
"""

from __future__ import annotations

import datetime as dt
import decimal
import fnmatch
import json
import logging
import re
import sqlite3
import time
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Table,
    case,
    cast,
    column,
    create_engine,
    event,
    func,
    inspect,
    literal,
    literal_column,
    select,
    table,
    tablesample,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy import types as sqltypes
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.sql.elements import ColumnElement

from scanner import sampling
from scanner.models import RetentionCount, Sample, ScanError, Unit

log = logging.getLogger(__name__)

SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "mysql", "performance_schema", "sys"})
SYSTEM_SCHEMA_PREFIXES = ("pg_toast", "pg_temp")
# Types whose values are not personal data as text (bit strings, full-text
# vectors, money amounts, catalogue references). Matched by class name so
# dialect-specific classes need not be imported.
SKIPPED_TYPE_NAMES = frozenset({"BIT", "VARBIT", "TSVECTOR", "TSQUERY", "MONEY", "OID", "REGCLASS",
                                "REGCONFIG", "REGPROC", "INTERVAL"})
# Query-string keys that carry secrets (libpq password/sslpassword, others).
_SECRET_KEY = re.compile(r"pass|pwd|secret|token", re.IGNORECASE)
_MASK = "***"
_DROPPED = object()  # a value that could not be decoded as text: not empty, not a value
_DEADLINE = "nordpii_deadline"  # connection-record info key for SQLite's statement deadline
_CONNECT_TIMEOUT = 10  # seconds, for network servers


class SourceError(Exception):
    """A source that cannot be used at all (cannot connect, bad URL).

    The message is one line, fit for the user, with any password masked.
    """


def mask_url(url: str | URL) -> str:
    """The URL with its password, and any secret in the query string, masked.

    >>> mask_url("postgresql+psycopg://scan:s3cret@db/crm")
    'postgresql+psycopg://scan:***@db/crm'
    >>> mask_url("postgresql://scan@db/crm?sslmode=require&password=s3cret")
    'postgresql://scan@db/crm?password=***&sslmode=require'
    >>> mask_url("sqlite:///data/crm.db")
    'sqlite:///data/crm.db'
    >>> mask_url("not a url, user:s3cret@host")
    'not a url, user:***@host'
    >>> mask_url("s3://AKIAEXAMPLEKEY:s3cret@bucket/hr")   # a key ID is a credential too
    's3://***@bucket/hr'
    """
    if str(url).lower().startswith("s3://"):
        return re.sub(r"^(s3://)[^@/]*@", r"\1" + _MASK + "@", str(url), flags=re.IGNORECASE)
    try:
        u = make_url(url)
    except Exception:  # not an SQLAlchemy URL: mask anything that looks like a secret
        text = str(url)
        text = re.sub(r"(?<=:)[^:/@\s]*(?=@)", _MASK, text)
        return re.sub(r"((?:pass|pwd|secret|token)\w*=)[^&\s]*", r"\1" + _MASK, text, flags=re.IGNORECASE)
    query = {k: (_MASK if _SECRET_KEY.search(k) else v) for k, v in u.query.items()}
    text = u.set(query=query).render_as_string(hide_password=True)
    return text.replace("%2A%2A%2A", _MASK)  # the query's mask comes back percent-encoded


class DatabaseSource:
    """Every readable table of one database, column by column.

    >>> src = DatabaseSource("sqlite:///nowhere/missing.db")
    >>> src.kind, src.source
    ('database', 'sqlite:///nowhere/missing.db')
    """

    kind = "database"

    def __init__(self, url: str, *, include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
                 sample_size: int = 1000, seed: int = 0, statement_timeout: float = 30.0,
                 max_value_chars: int = 4096):
        if sample_size < 1:
            raise ValueError("sample_size must be at least 1")
        if max_value_chars < 1:
            raise ValueError("max_value_chars must be at least 1")
        self.url = url
        self.source = mask_url(url)
        if isinstance(include, str):  # one pattern given bare: not its characters
            include = (include,)
        if isinstance(exclude, str):
            exclude = (exclude,)
        self.include = tuple(p.lower() for p in include)
        self.exclude = tuple(p.lower() for p in exclude)
        self.sample_size = sample_size
        self.seed = seed
        self.statement_timeout = statement_timeout
        self.max_value_chars = max_value_chars
        self.stats: dict[str, int] = {"tables": 0, "columns": 0, "rows_read": 0}
        self.engine: Engine | None = None
        self._conn: Connection | None = None
        self._secrets: tuple[str, ...] = ()

    # -- lifecycle ---------------------------------------------------------

    def __enter__(self) -> DatabaseSource:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect and verify; ``SourceError`` with a masked, one-line reason if not."""
        if self._conn is not None:
            return
        try:
            self.engine = self._create_engine()
            self._conn = self.engine.connect()
            if self.dialect == "sqlite":
                # sqlite3 opens lazily: reading the schema is what finds a
                # file that is not a database.
                self._conn.exec_driver_sql("PRAGMA schema_version").scalar()
            else:
                self._conn.execute(select(literal(1))).scalar()
            self._conn.rollback()
        except SourceError:
            self.close()
            raise
        except Exception as e:
            self.close()
            raise SourceError(f"cannot connect to {self.source}: {self._reason(e)}") from None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception as e:  # closing a broken connection: nothing left to do
                log.debug("closing %s: %s", self.source, self._reason(e))
            self._conn = None
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    @property
    def dialect(self) -> str:
        assert self.engine is not None, "open() first"
        return self.engine.dialect.name

    # -- engines -------------------------------------------------------------

    def _create_engine(self) -> Engine:
        try:
            u = make_url(self.url)
        except Exception as e:
            raise SourceError(f"cannot connect to {self.source}: not a database URL ({self._reason(e)})") from None
        self._secrets = tuple(s for s in [u.password, *(v for k, v in u.query.items() if _SECRET_KEY.search(k))]
                              if isinstance(s, str) and s)
        backend = u.get_backend_name()
        if backend == "sqlite":
            return self._sqlite_engine(u)
        if backend == "postgresql":
            return self._postgresql_engine(u)
        if backend in ("mysql", "mariadb"):
            return self._mysql_engine(u)
        raise SourceError(f"cannot connect to {self.source}: unsupported database {backend!r} "
                          "(PostgreSQL, MySQL/MariaDB and SQLite are)")

    def _postgresql_engine(self, u: URL) -> Engine:
        ms = max(0, int(self.statement_timeout * 1000))
        # DateStyle=ISO: dates are read as text, '1981-12-18' whatever the server's default.
        options = f"-c default_transaction_read_only=on -c statement_timeout={ms} -c DateStyle=ISO"
        if "options" in u.query:  # keep the user's own session options
            options = f"{u.query['options']} {options}"
        connect_args: dict[str, Any] = {"options": options}
        if "connect_timeout" not in u.query:
            connect_args["connect_timeout"] = _CONNECT_TIMEOUT
        return create_engine(u, connect_args=connect_args)

    def _mysql_engine(self, u: URL) -> Engine:
        if u.drivername in ("mysql", "mariadb"):  # SQLAlchemy's default is mysqlclient
            try:
                import MySQLdb  # noqa: F401
            except ImportError:
                u = u.set(drivername=f"{u.drivername}+pymysql")
        connect_args: dict[str, Any] = {}
        if "connect_timeout" not in u.query:
            connect_args["connect_timeout"] = _CONNECT_TIMEOUT
        if "charset" not in u.query:
            connect_args["charset"] = "utf8mb4"
        engine = create_engine(u, connect_args=connect_args)
        timeout = self.statement_timeout

        @event.listens_for(engine, "connect")
        def _read_only_session(dbapi_conn: Any, record: Any) -> None:
            cur = dbapi_conn.cursor()
            try:
                cur.execute("SET SESSION TRANSACTION READ ONLY")
                # MariaDB knows max_statement_time (s), MySQL max_execution_time (ms);
                # each rejects the other's name, which is expected.
                for statement, value in (("SET SESSION max_statement_time = %s", max(0.0, timeout)),
                                         ("SET SESSION max_execution_time = %s", max(0, int(timeout * 1000)))):
                    try:
                        cur.execute(statement, (value,))
                    except Exception as e:
                        log.debug("%s: %s", statement.split("=")[0].strip(), e)
            finally:
                cur.close()

        return engine

    def _sqlite_engine(self, u: URL) -> Engine:
        database = u.database or ""
        if database in ("", ":memory:"):
            raise SourceError(f"cannot connect to {self.source}: an in-memory database holds nothing to scan")
        if database.startswith("file:"):  # already a URI: force read-only mode
            path, _, query = database[len("file:"):].partition("?")
            params = [(k, v) for k, v in parse_qsl(query) if k != "mode"] + [("mode", "ro")]
            uri = f"file:{path}?{urlencode(params)}"
        else:
            path = Path(database).expanduser().absolute()
            if not path.is_file():  # sqlite3 would only say "unable to open database file"
                raise SourceError(f"cannot connect to {self.source}: no such database file")
            # as_uri() percent-encodes spaces, '?', '#' and non-ASCII in the path.
            uri = path.as_uri() + "?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False,
                                   timeout=max(0.0, self.statement_timeout) or 5.0)

        engine = create_engine(u, creator=connect)
        timeout = self.statement_timeout

        @event.listens_for(engine, "connect")
        def _read_only_session(dbapi_conn: Any, record: Any) -> None:
            dbapi_conn.execute("PRAGMA query_only = ON")
            if timeout > 0:
                info = record.info

                def past_deadline() -> int:
                    deadline = info.get(_DEADLINE)
                    return 1 if deadline is not None and time.monotonic() > deadline else 0

                # Called every 10,000 virtual-machine steps; non-zero interrupts.
                dbapi_conn.set_progress_handler(past_deadline, 10_000)

        if timeout > 0:
            @event.listens_for(engine, "before_cursor_execute")
            def _start_clock(conn: Connection, *args: Any) -> None:
                conn.info[_DEADLINE] = time.monotonic() + timeout

            @event.listens_for(engine, "checkin")
            def _stop_clock(dbapi_conn: Any, record: Any) -> None:
                record.info.pop(_DEADLINE, None)

        return engine

    # -- enumeration ---------------------------------------------------------

    def _connection(self) -> Connection:
        if self._conn is None:
            self.open()
        assert self._conn is not None
        return self._conn

    def _selected(self, schema: str, name: str) -> bool:
        names = (f"{schema}.{name}".lower(), name.lower())

        def matches(patterns: tuple[str, ...]) -> bool:
            return any(fnmatch.fnmatchcase(n, p) for p in patterns for n in names)

        return (not self.include or matches(self.include)) and not matches(self.exclude)

    def _schemas(self, conn: Connection) -> tuple[str, list[str]]:
        """The default schema's name and the schemas to scan, in order."""
        insp = inspect(conn)
        default = insp.default_schema_name or ("main" if self.dialect == "sqlite" else "")
        if self.dialect in ("mysql", "mariadb") and insp.default_schema_name:
            return default, [default]
        schemas = [s for s in insp.get_schema_names()
                   if s.lower() not in SYSTEM_SCHEMAS and not s.lower().startswith(SYSTEM_SCHEMA_PREFIXES)]
        if self.dialect == "postgresql":
            # Only the schemas the user may read (USAGE); the others' tables
            # would all fail on permission.
            readable = []
            for s in schemas:
                if conn.execute(select(func.has_schema_privilege(cast(literal(s), sqltypes.Text), "USAGE"))).scalar():
                    readable.append(s)
                else:
                    log.debug("skipping schema without USAGE privilege")
            schemas = readable
        schemas.sort(key=lambda s: (s != default, s))
        return default, schemas

    def _tables(self) -> Iterator[tuple[str, str | None, str] | ScanError]:
        """(schema name, schema argument for reflection, table name) of every selected table."""
        conn = self._connection()
        try:
            default, schemas = self._schemas(conn)
        except Exception as e:
            conn.rollback()
            yield ScanError(self.source, {}, f"cannot list schemas: {self._reason(e)}")
            return
        conn.rollback()
        for schema in schemas:
            arg = None if schema == default else schema
            try:
                names = sorted(inspect(conn).get_table_names(schema=arg))
            except Exception as e:
                conn.rollback()
                yield ScanError(self.source, {"schema": schema}, f"cannot list tables: {self._reason(e)}")
                continue
            conn.rollback()
            for name in names:
                if self._selected(schema, name):
                    yield schema, arg, name

    def _reflect(self, conn: Connection, arg: str | None, name: str) -> Table:
        with warnings.catch_warnings():
            # Unknown column types come back as NullType with a warning; they
            # are read cast to text.
            warnings.simplefilter("ignore", sa_exc.SAWarning)
            return Table(name, MetaData(), schema=arg, autoload_with=conn, resolve_fks=False)

    def _unit(self, schema: str, t: Table, col: Column) -> Unit:
        try:
            sql_type = str(col.type)
        except Exception:  # a dialect-specific type the default compiler cannot render
            sql_type = type(col.type).__name__
        return Unit(source=self.source, location={"schema": schema, "table": t.name, "column": col.name},
                    name=col.name, sql_type=sql_type)

    def units(self) -> Iterator[Unit | ScanError]:
        """Every column of every selected table, including those ``samples()``
        skips for their type (their names alone may tell something)."""
        conn = self._connection()
        for item in self._tables():
            if isinstance(item, ScanError):
                yield item
                continue
            schema, arg, name = item
            try:
                t = self._reflect(conn, arg, name)
            except Exception as e:
                yield self._table_error(schema, name, "cannot reflect table", e)
                continue
            finally:
                conn.rollback()
            for col in t.columns:
                yield self._unit(schema, t, col)

    # -- sampling ------------------------------------------------------------

    def samples(self) -> Iterator[Sample | ScanError]:
        """One ``Sample`` per scannable column, table by table; a ``ScanError``
        for a table that cannot be reflected or read, then the next table."""
        self.stats = {"tables": 0, "columns": 0, "rows_read": 0}
        conn = self._connection()
        for item in self._tables():
            if isinstance(item, ScanError):
                yield item
                continue
            schema, arg, name = item
            try:
                t = self._reflect(conn, arg, name)
            except Exception as e:
                conn.rollback()
                yield self._table_error(schema, name, "cannot reflect table", e)
                continue
            cols = [(c, k) for c in t.columns if (k := column_kind(c.type)) is not None]
            rows: list[Sequence[Any]] = []
            try:
                if cols:
                    rows = self._sample_rows(conn, schema, t, cols)
            except Exception as e:
                yield self._table_error(schema, name, "cannot read table", e)
                continue
            finally:
                conn.rollback()  # end the snapshot; release the table's locks
            self.stats["tables"] += 1
            for i, (col, _) in enumerate(cols):
                values: list[str] = []
                empty = 0
                for row in rows:
                    v = to_text(row[i], self.max_value_chars)
                    if v is None:
                        empty += 1
                    elif v is not _DROPPED:
                        values.append(v)
                self.stats["columns"] += 1
                yield Sample(self._unit(schema, t, col), tuple(values), empty)

    # -- retention -----------------------------------------------------------

    def retention_counts(self, rules: Sequence[Any], now: dt.datetime) -> Iterator[RetentionCount | ScanError]:
        """For each selected table that a retention rule covers (the first
        rule, in the policy's order, whose globs match): its rows, and those
        whose last-interaction column is older than the rule's cutoff (``now``
        minus ``max_age_months``). One read-only ``count`` per table, built
        on the reflected table, so both numbers come from one snapshot.

        ``rules`` are ``scanner.policy.RetentionRule``; ``now`` is taken as UTC
        when naive. Columns without a time zone are compared in UTC, text
        columns as ISO 8601 text. A covered table without the column is a
        ``ScanError`` (unless the rule says ``missing_column: skip``), as is a
        column that holds no dates; the next table follows. Errors listing
        schemas or tables are left to ``samples()``, which reports them.
        """
        if not rules:
            return
        now = (now if now.tzinfo else now.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)
        conn = self._connection()
        for item in self._tables():
            if isinstance(item, ScanError):
                continue
            schema, arg, name = item
            rule = next((r for r in rules if r.applies_to(self.source, schema, name)), None)
            if rule is None:
                continue
            where = {"schema": schema, "table": name}
            try:
                t = self._reflect(conn, arg, name)
            except Exception as e:
                yield self._table_error(schema, name, "retention: cannot reflect table", e)
                continue
            finally:
                conn.rollback()
            col_name = rule.pick_column(c.name for c in t.columns)
            if col_name is None:
                if rule.missing_column == "error":
                    yield ScanError(self.source, where, f"retention: no column {' or '.join(rule.columns)} "
                                                        f"for the {rule.max_age_months}-month rule")
                continue
            col = t.c[col_name]
            cutoff = rule.cutoff(now)
            bound = self._cutoff_param(col.type, cutoff)
            if bound is None:
                yield ScanError(self.source, where, f"retention: column {col_name} holds no dates "
                                                    f"({type(col.type).__name__})")
                continue
            # count(CASE WHEN col < cutoff THEN 1 END) counts the overdue rows;
            # NULL (never interacted) is not overdue.
            query = select(func.count(), func.count(case((col < bound, literal_column("1"))))).select_from(t)
            try:
                total, overdue = conn.execute(query).one()
            except Exception as e:
                yield self._table_error(schema, name, "retention: cannot count rows", e)
                continue
            finally:
                conn.rollback()
            yield RetentionCount(
                source=self.source, location={**where, "column": col_name}, max_age_months=rule.max_age_months,
                action=rule.action, cutoff=cutoff.strftime("%Y-%m-%dT%H:%M:%SZ"), overdue=int(overdue),
                total=int(total),
            )

    @staticmethod
    def _cutoff_param(type_: sqltypes.TypeEngine, cutoff: dt.datetime) -> Any:
        """The cutoff (aware, UTC) as the column's type compares it; None when
        the column cannot hold a date."""
        if isinstance(type_, sqltypes.DateTime):
            return cutoff if getattr(type_, "timezone", False) else cutoff.replace(tzinfo=None)
        if isinstance(type_, sqltypes.Date):
            return cutoff.date()
        if isinstance(type_, sqltypes.String):  # ISO 8601 text sorts as time does
            return cutoff.replace(tzinfo=None).isoformat(sep=" ")
        return None

    def _read_expr(self, col: ColumnElement, kind: str) -> ColumnElement:
        """The SELECT expression for one column: capped server-side, no
        client-side type conversion that could fail on odd values."""
        n = self.max_value_chars
        if self.dialect == "sqlite":
            # Any SQLite column may hold any value (flexible typing), so every
            # column is capped alike; substr() keeps a BLOB a BLOB.
            return func.substr(col, 1, n)
        if kind in ("text", "binary"):
            return func.substr(col, 1, n)  # counts characters for text, bytes for binary
        if kind == "number":
            return col
        if kind == "temporal":
            # Text, not Python dates: PostgreSQL 'infinity' and MySQL zero
            # dates have no Python value. ISO form: '1981-12-18 10:00:00'.
            return cast(col, sqltypes.Text)
        if type(col.type).__name__ == "INET":
            return func.host(col)  # '192.0.2.1', not the text cast's '192.0.2.1/32'
        return func.substr(cast(col, sqltypes.Text), 1, n)  # JSON, arrays, enums, UUID, unknown types

    def _exprs(self, source: Any, cols: list[tuple[Column, str]]) -> list[ColumnElement]:
        return [self._read_expr(source.c[c.key], kind).label(f"c{i}") for i, (c, kind) in enumerate(cols)]

    def _fetch(self, conn: Connection, query: Any) -> list[Sequence[Any]]:
        rows = [tuple(r) for r in conn.execute(query)]
        self.stats["rows_read"] += len(rows)
        return rows

    def _sample_rows(self, conn: Connection, schema: str, t: Table,
                     cols: list[tuple[Column, str]]) -> list[Sequence[Any]]:
        k = self.sample_size
        limit = sampling.FULL_READ_FACTOR * k
        seed = sampling.table_seed(self.seed, schema, t.name)
        exprs = self._exprs(t, cols)
        key, bounds = self._integer_key(conn, t)
        estimate = 0 if key is not None and bounds is None else self._estimate(conn, schema, t, bounds)
        if estimate is None:  # no statistics: count, reading at most limit + 1 index or heap entries
            estimate = self._count(conn, t, limit + 1)
            if estimate > limit:
                estimate = self._recount(conn, schema, t)
        strategy = sampling.choose_strategy(self.dialect, estimate, k, integer_key=key is not None)
        log.debug("table %s.%s: estimate %s rows, strategy %s", schema, t.name, estimate, strategy)
        if strategy == "full":
            # Bounded even when the estimate is wrong (PostgreSQL's reltuples
            # is 0 until the first VACUUM or ANALYZE).
            rows = self._fetch(conn, select(*exprs).select_from(t).order_by(*self._order(t, key))
                               .limit(limit + 1))
            if len(rows) <= limit:
                return [rows[i] for i in sampling.pick_indices(len(rows), k, seed)]
            # The statistics were stale (or rows came in meanwhile): estimate again.
            estimate = max(self._recount(conn, schema, t), limit + 1)
            if key is not None and bounds is None:
                key, bounds = self._integer_key(conn, t)
            strategy = sampling.choose_strategy(self.dialect, estimate, k, integer_key=bounds is not None)
            log.debug("table %s.%s: stale statistics, %s rows, strategy %s", schema, t.name, estimate, strategy)
        if strategy == "tablesample":
            return self._by_tablesample(conn, t, cols, estimate, seed)
        if strategy == "keys" and key is not None and bounds is not None:
            return self._by_keys(conn, t, exprs, key, bounds, seed)
        if strategy == "bernoulli":
            return self._by_bernoulli(conn, t, exprs, estimate, seed)
        log.debug("table %s has no integer key: sampling its first %d rows (not random)", t.name, k)
        return self._fetch(conn, select(*exprs).select_from(t).order_by(*self._order(t, key)).limit(k))

    def _integer_key(self, conn: Connection, t: Table) -> tuple[ColumnElement | None, tuple[int, int] | None]:
        """An integer key to draw random rows by (SQLite rowid, or an integer
        single-column primary key) and its (min, max); (None, None) if none.
        ``(key, None)`` means the key exists but the table is empty."""
        candidates: list[ColumnElement] = []
        if self.dialect == "sqlite":
            names = {c.name.lower() for c in t.columns}
            alias = next((a for a in ("rowid", "_rowid_", "oid") if a not in names), None)
            if alias is not None:
                candidates.append(column(alias, Integer))
        pk = list(t.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, sqltypes.Integer) and self.dialect != "postgresql":
            candidates.append(pk[0])
        for key in candidates:
            try:
                # Two scalar subqueries: SQLite answers min() or max() from the
                # index only when it is alone in its SELECT (both together scan).
                # A failed SELECT leaves SQLite's and MySQL's transaction usable.
                lo, hi = conn.execute(select(select(func.min(key)).select_from(t).scalar_subquery(),
                                             select(func.max(key)).select_from(t).scalar_subquery())).one()
            except sa_exc.DBAPIError:  # a WITHOUT ROWID table has no rowid
                continue
            if lo is None:
                return key, None
            if isinstance(lo, int) and isinstance(hi, int):  # SQLite may store text in an INTEGER column
                return key, (lo, hi)
        return None, None

    def _estimate(self, conn: Connection, schema: str, t: Table, bounds: tuple[int, int] | None) -> int | None:
        """A cheap row count, possibly stale; None when there are no statistics.
        SQLite without an integer key: count(*), fast enough up to a few
        million rows."""
        k4 = sampling.FULL_READ_FACTOR * self.sample_size
        if bounds is not None:
            span = bounds[1] - bounds[0] + 1
            if span <= k4:
                return span
            # The key range over-counts a sparse table: check cheaply whether
            # it is small after all (reads at most k4 + 1 index entries).
            n = self._count(conn, t, k4 + 1)
            return n if n <= k4 else span
        if self.dialect == "postgresql":
            reltuples, _ = self._pg_statistics(conn, schema, t)
            # -1: never analysed; 0: analysed while empty, or never vacuumed.
            # A positive value may be stale: the full read's LIMIT finds out.
            return int(reltuples) if reltuples is not None and reltuples > 0 else None
        if self.dialect in ("mysql", "mariadb"):
            tables = table("TABLES", column("TABLE_SCHEMA"), column("TABLE_NAME"), column("TABLE_ROWS"),
                           schema="information_schema")
            rows = conn.execute(select(tables.c.TABLE_ROWS)
                                .where(tables.c.TABLE_SCHEMA == schema, tables.c.TABLE_NAME == t.name)).scalar()
            # InnoDB's TABLE_ROWS is an estimate that may read 0 before the
            # statistics are updated: treated as "unknown".
            return int(rows) if rows else None
        return self._count(conn, t)

    def _pg_statistics(self, conn: Connection, schema: str, t: Table) -> tuple[float | None, int]:
        """PostgreSQL's reltuples (a planner estimate) and the table's size in pages."""
        pg_class = table("pg_class", column("oid"), column("relname"), column("relnamespace"),
                         column("reltuples"), schema="pg_catalog")
        pg_namespace = table("pg_namespace", column("oid"), column("nspname"), schema="pg_catalog")
        row = conn.execute(
            select(pg_class.c.reltuples, func.pg_relation_size(pg_class.c.oid), func.current_setting("block_size"))
            .select_from(pg_class.join(pg_namespace, pg_class.c.relnamespace == pg_namespace.c.oid))
            .where(pg_namespace.c.nspname == schema, pg_class.c.relname == t.name)
        ).one_or_none()
        if row is None:
            return None, 0
        reltuples, size, block_size = row
        return reltuples, int(size) // int(block_size)

    def _recount(self, conn: Connection, schema: str, t: Table) -> int:
        """A row count for a table known to be larger than a full read.

        PostgreSQL: count the rows of about ``PROBE_PAGES`` random pages
        (``TABLESAMPLE SYSTEM``) and scale by the table's size in pages, so
        a table without statistics is not read whole to be counted. Else, or
        for a table without storage of its own (partitioned): count(*).
        """
        if self.dialect == "postgresql":
            _, pages = self._pg_statistics(conn, schema, t)
            if pages > 0:
                pct = sampling.probe_percent(pages)
                probe = tablesample(t, func.system(pct), name="nordpii_probe", seed=literal(0))
                n = conn.execute(select(func.count()).select_from(probe)).scalar_one()
                if n > 0:
                    return round(n * 100 / pct)
        return self._count(conn, t)

    @staticmethod
    def _count(conn: Connection, t: Table, at_most: int | None = None) -> int:
        """count(*), or a count that stops at ``at_most`` rows."""
        if at_most is None:
            return conn.execute(select(func.count()).select_from(t)).scalar_one()
        few = select(literal(1)).select_from(t).limit(at_most).subquery()
        return conn.execute(select(func.count()).select_from(few)).scalar_one()

    def _order(self, t: Table, key: ColumnElement | None) -> list[ColumnElement]:
        """A stable row order for reading a small table whole."""
        if len(t.primary_key.columns):
            return list(t.primary_key.columns)
        if key is not None:
            return [key]
        if self.dialect == "postgresql":
            return [column("ctid")]  # physical position: stable while the table is unchanged
        return []  # MySQL/InnoDB scans in clustered-index order without a sort

    def _by_tablesample(self, conn: Connection, t: Table, cols: list[tuple[Column, str]],
                        estimate: int, seed: int) -> list[Sequence[Any]]:
        k = self.sample_size
        rows: list[Sequence[Any]] = []
        for attempt in range(sampling.ATTEMPTS):
            pct = sampling.tablesample_percent(estimate, k, attempt)
            sampled = tablesample(t, func.system(pct), name="nordpii_sample", seed=literal(seed))
            rows = self._fetch(conn, select(*self._exprs(sampled, cols)).limit(sampling.row_cap(k)))
            if len(rows) >= k or pct >= 100:
                break
        return [rows[i] for i in sampling.pick_indices(len(rows), k, seed)]

    def _by_bernoulli(self, conn: Connection, t: Table, exprs: list[ColumnElement], estimate: int,
                      seed: int) -> list[Sequence[Any]]:
        # RAND(seed) in WHERE gives one deterministic stream per statement, so
        # the same table gives the same rows. It is a full scan (no sort).
        k = self.sample_size
        rows: list[Sequence[Any]] = []
        for attempt in range(sampling.ATTEMPTS):
            p = sampling.bernoulli_probability(estimate, k, attempt)
            rows = self._fetch(conn, select(*exprs).select_from(t).where(func.rand(seed) < p)
                               .limit(sampling.row_cap(k)))
            if len(rows) >= k or p >= 1:
                break
        return [rows[i] for i in sampling.pick_indices(len(rows), k, seed)]

    def _by_keys(self, conn: Connection, t: Table, exprs: list[ColumnElement], key: ColumnElement,
                 bounds: tuple[int, int], seed: int) -> list[Sequence[Any]]:
        k = self.sample_size
        lo, hi = bounds
        span = hi - lo + 1
        key_label = key.label("nordpii_key")
        found: dict[int, Sequence[Any]] = {}
        tried: set[int] = set()
        for round_ in range(sampling.KEY_ROUNDS):
            need = k - len(found)
            if need <= 0 or len(tried) >= span:
                break
            n = sampling.draw_count(need, tried=len(tried), hits=len(found), available=span - len(tried),
                                    cap=sampling.row_cap(k))
            keys = sampling.random_keys(lo, hi, n, seed, round_=round_, exclude=tried)
            tried.update(keys)
            for chunk in sampling.chunked(keys):
                for row in self._fetch(conn, select(key_label, *exprs).select_from(t).where(key.in_(chunk))):
                    found[row[0]] = row[1:]
        if len(found) < k and len(tried) < span:
            # Sparse keys: from random points, seek the next existing key
            # (one index lookup each, at most twice the shortfall).
            for point in sampling.random_keys(lo, hi, 2 * (k - len(found)), seed, round_="seek"):
                rows = self._fetch(conn, select(key_label, *exprs).select_from(t).where(key >= point)
                                   .order_by(key).limit(1))
                if rows:
                    found.setdefault(rows[0][0], rows[0][1:])
                if len(found) >= k:
                    break
        ordered = sorted(found)
        return [found[ordered[i]] for i in sampling.pick_indices(len(ordered), k, seed)]

    # -- errors ----------------------------------------------------------------

    def _table_error(self, schema: str, name: str, what: str, e: BaseException) -> ScanError:
        log.debug("%s %s.%s: %s", what, schema, name, self._reason(e))
        return ScanError(self.source, {"schema": schema, "table": name}, f"{what}: {self._reason(e)}")

    def _reason(self, e: BaseException) -> str:
        return one_line_reason(e, self._secrets)


def column_kind(type_: sqltypes.TypeEngine) -> str | None:
    """How a column is read: ``text``, ``binary``, ``number``, ``temporal``,
    ``cast`` (read as text), or None when its type cannot hold personal data.

    >>> column_kind(sqltypes.Boolean()), column_kind(sqltypes.Float()), column_kind(sqltypes.Numeric(10, 2))
    (None, None, None)
    >>> column_kind(sqltypes.BigInteger()), column_kind(sqltypes.Numeric(12, 0)), column_kind(sqltypes.Date())
    ('number', 'number', 'temporal')
    >>> column_kind(sqltypes.Unicode(40)), column_kind(sqltypes.LargeBinary()), column_kind(sqltypes.JSON())
    ('text', 'binary', 'cast')
    """
    if isinstance(type_, sqltypes.Boolean):
        return None
    if isinstance(type_, sqltypes.Integer):
        # MySQL spells BOOLEAN as TINYINT(1).
        return None if getattr(type_, "display_width", None) == 1 and type(type_).__name__ == "TINYINT" else "number"
    if isinstance(type_, sqltypes.Float):
        return None
    if isinstance(type_, sqltypes.Numeric):
        return "number" if not type_.scale else None  # NUMERIC(12,0) holds identifiers; (10,2) amounts
    if isinstance(type_, (sqltypes.Time, sqltypes.Interval)) or type(type_).__name__ in SKIPPED_TYPE_NAMES:
        return None
    if isinstance(type_, (sqltypes.Date, sqltypes.DateTime)):
        return "temporal"
    if isinstance(type_, sqltypes.Enum):
        return "cast"  # a PostgreSQL enum has no substr()
    if isinstance(type_, sqltypes.String):
        return "text"
    if isinstance(type_, sqltypes._Binary):
        return "binary"
    return "cast"


def to_text(value: Any, max_chars: int) -> Any:
    """A read value as stripped text capped at ``max_chars``; None for NULL,
    '' or whitespace; ``_DROPPED`` for bytes that are not UTF-8 text.

    >>> to_text("  Anna  ", 10), to_text("   ", 10), to_text(None, 10)
    ('Anna', None, None)
    >>> to_text(49860699787, 20), to_text(decimal.Decimal("198112189876"), 20)
    ('49860699787', '198112189876')
    >>> to_text("hej@example.com".encode(), 20), to_text(b"\\xff\\xfe", 20) is _DROPPED
    ('hej@example.com', True)
    >>> to_text("Å" * 5, 3)
    'ÅÅÅ'
    """
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        text = _decode_utf8(bytes(value), truncated=len(value) >= max_chars)
        if text is None:
            return _DROPPED
    elif isinstance(value, str):
        text = value
    elif isinstance(value, decimal.Decimal):
        text = format(value, "f") if value.is_finite() else str(value)
    elif isinstance(value, (dt.date, dt.time)):
        text = value.isoformat()
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    text = text[:max_chars].strip()
    return text or None


def _decode_utf8(data: bytes, *, truncated: bool) -> str | None:
    """Strict UTF-8, allowing a character cut in two by the server-side cap.
    Bytes with NUL in them are binary data, not text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if not (truncated and e.reason == "unexpected end of data" and e.start >= len(data) - 3):
            return None
        text = data[:e.start].decode("utf-8")
    return None if "\x00" in text else text


def one_line_reason(e: BaseException, secrets: Sequence[str] = ()) -> str:
    """The driver's message for ``e`` on one line, with ``secrets`` masked.

    SQLAlchemy's own message would carry the SQL and its parameters; the
    driver's error (``e.orig``) does not. Only the first lines are kept
    (PostgreSQL puts row values in DETAIL lines).
    """
    orig = getattr(e, "orig", None) or e
    args = getattr(orig, "args", ())
    if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
        text = f"{args[1]} (error {args[0]})"  # PyMySQL: (code, message)
    else:
        text = str(orig)
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("DETAIL:", "HINT:", "CONTEXT:", "LINE ", "^", "[SQL:", "(Background on")):
            break
        if line:
            lines.append(line)
    text = " ".join(" ".join(lines).split()) or type(orig).__name__
    for secret in secrets:
        text = text.replace(secret, _MASK)
    # A primary message may still quote a value ('invalid input syntax for
    # type integer: "811218-9876"'): identifier-like digit runs and e-mail
    # addresses never reach a report.  Hosts, ports and names stay readable.
    text = _VALUE_LIKE.sub(_MASK, text)
    return text[:400]


# Six or more digits, possibly split by spaces, "-" or "+", not part of a
# dotted address; or anything shaped like an e-mail address.
_VALUE_LIKE = re.compile(r"(?<![\w.])\d(?:[ +-]?\d){5,}(?![\w.])|[^\s\"'@]+@[^\s\"'@]+\.\w+")
