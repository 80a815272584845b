"""CORS from the settings, and the health probes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import configure, create_app


def test_cors_allows_only_the_configured_origins(database_url):
    settings = Settings(database_url=database_url, cors_origins=["https://app.example"])
    app = create_app(settings)
    configure(app, settings)
    with TestClient(app) as client:
        allowed = client.options(
            "/v1/assessments",
            headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"},
        )
        assert allowed.headers.get("access-control-allow-origin") == "https://app.example"
        refused = client.options(
            "/v1/assessments",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in refused.headers


def test_health_probes_need_no_key(client):
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/readyz").json() == {"status": "ok"}
