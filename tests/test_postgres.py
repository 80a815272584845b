"""PostgreSQL specifics: the list query uses the tenant indexes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.conftest import PG_SKIP_REASON, PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)


def test_filtered_list_uses_an_index(app):
    with app.state.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                text(
                    "EXPLAIN SELECT * FROM assessment WHERE tenant_id = gen_random_uuid() "
                    "AND agency = 'copytrack' ORDER BY created_at DESC, id DESC LIMIT 21"
                )
            )
        )
    assert "ix_assessment_tenant_agency" in plan, plan


def test_documents_and_replayed_bodies_are_binary(app):
    with app.state.engine.connect() as conn:
        kind = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'assessment_revision' AND column_name = 'result'"
            )
        ).scalar()
        replay = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'idempotency_record' AND column_name = 'response_body'"
            )
        ).scalar()
    assert kind == "bytea", "revision documents are stored compressed"
    assert replay == "bytea", "replayed bodies are stored compressed"


def test_a_burst_of_concurrent_requests_leaves_its_connections_open(settings):
    """The pool keeps what a burst opened (RIPOSTE_DB_POOL_SIZE, default 30): connections
    closed on return and reopened by the next request cost a backend's start-up each time
    (0.35 new sessions a request from 32 clients when the pool kept 10)."""
    import threading

    from app.core.database import engine_for

    engine = engine_for(settings)
    burst = 12
    barrier = threading.Barrier(burst)
    backends = set()

    def hold() -> None:
        with engine.connect() as conn:
            backends.add(conn.execute(text("SELECT pg_backend_pid()")).scalar())
            barrier.wait(timeout=30)

    try:
        threads = [threading.Thread(target=hold) for _ in range(burst)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(backends) == burst
        assert engine.pool.checkedin() == burst  # all kept, none closed on return
        with engine.connect() as conn:  # the next request reuses one: no new session
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() in backends
    finally:
        engine.dispose()


def test_connections_are_pinged_only_after_idling(database_url):
    """No round trip of ping at every checkout: only a connection idle in the pool longer
    than the threshold is pinged, and one the server closed meanwhile is replaced."""
    import time

    from app.core.database import build_engine

    engine = build_engine(database_url, ping_idle_seconds=0.3)
    pings = []
    ping = engine.dialect.do_ping

    def counted(dbapi_connection):
        pings.append(dbapi_connection)
        return ping(dbapi_connection)

    engine.dialect.do_ping = counted
    try:
        for _ in range(5):
            with engine.connect() as conn:
                pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        assert pings == []  # reused at once: never pinged
        time.sleep(0.4)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == pid
        assert len(pings) == 1  # idle past the threshold: pinged, and still the same one
        other = build_engine(database_url, null_pool=True)
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        other.dispose()
        time.sleep(0.4)
        with engine.connect() as conn:  # the ping fails, the pool replaces it
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
        assert len(pings) >= 2
    finally:
        engine.dispose()


def test_a_create_reads_the_history_without_a_transaction(settings, example_claim):
    """With the caller's key cached (the default), the firm's history is read in autocommit
    (no BEGIN and ROLLBACK round trips); the create's own statements stay one transaction
    and the pool's connections are transactional again afterwards."""
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from app.main import configure, create_app
    from tests.conftest import make_tenant

    cached = settings.model_copy(update={"key_cache_seconds": 60})
    app = create_app(cached)
    configure(app, cached)
    client = TestClient(app)
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement.split()[0], conn.connection.dbapi_connection.autocommit))

    try:
        auth = {"Authorization": make_tenant(app)["Authorization"]}
        assert client.post("/v1/assessments", json=example_claim, headers=auth).status_code == 201
        event.listen(app.state.engine, "before_cursor_execute", record)
        answer = client.post("/v1/assessments", json=example_claim, headers=auth)
        event.remove(app.state.engine, "before_cursor_execute", record)
        assert answer.status_code == 201
        reads = [autocommit for verb, autocommit in seen if verb == "SELECT"]
        assert reads and all(reads), seen  # the history read, the only read
        with app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            assert conn.connection.dbapi_connection.autocommit is False
    finally:
        app.state.engine.dispose()
