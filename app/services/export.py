"""Exports (Art. 20 GDPR, data portability): a matter, or the whole firm, as one zip of JSON
documents and the stored files, streamed as it is written.

The archive is built entry by entry: each entry is read in a short session of its own and
its bytes leave before the next is read, so an export holds no connection while the client
downloads (SQLite has a single one) and no more than one file in memory. Entries are read
one after the other, not from one snapshot: a change made during an export may or may not
be in it (``manifest.json`` says when the export started).

Layout::

    manifest.json                                  what is in the archive, and from when
    assessments/<id>/assessment.json               the indexed columns
    assessments/<id>/revisions/<n>.json            each revision exactly as computed
    assessments/<id>/outcome.json                  how the matter ended, if recorded
    assessments/<id>/evidence/<eid>.json           a file's record, facts and proposals
    assessments/<id>/evidence/<eid>/<filename>     the file itself
    assessments/<id>/drafts/<did>.json, .md        a reply letter, as made
    legal-holds.json, audit-events.jsonl           the holds and audit rows concerned
    firm/...                                       (the firm's export) settings, templates,
                                                   keys, webhook endpoints, calendar feeds
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import __version__
from app.core.jsonutil import dumps_bytes
from app.models import Tenant
from app.repositories import exports as stored
from app.repositories.assessments import AssessmentRepository
from app.repositories.calendar_feeds import CalendarFeedRepository
from app.repositories.drafts import DraftRepository
from app.repositories.evidence import EvidenceRepository
from app.repositories.legal_holds import LegalHoldRepository
from app.repositories.webhooks import WebhookRepository
from app.services.evidence.service import represent as represent_evidence
from app.services.evidence.store import BlobStore

FORMAT = "riposte-export/1"
PAGE = 500
ZIP64_ABOVE = 2**31 - 1
ALREADY_COMPRESSED = ("image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf")


@dataclass(slots=True)
class Entry:
    """One member of the archive: JSON-ready data, bytes, or a file from the store."""

    path: str
    data: Any = None
    content: bytes | None = None
    chunks: Callable[[], Iterable[bytes]] | None = None
    size: int = 0
    media_type: str | None = None


class _Pipe:
    """A write-only stream whose bytes are taken as they come (the zip is never seeked)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def stream(entries: Iterable[Entry], manifest: dict[str, Any]) -> Iterator[bytes]:
    """The zip of ``entries``, chunk by chunk; ``manifest.json`` last, listing them (a file
    the store could not give back is listed as missing)."""
    pipe = _Pipe()
    listed: list[dict[str, Any]] = []
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for entry in entries:
            info = zipfile.ZipInfo(entry.path, date_time=datetime.now(UTC).timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            if entry.chunks is None:
                content = entry.content if entry.content is not None else _json(entry.data)
                zf.writestr(info, content)
                listed.append({"path": entry.path, "size": len(content)})
            else:
                if entry.media_type in ALREADY_COMPRESSED:
                    info.compress_type = zipfile.ZIP_STORED
                written, missing = 0, False
                with zf.open(info, "w", force_zip64=entry.size > ZIP64_ABOVE) as member:
                    try:
                        for chunk in entry.chunks():
                            member.write(chunk)
                            written += len(chunk)
                            yield pipe.take()
                    except Exception:  # the store's errors vary (file system, S3)
                        missing = True
                listed.append(
                    {"path": entry.path, "size": written} | ({"missing": True} if missing else {})
                )
            yield pipe.take()
        manifest = {**manifest, "files": listed}
        zf.writestr(
            zipfile.ZipInfo("manifest.json", datetime.now(UTC).timetuple()[:6]), _json(manifest)
        )
    yield pipe.take()


def _json(data: Any) -> bytes:
    return dumps_bytes(data)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def manifest(session: Session, tenant_id: uuid.UUID, scope: str, **more: Any) -> dict[str, Any]:
    tenant = session.get(Tenant, tenant_id)
    return {
        "format": FORMAT,
        "scope": scope,
        "started_at": datetime.now(UTC).isoformat(),
        "app_version": __version__,
        "firm": {"id": str(tenant_id), "name": tenant.name if tenant else None},
        **more,
    }


def assessment_entries(
    engine: Engine, store: BlobStore, tenant_id: uuid.UUID, assessment_id: uuid.UUID
) -> Iterator[Entry]:
    """Everything stored about one assessment (nothing if it was erased meanwhile)."""
    base = f"assessments/{assessment_id}"
    with Session(engine, expire_on_commit=False) as session:
        repository = AssessmentRepository(session, tenant_id)
        assessment = repository.get(assessment_id)
        if assessment is None:
            return
        numbers = stored.revision_numbers(session, assessment_id)
        outcome = repository.outcome(assessment)
        current = repository.revision(assessment, assessment.revision)
        claim = current.claim if current else None
        files = [
            represent_evidence(e, claim)
            for e in EvidenceRepository(session, tenant_id).of_assessment(assessment_id)
        ]
        drafts = DraftRepository(session, tenant_id).of_assessment(assessment_id)
        row = {
            "id": str(assessment.id),
            "external_ref": assessment.external_ref,
            "agency": assessment.agency,
            "rights_holder": assessment.rights_holder,
            "recommendation": assessment.recommendation,
            "amount_demanded": (
                {"amount": str(assessment.amount_demanded), "currency": assessment.currency}
                if assessment.amount_demanded is not None
                else None
            ),
            "revision": assessment.revision,
            "response_deadline": assessment.response_deadline,
            "limitation_expiry": assessment.limitation_expiry,
            "rulebook_version": assessment.rulebook_version,
            "created_at": _iso(assessment.created_at),
            "updated_at": _iso(assessment.updated_at),
        }
        outcome_row = (
            {
                "kind": outcome.kind,
                "amount_paid": (
                    {"amount": str(outcome.amount_paid), "currency": outcome.currency}
                    if outcome.amount_paid is not None
                    else None
                ),
                "ended_on": outcome.ended_on,
                "note": outcome.note,
                "recorded_at": _iso(outcome.recorded_at),
            }
            if outcome
            else None
        )
        draft_rows = [
            (
                str(d.id),
                {
                    "id": str(d.id),
                    "revision": d.revision,
                    "kind": d.kind,
                    "language": d.language,
                    "template": d.template,
                    "created_at": _iso(d.created_at),
                    "document": d.document,
                },
                d.markdown,
            )
            for d in drafts
        ]
    yield Entry(f"{base}/assessment.json", row)
    for number in numbers:
        with Session(engine, expire_on_commit=False) as session:
            revision = AssessmentRepository(session, tenant_id).revision(assessment, number)
            body = (
                {
                    "revision": revision.revision,
                    "origin": revision.origin,
                    "created_at": _iso(revision.created_at),
                    "rulebook": {
                        "version": revision.rulebook_version,
                        "digest": revision.rulebook_digest,
                    },
                    "app_version": revision.app_version,
                    "claim": revision.claim,
                    "provenance": revision.provenance,
                    "result": revision.result,
                    "trace": revision.trace,
                }
                if revision is not None
                else None
            )
        if body is not None:
            yield Entry(f"{base}/revisions/{number}.json", body)
    if outcome_row is not None:
        yield Entry(f"{base}/outcome.json", outcome_row)
    for evidence in files:
        path = f"{base}/evidence/{evidence['id']}"
        yield Entry(f"{path}.json", evidence)
        sha256 = evidence["sha256"]
        yield Entry(
            f"{path}/{evidence['filename']}",
            chunks=lambda sha256=sha256: store.open(tenant_id, sha256),
            size=evidence["size"],
            media_type=evidence["media_type"],
        )
    for ident, body, markdown in draft_rows:
        yield Entry(f"{base}/drafts/{ident}.json", body)
        yield Entry(f"{base}/drafts/{ident}.md", content=markdown.encode("utf-8"))


def audit_entry(
    engine: Engine, tenant_id: uuid.UUID, assessment_ids: list[uuid.UUID] | None
) -> Entry:
    """The audit rows concerned, one JSON object per line (read page by page)."""

    def lines() -> Iterator[bytes]:
        after = None
        while True:
            with Session(engine, expire_on_commit=False) as session:
                rows = stored.audit_rows(session, tenant_id, assessment_ids, after, PAGE)
                if not rows:
                    return
                after = (rows[-1].occurred_at, rows[-1].id)
                text = b"".join(
                    _json(row.model_dump(mode="json", exclude={"tenant_id"})) + b"\n"
                    for row in rows
                )
            yield text

    return Entry("audit-events.jsonl", chunks=lines, media_type="application/x-ndjson")


def _holds(session: Session, tenant_id: uuid.UUID, assessments) -> list[dict[str, Any]]:
    repository = LegalHoldRepository(session, tenant_id)
    holds = (
        repository.all()
        if assessments is None
        else list({h.id: h for h in repository.covering(assessments).values()}.values())
    )
    return [h.model_dump(mode="json", exclude={"tenant_id"}) for h in holds]


def matter_archive(
    engine: Engine,
    store: BlobStore,
    tenant_id: uuid.UUID,
    external_ref: str | None,
    assessment_ids: list[uuid.UUID],
) -> Iterator[bytes]:
    """One matter: its assessments with their files and drafts, its holds, its audit rows."""
    with Session(engine, expire_on_commit=False) as session:
        head = manifest(
            session,
            tenant_id,
            "matter",
            external_ref=external_ref,
            assessments=[str(i) for i in assessment_ids],
        )
        rows = AssessmentRepository(session, tenant_id)
        pairs = [(a.id, a.external_ref) for a in (rows.get(i) for i in assessment_ids) if a]
        holds = _holds(session, tenant_id, pairs)

    def entries() -> Iterator[Entry]:
        for ident in assessment_ids:
            yield from assessment_entries(engine, store, tenant_id, ident)
        yield Entry("legal-holds.json", holds)
        yield audit_entry(engine, tenant_id, assessment_ids)

    return stream(entries(), head)


def firm_archive(engine: Engine, store: BlobStore, tenant_id: uuid.UUID) -> Iterator[bytes]:
    """The whole firm: every matter, and the firm's own settings."""
    with Session(engine, expire_on_commit=False) as session:
        head = manifest(session, tenant_id, "firm")

    def firm_entries() -> Iterator[Entry]:
        with Session(engine, expire_on_commit=False) as session:
            tenant = session.get(Tenant, tenant_id)
            drafts = DraftRepository(session, tenant_id)
            settings = drafts.settings()
            templates = [
                (t.kind, t.language, t.source, _iso(t.updated_at)) for t in drafts.templates()
            ]
            firm = {
                "id": str(tenant_id),
                "name": tenant.name if tenant else None,
                "created_at": _iso(tenant.created_at) if tenant else None,
                "retention_period": tenant.retention_period if tenant else None,
            }
            keys = [
                {
                    "id": str(k.id),
                    "label": k.label,
                    "scopes": k.scopes.split(),
                    "created_at": _iso(k.created_at),
                    "revoked_at": _iso(k.revoked_at),
                }
                for k in stored.api_keys(session, tenant_id)
            ]
            letter = (
                {"letterhead": settings.letterhead, "signature": settings.signature}
                if settings
                else None
            )
            endpoints = [
                {
                    "id": str(e.id),
                    "url": e.url,
                    "events": e.events,
                    "description": e.description,
                    "created_at": _iso(e.created_at),
                }
                for e in WebhookRepository(session, tenant_id).endpoints()
            ]
            feeds = [
                {"id": str(f.id), "label": f.label, "created_at": _iso(f.created_at)}
                for f in CalendarFeedRepository(session, tenant_id).active()
            ]
            holds = _holds(session, tenant_id, None)
        yield Entry("firm/firm.json", firm)
        yield Entry("firm/api-keys.json", keys)
        if letter is not None:
            yield Entry("firm/letter-settings.json", letter)
        for kind, language, source, _updated in templates:
            yield Entry(f"firm/templates/{kind}.{language}.md.j2", content=source.encode("utf-8"))
        yield Entry("firm/webhook-endpoints.json", endpoints)
        yield Entry("firm/calendar-feeds.json", feeds)
        yield Entry("legal-holds.json", holds)

    def entries() -> Iterator[Entry]:
        yield from firm_entries()
        after = None
        while True:
            with Session(engine, expire_on_commit=False) as session:
                ids = stored.assessment_ids(session, tenant_id, after, PAGE)
            if not ids:
                break
            for ident in ids:
                yield from assessment_entries(engine, store, tenant_id, ident)
            after = ids[-1]
        yield audit_entry(engine, tenant_id, None)

    return stream(entries(), head)
