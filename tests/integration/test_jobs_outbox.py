"""The job interface (in-process queue on SQLite, procrastinate on PostgreSQL) and the
transactional outbox of change events."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event as sa_event
from sqlmodel import Session, select

from app.models import OutboxEvent, Tenant
from app.services import jobs, outbox

SEEN: list[dict] = []


@jobs.task("tests.record")
def record(payload, context) -> None:
    with context.session() as session:
        assert session.exec(select(OutboxEvent).limit(1)) is not None
    SEEN.append(payload)


@jobs.task("tests.chain")
def chain(payload, context) -> None:
    """A task whose change queues a follow-up job once it commits (as the outbox does)."""
    with context.session() as session:
        jobs.enqueue_after_commit(session, "tests.record", {"after": payload["marker"]})
        session.commit()


def events_for(app, subject: str) -> list[OutboxEvent]:
    with Session(app.state.engine) as session:
        return list(
            session.exec(
                select(OutboxEvent)
                .where(OutboxEvent.subject_id == uuid.UUID(subject))
                .order_by(OutboxEvent.occurred_at)
            )
        )


def test_a_named_task_runs_with_its_json_payload(app):
    SEEN.clear()
    marker = uuid.uuid4().hex
    assert app.state.jobs.enqueue("tests.record", {"marker": marker, "n": [1, 2]})
    app.state.jobs.drain()
    assert {"marker": marker, "n": [1, 2]} in SEEN


def test_a_lock_keeps_one_waiting_job(app):
    SEEN.clear()
    lock = f"tests-{uuid.uuid4().hex}"
    assert app.state.jobs.enqueue("tests.record", {"i": 1}, lock=lock)
    assert not app.state.jobs.enqueue("tests.record", {"i": 2}, lock=lock)
    app.state.jobs.drain()
    assert SEEN == [{"i": 1}]


def test_a_job_run_by_a_fresh_worker_can_queue_follow_up_jobs(app):
    """A worker that has never queued anything itself (``riposte worker`` on another
    machine) runs a job whose commit queues another: on PostgreSQL the app is then open on
    the worker's asynchronous pool, and queueing must go through it."""
    if app.state.jobs.backend != "procrastinate":
        pytest.skip("one process holds the in-process queue: no worker elsewhere to start")
    SEEN.clear()
    marker = uuid.uuid4().hex
    assert app.state.jobs.enqueue("tests.chain", {"marker": marker})
    fresh = jobs.build_queue(app.state.settings, app.state.engine)
    jobs.install(fresh)
    try:
        fresh.drain()
        fresh.drain()
    finally:
        fresh.stop()
        jobs.install(app.state.jobs)
    assert {"after": marker} in SEEN


def test_unknown_tasks_are_refused(app):
    try:
        app.state.jobs.enqueue("tests.nope", {})
    except LookupError as exc:
        assert "tests.nope" in str(exc)
    else:
        raise AssertionError("an unknown task must be refused")


def test_jobs_after_commit_only(app):
    SEEN.clear()
    with Session(app.state.engine) as session:
        jobs.enqueue_after_commit(session, "tests.record", {"kept": False})
        session.rollback()
        jobs.enqueue_after_commit(session, "tests.record", {"kept": True})
        session.commit()
    app.state.jobs.drain()
    assert SEEN == [{"kept": True}]


def test_events_are_written_with_the_change_and_never_without(app, client, auth, example_claim):
    created = client.post(
        "/v1/assessments", json=example_claim, headers={**auth, "Idempotency-Key": "k-1"}
    )
    assert created.status_code == 201
    replay = client.post(
        "/v1/assessments", json=example_claim, headers={**auth, "Idempotency-Key": "k-1"}
    )
    assert replay.status_code == 201
    body = created.json()
    url = f"/v1/assessments/{body['id']}"
    patch = {"mandate": {"produced": True, "names_rights_holder": False}}
    revised = client.patch(
        url,
        json=patch,
        headers={
            **auth,
            "Content-Type": "application/merge-patch+json",
            "If-Match": created.headers["etag"],
        },
    )
    assert revised.status_code == 200
    refused = client.patch(
        url,
        json=patch,
        headers={**auth, "Content-Type": "application/merge-patch+json", "If-Match": '"x-1"'},
    )
    assert refused.status_code == 412

    events = events_for(app, body["id"])
    assert [e.type for e in events] == [
        "assessment.created",
        "assessment.revised",
    ], "one event per committed change; none for the replay or the refused patch"
    created_event, revised_event = events
    assert created_event.data["recommendation"] == body["strategy"]["recommendation"]
    assert revised_event.data["previous_recommendation"] == body["strategy"]["recommendation"]
    assert revised_event.data["recommendation"] == revised.json()["strategy"]["recommendation"]
    assert revised_event.data["revision"] == 2
    # erasing drops the events about the assessment: only the erasure notice is left
    assert client.delete(url, headers=auth).status_code == 204
    assert [e.type for e in events_for(app, body["id"])] == ["assessment.deleted"]
    assert "claim" not in created_event.data and "rights_holder" not in created_event.data


def test_dispatch_marks_events_once_committed(app, client, auth, example_claim):
    created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    seen: list[str] = []

    def consumer(session, event):
        seen.append(event.type)

    outbox.CONSUMERS.append(consumer)
    try:
        app.state.jobs.drain()
        with Session(app.state.engine) as session:
            outbox.dispatch_pending(session)
    finally:
        outbox.CONSUMERS.remove(consumer)
    [event] = events_for(app, created["id"])
    assert event.dispatched_at is not None
    with Session(app.state.engine) as session:
        assert outbox.dispatch_pending(session) == 0


def test_emit_refuses_unknown_event_types(app):
    with Session(app.state.engine) as session:
        try:
            outbox.emit(session, uuid.uuid4(), "assessment.exploded", {})
        except ValueError as exc:
            assert "assessment.exploded" in str(exc)
        else:
            raise AssertionError("unknown event types must be refused")
        session.rollback()


def pending_events(app, count: int) -> uuid.UUID:
    """``count`` undispatched events of a new firm, written in one statement."""
    with Session(app.state.engine) as session:
        tenant = Tenant(name=f"outbox-{uuid.uuid4().hex[:8]}")
        session.add(tenant)
        session.commit()
        tenant_id = tenant.id
        outbox.emit_all_now(
            session,
            [(tenant_id, "assessment.deleted", {"n": n}, uuid.uuid4()) for n in range(count)],
        )
        session.commit()
    return tenant_id


def test_a_dispatch_batch_is_marked_by_one_update(app):
    app.state.jobs.drain()
    tenant_id = pending_events(app, 150)
    updates: list[str] = []

    def count_updates(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE OUTBOX_EVENT"):
            updates.append("executemany" if executemany else "one statement")

    engine = app.state.engine
    sa_event.listen(engine, "before_cursor_execute", count_updates)
    try:
        with Session(engine) as session:
            assert outbox.dispatch_pending(session, batch=100) == 150
    finally:
        sa_event.remove(engine, "before_cursor_execute", count_updates)
    assert updates == ["one statement", "one statement"]
    with Session(engine) as session:
        events = session.exec(select(OutboxEvent).where(OutboxEvent.tenant_id == tenant_id)).all()
    assert len(events) == 150 and all(e.dispatched_at is not None for e in events)


def test_a_failing_consumer_leaves_its_whole_batch_pending(app):
    app.state.jobs.drain()
    tenant_id = pending_events(app, 5)
    handed: list[int] = []

    def failing(session, event):
        handed.append(event.data["n"])
        if len(handed) == 3:
            raise RuntimeError("consumer down")

    outbox.CONSUMERS.append(failing)
    try:
        with Session(app.state.engine) as session, pytest.raises(RuntimeError):
            outbox.dispatch_pending(session)
    finally:
        outbox.CONSUMERS.remove(failing)
    with Session(app.state.engine) as session:
        events = session.exec(select(OutboxEvent).where(OutboxEvent.tenant_id == tenant_id)).all()
    assert len(events) == 5 and all(e.dispatched_at is None for e in events)
