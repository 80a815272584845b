"""The audit log: one row per authenticated request, saying which key (through the API, or
the review pages it signed in to) read or wrote what, and when.

- A write's row is added to the transaction of the write itself (``attach`` a context to
  the request's session; the session events below add the row before the commit), so a
  committed change always has its row, and a rolled-back one none.
- Reads, and writes that committed nothing (refused, failed), are logged after the answer
  through ``ReadLog``: in memory, written in batches about every second by a thread.
  Best-effort by design: a crash may lose the last second of reads, never a write.
- A row holds identifiers and the route *template* only: never a body, a query string,
  claim contents or party names. Rows about a matter that no longer exists (erased) keep
  no identifier of it (``forget``; and ``ReadLog`` drops the identifiers of a matter gone
  before its rows are written).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

from app.models import (
    Assessment,
    AuditEvent,
    CalendarFeed,
    Draft,
    Evidence,
    LegalHold,
    WebhookDelivery,
    WebhookEndpoint,
)
from app.repositories import audit as audit_table
from app.services.listing import decode_cursor, encode_cursor

log = logging.getLogger("riposte.audit")

API_KEY, WEB_SESSION, CALENDAR_FEED, OPERATOR = (
    "api_key",
    "web_session",
    "calendar_feed",
    "operator",
)
READ, WRITE, EXPORT = "read", "write", "export"
BOOKKEEPING = frozenset({"audit_event", "idempotency_record", "rate_limit_window", "web_session"})
"""Tables whose changes alone are not a write of the caller's data (an idempotency key
reserved before the work, a rate-limit counter, a browser session)."""

RESOURCE_PARAMS = (
    ("delivery_id", "webhook_delivery"),
    ("draft_id", "draft"),
    ("evidence_id", "evidence"),
    ("feed_id", "calendar_feed"),
    ("hold_id", "legal_hold"),
    ("endpoint_id", "webhook_endpoint"),
)
"""Path parameters naming the resource of a request, the most specific first."""
CREATED_RESOURCES = (
    (Evidence, "evidence"),
    (Draft, "draft"),
    (WebhookEndpoint, "webhook_endpoint"),
    (WebhookDelivery, "webhook_delivery"),
    (CalendarFeed, "calendar_feed"),
    (LegalHold, "legal_hold"),
)


@dataclass
class AuditContext:
    """Who makes the request and what it is about; built by the HTTP layer (or the
    command line) and attached to the request's database session."""

    tenant_id: uuid.UUID
    actor: str
    api_key_id: uuid.UUID | None
    operation: str
    method: str
    route: str
    action: str = WRITE
    request_id: str | None = None
    assessment_id: uuid.UUID | None = None
    resource_type: str | None = None
    resource_id: uuid.UUID | None = None
    subject_erased: bool = False
    written: bool = field(default=False, compare=False)
    """A row for this request is committed (no second one, not even best-effort)."""
    erased: set[uuid.UUID] = field(default_factory=set, compare=False)
    """Assessments this request erased: its row must not name them."""

    def about(self, params: dict[str, Any]) -> AuditContext:
        """The resource the request's path names (``assessment_id``, ``evidence_id``...)."""
        self.assessment_id = _uuid(params.get("assessment_id")) or self.assessment_id
        for name, kind in RESOURCE_PARAMS:
            ident = _uuid(params.get(name))
            if ident is not None:
                self.resource_type, self.resource_id = kind, ident
                break
        return self

    def row(self, *, status: int | None = None, action: str | None = None) -> AuditEvent:
        return AuditEvent(**self.values(status=status, action=action))

    def values(self, *, status: int | None = None, action: str | None = None) -> dict[str, Any]:
        """The columns of this request's row."""
        erased = self.subject_erased or (
            bool(self.erased) and (self.assessment_id is None or self.assessment_id in self.erased)
        )
        return {
            "id": uuid.uuid4(),
            "tenant_id": self.tenant_id,
            "occurred_at": datetime.now(UTC),
            "actor": self.actor,
            "api_key_id": self.api_key_id,
            "action": action or self.action,
            "operation": self.operation[:80],
            "method": self.method[:10],
            "route": self.route[:200],
            "status": status,
            "assessment_id": None if erased else self.assessment_id,
            "resource_type": self.resource_type,
            "resource_id": None if erased else self.resource_id,
            "request_id": (self.request_id or None) and self.request_id[:64],
            "subject_erased": erased,
        }


def _uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


KEY = "riposte.audit"
WROTE = "riposte.audit.wrote"


def attach(session: Session, context: AuditContext) -> AuditContext:
    """Audit the writes this session commits as ``context``'s."""
    session.info[KEY] = context
    return context


def context_of(session: Session) -> AuditContext | None:
    return session.info.get(KEY)


def erased(session: Session, assessment_ids: set[uuid.UUID]) -> None:
    """The request's own row must not name these assessments (it erases them)."""
    context = context_of(session)
    if context is not None:
        context.erased |= set(assessment_ids)


def assessment_created(session: Session, assessment_id: uuid.UUID) -> None:
    """The request's row names the assessment it creates, when the rows were written
    without the unit of work (which ``_note_changes`` would have seen) nor the session's
    ``execute`` (which ``_on_statement`` would have seen): it is written in the creating
    transaction, not after the answer. A rollback forgets it again."""
    context = context_of(session)
    if context is None:
        return
    session.info[WROTE] = True  # statements on the connection pass no ORM event
    if context.assessment_id is None:
        _remember(session, context)
        context.assessment_id = assessment_id


def _table_of(instance: Any) -> str | None:
    table = getattr(type(instance), "__table__", None)
    return getattr(table, "name", None)


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session, flush_context, instances) -> None:
    context = session.info.get(KEY)
    if context is not None:
        _note_changes(session, context)


def _note_changes(session, context: AuditContext) -> None:
    """Whether the pending changes write the caller's data, and which resource they make."""
    changed = [*session.new, *session.dirty, *session.deleted]
    if any(_table_of(obj) not in BOOKKEEPING for obj in changed):
        session.info[WROTE] = True
    for obj in session.new:
        if isinstance(obj, Assessment) and context.assessment_id is None:
            _remember(session, context)
            context.assessment_id = obj.id
        if context.resource_id is None:
            for model, kind in CREATED_RESOURCES:
                if isinstance(obj, model):
                    _remember(session, context)
                    context.resource_type, context.resource_id = kind, obj.id
                    if context.assessment_id is None:
                        context.assessment_id = getattr(obj, "assessment_id", None)
                    break


SUBJECT = "riposte.audit.subject"


def _remember(session, context: AuditContext) -> None:
    """What the request was about before this transaction named its new objects (restored
    if the transaction rolls back: the objects were never made)."""
    session.info.setdefault(
        SUBJECT, (context.assessment_id, context.resource_type, context.resource_id)
    )


@event.listens_for(OrmSession, "do_orm_execute")
def _on_statement(state) -> None:
    session = state.session
    if KEY not in session.info or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) not in BOOKKEEPING:
        session.info[WROTE] = True


@event.listens_for(OrmSession, "before_commit")
def _before_commit(session) -> None:
    context = session.info.get(KEY)
    if context is None or context.written:
        return
    _note_changes(session, context)  # what the commit's own flush will write
    if not session.info.get(WROTE):
        return
    # one Core statement in the transaction being committed, rather than an object for
    # the commit's flush (the row is whole; its unit of work cost as much as the write's)
    audit_table.add(session, context.values())
    session.info["riposte.audit.pending"] = True


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session) -> None:
    context = session.info.get(KEY)
    if context is not None and session.info.pop("riposte.audit.pending", False):
        context.written = True
    session.info.pop(WROTE, None)
    session.info.pop(SUBJECT, None)


@event.listens_for(OrmSession, "after_rollback")
def _after_rollback(session) -> None:
    session.info.pop(WROTE, None)
    session.info.pop("riposte.audit.pending", None)
    context, subject = session.info.get(KEY), session.info.pop(SUBJECT, None)
    if context is not None and subject is not None:
        context.assessment_id, context.resource_type, context.resource_id = subject


def record(
    session: Session, context: AuditContext, *, status: int | None = None, action: str | None = None
) -> None:
    """Add the request's row to the caller's transaction now (an export), so it commits
    with what the caller commits."""
    session.add(context.row(status=status, action=action))
    context.written = True


def record_export(session: Session, context: AuditContext, assessment_ids: list[uuid.UUID]) -> None:
    """An export's rows, one per assessment exported (so that "who read this matter" finds
    it), in the caller's transaction."""
    for assessment_id in assessment_ids:
        context.assessment_id = assessment_id
        session.add(context.row(status=200, action=EXPORT))
    context.written = True


@dataclass(frozen=True, slots=True)
class AuditFilters:
    api_key_id: uuid.UUID | None = None
    assessment_id: uuid.UUID | None = None
    action: str | None = None
    operation: str | None = None
    occurred_after: datetime | None = None
    occurred_before: datetime | None = None


def page(
    session: Session, tenant_id: uuid.UUID, filters: AuditFilters, *, limit: int, cursor: str | None
) -> tuple[list[AuditEvent], str | None]:
    """The firm's rows, newest first, ``limit`` at a time after the opaque ``cursor``."""
    wanted = audit_table.AuditQuery(
        api_key_id=filters.api_key_id,
        assessment_id=filters.assessment_id,
        action=filters.action,
        operation=filters.operation,
        occurred_after=filters.occurred_after,
        occurred_before=filters.occurred_before,
        after=decode_cursor(cursor) if cursor else None,
    )
    rows = audit_table.page(session, tenant_id, wanted, limit + 1)
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(rows[-1].occurred_at, rows[-1].id)


def forget(session: Session, tenant_id: uuid.UUID, assessment_ids: set[uuid.UUID]) -> int:
    """Erasure rules: the firm's rows about these assessments keep no identifier of them
    (who did what and when stays; on which matter does not)."""
    return audit_table.forget(session, tenant_id, assessment_ids)


class ReadLog:
    """Rows written after the answer (reads; writes that committed nothing), kept in memory
    and written in batches by a thread. Best-effort: at most ``capacity`` rows wait; past
    it the oldest are dropped (and counted)."""

    def __init__(self, engine: Engine, *, interval: float = 1.0, capacity: int = 10_000):
        self.engine = engine
        self.interval = interval
        self.pending: deque[AuditEvent] = deque(maxlen=capacity)
        self.dropped = 0
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def add(self, context: AuditContext, status: int, *, action: str | None = None) -> None:
        if context.written:
            return
        row = context.row(status=status, action=action)
        with self._lock:
            if len(self.pending) == self.pending.maxlen:
                self.dropped += 1
            self.pending.append(row)

    def flush(self) -> int:
        """Write what waits, after any flush in progress; returns how many rows were
        written. The caller must hold no connection (SQLite has a single one, which the
        flush needs)."""
        with self._flush_lock:
            with self._lock:
                batch = list(self.pending)
                self.pending.clear()
            if not batch:
                return 0
            try:
                with Session(self.engine, expire_on_commit=False) as session:
                    audit_table.add_reads(session, batch)
                    session.commit()
            except Exception as exc:  # the database may be away: a read's row is best-effort
                with self._lock:
                    room = (self.pending.maxlen or 0) - len(self.pending)
                    kept = batch[-room:] if room > 0 else []
                    self.pending.extendleft(reversed(kept))  # retried at the next flush
                    self.dropped += len(batch) - len(kept)
                log.warning(
                    "audit: %d read rows not written yet (%s)", len(batch), type(exc).__name__
                )
                return 0
            return len(batch)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="riposte-audit", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.flush()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.flush()
