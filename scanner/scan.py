"""The scan pipeline: sources -> samples -> detection -> verdicts -> findings,
then the policy's retention counts per source (``ScanOptions.as_of``, or now).

``scan`` is what ``nordpii scan`` calls; the CLI only parses options and
renders the ``Report``.  Samples are detected in batches (several tables at a
time) so that worker processes get enough work to be worth starting.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
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


def open_source(url: str, options: ScanOptions):
    """The source object for ``url`` (databases now; file shares come with issue 5)."""
    from scanner.sources.database import DatabaseSource

    return DatabaseSource(
        url,
        include=options.include,
        exclude=options.exclude,
        sample_size=options.sample_size,
        seed=options.seed,
        statement_timeout=options.statement_timeout,
        max_value_chars=options.max_value_chars,
    )


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
            report.sources.append({"url": masked, "kind": "database"})
            if progress:
                progress("source", masked)
            source = open_source(url, options)
            try:
                source.open()
            except SourceError as exc:
                report.errors.append(ScanError(masked, {}, str(exc)))
                report.stats.setdefault("unreachable", []).append(masked)
                continue
            try:
                for batch in _batches(source.samples(), report.errors):
                    for sample, verdicts in zip(batch, detector.judge_samples(batch, options.rules)):
                        units += 1
                        values += len(sample.values)
                        report.findings.extend(apply_policy(verdicts, policy))
                        if progress:
                            progress("unit", sample)
                for item in source.retention_counts(policy.retention, now):
                    if isinstance(item, ScanError):
                        report.errors.append(item)
                    else:
                        report.retention.append(item)
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
