"""Calendar feeds in the database: a firm's own (by id), and any firm's by token hash."""

from __future__ import annotations

import uuid

from sqlmodel import Session, select

from app.models import CalendarFeed


class CalendarFeedRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def active(self) -> list[CalendarFeed]:
        """The firm's feeds not revoked, oldest first."""
        return list(
            self.session.exec(
                select(CalendarFeed)
                .where(CalendarFeed.tenant_id == self.tenant_id, CalendarFeed.revoked_at.is_(None))
                .order_by(CalendarFeed.created_at, CalendarFeed.id)
            )
        )

    def feed(self, feed_id: uuid.UUID) -> CalendarFeed | None:
        """The firm's feed ``feed_id`` unless it is revoked."""
        return self.session.exec(
            select(CalendarFeed).where(
                CalendarFeed.id == feed_id,
                CalendarFeed.tenant_id == self.tenant_id,
                CalendarFeed.revoked_at.is_(None),
            )
        ).first()


def feed_with_hash(session: Session, token_hash: str) -> CalendarFeed | None:
    """The feed whose token hashes to ``token_hash``, whichever firm's (revoked or not)."""
    return session.exec(select(CalendarFeed).where(CalendarFeed.token_hash == token_hash)).first()
