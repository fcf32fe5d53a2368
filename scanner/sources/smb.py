"""SMB source: ``smb://[user@]host[:port]/share/path`` through smbprotocol's smbclient.

The walk, formats, encodings, sampling and locations are those of
``FileSource`` (``scanner/sources/files.py``); only the file-system
operations differ. The password comes from ``NORDPII_SMB_PASSWORD`` or a
prompt (``nordpii scan`` asks when stdin is a terminal), never from the URL:
a URL holding one is refused. It is never printed and never in a report.
Files are opened read-only (``mode="rb"``), sharing read, write and delete
with other clients so the scan never locks anyone out; nothing is written.
Each source keeps its own connection cache, closed by ``close()``.
"""

from __future__ import annotations

import os
import stat
from typing import Any
from urllib.parse import unquote, urlsplit

from scanner.sources.database import SourceError
from scanner.sources.files import FileSource

PASSWORD_ENV = "NORDPII_SMB_PASSWORD"
DEFAULT_PORT = 445


def parse_smb_url(url: str) -> tuple[str | None, str, int, str, str]:
    """(user, host, port, share, path inside the share) of an ``smb://`` URL;
    ``SourceError`` for a URL with a password or without a share.

    >>> parse_smb_url("smb://scan@fs01:4450/hr/löner/2026")
    ('scan', 'fs01', 4450, 'hr', 'löner/2026')
    >>> parse_smb_url("smb://fs01/hr")
    (None, 'fs01', 445, 'hr', '')
    >>> parse_smb_url("smb://scan:pw@fs01/hr")
    Traceback (most recent call last):
    ...
    scanner.sources.database.SourceError: cannot open smb://scan:***@fs01/hr: a password in the URL is not accepted; set NORDPII_SMB_PASSWORD or answer the prompt
    """
    parts = urlsplit(url)
    if parts.password is not None:
        masked = url.replace(f":{parts.password}@", ":***@", 1)
        raise SourceError(f"cannot open {masked}: a password in the URL is not accepted; "
                          f"set {PASSWORD_ENV} or answer the prompt")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise SourceError(f"cannot open {url}: bad port") from None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if not parts.hostname or not segments:
        raise SourceError(f"cannot open {url}: expected smb://[user@]host[:port]/share[/path]")
    user = unquote(parts.username) if parts.username else None
    return user, parts.hostname, port, segments[0], "/".join(segments[1:])


class SmbSource(FileSource):
    """Every selected file under a folder (or one file) of an SMB share."""

    kind = "files"

    def __init__(self, url: str, *, password: str | None = None, connection_timeout: float = 10.0,
                 **options: Any):
        self.user, self.host, self.port, self.share, inner = parse_smb_url(url)
        super().__init__(url, **options)
        self.source = url  # parse_smb_url refused a password: nothing to mask
        self._password = password if password is not None else os.environ.get(PASSWORD_ENV)
        self.connection_timeout = connection_timeout
        unc = f"\\\\{self.host}\\{self.share}"
        self.unc_root = unc + ("\\" + inner.replace("/", "\\") if inner else "")
        self._cache: dict | None = None

    def _kw(self) -> dict:
        return {"port": self.port, "connection_cache": self._cache}

    def _reason(self, exc: BaseException) -> str:
        text = str(exc).strip().splitlines()
        line = (text[0] if text else type(exc).__name__)[:300]
        if self._password:
            line = line.replace(self._password, "***")
        return line

    def open(self) -> None:
        import smbclient

        if self._cache is not None:
            return
        if self.user and not self._password:
            raise SourceError(f"cannot open {self.source}: no password; set {PASSWORD_ENV} or answer the prompt")
        self._cache = {}
        try:
            smbclient.register_session(self.host, username=self.user, password=self._password, port=self.port,
                                       connection_timeout=self.connection_timeout, connection_cache=self._cache)
            st = smbclient.stat(self.unc_root, **self._kw())
        except Exception as e:
            self.close()
            raise SourceError(f"cannot open {self.source}: {self._reason(e)}") from None
        if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            self.close()
            raise SourceError(f"cannot open {self.source}: not a regular file or a folder")

    def close(self) -> None:
        if self._cache is not None:
            import smbclient

            try:
                smbclient.reset_connection_cache(fail_on_error=False, connection_cache=self._cache)
            except Exception:  # a broken connection: nothing left to close
                pass
            self._cache = None

    # -- file-system operations -------------------------------------------

    def _root(self) -> tuple[Any, str, Any]:
        import smbclient

        st = smbclient.stat(self.unc_root, **self._kw())
        return self.unc_root, self.unc_root.rsplit("\\", 1)[-1], st

    def _scandir(self, folder: Any) -> list:
        import smbclient

        try:
            with smbclient.scandir(folder, **self._kw()) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError:
            raise
        except Exception as e:  # smbprotocol's own errors
            raise OSError(self._reason(e)) from None

    def _entry_stat(self, entry: Any, link: bool) -> Any:
        import smbclient

        try:
            return smbclient.stat(entry.path, follow_symlinks=link, **self._kw())
        except OSError:
            raise
        except Exception as e:
            raise OSError(self._reason(e)) from None

    def _child(self, entry: Any) -> Any:
        return entry.path

    def _open(self, path: Any) -> Any:
        import smbclient

        try:
            return smbclient.open_file(path, mode="rb", share_access="rwd", **self._kw())
        except OSError:
            raise
        except Exception as e:
            raise OSError(self._reason(e)) from None
