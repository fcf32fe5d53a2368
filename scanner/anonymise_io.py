"""Where ``nordpii anonymise`` reads from and writes to: sources streamed in
chunks, targets written into a staging area and published in one step.

Sources
    ``DatabaseReader``: any database ``scanner.sources.database.DatabaseSource``
    can open (the same read-only engine, table selection and quoting as the
    scanner), reflected into one ``MetaData`` so that foreign keys are known,
    read in one snapshot (REPEATABLE READ where the server has it), table by
    table in dependency order, in chunks through ``yield_per`` (a server-side
    cursor on PostgreSQL, an unbuffered one on MySQL/MariaDB, SQLite's own
    cursor): memory stays bounded whatever the table size.
    ``FileReader``: tabular files (csv/tsv, jsonl/ndjson, parquet, xlsx), one
    file or a folder of them, with the scanner's walk (``FileSource.files``),
    encoding detection and CSV sniffing.  A spreadsheet's sheets are tables
    named ``FILE!SHEET``; a JSON Lines file's columns are key paths
    (``$.customer.email``, arrays ``[*]``), as the scanner names them.

Targets (atomic: a failure or a ``kill -9`` halfway leaves no target, and
never a half-replaced one)
    SQLite: a temporary file beside the target, ``os.replace`` at the end.
    PostgreSQL: a staging schema ``nordpii_stage_<random>`` filled and
    checked, then one transaction (PostgreSQL's DDL is transactional) that
    drops the tables being replaced (``--overwrite``), moves the staged tables
    into the target schema with ``ALTER TABLE ... SET SCHEMA`` and drops the
    staging schema.
    MySQL/MariaDB: DDL commits implicitly, so no transaction can hold the
    switch; ``RENAME TABLE a TO b, c TO d`` is atomic over all its tables,
    across databases, foreign keys included.  Tables are staged in a database
    ``nordpii_stage_<random>`` and moved by one ``RENAME TABLE`` (the replaced
    tables move to a trash database in the same statement).
    Files: a staging folder beside the target; a file is moved with
    ``os.replace``, a folder with ``renameat2(RENAME_EXCHANGE)`` (an atomic
    swap) where the kernel has it, else rename-aside-then-rename.
A killed run cannot clean up after itself, so each run holds a lock on its
staging area (``flock`` on the temporary file or folder, a PostgreSQL
advisory lock, a MariaDB named lock); the next run removes the staging areas
whose lock is free, i.e. whose run is dead.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import fcntl
import json
import logging
import os
import secrets
import shutil
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKeyConstraint,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    create_engine,
    inspect,
    insert,
    select,
    text,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy import types as sqltypes
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlalchemy.schema import CreateSchema, DropSchema

from scanner.models import ScanError
from scanner.sources.database import DatabaseSource, SourceError, mask_url, one_line_reason

log = logging.getLogger("nordpii.anonymise")

STAGE_PREFIX = "nordpii_stage_"
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
TABULAR_SUFFIXES = (*CSV_SUFFIXES, *JSONL_SUFFIXES, ".parquet", ".xlsx")
# Text without a length limit on every dialect (MySQL's TEXT stops at 64 KB).
LONG_TEXT = Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
LONG_BINARY = LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")


class TargetError(Exception):
    """A target that cannot be written (exists, unreachable, wrong kind); one line."""


# -- what a table looks like ---------------------------------------------------


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    type: Any = None  # SQLAlchemy type (databases), pyarrow type (parquet), None (text formats)
    kind: str = "text"  # integer | number | text | date | datetime | binary | other
    nullable: bool = True


@dataclass(frozen=True)
class ForeignKeyInfo:
    columns: tuple[str, ...]
    ref_table: str  # the referenced table's ``TableInfo.name``
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class TableInfo:
    """One table (or file, or sheet) of a source."""

    name: str  # target name: the table name, or the path relative to the source root (``FILE!SHEET``)
    location: dict  # as the scanner reports it: {"schema", "table"} or {"path"} (+ "sheet")
    columns: tuple[ColumnInfo, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKeyInfo, ...] = ()
    schema: str | None = None  # database tables: the source schema
    fmt: str = "database"  # database | csv | jsonl | parquet | xlsx
    extra: dict = field(default_factory=dict, compare=False)  # reader-specific (dialect, sheet, ...)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True)
class OutColumn:
    name: str
    type: Any  # SQLAlchemy type (databases), or a label: "int" | "str" | "same" (files)
    nullable: bool = True


@dataclass(frozen=True)
class OutTable:
    info: TableInfo
    columns: tuple[OutColumn, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKeyInfo, ...] = ()


def column_kind(type_: Any) -> str:
    """A coarse kind of an SQLAlchemy type, for choosing transforms and types."""
    if isinstance(type_, sqltypes.Boolean):
        return "other"
    if isinstance(type_, sqltypes.Integer):
        return "integer"
    if isinstance(type_, (sqltypes.Float, sqltypes.Numeric)):
        return "number"
    if isinstance(type_, sqltypes.DateTime):
        return "datetime"
    if isinstance(type_, sqltypes.Date):
        return "date"
    if isinstance(type_, sqltypes.String):
        return "text"
    if isinstance(type_, sqltypes._Binary):
        return "binary"
    return "other"


def portable_type(type_: Any) -> Any:
    """A type every dialect can create, for a column copied as it is.

    >>> from sqlalchemy.dialects import postgresql as pg
    >>> portable_type(pg.TIMESTAMP(timezone=True)), portable_type(sqltypes.VARCHAR(20))
    (DateTime(timezone=True), String(length=20))
    >>> type(portable_type(pg.INET())).__name__, portable_type(mysql.LONGTEXT()) is LONG_TEXT
    ('Text', True)
    """
    try:
        generic = type_.as_generic()
    except (NotImplementedError, AttributeError):
        return Text()  # INET, MONEY, unknown types: their text form
    if isinstance(generic, (sqltypes.Enum, sqltypes.ARRAY)):
        return LONG_TEXT if isinstance(generic, sqltypes.ARRAY) else String(
            max((len(e) for e in generic.enums), default=1))
    if isinstance(generic, sqltypes.String) and not generic.length:
        return LONG_TEXT
    if isinstance(generic, sqltypes._Binary) and not getattr(generic, "length", None):
        return LONG_BINARY
    if isinstance(generic, sqltypes.Integer) and not isinstance(generic, sqltypes.BigInteger):
        return BigInteger() if isinstance(type_, sqltypes.BigInteger) else generic
    return generic


def needs_text(type_: Any) -> bool:
    """Whether values read with ``type_`` must be turned into text to fit the portable type."""
    try:
        generic = type_.as_generic()
    except (NotImplementedError, AttributeError):
        return True
    return isinstance(generic, (sqltypes.Enum, sqltypes.ARRAY))


def as_text(value: Any) -> str:
    """A value in its text form: the form identifiers are keyed and written in.

    >>> as_text(49860699787), as_text(decimal.Decimal("10.50")), as_text(dt.date(1981, 12, 18))
    ('49860699787', '10.50', '1981-12-18')
    >>> as_text({"a": [1]}), as_text(b"abc")
    ('{"a": [1]}', 'abc')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, decimal.Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return str(value)


# -- database sources ----------------------------------------------------------


class DatabaseReader:
    """The selected tables of one database, read-only, in chunks."""

    kind = "database"

    def __init__(self, url: str, *, include: Sequence[str] = (), exclude: Sequence[str] = ()):
        # No statement timeout: reading a large table whole is the point (the
        # scanner's 30 s would interrupt SQLite's cursor midway).
        self.source = DatabaseSource(url, include=tuple(include), exclude=tuple(exclude), statement_timeout=0)
        self.masked = self.source.source
        self._conn = None
        self._tables: dict[str, Table] = {}

    def open(self) -> None:
        self.source.open()  # SourceError: one line, password masked
        assert self.source.engine is not None
        try:
            conn = self.source.engine.connect()
            if self.source.dialect in ("postgresql", "mysql", "mariadb"):
                # One snapshot for every table, so foreign keys still match.
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            self._conn = conn
        except Exception as e:
            self.close()
            raise SourceError(f"cannot connect to {self.masked}: {one_line_reason(e)}") from None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # a broken connection: nothing left to release
                pass
            self._conn = None
        self.source.close()

    def tables(self) -> tuple[list[TableInfo], list[ScanError]]:
        """Every selected table, parents before children; errors for those that cannot be reflected."""
        errors: list[ScanError] = []
        selected: list[tuple[str, str | None, str]] = []
        # DatabaseSource._tables is the scanner's selection: schemas the user
        # may read, system schemas left out, --include/--exclude applied.
        for item in self.source._tables():
            if isinstance(item, ScanError):
                errors.append(item)
            else:
                selected.append(item)
        md = MetaData()
        reflected: dict[tuple[str | None, str], tuple[str, Table]] = {}
        conn = self._conn
        for schema, arg, name in selected:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", sa_exc.SAWarning)
                    t = Table(name, md, schema=arg, autoload_with=conn)
                reflected[(arg, name)] = (schema, t)
            except Exception as e:
                errors.append(ScanError(self.masked, {"schema": schema, "table": name},
                                        f"cannot reflect table: {one_line_reason(e)}"))
        names: dict[str, tuple[str, str]] = {}
        for (arg, name), (schema, _) in reflected.items():
            if name in names:
                raise SourceError(f"two selected tables are named {name!r} (schemas {names[name][0]} and "
                                  f"{schema}): select one with --include or --exclude")
            names[name] = (schema, name)
        by_table = {t: (schema, t) for schema, t in reflected.values()}
        infos = []
        for t in md.sorted_tables:  # dependency order: referenced tables first
            if t not in by_table:
                continue  # a referenced table that was not selected
            schema, _ = by_table[t]
            fks = []
            for fk in t.foreign_key_constraints:
                ref = fk.referred_table
                if ref in by_table:
                    fks.append(ForeignKeyInfo(tuple(c.name for c in fk.columns), ref.name,
                                              tuple(e.column.name for e in fk.elements)))
            infos.append(TableInfo(
                name=t.name, location={"schema": schema, "table": t.name}, schema=schema,
                columns=tuple(ColumnInfo(c.name, c.type, column_kind(c.type), bool(c.nullable)) for c in t.columns),
                primary_key=tuple(c.name for c in t.primary_key.columns), foreign_keys=tuple(fks),
                extra={"dialect": self.source.dialect},
            ))
            self._tables[t.name] = t
        return infos, errors

    def chunks(self, info: TableInfo, chunk_size: int) -> Iterator[list[list[Any]]]:
        """The table's rows, ``chunk_size`` at a time, column-major (one list per column)."""
        t = self._tables[info.name]
        width = len(t.columns)
        result = self._conn.execution_options(yield_per=chunk_size).execute(select(*t.columns))
        try:
            for part in result.partitions():
                yield [list(c) for c in zip(*part)] if part else [[] for _ in range(width)]
        finally:
            result.close()

    def end_table(self) -> None:
        """Nothing to release between tables: the snapshot spans the whole run."""

    def error(self, e: BaseException) -> str:
        return one_line_reason(e, self.source._secrets)


# -- file sources --------------------------------------------------------------


class FileReader:
    """Tabular files under a path (one file or a folder), read whole, streaming."""

    kind = "files"

    def __init__(self, root: str, *, include: Sequence[str] = (), exclude: Sequence[str] = ()):
        from scanner.sources.files import FileSource

        # No size limit: every selected file is copied (a skipped file would be missing from the target).
        self.files = FileSource(root, include=tuple(include), exclude=tuple(exclude), max_file_size=1 << 62)
        self.masked = self.files.source
        self.root = self.files.root
        self.single = False
        self.skipped: list[tuple[str, str]] = []

    def open(self) -> None:
        self.files.open()
        self.single = self.root.is_file()

    def close(self) -> None:
        self.files.close()

    def tables(self) -> tuple[list[TableInfo], list[ScanError]]:
        infos: list[TableInfo] = []
        errors: list[ScanError] = []
        for item in self.files.files():
            if isinstance(item, ScanError):
                errors.append(item)
                continue
            rel, path, _ = item
            suffix = os.path.splitext(rel)[1].casefold()
            if suffix not in TABULAR_SUFFIXES:
                self.skipped.append((rel, f"not a tabular file ({', '.join(TABULAR_SUFFIXES)}): not copied"))
                continue
            try:
                infos.extend(self._describe(rel, Path(path), suffix))
            except Exception as e:
                errors.append(ScanError(self.masked, {"path": rel}, f"cannot read: {self.error(e)}"))
        return infos, errors

    def _describe(self, rel: str, path: Path, suffix: str) -> list[TableInfo]:
        if suffix in CSV_SUFFIXES:
            enc, dialect, header, width = self._csv_head(path, suffix)
            names = _column_names(header, width)
            return [TableInfo(rel, {"path": rel}, tuple(ColumnInfo(n) for n in names), fmt="csv",
                              extra={"path": path, "encoding": enc, "dialect": dialect, "header": header is not None})]
        if suffix in JSONL_SUFFIXES:
            paths: dict[str, None] = {}
            for record in self._json_records(path):
                for key in _paths(record):
                    paths.setdefault(key)
            return [TableInfo(rel, {"path": rel}, tuple(ColumnInfo(p) for p in paths), fmt="jsonl",
                              extra={"path": path})]
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            schema = pq.ParquetFile(path).schema_arrow
            return [TableInfo(rel, {"path": rel}, tuple(ColumnInfo(f.name, f.type, _arrow_kind(f.type)) for f in schema),
                              fmt="parquet", extra={"path": path})]
        import openpyxl

        from scanner.sources.files import looks_like_header

        out = []
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for ws in wb.worksheets:
                rows = (r for r in ws.iter_rows(values_only=True) if any(v not in (None, "") for v in r))
                first = next(rows, None)
                if first is None:
                    continue
                cells = ["" if v is None else str(v).strip() for v in first]
                named = looks_like_header(cells)
                width = max(len(first), max((len(r) for r in rows), default=0))
                names = _column_names(cells if named else None, width, letters=True)
                out.append(TableInfo(f"{rel}!{ws.title}", {"path": rel, "sheet": ws.title},
                                     tuple(ColumnInfo(n) for n in names), fmt="xlsx",
                                     extra={"path": path, "sheet": ws.title, "header": named, "file": rel}))
        finally:
            wb.close()
        return out

    def _csv_head(self, path: Path, suffix: str):
        from scanner.sources.files import HEAD_BYTES, detect_encoding, sniff_csv

        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            truncated = bool(fh.read(1))
        enc = detect_encoding(head, truncated=truncated)
        text = head.decode(enc, "ignore")
        dialect, has_header = sniff_csv(text, CSV_SUFFIXES[suffix])
        csv.field_size_limit(1 << 30)
        header = None
        width = 0
        with open(path, encoding=enc, newline="") as fh:
            reader = csv.reader(fh, dialect)
            if has_header:
                header = [c.strip() for c in next(reader, [])]
            for row in reader:
                width = max(width, len(row))
        return enc, dialect, header, max(width, len(header or []))

    @staticmethod
    def _json_records(path: Path) -> Iterator[Any]:
        with open(path, encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise ValueError(f"line {number}: not JSON ({e.msg})") from None

    def chunks(self, info: TableInfo, chunk_size: int) -> Iterator[Any]:
        """Column-major chunks for csv, parquet and xlsx; lists of records for jsonl."""
        path = info.extra["path"]
        width = len(info.columns)
        if info.fmt == "csv":
            with open(path, encoding=info.extra["encoding"], newline="") as fh:
                reader = csv.reader(fh, info.extra["dialect"])
                if info.extra["header"]:
                    next(reader, None)
                rows: list[list[str]] = []
                for row in reader:
                    if not any(c.strip() for c in row):
                        continue
                    rows.append((row + [""] * width)[:width])
                    if len(rows) >= chunk_size:
                        yield [list(c) for c in zip(*rows)]
                        rows = []
                if rows:
                    yield [list(c) for c in zip(*rows)]
        elif info.fmt == "jsonl":
            records: list[Any] = []
            for record in self._json_records(path):
                records.append(record)
                if len(records) >= chunk_size:
                    yield records
                    records = []
            if records:
                yield records
        elif info.fmt == "parquet":
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(path)
            for batch in pf.iter_batches(batch_size=chunk_size):
                yield [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        else:
            import openpyxl

            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                ws = wb[info.extra["sheet"]]
                rows_iter = (r for r in ws.iter_rows(values_only=True) if any(v not in (None, "") for v in r))
                if info.extra["header"]:
                    next(rows_iter, None)
                rows = []
                for r in rows_iter:
                    rows.append((list(r) + [None] * width)[:width])
                    if len(rows) >= chunk_size:
                        yield [list(c) for c in zip(*rows)]
                        rows = []
                if rows:
                    yield [list(c) for c in zip(*rows)]
            finally:
                wb.close()

    def end_table(self) -> None:
        pass

    @staticmethod
    def error(e: BaseException) -> str:
        lines = str(e).strip().splitlines()
        return one_line_reason(Exception(lines[0] if lines else type(e).__name__))


def _column_names(header: list[str] | None, width: int, letters: bool = False) -> list[str]:
    """Header names; the column number (CSV) or letter (xlsx) where a name is missing or repeated,
    as the scanner names them."""
    from scanner.sources.files import _column_letter, column_names

    names = column_names(header or [], width)
    return [n if isinstance(n, str) else (_column_letter(n - 1) if letters else str(n)) for n in names]


def _arrow_kind(t: Any) -> str:
    import pyarrow.types as pt

    if pt.is_integer(t):
        return "integer"
    if pt.is_floating(t) or pt.is_decimal(t):
        return "number"
    if pt.is_timestamp(t):
        return "datetime"
    if pt.is_date(t):
        return "date"
    if pt.is_string(t) or pt.is_large_string(t):
        return "text"
    return "other"


def _paths(value: Any, path: str = "$") -> Iterator[str]:
    """Key paths of a JSON value's scalars, named as ``scanner.sources.files.flatten`` names them."""
    from scanner.sources.files import flatten

    for key, _ in flatten(value, path):
        yield key


def json_slots(record: Any) -> list[tuple[str, Any, Any]]:
    """(key path, container, key) of every scalar in a JSON record, so a
    transformed value can be put back (or the key deleted) in place."""
    import re

    key_re = re.compile(r"^[\w-]+$")
    out: list[tuple[str, Any, Any]] = []
    stack: list[tuple[str, Any]] = [("$", record)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            for k in reversed(list(item)):
                ks = str(k)
                sub = f"{where}.{ks}" if key_re.match(ks) else f"{where}[{json.dumps(ks, ensure_ascii=False)}]"
                v = item[k]
                if isinstance(v, (dict, list)):
                    stack.append((sub, v))
                else:
                    out.append((sub, item, k))
        elif isinstance(item, list):
            for i in range(len(item) - 1, -1, -1):
                v = item[i]
                if isinstance(v, (dict, list)):
                    stack.append((f"{where}[*]", v))
                else:
                    out.append((f"{where}[*]", item, i))
    return out


# -- targets -------------------------------------------------------------------


def open_target(target: str, reader_kind: str, *, single_file: bool = False, overwrite: bool = False,
                source_suffix: str = ""):
    """The staged target for ``target``: a database URL, a path ending in
    .db/.sqlite/.sqlite3 (SQLite), or a file or folder for a file source."""
    from scanner.scan import source_kind

    is_url = "://" in target and source_kind(target) == "database"
    if reader_kind == "database":
        if is_url:
            backend = _backend(target)
            if backend == "sqlite":
                return SqliteTarget(_sqlite_path(target), overwrite=overwrite)
            if backend == "postgresql":
                return PostgresTarget(target, overwrite=overwrite)
            if backend in ("mysql", "mariadb"):
                return MysqlTarget(target, overwrite=overwrite)
            raise TargetError(f"cannot write {mask_url(target)}: unsupported database {backend!r} "
                              "(PostgreSQL, MySQL/MariaDB and SQLite are)")
        if target.lower().endswith(SQLITE_SUFFIXES):
            return SqliteTarget(Path(target), overwrite=overwrite)
        raise TargetError(f"cannot write {target}: a database source needs a database target "
                          "(an SQLAlchemy URL, or a path ending in .db, .sqlite or .sqlite3)")
    if is_url:
        raise TargetError(f"cannot write {mask_url(target)}: a file source is copied to files "
                          "(a file of the same format, or a folder)")
    path = Path(target.removeprefix("file://")).expanduser()
    if single_file and os.path.splitext(path.name)[1].casefold() != source_suffix:
        raise TargetError(f"cannot write {target}: the target must be a {source_suffix} file like the source")
    return FileTarget(path, overwrite=overwrite)


def _backend(url: str) -> str:
    try:
        return make_url(url).get_backend_name()
    except Exception:
        raise TargetError(f"cannot write {mask_url(url)}: not a database URL") from None


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise TargetError(f"cannot write {url}: give an SQLite file (sqlite:///path/to/copy.db)")
    return Path(database).expanduser()


def _try_flock(path: Path) -> int | None:
    """An fd holding an exclusive lock on ``path``, or None when another live process holds it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _remove_stale(parent: Path, name: str) -> None:
    """Remove staging files or folders of ``name`` left by killed runs (their lock is free)."""
    for stale in parent.glob(f".{name}.nordpii-*.tmp"):
        fd = _try_flock(stale)
        if fd is None:
            continue  # a live run's
        try:
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                for extra in (stale, Path(f"{stale}-journal"), Path(f"{stale}-wal"), Path(f"{stale}-shm")):
                    extra.unlink(missing_ok=True)
            log.info("removed a staging area left by a killed run")
        finally:
            os.close(fd)


class _SqlTarget:
    """What the database targets share: tables created in a staging place, rows inserted."""

    kind = "database"

    def __init__(self, overwrite: bool):
        self.overwrite = overwrite
        self.engine = None
        self.conn = None
        self.schema: str | None = None  # where the staged tables are created
        self.tables: dict[str, Table] = {}
        self.metadata = MetaData()
        self.insert_stmts: dict[str, Any] = {}

    def create(self, out: OutTable) -> None:
        cols = [Column(c.name, c.type, nullable=c.nullable, autoincrement=False) for c in out.columns]
        args: list[Any] = list(cols)
        if out.primary_key:
            args.append(PrimaryKeyConstraint(*out.primary_key))
        for fk in out.foreign_keys:
            ref = self.tables.get(fk.ref_table)
            if ref is not None:
                args.append(ForeignKeyConstraint(list(fk.columns), [ref.c[c] for c in fk.ref_columns]))
        t = Table(out.info.name, self.metadata, *args, schema=self.schema)
        t.create(self.conn)
        self.conn.commit()
        self.tables[out.info.name] = t
        self.insert_stmts[out.info.name] = insert(t)

    def finish(self, name: str) -> None:
        """Every chunk is committed as it is written: nothing to close per table."""

    def finalise(self) -> None:
        """Nothing buffered: the staged tables are complete once the last chunk is committed."""

    def write(self, name: str, columns: list[list[Any]]) -> None:
        """Insert one column-major chunk."""
        t = self.tables[name]
        keys = [c.key for c in t.columns]
        rows = [dict(zip(keys, r)) for r in zip(*columns)]
        if rows:
            self.conn.execute(self.insert_stmts[name], rows)
            self.conn.commit()

    def discard(self, name: str) -> None:
        """Drop a staged table whose copy failed (it is never published half-filled)."""
        t = self.tables.pop(name, None)
        if t is None:
            return
        try:
            self.conn.rollback()
            t.drop(self.conn)
            self.conn.commit()
        except Exception as e:
            log.debug("could not drop a failed staged table: %s", one_line_reason(e))
            self.conn.rollback()
        self.metadata.remove(t)

    def error(self, e: BaseException) -> str:
        return one_line_reason(e)


class SqliteTarget(_SqlTarget):
    """An SQLite file, built as ``.NAME.nordpii-XXXX.tmp`` beside it and moved over it."""

    def __init__(self, path: Path, overwrite: bool = False):
        super().__init__(overwrite)
        self.path = Path(path)
        self.masked = f"sqlite:///{self.path}"
        self.tmp: Path | None = None
        self._lock: int | None = None

    def prepare(self, names: Sequence[str]) -> None:
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise TargetError(f"cannot write {self.path}: no such folder {parent}")
        if self.path.exists() and not self.overwrite:
            raise TargetError(f"target {self.path} exists: use --overwrite to replace it")
        _remove_stale(parent, self.path.name)
        self.tmp = parent / f".{self.path.name}.nordpii-{secrets.token_hex(6)}.tmp"
        try:
            self.tmp.touch(mode=0o644, exist_ok=False)
        except OSError as e:
            raise TargetError(f"cannot write {self.path}: {e.strerror or e}") from None
        self._lock = _try_flock(self.tmp)
        self.engine = create_engine(f"sqlite:///{self.tmp}", poolclass=NullPool)
        self.conn = self.engine.connect()
        # A staging file that is thrown away on failure needs no journal.
        self.conn.exec_driver_sql("PRAGMA journal_mode=OFF")
        self.conn.exec_driver_sql("PRAGMA synchronous=OFF")

    @property
    def scan_url(self) -> str:
        return f"sqlite:///{self.tmp}"

    scan_include: tuple[str, ...] = ()

    def location(self, loc: dict) -> tuple[str, str] | None:
        return (loc.get("table"), loc.get("column")) if "table" in loc else None

    def commit(self) -> None:
        self.conn.close()
        self.engine.dispose()
        self.conn = None
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if self.path.exists() and not self.overwrite:  # appeared while we were copying
            raise TargetError(f"target {self.path} exists: use --overwrite to replace it")
        os.replace(self.tmp, self.path)
        _fsync_dir(self.path.parent)
        self._unlock()

    def abort(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
            self.engine.dispose()
            self.conn = None
        if self.tmp is not None:
            for extra in (self.tmp, Path(f"{self.tmp}-journal")):
                extra.unlink(missing_ok=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


class _ServerTarget(_SqlTarget):
    def __init__(self, url: str, overwrite: bool):
        super().__init__(overwrite)
        self.url = url
        self.masked = mask_url(url)
        self.stage = f"{STAGE_PREFIX}{secrets.token_hex(8)}"
        self._lock_conn = None
        self.default_schema: str | None = None
        self.replaced: list[str] = []

    def _connect(self) -> None:
        try:
            self.engine = create_engine(self.url, **self._engine_args())
            self._lock_conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self.conn = self.engine.connect()
            self.default_schema = inspect(self._lock_conn).default_schema_name
        except Exception as e:
            self.abort()
            raise TargetError(f"cannot connect to {self.masked}: {one_line_reason(e)}") from None

    def _engine_args(self) -> dict:
        return {"connect_args": {"connect_timeout": 10}, "poolclass": NullPool}

    def _existing(self, names: Sequence[str]) -> list[str]:
        insp = inspect(self._lock_conn)
        have = set(insp.get_table_names(schema=self.default_schema))
        return [n for n in names if n in have]

    def prepare(self, names: Sequence[str]) -> None:
        self._connect()
        try:
            existing = self._existing(names)
            if existing and not self.overwrite:
                shown = ", ".join(existing[:3]) + (" ..." if len(existing) > 3 else "")
                raise TargetError(f"target {self.masked} already has table(s) {shown}: use --overwrite to replace them")
            self.replaced = existing
            self._remove_stale()
            self._create_stage()
        except TargetError:
            self.abort()
            raise
        except Exception as e:
            self.abort()
            raise TargetError(f"cannot prepare {self.masked}: {one_line_reason(e)}") from None
        self.schema = self.stage

    @property
    def scan_url(self) -> str:
        return self.url

    @property
    def scan_include(self) -> tuple[str, ...]:
        return (f"{self.stage}.*",)

    def location(self, loc: dict) -> tuple[str, str] | None:
        if str(loc.get("schema", "")).lower() != self.stage:
            return None
        return loc.get("table"), loc.get("column")

    def _q(self, name: str) -> str:
        return self.engine.dialect.identifier_preparer.quote(name)


class PostgresTarget(_ServerTarget):
    """Staged in schema ``nordpii_stage_<random>``, published in one transaction."""

    def _lock_key(self, stage: str) -> int:
        return int.from_bytes(bytes.fromhex(stage[len(STAGE_PREFIX):]), "big", signed=True)

    def _remove_stale(self) -> None:
        rows = self._lock_conn.execute(text(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"), {"p": STAGE_PREFIX.replace("_", r"\_") + "%"})
        for (stage,) in rows.fetchall():
            try:
                key = self._lock_key(stage)
            except ValueError:
                continue
            if self._lock_conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
                try:
                    self._lock_conn.execute(DropSchema(stage, cascade=True))
                    log.info("removed a staging schema left by a killed run")
                finally:
                    self._lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})

    def _create_stage(self) -> None:
        self._lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": self._lock_key(self.stage)})
        self._lock_conn.execute(CreateSchema(self.stage))

    def commit(self) -> None:
        conn = self.conn
        conn.rollback()
        with conn.begin():
            if self.replaced:
                conn.exec_driver_sql("DROP TABLE " + ", ".join(
                    f"{self._q(self.default_schema)}.{self._q(n)}" for n in self.replaced))
            for name in self.tables:
                conn.exec_driver_sql(f"ALTER TABLE {self._q(self.stage)}.{self._q(name)} "
                                     f"SET SCHEMA {self._q(self.default_schema)}")
            conn.execute(DropSchema(self.stage))
        self._release()

    def abort(self) -> None:
        if self._lock_conn is not None:
            try:
                if self.conn is not None:
                    self.conn.rollback()
                    self.conn.close()
                    self.conn = None
                self._drop_stage()
            except Exception as e:
                log.debug("could not drop the staging %s: %s", self.STAGE_KIND, one_line_reason(e))
        self._release()

    STAGE_KIND = "schema"

    def _drop_stage(self) -> None:
        self._lock_conn.execute(DropSchema(self.stage, cascade=True, if_exists=True))

    def _release(self) -> None:
        for c in (self.conn, self._lock_conn):
            if c is not None:
                try:
                    c.close()  # the advisory lock goes with the session
                except Exception:
                    pass
        self.conn = self._lock_conn = None
        if self.engine is not None:
            self.engine.dispose()


class MysqlTarget(_ServerTarget):
    """Staged in database ``nordpii_stage_<random>``, published by one atomic RENAME TABLE."""

    def _engine_args(self) -> dict:
        return {"connect_args": {"connect_timeout": 10, "charset": "utf8mb4"}, "poolclass": NullPool}

    def _connect(self) -> None:
        u = make_url(self.url)
        if u.drivername in ("mysql", "mariadb"):
            try:
                import MySQLdb  # noqa: F401
            except ImportError:
                self.url = u.set(drivername=f"{u.drivername}+pymysql").render_as_string(hide_password=False)
        if not make_url(self.url).database:
            raise TargetError(f"cannot write {self.masked}: the URL must name a database")
        super()._connect()

    @property
    def scan_url(self) -> str:
        # A MySQL URL scopes a scan to its database: the leak check reads the staging database.
        return make_url(self.url).set(database=self.stage).render_as_string(hide_password=False)

    scan_include: tuple[str, ...] = ()

    def _remove_stale(self) -> None:
        rows = self._lock_conn.exec_driver_sql("SHOW DATABASES").fetchall()
        for (name,) in rows:
            if name.startswith(STAGE_PREFIX) and self._lock_conn.execute(
                    text("SELECT IS_FREE_LOCK(:n)"), {"n": name}).scalar() == 1:
                self._lock_conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {self._q(name)}")
                log.info("removed a staging database left by a killed run")

    def _create_stage(self) -> None:
        self._lock_conn.execute(text("SELECT GET_LOCK(:n, 0)"), {"n": self.stage})
        self._lock_conn.exec_driver_sql(f"CREATE DATABASE {self._q(self.stage)} CHARACTER SET utf8mb4")

    def commit(self) -> None:
        self.conn.rollback()
        db = self.default_schema
        pairs = []
        trash = None
        if self.replaced:
            trash = f"{self.stage}_old"
            self._lock_conn.exec_driver_sql(f"CREATE DATABASE {self._q(trash)}")
            pairs += [f"{self._q(db)}.{self._q(n)} TO {self._q(trash)}.{self._q(n)}" for n in self.replaced]
        pairs += [f"{self._q(self.stage)}.{self._q(n)} TO {self._q(db)}.{self._q(n)}" for n in self.tables]
        self._lock_conn.exec_driver_sql("RENAME TABLE " + ", ".join(pairs))
        for name in filter(None, (trash, self.stage)):
            self._lock_conn.exec_driver_sql("SET SESSION foreign_key_checks = 0")
            self._lock_conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {self._q(name)}")
        self._release()

    STAGE_KIND = "database"

    def _drop_stage(self) -> None:
        self._lock_conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {self._q(self.stage)}")

    abort = PostgresTarget.abort  # roll back, then drop the stage: the same steps as PostgreSQL's
    _release = PostgresTarget._release


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path if str(path) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


class FileTarget:
    """A file or a folder of files, written into ``.NAME.nordpii-XXXX.tmp/`` beside it."""

    kind = "files"

    def __init__(self, path: Path, overwrite: bool = False):
        self.path = Path(path)
        self.masked = str(path)
        self.overwrite = overwrite
        self.stage: Path | None = None
        self.single = False
        self._lock: int | None = None
        self._writers: dict[str, Any] = {}
        self.tables: dict[str, OutTable] = {}
        self.source_file = ""  # a single-file source: its name (the tables' names start with it)

    def prepare(self, names: Sequence[str], single: bool = False, source_file: str = "") -> None:
        self.single = single
        self.source_file = source_file
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise TargetError(f"cannot write {self.path}: no such folder {parent}")
        if self.path.exists() and not self.overwrite:
            raise TargetError(f"target {self.path} exists: use --overwrite to replace it")
        if self.path.exists() and self.path.is_dir() == single:
            raise TargetError(f"cannot replace {self.path}: it is a {'folder' if single else 'file'}")
        _remove_stale(parent, self.path.name)
        self.stage = parent / f".{self.path.name}.nordpii-{secrets.token_hex(6)}.tmp"
        try:
            self.stage.mkdir(mode=0o755)
        except OSError as e:
            raise TargetError(f"cannot write {self.path}: {e.strerror or e}") from None
        self._lock = _try_flock(self.stage)

    def _file(self, info: TableInfo) -> Path:
        rel = info.extra.get("file", info.name) if info.fmt == "xlsx" else info.name
        return self.stage / (self.path.name if self.single else rel)

    def create(self, out: OutTable) -> None:
        info = out.info
        dest = self._file(info)
        dest.parent.mkdir(parents=True, exist_ok=True)
        self.tables[info.name] = out
        names = [c.name for c in out.columns]
        if info.fmt == "csv":
            fh = open(dest, "w", encoding="utf-8", newline="")
            d = info.extra["dialect"]
            writer = csv.writer(fh, delimiter=d.delimiter, quotechar=d.quotechar or '"',
                                lineterminator="\r\n" if getattr(d, "lineterminator", "\n") == "\r\n" else "\n")
            if info.extra["header"]:
                writer.writerow(names)
            self._writers[info.name] = ("csv", fh, writer)
        elif info.fmt == "jsonl":
            self._writers[info.name] = ("jsonl", open(dest, "w", encoding="utf-8"), None)
        elif info.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            fields = []
            src = {c.name: c for c in info.columns}
            for c in out.columns:
                t = c.type if c.type not in ("int", "str", "same") else {
                    "int": pa.int64(), "str": pa.string(), "same": src[c.name].type}[c.type]
                fields.append(pa.field(c.name, t))
            schema = pa.schema(fields)
            self._writers[info.name] = ("parquet", pq.ParquetWriter(dest, schema), schema)
        else:
            import openpyxl

            file_key = info.extra["file"]
            book = self._writers.get(file_key)
            if book is None:
                wb = openpyxl.Workbook(write_only=True)
                book = ("xlsx-book", wb, dest)
                self._writers[file_key] = book
            ws = book[1].create_sheet(info.extra["sheet"])
            if info.extra["header"]:
                ws.append(names)
            self._writers[info.name] = ("xlsx", ws, file_key)

    def write(self, name: str, columns: Any) -> None:
        kind, handle, extra = self._writers[name]
        if kind == "csv":
            extra.writerows(["" if v is None else as_text(v) for v in row] for row in zip(*columns))
        elif kind == "jsonl":
            handle.write("".join(json.dumps(r, ensure_ascii=False, default=as_text) + "\n" for r in columns))
        elif kind == "parquet":
            import pyarrow as pa

            arrays = [pa.array(col, type=f.type) for col, f in zip(columns, extra)]
            handle.write_table(pa.Table.from_arrays(arrays, schema=extra))
        else:
            for row in zip(*columns):
                handle.append(list(row))

    def finish(self, name: str) -> None:
        """Close a table's file once all its rows are written (xlsx books are saved by ``finalise``)."""
        kind, handle, _ = self._writers.pop(name)
        if kind in ("csv", "jsonl", "parquet"):
            handle.close()

    def finalise(self) -> None:
        """Save the spreadsheets, whose sheets are tables of their own: before the leak check reads them."""
        for key in [k for k, w in self._writers.items() if w[0] == "xlsx-book"]:
            _, wb, dest = self._writers.pop(key)
            wb.save(dest)

    def discard(self, name: str) -> None:
        out = self.tables.pop(name, None)
        w = self._writers.pop(name, None)
        if w is not None and w[0] in ("csv", "jsonl", "parquet"):
            try:
                w[1].close()
            except Exception:
                pass
        if out is not None and out.info.fmt != "xlsx":
            self._file(out.info).unlink(missing_ok=True)

    @property
    def scan_url(self) -> str:
        return str(self.stage)

    scan_include: tuple[str, ...] = ()

    def location(self, loc: dict) -> tuple[str, str] | None:
        """(table, column) of a finding in the staged files, named as the source's tables are."""
        rel, column = loc.get("path"), loc.get("column")
        if rel is None or column is None:
            return None
        rel, column = str(rel), str(column)
        if self.single:  # the staged file has the target's name; its tables, the source file's
            rel = self.source_file
        if rel.casefold().endswith(".xlsx") and "!" in column:
            sheet, _, column = column.partition("!")
            return f"{rel}!{sheet}", column
        return rel, column

    def commit(self) -> None:
        self.finalise()
        if self.single:
            files = [p for p in self.stage.iterdir() if p.is_file()]
            if self.path.exists() and not self.overwrite:
                raise TargetError(f"target {self.path} exists: use --overwrite to replace it")
            if files:
                os.replace(files[0], self.path)
            shutil.rmtree(self.stage, ignore_errors=True)
        elif self.path.exists():
            if not self.overwrite:
                raise TargetError(f"target {self.path} exists: use --overwrite to replace it")
            if _exchange(self.stage, self.path):
                shutil.rmtree(self.stage, ignore_errors=True)  # now holds the old folder
            else:
                aside = self.path.with_name(f".{self.path.name}.nordpii-old-{secrets.token_hex(4)}")
                os.rename(self.path, aside)
                os.rename(self.stage, self.path)
                shutil.rmtree(aside, ignore_errors=True)
        else:
            os.rename(self.stage, self.path)
        _fsync_dir(self.path.parent if str(self.path.parent) else Path("."))
        self._unlock()

    def abort(self) -> None:
        for w in list(self._writers.values()):
            if w[0] in ("csv", "jsonl", "parquet"):
                try:
                    w[1].close()
                except Exception:
                    pass
        self._writers.clear()
        if self.stage is not None and self.stage.exists():
            shutil.rmtree(self.stage, ignore_errors=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    @staticmethod
    def error(e: BaseException) -> str:
        return FileReader.error(e)


