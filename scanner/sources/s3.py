"""S3 source: ``s3://bucket[/prefix]`` through fsspec's s3fs (the ``s3`` extra).

The walk, formats, encodings, sampling and locations are those of
``FileSource`` (``scanner/sources/files.py``), as for ``SmbSource``; only the
file-system operations differ. The prefix is a folder (``/``-delimited) or
one object; paths in the report are relative to it. Credentials come only
from the environment or the standard AWS configuration (``AWS_ACCESS_KEY_ID``
/ ``AWS_SECRET_ACCESS_KEY``, ``AWS_PROFILE``, ``~/.aws``, instance roles),
never from the URL: a URL holding any is refused, masked. The endpoint may be
overridden with ``NORDPII_S3_ENDPOINT_URL`` (S3-compatible stores, tests).
Only list, head and get calls are made; nothing is written.
"""

from __future__ import annotations

import io
import os
import stat
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote, urlsplit

from scanner.sources.database import SourceError
from scanner.sources.files import FileSource

ENDPOINT_ENV = "NORDPII_S3_ENDPOINT_URL"
_DIR = stat.S_IFDIR | 0o555
_REG = stat.S_IFREG | 0o444


def parse_s3_url(url: str) -> tuple[str, str]:
    """(bucket, key prefix) of an ``s3://`` URL; ``SourceError`` for a URL
    with credentials (masked in the message) or without a bucket.

    >>> parse_s3_url("s3://hr-exports/löner/2026/")
    ('hr-exports', 'löner/2026')
    >>> parse_s3_url("s3://hr-exports")
    ('hr-exports', '')
    >>> parse_s3_url("s3://AKIAEXAMPLE:s3cret@hr-exports/x")
    Traceback (most recent call last):
    ...
    scanner.sources.database.SourceError: cannot open s3://***@hr-exports/x: credentials in the URL are not accepted; use the environment or the AWS configuration
    """
    parts = urlsplit(url)
    if "@" in parts.netloc:
        masked = f"{parts.scheme}://***@{parts.netloc.rsplit('@', 1)[1]}{parts.path}"
        raise SourceError(f"cannot open {masked}: credentials in the URL are not accepted; "
                          "use the environment or the AWS configuration")
    bucket = parts.netloc
    if not bucket or parts.query or parts.fragment:
        raise SourceError(f"cannot open {url}: expected s3://bucket[/prefix]")
    prefix = "/".join(unquote(s) for s in parts.path.split("/") if s)
    return bucket, prefix

READ_BUFFER = 1024 * 1024  # bytes per GET when a file is read from start to end


class S3Source(FileSource):
    """Every selected object under a prefix (or one object) of an S3 bucket."""

    kind = "files"

    def __init__(self, url: str, **options: Any):
        self.bucket, self.prefix = parse_s3_url(url)
        super().__init__(url, **options)
        self.source = url  # parse_s3_url refused credentials: nothing to mask
        self.root_path = f"{self.bucket}/{self.prefix}" if self.prefix else self.bucket
        self.endpoint_url = os.environ.get(ENDPOINT_ENV) or None
        self._fs: Any = None
        self._inodes: dict[str, int] = {}

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, FileNotFoundError):
            return "no such bucket, folder or object"
        if isinstance(exc, PermissionError):
            return "access denied"
        text = str(exc).strip().splitlines()
        return (text[0] if text else type(exc).__name__)[:300]

    def open(self) -> None:
        if self._fs is not None:
            return
        try:
            import s3fs
        except ImportError:
            raise SourceError(f"cannot open {self.source}: s3:// needs the s3 extra "
                              "(pip install 'nordpii[s3]')") from None
        client_kwargs = {"endpoint_url": self.endpoint_url} if self.endpoint_url else {}
        try:
            self._fs = s3fs.S3FileSystem(anon=False, client_kwargs=client_kwargs, skip_instance_cache=True)
            st = self._stat(self._fs.info(self.root_path))
        except Exception as e:
            self._fs = None
            raise SourceError(f"cannot open {self.source}: {self._reason(e)}") from None
        if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            self._fs = None
            raise SourceError(f"cannot open {self.source}: not an object or a folder")

    def close(self) -> None:
        self._fs = None

    # -- file-system operations -------------------------------------------

    def _stat(self, info: dict) -> Any:
        """An ``os.stat_result`` look-alike: mode, size, and a per-path inode
        (S3 has no links, so the walk's loop check never fires)."""
        name = info["name"].rstrip("/")
        ino = self._inodes.setdefault(name, len(self._inodes) + 1)
        folder = info.get("type") == "directory"
        return SimpleNamespace(st_mode=_DIR if folder else _REG, st_size=0 if folder else int(info.get("size") or 0),
                               st_dev=0, st_ino=ino)

    def _wrap(self, call: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except OSError:
            raise
        except Exception as e:  # botocore's own errors
            raise OSError(self._reason(e)) from None

    def _root(self) -> tuple[Any, str, Any]:
        st = self._stat(self._wrap(self._fs.info, self.root_path))
        return self.root_path, self.root_path.rsplit("/", 1)[-1], st

    def _scandir(self, folder: Any) -> list:
        infos = self._wrap(self._fs.ls, folder, detail=True, refresh=True)
        entries = []
        for info in infos:
            path = info["name"].rstrip("/")
            name = path.rsplit("/", 1)[-1]
            if path == folder or not name:  # a "folder/" marker object
                continue
            entries.append(SimpleNamespace(name=name, path=path, info=info, is_symlink=lambda: False))
        return sorted(entries, key=lambda e: e.name)

    def _entry_stat(self, entry: Any, link: bool) -> Any:
        return self._stat(entry.info)

    def _child(self, entry: Any) -> Any:
        return entry.path

    def _open(self, path: Any) -> Any:
        # s3fs raises its read failures as OSError (translate_boto_error): an errors entry.
        # Its default read-ahead fetches a 50 MB block past every read, so a
        # sampled object's windows would fetch all of it: each read here is
        # one ranged GET instead, and streamed reads go through a buffer of
        # READ_BUFFER bytes (the windows read beneath it: files._read_at).
        raw = self._wrap(self._fs.open, path, mode="rb", cache_type="none")
        return io.BufferedReader(raw, buffer_size=READ_BUFFER)

