"""API key scopes: read, write, admin, enforced per operation with a 403 problem."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session

from app.core.errors import InvalidInput
from app.core.migrate import upgrade
from app.routers.scopes import required_scope
from app.services import tenants


def key_with(app, *scopes: str) -> dict[str, str]:
    with Session(app.state.engine, expire_on_commit=False) as db:
        name = f"firm-{uuid.uuid4().hex[:10]}"
        tenants.create_tenant(db, name)
        _, token = tenants.create_key(db, name, scopes=frozenset(scopes))
    return {"Authorization": f"Bearer {token}"}


def test_a_read_key_reads_but_cannot_write(client, app, example_claim):
    reader = key_with(app, "read")
    assert client.get("/v1/assessments", headers=reader).status_code == 200
    assert client.post("/v1/evaluate", json=example_claim, headers=reader).status_code == 200
    refused = client.post("/v1/assessments", json=example_claim, headers=reader)
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    body = refused.json()
    assert body["status"] == 403 and body["type"].endswith("/forbidden")
    assert "'write' scope" in body["detail"]


def test_webhook_endpoints_need_the_admin_scope(client, app):
    writer = key_with(app, "read", "write")
    assert client.get("/v1/webhook-endpoints", headers=writer).status_code == 403
    admin = key_with(app, "read", "admin")
    assert client.get("/v1/webhook-endpoints", headers=admin).status_code == 200


def test_a_write_key_changes_data(client, app, example_claim):
    writer = key_with(app, "write")
    created = client.post("/v1/assessments", json=example_claim, headers=writer)
    assert created.status_code == 201
    gone = client.delete(f"/v1/assessments/{created.json()['id']}", headers=writer)
    assert gone.status_code == 204
    assert client.get("/v1/assessments", headers=writer).status_code == 403


def test_the_contract_states_each_operation_scope(client):
    contract = client.get("/openapi.json").json()
    create = contract["paths"]["/v1/assessments"]["post"]
    assert create["x-required-scope"] == "write"
    assert {"HTTPBearer": ["write"]} in create["security"]
    listing = contract["paths"]["/v1/webhook-endpoints"]["get"]
    assert listing["x-required-scope"] == "admin"
    assert "security" not in contract["paths"]["/healthz"]["get"]


@pytest.mark.parametrize(
    ("method", "path", "scope"),
    [
        ("GET", "/v1/assessments/{assessment_id}", "read"),
        ("POST", "/v1/letters/parse", "read"),
        ("PATCH", "/v1/assessments/{assessment_id}", "write"),
        ("POST", "/v1/webhook-endpoints/{endpoint_id}/rotate", "admin"),
    ],
)
def test_required_scope(method, path, scope):
    assert required_scope(method, path) == scope


def test_unknown_scopes_are_refused():
    assert tenants.parse_scopes("read,write") == {"read", "write"}
    with pytest.raises(InvalidInput):
        tenants.parse_scopes("read,owner")


def test_keys_made_before_scopes_keep_every_scope(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "drafts01")
    engine = create_engine(url)
    tenant_id, key_id = uuid.uuid4().hex, uuid.uuid4().hex
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO tenant (id, name, created_at) VALUES (:id, 'old', '2026-01-01')"),
            {"id": tenant_id},
        )
        conn.execute(
            text(
                "INSERT INTO api_key (id, tenant_id, prefix, key_hash, created_at) "
                "VALUES (:id, :tenant, 'rip_old', 'x', '2026-01-01')"
            ),
            {"id": key_id, "tenant": tenant_id},
        )
    upgrade(url)
    with engine.connect() as conn:
        scopes = conn.execute(text("SELECT scopes FROM api_key")).scalar_one()
    engine.dispose()
    assert scopes == "read write admin"
