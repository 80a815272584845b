"""Deadlines in calendars: a firm's feeds (revocable tokens) and the iCalendar they serve.

A calendar app cannot send headers, so the token travels in the feed's URL; only its
SHA-256 hash is stored, as for API keys. Each assessment gives at most two all-day events,
its reply deadline and its limitation expiry, with a UID stable across revisions. A summary
names only the firm's own reference and the agency: no rights holder, no claim contents.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event
from sqlmodel import Session

from app.core.errors import NotFound
from app.core.security import hash_key
from app.models import CalendarFeed
from app.repositories.assessments import AssessmentRepository
from app.repositories.calendar_feeds import CalendarFeedRepository, feed_with_hash

TOKEN_PREFIX = "ripcal_"
MAX_TOKEN_LENGTH = 100
"""A presented token longer than any issued one is not looked up."""

KINDS = {
    "reply-deadline": {"fr": "Date limite de réponse", "en": "Reply deadline"},
    "limitation-expiry": {"fr": "Fin de la prescription", "en": "Limitation expiry"},
}
PAST = {"fr": "Échu", "en": "Past"}
CALENDAR_NAME = {"fr": "Riposte — échéances", "en": "Riposte — deadlines"}
AGENCY_NAMES = {
    "copytrack": "Copytrack",
    "picrights": "PicRights",
    "pixsy": "Pixsy",
    "getty": "Getty Images",
    "permission_machine": "Permission Machine",
    "lapixa": "Lapixa",
    "imagerights": "ImageRights",
    "copyright_agent": "Copyright Agent",
    "higbee": "Higbee & Associates",
}
"""Agencies by name; the other senders (a law firm, the rights holder) are not named."""


@dataclass(frozen=True)
class NewFeed:
    feed: CalendarFeed
    token: str


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def feed_path(token: str) -> str:
    return f"/calendar/{token}.ics"


def create(session: Session, tenant_id: uuid.UUID, label: str | None) -> NewFeed:
    """A new feed; its token is returned this once."""
    token = new_token()
    row = CalendarFeed(tenant_id=tenant_id, token_hash=hash_key(token), label=label)
    session.add(row)
    session.commit()
    return NewFeed(row, token)


def list_for(session: Session, tenant_id: uuid.UUID) -> list[CalendarFeed]:
    return CalendarFeedRepository(session, tenant_id).active()


def get(session: Session, tenant_id: uuid.UUID, feed_id: uuid.UUID) -> CalendarFeed:
    row = CalendarFeedRepository(session, tenant_id).feed(feed_id)
    if row is None:
        raise NotFound(f"No calendar feed {feed_id}.")
    return row


def revoke(session: Session, tenant_id: uuid.UUID, feed_id: uuid.UUID) -> None:
    """The token stops working at once; the row stays, marked revoked."""
    row = get(session, tenant_id, feed_id)
    row.revoked_at = datetime.now(UTC)
    session.add(row)
    session.commit()


def live_feed(session: Session, token: str) -> CalendarFeed | None:
    """The live feed ``token`` opens, whichever firm's, or None (unknown, revoked,
    malformed)."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > MAX_TOKEN_LENGTH:
        return None
    row = feed_with_hash(session, hash_key(token))
    if row is None or row.revoked_at is not None:
        return None
    return row


def opened(session: Session, token: str) -> CalendarFeed:
    row = live_feed(session, token)
    if row is None:
        raise NotFound("No calendar feed at this address (unknown or revoked token).")
    return row


def document(
    session: Session, feed: CalendarFeed, *, base_url: str, lang: str, today: date | None = None
) -> bytes:
    """The iCalendar document of the feed's firm."""
    return render(
        AssessmentRepository(session, feed.tenant_id).deadlines(),
        base_url=base_url,
        lang=lang,
        today=today or datetime.now(UTC).date(),
    )


def summary(kind: str, reference: str, agency: str | None, lang: str, past: bool) -> str:
    text = f"{KINDS[kind][lang]} — {reference}"
    if agency in AGENCY_NAMES:
        text += f" ({AGENCY_NAMES[agency]})"
    return f"[{PAST[lang]}] {text}" if past else text


def render(rows, *, base_url: str, lang: str, today: date) -> bytes:
    """One all-day event per date; a date before ``today`` is marked past (summary,
    category, ``X-RIPOSTE-STATE``)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Riposte//Deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME[lang])
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for ident, reference, agency, reply, limitation, revision, updated in rows:
        shown = reference or f"{ident}"[:8]
        changed = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
        for kind, when in (("reply-deadline", reply), ("limitation-expiry", limitation)):
            if when is None:
                continue
            past = when < today
            event = Event()
            event.add("uid", f"{ident}-{kind}@riposte")
            event.add("dtstamp", changed)
            event.add("last-modified", changed)
            event.add("sequence", max(revision - 1, 0))
            event.add("dtstart", when)
            event.add("dtend", when + timedelta(days=1))
            event.add("summary", summary(kind, shown, agency, lang, past))
            event.add("transp", "TRANSPARENT")
            event.add("status", "CONFIRMED")
            categories = ["Riposte", KINDS[kind][lang]] + ([PAST[lang]] if past else [])
            event.add("categories", categories)
            event.add("x-riposte-state", "past" if past else "upcoming")
            event.add("url", f"{base_url}/app/assessments/{ident}")
            calendar.add_component(event)
    return calendar.to_ical()
