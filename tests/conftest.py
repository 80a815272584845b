"""Test fixtures: a database built by running the migrations (SQLite by default, the
PostgreSQL of RIPOSTE_TEST_DATABASE_URL when set), the app, and API keys per test.

Each test works in tenants of its own, so tests share one database without seeing each
other's data (which is exactly the isolation the product promises firms).
"""

from __future__ import annotations

import json
import os
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app.core.config import Settings
from app.core.database import build_engine
from app.core.migrate import upgrade
from app.main import configure, create_app
from app.services import tenants
from tests.paths import EXAMPLE_CLAIM  # noqa: F401 (imported by tests)

PG_URL = os.environ.get("RIPOSTE_TEST_DATABASE_URL")
PG_SKIP_REASON = (
    "PostgreSQL tests skipped: set RIPOSTE_TEST_DATABASE_URL="
    "postgresql+psycopg://postgres@127.0.0.1:5432/test to run them"
)


def pytest_configure(config):
    from tests.scenarios.runner import SCENARIO_TAGS

    for tag, meaning in SCENARIO_TAGS.items():
        config.addinivalue_line("markers", f"{tag}: scenario tag, {meaning}")


def pytest_report_header(config):
    return f"database: {PG_URL or 'SQLite (temporary file)'}"


def _reset_postgres(url: str) -> None:
    engine = build_engine(url, null_pool=True)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    if PG_URL:
        _reset_postgres(PG_URL)
        url = PG_URL
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'riposte-test.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def settings(database_url, tmp_path_factory) -> Settings:
    evidence = tmp_path_factory.mktemp("evidence")
    # Tests share keys across many requests (scenarios, schemathesis): a budget far above
    # their pace; tests/integration/test_rate_limits.py builds apps with small budgets.
    return Settings(
        database_url=database_url,
        key_cache_seconds=0,
        evidence_store=f"file://{evidence}",
        rate_limit="100000/minute",
    )


@pytest.fixture(scope="session")
def app(settings):
    application = create_app(settings)
    configure(application, settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture(scope="session")
def client(app) -> TestClient:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def session(app):
    with Session(app.state.engine, expire_on_commit=False) as db:
        yield db


def make_tenant(app) -> dict[str, str]:
    with Session(app.state.engine, expire_on_commit=False) as db:
        name = f"firm-{uuid.uuid4().hex[:10]}"
        tenants.create_tenant(db, name)
        row, token = tenants.create_key(db, name)
    return {"Authorization": f"Bearer {token}", "X-Tenant-Name": name, "X-Key-Id": str(row.id)}


@pytest.fixture()
def auth(app) -> dict[str, str]:
    """Headers of a fresh firm's API key."""
    return {"Authorization": make_tenant(app)["Authorization"]}


@pytest.fixture()
def other_auth(app) -> dict[str, str]:
    return {"Authorization": make_tenant(app)["Authorization"]}


@pytest.fixture()
def example_claim() -> dict:
    return json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))
