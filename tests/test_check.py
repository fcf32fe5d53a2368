"""``nordpii check`` against real temporary git repositories.

Every real-looking identifier here is generated at test time with
``scanner.demo``'s generators and a seeded random generator (never written
into this file: ``nordpii check`` runs over tests/ in CI); official test
identifiers are read from the lists the recognizers ship
(``recognizers/data``).  Each test builds a repository in ``tmp_path`` with
``git init`` and commits, and asserts exit codes, the exact findings (path,
line, entity, kind, outcome), and that no raw value appears in any output.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from recognizers import all_recognizer_classes
from scanner import check as check_module
from scanner import demo
from scanner.check import (
    DEFAULT_ENTITIES,
    KEY_ENV,
    CheckError,
    CheckOptions,
    build_detector,
    run_check,
)
from scanner.cli import main

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
_DETECTORS: dict[tuple[str, ...], object] = {}


def detector_for(entities=DEFAULT_ENTITIES):
    """One Detector per entity set for the whole module: building one takes seconds."""
    entities = tuple(entities)
    if entities not in _DETECTORS:
        _DETECTORS[entities] = build_detector(entities)
    return _DETECTORS[entities]


@pytest.fixture(autouse=True)
def _shared_detector(monkeypatch):
    monkeypatch.setattr(check_module, "build_detector", detector_for)
    monkeypatch.delenv(KEY_ENV, raising=False)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "ci@example.com")
    git(root, "config", "user.name", "CI")
    git(root, "config", "commit.gpgsign", "false")
    monkeypatch.chdir(root)
    return root


def commit(repo: Path, message: str = "change") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def write(repo: Path, name: str, text: str) -> Path:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["check", *args], env=env, catch_exceptions=False)


# -- identifiers ------------------------------------------------------------------

_RECOGNIZERS = {cls.ENTITY: cls for cls in all_recognizer_classes()}


def _real(entity: str, make) -> str:
    """A value ``make()`` returns that its recognizer finds valid, checksum
    verified, and not on any test list: real-looking."""
    for _ in range(1000):
        value = make()
        chk = _RECOGNIZERS[entity].check(value)
        if chk.valid and chk.checksum is not False and not chk.synthetic:
            return value
    raise AssertionError(f"no real-looking {entity}")


def _listed(entity: str) -> str:
    """The first official test identifier of ``entity`` in recognizers/data/test_ids.tsv."""
    text = resources.files("recognizers").joinpath("data/test_ids.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith(entity + "\t"):
            return line.split("\t")[1]
    raise AssertionError(entity)


@dataclass(frozen=True)
class Ids:
    real_se: str
    real_se2: str
    real_no: str
    real_no2: str
    real_dk: str
    dk_no_mod11: str
    real_fi: str
    real_is: str
    real_email: str
    real_phone: str
    invalid_se: str
    test_se: str
    test_no: str
    test_dk: str
    test_fi: str
    test_is: str

    def raw(self) -> list[str]:
        """Every real or invalid value, and its digits alone: none may appear in output."""
        values = [self.real_se, self.real_se2, self.real_no, self.real_no2, self.real_dk, self.dk_no_mod11,
                  self.real_fi, self.real_is, self.real_email, self.real_phone, self.invalid_se]
        return values + ["".join(ch for ch in v if ch.isdigit()) for v in values if "@" not in v]


@pytest.fixture(scope="module")
def ids() -> Ids:
    rng = random.Random(20261124)
    # Birth years chosen so that no number also reads as another country's
    # (a Swedish YYMMDD with YY above 31 is no Danish DDMMYY, and so on).
    real_se = _real("SE_PERSONNUMMER", lambda: demo.se_personnummer(rng, dt.date(1981, 3, 14), form="short"))
    invalid_se = real_se[:-1] + str((int(real_se[-1]) + 1) % 10)
    test_se = resources.files("recognizers").joinpath("data/se_test_personnummer.txt").read_text("utf-8")
    test_se = next(line for line in test_se.splitlines() if line and not line.startswith("#"))
    local = "anna.lindqvist"
    return Ids(
        real_se=real_se,
        real_se2=_real("SE_PERSONNUMMER", lambda: demo.se_personnummer(rng, dt.date(1967, 9, 2), form="long")),
        real_no=_real("NO_FODSELSNUMMER", lambda: demo.no_fodselsnummer(rng, dt.date(1972, 5, 21))),
        real_no2=_real("NO_FODSELSNUMMER", lambda: demo.no_fodselsnummer(rng, dt.date(1985, 11, 3))),
        real_dk=_real("DK_CPR", lambda: demo.dk_cpr(rng, dt.date(1948, 6, 12))),
        dk_no_mod11=demo.dk_cpr(rng, dt.date(1953, 2, 7), mod11=False),
        real_fi=_real("FI_PERSONAL_IDENTITY_CODE", lambda: demo.fi_hetu(rng, dt.date(1979, 8, 30))),
        real_is=_real("IS_KENNITALA", lambda: demo.is_kennitala(rng, dt.date(1955, 1, 19))),
        real_email=local + "@" + "nordkund.se",
        real_phone=_real("PHONE_NUMBER", lambda: demo.phone_number(rng, "SE", "international", mobile=True)),
        invalid_se=invalid_se,
        test_se=test_se[:8] + "-" + test_se[8:],  # the 12-digit form: its century is unambiguous
        test_no=_listed("NO_FODSELSNUMMER"),
        test_dk=_listed("DK_CPR"),
        test_fi=_listed("FI_PERSONAL_IDENTITY_CODE"),
        test_is=_listed("IS_KENNITALA"),
    )


def test_generated_values_are_what_the_tests_say(ids):
    """Guards the premises: real ones are valid and not synthetic, test ones synthetic."""
    for entity, value in [("SE_PERSONNUMMER", ids.test_se), ("NO_FODSELSNUMMER", ids.test_no),
                          ("DK_CPR", ids.test_dk), ("FI_PERSONAL_IDENTITY_CODE", ids.test_fi),
                          ("IS_KENNITALA", ids.test_is)]:
        chk = _RECOGNIZERS[entity].check(value)
        assert chk.valid and chk.synthetic, (entity, chk)
    assert not _RECOGNIZERS["SE_PERSONNUMMER"].check(ids.invalid_se).valid
    chk = _RECOGNIZERS["DK_CPR"].check(ids.dk_no_mod11)
    assert chk.valid and chk.checksum is False and not chk.synthetic


# -- the mixed fixture repository ----------------------------------------------------


def plant(repo: Path, ids: Ids) -> None:
    """Files in six formats; the expected findings are in ``EXPECTED`` below."""
    write(repo, "app.py",
          '"""Customer import."""\n'
          f'OWNER = "{ids.real_se}"\n'
          f'TEST = "{ids.test_se}"  # official test number\n'
          f'TYPO = "{ids.invalid_se}"\n'
          f'ALLOWED = "{ids.real_no}"  # nordpii: allow\n')
    write(repo, "data/kunder.csv",
          "namn;personnummer;cpr;epost\n"
          f"Anna;{ids.real_se2};{ids.dk_no_mod11};anna@example.com\n"
          f"Bo;{ids.test_se};{ids.test_dk};{ids.real_email}\n")
    write(repo, "data/export.json",
          '{"kunder": [\n'
          f'  {{"hetu": "{ids.real_fi}", "tel": "{ids.real_phone}"}},\n'
          f'  {{"hetu": "{ids.test_fi}"}}\n'
          "]}\n")
    # each entry names its own number: "kennitala" in the entry above is no
    # context for the next (``_layout``)
    write(repo, "config.yaml", f"owner:\n  kennitala: {ids.real_is}\n  test_kennitala: {ids.test_is}\n")
    write(repo, "docs/notes.md",
          "# Notes\n"
          "Ring 070-174 06 05 (PTS fiction).\n"
          f"<!-- nordpii: allow --> CPR {ids.real_dk}\n")
    write(repo, "db/seed.sql",
          f"INSERT INTO kund VALUES ('{ids.test_no}');\n"
          f"INSERT INTO kund VALUES ('{ids.real_no2}'); -- nordpii: allow DK_CPR\n")


# (path, line, entity, kind, outcome): the whole truth for ``plant``.
EXPECTED = {
    ("app.py", 2, "SE_PERSONNUMMER", "real", "fail"),
    ("app.py", 3, "SE_PERSONNUMMER", "synthetic", "pass"),
    ("app.py", 4, "SE_PERSONNUMMER", "invalid", "pass"),
    ("app.py", 5, "NO_FODSELSNUMMER", "real", "allowed"),
    ("config.yaml", 2, "IS_KENNITALA", "real", "fail"),
    ("config.yaml", 3, "IS_KENNITALA", "synthetic", "pass"),
    ("data/export.json", 2, "FI_PERSONAL_IDENTITY_CODE", "real", "fail"),
    ("data/export.json", 2, "PHONE_NUMBER", "real", "fail"),
    ("data/export.json", 3, "FI_PERSONAL_IDENTITY_CODE", "synthetic", "pass"),
    ("data/kunder.csv", 2, "SE_PERSONNUMMER", "real", "fail"),
    # a CPR without modulus 11 counts under a "cpr" column (the hint is its context)
    ("data/kunder.csv", 2, "DK_CPR", "real", "fail"),
    ("data/kunder.csv", 2, "EMAIL_ADDRESS", "synthetic", "pass"),
    ("data/kunder.csv", 3, "SE_PERSONNUMMER", "synthetic", "pass"),
    ("data/kunder.csv", 3, "DK_CPR", "synthetic", "pass"),
    ("data/kunder.csv", 3, "EMAIL_ADDRESS", "real", "fail"),
    ("db/seed.sql", 1, "NO_FODSELSNUMMER", "synthetic", "pass"),
    # a pragma naming another entity allows nothing else
    ("db/seed.sql", 2, "NO_FODSELSNUMMER", "real", "fail"),
    ("docs/notes.md", 2, "PHONE_NUMBER", "synthetic", "pass"),
    ("docs/notes.md", 3, "DK_CPR", "real", "allowed"),
}


def summary_of(result) -> set[tuple]:
    return {(f.path, f.line, f.entity_type, f.kind, f.outcome) for f in result.findings}


@pytest.fixture
def planted(repo, ids) -> Path:
    plant(repo, ids)
    commit(repo, "fixtures")
    return repo


def test_exact_findings_in_six_formats(planted, ids):
    result = run_check(cwd=planted, detector=detector_for())
    assert summary_of(result) == EXPECTED
    assert result.errors == ()
    by_place = {(f.path, f.line, f.entity_type): f for f in result.findings}
    # columns are 1-based character positions; CSV findings name their column
    assert by_place[("app.py", 2, "SE_PERSONNUMMER")].column == len('OWNER = "') + 1
    assert by_place[("data/kunder.csv", 2, "SE_PERSONNUMMER")].field == "personnummer"
    assert by_place[("data/kunder.csv", 2, "DK_CPR")].field == "cpr"
    assert by_place[("data/kunder.csv", 3, "EMAIL_ADDRESS")].column == len(f"Bo;{ids.test_se};{ids.test_dk};") + 1
    assert result.stats["files_checked"] == 6


def test_cli_text_output_and_exit_code(planted, ids):
    out = invoke()
    assert out.exit_code == 1
    lines = out.stdout.splitlines()
    col = len('OWNER = "') + 1
    assert f"app.py:2:{col}: SE_PERSONNUMMER (real) {ids.real_se[:2]}****-****" in lines
    # by default only failing findings are listed, then one summary line
    assert len(lines) == 8 + 1
    assert lines[-1] == ("nordpii check FAILED: 8 real-looking identifiers in 6 files "
                         "(8 synthetic, 1 invalid, 2 allowed by pragma)")
    every = invoke("--show-all").stdout.splitlines()
    assert len(every) == len(EXPECTED) + 1
    assert any(line.endswith("- allowed by pragma") and "NO_FODSELSNUMMER" in line for line in every)


def test_clean_repository_exits_0(repo, ids):
    write(repo, "tests/fixture.py", f'PNR = "{ids.test_se}"\nMAIL = "kund@example.org"\n')
    commit(repo)
    out = invoke()
    assert out.exit_code == 0, out.stdout
    assert out.stdout.strip() == "nordpii check passed in 1 file (2 synthetic, 0 invalid)"


def test_fictional_phone_numbers_written_compact_pass(repo):
    """PTS's fictional range, written without separators: about one in five of
    its numbers is also a valid personnummer, CPR or kennitala, which failed
    the check before (Detector._fictional_phones)."""
    numbers = [f"0701740{n:03d}" for n in range(605, 700)]
    write(repo, "tests/phones.json", "[\n" + ",\n".join(f'  {{"id": {i}, "value": "{v}"}}'
                                                         for i, v in enumerate(numbers)) + "\n]\n")
    commit(repo)
    out = invoke()
    assert out.exit_code == 0, out.stdout
    assert out.stdout.strip() == "nordpii check passed in 1 file (0 synthetic, 0 invalid)"


def test_fixtures_with_other_regulators_fictional_numbers_and_manual_placeholders_pass(repo):
    """What fixtures and manuals write besides the Nordic test numbers: Ofcom's
    drama numbers (Faker's en_GB formats, filled and as templates), North
    American 555-01xx numbers, and the reader's own domain."""
    write(repo, "tests/fixtures.py",
          'PHONES = ["+44 20 7946 0958", "+44 113 496 0123", "+1-202-555-0143", "+61 491 570 156"]\n'
          'FORMATS = ("0118 4960###", "0113 496 0###", "+447700900###")\n'
          'OWNER = "user@domain.tld"\n'
          'ADMIN = "admin@yourdomain.com"\n'
          'QUERY = users.c.email.like("%@gmail.com")\n'
          'BRANCHES = "0486-0487,0504-0505"\n')
    commit(repo)
    out = invoke()
    assert out.exit_code == 0, out.stdout
    assert out.stdout.strip() == "nordpii check passed in 1 file (6 synthetic, 0 invalid)"
    # the same line with a number outside the range fails
    write(repo, "tests/fixtures.py", 'PHONES = ["+44 20 7123 4567", "+1-202-555-1234"]\n')  # nordpii: allow PHONE_NUMBER
    out = invoke()
    assert out.exit_code == 1
    assert out.stdout.splitlines()[-1].startswith("nordpii check FAILED: 2 real-looking identifiers in 1 file")


def test_names_do_not_fail_by_default_but_can(repo):
    write(repo, "people.txt", "Kontakt: Anna-Karin Lindqvist och Lars Bergström\n")
    commit(repo)
    assert invoke().exit_code == 0
    out = invoke("--entities", "default,PERSON", "--format", "json")
    assert out.exit_code == 1
    found = json.loads(out.stdout)["findings"]
    assert {(f["entity_type"], f["kind"]) for f in found} == {("PERSON", "real")}
    assert "Lindqvist" not in out.stdout


def test_placeholder_names_pass_a_person_check(repo):
    """"Ola Nordmann" and "Matti Meikäläinen" are the forms' made-up persons:
    synthetic, as an official test number is; a real-looking name beside them
    still fails."""
    write(repo, "fixtures.py", 'A = "Kari Nordmann"\nB = "Kontakt: Matti Meikäläinen"\nC = "John Doe"\n')
    commit(repo)
    out = invoke("--entities", "default,PERSON")
    assert out.exit_code == 0, out.stdout
    assert out.stdout.strip() == "nordpii check passed in 1 file (3 synthetic, 0 invalid)"
    write(repo, "more.py", 'D = "Hans Nordmann"\n')
    commit(repo)
    out = invoke("--entities", "default,PERSON", "--format", "json")
    assert out.exit_code == 1
    found = json.loads(out.stdout)["findings"]
    assert sorted((f["path"], f["kind"]) for f in found) == [
        ("fixtures.py", "synthetic"), ("fixtures.py", "synthetic"), ("fixtures.py", "synthetic"),
        ("more.py", "real")]


@pytest.mark.parametrize("args, message", [
    (["--entities", "SE_PERSONUMMER"], "did you mean SE_PERSONNUMMER?"),
    (["--since", "no-such-rev"], "--since no-such-rev: unknown revision"),
    (["--baseline", "missing.json"], "baseline missing.json: no such file"),
    (["--staged", "--since", "HEAD"], "--staged and --since exclude each other"),
    (["nothing/here.py"], "nothing/here.py: no such file or directory"),
])
def test_usage_errors_exit_2_with_one_line(planted, args, message):
    out = invoke(*args)
    assert out.exit_code == 2
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.output


def test_staged_outside_a_repository_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = invoke("--staged")
    assert out.exit_code == 2
    assert "--staged needs a git repository" in out.stderr


def test_a_broken_baseline_exits_2(planted):
    write(planted, "base.json", "{not json")
    out = invoke("--baseline", "base.json")
    assert out.exit_code == 2
    assert "not a nordpii baseline" in out.stderr


def test_outside_git_a_folder_is_walked(tmp_path, monkeypatch, ids):
    folder = tmp_path / "export"
    write(folder, "a/kunder.txt", f"kund {ids.real_se}\n")
    write(folder, "b.txt", f"test {ids.test_se}\n")
    monkeypatch.chdir(tmp_path)
    result = run_check(["export"], cwd=tmp_path, detector=detector_for())
    assert summary_of(result) == {("export/a/kunder.txt", 1, "SE_PERSONNUMMER", "real", "fail"),
                                  ("export/b.txt", 1, "SE_PERSONNUMMER", "synthetic", "pass")}


# -- baseline ---------------------------------------------------------------------------


def test_baseline_records_fingerprints_and_only_new_findings_fail(planted, ids):
    out = invoke("--write-baseline", ".nordpii-baseline.json")
    assert out.exit_code == 0
    text = (planted / ".nordpii-baseline.json").read_text("utf-8")
    data = json.loads(text)
    assert data["key"]["source"] == "salt" and len(data["key"]["salt"]) == 64
    assert data["entities"] == sorted(DEFAULT_ENTITIES)
    assert data["detectors"] == sorted(data["detectors"]) and "NordicSePersonnummerRecognizer" in data["detectors"]
    # the eight failing findings; allowed ones need no baseline entry
    assert [(e["path"], e["entity_type"]) for e in data["findings"]] == sorted(
        (p, e) for p, _, e, k, o in EXPECTED if o == "fail")
    for raw in ids.raw():
        assert raw not in text
    # a rewrite with nothing changed gives the same bytes (same salt, sorted)
    assert invoke("--write-baseline", ".nordpii-baseline.json").exit_code == 0
    assert (planted / ".nordpii-baseline.json").read_text("utf-8") == text

    assert invoke("--baseline", ".nordpii-baseline.json").exit_code == 0

    # moving a line (two lines inserted above) is not a new finding
    app = planted / "app.py"
    app.write_text("# header\n# more\n" + app.read_text("utf-8"), "utf-8")
    # the same value again in the same file is the same finding
    with app.open("a", encoding="utf-8") as fh:
        fh.write(f'AGAIN = "{ids.real_se}"\n')
    assert invoke("--baseline", ".nordpii-baseline.json").exit_code == 0

    # the same value in another file is new (the path is part of the fingerprint)
    write(planted, "other.py", f'X = "{ids.real_se}"\n')
    out = invoke("--baseline", ".nordpii-baseline.json")
    assert out.exit_code == 1
    assert [line.split(":")[0] for line in out.stdout.splitlines()[:-1]] == ["other.py"]
    result = run_check(options=CheckOptions(baseline=".nordpii-baseline.json"), cwd=planted,
                       detector=detector_for())
    assert [(f.path, f.line) for f in result.failing] == [("other.py", 1)]
    assert {(f.path, f.line) for f in result.findings if f.outcome == "baseline"} >= {("app.py", 4), ("app.py", 8)}


def test_baseline_with_a_ci_secret_key(planted):
    secret = {KEY_ENV: "a-long-random-ci-secret-0123456789"}
    assert invoke("--write-baseline", "b.json", env=secret).exit_code == 0
    data = json.loads((planted / "b.json").read_text("utf-8"))
    assert data["key"] == {"source": "env", "env": KEY_ENV, "check": data["key"]["check"]}
    assert secret[KEY_ENV] not in (planted / "b.json").read_text("utf-8")
    assert invoke("--baseline", "b.json", env=secret).exit_code == 0
    missing = invoke("--baseline", "b.json")
    assert missing.exit_code == 2 and f"{KEY_ENV}, which is not set" in missing.stderr
    wrong = invoke("--baseline", "b.json", env={KEY_ENV: "another-long-secret-9876543210"})
    assert wrong.exit_code == 2 and "does not match" in wrong.stderr
    short = invoke("--baseline", "b.json", env={KEY_ENV: "short"})
    assert short.exit_code == 2 and "too short" in short.stderr


# -- escape hatches -----------------------------------------------------------------------


@pytest.mark.parametrize("name, line", [
    ("a.py", 'PNR = "{v}"  # nordpii: allow'),
    ("a.js", 'const pnr = "{v}"; // nordpii: allow SE_PERSONNUMMER'),
    ("a.sql", "SELECT '{v}'; -- nordpii: allow"),
    ("a.c", 'char *p = "{v}"; /* nordpii: allow */'),
    ("a.html", "<td>{v}</td> <!-- nordpii: allow SE_PERSONNUMMER, EMAIL_ADDRESS -->"),
    ("a.csv", "{v};nordpii: allow"),
    ("a.json", '{{"pnr": "{v}", "note": "nordpii: allow"}}'),
])
def test_pragma_in_any_comment_syntax(repo, ids, name, line):
    write(repo, name, line.format(v=ids.real_se) + "\n")
    result = run_check(cwd=repo, detector=detector_for())
    assert [(f.entity_type, f.outcome) for f in result.findings] == [("SE_PERSONNUMMER", "allowed")]


def test_pragma_naming_another_entity_allows_nothing(repo, ids):
    write(repo, "a.py", f'PNR = "{ids.real_se}"  # nordpii: allow EMAIL_ADDRESS\n')
    result = run_check(cwd=repo, detector=detector_for())
    assert [(f.entity_type, f.outcome) for f in result.findings] == [("SE_PERSONNUMMER", "fail")]


def test_ignore_file_uses_gitignore_syntax(repo, ids):
    write(repo, ".nordpiiignore", "# exports live elsewhere\nfixtures/\n*.sql\n!keep.sql\n")
    write(repo, "fixtures/deep/a.txt", f"{ids.real_se}\n")
    write(repo, "dump.sql", f"'{ids.real_se}'\n")
    write(repo, "keep.sql", f"'{ids.real_se}'\n")
    commit(repo)
    result = run_check(cwd=repo, detector=detector_for())
    assert [(f.path, f.outcome) for f in result.findings] == [("keep.sql", "fail")]
    assert result.stats["files_ignored"] == 2


def test_gitignored_files_are_not_checked_unless_named(repo, ids):
    write(repo, ".gitignore", "local/\n")
    write(repo, "local/dump.txt", f"{ids.real_se}\n")
    assert run_check(cwd=repo, detector=detector_for()).findings == ()
    named = run_check(["local/dump.txt"], cwd=repo, detector=detector_for())
    assert [(f.path, f.outcome) for f in named.findings] == [("local/dump.txt", "fail")]


# -- git modes -------------------------------------------------------------------------------


def test_since_checks_only_files_changed_since_rev(repo, ids):
    write(repo, "old.py", f'OLD = "{ids.real_se}"\n')
    commit(repo, "old")
    git(repo, "tag", "base")
    write(repo, "new.py", f'NEW = "{ids.real_no}"\n')
    commit(repo, "new")
    write(repo, "untracked.txt", f"{ids.real_fi}\n")
    result = run_check(options=CheckOptions(since="base"), cwd=repo, detector=detector_for())
    assert result.mode == "since"
    assert {(f.path, f.entity_type) for f in result.findings} == {
        ("new.py", "NO_FODSELSNUMMER"), ("untracked.txt", "FI_PERSONAL_IDENTITY_CODE")}
    # from a branch: the merge base, not the tip of main, is what counts
    git(repo, "checkout", "-q", "-b", "feature", "base")
    write(repo, "feature.py", f'F = "{ids.real_dk}"\n')
    commit(repo, "feature")
    out = invoke("--since", "main", "--format", "json")
    paths = {f["path"] for f in json.loads(out.stdout)["findings"]}
    assert paths == {"feature.py", "untracked.txt"}


def test_staged_reads_the_index_not_the_working_tree(repo, ids):
    write(repo, "clean.py", "X = 1\n")
    commit(repo, "initial")
    staged = write(repo, "kund.py", f'PNR = "{ids.real_se}"\n')
    git(repo, "add", "kund.py")
    staged.write_text("PNR = None  # removed again, but not staged\n", "utf-8")
    out = invoke("--staged")
    assert out.exit_code == 1
    assert out.stdout.splitlines()[0].startswith("kund.py:1:8: SE_PERSONNUMMER (real)")
    # the working tree is clean, so a plain check passes
    assert invoke().exit_code == 0
    # and the other way round: clean in the index, real only in the working tree
    git(repo, "add", "kund.py")
    staged.write_text(f'PNR = "{ids.real_se}"\n', "utf-8")
    assert invoke("--staged").exit_code == 0
    assert invoke().exit_code == 1


def test_staged_in_a_repository_without_commits(repo, ids):
    write(repo, "first.py", f'PNR = "{ids.real_se}"\n')
    git(repo, "add", "first.py")
    result = run_check(options=CheckOptions(staged=True), cwd=repo, detector=detector_for())
    assert [(f.path, f.outcome) for f in result.findings] == [("first.py", "fail")]


def test_binary_files_are_skipped_cleanly(repo, ids):
    (repo / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + ids.real_se.encode())
    (repo / "blob.bin").write_bytes(b"\x00\x01\x02" + ids.real_se.encode() + b"\x00" * 20)
    commit(repo)
    out = invoke("--format", "json")
    assert out.exit_code == 0
    data = json.loads(out.stdout)
    assert data["errors"] == [] and data["findings"] == []
    assert {s["path"] for s in data["skipped"]} == {"logo.png", "blob.bin"}


def test_spreadsheets_are_read_by_the_scan_readers(repo, ids):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kunder"
    sheet.append(["Namn", "Personnummer"])
    sheet.append(["Anna", ids.real_se2])
    sheet.append(["Bo", ids.test_se])
    book.save(repo / "kunder.xlsx")
    result = run_check(cwd=repo, detector=detector_for())
    assert {(f.path, f.line, f.field, f.kind) for f in result.findings} == {
        ("kunder.xlsx", None, "Kunder!Personnummer", "real"),
        ("kunder.xlsx", None, "Kunder!Personnummer", "synthetic")}
    text = invoke().stdout
    assert text.splitlines()[0] == "kunder.xlsx:Kunder!Personnummer: SE_PERSONNUMMER (real) 19******-****"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_version_column_holds_no_ip_addresses_in_check(repo, suffix):
    """rules/column_hints.yaml ``against`` as in a scan: under ``assembly_version``
    a four-part version counts as an IP address only with its own context word;
    the same value under a column that says nothing (``host``) is one."""
    rows = [["assembly_version", "host"],
            ["1.0.0.0", "10.20.30.40"],
            ["2.1.0.7", "10.20.30.41"],
            ["IP 10.20.30.42", "build"]]
    if suffix == ".csv":
        write(repo, "builds.csv", "".join(";".join(r) + "\n" for r in rows))
    else:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        book.active.title = "Builds"
        for r in rows:
            book.active.append(r)
        book.save(repo / "builds.xlsx")
    commit(repo)
    result = run_check(options=CheckOptions(entities=("IP_ADDRESS",)), cwd=repo,
                       detector=detector_for(("IP_ADDRESS",)))
    field = {"assembly_version": "assembly_version", "host": "host"}
    if suffix == ".xlsx":
        field = {k: f"Builds!{v}" for k, v in field.items()}
    found = sorted((f.line, f.field, f.entity_type, f.kind) for f in result.findings)
    line = (lambda n: n) if suffix == ".csv" else (lambda n: None)
    assert found == sorted([(line(2), field["host"], "IP_ADDRESS", "real"),
                            (line(3), field["host"], "IP_ADDRESS", "real"),
                            (line(4), field["assembly_version"], "IP_ADDRESS", "real")])


def test_a_quoted_cell_with_quotes_inside_keeps_its_column(repo):
    """A cell with escaped quotes (``"build ""nightly"" 1.0.0.0"``) is not
    verbatim in the line, yet it is still under its column: its version is no
    IP address, and an address with its own context word in such a cell is."""
    write(repo, "builds.csv",
          'assembly_version,host\n'
          '"build ""nightly"" 1.0.0.0",10.20.30.40\n'
          '"IP ""gw"" 10.20.30.42",build\n')
    commit(repo)
    result = run_check(options=CheckOptions(entities=("IP_ADDRESS",)), cwd=repo,
                       detector=detector_for(("IP_ADDRESS",)))
    found = sorted((f.line, f.field, f.entity_type, f.kind) for f in result.findings)
    assert found == [(2, "host", "IP_ADDRESS", "real"), (3, "assembly_version", "IP_ADDRESS", "real")]


# -- output formats ---------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(planted, ids):
    jsonschema = pytest.importorskip("jsonschema")
    out = invoke("--format", "sarif", "-o", "nordpii.sarif",
                 env={KEY_ENV: "a-long-random-ci-secret-0123456789"})
    assert out.exit_code == 1
    sarif = json.loads((planted / "nordpii.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(sarif)
    run = sarif["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(DEFAULT_ENTITIES)
    results = run["results"]
    assert len(results) == 8
    assert all(r["level"] == "error" and rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    first = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app.py")
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 10, "endColumn": 10 + len(ids.real_se)}
    assert first["partialFingerprints"]["nordpiiFingerprint/v1"].endswith(":0")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "data/kunder.csv" in uris and not any("\\" in u or u.startswith("/") for u in uris)
    # with everything listed it still validates
    every = json.loads(invoke("--format", "sarif", "--show-all").stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(every)
    assert len(every["runs"][0]["results"]) == len(EXPECTED)
    assert any(r.get("suppressions") for r in every["runs"][0]["results"])


def test_sarif_from_a_spreadsheet_column_still_has_a_start_line(repo, ids):
    openpyxl = pytest.importorskip("openpyxl")
    jsonschema = pytest.importorskip("jsonschema")
    book = openpyxl.Workbook()
    book.active.append(["Personnummer"])
    book.active.append([ids.real_se2])
    book.save(repo / "k.xlsx")
    sarif = json.loads(invoke("--format", "sarif").stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(sarif)
    [result] = sarif["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert "in column Sheet!Personnummer" in result["message"]["text"]


def test_github_annotations_are_escaped(repo, ids):
    write(repo, "odd, name:v1.py", f'PNR = "{ids.real_se}"\n')
    write(repo, "ok.py", f'PNR = "{ids.test_se}"\n')
    out = invoke("--format", "github")
    assert out.exit_code == 1
    lines = out.stdout.splitlines()
    end = 8 + len(ids.real_se)
    assert lines[0] == (
        f"::error file=odd%2C name%3Av1.py,line=1,col=8,endColumn={end},"
        "title=nordpii%3A SE_PERSONNUMMER (real)::"
        f"Real-looking SE_PERSONNUMMER ({ids.real_se[:2]}****-****): personal data must not be committed; "
        "use an official test identifier.")
    assert lines[-1].startswith("nordpii check FAILED: 1 real-looking identifier in 2 files")
    assert len(lines) == 2
    every = invoke("--format", "github", "--show-all").stdout.splitlines()
    assert any(line.startswith("::notice file=ok.py,line=1,") for line in every)


def test_json_report_holds_every_finding(planted):
    out = invoke("--format", "json")
    data = json.loads(out.stdout)
    assert data["passed"] is False and data["mode"] == "paths"
    assert {(f["path"], f["line"], f["entity_type"], f["kind"], f["outcome"]) for f in data["findings"]} == EXPECTED
    assert data["stats"]["fail"] == 8 and data["stats"]["synthetic"] == 8
    # no key, no baseline: no fingerprint at all (never an unkeyed hash)
    assert all(f["fingerprint"] is None for f in data["findings"])


def test_no_raw_value_in_any_output(planted, ids):
    secret = {KEY_ENV: "a-long-random-ci-secret-0123456789"}
    outputs = []
    for fmt in ("text", "json", "sarif", "github"):
        out = invoke("--format", fmt, "--show-all", env=secret)
        outputs.append(out.stdout + out.stderr)
    invoke("--write-baseline", "base.json", env=secret)
    outputs.append((planted / "base.json").read_text("utf-8"))
    for text in outputs:
        for raw in ids.raw():
            assert raw not in text
        assert secret[KEY_ENV] not in text


def test_output_file_is_written_atomically_and_stdout_stays_empty(planted):
    out = invoke("--format", "json", "--output", "report.json")
    assert out.exit_code == 1
    assert out.stdout == ""
    assert out.stderr.startswith("nordpii check FAILED: 8")
    assert json.loads((planted / "report.json").read_text("utf-8"))["stats"]["fail"] == 8
    assert [p.name for p in planted.iterdir() if p.name.startswith(".report.json")] == []


def test_run_check_raises_check_error_for_usage_problems(repo):
    with pytest.raises(CheckError, match="unknown revision"):
        run_check(options=CheckOptions(since="v9.9"), cwd=repo, detector=detector_for())


# -- the trigger ------------------------------------------------------------------------------


def _shapes(rng: random.Random) -> list[str]:
    """Identifier-like values in every written form the generators know."""
    values = []
    for _ in range(3):
        values += [demo.se_personnummer(rng, form=form) for form in ("long", "short", "compact")]
        values += [demo.no_fodselsnummer(rng), demo.dk_cpr(rng), demo.dk_cpr(rng, mod11=False),
                   demo.fi_hetu(rng), demo.fi_hetu(rng, new_sign=True), demo.is_kennitala(rng),
                   demo.no_kontonr(rng)]
        for country in demo.COUNTRIES:
            number = demo.iban(rng, country)
            values += [number, " ".join(number[i:i + 4] for i in range(0, len(number), 4))]
            values += [demo.phone_number(rng, country, style) for style in ("national", "international", "e164")]
        fifteen = "4" + "".join(str(rng.randrange(10)) for _ in range(14))
        card = fifteen + demo.luhn_digit(fifteen)
        values += [card, " ".join(card[i:i + 4] for i in range(0, 16, 4)), "-".join(card[i:i + 4] for i in range(0, 16, 4))]
    return values


def test_the_trigger_misses_nothing_the_full_detection_finds(repo):
    """Guards the speed-up: lines the trigger does not fire on are never
    detected, so every shape must fire it (scanner/check.py, _DIGIT_TRIGGER)."""
    values = _shapes(random.Random(7))
    lines = [f"kund {i}: {v}" if i % 3 else f"{v}" for i, v in enumerate(values)]
    write(repo, "all.txt", "\n".join(lines) + "\n")
    write(repo, "all.csv", "id;telefon;konto\n" + "".join(f"{i};{v};x\n" for i, v in enumerate(values)))
    fast = run_check(cwd=repo, detector=detector_for())
    full = run_check(cwd=repo, detector=detector_for(), trigger=False)
    assert len(fast.findings) > len(values)  # both files, most values found
    assert [(f.path, f.line, f.column, f.entity_type, f.kind) for f in fast.findings] == \
        [(f.path, f.line, f.column, f.entity_type, f.kind) for f in full.findings]


def test_long_files_and_long_lines_keep_exact_positions(repo, ids):
    """Guards the blocks: a hit past the first block, and one inside a 200 kB line."""
    filler = "".join(f"rad {i} utan nummer\n" for i in range(5000))
    write(repo, "big.txt", filler + f"kund {ids.real_se}\n")
    record = '{"a": "' + "x" * 100 + '"}, '
    write(repo, "min.json", "[" + record * 2000 + f'{{"pnr": "{ids.real_se}"}}]\n')
    for trigger in (True, False):
        result = run_check(cwd=repo, detector=detector_for(), trigger=trigger)
        assert [(f.path, f.line, f.column) for f in result.findings] == [
            ("big.txt", 5001, 6), ("min.json", 1, 1 + len("[") + len(record) * 2000 + len('{"pnr": "'))]


# -- integrations ------------------------------------------------------------------------------

PROJECT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_runs_on_the_filenames_it_is_given(repo, ids):
    """The hook as pre-commit runs it: its entry, then the staged file names."""
    import shlex

    import yaml

    [hook] = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "nordpii-check" and hook["language"] == "python" and hook["pass_filenames"] is True
    program, command, *args = shlex.split(hook["entry"])
    assert (program, command) == ("nordpii", "check")
    write(repo, "ok.py", f'PNR = "{ids.test_se}"\n')
    write(repo, "bad.py", f'PNR = "{ids.real_se}"\n')
    write(repo, "untouched.py", f'PNR = "{ids.real_no}"\n')
    git(repo, "add", "ok.py", "bad.py")
    assert invoke(*args, "ok.py").exit_code == 0
    out = invoke(*args, "ok.py", "bad.py")
    assert out.exit_code == 1
    assert [line.split(":")[0] for line in out.stdout.splitlines()[:-1]] == ["bad.py"]



def test_check_has_help_with_examples():
    out = CliRunner().invoke(main, ["check", "--help"])
    assert out.exit_code == 0
    assert "Examples:" in out.output and "nordpii check --staged" in out.output


def test_the_readme_examples_run(planted, ids):
    """The first sh block of README "Checking repositories", in a repository
    that has the paths it names (``--since`` gets a branch to compare with)."""
    import shlex

    readme = (PROJECT / "README.md").read_text("utf-8")
    section = readme.split("\n## Checking repositories\n", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    write(planted, "tests/test_a.py", f'PNR = "{ids.test_se}"\n')
    write(planted, "fixtures/kunder.csv", f"personnummer\n{ids.test_se}\n")
    commit(planted, "examples")
    git(planted, "branch", "upstream")
    commands = [shlex.split(line.split("#", 1)[0]) for line in block.splitlines() if line.strip()]
    assert len(commands) == 6
    for argv in commands:
        assert argv[:2] == ["nordpii", "check"]
        args = ["upstream" if a == "origin/main" else a for a in argv[2:]]
        out = invoke(*args)
        assert out.exit_code in (0, 1), (argv, out.output)


def test_the_readme_documents_the_json_keys(planted):
    readme = (PROJECT / "README.md").read_text("utf-8")
    section = readme.split("\n## Checking repositories\n", 1)[1].split("\n## ", 1)[0]
    data = json.loads(invoke("--format", "json").stdout)
    for key in data["findings"][0]:
        assert f'"{key}"' in section, key


def test_unix_times_in_fixtures_pass(repo):
    # A Unix time's ten digits read as a valid CPR or personnummer about one
    # time in a hundred; under a field or column named for a time they are
    # none (rules/column_hints.yaml, ``against``).
    times = ("1704257690", "1604664282", "1509113899")  # nordpii: allow DK_CPR,SE_PERSONNUMMER,IS_KENNITALA
    write(repo, "fixtures/events.json", json.dumps([{"id": i, "created_at": int(t)} for i, t in enumerate(times)]))
    write(repo, "fixtures/events.csv", "id,timestamp\n" + "".join(f"{i},{t}\n" for i, t in enumerate(times)))
    write(repo, "fixtures/events.yaml", "".join(f"- ts: {t}\n" for t in times))
    write(repo, "fixtures/seed.sql", "INSERT INTO `events` (`id`, `note`, `created_at`) VALUES\n"
          + ",\n".join(f"({i}, 'it''s \\'one\\', (a), b', {t})" for i, t in enumerate(times)) + ";\n")
    result = invoke("--format", "json")
    assert result.exit_code == 0, result.output
    # the same digits under a name that says nothing fail
    write(repo, "fixtures/values.json", json.dumps([{"id": i, "value": int(t)} for i, t in enumerate(times)]))
    result = invoke("--format", "json")
    assert result.exit_code == 1
    failing = [(f["path"], f["entity_type"]) for f in json.loads(result.stdout)["findings"] if f["outcome"] == "fail"]
    assert sorted(failing) == [("fixtures/values.json", "DK_CPR"), ("fixtures/values.json", "IS_KENNITALA"),
                               ("fixtures/values.json", "SE_PERSONNUMMER")]


def test_an_sql_inserts_column_names_are_its_values_columns(repo, ids):
    # the names in an INSERT's column list are hints as a CSV header's are
    pnr = ids.real_se
    write(repo, "seed/kunder.sql",
          "-- seed data\nINSERT INTO kunder (id, namn, personnr, updated_at)\nVALUES (1, 'Kalle, \\'K\\'', "
          f"'{pnr}', 1604664282),\n       (2, 'x', NULL, 1700000000);\n")  # nordpii: allow SE_PERSONNUMMER
    out = invoke("--format", "json")
    assert out.exit_code == 1
    found = [(f["line"], f["entity_type"], f["field"], f["outcome"]) for f in json.loads(out.stdout)["findings"]]
    # the Unix time on line 3 is none; the one on line 4 an invalid look-alike, which passes
    assert found == [(3, "SE_PERSONNUMMER", "personnr", "fail"), (4, "SE_PERSONNUMMER", "updated_at", "pass")]


def test_the_record_before_lends_no_context_words_to_the_next(repo):
    # Eight bare digits are a phone number only beside a context word.  The
    # line before is read for one ("ring vår mobil" above a number), but not
    # when it is a record laid out as this one: "GSM" in one entry of a
    # carrier table says nothing of the next entry's digits.
    rng = random.Random(58)
    numbers = [demo.phone_number(rng, "NO", "e164", mobile=True)[3:] for _ in range(4)]
    write(repo, "carriers.py", "CARRIERS = {\n" + "".join(
        f"    '{n}': '{name}',\n" for n, name in zip(numbers, ("Fjordnett", "Fjordnett GSM", "Fjordnett"))) + "}\n")
    write(repo, "notes.txt", f"Har du spørsmål, ring vår mobil\n{numbers[3]}\n")
    result = invoke("--format", "json")
    assert result.exit_code == 1
    failing = [(f["path"], f["line"], f["entity_type"]) for f in json.loads(result.stdout)["findings"]
               if f["outcome"] == "fail"]
    assert failing == [("carriers.py", 3, "PHONE_NUMBER"), ("notes.txt", 2, "PHONE_NUMBER")]
