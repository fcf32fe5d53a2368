"""The ``nordpii`` command line: parses options, calls the engine, picks a renderer.

Data goes to stdout or ``--output``; progress and errors go to stderr.
Exit codes: 0 nothing that violates policy, 1 findings that violate policy
(``--fail-on`` chooses which), 2 usage or connection error.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tempfile
from pathlib import Path

import click

from reports import FORMATS
from scanner import __version__

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
AS_OF_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]


class Failure(click.ClickException):
    """A one-line error for the user, exit code 2, never a traceback."""

    exit_code = EXIT_ERROR


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise Failure(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:  # CSV's CRLF stays CRLF
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise Failure(f"cannot write {path}: {exc.strerror or exc}") from None


def scan_options(func):
    """Options shared by ``scan`` and ``demo``."""
    decorators = [
        click.option("--include", multiple=True, metavar="GLOB",
                     help="Only scan tables matching GLOB ('schema.table' or 'table'), or files whose "
                          "relative path matches it ('*.csv', 'hr/*'); repeatable."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="Skip tables or files matching GLOB; repeatable."),
        click.option("--sample-size", type=click.IntRange(1, 10_000_000), default=1000, show_default=True,
                     help="Rows sampled per table (lines per text file, rows per CSV)."),
        click.option("--seed", type=int, default=0, show_default=True,
                     help="Sampling seed: the same seed reads the same sample."),
        click.option("--workers", type=click.IntRange(1, 64), default=None,
                     help="Detection processes [default: number of CPUs]."),
        click.option("--timeout", "statement_timeout", type=click.FloatRange(0.1, 86400), default=30.0,
                     show_default=True, help="Statement timeout per query, seconds."),
        click.option("--policy", "policy_path", type=click.Path(dir_okay=False), default=None,
                     help="Policy YAML, or builtin:hr_example "
                          "[default: the built-in Nordic CRM policy, builtin:default]."),
        click.option("--fail-on", type=click.Choice(["prohibited", "unexpected", "any", "never"]),
                     default="prohibited", show_default=True,
                     help="Exit 1 when a finding of this status (or worse) is found."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                     help="Report format: table (terminal), json, html (one self-contained file for a DPO), "
                          "markdown (tickets, wikis), csv (one row per finding)."),
        click.option("--as-of", "as_of", type=click.DateTime(AS_OF_FORMATS), default=None, metavar="DATE",
                     help="The time the policy's retention rules count back from, UTC "
                          "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS) [default: now]."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
                     help="Write the report to FILE (atomically) instead of stdout."),
        click.option("--spacy-model", metavar="NAME|PATH", envvar="NORDPII_SPACY_MODEL", default=None,
                     help="A trained spaCy pipeline you have installed, whose NER adds PERSON "
                          "findings (never downloaded) [env NORDPII_SPACY_MODEL]."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nordpii")
@click.option("--verbose", "-v", is_flag=True, help="Log what happens, to stderr.")
def main(verbose: bool) -> None:
    """nordpii: find personal data in Nordic databases, judge it against policy."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="nordpii: %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    # Presidio logs every registry change at INFO/WARNING; not the user's business.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def parse_size(text: str) -> int:
    """Bytes from ``"100M"``, ``"2G"``, ``"512k"`` or a plain number.

    >>> parse_size("100M"), parse_size("512k"), parse_size("1000")
    (104857600, 524288, 1000)
    """
    units = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    t = text.strip().lower().removesuffix("b").removesuffix("i")
    number, unit = (t[:-1], t[-1]) if t and t[-1] in units else (t, "")
    try:
        value = float(number)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a size (for example 100M, 2G, 512k)") from None
    if value <= 0:
        raise click.BadParameter("the size must be positive")
    return int(value * units[unit])


@main.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL|PATH...")
@scan_options
@click.option("--max-file-size", default="100M", show_default=True, metavar="SIZE",
              callback=lambda ctx, param, value: parse_size(value),
              help="File sources: skip files larger than SIZE (listed under stats.skipped).")
@click.option("--follow-symlinks", is_flag=True,
              help="File sources: follow symbolic links (loop-safe) [default: not followed].")
def scan(urls, **opts) -> None:
    """Scan databases and files for personal data.

    URL is any SQLAlchemy URL: sqlite:///crm.db, postgresql+psycopg://user@host/db,
    mysql+pymysql://user@host/db.  Passwords are never printed; prefer a
    ~/.pgpass file or the PGPASSWORD environment variable to a password in the URL.
    PATH is a local file or folder (or a file:// URL), or an SMB share,
    smb://[user@]host[:port]/share/path, whose password comes from
    NORDPII_SMB_PASSWORD or a prompt, never from the URL. One run may mix them.

    \b
    Examples:
      nordpii scan sqlite:///crm.db
      nordpii scan postgresql+psycopg://scan@127.0.0.1/crm --include 'public.*' --format json -o report.json
      nordpii scan sqlite:///crm.db /srv/share --exclude '*.log'
      NORDPII_SMB_PASSWORD=... nordpii scan smb://scan@fs01/hr --include '*.xlsx'
    """
    run_scan(list(urls), **opts)


@main.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False), default="demo", show_default=True,
              help="Where to write the generated database.")
@click.option("--contacts", type=click.IntRange(10, 1_000_000), default=2000, show_default=True,
              help="Contacts to generate.")
@click.option("--data-seed", type=int, default=7, show_default=True, help="Seed of the generated data.")
@scan_options
def demo(directory, contacts, data_seed, **opts) -> None:
    """Generate a synthetic Nordic CRM database in SQLite and scan it."""
    from scanner.demo import generate_crm

    path = Path(directory) / "crm.db"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        summary = generate_crm(path, contacts=contacts, seed=data_seed)
    except OSError as exc:
        raise Failure(f"cannot write the demo database {path}: {exc.strerror or exc}") from None
    rows = ", ".join(f"{t} {n}" for t, n in summary.items())
    click.echo(f"nordpii: generated {path} ({rows}); scanning it", err=True)
    run_scan([f"sqlite:///{path}"], **opts)


@main.command()
@click.argument("source", metavar="SOURCE")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Rules YAML: the transform of every column (README, 'Anonymising').")
@click.option("--to", "target", metavar="TARGET",
              help="Where the copy goes: an SQLAlchemy URL, a .db/.sqlite path (SQLite), or for files a "
                   "file of the same format or a folder.")
@click.option("--plan", "show_plan", is_flag=True, help="Scan SOURCE and print a proposed rules file to stdout.")
@click.option("--key-file", type=click.Path(dir_okay=False), default=None,
              help="The pseudonymisation key, from this file [default: the NORDPII_KEY environment variable].")
@click.option("--overwrite", is_flag=True, help="Replace an existing target (atomically).")
@click.option("--include", multiple=True, metavar="GLOB", help="Only copy tables (files) matching GLOB; repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip tables (files) matching GLOB; repeatable.")
@click.option("--chunk-size", type=click.IntRange(1, 1_000_000), default=10_000, show_default=True,
              help="Rows read, transformed and written at a time.")
@click.option("--k", "k", type=click.IntRange(2, 1_000_000), default=None,
              help="Target k for k-anonymity [default: the rules' k, else 5].")
@click.option("--suppress/--no-suppress", default=None,
              help="Leave out the records of quasi-identifier groups smaller than k [default: the rules'].")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="The date age bands are counted at (YYYY-MM-DD) [default: the rules' as_of, else today].")
@click.option("--sample-size", type=click.IntRange(1, 10_000_000), default=1000, show_default=True,
              help="Values per column scanned by the leak check (and by --plan).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="The run's report.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--spacy-model", metavar="NAME|PATH", envvar="NORDPII_SPACY_MODEL", default=None,
              help="A trained spaCy pipeline you installed, for names in free text (never downloaded).")
@click.option("--quiet", "-q", is_flag=True, help="No warnings on stderr (they stay in the report).")
def anonymise(source, rules_path, target, show_plan, key_file, overwrite, include, exclude, chunk_size, k,
              suppress, as_of, sample_size, fmt, output, spacy_model, quiet) -> None:
    """Make a pseudonymised copy of a database or of tabular files.

    Every column gets the transform the rules name (keep, drop, pseudonym,
    pseudonym_int, surrogate, generalise, date_shift, redact).  The key comes
    from NORDPII_KEY or --key-file; there is no default and it is never
    printed.  The copy is written atomically and published only when the leak
    check (a re-scan of the copy) and the k-anonymity target pass.

    Exit codes: 0 written, 1 a check failed (nothing written), 2 usage,
    connection, key or rules error, or a table that could not be copied.

    \b
    Examples:
      nordpii anonymise sqlite:///crm.db --plan > rules.yaml
      NORDPII_KEY=... nordpii anonymise sqlite:///crm.db --rules rules.yaml --to copy.db
      nordpii anonymise postgresql+psycopg://scan@db/crm --rules rules.yaml --to sqlite:///crm_anon.db \\
          --key-file /run/secrets/nordpii.key --format json -o run.json
      nordpii anonymise exports/ --rules rules.yaml --to exports_anon/
    """
    from scanner.anonymise import AnonymiseOptions, RulesError, load_rules, plan, print_table, render_json
    from scanner.anonymise_io import TargetError
    from scanner.nlp import ModelNotInstalled
    from scanner.sources.database import SourceError

    options = AnonymiseOptions(include=tuple(include), exclude=tuple(exclude), chunk_size=chunk_size, k=k,
                               suppress=suppress, as_of=as_of.date() if as_of else None, overwrite=overwrite,
                               sample_size=sample_size, workers=os.cpu_count() or 1, spacy_model=spacy_model)
    if show_plan:
        if rules_path or target:
            raise Failure("--plan prints proposed rules: give it without --rules and --to")
        try:
            text = plan(source, options)
        except SourceError as exc:
            raise Failure(str(exc)) from None
        except Exception as exc:  # the last line of defence: no traceback reaches a user
            logging.getLogger("nordpii").debug("plan failed", exc_info=True)
            raise Failure(f"plan failed: {type(exc).__name__}: {_one_line(exc)}") from None
        if output:
            write_atomic(Path(output), text)
        else:
            click.echo(text, nl=False)
        return
    if not rules_path or not target:
        raise Failure("give --rules FILE and --to TARGET (or --plan for proposed rules)")
    from scanner.anonymise import anonymise as run
    from scanner.transforms import Key, KeyMissing

    try:
        rules = load_rules(rules_path)
        key = Key.load(key_file)
    except (RulesError, KeyMissing) as exc:
        raise Failure(str(exc)) from None

    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"nordpii: warning: {message}", err=True)

    try:
        result = run(source, target, rules, key, options, warn=warn)
    except (SourceError, TargetError, RulesError, ModelNotInstalled) as exc:
        raise Failure(str(exc)) from None
    except KeyboardInterrupt:
        raise Failure("interrupted (nothing written)") from None
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        logging.getLogger("nordpii").debug("anonymise failed", exc_info=True)
        raise Failure(f"anonymise failed (nothing written): {type(exc).__name__}: {_one_line(exc)}") from None
    if output:
        write_atomic(Path(output), render_json(result) if fmt == "json" else _table_text(result, print_table))
    elif fmt == "table":
        from rich.console import Console

        print_table(result, Console(soft_wrap=False))
    else:
        click.echo(render_json(result), nl=False)
    for e in result.errors:
        click.echo(f"nordpii: error: {e['error']}", err=True)
    if result.failed_checks:
        click.echo(f"nordpii: {' and '.join(result.failed_checks)} failed: nothing written to {result.target}",
                   err=True)
        raise SystemExit(EXIT_FINDINGS)
    if result.errors:
        raise SystemExit(EXIT_ERROR)


def _table_text(result, printer) -> str:
    """The table report as plain text, for --output."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    printer(result, Console(file=buffer, soft_wrap=False, width=160, no_color=True))
    return buffer.getvalue()


def run_scan(urls, *, include, exclude, sample_size, seed, workers, statement_timeout,
             policy_path, fail_on, fmt, as_of, output, quiet, spacy_model,
             max_file_size: int = 100 * 1024 * 1024, follow_symlinks: bool = False) -> None:
    from reports import renderer
    from scanner.detection import DetectorConfig
    from scanner.nlp import ModelNotInstalled
    from scanner.policy import PolicyError, load_policy, violates
    from scanner.scan import ScanOptions, scan as run

    try:
        policy = load_policy(policy_path)
    except PolicyError as exc:
        raise Failure(str(exc)) from None
    smb_password = _smb_password(urls)
    options = ScanOptions(
        include=tuple(include),
        exclude=tuple(exclude),
        sample_size=sample_size,
        seed=seed,
        workers=workers or os.cpu_count() or 1,
        statement_timeout=statement_timeout,
        detector=DetectorConfig(spacy_model=spacy_model),
        as_of=as_of.replace(tzinfo=dt.timezone.utc) if as_of else None,
        max_file_size=max_file_size,
        follow_symlinks=follow_symlinks,
        smb_password=smb_password,
    )
    progress = None if quiet else _progress_bar()
    try:
        report = run(urls, options, policy=policy, progress=progress)
    except KeyboardInterrupt:
        raise Failure("interrupted") from None
    except ModelNotInstalled as exc:
        raise Failure(str(exc)) from None
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        logging.getLogger("nordpii").debug("scan failed", exc_info=True)
        raise Failure(f"scan failed: {type(exc).__name__}: {_one_line(exc)}") from None
    finally:
        if progress:
            progress("close", None)

    module = renderer(fmt)
    if output:
        write_atomic(Path(output), module.render(report))
    elif fmt == "table":
        from rich.console import Console

        module.print_table(report, Console(soft_wrap=False))
    else:
        click.echo(module.render(report), nl=False)

    unreachable = report.stats.get("unreachable")
    if unreachable:
        for e in report.errors:
            if e.source in unreachable and not e.location:
                click.echo(f"nordpii: error: {e.error}", err=True)
        raise SystemExit(EXIT_ERROR)
    if violates(report.findings, fail_on):
        raise SystemExit(EXIT_FINDINGS)


def _smb_password(urls) -> str | None:
    """The SMB password from a prompt (hidden), when an smb:// URL names a
    user, NORDPII_SMB_PASSWORD is unset and stdin is a terminal; else None
    (the source then reads the variable, or reports that it has no password)."""
    from urllib.parse import urlsplit

    from scanner.sources.smb import PASSWORD_ENV

    if os.environ.get(PASSWORD_ENV) or not sys.stdin.isatty():
        return None
    for url in urls:
        if url.lower().startswith("smb://"):
            parts = urlsplit(url)
            if parts.username and parts.password is None:
                return click.prompt(f"SMB password for {parts.username}@{parts.hostname}", hide_input=True,
                                    err=True)
    return None


def _one_line(exc: Exception) -> str:
    """An unexpected error's message for the user: the driver's first lines,
    identifier-like digit runs and e-mail addresses masked (one_line_reason),
    at most 300 characters."""
    from scanner.sources.database import one_line_reason

    return one_line_reason(exc)[:300]


def _progress_bar():
    """A rich progress bar on stderr, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    bar.start()
    task = bar.add_task("connecting", total=None)
    count = 0

    def update(event: str, payload) -> None:
        nonlocal count
        if event == "source":
            bar.update(task, description=f"scanning {payload}")
        elif event == "unit":
            count += 1
            from reports.summary import location_text

            bar.update(task, description=f"{count} units scanned: {location_text(payload.unit.location)}")
        elif event in ("done", "close"):
            bar.stop()

    return update


# -- nordpii check --------------------------------------------------------------

def _check_formats():
    from reports.check_report import CHECK_FORMATS

    return CHECK_FORMATS


@main.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--staged", is_flag=True,
              help="Check the staged content of the files staged for commit (read from the index).")
@click.option("--since", metavar="REV",
              help="Check the files changed since REV (from its merge base with HEAD), and untracked ones.")
@click.option("--baseline", "baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Fail only on findings that are not in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record the current real findings (keyed fingerprints, never values) in FILE, atomically, "
                   "and exit 0.")
@click.option("--entities", "entities_text", default="default", show_default=True, metavar="LIST",
              help="Entity types to look for, comma-separated: names, 'default' and 'all' "
                   "(default,PERSON adds names).")
@click.option("--format", "fmt", type=click.Choice(_check_formats()), default="text", show_default=True,
              help="text (path:line:col lines and a summary), json, sarif (GitHub code scanning), "
                   "github (Actions annotations).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--show-all", is_flag=True,
              help="Also list the findings that pass: synthetic, invalid, allowed and baselined.")
@click.option("--max-file-size", default="100M", show_default=True, metavar="SIZE",
              callback=lambda ctx, param, value: parse_size(value),
              help="Skip larger files (listed as skipped).")
def check(paths, staged, since, baseline, write_baseline, entities_text, fmt, output, show_all,
          max_file_size) -> None:
    """Fail when real personal data is about to enter a repository.

    PATH is a file or folder; the default is the whole repository (tracked and
    untracked files that .gitignore does not ignore), or the current folder
    outside git.  Official test and synthetic identifiers, look-alikes that fail
    their check digit, addresses on reserved example or placeholder domains
    and numbers in published fictional ranges pass; a checksum-valid
    identifier that is none of these fails.  Escape hatches: 'nordpii: allow [ENTITY,...]' on the line, and
    a .nordpiiignore file (gitignore syntax) at the root.  Fingerprints are
    keyed with NORDPII_BASELINE_KEY, or a random salt kept in the baseline.

    Exit codes: 0 clean, 1 real-looking personal data found, 2 error.

    \b
    Examples:
      nordpii check                                   # the whole repository
      nordpii check --staged                          # what is about to be committed
      nordpii check --since origin/main --format github
      nordpii check --format sarif -o nordpii.sarif   # for GitHub code scanning
      nordpii check --write-baseline .nordpii-baseline.json
      nordpii check --baseline .nordpii-baseline.json tests/
      nordpii check --entities default,PERSON fixtures/
    """
    from reports.check_report import check_renderer, summary
    from scanner.check import CheckError, CheckOptions, baseline_text, parse_entities, run_check
    from scanner.sources.database import one_line_reason

    try:
        entities = parse_entities(entities_text)
        options = CheckOptions(entities=entities, staged=staged, since=since, baseline=baseline,
                               write_baseline=write_baseline, max_file_size=max_file_size)
        result = run_check(list(paths), options, cwd=Path.cwd())
    except CheckError as exc:
        raise Failure(str(exc)) from None
    except KeyboardInterrupt:
        raise Failure("interrupted") from None
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        logging.getLogger("nordpii").debug("check failed", exc_info=True)
        raise Failure(f"check failed: {type(exc).__name__}: {one_line_reason(exc)}") from None

    for e in result.errors:
        click.echo(f"nordpii: error: {e.path}: {e.error}", err=True)
    if write_baseline:
        write_atomic(Path(write_baseline), baseline_text(result))
        recorded = len({(f.path, f.fingerprint) for f in result.findings
                        if f.kind == "real" and f.outcome != "allowed"})
        click.echo(f"nordpii: wrote {write_baseline} ({recorded} "
                   f"{'finding' if recorded == 1 else 'findings'})", err=True)
        raise SystemExit(EXIT_ERROR if result.errors else EXIT_OK)
    text = check_renderer(fmt)(result, show_all)
    if output:
        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)
    if output or fmt != "text":
        click.echo(summary(result), err=True)
    if result.failing:
        raise SystemExit(EXIT_FINDINGS)
    if result.errors:
        raise SystemExit(EXIT_ERROR)
