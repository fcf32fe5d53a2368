"""``nordpii check``: keep real personal data out of repositories.

What gitleaks and detect-secrets do for secrets, for personal data: every
occurrence in every checked file, with its path, line and column, judged
*real* (fails the check), *synthetic* (an official test or synthetic-range
identifier, an address on a reserved example or placeholder domain, a
number in a published fictional range, a placeholder name such as Ola
Nordmann: passes) or *invalid* (a look-alike failing its check digit:
passes).  The same detection as ``nordpii scan`` (``scanner.detection``) and
the same file formats (``scanner.sources.files``), but no sampling: a check
reads whole files, because CI needs every occurrence, not a verdict.

Stages, each a plain function over the frozen records below::

    list_targets (git or a folder walk) -> Target
    check_target (read, decode, detect) -> CheckFinding, with masked evidence
    judge outcomes (pragma, baseline)   -> CheckResult --render--> reports/

Decisions, and why:

- **Which files.**  In a git repository the default is what the next commit
  would hold: tracked files and untracked ones that ``.gitignore`` does not
  ignore (``git ls-files --cached --others --exclude-standard``).  A file
  named on the command line is checked even when ignored (pre-commit and
  editors name files explicitly).  ``--staged`` checks the staged blobs
  (``git diff --cached --diff-filter=ACMR``), read from the index, not from
  the working tree; ``--since REV`` the files changed since the merge base
  of REV and HEAD, plus untracked ones.  Outside a repository the folder is
  walked as ``scan`` walks it (``FileSource.files``).  Binary files and the
  formats scan does not read yet are skipped, not errors.
- **Text is read whole, in blocks.**  Source, JSON, YAML, SQL, Markdown,
  CSV: the decoded text (encodings detected as scan does) is detected in
  blocks of whole lines (``BLOCK_CHARS``), so positions are exact and a file
  costs a few regex passes when nothing in it looks like an identifier.
  CSV and TSV columns are located (``sniff_csv``, the header), and a column
  name that hints at an entity is context for the values under it, as in a
  scan (an identifier without a check digit in a ``cpr`` column counts).
  Office, PDF, e-mail, Parquet and archives go through ``FileSource``'s own
  readers with no sampling.
- **Speed.**  The recognizers' patterns cost some 50 ns per character each;
  a check screens each file's bytes first (``_may_fire``), then a trigger
  regex (``_DIGIT_TRIGGER``), and runs the recognizers only on the lines it
  fires on, with the line before for context words (``_layout``: not when
  it is a record laid out as this one).  ``run_check(...,
  trigger=False)`` detects every line: the reference the tests compare with.
- **What counts.**  A hit counts when its score after context reaches the
  detector's threshold, as in a scan: identifiers without a check digit (a
  CPR failing modulus 11, a kennitala issued since 2026, a bare eight-digit
  phone number) need a context word or a column hint.  Overlapping hits are
  resolved by score, then the synthetic reading (an official test number
  that is also a valid number of another country is a test number), then
  recognizer priority.
- **Which entities.**  ``DEFAULT_ENTITIES``: national identity numbers, bank
  accounts, IBANs, payment cards, e-mail addresses and phone numbers.  Names
  are not checked by default: a fixture full of Faker names is normal, and a
  name alone fails no CI; ``--entities default,PERSON`` adds them.
  Organisation numbers, IP addresses, postcodes and special categories are
  available the same way.
- **Fingerprints.**  HMAC-SHA256 over (canonical value, entity, path) with a
  key from ``NORDPII_BASELINE_KEY`` (a CI secret) or a random salt stored in
  the baseline.  Never a bare hash: national identity numbers are few enough
  to brute-force one (detect-secrets' lesson, STYLE.md).  The line number is
  not part of it, so moving a line is not a new finding; the same value twice
  in one file is one fingerprint.  A salt stored beside the fingerprints
  keys nothing against someone who reads the baseline: use the secret when
  the baselined findings are real data.
- **Escape hatches.**  ``nordpii: allow`` anywhere on the line (any comment
  syntax, a CSV cell, a JSON string), optionally naming entities
  (``nordpii: allow SE_PERSONNUMMER, EMAIL_ADDRESS``); ``.nordpiiignore`` at
  the root, gitignore syntax (``pathspec``'s ``GitIgnoreSpec``, the rules of
  git itself, without calling git).

Never a raw value leaves this module: findings hold masked evidence
(``scanner.masking``) and keyed fingerprints.
"""

from __future__ import annotations

import bisect
import csv
import functools
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

from recognizers import CONTEXT_BOOST, all_recognizer_classes
from scanner.masking import mask

# -- configuration ------------------------------------------------------------

#: Entities a check looks for unless ``--entities`` says otherwise: what must
#: never sit in a repository.  Names, places, organisation numbers, IP
#: addresses and special-category words are normal in fixtures.
DEFAULT_ENTITIES = (
    "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA",
    "IBAN_CODE", "NO_BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER",
)
KEY_ENV = "NORDPII_BASELINE_KEY"
MIN_KEY_BYTES = 16
IGNORE_FILE = ".nordpiiignore"
BASELINE_FORMAT = 1
DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024
# Text is detected in blocks of whole lines of about this size: large enough
# that a file is a few regex passes, small enough that the context window
# (a few words either side) stays cheap to look up.
BLOCK_CHARS = 16 * 1024
# A line longer than this (minified JSON, a one-line CSV export) is cut at a
# delimiter no identifier contains.
LONG_LINE = 64 * 1024
_CUT = re.compile(r'[,;"\t<>{}\[\]]')

KINDS = ("real", "synthetic", "invalid")
OUTCOMES = ("fail", "baseline", "allowed", "pass")

_NEWLINE = re.compile(r"\r\n|\r|\n")
_LAYOUT = re.compile(r"[^\W\d_]+|\d+|\s+")
# ``nordpii: allow``, case-insensitive, then optionally entity names in capitals.
_PRAGMA = re.compile(r"(?i:nordpii:[ \t]*allow)\b((?:[ \t]*,?[ \t]*[A-Z][A-Z0-9_]{2,})*)")
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]{2,}")
_CANONICAL_DROP = re.compile(r"[\s\-./()]")
# Formats that FileSource reads with a parser of its own (not as text).
_RICH = {".gz", ".zip", ".xlsx", ".xlsm", ".docx", ".eml", ".pdf", ".parquet"}


class CheckError(Exception):
    """A check that cannot run (not a repository, a bad revision, an unreadable
    baseline, an unknown entity): one line for the user, exit code 2."""


# -- records --------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One file to check: its path relative to the root (forward slashes), and
    either a path on disk or the content itself (a staged blob)."""

    path: str
    size: int
    disk: str | None = None
    content: bytes | None = None


@dataclass(frozen=True)
class CheckFinding:
    """One occurrence.  ``evidence`` is masked; the raw value is never kept."""

    path: str
    line: int | None  # 1-based; None for a spreadsheet or Parquet column
    column: int | None  # 1-based character (code point) column in the line
    end_column: int | None
    entity_type: str
    kind: str  # real | synthetic | invalid
    outcome: str  # fail | baseline | allowed | pass
    evidence: str
    field: str | None = None  # CSV or SQL INSERT column, "Sheet!Header", JSON key path of a rich format
    fingerprint: str | None = None  # keyed HMAC; None without a key

    @property
    def fails(self) -> bool:
        return self.outcome == "fail"


@dataclass(frozen=True)
class FileError:
    path: str
    error: str


@dataclass(frozen=True)
class KeyInfo:
    """Where the fingerprint key comes from.  The salt is stored in the
    baseline (that is what a salt is); an environment key never is."""

    source: str  # "salt" | "env"
    key: bytes = field(repr=False)
    salt: str | None = None  # hex, for source "salt"

    @property
    def check(self) -> str:
        """A short MAC of a constant: tells a wrong key from changed findings."""
        return hmac.new(self.key, b"nordpii baseline key check", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Baseline:
    path: str
    key: KeyInfo
    fingerprints: frozenset[str]
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckOptions:
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    staged: bool = False
    since: str | None = None
    baseline: str | None = None  # --baseline FILE
    write_baseline: str | None = None  # --write-baseline FILE
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    env: Mapping[str, str] | None = None  # None: os.environ


@dataclass(frozen=True)
class CheckResult:
    version: str
    mode: str  # paths | staged | since
    since: str | None
    entities: tuple[str, ...]
    detectors: tuple[str, ...]
    findings: tuple[CheckFinding, ...]
    errors: tuple[FileError, ...]
    skipped: tuple[tuple[str, str], ...]  # (path, reason)
    stats: Mapping[str, Any]
    key: KeyInfo | None = None
    baseline: str | None = None  # the baseline file compared against

    @property
    def failing(self) -> tuple[CheckFinding, ...]:
        return tuple(f for f in self.findings if f.fails)

    def counts(self) -> dict[str, int]:
        """Findings per kind and per outcome, for summaries."""
        out = {k: 0 for k in (*KINDS, *OUTCOMES)}
        for f in self.findings:
            out[f.kind] += 1
            out[f.outcome] += 1
        return out


# -- entities -------------------------------------------------------------------


def known_entities() -> tuple[str, ...]:
    return tuple(sorted({cls.ENTITY for cls in all_recognizer_classes()}))


def parse_entities(text: str) -> tuple[str, ...]:
    """``--entities``: names, ``default`` and ``all``, comma-separated.

    >>> parse_entities("default,PERSON")[-1], len(parse_entities("default,PERSON")) == len(DEFAULT_ENTITIES) + 1
    ('PERSON', True)
    >>> parse_entities("SE_PERSONUMMER")
    Traceback (most recent call last):
    ...
    scanner.check.CheckError: --entities: unknown entity type 'SE_PERSONUMMER' (did you mean SE_PERSONNUMMER?)...
    """
    import difflib

    valid = known_entities()
    out: list[str] = []
    for token in (t.strip() for t in text.split(",")):
        if not token:
            continue
        names = DEFAULT_ENTITIES if token == "default" else valid if token == "all" else (token,)
        for name in names:
            if name not in valid:
                hint = difflib.get_close_matches(name, valid, n=1)
                raise CheckError(f"--entities: unknown entity type {name!r}"
                                 + (f" (did you mean {hint[0]}?)" if hint else "")
                                 + f"; valid: default, all, {', '.join(valid)}")
            if name not in out:
                out.append(name)
    if not out:
        raise CheckError("--entities: name at least one entity type (or default, all)")
    return tuple(out)


# -- fingerprints and the baseline ---------------------------------------------


def canonical(entity: str, text: str) -> str:
    """The form a fingerprint is taken of: separators dropped, case folded, so
    that ``811218-9876`` and ``811218 9876`` are one finding.

    >>> canonical("SE_PERSONNUMMER", "811218-9876"), canonical("EMAIL_ADDRESS", "Anna@Example.SE")
    ('8112189876', 'anna@example.se')
    """
    if entity == "EMAIL_ADDRESS":
        return text.strip().casefold()
    return _CANONICAL_DROP.sub("", text).upper()


def fingerprint(key: KeyInfo, entity: str, path: str, text: str) -> str:
    """HMAC-SHA256 of (canonical value, entity, path): no line number, so a
    moved line keeps its fingerprint."""
    message = "\0".join(("nordpii-check-v1", entity, path, canonical(entity, text))).encode("utf-8")
    return hmac.new(key.key, message, hashlib.sha256).hexdigest()


def env_key(env: Mapping[str, str]) -> KeyInfo | None:
    value = env.get(KEY_ENV)
    if not value:
        return None
    key = value.encode("utf-8")
    if len(key) < MIN_KEY_BYTES:
        raise CheckError(f"{KEY_ENV} is too short: use at least {MIN_KEY_BYTES} random characters")
    return KeyInfo("env", key)


def new_salt() -> KeyInfo:
    salt = secrets.token_hex(32)
    return KeyInfo("salt", bytes.fromhex(salt), salt)


def load_baseline(path: str, env: Mapping[str, str]) -> Baseline:
    """Read a baseline; ``CheckError`` (one line) if it cannot be used."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise CheckError(f"baseline {path}: no such file") from None
    except OSError as e:
        raise CheckError(f"baseline {path}: cannot read: {e.strerror or e}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CheckError(f"baseline {path}: not a nordpii baseline (not JSON)") from None
    if not isinstance(data, dict) or data.get("nordpii_baseline") != BASELINE_FORMAT:
        raise CheckError(f"baseline {path}: not a nordpii baseline (format {BASELINE_FORMAT} expected)")
    key_data = data.get("key")
    if not isinstance(key_data, dict) or key_data.get("source") not in ("salt", "env"):
        raise CheckError(f"baseline {path}: key: must say where the key comes from (salt or env)")
    if key_data["source"] == "salt":
        try:
            salt = str(key_data["salt"])
            key = KeyInfo("salt", bytes.fromhex(salt), salt)
        except (KeyError, ValueError):
            raise CheckError(f"baseline {path}: key.salt: not a hex salt") from None
        if len(key.key) < MIN_KEY_BYTES:
            raise CheckError(f"baseline {path}: key.salt: too short")
    else:
        found = env_key(env)
        if found is None:
            raise CheckError(f"baseline {path} was written with the key in {KEY_ENV}, which is not set")
        key = found
    if key_data.get("check") != key.check:
        raise CheckError(f"baseline {path}: the key does not match the one it was written with")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                for e in entries):
        raise CheckError(f"baseline {path}: findings: must be a list of {{path, entity_type, fingerprint}}")
    entities = data.get("entities") or []
    return Baseline(path=path, key=key, fingerprints=frozenset(e["fingerprint"] for e in entries),
                    entities=tuple(str(e) for e in entities))


def baseline_text(result: CheckResult) -> str:
    """The baseline of ``result``: every real finding not allowed by a pragma,
    by fingerprint, sorted and deduplicated, so that rewriting it with nothing
    changed gives the same bytes."""
    if result.key is None:
        raise ValueError("a baseline needs a fingerprint key")
    entries = sorted({(f.path, f.entity_type, f.fingerprint) for f in result.findings
                      if f.kind == "real" and f.outcome != "allowed" and f.fingerprint})
    key: dict[str, Any] = {"source": result.key.source}
    if result.key.source == "salt":
        key["salt"] = result.key.salt
    else:
        key["env"] = KEY_ENV
    key["check"] = result.key.check
    data = {
        "nordpii_baseline": BASELINE_FORMAT,
        "tool": {"name": "nordpii", "version": result.version},
        "key": key,
        "entities": sorted(result.entities),
        "detectors": sorted(result.detectors),
        "findings": [{"path": p, "entity_type": e, "fingerprint": fp} for p, e, fp in entries],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def resolve_key(options: CheckOptions, env: Mapping[str, str]) -> tuple[KeyInfo | None, Baseline | None]:
    """The run's fingerprint key, and the baseline to compare against.

    The baseline read decides (its findings were keyed so); else the CI
    secret; else, when writing a baseline, the salt of the file being
    rewritten (so a rewrite with nothing changed changes nothing), or a new
    one.  Without any of these there is no key and no fingerprint.
    """
    baseline = load_baseline(options.baseline, env) if options.baseline else None
    if baseline is not None:
        return baseline.key, baseline
    key = env_key(env)
    if key is None and options.write_baseline:
        previous = None
        if Path(options.write_baseline).exists():
            try:
                previous = load_baseline(options.write_baseline, env)
            except CheckError:
                previous = None  # not a baseline we can use: start afresh
        key = previous.key if previous is not None and previous.key.source == "salt" else new_salt()
    return key, None


# -- escape hatches -----------------------------------------------------------


def allowed_by_pragma(line: str, entity: str) -> bool:
    """True if ``line`` carries ``nordpii: allow`` for ``entity``.

    >>> allowed_by_pragma('pnr = "811218-9876"  # nordpii: allow', "SE_PERSONNUMMER")
    True
    >>> allowed_by_pragma("811218-9876,<!-- nordpii: allow EMAIL_ADDRESS -->", "SE_PERSONNUMMER")
    False
    >>> allowed_by_pragma("-- NORDPII: ALLOW SE_PERSONNUMMER, DK_CPR", "DK_CPR")
    True
    """
    m = _PRAGMA.search(line)
    if m is None:
        return False
    names = _ENTITY_NAME.findall(m.group(1))
    return not names or entity in names


def load_ignore(root: Path):
    """The ``.nordpiiignore`` rules at ``root`` (gitignore syntax), or None."""
    path = root / IGNORE_FILE
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise CheckError(f"{IGNORE_FILE}: cannot read: {getattr(e, 'strerror', None) or e}") from None
    import pathspec

    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except Exception as e:  # pathspec's GitWildMatchPatternError
        raise CheckError(f"{IGNORE_FILE}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


# -- git ------------------------------------------------------------------------


def _git(args: Sequence[str], cwd: Path, *, stdin: bytes | None = None) -> bytes:
    """Run git (pathspecs literal, no pager); ``CheckError`` with git's own first line."""
    try:
        done = subprocess.run(["git", "--literal-pathspecs", "--no-pager", *args], cwd=cwd,
                              input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise CheckError("git is not installed (it is needed for repositories, --staged and --since)") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CheckError(f"git {args[0]}: {message[0] if message else 'failed'}")
    return done.stdout


def git_toplevel(cwd: Path) -> Path | None:
    """The repository's top folder, or None outside a repository."""
    try:
        out = _git(["rev-parse", "--show-toplevel"], cwd)
    except CheckError:
        return None
    return Path(out.decode("utf-8", "surrogateescape").strip())


def _z(out: bytes) -> list[str]:
    return [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]


def _relative(root: Path, cwd: Path, path: str) -> tuple[str, Path]:
    """(path relative to root with forward slashes, absolute path); CheckError
    if it does not exist or lies outside the root."""
    absolute = (cwd / path).absolute()
    if not os.path.lexists(absolute):
        raise CheckError(f"{path}: no such file or directory")
    resolved = Path(os.path.normpath(absolute))
    try:
        rel = resolved.relative_to(Path(os.path.normpath(root.absolute())))
    except ValueError:
        raise CheckError(f"{path}: outside the checked repository {root}") from None
    return rel.as_posix(), resolved


def _disk_targets(root: Path, rels: Iterable[str], max_size: int, skipped: list) -> list[Target]:
    out = []
    base = str(root)
    for rel in sorted(set(rels)):
        path = os.path.join(base, rel)
        try:
            st = os.lstat(path)
        except OSError:  # tracked but deleted in the working tree: nothing to check
            continue
        if stat.S_ISLNK(st.st_mode):
            skipped.append((rel, "symbolic link (not followed)"))
        elif not stat.S_ISREG(st.st_mode):
            if not stat.S_ISDIR(st.st_mode):  # a submodule is a folder: not ours to check
                skipped.append((rel, "not a regular file"))
        elif st.st_size > max_size:
            skipped.append((rel, f"larger than the maximum file size ({st.st_size} > {max_size} bytes)"))
        else:
            out.append(Target(rel, st.st_size, disk=str(path)))
    return out


def _tracked(root: Path, pathspecs: Sequence[str]) -> list[str]:
    out = _git(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *pathspecs], root)
    return _z(out)


def _staged_targets(root: Path, pathspecs: Sequence[str], max_size: int, skipped: list) -> list[Target]:
    """The staged content (the index, not the working tree) of files added,
    copied, modified or renamed in the index."""
    names = _z(_git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--", *pathspecs], root))
    if not names:
        return []
    entries = []
    for item in _z(_git(["ls-files", "-s", "-z", "--", *names], root)):
        meta, _, rel = item.partition("\t")
        mode, sha, stage = meta.split()
        if stage != "0":
            continue
        if mode == "120000":
            skipped.append((rel, "symbolic link (not followed)"))
        elif mode == "160000":
            continue  # a submodule
        else:
            entries.append((rel, sha))
    if not entries:
        return []
    sizes = _git(["cat-file", "--batch-check=%(objectsize)"], root,
                 stdin="".join(f"{sha}\n" for _, sha in entries).encode())
    wanted = []
    for (rel, sha), size in zip(entries, sizes.split()):
        if int(size) > max_size:
            skipped.append((rel, f"larger than the maximum file size ({int(size)} > {max_size} bytes)"))
        else:
            wanted.append((rel, sha, int(size)))
    out = _git(["cat-file", "--batch"], root, stdin="".join(f"{sha}\n" for _, sha, _ in wanted).encode())
    targets, pos = [], 0
    for rel, _, size in wanted:
        header_end = out.index(b"\n", pos)
        start = header_end + 1
        targets.append(Target(rel, size, content=out[start:start + size]))
        pos = start + size + 1
    return sorted(targets, key=lambda t: t.path)


def _since_names(root: Path, rev: str, pathspecs: Sequence[str]) -> list[str]:
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root)
    except CheckError:
        raise CheckError(f"--since {rev}: unknown revision") from None
    try:
        base = _git(["merge-base", rev, "HEAD"], root).decode().strip()
    except CheckError:  # no HEAD yet, or unrelated histories: compare with REV itself
        base = rev
    changed = _z(_git(["diff", "--name-only", "-z", "--diff-filter=ACMR", base, "--", *pathspecs], root))
    untracked = _z(_git(["ls-files", "-z", "--others", "--exclude-standard", "--", *pathspecs], root))
    return changed + untracked


def list_targets(paths: Sequence[str], options: CheckOptions, cwd: Path) -> tuple[Path, str, list[Target], list]:
    """(root, mode, targets, skipped): what to check, sorted by path."""
    cwd = Path(cwd).absolute()
    skipped: list[tuple[str, str]] = []
    repo = git_toplevel(cwd)
    mode = "staged" if options.staged else "since" if options.since else "paths"
    if options.staged and options.since:
        raise CheckError("--staged and --since exclude each other")
    if repo is None:
        if mode != "paths":
            raise CheckError(f"--{mode} needs a git repository, and {cwd} is not in one")
        return cwd, mode, _walk_targets(cwd, paths or ["."], options.max_file_size, skipped), skipped
    files, folders = [], []
    for p in paths:
        rel, absolute = _relative(repo, cwd, p)
        (folders if absolute.is_dir() and not absolute.is_symlink() else files).append(rel)
    if mode == "staged":
        specs = files + folders
        return repo, mode, _staged_targets(repo, specs, options.max_file_size, skipped), skipped
    if mode == "since":
        names = _since_names(repo, options.since or "", files + folders)
        return repo, mode, _disk_targets(repo, names, options.max_file_size, skipped), skipped
    names = list(files)
    if folders or not paths:
        names += _tracked(repo, ["." if f == "" else f for f in folders])
    return repo, mode, _disk_targets(repo, names, options.max_file_size, skipped), skipped


def _walk_targets(root: Path, paths: Sequence[str], max_size: int, skipped: list) -> list[Target]:
    """Outside git: the named files, and the files under named folders, walked
    as ``scan`` walks a folder (sorted, links not followed)."""
    from scanner.sources.files import FileSource

    targets: dict[str, Target] = {}
    for p in paths:
        rel, absolute = _relative(root, root, p)
        if not absolute.is_dir():
            for t in _disk_targets(root, [rel], max_size, skipped):
                targets[t.path] = t
            continue
        source = FileSource(str(absolute), max_file_size=max_size)
        for item in source.files():
            if isinstance(item, tuple):
                inner, disk, size = item
                full = f"{rel}/{inner}" if rel not in ("", ".") else inner
                targets[full] = Target(full, size, disk=str(disk))
        prefix = f"{rel}/" if rel not in ("", ".") else ""
        skipped.extend((prefix + r, why) for r, why in source.skipped)
    return [targets[k] for k in sorted(targets)]


# -- reading ---------------------------------------------------------------------


def _reader(max_file_size: int):
    """FileSource's readers with every value kept (no sampling), reading one
    file at a time from disk or from bytes (a staged blob)."""
    from scanner.sources.files import FileSource

    class WholeFileReader(FileSource):
        def _open(self, path: Any) -> Any:
            if isinstance(path, bytes):
                return io.BytesIO(path)
            return super()._open(path)

    return WholeFileReader(".", sample_size=sys.maxsize, max_file_size=max_file_size,
                           max_value_chars=LONG_LINE, read_cap=max_file_size)


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def _blocks(text: str, starts: list[int]) -> Iterator[tuple[int, str]]:
    """(offset, block) of whole lines, about ``BLOCK_CHARS`` each; a line longer
    than ``LONG_LINE`` is cut after a delimiter (``_CUT``) no identifier holds.

    >>> [len(b) for _, b in _blocks("a\\n" * 3, _line_starts("a\\n" * 3))]
    [6]
    """
    n, begin = len(text), 0
    while begin < n:
        if n - begin <= BLOCK_CHARS:
            end = n
        else:
            j = bisect.bisect_right(starts, begin + BLOCK_CHARS) - 1  # last line start within reach
            if starts[j] > begin:
                end = starts[j]
            else:  # the line at ``begin`` is longer than a block
                k = bisect.bisect_right(starts, begin)
                end = starts[k] if k < len(starts) else n
                if end - begin > LONG_LINE:
                    cut = _CUT.search(text, begin + BLOCK_CHARS, begin + 2 * BLOCK_CHARS)
                    end = cut.end() if cut else begin + BLOCK_CHARS
        yield begin, text[begin:end]
        begin = end


# The trigger: one cheap regex that every occurrence of the identifier-like
# entities sets off, so that only the lines it fires on (and the line before,
# for context words) meet the recognizers, whose patterns, with their
# look-behinds at every position, cost some 50 ns per character each: ten of
# them over every line of a repository is what made a check 100 times slower
# than reading the files.  Each alternative covers shapes of the patterns:
#   \d{6}              every national identity number (six digits of date
#                      in a row), compact IBANs, cards, accounts, organisation
#                      numbers, compact phones (+46701234567, 0701234567)
#   \d\d \d\d          spaced groups: phones (22 33 44 55, 070-123 45 67),
#                      spaced IBANs, orgnr 923 609 016, CVR DK12 34 56 78;
#                      not "2026-11-05 14:33" (a date and a time)
#   \d{4}[ -]\d{4}     cards and IBANs in groups of four
#   \d{3}-\d{4}        bankgiro 123-4567, phones 555-1234, 0701-234567
#   \d{4}\.\d\d\.\d     Norwegian accounts 8601.11.17947
#   \d\d-\d\d-\d\d-\d\d   four dashed or dotted pairs (070-12-34-56,
#                      +33 1.23.45.67.89), which no date has (2026-11-05,
#                      05.11.2026)
# and "@" for e-mail addresses.  Five-digit runs (ports, ids, SKUs), ISO
# dates and times, and decimals (12.50) set nothing off.  tests/test_check.py
# checks, on generated values of every shape, that the trigger misses
# nothing the full detection finds.
_DIGIT_TRIGGER = (r"\d{6}|(?<![-:])\d\d \d\d(?!:)|\d{4}[ -]\d{4}|\d{3}-\d{4}|\d{4}\.\d\d\.\d"
                  r"|\d\d-\d\d-\d\d-\d\d|\d\d\.\d\d\.\d\d\.\d\d")
#: Entities whose every pattern holds one of the digit trigger's shapes.
TRIGGERED_BY_DIGITS = frozenset({
    "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA",
    "IBAN_CODE", "NO_BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER", "SE_ORGANISATIONSNUMMER",
    "NO_ORGNR", "DK_CVR", "FI_BUSINESS_ID", "SE_BANKGIRO",
})


def trigger_for(entities: Sequence[str]) -> re.Pattern | None:
    """The trigger for ``entities``, or None when one of them (names, places,
    IP addresses, special-category words) has no such shape: then every
    line is detected.

    >>> rx = trigger_for(DEFAULT_ENTITIES)
    >>> [bool(rx.search(t)) for t in ("2026-11-05 14:33", "05.11.2026", "port 65535", "12.50 kr")]
    [False, False, False, False]
    >>> [bool(rx.search(t)) for t in ("ring 070-123 45 67", "070-12-34-56", "8601.11.17947", "a@b.se")]
    [True, True, True, True]
    >>> trigger_for(("PERSON",)) is None
    True
    """
    wanted = set(entities)
    if wanted - TRIGGERED_BY_DIGITS - {"EMAIL_ADDRESS"}:
        return None
    parts = []
    if wanted & TRIGGERED_BY_DIGITS:
        parts.append(_DIGIT_TRIGGER)
    if "EMAIL_ADDRESS" in wanted:
        parts.append("@")
    return re.compile("|".join(parts)) if parts else None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity: str
    kind: str  # real | synthetic | invalid


class _ColumnAt(NamedTuple):
    """What a CSV cell's column name says (``ColumnHints.for_column``), and
    the cell's ``(start, end)`` in the text detected (None: not in a cell)."""

    hinted: frozenset[str]
    against: frozenset[str]
    cell: tuple[int, int] | None


class _Engine:
    """Detection for a check: the scan's Detector, hits resolved per occurrence."""

    def __init__(self, detector: Any, use_trigger: bool = True) -> None:
        self.detector = detector
        self.threshold = detector.config.threshold
        entities = tuple(r.ENTITY for r in detector.recognizers)
        self.trigger = trigger_for(entities) if use_trigger else None
        self.trigger_email = "EMAIL_ADDRESS" in entities
        self.by_entity = {r.ENTITY: r for r in detector.recognizers}
        self.priority = detector.traits.priority
        # Invalid look-alikes are reported for entities with a real check
        # (a check digit, a checksum): an invalid e-mail address is just text.
        self.checked = frozenset(r.ENTITY for r in detector.recognizers if r.COINCIDENCE < 1.0)

    def spans(self, text: str, hinted: frozenset[str] = frozenset(), hint_at=None,
              against: frozenset[str] = frozenset()) -> list[_Span]:
        """Resolved occurrences in ``text``.

        ``hinted`` and ``against``: the entities the name of the column that
        ``text`` is a value of hints at and argues against (a scan's
        ``Detector.detect``).  ``hint_at(offset)``: a ``_ColumnAt`` for the
        cell at an offset of a block of CSV lines."""
        from scanner.detection import EMBEDDED

        result = self.detector.detect_value(text, hinted, against)
        if not result.candidates:
            return []
        counted, valid, embedded = [], [], []
        for h in result.hits:
            score, context = h.score, h.context
            valid.append(h)  # a valid look-alike still blocks an invalid reading of its span
            column = hint_at(h.start) if hint_at is not None else None
            if column is not None:
                if h.entity_type in column.against and not (context and self._in_cell_context(text, h, column.cell)):
                    # "1.0.0.0" under ``version`` (rules/column_hints.yaml ``against``)
                    # counts only with a context word in its own cell, as in a
                    # scan: the header's "host" beside it names another column
                    continue
                if not context and score < self.threshold and h.entity_type in column.hinted:
                    # a column-name hint is context for the whole column, as in a
                    # scan (detection.Detector.detect_value)
                    score = min(1.0, score + CONTEXT_BOOST)
            if score < self.threshold:
                continue
            (embedded if h.shape == EMBEDDED else counted).append((h, score))
        # Highest score first, then the synthetic reading, then priority, then length.
        counted.sort(key=lambda hs: (-hs[1], not hs[0].synthetic, -self.priority.get(hs[0].entity_type, 0),
                                     -(hs[0].end - hs[0].start), hs[0].start))
        taken: list[tuple[int, int]] = []
        out: list[_Span] = []
        for h, _ in counted:
            if any(h.start < e and s < h.end for s, e in taken):
                continue
            taken.append((h.start, h.end))
            out.append(_Span(h.start, h.end, h.entity_type, "synthetic" if h.synthetic else "real"))
        for h, _ in embedded:
            out.append(_Span(h.start, h.end, h.entity_type, "synthetic" if h.synthetic else "real"))
        out.extend(self._invalid(text, result, valid))
        return out

    def _in_cell_context(self, text: str, hit: Any, cell: tuple[int, int] | None) -> bool:
        """True if a context word of ``hit``'s entity stands in its own cell."""
        if cell is None:
            return False
        start, end = cell
        return self.detector.has_context(text[start:end], hit.start - start, hit.end - start, hit.entity_type)

    def _invalid(self, text: str, result: Any, valid: list) -> list[_Span]:
        from scanner.detection import EMBEDDED, plain_typography

        per_entity: dict[str, int] = {}
        for entity, shape in result.candidates:
            if shape != EMBEDDED:
                per_entity[entity] = per_entity.get(entity, 0) + 1
        for h in valid:
            if h.shape != EMBEDDED:
                per_entity[h.entity_type] -= 1
        blocked = [(h.start, h.end) for h in valid]
        found: list[_Span] = []
        plain = plain_typography(text)  # the text as detection read it
        for entity in sorted(per_entity, key=lambda e: -self.priority.get(e, 0)):
            if per_entity[entity] <= 0 or entity not in self.checked:
                continue
            for cand in self.by_entity[entity].candidates(plain):
                if cand.check.valid or any(cand.start < e and s < cand.end for s, e in blocked):
                    continue
                blocked.append((cand.start, cand.end))
                found.append(_Span(cand.start, cand.end, entity, "invalid"))
        return found


def _csv_columns(text: str, starts: list[int], suffix: str):
    """(cell spans, names) of a CSV/TSV text: raw ``(start, end, column)`` spans
    of its non-empty cells, sorted, for locating a hit's column."""
    from scanner.sources.files import TABULAR, column_names, sniff_csv

    dialect, has_header = sniff_csv(text[:64 * 1024], TABULAR[suffix])
    csv.field_size_limit(max(len(text), 1 << 20))
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    spans: list[tuple[int, int, str]] = []
    names: list[str | int] = []
    previous = 0
    first = True
    try:
        for row in reader:
            line_first, line_last = previous + 1, reader.line_num
            previous = reader.line_num
            begin = starts[line_first - 1] if line_first - 1 < len(starts) else len(text)
            end = starts[line_last] if line_last < len(starts) else len(text)
            if first and has_header:
                names = column_names(row, len(row))
                first = False
                continue
            first = False
            raw, cursor = text[begin:end], 0
            for i, cell in enumerate(row):
                if not cell.strip():
                    continue
                at = _raw_cell(raw, cell, cursor, dialect)
                if at is None:
                    continue
                name = names[i] if i < len(names) else i + 1
                spans.append((begin + at[0], begin + at[1], str(name)))
                cursor = at[1]
    except csv.Error:
        pass  # a broken row: the columns found so far still help
    return spans, names


def _raw_cell(raw: str, cell: str, cursor: int, dialect: Any) -> tuple[int, int] | None:
    """Where a parsed cell stands in its raw line(s), from ``cursor`` on.

    A cell with a quote inside is not verbatim in the text: ``"Sa ""IP
    10.0.0.1"" idag"`` parses to ``Sa "IP 10.0.0.1" idag``.  Then the span is
    the inside of its quoted, escaped form, which holds every hit in it.

    >>> import csv
    >>> _raw_cell('1;"v ""IP"" 1.2.3.4";x', 'v "IP" 1.2.3.4', 2, csv.excel)
    (3, 19)
    >>> _raw_cell('1;plain;x', 'plain', 2, csv.excel), _raw_cell('1;x', 'y', 0, csv.excel)
    ((2, 7), None)
    """
    pos = raw.find(cell, cursor)
    if pos >= 0:
        return pos, pos + len(cell)
    quote = getattr(dialect, "quotechar", None)
    if not quote or quote not in cell:
        return None
    escape = quote + quote if getattr(dialect, "doublequote", True) else (dialect.escapechar or "") + quote
    quoted = quote + cell.replace(quote, escape) + quote
    pos = raw.find(quoted, cursor)
    if pos < 0:
        return None
    return pos + 1, pos + len(quoted) - 1


# An SQL INSERT with its column list; its values follow ("VALUES (1, 'a'),
# (2, 'b');").  Names may be quoted as MySQL, PostgreSQL or SQL Server quote them.
_SQL_INSERT = re.compile(
    r"\bINSERT\s+(?:IGNORE\s+)?INTO\s+[\w.`\"\[\]]+\s*\(([^()]{1,4000})\)\s*VALUES\s*", re.IGNORECASE)


def _sql_columns(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, column)`` of every value in the tuples of an SQL
    ``INSERT INTO t (a, b) VALUES (...), (...)``, sorted, as ``_csv_columns``
    gives a CSV's cells: a fixture's seed data has its column names there.

    >>> t = "INSERT INTO e (id, `created_at`) VALUES (1, 1700000000), (2, 'x, y');"
    >>> [(t[a:b], c) for a, b, c in _sql_columns(t)]
    [('1', 'id'), ('1700000000', 'created_at'), ('2', 'id'), ("'x, y'", 'created_at')]
    >>> t = "INSERT INTO e (a, b) VALUES ('it''s (1', NOW()), (3, 2); SELECT 1;"
    >>> [(t[a:b], c) for a, b, c in _sql_columns(t)]
    [("'it''s (1'", 'a'), ('NOW()', 'b'), ('3', 'a'), ('2', 'b')]
    """
    spans: list[tuple[int, int, str]] = []
    for m in _SQL_INSERT.finditer(text):
        names = [n.strip().strip('`"[]') for n in m.group(1).split(",")]
        i, n = m.end(), len(text)
        depth, index, start = 0, 0, None
        while i < n:
            ch = text[i]
            if ch in "'\"":  # a string, with its quote doubled or escaped inside
                j = i + 1
                while j < n:
                    if text[j] == "\\":
                        j += 2
                    elif text[j] == ch and text[j + 1:j + 2] == ch:
                        j += 2
                    elif text[j] == ch:
                        break
                    else:
                        j += 1
                if start is None:
                    start = i
                i = j + 1
                continue
            if ch == "(":
                depth += 1
                if depth == 1:
                    index, start = 0, None
            elif ch in ",)" and depth == 1:
                if start is not None and index < len(names):
                    end = i
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    spans.append((start, end, names[index]))
                index, start = index + 1, None
                if ch == ")":
                    depth = 0
            elif ch == ")":
                depth -= 1
            elif ch == ";" and depth == 0:
                break
            elif depth == 0 and not ch.isspace() and ch != ",":
                break  # past the last tuple
            elif start is None and depth == 1 and not ch.isspace():
                start = i
            i += 1
    spans.sort()
    return spans


def _cell_at(spans: list[tuple[int, int, str]], offset: int) -> tuple[int, int, str] | None:
    """The ``(start, end, column)`` of the cell that holds ``offset``."""
    i = bisect.bisect_right(spans, (offset, sys.maxsize, "")) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


@dataclass(frozen=True)
class _Raw:
    """An occurrence before judgement; ``value`` and ``line_text`` never leave this module."""

    path: str
    line: int | None
    column: int | None
    end_column: int | None
    entity: str
    kind: str
    value: str
    line_text: str
    field: str | None = None


# The byte-level screen before the trigger: digits mapped to "0", then plain
# substring searches (memchr-fast, unlike a regex that tries every position).
# Each shape is a superset of a trigger alternative, so a file that has none
# of them (and no "@") cannot fire the trigger and is not even decoded whole.
_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_BYTE_SHAPES = (b"000000", b"00 00", b"000-0000", b"0000.00.0", b"00-00-00-00", b"00.00.00.00")
# scan's _CONTROL characters (files.py) as bytes: C0 controls but tab, line
# feed, vertical tab, form feed and carriage return; and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
# Encodings in which ASCII digits, spaces, "-", "." and "@" are those bytes.
_ASCII_COMPATIBLE = frozenset({"utf-8", "utf-8-sig", "cp1252", "latin-1", "iso8859-1", "ascii"})


def _may_fire(data: bytes, email: bool) -> bool:
    """False only if no trigger alternative can match ``data``.

    >>> _may_fire(b"port: 65535, at 2026-11-05T14:33", email=True), _may_fire(b"ring 070-123 45 67", False)
    (False, True)
    """
    # "2026-11-05 14:33": the space between a date and a time is no digit group
    zeros = data.translate(_ZEROS).replace(b"-00 00:", b"-00T00:")
    return any(shape in zeros for shape in _BYTE_SHAPES) or (email and b"@" in data)


def _decode(data: bytes, engine: _Engine | None = None) -> str | None:
    """Text of a file as scan decodes it; ``Unreadable`` for binary content;
    None when ``engine``'s trigger cannot fire on it (nothing to detect)."""
    import codecs

    from scanner.sources.files import _CONTROL, HEAD_BYTES, UNREADABLE, Unreadable, detect_encoding

    head = data[:HEAD_BYTES]
    encoding = detect_encoding(head, truncated=len(data) > len(head))
    ascii_compatible = codecs.lookup(encoding).name in _ASCII_COMPATIBLE
    if ascii_compatible:  # the same test as scan's, on bytes: control bytes are those characters
        window_bytes = data[:4096]
        controls = len(window_bytes) - len(window_bytes.translate(None, _CONTROL_BYTES))
        size = len(window_bytes)
    else:
        window = data[:16384].decode(encoding, errors="replace")[:4096]
        controls, size = len(_CONTROL.findall(window)), len(window)
    if controls > max(4, size // 100):  # text, but not really
        raise Unreadable(UNREADABLE)
    if (engine is not None and engine.trigger is not None and ascii_compatible
            and not _may_fire(data, engine.trigger_email)):
        return None
    return data.decode(encoding, errors="replace")


def _windows(engine: _Engine, text: str, starts) -> Iterator[tuple[int, str, int]]:
    """(offset, text, keep from) to detect: with a trigger, each line it fires
    on, with the line before it for context words, keeping hits from the
    line's start on; without one, blocks of whole lines."""
    if engine.trigger is None:
        if len(text) <= BLOCK_CHARS:
            yield 0, text, 0
        else:
            for offset, block in _blocks(text, starts()):
                yield offset, block, 0
        return
    first = engine.trigger.search(text)
    if first is None:
        return
    line_starts = starts()
    fired: dict[int, int] = {}  # line -> where the trigger first fires on it
    for m in engine.trigger.finditer(text, first.start()):
        fired.setdefault(bisect.bisect_right(line_starts, m.start()), m.start())
    layouts: dict[int, str] = {}  # each line's, worked out once: it is compared as this line and the next's

    def layout(line: int) -> str:
        if line not in layouts:
            layouts[line] = _layout(text[line_starts[line - 1]:fired[line]])
        return layouts[line]

    for line in sorted(fired):
        begin = line_starts[line - 1]
        end = line_starts[line] if line < len(line_starts) else len(text)
        if end - begin > BLOCK_CHARS:  # a long line: blocks of it, cut at delimiters
            for offset, block in _blocks(text[begin:end], [0]):
                yield begin + offset, block, begin + offset
            continue
        context = line_starts[line - 2] if line >= 2 else begin
        if begin - context > BLOCK_CHARS or (line - 1 in fired and layout(line - 1) == layout(line)):
            context = begin
        yield context, text[context:end], begin


def _layout(head: str) -> str:
    """A line's layout before its first number: each run of letters, digits
    or blanks as one character.

    A line laid out as the one before it up to its number is a record of its
    own (a table's row, a dict's entry, a log's line), and the words of the
    record before are no context for it: "GSM" in ``'554198478': 'Brasil
    Telecom GSM',`` says nothing of the next entry's number.

    >>> _layout(" '"), _layout("'Claro': "), _layout("'GSM': ") == _layout("'Claro': ")
    (" '", "'a': ", True)
    >>> _layout("Ring mig på ") == _layout("mobil ")
    False
    """
    return _LAYOUT.sub(_layout_char, head)


def _layout_char(m: re.Match) -> str:
    c = m.group()[0]
    return "a" if c.isalpha() else "0" if c.isdigit() else " "


def _check_text(engine: _Engine, path: str, text: str, suffix: str) -> list[_Raw]:
    """Every occurrence in a decoded text, with its line and column.

    Line starts and CSV columns are worked out only for a file that has a
    hit: most files of a repository have none, and then cost a few regex
    passes (``Detector.detect_value``'s screens) and nothing more.
    """
    from scanner.sources.files import TABULAR

    lazy: dict[str, Any] = {}

    def starts() -> list[int]:
        if "starts" not in lazy:
            lazy["starts"] = _line_starts(text)
        return lazy["starts"]

    field_at = hint_at = None
    if suffix in TABULAR or suffix == ".sql":
        hints = engine.detector.hints
        names: dict[str | None, tuple[frozenset[str], frozenset[str]]] = {}

        def cell_at(offset: int) -> tuple[int, int, str] | None:
            if "cells" not in lazy:
                lazy["cells"] = _sql_columns(text) if suffix == ".sql" else _csv_columns(text, starts(), suffix)[0]
            return _cell_at(lazy["cells"], offset)

        def field_at(offset: int) -> str | None:
            cell = cell_at(offset)
            return None if cell is None else cell[2]

        def hint_at(offset: int, base: int) -> _ColumnAt:
            cell = cell_at(base + offset)
            name = None if cell is None else cell[2]
            if name not in names:
                names[name] = hints.for_column(name if name and not name.isdigit() else None)
            hinted, against = names[name]
            return _ColumnAt(hinted, against, None if cell is None else (cell[0] - base, cell[1] - base))

    out: list[_Raw] = []
    for offset, block, keep_from in _windows(engine, text, starts):
        local_hint = functools.partial(hint_at, base=offset) if hint_at else None
        for span in engine.spans(block, hint_at=local_hint):
            start, end = offset + span.start, offset + span.end
            if start < keep_from:
                continue  # in the line before, which is there for context only
            line_starts = starts()
            line = bisect.bisect_right(line_starts, start)
            line_start = line_starts[line - 1]
            line_end = line_starts[line] if line < len(line_starts) else len(text)
            out.append(_Raw(path, line, start - line_start + 1, end - line_start + 1, span.entity, span.kind,
                            text[start:end], text[line_start:line_end].rstrip("\r\n"),
                            field_at(start) if field_at else None))
    return out


def _check_rich(engine: _Engine, reader: Any, target: Target) -> tuple[list[_Raw], list[FileError], list]:
    """Office, PDF, e-mail, Parquet and archives, through FileSource's readers."""
    from scanner.models import ScanError

    where = target.content if target.content is not None else target.disk
    items = reader._guarded(target.path, lambda: reader._read(target.path, where, target.size))
    items = [items] if isinstance(items, ScanError) else items
    raws: list[_Raw] = []
    errors: list[FileError] = []
    skipped: list[tuple[str, str]] = []
    hints = engine.detector.hints
    for item in items:
        if isinstance(item, ScanError):
            path = item.location.get("path", target.path)
            if item.error.startswith(("unsupported format", "unreadable: binary")):
                skipped.append((path, item.error))
            else:
                errors.append(FileError(path, item.error))
            continue
        path = item.unit.location.get("path", target.path)
        column = item.unit.location.get("column")
        hinted, against = hints.for_column(item.unit.name)
        for i, value in enumerate(item.values):
            if engine.trigger is not None and engine.trigger.search(value) is None:
                continue
            line = item.lines[i] if item.lines else None
            for span in engine.spans(value, hinted, against=against):
                raws.append(_Raw(path, line, span.start + 1 if line else None, span.end + 1 if line else None,
                                 span.entity, span.kind, value[span.start:span.end], value,
                                 None if column is None else str(column)))
    return raws, errors, skipped


def check_target(engine: _Engine, reader: Any, target: Target) -> tuple[list[_Raw], list[FileError], list]:
    """The occurrences in one file, its errors, and why it was skipped (if it was)."""
    from scanner.sources.files import NOT_YET, Unreadable

    suffix = os.path.splitext(target.path)[1].casefold()
    if suffix in NOT_YET:
        return [], [], [(target.path, f"unsupported format: {suffix} files are not checked yet")]
    if suffix in _RICH:
        return _check_rich(engine, reader, target)
    try:
        if target.content is not None:
            data = target.content
        else:
            with reader._open(target.disk) as fh:
                data = fh.read(target.size + 1)
    except PermissionError:
        return [], [FileError(target.path, "cannot read: permission denied")], []
    except OSError as e:
        return [], [FileError(target.path, f"cannot read: {e.strerror or e}")], []
    if not data:
        return [], [], []
    try:
        text = _decode(data, engine)
    except Unreadable as e:
        return [], [], [(target.path, str(e))]
    if text is None:
        return [], [], []
    return _check_text(engine, target.path, text, suffix), [], []


# -- the run ------------------------------------------------------------------------


def build_detector(entities: Sequence[str]):
    from scanner.detection import Detector, DetectorConfig

    return Detector(DetectorConfig(entities=tuple(entities)))


def run_check(paths: Sequence[str] = (), options: CheckOptions = CheckOptions(), *,
              cwd: str | Path = ".", detector: Any = None, trigger: bool = True) -> CheckResult:
    """Check ``paths`` (default: the repository, or the folder ``cwd``).

    ``detector``: a ``Detector`` built for ``options.entities`` to reuse (the
    benchmark builds one); built here otherwise.  ``trigger=False`` detects
    every line (the reference the trigger is tested against).  ``CheckError`` for what
    stops the run (exit 2); unreadable files are ``errors`` and the run goes on.
    """
    from scanner import __version__

    started = time.perf_counter()
    env = os.environ if options.env is None else options.env
    key, baseline = resolve_key(options, env)
    root, mode, targets, skipped = list_targets(paths, options, Path(cwd))
    ignore = load_ignore(root)
    own = set()
    for name in (options.baseline, options.write_baseline):
        if name:
            try:
                own.add(Path(os.path.normpath((Path(cwd).absolute() / name))).relative_to(root).as_posix())
            except ValueError:
                pass
    detector = detector or build_detector(options.entities)
    engine = _Engine(detector, use_trigger=trigger)
    reader = _reader(options.max_file_size)
    raws: list[_Raw] = []
    errors: list[FileError] = []
    checked = ignored = 0
    for target in targets:
        if target.path in own:
            continue  # the baseline itself holds fingerprints only
        if ignore is not None and ignore.match_file(target.path):
            ignored += 1
            continue
        found, errs, skips = check_target(engine, reader, target)
        raws.extend(found)
        errors.extend(errs)
        skipped.extend(skips)
        if not skips or found:
            checked += 1
    findings = [_judge(r, key, baseline) for r in raws]
    findings.sort(key=lambda f: (f.path, f.line or 0, f.column or 0, f.field or "", f.entity_type))
    stats = {"files": len(targets), "files_checked": checked, "files_ignored": ignored,
             "files_skipped": len(skipped), "seconds": round(time.perf_counter() - started, 3)}
    return CheckResult(
        version=__version__, mode=mode, since=options.since, entities=tuple(options.entities),
        detectors=tuple(sorted(r.name for r in detector.recognizers)), findings=tuple(findings),
        errors=tuple(errors), skipped=tuple(sorted(set(skipped))), stats=stats, key=key,
        baseline=baseline.path if baseline else None,
    )


def _judge(raw: _Raw, key: KeyInfo | None, baseline: Baseline | None) -> CheckFinding:
    fp = fingerprint(key, raw.entity, raw.path, raw.value) if key is not None else None
    if raw.kind != "real":
        outcome = "pass"
    elif allowed_by_pragma(raw.line_text, raw.entity):
        outcome = "allowed"
    elif baseline is not None and fp in baseline.fingerprints:
        outcome = "baseline"
    else:
        outcome = "fail"
    return CheckFinding(path=raw.path, line=raw.line, column=raw.column, end_column=raw.end_column,
                        entity_type=raw.entity, kind=raw.kind, outcome=outcome,
                        evidence=mask(raw.entity, raw.value), field=raw.field, fingerprint=fp)

