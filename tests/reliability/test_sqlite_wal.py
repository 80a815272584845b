"""SQLite WAL checkpoints: a background thread copies the log into the database file, the
application's commits checkpoint inline only past a fallback bound, the thread stops with
the application, and the log cannot grow without bound when the thread does not run."""

from __future__ import annotations

import os
import threading
import time

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.core.config import Settings
from app.core.database import build_engine, engine_for
from app.core.migrate import upgrade
from app.core.sqlite_wal import FALLBACK_PAGES, INLINE_PAGES, Checkpointer, checkpointer_for
from app.main import create_app

ROW = b"x" * 3000
"""About one 4 KB page a row once written."""


def _engine(tmp_path, pages: int):
    engine = build_engine(f"sqlite:///{tmp_path / 'wal.db'}", sqlite_autocheckpoint=pages)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB)"))
    return engine


def _write(engine, rows: int, per_commit: int = 10) -> None:
    for start in range(0, rows, per_commit):
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO blob (data) VALUES (:data)"),
                [{"data": ROW} for _ in range(min(per_commit, rows - start))],
            )


def _wait(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "riposte-sqlite-checkpoint"]


def test_the_thread_copies_the_log_into_the_database_file(tmp_path):
    engine = _engine(tmp_path, FALLBACK_PAGES)
    path = tmp_path / "wal.db"
    _write(engine, 1200)
    # past SQLite's 1,000-page default nothing was checkpointed inline: the rows are in the log
    assert os.path.getsize(path) < 100 * 4096
    assert os.path.getsize(f"{path}-wal") > 1200 * 4096
    checkpointer = Checkpointer(str(path), interval=0.05)
    checkpointer.start()
    try:
        assert _wait(lambda: checkpointer.stats.runs >= 1), "no checkpoint ran"
        assert os.path.getsize(path) > 1200 * 4096
        assert checkpointer.stats.failures == 0
        assert checkpointer.stats.last_checkpointed == checkpointer.stats.last_log_frames > 0
    finally:
        checkpointer.stop()
    assert not checkpointer.running
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM blob")).scalar() == 1200
    engine.dispose()


def test_with_the_thread_the_log_stays_small_while_commits_go_on(tmp_path):
    engine = _engine(tmp_path, FALLBACK_PAGES)
    path = tmp_path / "wal.db"
    checkpointer = Checkpointer(str(path), interval=0.02)
    checkpointer.start()
    try:
        largest = 0
        for _ in range(40):
            _write(engine, 50)
            time.sleep(0.03)
            largest = max(largest, os.path.getsize(f"{path}-wal"))
    finally:
        checkpointer.stop()
    # 2,000 pages written; the log is reused from its start after each full checkpoint
    assert checkpointer.stats.runs >= 10
    assert largest < 1000 * 4096
    engine.dispose()


def test_without_the_thread_the_fallback_bounds_the_log(tmp_path):
    pages = 200  # the fallback's mechanism at a small bound, to keep the test short
    engine = _engine(tmp_path, pages)
    path = tmp_path / "wal.db"
    largest = 0
    for _ in range(30):
        _write(engine, 50)
        largest = max(largest, os.path.getsize(f"{path}-wal"))
    # 1,500 pages written; a commit past the bound checkpoints and the log starts over
    assert largest < (pages + 60) * (4096 + 24) + 32
    assert os.path.getsize(path) > 1000 * 4096
    engine.dispose()


def test_the_settings_choose_the_inline_bound(tmp_path):
    url = f"sqlite:///{tmp_path / 'settings.db'}"
    for seconds, pages in ((1.0, FALLBACK_PAGES), (0, INLINE_PAGES)):
        engine = engine_for(Settings(database_url=url, sqlite_checkpoint_seconds=seconds))
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == pages
        assert (checkpointer_for(engine, seconds) is None) == (seconds == 0)
        engine.dispose()


def test_nothing_to_checkpoint_on_postgresql_or_in_memory():
    memory = create_engine("sqlite://")
    assert checkpointer_for(memory, 1.0) is None
    postgres = build_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert checkpointer_for(postgres, 1.0) is None


def test_the_application_checkpoints_and_stops_the_thread_on_shutdown(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    upgrade(url)
    settings = Settings(
        database_url=url,
        sqlite_checkpoint_seconds=0.05,
        evidence_store=f"file://{tmp_path / 'evidence'}",
        tune_gc=False,
    )
    before = len(_threads())
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
        checkpointer = client.app.state.wal_checkpointer
        assert checkpointer is not None and checkpointer.running
        assert len(_threads()) == before + 1
        assert _wait(lambda: checkpointer.stats.runs >= 2)
    assert not checkpointer.running
    assert len(_threads()) == before
