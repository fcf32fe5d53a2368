"""The scan pipeline: sources -> samples -> detection -> verdicts -> findings,
then the policy's retention counts per source (``ScanOptions.as_of``, or now).

``scan`` is what ``nordpii scan`` calls; the CLI only parses options and
renders the ``Report``.  Samples are detected in batches (several tables at a
time) so that worker processes get enough work to be worth starting.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from scanner import __version__
from scanner.detection import BatchDetector, DetectorConfig
from scanner.models import Report, Sample, ScanError
from scanner.policy import Policy, apply_policy, load_policy
from scanner.verdicts import VerdictRules

# Values per detection batch: large enough to keep two worker processes busy,
# small enough to keep memory flat on a scan of hundreds of tables.
BATCH_VALUES = 50_000


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
                        follow_symlinks=options.follow_symlinks)
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
    files with findings get here and most stop after a few lines."""
    wanted = {v.entity_type for v in verdicts}
    strong: dict[str, int] = {}
    weak: dict[str, int] = {}
    for value, line in zip(sample.values, sample.lines):
        result = detector.detect([value], sample.unit.name)[value]
        for hit in result.hits:
            if hit.entity_type in wanted:
                weak.setdefault(hit.entity_type, line)
                if hit.score >= rules.threshold:
                    strong.setdefault(hit.entity_type, line)
        if wanted <= strong.keys():
            break
    out = []
    for v in verdicts:
        line = strong.get(v.entity_type, weak.get(v.entity_type))
        if line is not None:
            v = replace(v, unit=replace(v.unit, location={**v.unit.location, "line": line}))
        out.append(v)
    return out


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
