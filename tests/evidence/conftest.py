"""Evidence fixtures: the same tests run on the file store and on an S3-compatible store
(moto's server, started on loopback by the tests)."""

from __future__ import annotations

import uuid

import pytest

from app.services.evidence.pipeline import use_store
from app.services.evidence.store import FileStore, S3Store

S3_SKIP = "S3 tests skipped: moto's S3 server could not start on 127.0.0.1 ({})"


@pytest.fixture(scope="session")
def s3_endpoint():
    try:
        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
    except Exception as exc:  # no moto, or no loopback socket
        pytest.skip(S3_SKIP.format(type(exc).__name__))
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def make_s3_store(endpoint: str) -> S3Store:
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    bucket = f"evidence-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket)
    return S3Store(bucket, "riposte/evidence", client=client)


@pytest.fixture(params=["file", "s3"])
def store(request, tmp_path, app):
    """Each test runs once per backend; the app uses that store for the test."""
    if request.param == "file":
        chosen = FileStore(tmp_path / "evidence")
    else:
        chosen = make_s3_store(request.getfixturevalue("s3_endpoint"))
    previous = app.state.evidence_store
    app.state.evidence_store = use_store(app.state.engine, chosen)
    yield chosen
    app.state.evidence_store = use_store(app.state.engine, previous)


@pytest.fixture()
def configured(app):
    """Change settings for one test: ``configured(max_evidence_bytes=...)``."""
    original = app.state.settings

    def change(**values):
        app.state.settings = original.model_copy(update=values)

    yield change
    app.state.settings = original


@pytest.fixture()
def assessment(client, auth, example_claim) -> str:
    response = client.post("/v1/assessments", json=example_claim, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def upload(client, auth, assessment_id, data, kind, name="file.bin", note=None, headers=None):
    fields = {"kind": kind}
    if note is not None:
        fields["note"] = note
    return client.post(
        f"/v1/assessments/{assessment_id}/evidence?lang=en",
        files={"file": (name, data, "application/octet-stream")},
        data=fields,
        headers={**auth, **(headers or {})},
    )


def wait_analysed(client, auth, url):
    """The evidence once the queued jobs have run (the app's queue, run here)."""
    client.app.state.jobs.drain()
    return client.get(url + "?lang=en", headers=auth).json()


def blobs_of(store, tenant_sha_pairs) -> list[bool]:
    return [store.exists(t, s) for t, s in tenant_sha_pairs]
