"""Operations: migrations that several replicas may run at once, readiness that waits for
the schema, request ids."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.core.config import Settings
from app.core.database import build_engine
from app.core.migrate import head_revisions, upgrade
from app.main import create_app
from tests.conftest import PG_URL


def test_readyz_is_false_until_the_schema_is_current(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    app = create_app(Settings(database_url=url))
    with TestClient(app) as client:
        waiting = client.get("/readyz")
        assert waiting.status_code == 503 and waiting.json()["status"] == "migrating"
        assert waiting.headers["retry-after"]
        upgrade(url)
        assert client.get("/readyz").json() == {"status": "ok"}


@pytest.mark.skipif(not PG_URL, reason="needs RIPOSTE_TEST_DATABASE_URL (PostgreSQL)")
def test_three_replicas_migrate_one_fresh_postgresql_together():
    schema = f"replicas_{uuid.uuid4().hex[:8]}"
    admin = build_engine(PG_URL, null_pool=True)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    code = "import sys; from app.core.migrate import upgrade; upgrade(sys.argv[1])"
    try:
        replicas = [
            subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        results = [(r.wait(timeout=240), r.stderr.read().decode()) for r in replicas]
        assert [rc for rc, _ in results] == [0, 0, 0], [err[-800:] for _, err in results]
        with admin.connect() as conn:
            versions = conn.execute(text(f"SELECT version_num FROM {schema}.alembic_version"))
            assert set(versions.scalars()) == set(head_revisions())
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_metrics_count_requests_per_route_and_assessments(client, auth, example_claim):
    client.post("/v1/assessments", json=example_claim, headers=auth)
    missing = uuid.uuid4()
    client.get(f"/v1/assessments/{missing}", headers=auth)
    body = client.get("/metrics").text
    assert 'route="/v1/assessments/{assessment_id:uuid}",status="404"' in body
    assert 'status="404"' in body
    assert "riposte_assessments_created_total" in body
    assert "riposte_evaluation_seconds_count" in body
    assert "riposte_job_queue_depth" in body
    assert str(missing) not in body, "a raw path with an id must never become a label"
