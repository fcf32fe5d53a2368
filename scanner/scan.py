"""The scan pipeline: sources -> samples -> detection -> verdicts -> findings,
then the policy's retention counts per source (``ScanOptions.as_of``, or now).

``scan`` is what ``nordpii scan`` calls; the CLI only parses options and
renders the ``Report``.  Samples are detected in batches (several tables at a
time) so that worker processes get enough work to be worth starting.

File sources with more than one worker are scanned file by file across
processes (``file_results``): the walk stays in this process, and each worker
reads, extracts, detects and judges a few files at a time, so the reading and
parsing of the files is shared out as well as the detection.  Results are
taken back in walk order: the findings, errors, stats and skipped files are
the same, in the same order, as with one process.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import multiprocessing.util
import os
import re
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from scanner import __version__
from scanner.detection import BatchDetector, Claims, Detector, DetectorConfig, claimed_pool, judge_with
from scanner.models import Report, Sample, ScanError
from scanner.policy import Policy, apply_policy, load_policy
from scanner.verdicts import VerdictRules

log = logging.getLogger("nordpii.scan")

# Values per detection batch: large enough to keep two worker processes busy,
# small enough to keep memory flat on a scan of hundreds of tables.
BATCH_VALUES = 50_000
# File sources: the worker pool starts once the walk has listed this many
# bytes (each file counted up to the read cap) or files; below, the files are
# read here, as a pool would cost more than it saves.  A task is a run of
# consecutive files of about TASK_BYTES, at most TASK_FILES.
PARALLEL_BYTES = 1024 * 1024
PARALLEL_FILES = 50
TASK_BYTES = 1024 * 1024
TASK_FILES = 16
# Tasks queued per worker before this process reads one itself: enough that
# a worker still has work while this process reads a long task (a PDF can
# take seconds); the queued tasks no worker has started are taken back here
# at the end of the walk.
QUEUED_PER_WORKER = 6


@dataclass(frozen=True)
class ScanOptions:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    sample_size: int = 1000
    seed: int = 0
    workers: int = 1
    statement_timeout: float = 30.0
    max_value_chars: int = 4096
    detector: DetectorConfig = DetectorConfig()
    rules: VerdictRules = VerdictRules()
    # "now" for the policy's retention rules (UTC when naive); None: the real time
    as_of: dt.datetime | None = None
    # file sources: larger files are skipped (listed in stats "skipped"); symlinks
    max_file_size: int = 100 * 1024 * 1024
    follow_symlinks: bool = False
    # bytes read from one file at most; a larger seekable text, CSV or JSON
    # Lines file is sampled over its whole length (head plus windows)
    read_cap: int = 32 * 1024 * 1024
    # smb:// sources: the password (from NORDPII_SMB_PASSWORD or the CLI's prompt); never printed
    smb_password: str | None = field(default=None, repr=False)


FILE_SCHEMES = frozenset({"file", "smb", "s3"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def source_kind(url: str) -> str:
    """``"database"`` for a URL with a database scheme, else ``"files"``.

    >>> source_kind("sqlite:///crm.db"), source_kind("postgresql+psycopg://scan@db/crm")
    ('database', 'database')
    >>> source_kind("/srv/share"), source_kind("file:///srv/share"), source_kind("smb://fs01/hr")
    ('files', 'files', 'files')
    """
    m = _SCHEME.match(url)
    if m and m.group(1).lower() not in FILE_SCHEMES:
        return "database"
    return "files"


def open_source(url: str, options: ScanOptions):
    """The source object for ``url``: a database URL (any scheme but file,
    smb, s3), an ``smb://`` share, an ``s3://`` bucket or prefix, or a local
    path / ``file://`` URL (issue 5); ``SourceError`` for a bad SMB or S3 URL."""
    from scanner.sources.database import DatabaseSource, SourceError, mask_url

    common = dict(
        include=options.include,
        exclude=options.exclude,
        sample_size=options.sample_size,
        seed=options.seed,
        max_value_chars=options.max_value_chars,
    )
    if source_kind(url) == "database":
        return DatabaseSource(url, statement_timeout=options.statement_timeout, **common)
    file_options = dict(common, max_file_size=options.max_file_size,
                        follow_symlinks=options.follow_symlinks, read_cap=options.read_cap)
    m = _SCHEME.match(url)
    scheme = m.group(1).lower() if m else "file"
    if scheme == "smb":
        from scanner.sources.smb import SmbSource

        return SmbSource(url, password=options.smb_password, **file_options)
    if scheme == "s3":
        from scanner.sources.s3 import S3Source

        return S3Source(url, **file_options)
    if scheme != "file":
        raise SourceError(f"cannot open {mask_url(url)}: {scheme}:// sources are not supported yet")
    from scanner.sources.files import FileSource

    return FileSource(url, **file_options)


# progress(event, payload): "source" (masked url), "unit" (Sample), "done"
Progress = Callable[[str, object], None]


def scan(urls: list[str], options: ScanOptions = ScanOptions(), policy: Policy | None = None,
         progress: Progress | None = None) -> Report:
    from scanner.sources.database import SourceError, mask_url

    policy = policy or load_policy()
    now = options.as_of or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    started = time.perf_counter()
    report = Report(version=__version__, policy=policy.name)
    detector = BatchDetector(options.detector, workers=options.workers)
    detector.local  # built before any source is opened: a bad configuration fails first
    units = values = 0
    try:
        for url in urls:
            masked = mask_url(url)
            kind = source_kind(url)
            if progress:
                progress("source", masked)
            try:
                source = open_source(url, options)
                kind = source.kind
                source.open()
            except SourceError as exc:
                report.sources.append({"url": masked, "kind": kind})
                report.errors.append(ScanError(masked, {}, str(exc)))
                report.stats.setdefault("unreachable", []).append(masked)
                continue
            report.sources.append({"url": masked, "kind": kind})
            try:
                if kind == "files" and options.workers > 1:
                    results = file_results(source, url, options, detector.local)
                    try:
                        for item in results:
                            if isinstance(item, ScanError):
                                report.errors.append(item)
                                continue
                            sample, count, verdicts = item
                            units += 1
                            values += count
                            report.findings.extend(apply_policy(verdicts, policy))
                            if progress:
                                progress("unit", sample)
                    finally:
                        results.close()
                else:
                    for batch in _batches(source.samples(), report.errors):
                        for sample, verdicts in zip(batch, detector.judge_samples(batch, options.rules)):
                            units += 1
                            values += len(sample.values)
                            if sample.lines and verdicts:
                                verdicts = first_lines(sample, verdicts, detector.local, options.rules)
                            report.findings.extend(apply_policy(verdicts, policy))
                            if progress:
                                progress("unit", sample)
                for item in source.retention_counts(policy.retention, now):
                    if isinstance(item, ScanError):
                        report.errors.append(item)
                    else:
                        report.retention.append(item)
                if kind == "files":
                    _file_stats(report, source)
            finally:
                source.close()
    finally:
        detector.close()
    report.stats.update(
        {"units": units, "values_sampled": values, "seconds": round(time.perf_counter() - started, 3)}
    )
    if progress:
        progress("done", report)
    return report


def first_lines(sample: Sample, verdicts: list, detector, rules: VerdictRules) -> list:
    """The verdicts of a text file with ``line`` added to their location: the
    first sampled line (in file order) holding a hit of the entity that
    reaches the threshold (else any hit of it).  Lines are detected again one
    by one, in order, until every entity has its line: cheap, since only
    files with findings get here and most stop after a few lines.  A line
    from a window of a sampled large file has no known number: ``offset``
    (its byte offset in the file) is added instead, never a guessed line."""
    wanted = {v.entity_type for v in verdicts}
    strong: dict[str, dict] = {}
    weak: dict[str, dict] = {}
    offsets = sample.offsets or (None,) * len(sample.lines)
    for value, line, offset in zip(sample.values, sample.lines, offsets):
        if line is not None:
            where = {"line": line}
        elif offset is not None:
            where = {"offset": offset}
        else:
            continue
        result = detector.detect([value], sample.unit.name)[value]
        for hit in result.hits:
            if hit.entity_type in wanted:
                weak.setdefault(hit.entity_type, where)
                if hit.score >= rules.threshold:
                    strong.setdefault(hit.entity_type, where)
        if wanted <= strong.keys():
            break
    out = []
    for v in verdicts:
        where = strong.get(v.entity_type, weak.get(v.entity_type))
        if where is not None:
            v = replace(v, unit=replace(v.unit, location={**v.unit.location, **where}))
        out.append(v)
    return out


# -- file sources across processes ----------------------------------------------

@dataclass(frozen=True)
class FileResult:
    """One file read and judged: its units as (sample without its values,
    values sampled, verdicts) or the ``ScanError`` that stopped it, in order;
    and what reading it added to the source's ``stats`` and ``skipped``."""

    items: list
    stats: dict
    skipped: list


def read_and_judge(source, detector: Detector, rules: VerdictRules, files: list) -> list[FileResult]:
    """Read, detect and judge each of ``files`` ((relative path, path, size)
    from ``source.files()``), with the same verdicts as the batched scan."""
    out = []
    for rel, path, size in files:
        saved = source.stats, source.skipped  # the walk's, when this runs in the walking process
        source.stats, source.skipped = {}, []
        try:
            read = source.read_file(rel, path, size)
            stats, skipped = source.stats, source.skipped
        finally:
            source.stats, source.skipped = saved
        items: list = []
        for item in read:
            if isinstance(item, ScanError):
                items.append(item)
                continue
            verdicts = judge_with(detector, [item], rules)[0]
            if item.lines and verdicts:
                verdicts = first_lines(item, verdicts, detector, rules)
            items.append((replace(item, values=(), lines=(), offsets=()), len(item.values), verdicts))
        out.append(FileResult(items, stats, skipped))
    return out


_FILE_WORKER: tuple | None = None  # (source, detector, rules, claim flags) in a worker process
_PARENT_DETECTOR: Detector | None = None  # inherited by forked workers: not built again


def _init_file_worker(url: str, options: ScanOptions, flags) -> None:
    global _FILE_WORKER
    source = open_source(url, options)
    source.open()  # a connection of its own (SMB session, S3 client)
    multiprocessing.util.Finalize(source, source.close, exitpriority=10)
    detector = _PARENT_DETECTOR if _PARENT_DETECTOR is not None else Detector(options.detector)
    _FILE_WORKER = (source, detector, options.rules, flags)
    gc.collect()  # as scanner.detection._init_worker: the worker's long-lived heap, walked no more
    gc.freeze()


def _file_task(number: int, files: list) -> list[FileResult] | None:
    assert _FILE_WORKER is not None
    source, detector, rules, flags = _FILE_WORKER
    if not Claims.begin(flags, number):  # taken back: this process reads it
        return None
    return read_and_judge(source, detector, rules, files)


def _file_pool(url: str, options: ScanOptions, detector: Detector) -> tuple[ProcessPoolExecutor, Claims]:
    global _PARENT_DETECTOR
    _PARENT_DETECTOR = detector if os.name == "posix" else None  # forked workers inherit it
    # This process reads and judges files too, so it starts one worker fewer.
    return claimed_pool(options.workers - 1, _init_file_worker, (url, options))


def file_results(source, url: str, options: ScanOptions, detector: Detector) -> Iterator:
    """The units of a file source (``ScanError`` or (sample without values,
    values sampled, verdicts)), in walk order, read and judged by
    ``options.workers`` processes (this one and ``workers - 1`` forked
    workers; this one reads a task itself whenever the workers have
    ``QUEUED_PER_WORKER`` tasks each waiting) once the walk has listed
    enough to be worth it (``PARALLEL_BYTES``).  ``source.stats`` and
    ``source.skipped`` end as a one-process ``samples()`` leaves them.  A pool that breaks (a worker that
    cannot start or dies) is dropped and its files are read here instead."""
    source.stats = {"files": 0}
    source.skipped = []
    walk = source.files()
    pool: ProcessPoolExecutor | None = None
    claims: Claims | None = None
    broken = False
    pending: deque = deque()  # in walk order: [kind, payload, files, skipped before each, task number]
    inflight = 0
    skipped: list = []  # the walk's and the readers' skipped files, in one-process order
    mark = listed_bytes = listed_files = weight = 0
    group: list = []
    before: list = []

    def local(files: list) -> list[FileResult]:
        return read_and_judge(source, detector, options.rules, files)

    def flush() -> None:
        nonlocal pool, claims, broken, inflight, weight
        if not group:
            return
        files, pre = list(group), list(before)
        group.clear()
        before.clear()
        weight = 0
        if (pool is None and not broken and options.workers > 1
                and (listed_bytes >= PARALLEL_BYTES or listed_files >= PARALLEL_FILES)):
            pool, claims = _file_pool(url, options, detector)
        if pool is not None and not broken and inflight < QUEUED_PER_WORKER * (options.workers - 1):
            assert claims is not None
            number = claims.new()
            try:
                pending.append(["task", pool.submit(_file_task, number, files), files, pre, number])
                inflight += 1
                return
            except BrokenProcessPool:  # a worker could not start: read here from now on
                broken = True
        # no pool (yet), a broken one, or every worker has work waiting: this process takes the task
        pending.append(["done", local(files), files, pre, None])

    def steal() -> bool:
        # The last queued task no worker has begun, read here instead: at
        # the end of a walk this process would otherwise wait idle while a
        # worker still has tasks waiting.  (Claims, not Future.cancel: see there.)
        nonlocal inflight
        for entry in reversed(pending):
            if entry[0] == "task" and claims is not None and claims.take_back(entry[4]):
                entry[0], entry[1] = "done", local(entry[2])
                inflight -= 1
                return True
        return False

    def take(block: bool) -> Iterator:
        nonlocal pool, broken, inflight
        while pending:
            kind, payload, files, pre, _ = pending[0]
            if kind == "task" and not payload.done():
                if not block:
                    return
                if steal():
                    continue
            if kind == "task":
                try:
                    payload = payload.result()
                except BrokenProcessPool:  # a worker died: this process reads what it had
                    if not broken:
                        log.warning("a worker process stopped; this process reads its files instead")
                    broken = True
                    payload = local(files)
                inflight -= 1
            pending.popleft()
            if kind == "error":
                skipped.extend(pre)
                yield payload
                continue
            for pre_i, result in zip(pre, payload):
                skipped.extend(pre_i)
                skipped.extend(result.skipped)
                for key, n in result.stats.items():
                    source.stats[key] = source.stats.get(key, 0) + n
                yield from result.items
            if broken and pool is not None:
                pool.shutdown(wait=False)
                pool = None

    try:
        for item in walk:
            pre, mark = source.skipped[mark:], len(source.skipped)
            if isinstance(item, ScanError):  # a folder that cannot be listed
                flush()
                pending.append(["error", item, None, pre, None])
            else:
                group.append(item)
                before.append(pre)
                size = min(item[2], options.read_cap)
                weight += size
                listed_bytes += size
                listed_files += 1
                if weight >= TASK_BYTES or len(group) >= TASK_FILES:
                    flush()
            yield from take(block=False)
        flush()
        yield from take(block=True)
        skipped.extend(source.skipped[mark:])
        source.skipped = skipped
    finally:
        global _PARENT_DETECTOR
        _PARENT_DETECTOR = None
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _file_stats(report: Report, source) -> None:
    """A file source's counts (summed over sources) and its skipped files."""
    files = report.stats.setdefault("files", {})
    for key, n in sorted(source.stats.items()):
        files[key] = files.get(key, 0) + n
    for rel, reason in source.skipped:
        report.stats.setdefault("skipped", []).append(
            {"source": source.source, "location": {"path": rel}, "reason": reason})


def _batches(items: Iterator[Sample | ScanError], errors: list[ScanError]) -> Iterator[list[Sample]]:
    batch: list[Sample] = []
    size = 0
    for item in items:
        if isinstance(item, ScanError):
            errors.append(item)
            continue
        batch.append(item)
        size += len(item.values)
        if size >= BATCH_VALUES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
