"""SIGKILL in the middle of writes: nothing acknowledged is lost, nothing half-written."""

from __future__ import annotations

import threading
import time
import uuid

import httpx
from sqlalchemy import text

from tests.reliability.server import Server

WRITERS = 4
WRITES = 100


def test_sigkill_during_writes_loses_nothing_acknowledged(
    app, database_url, live_auth, example_claim
):
    server = Server(database_url).start()
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def write(offset: int) -> None:
        with httpx.Client(timeout=10) as client:
            for i in range(offset, WRITES, WRITERS):
                if stop.is_set():
                    return
                claim = {**example_claim, "external_ref": f"KILL-{i}"}
                try:
                    answer = client.post(
                        f"{server.url}/v1/assessments",
                        json=claim,
                        headers={**live_auth, "Idempotency-Key": str(uuid.uuid4())},
                    )
                except httpx.HTTPError:
                    return
                if answer.status_code == 201:
                    with lock:
                        acknowledged.append(answer.json()["id"])

    threads = [threading.Thread(target=write, args=(k,)) for k in range(WRITERS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < WRITES // 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(20)
    server.stop()
    print(f"SIGKILL after {len(acknowledged)} acknowledged writes")
    assert len(acknowledged) >= WRITES // 3
    ids = [uuid.UUID(a) for a in acknowledged]
    with app.state.engine.connect() as conn:
        found = {
            row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(str(row[0]))
            for row in conn.execute(
                text(
                    "SELECT a.id FROM assessment a JOIN assessment_revision r "
                    "ON r.assessment_id = a.id AND r.revision = a.revision"
                )
            )
        }
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM assessment_revision r WHERE NOT EXISTS "
                "(SELECT 1 FROM assessment a WHERE a.id = r.assessment_id)"
            )
        ).scalar_one()
        headless = conn.execute(
            text(
                "SELECT count(*) FROM assessment a WHERE NOT EXISTS "
                "(SELECT 1 FROM assessment_revision r WHERE r.assessment_id = a.id)"
            )
        ).scalar_one()
    assert set(ids) <= found
    assert orphans == 0 and headless == 0
