"""Per-key rate limits: RateLimit-* headers on every authenticated answer, 429 with
Retry-After once the budget is spent, one budget across replicas with the database storage."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, text

from app.main import configure, create_app
from app.services.rate_limits import WindowCounter, storage_for
from tests.conftest import PG_SKIP_REASON, PG_URL, make_tenant


@pytest.fixture()
def limited(settings):
    """Builds apps on the suite's database with a small budget."""
    built = []

    def build(rule: str = "3/minute", storage: str = "memory") -> TestClient:
        app = create_app(settings)
        configure(
            app, settings.model_copy(update={"rate_limit": rule, "rate_limit_storage": storage})
        )
        client = TestClient(app)
        built.append(app)
        return client

    yield build
    for app in built:
        app.state.engine.dispose()


def test_the_budget_is_counted_down_then_refused(limited, app):
    client = limited()
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    remaining = []
    for _ in range(3):
        answer = client.get("/v1/assessments", headers=auth)
        assert answer.status_code == 200
        assert answer.headers["ratelimit-limit"] == "3"
        assert answer.headers["ratelimit-policy"] == "3;w=60"
        assert 0 < int(answer.headers["ratelimit-reset"]) <= 60
        remaining.append(int(answer.headers["ratelimit-remaining"]))
    assert remaining == [2, 1, 0]

    refused = client.get("/v1/assessments", headers=auth)
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["type"].endswith("/rate-limited")
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["ratelimit-remaining"] == "0"

    other = {"Authorization": make_tenant(app)["Authorization"]}
    assert client.get("/v1/assessments", headers=other).status_code == 200


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
def test_replicas_share_one_budget_in_the_database(limited, app):
    first, second = limited(storage="database"), limited(storage="database")
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    assert first.get("/v1/assessments", headers=auth).status_code == 200
    assert second.get("/v1/assessments", headers=auth).status_code == 200
    assert first.get("/v1/assessments", headers=auth).status_code == 200
    assert second.get("/v1/assessments", headers=auth).status_code == 429


def test_unauthenticated_answers_spend_nothing(limited):
    client = limited()
    assert "ratelimit-limit" not in client.get("/healthz").headers
    assert client.get("/v1/assessments").status_code == 401


def test_limits_can_be_turned_off(limited, app):
    client = limited(rule="off")
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    answer = client.get("/v1/assessments", headers=auth)
    assert answer.status_code == 200 and "ratelimit-limit" not in answer.headers


def test_the_contract_declares_limits(client):
    operation = client.get("/openapi.json").json()["paths"]["/v1/assessments"]["get"]
    assert "RateLimit-Remaining" in operation["responses"]["200"]["headers"]
    too_many = operation["responses"]["429"]
    assert "Retry-After" in too_many["headers"]
    assert too_many["content"]["application/problem+json"]


def test_the_database_storage_needs_postgresql(app):
    if app.state.engine.dialect.name == "postgresql":
        pytest.skip("on PostgreSQL the database storage is the default")
    with pytest.raises(ValueError, match="PostgreSQL"):
        storage_for("database", app.state.engine)


def test_a_calendar_feed_is_limited_by_its_token(limited, app):
    client = limited(rule="3/minute")
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    made = client.post("/v1/calendar-feeds", json={}, headers=auth)
    assert made.status_code == 201
    other = client.post("/v1/calendar-feeds", json={}, headers=auth)
    url, other_url = made.json()["url"], other.json()["url"]
    first = client.get(url)
    assert first.status_code == 200
    assert first.headers["ratelimit-limit"] == "3" and first.headers["ratelimit-remaining"] == "2"
    assert [client.get(url).status_code for _ in range(2)] == [200, 200]
    refused = client.get(url)
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["type"].endswith("/rate-limited")
    assert "calendar feed" in refused.json()["detail"]
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    # each token has its own budget, apart from the API key that made the feeds (2 of 3)
    assert client.get(other_url).status_code == 200
    listing = client.get("/v1/calendar-feeds", headers=auth)
    assert listing.status_code == 200 and listing.headers["ratelimit-remaining"] == "0"
    # an unknown token spends nothing and stays a 404
    assert client.get("/calendar/ripcal_unknown.ics").status_code == 404


def test_a_window_that_ended_starts_again_from_one(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("app.services.rate_limits.time.time", lambda: clock[0])
    counter = WindowCounter()
    assert counter.count("k", 60) == (1, 1060.0)
    assert counter.count("k", 60) == (2, 1060.0)
    assert counter.count("other", 60) == (1, 1060.0)
    clock[0] = 1060.0
    assert counter.count("k", 60) == (1, 1120.0)
    clock[0] = 2000.0  # past the sweep: ended windows are dropped
    counter.count("k", 60)
    assert set(counter.windows) == {"k"}


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
def test_the_database_counts_and_reads_the_window_in_one_statement(app):
    storage = storage_for("database", app.state.engine)
    statements = []

    def record(conn, cursor, statement, *rest):
        statements.append(statement)

    event.listen(app.state.engine, "before_cursor_execute", record)
    try:
        hits, first_end = storage.count("riposte-test/one-statement", 60)
        again, end = storage.count("riposte-test/one-statement", 60)
    finally:
        event.remove(app.state.engine, "before_cursor_execute", record)
        storage.clear("riposte-test/one-statement")
    assert (hits, again) == (1, 2)
    assert end == first_end and first_end > time.time()
    assert len([s for s in statements if "rate_limit_window" in s]) == 2


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
def test_the_database_counter_counts_every_hit_once_under_concurrency(app):
    """Each count is one autocommit statement without waiting for the WAL flush: concurrent
    hits still get one number each, the window ends and restarts, the limit still holds."""
    from concurrent.futures import ThreadPoolExecutor

    from app.repositories.rate_limits import DatabaseStorage

    storage = DatabaseStorage(app.state.engine)
    key = f"test/{time.time_ns()}"
    with ThreadPoolExecutor(max_workers=6) as pool:
        counts = list(pool.map(lambda _: storage.count(key, 60)[0], range(120)))
    assert sorted(counts) == list(range(1, 121))
    assert storage.get(key) == 120 and storage.get_expiry(key) > time.time() + 50
    assert storage.count(key, 60, amount=5)[0] == 125

    short = f"{key}/short"
    assert storage.count(short, 1)[0] == 1 and storage.count(short, 1)[0] == 2
    time.sleep(1.1)
    assert storage.get(short) == 0
    hits, expires_at = storage.count(short, 1)
    assert hits == 1 and expires_at > time.time()
    storage.clear(key)
    storage.clear(short)


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
def test_the_database_counter_commits_alone_and_asynchronously(app):
    from app.repositories.rate_limits import INCREMENT, DatabaseStorage

    storage = DatabaseStorage(app.state.engine)
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(app.state.engine, "before_cursor_execute", seen)
    try:
        storage.count(f"test/{time.time_ns()}", 60)
    finally:
        event.remove(app.state.engine, "before_cursor_execute", seen)
    assert len(statements) == 1 and "rate_limit_window" in statements[0]
    with storage.autocommit.connect() as conn:
        now = time.time()
        row = conn.execute(
            INCREMENT,
            {"key": f"test/{time.time_ns()}", "amount": 1, "expires": now + 60, "now": now},
        ).one()
        assert row.synchronous_commit == "off"
        # the setting lasted for that statement's transaction only
        assert conn.execute(text("SHOW synchronous_commit")).scalar() == "on"
    # a connection handed back to the pool is transactional again
    with app.state.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        assert conn.connection.dbapi_connection.autocommit is False
