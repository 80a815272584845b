"""The edge of the service against a live server: CORS preflights for the configured
origins, the body deadline against a slow-loris body, idempotency keys in progress (a
concurrent duplicate, a crash) answered with ``Retry-After``, and ``If-Match`` required on
PATCH, in the contract and in the answers."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlmodel import Session, select

from app.models import IdempotencyRecord, Tenant
from app.routers.body_limit import BODY_SECONDS
from app.services.idempotency import ABANDONED_AFTER, IN_PROGRESS
from tests.conftest import make_tenant
from tests.reliability.server import Server

ORIGIN = "https://app.example"


PUBLIC = "https://api.example"


@pytest.fixture(scope="module")
def cors_live(database_url):
    """A server configured as in production: its origins, host names and public URL, and
    the access log on."""
    with Server(
        database_url,
        cors_origins=f'["{ORIGIN}"]',
        allowed_hosts='["127.0.0.1", "api.example"]',
        public_base_url=PUBLIC,
        log_level="info",
    ) as server:
        yield server


def test_cors_preflight_from_a_configured_origin_is_answered(cors_live):
    preflight = {
        "Origin": ORIGIN,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization, content-type, if-match",
    }
    answer = httpx.options(f"{cors_live.url}/v1/assessments/some-id", headers=preflight)
    print(f"CORS preflight: {answer.status_code}")
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "PATCH" in answer.headers["access-control-allow-methods"]
    assert "if-match" in answer.headers["access-control-allow-headers"].lower()

    other = httpx.options(
        f"{cors_live.url}/v1/assessments", headers={**preflight, "Origin": "https://evil.example"}
    )
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers

    simple = httpx.get(f"{cors_live.url}/healthz", headers={"Origin": ORIGIN})
    assert simple.headers["access-control-allow-origin"] == ORIGIN
    assert "etag" in simple.headers["access-control-expose-headers"].lower()


def test_a_slow_loris_body_is_cut_off_at_the_deadline(live, live_auth):
    """Headers at once, then the body one byte a second: 408 at the body deadline, and
    the liveness probe answering meanwhile."""
    request = (
        "POST /v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: {live_auth['Authorization']}\r\n"
        "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
    ).encode()
    answer = b""
    started = time.monotonic()
    slowest_probe = 0.0
    with socket.create_connection(("127.0.0.1", live.port), timeout=BODY_SECONDS + 20) as conn:
        conn.sendall(request)
        conn.settimeout(1)
        while time.monotonic() - started < BODY_SECONDS + 15:
            try:
                conn.sendall(b" ")
            except OSError:
                break
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                chunk = None
            if chunk == b"":
                break
            if chunk:
                answer += chunk
                if b"\r\n\r\n" in answer:
                    break
            probe = time.monotonic()
            assert httpx.get(f"{live.url}/healthz", timeout=5).status_code == 200
            slowest_probe = max(slowest_probe, time.monotonic() - probe)
    elapsed = time.monotonic() - started
    print(f"slow body: answered after {elapsed:.1f} s; slowest /healthz {slowest_probe:.2f} s")
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"application/problem+json" in answer
    assert BODY_SECONDS - 1 < elapsed < BODY_SECONDS + 5


def _tenant(app, auth_name: str):
    with Session(app.state.engine) as session:
        return session.exec(select(Tenant).where(Tenant.name == auth_name)).one().id


def test_concurrent_duplicates_make_one_assessment_and_wait_with_retry_after(
    live, app, example_claim
):
    headers = make_tenant(app)
    auth = {"Authorization": headers["Authorization"], "Idempotency-Key": "same-key-racing"}
    barrier = threading.Barrier(10)

    def send(_i: int) -> httpx.Response:
        barrier.wait()
        return httpx.post(
            f"{live.url}/v1/assessments", json=example_claim, headers=auth, timeout=30
        )

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(send, range(10)))
    statuses = sorted(a.status_code for a in answers)
    print(f"racing duplicates: {statuses}")
    assert set(statuses) <= {201, 409}, statuses
    for answer in answers:
        if answer.status_code == 409:
            assert 1 <= int(answer.headers["retry-after"]) <= ABANDONED_AFTER.total_seconds()
            assert answer.headers["content-type"] == "application/problem+json"
    ids = {a.json()["id"] for a in answers if a.status_code == 201}
    assert len(ids) == 1  # replays give the first creation
    listed = httpx.get(
        f"{live.url}/v1/assessments", headers={"Authorization": auth["Authorization"]}
    )
    assert len(listed.json()["items"]) == 1


def test_a_key_left_in_progress_by_a_crash_answers_retry_after_then_is_taken_over(
    live, app, example_claim
):
    headers = make_tenant(app)
    auth = {"Authorization": headers["Authorization"], "Idempotency-Key": "crashed-key"}
    first = httpx.post(f"{live.url}/v1/assessments", json=example_claim, headers=auth, timeout=30)
    assert first.status_code == 201
    tenant_id = _tenant(app, headers["X-Tenant-Name"])

    def left_in_progress(age: timedelta) -> None:
        with Session(app.state.engine) as session:
            row = session.get(IdempotencyRecord, (tenant_id, "crashed-key"))
            row.state, row.created_at = IN_PROGRESS, datetime.now(UTC) - age
            session.add(row)
            session.commit()

    left_in_progress(timedelta(seconds=5))  # the server died 5 s ago, mid-request
    retry = httpx.post(f"{live.url}/v1/assessments", json=example_claim, headers=auth, timeout=30)
    assert retry.status_code == 409, retry.text
    wait = int(retry.headers["retry-after"])
    print(f"crashed key: 409 with Retry-After {wait} s")
    assert ABANDONED_AFTER.total_seconds() - 10 <= wait <= ABANDONED_AFTER.total_seconds() - 4

    left_in_progress(ABANDONED_AFTER + timedelta(seconds=1))  # abandoned: a retry takes it
    later = httpx.post(f"{live.url}/v1/assessments", json=example_claim, headers=auth, timeout=30)
    assert later.status_code == 201, later.text


def test_if_match_is_required_on_patch(live, live_auth, example_claim):
    created = httpx.post(
        f"{live.url}/v1/assessments", json=example_claim, headers=live_auth, timeout=30
    )
    url = f"{live.url}/v1/assessments/{created.json()['id']}"
    patch = {"external_ref": "EDGE-1"}
    merge = {**live_auth, "Content-Type": "application/merge-patch+json"}
    missing = httpx.request("PATCH", url, content=_json(patch), headers=merge, timeout=30)
    assert missing.status_code == 428, missing.text
    assert missing.headers["content-type"] == "application/problem+json"
    stale = httpx.request(
        "PATCH", url, content=_json(patch), headers={**merge, "If-Match": '"stale"'}, timeout=30
    )
    assert stale.status_code == 412
    current = {**merge, "If-Match": created.headers["etag"]}
    assert httpx.request("PATCH", url, content=_json(patch), headers=current).status_code == 200

    contract = httpx.get(f"{live.url}/openapi.json", timeout=30).json()
    operation = contract["paths"]["/v1/assessments/{assessment_id}"]["patch"]
    if_match = next(p for p in operation["parameters"] if p["name"].lower() == "if-match")
    assert if_match["required"] is True and if_match["in"] == "header"
    assert "428" in operation["responses"]


def _json(value) -> bytes:
    import orjson

    return orjson.dumps(value)


def test_the_host_header_is_never_reflected(live, cors_live, app, example_claim):
    evil = {"Host": "evil.example"}
    for server, base in ((live, ""), (cors_live, PUBLIC)):
        auth = {"Authorization": make_tenant(app)["Authorization"]}
        for _ in range(2):
            created = httpx.post(
                f"{server.url}/v1/assessments", json=example_claim, headers=auth, timeout=30
            )
            assert created.status_code == 201
        if server is cors_live:  # another host name: refused before any handler
            refused = httpx.get(f"{server.url}/v1/assessments", headers={**auth, **evil})
            assert refused.status_code == 400
            assert refused.headers["content-type"] == "application/problem+json"
            answer = httpx.post(
                f"{server.url}/v1/assessments",
                json=example_claim,
                headers={**auth, "Host": "api.example"},
                timeout=30,
            )
            listed = httpx.get(
                f"{server.url}/v1/assessments?limit=1", headers={**auth, "Host": "api.example"}
            )
        else:
            answer = httpx.post(
                f"{server.url}/v1/assessments",
                json=example_claim,
                headers={**auth, **evil},
                timeout=30,
            )
            listed = httpx.get(f"{server.url}/v1/assessments?limit=1", headers={**auth, **evil})
        assert answer.status_code == 201
        location = answer.headers["location"]
        assert location.startswith(f"{base}/v1/assessments/"), location
        next_link = listed.json()["next"]
        assert next_link and next_link.startswith(f"{base}/v1/assessments?"), next_link
        assert "evil.example" not in location + next_link


def test_the_access_log_drops_query_strings(cors_live, app):
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    secret = "Trunk-Archive-Secret-Party"
    listed = httpx.get(f"{cors_live.url}/v1/assessments?rights_holder={secret}", headers=auth)
    assert listed.status_code == 200
    deadline = time.monotonic() + 5
    while "GET /v1/assessments" not in cors_live.output() and time.monotonic() < deadline:
        time.sleep(0.1)
    log = cors_live.output()
    assert "GET /v1/assessments" in log  # the access log is on, and written
    assert secret not in log


def test_database_errors_hide_the_bound_parameters(database_url):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from app.core.database import build_engine

    secret = "Trunk Archive v. Blog Example SARL"
    engine = build_engine(database_url, null_pool=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT name FROM no_such_table WHERE name = :v"), {"v": secret})
    except DBAPIError as exc:
        assert secret not in str(exc)
        assert "hide_parameters" in str(exc)
    else:
        raise AssertionError("the statement should fail")
    finally:
        engine.dispose()
