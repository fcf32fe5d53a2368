"""File source: the files under a local path (a folder or one file), read-only.

The same interface as ``DatabaseSource``: ``open()``, ``samples()`` yielding
``Sample`` or ``ScanError``, ``close()``, ``stats``, ``kind`` ("files").

Walk: deterministic (entries sorted by name), include/exclude globs matched
case-insensitively against the path relative to the root (``*`` crosses
``/``, so ``*.csv`` matches at any depth and ``archive/*`` excludes a whole
folder). Files larger than ``max_file_size`` are skipped and listed in
``skipped`` (not errors: nothing went wrong). Symbolic links are not followed
unless ``follow_symlinks``; when they are, every directory is entered at most
once (tracked by ``(st_dev, st_ino)``), so a link loop cannot hang the walk.
Only regular files are opened (never a FIFO or a device), read-only, with
``O_NOATIME`` where the kernel allows it; nothing is ever written.

Units, by extension:

- ``.csv``, ``.tsv``: one unit per column, location ``{"path", "column"}``
  (the header's name, or the 1-based column number when there is no header);
  delimiter and header sniffed on the first 64 kB (``csv.Sniffer`` plus a
  fallback); rows sampled deterministically.
- ``.json``: one unit per key path (``$.customer.email``, arrays as
  ``[*]``), location ``{"path", "column": key path}``; ``.jsonl`` /
  ``.ndjson``: the same over sampled records (lines).
- anything else that decodes as text (txt, log, md, unknown text): one unit per
  file whose values are its non-empty lines; ``Sample.lines`` holds their line
  numbers, so the scan adds the first line where an entity was found
  (location ``{"path", "line"}``).

Encodings are detected on the first 64 kB, not guessed: a byte-order mark
(UTF-8, UTF-16, UTF-32) decides; otherwise valid UTF-8 is UTF-8; otherwise
charset-normalizer chooses between Windows-1252 and Latin-1 (the exports of
Nordic systems) and rejects bytes that read as neither. Binary content (NUL
bytes, known binary magic numbers, or no plausible decoding) is a
``ScanError`` ("unreadable: binary or unknown encoding") and the walk goes on.

Sampling is deterministic: a reservoir of ``sample_size`` lines, rows or
records, drawn with ``random.Random`` seeded from ``seed`` and the relative
path, in one streaming pass over at most ``read_cap`` bytes of the file.

A line-oriented file (text, csv/tsv, jsonl) larger than ``read_cap`` that
can seek (a local, SMB or S3 file; not a ``.gz`` stream or a zip member) is
sampled over its whole length rather than read from the start only
(``window_plan``): its head (the header, the sniffed dialect and encoding,
lines with their exact numbers) and ``SAMPLE_WINDOWS`` windows at fixed,
evenly spaced offsets (a function of the size alone, the last ending at the
end of the file), ``read_cap`` bytes in all.  Each window drops the bytes up
to its first line break and the line its end cuts, so only whole lines are
read; breaks are found on the encoding's code units (two or four bytes,
aligned to the start of the file, for UTF-16 and UTF-32).  A line from a
window has no known line number: it carries its byte offset instead
(``Sample.offsets``), and the scan reports ``offset``, never a guessed
``line``.  CSV rows of a window whose field count differs from the head's
(a line break inside a quoted field) are dropped.  A stream that cannot
seek keeps the bounded read of its first ``read_cap`` bytes
(``files_truncated``).
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import functools
import gzip
import io
import json
import logging
import os
import random
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scanner.models import RetentionCount, Sample, ScanError, Unit
from scanner.sources.database import SourceError

log = logging.getLogger(__name__)

HEAD_BYTES = 64 * 1024  # what encoding, delimiter and header sniffing look at
DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024
DEFAULT_READ_CAP = 32 * 1024 * 1024  # bytes read from one file, at most
# A seekable line-oriented file larger than the read cap is sampled: its head
# plus this many windows spread evenly over the rest, none smaller than
# MIN_WINDOW bytes (fewer windows when the cap is small).
SAMPLE_WINDOWS = 64
MIN_WINDOW = 16 * 1024
TEXT_CANDIDATES = ["cp1252", "latin_1"]  # single-byte encodings charset-normalizer may choose
UNREADABLE = "unreadable: binary or unknown encoding"

TABULAR = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
JSON_DOC = {".json"}
JSON_LINES = {".jsonl", ".ndjson"}
# Formats of the issue that are not read yet: an honest error, not a silent skip.
NOT_YET = {".xls", ".doc", ".odt", ".ods", ".7z", ".rar", ".tgz", ".bz2", ".xz"}
READ_WHOLE = {".gz", ".docx", ".eml", ".pdf", ".parquet"}  # not read inside an archive
MAX_PDF_PAGES = 500
ZIP = {".zip"}
XLSX = {".xlsx", ".xlsm"}
# Containers: expanded bytes per compressed byte, above which a file is not read
# (a decompression bomb), unless it stays under MIN_EXPANSION_LIMIT in all.
MAX_RATIO = 100
MIN_EXPANSION_LIMIT = 1024 * 1024
MAX_MEMBERS = 10_000
MAGIC = (  # binary formats recognised by their first bytes
    (b"SQLite format 3\x00", "an SQLite database (scan it as sqlite:///PATH)"),
    (b"%PDF-", None), (b"PK\x03\x04", None), (b"\x1f\x8b", None), (b"\x89PNG", None),
    (b"\xff\xd8\xff", None), (b"GIF8", None), (b"PAR1", None), (b"\x7fELF", None),
    (b"\xd0\xcf\x11\xe0", None),
)
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_KEY = re.compile(r"^[\w-]+$")


class Unreadable(Exception):
    """A file that cannot be read as any supported format; the message is one line."""


def _mostly_utf8(head: bytes) -> bool:
    """True for UTF-8 with a few broken sequences (a line cut mid-character,
    a stray byte): its valid multi-byte characters outnumber the invalid
    bytes four to one.  Windows-1252 and Latin-1 text almost never forms a
    valid UTF-8 sequence ("Förnamn": 0xF6 then "r"), so it keeps its own
    codec; a UTF-8 file read as one of those would turn every å into "Ã¥".

    >>> _mostly_utf8("Göteborg, Malmö, Västerås\\n".encode() + b"trasig \\xc3 rad\\n")
    True
    >>> _mostly_utf8("Göteborg, Malmö\\n".encode("cp1252"))
    False
    """
    text = head.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid  # non-ASCII characters, in C
    return valid >= 2 and valid >= 4 * invalid


def detect_encoding(head: bytes, *, truncated: bool) -> str:
    """The encoding of a file whose first bytes are ``head``; ``Unreadable`` if none.

    >>> detect_encoding("Åsa;Öberg\\n".encode("utf-8"), truncated=False)
    'utf-8'
    >>> detect_encoding(codecs.BOM_UTF16_LE + "Åsa".encode("utf-16-le"), truncated=False)
    'utf-16'
    >>> detect_encoding("Förnamn;Efternamn\\nÅsa;Lindström\\n".encode("cp1252"), truncated=False)
    'cp1252'
    >>> detect_encoding(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", truncated=False)
    Traceback (most recent call last):
    ...
    scanner.sources.files.Unreadable: unreadable: binary or unknown encoding
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    for magic, message in MAGIC:
        if head.startswith(magic):
            raise Unreadable(f"unreadable: {message}" if message else UNREADABLE)
    if b"\x00" in head:
        raise Unreadable(UNREADABLE)
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        # a multi-byte character cut by the end of the head is still UTF-8
        if truncated and e.start >= len(head) - 3 and e.reason == "unexpected end of data":
            return "utf-8"
    if _mostly_utf8(head):
        return "utf-8"
    import charset_normalizer

    best = charset_normalizer.from_bytes(head, cp_isolation=TEXT_CANDIDATES).best()
    if best is None:
        raise Unreadable(UNREADABLE)
    return codecs.lookup(best.encoding).name


class _Prefixed(io.RawIOBase):
    """``head`` (already read) followed by the rest of ``raw``: no seek needed."""

    def __init__(self, head: bytes, raw: Any) -> None:
        self.head, self.raw = memoryview(head), raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        return self.raw.readinto(buffer) or 0


class _Bounded(io.RawIOBase):
    """A decompressed stream that fails (``Unreadable``) past ``limit`` bytes:
    a member larger than it declared, or a decompression bomb."""

    def __init__(self, raw: Any, limit: int, rel: str) -> None:
        self.raw, self.limit, self.read_so_far, self.rel = raw, limit, 0, rel

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer) or 0
        self.read_so_far += n
        if self.read_so_far > self.limit:
            raise Unreadable(f"unreadable: expands beyond {self.limit} bytes (expansion ratio over "
                             f"{MAX_RATIO}, or more than declared): not read")
        return n


class _Capped(io.RawIOBase):
    """A raw reader that stops after ``cap`` bytes."""

    def __init__(self, raw: Any, cap: int) -> None:
        self.raw, self.left, self.truncated = raw, cap, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.left <= 0:
            if not self.truncated and self.raw.read(1):
                self.truncated = True
            return 0
        view = memoryview(buffer)[: min(len(buffer), self.left)]
        n = self.raw.readinto(view)
        self.left -= n or 0
        return n or 0


def window_plan(size: int, read_cap: int, width: int = 1) -> tuple[int, int, list[int]] | None:
    """(head bytes, window bytes, window offsets) for sampling a file of
    ``size`` bytes within ``read_cap``; None when the cap leaves no room for a
    window.  Offsets are multiples of ``width`` (the code unit), evenly spaced
    after the head, the last window ending at the end of the file; the head,
    the windows and their gaps never overlap.

    >>> head, length, starts = window_plan(2 * 1024**3, 32 * 1024**2)
    >>> head, length, len(starts), starts[0] == head, starts[-1] + length == 2 * 1024**3
    (516220, 516222, 64, True, True)
    >>> head + length * len(starts) <= 32 * 1024**2
    True
    >>> window_plan(10**6, 64 * 1024) is None  # the head takes the whole cap
    True
    """
    head = max(HEAD_BYTES, read_cap // (SAMPLE_WINDOWS + 1)) // 4 * 4
    rest = read_cap - head
    n = min(SAMPLE_WINDOWS, rest // MIN_WINDOW)
    if n < 1 or size <= read_cap:
        return None
    units = size // width  # whole code units: a trailing odd byte is not text
    head_u, length_u = head // width, rest // n // width
    span = units - head_u - length_u  # >= (n - 1) * length_u, since size > read_cap
    starts = [(head_u + (span * i // (n - 1) if n > 1 else span)) * width for i in range(n)]
    return head, length_u * width, starts


def _codec_without_bom(encoding: str, head: bytes) -> str:
    """The codec that decodes bytes from the middle of a file: no byte-order
    mark there, so its byte order comes from the one at the start.

    >>> _codec_without_bom("utf-16", codecs.BOM_UTF16_BE), _codec_without_bom("utf-8-sig", b"")
    ('utf-16-be', 'utf-8')
    """
    if encoding == "utf-8-sig":
        return "utf-8"
    if encoding in ("utf-16", "utf-32"):
        if head.startswith(codecs.BOM_UTF32_LE if encoding == "utf-32" else codecs.BOM_UTF16_LE):
            return encoding + "-le"
        return encoding + "-be"
    return encoding


class _LineBreaks:
    """Line breaks (``\\r\\n``, ``\\r``, ``\\n``, as ``newline=""`` reads them)
    in the bytes of one encoding, found on its code units."""

    def __init__(self, codec: str) -> None:
        self.codec = codec
        self.width = len("\n".encode(codec))
        self.pattern = re.compile(b"|".join(re.escape(b.encode(codec)) for b in ("\r\n", "\r", "\n")))

    def find(self, data: bytes, base: int) -> Iterator[tuple[int, int]]:
        """(start, end) in ``data`` of each break; ``base`` is ``data``'s file
        offset, so a multi-byte break counts only on a code-unit boundary.

        >>> list(_LineBreaks("utf-8").find(b"a\\r\\nb\\rc\\n", 0))
        [(1, 3), (4, 5), (6, 7)]
        >>> utf16 = _LineBreaks("utf-16-le")
        >>> data = "\\u0a00\\u0a00x\\n".encode("utf-16-le")  # bytes 00 0a 00 0a ...: no break but the last
        >>> list(utf16.find(data, 0)), list(utf16.find(data[1:], 1))
        ([(6, 8)], [(5, 7)])
        """
        if self.width == 1:
            for m in self.pattern.finditer(data):
                yield m.start(), m.end()
            return
        pos = 0
        while (m := self.pattern.search(data, pos)) is not None:
            if (base + m.start()) % self.width:
                pos = m.start() + 1
                continue
            yield m.start(), m.end()
            pos = m.end()

    def last_end(self, data: bytes) -> int:
        """Where the last complete line of ``data`` (read from the file's
        start) ends; 0 when there is no break."""
        end = 0
        for _, end in self.find(data, 0):
            pass
        return end


def _read_fully(fh: Any, n: int) -> bytes:
    """Up to ``n`` bytes: fewer only at the end of the file."""
    parts, left = [], n
    while left > 0:
        chunk = fh.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _read_at(fh: Any, start: int, n: int) -> bytes:
    """Up to ``n`` bytes from offset ``start``, read from beneath ``fh``'s
    buffer (its ``raw`` file) when it has one: a buffered reader reads ahead
    after every seek (8 kB here, 64 kB over SMB, a block on S3), and the
    windows of a sampled file are many seeks; read this way, a sampled file
    costs its ``read_cap`` and not a byte more.  ``fh`` itself is not read
    from again afterwards, or is sought first."""
    raw = getattr(fh, "raw", None) or fh
    raw.seek(start)
    return _read_fully(raw, n)


def _seekable(fh: Any) -> bool:
    try:
        return bool(fh.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def reservoir(items: Iterable[Any], k: int, rng: random.Random) -> list[tuple[int, Any]]:
    """``k`` of ``items`` chosen uniformly in one pass (algorithm R), as
    ``(index, item)`` in their original order.

    >>> reservoir("abcdef", 10, random.Random(0))
    [(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd'), (4, 'e'), (5, 'f')]
    >>> [i for i, _ in reservoir(range(1000), 3, random.Random(0))] == \\
    ...     [i for i, _ in reservoir(range(1000), 3, random.Random(0))]
    True
    """
    kept: list[tuple[int, Any]] = []
    for i, item in enumerate(items):
        if i < k:
            kept.append((i, item))
        else:
            j = rng.randrange(i + 1)
            if j < k:
                kept[j] = (i, item)
    kept.sort(key=lambda x: x[0])
    return kept


def local_root(url: str) -> str:
    """The local path named by ``url`` (a path, or a ``file://`` URL).

    >>> local_root("file:///srv/share/hr%20data")
    '/srv/share/hr data'
    >>> local_root("exports/2026")
    'exports/2026'
    """
    if url.startswith("file://"):
        return unquote(urlsplit(url).path)
    return url


class FileSource:
    """Every selected file under a local folder (or one file), unit by unit.

    >>> src = FileSource("/nowhere/at/all")
    >>> src.kind, src.source
    ('files', '/nowhere/at/all')
    """

    kind = "files"

    def __init__(self, root: str, *, include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
                 sample_size: int = 1000, seed: int = 0, max_file_size: int = DEFAULT_MAX_FILE_SIZE,
                 follow_symlinks: bool = False, max_value_chars: int = 4096,
                 read_cap: int = DEFAULT_READ_CAP):
        if sample_size < 1:
            raise ValueError("sample_size must be at least 1")
        if max_value_chars < 1:
            raise ValueError("max_value_chars must be at least 1")
        self.source = str(root)
        self.root = Path(local_root(str(root))).expanduser()
        if isinstance(include, str):
            include = (include,)
        if isinstance(exclude, str):
            exclude = (exclude,)
        self.include = tuple(p.casefold() for p in include)
        self.exclude = tuple(p.casefold() for p in exclude)
        self.sample_size = sample_size
        self.seed = seed
        self.max_file_size = max_file_size
        self.follow_symlinks = follow_symlinks
        self.max_value_chars = max_value_chars
        self.read_cap = read_cap
        self.max_expanded = max(read_cap, max_file_size) * 4  # an archive's declared total, at most
        self.stats: dict[str, int] = {}
        self.skipped: list[tuple[str, str]] = []  # (relative path, reason): not scanned, not errors
        self._opened = False

    # -- lifecycle ---------------------------------------------------------

    def __enter__(self) -> FileSource:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Check the root; ``SourceError`` with a one-line reason if it cannot be read."""
        try:
            st = self.root.stat()
        except FileNotFoundError:
            raise SourceError(f"cannot open {self.source}: no such file or directory") from None
        except OSError as e:
            raise SourceError(f"cannot open {self.source}: {e.strerror or e}") from None
        if stat.S_ISDIR(st.st_mode):
            if not os.access(self.root, os.R_OK | os.X_OK):
                raise SourceError(f"cannot open {self.source}: permission denied")
        elif stat.S_ISREG(st.st_mode):
            if not os.access(self.root, os.R_OK):
                raise SourceError(f"cannot open {self.source}: permission denied")
        else:
            raise SourceError(f"cannot open {self.source}: not a regular file or a folder")
        self._opened = True

    def close(self) -> None:
        self._opened = False

    def retention_counts(self, rules: Any, now: Any) -> Iterator[RetentionCount | ScanError]:
        """Retention rules name tables and columns: files have none."""
        return iter(())

    # -- walking -------------------------------------------------------------

    def _selected(self, rel: str) -> bool:
        name = rel.casefold()
        base = name.rsplit("/", 1)[-1]

        def matches(patterns: tuple[str, ...]) -> bool:
            return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(base, p) for p in patterns)

        return (not self.include or matches(self.include)) and not matches(self.exclude)

    def _count(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    # The file-system operations, overridden by SmbSource.

    def _root(self) -> tuple[Any, str, os.stat_result]:
        """(path, name, stat) of the root."""
        return self.root, self.root.name, self.root.stat()

    def _scandir(self, folder: Any) -> list:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)

    def _entry_stat(self, entry: Any, link: bool) -> os.stat_result:
        return os.stat(entry.path) if link else entry.stat(follow_symlinks=False)

    def _child(self, entry: Any) -> Any:
        return Path(entry.path)

    def files(self) -> Iterator[tuple[str, Any, int] | ScanError]:
        """(relative path, path, size) of every selected regular file, sorted
        depth-first by name; a ``ScanError`` for a folder that cannot be listed."""
        root, name, st = self._root()
        if not stat.S_ISDIR(st.st_mode):
            yield from self._file(name, root, st)
            return
        visited: set[tuple[int, int]] = {(st.st_dev, st.st_ino)}
        yield from self._walk(root, "", visited)

    def _file(self, rel: str, path: Any, st: os.stat_result) -> Iterator[tuple[str, Path, int]]:
        if not self._selected(rel):
            self._count("files_excluded")
            return
        if st.st_size > self.max_file_size:
            self._count("files_too_large")
            self.skipped.append((rel, f"larger than the maximum file size ({st.st_size} > {self.max_file_size} bytes)"))
            return
        yield rel, path, st.st_size

    def _walk(self, folder: Path, prefix: str, visited: set[tuple[int, int]]) -> Iterator:
        try:
            entries = self._scandir(folder)
        except OSError as e:
            yield ScanError(self.source, {"path": prefix.rstrip("/") or "."}, f"cannot list folder: {e.strerror or e}")
            return
        for entry in entries:
            rel = prefix + entry.name
            path = self._child(entry)
            try:
                link = entry.is_symlink()
                if link and not self.follow_symlinks:
                    self._count("symlinks_skipped")
                    continue
                st = self._entry_stat(entry, link)
            except OSError:  # a dangling link, a file gone since the listing
                self._count("unreadable_entries")
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in visited:  # a link back to a folder already walked: a loop or a duplicate
                    self._count("symlink_loops")
                    continue
                visited.add(key)
                yield from self._walk(path, rel + "/", visited)
            elif stat.S_ISREG(st.st_mode):
                yield from self._file(rel, path, st)
            else:  # FIFOs, sockets, devices: opening one could block or have effects
                self._count("special_files_skipped")

    # -- sampling ------------------------------------------------------------

    def samples(self) -> Iterator[Sample | ScanError]:
        """The units of every selected file, file by file; a ``ScanError`` for
        a file that cannot be read, then the next file."""
        self.stats = {"files": 0}
        self.skipped = []
        for item in self.files():
            if isinstance(item, ScanError):
                yield item
                continue
            yield from self.read_file(*item)

    def read_file(self, rel: str, path: Any, size: int) -> list[Sample | ScanError]:
        """The units of one file that ``files()`` listed, or the one
        ``ScanError`` that stopped it; counted in ``stats``.  The scan calls
        this in worker processes, file by file (``scanner.scan``)."""
        self._count("files")
        items = self._guarded(rel, lambda: self._read(rel, path, size))
        if isinstance(items, ScanError):
            return [items]
        self._count("files_scanned")
        return items

    def _guarded(self, rel: str, read: Any) -> list[Sample | ScanError] | ScanError:
        """Everything ``read()`` yields, or one ``ScanError`` for ``rel`` if it fails."""
        try:
            return list(read())
        except Unreadable as e:
            return ScanError(self.source, {"path": rel}, str(e))
        except PermissionError:
            return ScanError(self.source, {"path": rel}, "cannot read: permission denied")
        except OSError as e:
            return ScanError(self.source, {"path": rel}, f"cannot read: {e.strerror or e}")
        except (csv.Error, ValueError, UnicodeError, RecursionError, EOFError, zipfile.BadZipFile,
                KeyError) as e:
            return ScanError(self.source, {"path": rel}, f"cannot parse: {_one_line(e)}")

    def _open(self, path: Any) -> Any:
        """Open read-only, without updating the access time where allowed."""
        flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
        noatime = getattr(os, "O_NOATIME", 0)
        try:
            fd = os.open(path, flags | noatime)
        except PermissionError:
            if not noatime:
                raise
            fd = os.open(path, flags)  # O_NOATIME needs ownership; plain read-only then
        return io.open(fd, "rb", closefd=True)

    def _rng(self, rel: str) -> random.Random:
        return random.Random(f"{self.seed}:{rel}")

    def _cap(self, value: str) -> str:
        return value[: self.max_value_chars].strip()

    def _read(self, rel: str, path: Any, size: int) -> Iterator[Sample | ScanError]:
        suffix = os.path.splitext(rel)[1].casefold()
        if suffix in NOT_YET:
            raise Unreadable(f"unsupported format: {suffix} files are not scanned yet")
        with self._open(path) as fh:
            if suffix == ".gz":
                inner = rel[: -len(suffix)]
                with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                    bounded = _Bounded(gz, max(MAX_RATIO * size, MIN_EXPANSION_LIMIT), rel)
                    yield from self._read_stream(rel, io.BufferedReader(bounded), None,
                                                 os.path.splitext(inner)[1].casefold(), inner=True)
            elif suffix in ZIP:
                yield from self._zip(rel, fh, size)
            elif suffix in XLSX:
                yield from self._xlsx(rel, fh, size)
            elif suffix == ".docx":
                yield from self._docx(rel, fh, size)
            elif suffix == ".eml":
                yield from self._eml(rel, fh)
            elif suffix == ".pdf":
                yield from self._pdf(rel, fh)
            elif suffix == ".parquet":
                yield from self._parquet(rel, fh)
            else:
                yield from self._read_stream(rel, fh, size, suffix)

    def _read_stream(self, rel: str, fh: Any, size: int | None, suffix: str,
                     inner: bool = False) -> Iterator[Sample]:
        """A file's units from the byte stream ``fh`` (read from its start,
        once); ``size`` None when unknown (a decompressed stream)."""
        if inner and (suffix in NOT_YET or suffix in ZIP or suffix in XLSX or suffix in READ_WHOLE):
            raise Unreadable(f"unsupported format: {suffix} inside an archive")
        sampled = size is not None and size > self.read_cap and not inner and suffix not in JSON_DOC and _seekable(fh)
        head = _read_at(fh, 0, HEAD_BYTES) if sampled else fh.read(HEAD_BYTES)
        if not head:
            return
        encoding = detect_encoding(head, truncated=size is None or size > len(head))
        head_text = head.decode(encoding, errors="ignore")
        windows: Iterator[list[tuple[int, str]]] | None = None
        plan = None
        if sampled:
            breaks = _LineBreaks(_codec_without_bom(encoding, head))
            plan = window_plan(size, self.read_cap, breaks.width)
            if plan is None:
                fh.seek(len(head))  # read on from the head, through the buffer
        if plan is not None:  # sampled over the whole file: the head, then the windows
            head_len, length, starts = plan
            whole_head = head + _read_at(fh, len(head), head_len - len(head))
            cut = breaks.last_end(whole_head) or len(whole_head)  # the line the head's end cuts is left out
            capped = None
            text = io.TextIOWrapper(io.BytesIO(whole_head[:cut]), encoding=encoding, errors="replace", newline="")
            windows = self._windows(fh, size, length, starts, breaks)
        else:
            capped = _Capped(_Prefixed(head, fh), self.read_cap)
            text = io.TextIOWrapper(io.BufferedReader(capped), encoding=encoding, errors="replace", newline="")
        if suffix in TABULAR:
            yield from self._tabular(rel, text, head_text, TABULAR[suffix], windows)
        elif suffix in JSON_DOC:
            document = text.read()
            if capped.truncated:
                raise Unreadable(f"unreadable: a JSON document larger than {self.read_cap} bytes")
            yield from self._json(rel, document)
        elif suffix in JSON_LINES:
            lines = _lines(text)
            if windows is not None:
                lines = _chain(lines, (line for window in windows for _, line in window))
            yield from self._json_lines(rel, lines)
        else:
            window = head_text[:4096]
            if len(_CONTROL.findall(window)) > max(4, len(window) // 100):  # text, but not really
                raise Unreadable(UNREADABLE)
            items: Iterator[tuple[int | None, int | None, str]] = (
                (number, None, line) for number, line in enumerate(_lines(text), start=1))
            if windows is not None:
                items = _chain(items, ((None, offset, line) for window in windows for offset, line in window))
            yield from self._text_items(rel, items)
        if plan is not None:
            self._count("files_sampled")
        elif capped.truncated:
            self._count("files_truncated")

    def _windows(self, fh: Any, size: int, length: int, starts: list[int],
                 breaks: _LineBreaks) -> Iterator[list[tuple[int, str]]]:
        """The whole lines of each window, as (byte offset, text): the bytes
        up to the first break are dropped (a line cut by the window's start),
        and so is the line cut by its end, unless the window ends the file."""
        for start in starts:
            data = _read_at(fh, start, length)
            at_end = len(data) < length or start + len(data) >= size
            lines: list[tuple[int, str]] = []
            begin: int | None = None
            for b_start, b_end in breaks.find(data, start):
                if begin is not None:
                    lines.append((start + begin, data[begin:b_start].decode(breaks.codec, errors="replace")))
                begin = b_end
            if begin is not None and at_end and begin < len(data) - (len(data) % breaks.width):
                tail = data[begin:len(data) - len(data) % breaks.width]
                lines.append((start + begin, tail.decode(breaks.codec, errors="replace")))
            yield lines

    def _check_zip(self, rel: str, zf: zipfile.ZipFile, size: int) -> list[zipfile.ZipInfo]:
        """The archive's file members, sorted; ``Unreadable`` when it declares
        more than the limits allow (members, total size, expansion ratio)."""
        members = sorted((m for m in zf.infolist() if not m.is_dir()), key=lambda m: m.filename)
        if len(members) > MAX_MEMBERS:
            raise Unreadable(f"unreadable: more than {MAX_MEMBERS} members in the archive")
        total = sum(m.file_size for m in members)
        if total > self.max_expanded:
            raise Unreadable(f"unreadable: expands to {total} bytes, over the limit of {self.max_expanded}")
        if total > max(MAX_RATIO * size, MIN_EXPANSION_LIMIT):
            raise Unreadable(f"unreadable: expansion ratio over {MAX_RATIO} (a decompression bomb?)")
        return members

    def _zip(self, rel: str, fh: Any, size: int) -> Iterator[Sample | ScanError]:
        """Each member of a zip archive as a file of its own, at ``archive.zip/member``."""
        with zipfile.ZipFile(fh) as zf:
            for member in self._check_zip(rel, zf, size):
                name = f"{rel}/{member.filename}"
                if not self._selected(name):
                    self._count("files_excluded")
                    continue
                if member.flag_bits & 0x1:
                    yield ScanError(self.source, {"path": name}, "unreadable: encrypted")
                    continue
                if member.file_size > self.max_file_size:
                    self._count("files_too_large")
                    self.skipped.append((name, f"larger than the maximum file size "
                                               f"({member.file_size} > {self.max_file_size} bytes)"))
                    continue
                suffix = os.path.splitext(member.filename)[1].casefold()

                def read(member: zipfile.ZipInfo = member, name: str = name, suffix: str = suffix) -> Iterator:
                    with zf.open(member) as inner:
                        bounded = _Bounded(inner, member.file_size, name)
                        yield from self._read_stream(name, io.BufferedReader(bounded), member.file_size,
                                                     suffix, inner=True)

                items = self._guarded(name, read)
                if isinstance(items, ScanError):
                    yield items
                else:
                    self._count("archive_members_scanned")
                    yield from items

    def _column(self, kept, i: int) -> tuple[tuple[str, ...], int]:
        """Column ``i`` of the sampled rows: its capped non-empty values, and
        how many rows had it empty or missing."""
        values, empty = [], 0
        for _, row in kept:
            value = self._cap(row[i]) if i < len(row) else ""
            if value:
                values.append(value)
            else:
                empty += 1
        return tuple(values), empty

    def _office_zip(self, rel: str, fh: Any, size: int, kind: str) -> io.BytesIO:
        """An Office Open XML file's bytes, its archive limits checked before
        any library expands it; an OLE2 file here is encrypted or legacy."""
        data = fh.read(self.max_file_size + 1)
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise Unreadable(f"unreadable: encrypted or a legacy binary {kind}")
        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer) as zf:
            self._check_zip(rel, zf, size)
        return buffer

    def _docx(self, rel: str, fh: Any, size: int) -> Iterator[Sample]:
        """Paragraphs as a text unit (``line`` = paragraph number); each table
        one unit per column, ``{"path", "column": "table N!Header"}``."""
        try:
            import docx
        except ImportError:
            raise Unreadable("unsupported format: .docx needs python-docx (pip install python-docx)") from None
        document = docx.Document(self._office_zip(rel, fh, size, "document"))
        yield from self._text(rel, (p.text for p in document.paragraphs))
        for number, table in enumerate(document.tables, start=1):
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            rows = [r for r in rows if any(c.strip() for c in r)]
            if not rows:
                continue
            first = [c.strip() for c in rows[0]]
            named = looks_like_header(first)
            body = rows[1:] if named else rows
            kept = reservoir(body, self.sample_size, self._rng(f"{rel}!{number}"))
            width = max([len(first) if named else 0] + [len(r) for _, r in kept])
            for i, name in enumerate(column_names(first if named else [], width)):
                values, empty = self._column(kept, i)
                unit = Unit(source=self.source, location={"path": rel, "column": f"table {number}!{name}"},
                            name=name if isinstance(name, str) else "")
                yield Sample(unit=unit, values=values, empty=empty)

    def _eml(self, rel: str, fh: Any) -> Iterator[Sample]:
        """Each header (``From``, ``To``, ``Subject``, ...) one unit,
        ``{"path", "column": "header:From"}``; the text bodies (plain, and
        HTML without its tags) one text unit whose ``line`` counts body lines.
        Attachments are counted in stats, not read."""
        import email
        import email.policy

        message = email.message_from_binary_file(fh, policy=email.policy.default)
        if not message.keys():
            raise Unreadable("cannot parse: not an e-mail message (no headers)")
        headers: dict[str, list[str]] = {}
        for key, value in message.items():
            text = self._cap(str(value))
            if text:
                headers.setdefault(key.title(), []).append(text)
        for key in sorted(headers):
            unit = Unit(source=self.source, location={"path": rel, "column": f"header:{key}"}, name=key)
            yield Sample(unit=unit, values=tuple(headers[key][: self.sample_size]))
        body: list[str] = []
        for part in message.walk():
            if part.is_multipart():
                continue
            if part.is_attachment():
                self._count("attachments_not_scanned")
                continue
            if part.get_content_maintype() != "text":
                continue
            try:
                content = part.get_content()
            except (LookupError, UnicodeError):
                content = part.get_payload(decode=True).decode("latin-1", errors="replace")
            if part.get_content_subtype() == "html":
                content = _strip_html(content)
            body.extend(content.splitlines())
        yield from self._text(rel, body)

    def _pdf(self, rel: str, fh: Any) -> Iterator[Sample]:
        """The extracted text of at most ``MAX_PDF_PAGES`` pages, one text
        unit whose ``line`` counts lines of that text."""
        try:
            from pdfminer.high_level import extract_text
        except ImportError:
            raise Unreadable("unsupported format: .pdf needs pdfminer.six (pip install pdfminer.six)") from None
        data = io.BytesIO(fh.read(self.max_file_size + 1))
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        try:
            text = extract_text(data, maxpages=MAX_PDF_PAGES)
        except Exception as e:  # pdfminer's own exceptions: encrypted, broken
            name = type(e).__name__
            if "Password" in name or "Encrypt" in name:
                raise Unreadable("unreadable: encrypted") from None
            raise Unreadable(f"cannot parse: not a readable PDF ({name})") from None
        if not text.strip():  # scanned pages: whatever they show is not read, and the report says so
            raise Unreadable("unreadable: a PDF without a text layer (scanned pages? nordpii does no OCR)")
        yield from self._text(rel, text.splitlines())

    def _parquet(self, rel: str, fh: Any) -> Iterator[Sample]:
        """One unit per column, ``{"path", "column"}``; ``sample_size`` rows
        chosen at random (seeded), read row group by row group, so a large
        file is never read whole. Floating-point, boolean and nested columns
        are skipped, as in databases."""
        try:
            import pyarrow.parquet as pq
            import pyarrow.types as pt
        except ImportError:
            raise Unreadable("unsupported format: .parquet needs pyarrow (pip install 'nordpii[parquet]')") from None
        try:
            pf = pq.ParquetFile(fh)
        except Exception as e:  # pyarrow's ArrowInvalid and friends
            raise Unreadable(f"cannot parse: not a readable Parquet file ({_one_line(e)})") from None
        schema = pf.schema_arrow
        columns = [f.name for f in schema if not (pt.is_floating(f.type) or pt.is_boolean(f.type)
                                                   or pt.is_nested(f.type) or pt.is_dictionary(f.type)
                                                   and pt.is_floating(f.type.value_type))]
        self._count("columns_skipped", len(schema) - len(columns))
        rows = pf.metadata.num_rows
        rng = self._rng(rel)
        chosen = sorted(rng.sample(range(rows), self.sample_size)) if rows > self.sample_size else list(range(rows))
        values: dict[str, list[str]] = {c: [] for c in columns}
        empty: dict[str, int] = {c: 0 for c in columns}
        start, k = 0, 0
        for group in range(pf.num_row_groups):
            n = pf.metadata.row_group(group).num_rows
            wanted = []
            while k < len(chosen) and chosen[k] < start + n:
                wanted.append(chosen[k] - start)
                k += 1
            start += n
            if not wanted or not columns:
                continue
            table = pf.read_row_group(group, columns=columns).take(wanted)
            for name in columns:
                for value in table.column(name).to_pylist():
                    text = _cell_text(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
                    text = self._cap(text)
                    if text:
                        values[name].append(text)
                    else:
                        empty[name] += 1
        for name in columns:
            unit = Unit(source=self.source, location={"path": rel, "column": name}, name=name,
                        sql_type=str(schema.field(name).type))
            yield Sample(unit=unit, values=tuple(values[name]), empty=empty[name])

    def _xlsx(self, rel: str, fh: Any, size: int) -> Iterator[Sample]:
        """One unit per sheet and column: ``{"path", "column": "Sheet!Header"}``."""
        try:
            import openpyxl
        except ImportError:
            raise Unreadable("unsupported format: .xlsx needs openpyxl (pip install openpyxl)") from None
        wb = openpyxl.load_workbook(self._office_zip(rel, fh, size, "workbook"), read_only=True, data_only=True)
        try:
            for ws in wb.worksheets:
                rng = self._rng(f"{rel}!{ws.title}")
                rows = ([_cell_text(c) for c in row] for row in ws.iter_rows(values_only=True))
                rows = (r for r in rows if any(r))
                first = next(rows, None)
                if first is None:
                    continue
                cells = [c.strip() for c in first]
                named = looks_like_header(cells)
                header = cells if named else []
                kept = reservoir(rows if named else _chain([first], rows), self.sample_size, rng)
                width = max([len(header)] + [len(r) for _, r in kept])
                for i, name in enumerate(column_names(header, width)):
                    values, empty = self._column(kept, i)
                    label = name if isinstance(name, str) else _column_letter(i)
                    unit = Unit(source=self.source, location={"path": rel, "column": f"{ws.title}!{label}"},
                                name=name if isinstance(name, str) else "")
                    yield Sample(unit=unit, values=values, empty=empty)
        finally:
            wb.close()

    def _text(self, rel: str, source_lines: Iterable[str], location: dict | None = None) -> Iterator[Sample]:
        """One unit of the non-empty lines, sampled; ``Sample.lines`` their numbers."""
        numbered = ((number, None, line) for number, line in enumerate(source_lines, start=1))
        yield from self._text_items(rel, numbered, location)

    def _text_items(self, rel: str, items: Iterable[tuple[int | None, int | None, str]],
                    location: dict | None = None) -> Iterator[Sample]:
        """``_text`` over (line number, byte offset, line): a line of a sampled
        file's window has no number but an offset (``Sample.offsets``)."""
        empty = 0

        def lines() -> Iterator[tuple[int | None, int | None, str]]:
            nonlocal empty
            for number, offset, line in items:
                value = self._cap(line)
                if value:
                    yield number, offset, value
                else:
                    empty += 1

        location = location or {"path": rel}
        kept = reservoir(lines(), self.sample_size, self._rng(location_key(location)))
        if not kept and not empty:
            return
        unit = Unit(source=self.source, location=location, name="")
        offsets = tuple(o for _, (_, o, _) in kept)
        yield Sample(unit=unit, values=tuple(v for _, (_, _, v) in kept), empty=empty,
                     lines=tuple(n for _, (n, _, _) in kept),
                     offsets=offsets if any(o is not None for o in offsets) else ())

    def _tabular(self, rel: str, text: io.TextIOBase, head: str, default: str,
                 windows: Iterator[list[tuple[int, str]]] | None = None) -> Iterator[Sample]:
        dialect, has_header = sniff_csv(head, default)
        csv.field_size_limit(max(self.read_cap, 1 << 20))
        reader = csv.reader(text, dialect)
        header: list[str] | None = None
        if has_header:
            header = next(reader, None)
        rows: Iterator[list[str]] = (row for row in reader if any(c.strip() for c in row))
        if windows is not None:
            rows = _chain(rows, _window_rows(windows, dialect, _row_width(head, dialect, header)))
        kept = reservoir(rows, self.sample_size, self._rng(rel))
        width = max([len(header or [])] + [len(row) for _, row in kept])
        names = column_names(header or [], width)
        for i, name in enumerate(names):
            values, empty = self._column(kept, i)
            unit = Unit(source=self.source, location={"path": rel, "column": name},
                        name=name if isinstance(name, str) else "")
            yield Sample(unit=unit, values=values, empty=empty)

    def _json(self, rel: str, document: str) -> Iterator[Sample]:
        try:
            data = json.loads(document)
        except json.JSONDecodeError as e:
            raise Unreadable(f"cannot parse: not JSON ({e.msg}, line {e.lineno})") from None
        columns: dict[str, list[str]] = {}
        empties: dict[str, int] = {}
        for key, value in flatten(data):
            self._collect(columns, empties, key, value)
        rng = self._rng(rel)
        for key in sorted(columns.keys() | empties.keys()):
            values = columns.get(key, [])
            if len(values) > self.sample_size:
                values = [values[i] for i in sorted(rng.sample(range(len(values)), self.sample_size))]
            yield self._key_sample(rel, key, values, empties.get(key, 0))

    def _json_lines(self, rel: str, lines: Iterable[str]) -> Iterator[Sample]:
        bad = 0

        def records() -> Iterator[Any]:
            nonlocal bad
            for line in lines:
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    bad += 1

        kept = reservoir(records(), self.sample_size, self._rng(rel))
        if bad and not kept:
            raise Unreadable("cannot parse: no line is JSON")
        columns: dict[str, list[str]] = {}
        empties: dict[str, int] = {}
        for _, record in kept:
            for key, value in flatten(record):
                self._collect(columns, empties, key, value)
        for key in sorted(columns.keys() | empties.keys()):
            yield self._key_sample(rel, key, columns.get(key, []), empties.get(key, 0))

    def _collect(self, columns: dict, empties: dict, key: str, value: Any) -> None:
        text = "" if value is None or isinstance(value, (bool, float)) else self._cap(str(value))
        if text:
            columns.setdefault(key, []).append(text)
        else:
            empties[key] = empties.get(key, 0) + 1

    def _key_sample(self, rel: str, key: str, values: list[str], empty: int) -> Sample:
        name = key_name(key)
        unit = Unit(source=self.source, location={"path": rel, "column": key}, name=name)
        return Sample(unit=unit, values=tuple(values), empty=empty)


def key_name(key: str) -> str:
    """The last key of a key path, for column-name hints.

    >>> key_name("$.kunder[*].kontakt.e-post"), key_name('$["a b"][*]'), key_name("$[*]")
    ('e-post', 'a b', '')
    """
    m = re.search(r'(?:\.([\w-]+)|\[("(?:[^"\\]|\\.)*")\])(?:\[\*\])*$', key)
    if not m:
        return ""
    return m.group(1) if m.group(1) is not None else json.loads(m.group(2))


def _lines(text: io.TextIOBase) -> Iterator[str]:
    """Lines without their ends; ``\\n``, ``\\r\\n`` and ``\\r`` all end one."""
    for line in text:  # newline="" keeps the ends, and splits on \r, \n and \r\n
        yield line.rstrip("\r\n")


def _row_width(head: str, dialect: Any, header: list[str] | None) -> int:
    """The field count of the head's rows (the most common one), else the header's."""
    from collections import Counter

    lines = head.splitlines()[1 if header else 0:-1]  # without the header and the line the head cut
    widths = Counter(len(r) for r in csv.reader(lines, dialect) if any(c.strip() for c in r))
    if widths:
        return max(widths, key=lambda w: (widths[w], -w))
    return len(header or [])


def _window_rows(windows: Iterable[list[tuple[int, str]]], dialect: Any, width: int) -> Iterator[list[str]]:
    """The rows of each window of a sampled CSV file that have the head's
    field count: a window may start or end inside a quoted field."""
    for window in windows:
        for row in csv.reader((line for _, line in window), dialect):
            if len(row) == width and any(c.strip() for c in row):
                yield row


def looks_like_header(cells) -> bool:
    """Named cells: non-empty, unique, without digits or '@' (values have them)."""
    return all(cells) and len(set(cells)) == len(cells) and not any(re.search(r"[\d@]", c) for c in cells)


def sniff_csv(head: str, default: str) -> tuple[type[csv.Dialect] | csv.Dialect, bool]:
    """The dialect and whether the first row is a header, from the first 64 kB.

    >>> d, header = sniff_csv("Förnamn;Efternamn;Telefon\\nÅsa;Berg;070-123 45 67\\n", ",")
    >>> d.delimiter, header
    (';', True)
    >>> d, header = sniff_csv("1,2,3\\n4,5,6\\n", ",")
    >>> d.delimiter, header
    (',', False)
    """
    lines = head.splitlines()
    if len(lines) > 1 and not head.endswith(("\n", "\r")):
        lines = lines[:-1]  # the head cut a line in two
    sample = "\n".join(lines[:200]) + "\n"
    sniffer = csv.Sniffer()
    try:
        dialect: Any = sniffer.sniff(sample, delimiters=[",", ";", "\t", "|"])
    except csv.Error:
        first = lines[0] if lines else ""
        counts = {d: first.count(d) for d in (default, ";", ",", "\t", "|")}
        delimiter = max(counts, key=lambda d: (counts[d], d == default))
        dialect = type("Sniffed", (csv.excel,), {"delimiter": delimiter})
    rows = list(csv.reader(io.StringIO(sample), dialect))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return dialect, False
    first = [c.strip() for c in rows[0]]
    # A header: named cells (no digits, no '@', unique, non-empty) above rows
    # that hold something else; otherwise the sniffer's own judgement.
    named = looks_like_header(first)
    if named and any(re.search(r"[\d@]", c) for row in rows[1:] for c in row):
        return dialect, True
    hints = _column_hints()
    if named and len(rows) > 1 and any(hints.entities_for(c) or hints.is_negative(c) for c in first):
        return dialect, True  # a known column name (rules/column_hints.yaml): "Förnamn", "e-post"
    if not named:
        return dialect, False
    try:
        return dialect, sniffer.has_header(sample)
    except csv.Error:
        return dialect, False


@functools.lru_cache(maxsize=1)
def _column_hints():
    from scanner.detection import load_column_hints

    return load_column_hints()


def column_names(header: list[str], width: int) -> list[str | int]:
    """Header names, or the 1-based column number where a name is missing or repeated.

    >>> column_names(["Förnamn", "", "Förnamn"], 4)
    ['Förnamn', 2, 3, 4]
    """
    names: list[str | int] = []
    seen: set[str] = set()
    for i in range(width):
        name = header[i].strip() if i < len(header) else ""
        if name and name not in seen:
            names.append(name)
            seen.add(name)
        else:
            names.append(i + 1)
    return names


def flatten(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """(key path, scalar) for every scalar of a JSON value; arrays as ``[*]``.

    >>> list(flatten({"customer": {"email": "a@example.com", "tags": ["x", "y"]}, "n": 1}))
    [('$.customer.email', 'a@example.com'), ('$.customer.tags[*]', 'x'), ('$.customer.tags[*]', 'y'), ('$.n', 1)]
    >>> list(flatten({"a b": None}))
    [('$["a b"]', None)]
    """
    stack: list[tuple[str, Any]] = [(path, value)]
    out: list[tuple[str, Any]] = []
    while stack:  # iterative: a deeply nested document cannot exhaust the stack
        where, item = stack.pop()
        if isinstance(item, dict):
            for key in reversed(list(item)):
                k = str(key)
                sub = f"{where}.{k}" if _KEY.match(k) else f"{where}[{json.dumps(k, ensure_ascii=False)}]"
                stack.append((sub, item[key]))
        elif isinstance(item, list):
            for element in reversed(item):
                stack.append((f"{where}[*]", element))
        else:
            out.append((where, item))
    return iter(out)


def location_key(location: dict) -> str:
    """A stable text for a location, to seed its sample."""
    return json.dumps(location, sort_keys=True, ensure_ascii=False)


def _strip_html(html: str) -> str:
    """The text of an HTML body: tags dropped, blocks on lines of their own.

    >>> _strip_html("<p>Hej <b>Åsa</b></p><p>ring 070&nbsp;123</p>")
    'Hej Åsa\\nring 070\xa0123'
    """
    import html as _html

    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>", "\n", text)
    text = re.sub(r"<[^>]*>", "", text)
    return _html.unescape(text).strip()


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as text: integral numbers without ``.0``, dates in
    ISO 8601; booleans and other floats are not personal data as text."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _column_letter(index: int) -> str:
    """``A`` for 0, ``Z`` for 25, ``AA`` for 26.

    >>> _column_letter(0), _column_letter(25), _column_letter(26)
    ('A', 'Z', 'AA')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _chain(*iterables: Iterable[Any]) -> Iterator[Any]:
    for it in iterables:
        yield from it


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
