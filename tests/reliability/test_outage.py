"""A database outage on a PostgreSQL cluster this test starts itself (initdb and pg_ctl in
a temporary directory, on another port; never the shared server): stopped, then hung
(SIGSTOP), then back. Writes answer 503 with Retry-After within seconds, /readyz says 503,
nothing acknowledged is lost, and service resumes without a restart."""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.core.database import WATCHDOG_GRACE, build_engine
from app.core.migrate import upgrade
from app.services import tenants
from tests.reliability.server import Server, free_port

BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
STATEMENT_SECONDS = 2
CONNECT_SECONDS = 2
FAIL_FAST = STATEMENT_SECONDS + WATCHDOG_GRACE + CONNECT_SECONDS + 2.0
"""An outage must be answered within this: the watchdog ends a call at statement timeout +
grace, then the pool's one attempt to reconnect ends at the connect timeout (it hung for
the outage's whole duration before)."""

pytestmark = pytest.mark.skipif(
    not BIN or not os.environ.get("RIPOSTE_TEST_DATABASE_URL"),
    reason="needs PostgreSQL binaries; runs in the PostgreSQL pass of the suite",
)


class Cluster:
    def __init__(self) -> None:
        self.bin = Path(BIN[-1])
        self.root = Path(tempfile.mkdtemp(prefix="riposte-outage-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.root, "postgres")

    def run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self.run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.root / "log"),
            "start",
        )

    def stop(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def processes(self) -> list[int]:
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(stat.parent.name))
        return [postmaster, *children]

    def signal(self, signum: int) -> None:
        for pid in self.processes():
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                pass

    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def remove(self) -> None:
        try:
            self.signal(signal.SIGCONT)
            self.stop()
        except (subprocess.SubprocessError, OSError, ValueError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster():
    own = Cluster()
    try:
        own.init()
        own.start()
        upgrade(own.url())
        yield own
    finally:
        own.remove()


def _key(url: str) -> dict[str, str]:
    engine = build_engine(url, null_pool=True)
    with Session(engine, expire_on_commit=False) as db:
        name = f"firm-{uuid.uuid4().hex[:10]}"
        tenants.create_tenant(db, name)
        _row, token = tenants.create_key(db, name)
    engine.dispose()
    return {"Authorization": f"Bearer {token}"}


def _write(server, auth, claim, i: int) -> tuple[int, dict, float]:
    started = time.monotonic()
    try:
        answer = httpx.post(
            f"{server.url}/v1/assessments",
            json={**claim, "external_ref": f"OUTAGE-{i}"},
            headers=auth,
            timeout=60,
        )
    except httpx.HTTPError:
        return -1, {}, time.monotonic() - started
    return (
        answer.status_code,
        dict(answer.headers) | {"_body": answer.text},
        (time.monotonic() - started),
    )


def test_outage_answers_503_fast_and_recovers(cluster, example_claim):
    auth = _key(cluster.url())
    server = Server(
        cluster.url(),
        db_statement_timeout=str(STATEMENT_SECONDS),
        db_connect_timeout=str(CONNECT_SECONDS),
    ).start()
    acknowledged: list[str] = []
    figures: dict[str, float] = {}
    try:
        for i in range(5):
            status, headers, _ = _write(server, auth, example_claim, i)
            assert status == 201
            acknowledged.append(headers["location"].rsplit("/", 1)[-1])

        for phase, enter, leave in (
            ("stopped", cluster.stop, cluster.start),
            (
                "hung",
                lambda: cluster.signal(signal.SIGSTOP),
                lambda: cluster.signal(signal.SIGCONT),
            ),
        ):
            enter()
            slowest = 0.0
            for i in range(4):
                status, headers, elapsed = _write(server, auth, example_claim, 100 + i)
                slowest = max(slowest, elapsed)
                assert status == 503, (phase, status, headers.get("_body", "")[:300])
                assert headers["content-type"] == "application/problem+json"
                assert int(headers["retry-after"]) >= 1
            started = time.monotonic()
            ready = httpx.get(f"{server.url}/readyz", timeout=30)
            slowest = max(slowest, time.monotonic() - started)
            assert ready.status_code == 503
            assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200
            figures[phase] = slowest
            assert slowest < FAIL_FAST, (phase, slowest)
            leave()
            deadline = time.monotonic() + 30
            while True:
                status, headers, _ = _write(server, auth, example_claim, 200)
                if status == 201 or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            assert status == 201, (phase, "did not recover")
            acknowledged.append(headers["location"].rsplit("/", 1)[-1])
    finally:
        log = server.stop()
    print(
        f"outage: slowest answer stopped {figures.get('stopped', 0):.2f} s, "
        f"hung {figures.get('hung', 0):.2f} s; {log.count('Traceback')} tracebacks logged"
    )
    assert log.count("Traceback") == 0
    engine = build_engine(cluster.url(), null_pool=True)
    with engine.connect() as conn:
        stored = {str(r[0]) for r in conn.execute(text("SELECT id FROM assessment"))}
    engine.dispose()
    assert set(acknowledged) <= stored
