"""SMB sources (issue 5): a real Samba on 127.0.0.1:4450 with a throw-away,
read-only share holding the planted tree of ``test_file_source``; the scan
must report the same findings as the local scan, with the password from
``NORDPII_SMB_PASSWORD`` and never in the output.

Samba is Debian's package (``.ci/samba`` installs it). When ``smbd`` is
missing or does not start the tests skip, except under ``CI=true`` where they
fail (DESIGN.md, "Real components").
"""

from __future__ import annotations

import json
import os
import secrets as _secrets
import shutil
import socket
import subprocess
import time

import pytest
from click.testing import CliRunner

from scanner.cli import main
from test_file_source import EXPECTED, keyed, plant_tree, snapshot

PORT = 4450
USER = "root"  # a Unix user must exist; the passdb is private to this smbd


def _unavailable(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: the SMB test must not be skipped)")
    pytest.skip(message)


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def samba(tmp_path_factory):
    smbd = shutil.which("smbd") or ("/usr/sbin/smbd" if os.path.exists("/usr/sbin/smbd") else None)
    smbpasswd = shutil.which("smbpasswd") or ("/usr/bin/smbpasswd" if os.path.exists("/usr/bin/smbpasswd") else None)
    if not smbd or not smbpasswd:
        _unavailable("smbd is not installed (apt-get install samba, or .ci/samba)")
    if _listening(PORT):
        _unavailable(f"port {PORT} is already in use")
    base = tmp_path_factory.mktemp("samba")
    share = base / "share"
    share.mkdir()
    planted = plant_tree(share)
    state = base / "state"
    state.mkdir()
    conf = base / "smb.conf"
    conf.write_text(f"""[global]
  smb ports = {PORT}
  interfaces = lo
  bind interfaces only = yes
  disable netbios = yes
  server role = standalone server
  passdb backend = tdbsam:{state}/passdb.tdb
  private dir = {state}
  lock directory = {state}
  state directory = {state}
  cache directory = {state}
  pid directory = {state}
  ncalrpc dir = {state}/ncalrpc
  log file = {state}/log.%m
  map to guest = never
  load printers = no
  printcap name = /dev/null
  disable spoolss = yes
[planted]
  path = {share}
  read only = yes
  valid users = {USER}
""", encoding="utf-8")
    password = "T-" + _secrets.token_hex(8)
    added = subprocess.run([smbpasswd, "-c", str(conf), "-a", "-s", USER], input=f"{password}\n{password}\n",
                           text=True, capture_output=True, timeout=30)
    if added.returncode != 0:
        _unavailable(f"smbpasswd failed: {added.stderr.strip()[:200]}")
    proc = subprocess.Popen([smbd, "--foreground", "--no-process-group", "-s", str(conf)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # smbd signals its process group when it stops
    try:
        for _ in range(100):
            if _listening(PORT) or proc.poll() is not None:
                break
            time.sleep(0.1)
        if not _listening(PORT):
            _unavailable("smbd did not start")
        yield {"share": share, "password": password, "secrets": planted,
               "url": f"smb://{USER}@127.0.0.1:{PORT}/planted"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(*args: str, password: str | None):
    env = {"NORDPII_SMB_PASSWORD": password} if password is not None else {"NORDPII_SMB_PASSWORD": ""}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_same_findings_as_the_local_scan(samba):
    before = snapshot(samba["share"])
    result = run("scan", samba["url"], "--format", "json", "-q", "--fail-on", "never", "--max-file-size", "4k",
                 password=samba["password"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["sources"] == [{"url": samba["url"], "kind": "files"}]
    assert keyed(report) == EXPECTED
    assert report["errors"] == [{"source": samba["url"], "location": {"path": "logo.png"},
                                 "error": "unreadable: binary or unknown encoding"}]
    assert [s["location"] for s in report["stats"]["skipped"]] == [{"path": "big.log"}]
    assert samba["password"] not in result.output
    for values in samba["secrets"].values():
        for value in values:
            assert value not in result.output
    assert snapshot(samba["share"]) == before  # nothing written to the share


def test_subfolder_and_globs(samba):
    result = run("scan", samba["url"] + "/export", "--include", "*.csv", "--format", "json", "-q",
                 "--fail-on", "never", password=samba["password"])
    assert result.exit_code == 0, result.output
    got = keyed(json.loads(result.output))
    assert got == {(k[0].removeprefix("export/"), *k[1:]): v for k, v in EXPECTED.items()
                   if k[0] == "export/kunder.csv"}


def test_wrong_or_missing_password_and_password_in_url(samba):
    result = run("scan", samba["url"], "-q", password="wrong-password")
    assert result.exit_code == 2
    assert "wrong-password" not in result.output
    assert f"cannot open {samba['url']}:" in result.output
    result = run("scan", samba["url"], "-q", password=None)
    assert result.exit_code == 2
    assert "no password; set NORDPII_SMB_PASSWORD" in result.output
    url = f"smb://{USER}:{samba['password']}@127.0.0.1:{PORT}/planted"
    result = run("scan", url, "-q", password=samba["password"])
    assert result.exit_code == 2
    assert "a password in the URL is not accepted" in result.output
    assert samba["password"] not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("nordpii: error:")]) == 1
