"""``RowInsert`` writes what ``Connection.execute(insert(table), row)`` would write, in the
caller's transaction, and fails the way SQLAlchemy fails (on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.models.outbox import OutboxEvent
from app.repositories.prepared import RowInsert
from app.services import tenants

EVENTS = RowInsert(OutboxEvent.__table__)


def _tenant(session) -> uuid.UUID:
    return tenants.create_tenant(session, f"firm-{uuid.uuid4().hex[:10]}").id


def test_a_row_reads_back_as_written_with_the_python_defaults_of_what_was_left_out(session):
    tenant_id = _tenant(session)
    before = datetime.now(UTC)
    data = {"id": "x", "amount": "12.50", "nested": [1, {"fr": "é"}]}
    EVENTS.execute(
        session.connection(),
        {"tenant_id": tenant_id, "type": "assessment.created", "data": data},
    )
    session.commit()
    row = session.exec(select(OutboxEvent).where(OutboxEvent.tenant_id == tenant_id)).one()
    assert isinstance(row.id, uuid.UUID)  # the column's default (uuid4)
    assert row.data == data
    assert row.subject_id is None and row.dispatched_at is None
    occurred = row.occurred_at if row.occurred_at.tzinfo else row.occurred_at.replace(tzinfo=UTC)
    assert occurred >= before.replace(microsecond=0)


def test_it_writes_in_the_callers_transaction_so_a_rollback_forgets_it(session):
    tenant_id = _tenant(session)
    EVENTS.execute(session.connection(), {"tenant_id": tenant_id, "type": "t", "data": {}})
    session.rollback()
    assert session.exec(select(OutboxEvent).where(OutboxEvent.tenant_id == tenant_id)).all() == []


def test_a_database_error_is_sqlalchemys_and_hides_the_parameters(session):
    tenant_id = _tenant(session)
    event_id = uuid.uuid4()
    row = {"id": event_id, "tenant_id": tenant_id, "type": "t", "data": {"secret": "Dupont"}}
    EVENTS.execute(session.connection(), row)
    with pytest.raises(IntegrityError) as caught:
        EVENTS.execute(session.connection(), row)
    assert "Dupont" not in str(caught.value)
    session.rollback()
