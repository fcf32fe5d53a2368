"""File scan speed: MB/s of ``nordpii scan`` over a generated share against extraction alone.

Builds a folder of mixed files in a temporary directory (default about 60 MB):
CSV and TSV exports of contacts, application logs, JSON Lines and JSON
documents, xlsx workbooks, docx letters, PDFs (a minimal hand-written PDF
with a text layer), e-mails (.eml), gzip-compressed logs and zip archives
of CSVs.  Every value is generated (scanner/demo.py's
checksum-valid identifiers, Faker's Swedish names): nothing is real.  Then,
in this process, on the same folder and with the same sample size:

  raw read        open and read every file's bytes (the floor)
  extraction      the file source alone: walk, read, decompress, decode, parse and
                  sample every file into units (FileSource.samples()), no detection
  scan            ``nordpii scan`` on the folder (scanner.scan.scan): the same
                  extraction, then detection, column verdicts and the policy,
                  with 1 process and with ``--jobs`` (default every CPU); the
                  detector is built inside each scan (its build time is printed)

and prints MB/s (of file bytes on disk) and each run's cost against the
extraction with the same number of processes (the issue's target: a scan
costs less than 3x extraction); the extraction with several processes reads
the same tasks of files (``scanner.scan.TASK_BYTES``) in a fork pool.
Median of ``--runs`` after one warm-up of each; nothing is asserted.
``--profile`` prints cProfile's top functions of one 1-process scan instead.

    .venv/bin/python bench/file_speed.py [--mb 60] [--runs 3] [--jobs N] [--profile]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanner.demo import iban, phone_number, se_personnummer  # noqa: E402
from scanner.detection import Detector, DetectorConfig  # noqa: E402
from scanner.scan import TASK_BYTES, TASK_FILES, ScanOptions, scan  # noqa: E402
from scanner.sources.files import FileSource  # noqa: E402

NOTES = ("Ringde kunden om fakturan, allt ok.", "Kunden vill bli kontaktad efter lunch.",
         "Skicka offert senast fredag.", "Inget att notera.", "Leverans försenad, kunden informerad.")


class People:
    def __init__(self, seed: int):
        from faker import Faker

        fake = Faker("sv_SE")
        fake.seed_instance(seed)
        self.first = [fake.first_name() for _ in range(500)]
        self.last = [fake.last_name() for _ in range(500)]
        self.rng = random.Random(seed)

    def row(self, i: int) -> list[str]:
        r = self.rng
        fn, ln = r.choice(self.first), r.choice(self.last)
        born = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(25000))
        return [str(i), fn, ln, se_personnummer(r, born), f"{fn.lower()}.{ln.lower()}{i}@example.com",
                phone_number(r, "SE", r.choice(("national", "international"))), f"{r.randrange(100, 985)} 55",
                str(20000 + r.randrange(60000)), r.choice(NOTES)]


HEADER = ["id", "förnamn", "efternamn", "personnummer", "email", "telefon", "postnummer", "lön", "anteckning"]


def _csv(p: People, rows: int, sep: str = ";") -> str:
    lines = [sep.join(HEADER)] + [sep.join(p.row(i)) for i in range(rows)]
    return "\n".join(lines) + "\n"


def _log(p: People, lines: int) -> str:
    r = p.rng
    out = []
    t = dt.datetime(2026, 1, 1)
    for i in range(lines):
        t += dt.timedelta(seconds=r.randrange(60))
        if r.random() < 0.05:
            row = p.row(i)
            msg = f"login ok user={row[4]} ip=10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)}"
        else:
            msg = f"GET /api/v2/orders/{r.randrange(10**8)} 200 {r.randrange(900)}ms"
        out.append(f"{t.isoformat()} INFO {msg}")
    return "\n".join(out) + "\n"


def _jsonl(p: People, rows: int) -> str:
    out = []
    for i in range(rows):
        row = p.row(i)
        out.append(json.dumps({"id": i, "kund": dict(zip(HEADER[1:], row[1:])), "konto": iban(p.rng, "SE")},
                              ensure_ascii=False))
    return "\n".join(out) + "\n"


def _pdf(p: People, pages: int) -> bytes:
    """A minimal PDF 1.4: Helvetica, 50 lines of contact notes a page."""

    def esc(s: str) -> bytes:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252", "replace")

    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
              b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for page in range(pages):
        rows = (p.row(page * 50 + i) for i in range(50))
        text = b" ".join(b"(" + esc(f"{r[1]} {r[2]}, tel {r[5]}, {r[8]}") + b") '" for r in rows)
        stream = b"BT /F1 9 Tf 36 806 Td 15 TL " + text + b" ET"
        bodies.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        bodies.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                      b"/Resources << /Font << /F1 3 0 R >> >> >>" % (len(bodies)))
        kids.append(len(bodies))
    bodies[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref))
    return out.getvalue()


def build(root: Path, megabytes: float, seed: int = 1) -> int:
    """Mixed files until about ``megabytes`` MB are on disk; returns the byte count."""
    from docx import Document
    from openpyxl import Workbook

    p = People(seed)
    target = megabytes * 1024 * 1024
    total = n = 0
    kinds = ("csv", "tsv", "log", "jsonl", "json", "xlsx", "docx", "eml", "gz", "zip", "txt", "pdf")
    while total < target:
        kind = kinds[n % len(kinds)]
        folder = root / f"avdelning{n % 7}"
        folder.mkdir(exist_ok=True)
        path = folder / f"fil{n:05d}.{'log.gz' if kind == 'gz' else kind}"
        if kind == "csv":
            path.write_text(_csv(p, 4000), encoding="utf-8")
        elif kind == "tsv":
            path.write_text(_csv(p, 3000, "\t"), encoding="cp1252", errors="replace")
        elif kind in ("log", "txt"):
            path.write_text(_log(p, 20000), encoding="utf-8")
        elif kind == "jsonl":
            path.write_text(_jsonl(p, 3000), encoding="utf-8")
        elif kind == "json":
            rows = [dict(zip(HEADER, p.row(i))) for i in range(2000)]
            path.write_text(json.dumps({"export": {"kunder": rows}}, ensure_ascii=False), encoding="utf-8")
        elif kind == "xlsx":
            wb = Workbook()
            ws = wb.active
            ws.append(HEADER)
            for i in range(3000):
                ws.append(p.row(i))
            wb.save(path)
        elif kind == "docx":
            doc = Document()
            for i in range(300):
                row = p.row(i)
                doc.add_paragraph(f"Hej {row[1]} {row[2]}, vi återkommer på {row[5]} om ärendet. {row[8]}")
            doc.save(path)
        elif kind == "eml":
            row = p.row(n)
            body = "\n".join(f"{r[1]} {r[2]}, tel {r[5]}" for r in (p.row(i) for i in range(2000)))
            path.write_text(f"From: {row[4]}\nTo: kundtjanst@example.com\nSubject: Kundlista\n"
                            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n", encoding="utf-8")
        elif kind == "gz":
            path.write_bytes(gzip.compress(_log(p, 20000).encode("utf-8"), mtime=0))
        elif kind == "pdf":
            path.write_bytes(_pdf(p, 20))
        elif kind == "zip":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for j in range(3):
                    z.writestr(f"export{j}.csv", _csv(p, 2000))
            path.write_bytes(buf.getvalue())
        total += path.stat().st_size
        n += 1
    return total


def raw_read(root: Path) -> None:
    for dirpath, _, names in os.walk(root):
        for name in names:
            with open(os.path.join(dirpath, name), "rb") as fh:
                while fh.read(1 << 20):
                    pass


def extract(root: Path, sample_size: int) -> int:
    src = FileSource(str(root), sample_size=sample_size)
    src.open()
    values = 0
    try:
        for item in src.samples():
            values += len(getattr(item, "values", ()))
    finally:
        src.close()
    return values


_SOURCE: FileSource | None = None


def _extract_task(files: list) -> int:
    assert _SOURCE is not None
    return sum(len(getattr(item, "values", ())) for rel, path, size in files
               for item in _SOURCE.read_file(rel, path, size))


def extract_parallel(root: Path, sample_size: int, jobs: int) -> int:
    """The extraction in ``jobs`` forked processes, over the tasks of files
    the scan would make (runs of about TASK_BYTES)."""
    global _SOURCE
    _SOURCE = FileSource(str(root), sample_size=sample_size)
    _SOURCE.open()
    tasks, group, weight = [], [], 0
    for item in _SOURCE.files():
        group.append(item)
        weight += min(item[2], _SOURCE.read_cap)
        if weight >= TASK_BYTES or len(group) >= TASK_FILES:
            tasks.append(group)
            group, weight = [], 0
    if group:
        tasks.append(group)
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        return sum(pool.map(_extract_task, tasks))


def median_time(fn, runs: int) -> float:
    fn()  # warm-up: page cache, imports, worker start-up paths
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sample-size", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: every CPU)")
    ap.add_argument("--profile", action="store_true", help="cProfile one 1-process scan and print its top")
    args = ap.parse_args()
    jobs = args.jobs
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "share"
        root.mkdir()
        t = time.perf_counter()
        size = build(root, args.mb)
        files = sum(len(f) for _, _, f in os.walk(root))
        mb = size / 1024 / 1024
        print(f"share: {files} files, {mb:.1f} MB (csv, tsv cp1252, log, txt, jsonl, json, xlsx, docx, pdf, eml, "
              f".log.gz, zip) built in {time.perf_counter() - t:.1f} s; sample size {args.sample_size}")
        t = time.perf_counter()
        Detector(DetectorConfig())
        print(f"detector build (counted in every scan below): {time.perf_counter() - t:.2f} s")
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.runcall(scan, [str(root)], ScanOptions(sample_size=args.sample_size, workers=1))
            pstats.Stats(prof).sort_stats("tottime").print_stats(30)
            return
        report = scan([str(root)], ScanOptions(sample_size=args.sample_size, workers=jobs))
        print(f"the scan finds {len(report.findings)} findings in {report.stats.get('units')} units, "
              f"{len(report.errors)} errors")
        runs = {
            "raw read (bytes only, the floor)": lambda: raw_read(root),
            "extraction: FileSource.samples(), no detection": lambda: extract(root, args.sample_size),
            "nordpii scan, 1 process": lambda: scan([str(root)], ScanOptions(sample_size=args.sample_size, workers=1)),
        }
        if jobs > 1:
            runs[f"extraction, {jobs} processes"] = lambda: extract_parallel(root, args.sample_size, jobs)
            runs[f"nordpii scan, {jobs} processes"] = lambda: scan(
                [str(root)], ScanOptions(sample_size=args.sample_size, workers=jobs))
        times = {label: median_time(fn, args.runs) for label, fn in runs.items()}
        base = {1: times["extraction: FileSource.samples(), no detection"],
                jobs: times.get(f"extraction, {jobs} processes")}
        print(f"\n{'run':<52} {'seconds':>8} {'MB/s':>8} {'vs extraction':>14}")
        for label, s in times.items():
            # each run against the extraction with as many processes
            b = base[jobs] if label.endswith(f"{jobs} processes") and jobs > 1 else base[1]
            print(f"{label:<52} {s:>8.2f} {mb / s:>8.1f} {s / b:>13.2f}x")


if __name__ == "__main__":
    main()
