"""Several outbox dispatchers at once (PostgreSQL): every event handed on once, the events
of one subject in the order they occurred, and a crash mid-batch neither repeats what was
marked nor loses what was not."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, text
from sqlmodel import Session, select

from app.models import OutboxEvent, Tenant
from app.models.webhook import WebhookDelivery, WebhookEndpoint
from app.repositories import outbox as events_table
from app.services import jobs, outbox
from app.services.webhooks import delivery as webhook_delivery
from tests.conftest import PG_SKIP_REASON, PG_URL

needs_postgres = pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)
EVENT = "assessment.revised"


@pytest.fixture()
def firm(app, monkeypatch):
    """A firm subscribed to ``assessment.revised``, with nothing else pending; erased
    afterwards. Its deliveries are written but not queued: there is no one to send them
    to, and what is tested is the fan-out."""
    monkeypatch.setattr(webhook_delivery, "schedule", lambda session, delivery, when=None: None)
    with Session(app.state.engine) as session:
        outbox.dispatch_pending(session)
        tenant = Tenant(name=f"dispatchers-{uuid.uuid4().hex[:8]}")
        session.add(tenant)
        session.commit()
        endpoint = WebhookEndpoint(
            tenant_id=tenant.id,
            url="https://hooks.example.com/riposte",
            events=[EVENT],
            secret="whsec_" + "A" * 32,
        )
        session.add(endpoint)
        session.commit()
        tenant_id = tenant.id
    yield tenant_id
    with Session(app.state.engine) as session:
        session.exec(delete(Tenant).where(Tenant.id == tenant_id))
        session.commit()


def write_events(app, tenant_id: uuid.UUID, subjects: int, per_subject: int) -> list[dict]:
    """``per_subject`` events about each of ``subjects`` subjects, interleaved in time
    (round robin), written without queueing a dispatch."""
    start = datetime.now(UTC) - timedelta(hours=1)
    ids = [uuid.uuid4() for _ in range(subjects)]
    rows = [
        {
            "id": uuid.uuid4(),
            "tenant_id": tenant_id,
            "type": EVENT,
            "subject_id": ids[s],
            "data": {"id": str(ids[s]), "revision": k + 2},
            "occurred_at": start + timedelta(milliseconds=k * subjects + s),
            "dispatched_at": None,
        }
        for k in range(per_subject)
        for s in range(subjects)
    ]
    with Session(app.state.engine) as session:
        events_table.add_many(session, rows)
        session.commit()
    return rows


def deliveries_of(app, tenant_id: uuid.UUID) -> list[WebhookDelivery]:
    with Session(app.state.engine) as session:
        return list(
            session.exec(select(WebhookDelivery).where(WebhookDelivery.tenant_id == tenant_id))
        )


class Slow:
    """A consumer that takes a little time per event (so that dispatchers overlap) and
    records which dispatcher handed on which of the firm's events."""

    def __init__(self, tenant_id: uuid.UUID, seconds: float) -> None:
        self.tenant_id, self.seconds = tenant_id, seconds
        self.handed: list[tuple[str, uuid.UUID]] = []

    def __call__(self, session, event) -> None:
        if event.tenant_id == self.tenant_id:
            self.handed.append((threading.current_thread().name, event.id))
            time.sleep(self.seconds)


def run_dispatchers(app, count: int, batch: int) -> None:
    errors: list[BaseException] = []

    def one() -> None:
        try:
            with Session(app.state.engine, expire_on_commit=False) as session:
                outbox.dispatch_pending(session, batch=batch)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=one, name=f"dispatcher-{i}") for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors


@pytest.fixture()
def slow(firm):
    consumer = Slow(firm, 0.002)
    outbox.CONSUMERS.append(consumer)
    yield consumer
    outbox.CONSUMERS.remove(consumer)


@needs_postgres
def test_two_dispatchers_share_the_work_and_deliver_every_event_once(app, firm, slow):
    rows = write_events(app, firm, subjects=600, per_subject=1)
    run_dispatchers(app, count=2, batch=50)
    by_dispatcher = Counter(name for name, _ in slow.handed)
    assert set(by_dispatcher) == {"dispatcher-0", "dispatcher-1"}, by_dispatcher
    assert Counter(event_id for _, event_id in slow.handed) == Counter(r["id"] for r in rows)
    per_event = Counter(d.event_id for d in deliveries_of(app, firm))
    assert per_event == Counter(r["id"] for r in rows), "one delivery per event, none lost"


@needs_postgres
def test_concurrent_dispatchers_keep_the_order_of_each_subjects_events(app, firm, slow):
    # every batch of 40 holds two events of each of the 20 subjects: without the order
    # check the second dispatcher would fan out events 3 and 4 before the first had 2
    rows = write_events(app, firm, subjects=20, per_subject=15)
    run_dispatchers(app, count=2, batch=40)
    occurred = {r["id"]: r["occurred_at"] for r in rows}
    deliveries = deliveries_of(app, firm)
    assert Counter(d.event_id for d in deliveries) == Counter(list(occurred))
    by_subject: dict[str, list[WebhookDelivery]] = {}
    for delivery in deliveries:
        by_subject.setdefault(delivery.payload["data"]["id"], []).append(delivery)
    for subject, ones in by_subject.items():
        in_event_order = sorted(ones, key=lambda d: occurred[d.event_id])
        revisions = [d.payload["data"]["revision"] for d in in_event_order]
        assert revisions == list(range(2, 17))
        created = [d.created_at for d in in_event_order]
        assert created == sorted(created) and len(set(created)) == len(created), subject


def test_an_event_waits_behind_an_earlier_pending_event_of_its_subject(app, firm):
    rows = write_events(app, firm, subjects=2, per_subject=2)  # a0 b0 a1 b1
    with Session(app.state.engine) as session:
        loaded = {
            e.id: e for e in session.exec(select(OutboxEvent).where(OutboxEvent.tenant_id == firm))
        }
        a0, b0, a1, b1 = (loaded[r["id"]] for r in rows)
        assert events_table.waiting_behind(session, [b0, a1, b1]) == {a1.id}
        assert events_table.waiting_behind(session, [a0, b0, a1, b1]) == set()
        events_table.mark_dispatched(session, [a0.id], datetime.now(UTC))
        assert events_table.waiting_behind(session, [b0, a1, b1]) == set()
        session.rollback()


def test_a_crash_mid_batch_repeats_nothing_marked_and_loses_nothing(app, firm):
    rows = write_events(app, firm, subjects=250, per_subject=1)
    handed: list[uuid.UUID] = []

    def crashing(session, event) -> None:
        if event.tenant_id == firm:
            handed.append(event.id)
            if len(handed) == 150:
                raise RuntimeError("dispatcher died")

    outbox.CONSUMERS.append(crashing)
    try:
        with Session(app.state.engine) as session, pytest.raises(RuntimeError):
            outbox.dispatch_pending(session, batch=100)
    finally:
        outbox.CONSUMERS.remove(crashing)
    first = Counter(d.event_id for d in deliveries_of(app, firm))
    assert len(first) == 100 and set(first.values()) == {1}, "the first batch committed"
    with Session(app.state.engine) as session:
        outbox.dispatch_pending(session, batch=100)
        marked = session.exec(
            select(OutboxEvent.id).where(
                OutboxEvent.tenant_id == firm, OutboxEvent.dispatched_at.is_not(None)
            )
        ).all()
    after = Counter(d.event_id for d in deliveries_of(app, firm))
    assert after == Counter(r["id"] for r in rows), "each event delivered once in all"
    assert set(marked) == {r["id"] for r in rows}


class Recorder:
    def __init__(self) -> None:
        self.queued: list[tuple[str, str | None]] = []

    def enqueue(self, name, payload=None, *, run_at=None, lock=None) -> bool:
        self.queued.append((name, lock))
        return True


def test_a_backlog_calls_one_more_dispatcher_on_postgresql_only(app, firm):
    write_events(app, firm, subjects=250, per_subject=1)
    recorder = Recorder()
    context = jobs.JobContext(engine=app.state.engine, settings=app.state.settings, queue=recorder)
    outbox.dispatch({}, context)
    if app.state.engine.dialect.name == "postgresql":
        assert recorder.queued == [(outbox.DISPATCH, outbox.DISPATCH)]
    else:
        assert recorder.queued == [], "SQLite keeps one dispatcher"
    with Session(app.state.engine) as session:
        assert not session.exec(
            select(OutboxEvent.id).where(
                OutboxEvent.tenant_id == firm, OutboxEvent.dispatched_at.is_(None)
            )
        ).all()


URGENT: list[str] = []


@jobs.task("tests.ordinary")
def ordinary(payload, context) -> None:
    URGENT.append(f"ordinary-{payload['n']}")


@jobs.task("tests.urgent", priority=outbox.DISPATCH_PRIORITY)
def urgent(payload, context) -> None:
    URGENT.append("urgent")


@needs_postgres
def test_a_job_of_higher_priority_overtakes_the_jobs_queued_before_it(app):
    """As the outbox dispatch overtakes the batches of a bulk re-evaluation."""
    app.state.jobs.drain()
    URGENT.clear()
    for n in range(3):
        app.state.jobs.enqueue("tests.ordinary", {"n": n})
    app.state.jobs.enqueue("tests.urgent", {})
    app.state.jobs.drain()
    assert URGENT == ["urgent", "ordinary-0", "ordinary-1", "ordinary-2"]
    assert jobs.load_tasks().priority[outbox.DISPATCH] == outbox.DISPATCH_PRIORITY > 0


@needs_postgres
def test_the_jobs_of_a_commit_go_in_one_statement_and_a_taken_lock_falls_back(app, monkeypatch):
    """The deliveries a dispatch batch writes are queued by one statement; when one of
    their locks is taken already, the others are still queued, each once."""
    queue = app.state.jobs
    manager = queue.app.job_manager
    sizes: list[int] = []
    batch_defer = manager.batch_defer_jobs

    def counted(jobs, connection=None):
        sizes.append(len(jobs))
        return batch_defer(jobs=jobs, connection=connection)

    monkeypatch.setattr(manager, "batch_defer_jobs", counted)

    def commit_three(taken: bool) -> list[str]:
        locks = [f"tests-many-{uuid.uuid4().hex}" for _ in range(3)]
        if taken:
            assert queue.enqueue("tests.ordinary", {"n": 0}, lock=locks[0])
        sizes.clear()
        with Session(app.state.engine) as session:
            for n, lock in enumerate(locks):
                jobs.enqueue_after_commit(session, "tests.ordinary", {"n": n}, lock=lock)
            session.commit()
        return locks

    def queued(locks: list[str]) -> list[str]:
        with Session(app.state.engine) as session:
            return list(
                session.exec(
                    text(
                        "SELECT queueing_lock FROM procrastinate_jobs "
                        "WHERE status = 'todo' AND queueing_lock = ANY(:locks)"
                    ).bindparams(locks=locks)
                ).scalars()
            )

    locks = commit_three(taken=False)
    assert sizes == [3] and sorted(queued(locks)) == sorted(locks)
    locks = commit_three(taken=True)
    assert sizes == [3, 1, 1, 1], "the statement refused, then one job at a time"
    assert sorted(queued(locks)) == sorted(locks), "each lock once"
    app.state.jobs.drain()


@needs_postgres
def test_a_queue_failing_after_the_commit_leaves_the_commit_alone(app, monkeypatch, caplog):
    def down(name, items):
        raise ConnectionError("queue unreachable")

    monkeypatch.setattr(app.state.jobs, "enqueue_many", down)
    with Session(app.state.engine) as session:
        tenant = Tenant(name=f"queue-down-{uuid.uuid4().hex[:8]}")
        session.add(tenant)
        for n in range(2):
            jobs.enqueue_after_commit(session, "tests.ordinary", {"n": n}, lock=uuid.uuid4().hex)
        session.commit()
        tenant_id = tenant.id
    with Session(app.state.engine) as session:
        assert session.get(Tenant, tenant_id) is not None
        session.delete(session.get(Tenant, tenant_id))
        session.commit()
    assert "queueing 2 tests.ordinary jobs failed: ConnectionError" in caplog.text
