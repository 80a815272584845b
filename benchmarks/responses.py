"""Bytes on the wire for an assessment, with and without gzip.

Posts the example claim in process (TestClient, SQLite) with ``Accept-Encoding: gzip`` and
with ``identity``; the baseline, in the same run, is the identity response. Target (ours,
for "gzip or better when the client accepts it"): the gzip response at most a third of
the identity one.
Run: .venv/bin/python benchmarks/responses.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.main import configure, create_app  # noqa: E402
from app.services.tenants import create_key, create_tenant  # noqa: E402
from benchmarks.common import example_claim, figure  # noqa: E402

TARGET = 1 / 3


def wire_bytes(client: TestClient, token: str, encoding: str) -> int:
    request = client.build_request(
        "POST",
        "/v1/assessments",
        json=example_claim(),
        headers={"Authorization": f"Bearer {token}", "Accept-Encoding": encoding},
    )
    response = client.send(request, stream=True)
    assert response.status_code == 201, response.read()
    assert response.headers.get("content-encoding", "identity") == encoding
    size = sum(len(chunk) for chunk in response.iter_raw())
    response.close()
    return size


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'responses.db'}"
        upgrade(url)
        settings = Settings(database_url=url, evidence_store=f"file://{tmp}/evidence")
        app = create_app(settings)
        configure(app, settings)
        with Session(app.state.engine) as session:
            create_tenant(session, "bench")
            _, token = create_key(session, "bench")
        with TestClient(app) as client:
            identity = wire_bytes(client, token, "identity")
            gzipped = wire_bytes(client, token, "gzip")
        app.state.engine.dispose()
    print(f"baseline: identity response {identity / 1024:.1f} KB; gzip {gzipped / 1024:.1f} KB")
    ratio = gzipped / identity
    figure("assessment response, gzip vs identity", ratio, "x", TARGET, ratio <= TARGET)


if __name__ == "__main__":
    sys.exit(main())
