"""S3 sources (issue 5): moto's S3 server on 127.0.0.1 (a free port), started
in the test session, with a bucket holding the planted tree of
``test_file_source`` under a prefix; the scan must report the same findings
as the local scan, with dummy credentials from the environment and the
endpoint from ``NORDPII_S3_ENDPOINT_URL``.

s3fs and ``moto[server]`` are in the ``dev`` extra. When either is missing
the tests skip, except under ``CI=true`` where they fail (DESIGN.md, "Real
components").
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import main
from test_file_source import EXPECTED, keyed, plant_tree

BUCKET = "nordpii-planted"
PREFIX = "exports/2026"
KEY_ID = "AKIANORDPIITESTONLY"
SECRET = "dummy-secret-for-moto-only"


def _unavailable(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: the S3 test must not be skipped)")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    try:
        import boto3
        import s3fs  # noqa: F401
        from moto.server import ThreadedMotoServer
    except ImportError as e:
        _unavailable(f"s3fs / moto[server] are not installed ({e}; pip install -e '.[dev]')")
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        local = tmp_path_factory.mktemp("s3") / "share"
        local.mkdir()
        planted = plant_tree(local)
        client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                              aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET)
        client.create_bucket(Bucket=BUCKET)
        for dirpath, _, names in os.walk(local):  # does not follow the loop; S3 has no links
            for name in names:
                p = Path(dirpath) / name
                if not p.is_symlink():
                    client.put_object(Bucket=BUCKET, Key=f"{PREFIX}/{p.relative_to(local).as_posix()}",
                                      Body=p.read_bytes())
        client.put_object(Bucket=BUCKET, Key="elsewhere/outside.txt", Body=b"kontakt: utanfor@example.se\n")
        yield {"local": local, "secrets": planted, "endpoint": endpoint, "client": client,
               "url": f"s3://{BUCKET}/{PREFIX}"}
    finally:
        server.stop()


def run(s3, *args: str):
    env = {"AWS_ACCESS_KEY_ID": KEY_ID, "AWS_SECRET_ACCESS_KEY": SECRET, "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_SESSION_TOKEN": None, "AWS_PROFILE": None, "NORDPII_S3_ENDPOINT_URL": s3["endpoint"]}
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def objects(s3) -> dict:
    listed = s3["client"].list_objects_v2(Bucket=BUCKET)["Contents"]
    return {o["Key"]: (o["ETag"], o["LastModified"]) for o in listed}


def test_same_findings_as_the_local_scan(s3):
    before = objects(s3)
    result = run(s3, "scan", s3["url"], "--format", "json", "-q", "--fail-on", "never", "--max-file-size", "4k")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["sources"] == [{"url": s3["url"], "kind": "files"}]
    assert keyed(report) == EXPECTED
    local = run(s3, "scan", str(s3["local"]), "--format", "json", "-q", "--fail-on", "never",
                "--max-file-size", "4k")
    assert keyed(report) == keyed(json.loads(local.output))
    assert report["errors"] == [{"source": s3["url"], "location": {"path": "logo.png"},
                                 "error": "unreadable: binary or unknown encoding"}]
    assert [s["location"] for s in report["stats"]["skipped"]] == [{"path": "big.log"}]
    assert "utanfor@example.se" not in result.output and "outside.txt" not in result.output
    assert SECRET not in result.output
    for values in s3["secrets"].values():
        for value in values:
            assert value not in result.output
    assert objects(s3) == before  # nothing written to the bucket


def test_subfolder_single_object_and_globs(s3):
    result = run(s3, "scan", s3["url"] + "/export", "--include", "*.csv", "--format", "json", "-q",
                 "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert keyed(json.loads(result.output)) == {
        (k[0].removeprefix("export/"), *k[1:]): v for k, v in EXPECTED.items() if k[0] == "export/kunder.csv"}
    result = run(s3, "scan", s3["url"] + "/notes.txt", "--format", "json", "-q", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert set(keyed(json.loads(result.output))) == {k for k in EXPECTED if k[0] == "notes.txt"}


def test_unreadable_object_is_an_error_entry(s3, monkeypatch):
    from scanner.sources.s3 import S3Source

    real = S3Source._open

    def deny(self, path):
        if path.endswith("/notes.txt"):
            raise PermissionError(13, "Access Denied")
        return real(self, path)

    monkeypatch.setattr(S3Source, "_open", deny)
    result = run(s3, "scan", s3["url"], "--format", "json", "-q", "--fail-on", "never", "--max-file-size", "4k")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"source": s3["url"], "location": {"path": "notes.txt"},
            "error": "cannot read: permission denied"} in report["errors"]
    assert keyed(report) == {k: v for k, v in EXPECTED.items() if k[0] != "notes.txt"}


def test_missing_bucket_or_prefix_exit_2_one_line(s3):
    for url in ("s3://no-such-bucket-nordpii/x", f"s3://{BUCKET}/no/such/prefix"):
        result = run(s3, "scan", url, "-q")
        assert result.exit_code == 2, result.output
        assert f"cannot open {url}: no such bucket, folder or object" in result.output
        assert len([line for line in result.output.splitlines() if line.startswith("nordpii: error:")]) == 1


def test_credentials_in_url_refused(s3):
    url = f"s3://{KEY_ID}:{SECRET}@{BUCKET}/{PREFIX}"
    result = run(s3, "scan", url, "-q")
    assert result.exit_code == 2
    assert f"cannot open s3://***@{BUCKET}/{PREFIX}: credentials in the URL are not accepted" in result.output
    assert SECRET not in result.output
    # the one-line error masks the whole user part; the report's source URL is
    # masked by scan()'s mask_url, which keeps the key id (as for a database user)
    error = [line for line in result.output.splitlines() if line.startswith("nordpii: error:")]
    assert KEY_ID not in error[0]
    assert len([line for line in result.output.splitlines() if line.startswith("nordpii: error:")]) == 1
