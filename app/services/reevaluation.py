"""Re-evaluating stored assessments under the current rulebook.

Every assessment whose current revision was computed with another rulebook digest gets a
new revision (origin ``reevaluate``); earlier revisions stay as they were computed. Work
is done in batches, one transaction each, in local processes or as jobs on the queue
(procrastinate on PostgreSQL: workers on any number of machines).

A run is resumable by construction: a batch skips every assessment already computed with
the current rulebook, so after a crash the next run (or the job's retry) does only what is
left, and an assessment is never re-evaluated twice for one rulebook.
"""

from __future__ import annotations

import multiprocessing
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.database import build_engine
from app.core.jsonutil import dumps_bytes
from app.models.types import compressed_bytes
from app.repositories.assessments import AcrossTenants
from app.schemas.claim import Claim
from app.services import outbox
from app.services.assessment_records import index_columns, revised_data, revision_values
from app.services.evaluation import Evaluator
from app.services.history import agency_history
from app.services.jobs import JobContext, task

REEVALUATE = "assessments.reevaluate"
ORIGIN = "reevaluate"
Progress = Callable[[int], None]


def stale_ids(session: Session, digest: str, tenant_id: uuid.UUID | None = None) -> list[uuid.UUID]:
    return AcrossTenants(session).stale_ids(digest, tenant_id)


DOCUMENTS = ("claim", "result", "trace", "provenance")
"""A revision's compressed documents."""
COMPRESSED_TOGETHER = 25
"""Revisions whose documents are compressed one after the other (see ``reevaluate_batch``)."""


def reevaluate_batch(session: Session, evaluator: Evaluator, ids: list[uuid.UUID]) -> int:
    """Append a re-evaluated revision to each of ``ids`` still computed by another
    rulebook; one transaction, written by three executemany statements (revisions,
    assessments, events) without the unit of work.

    Each revision's documents are written to JSON bytes as soon as they are computed, and
    compressed every ``COMPRESSED_TOGETHER`` revisions, so a batch holds bytes, not
    documents: the garbage collector has little to walk and memory stays flat. The claims
    are validated all together first, and the documents compressed in runs, because an
    evaluation between two validations or two compressions evicts their code and tables
    (the dictionary is 110 KB) from the processor's caches: interleaved, validating a claim
    cost 3.5 times what it costs in a row."""
    across = AcrossTenants(session)
    stale = across.stale_with_claim(ids, evaluator.rulebook.digest)
    claims = [Claim.model_validate(row[4]) for row in stale]
    now = datetime.now(UTC)
    histories: dict[tuple, dict[str, Any]] = {}
    revisions, moves, events = [], [], []
    for (assessment_id, tenant_id, seen, before, _), claim in zip(stale, claims, strict=True):
        history = None
        if evaluator.uses_history:
            key = (tenant_id, claim.letter.agency if claim.letter else None)
            if key not in histories:
                histories[key] = agency_history(session, *key)
            history = histories[key]
        evaluated = evaluator.evaluate(claim, history=history)
        number = seen + 1
        values = revision_values(number, ORIGIN, claim, evaluated, None, now)
        for name in DOCUMENTS:
            if values[name] is not None:
                values[name] = dumps_bytes(values[name])
        revisions.append({**values, "assessment_id": assessment_id, "tenant_id": tenant_id})
        if len(revisions) % COMPRESSED_TOGETHER == 0:
            _compress(revisions[-COMPRESSED_TOGETHER:])
        columns = index_columns(claim, evaluated)
        moves.append({"moved_id": assessment_id, "revision": number, "updated_at": now, **columns})
        data = revised_data(assessment_id, number, ORIGIN, before, columns)
        events.append((tenant_id, "assessment.revised", data, assessment_id))
    _compress(revisions[len(revisions) - len(revisions) % COMPRESSED_TOGETHER :])
    across.append_revisions(revisions, moves)
    outbox.emit_all_now(session, events, occurred_at=now)
    session.commit()
    return len(revisions)


def _compress(revisions: list[dict[str, Any]]) -> None:
    """Each revision's documents (JSON bytes) as compressed frames, in place."""
    for values in revisions:
        for name in DOCUMENTS:
            if values[name] is not None:
                values[name] = compressed_bytes(values[name])


_process: dict[str, Any] = {}
"""A pool process's engine and evaluator, made once by :func:`_start_process`."""


def _start_process(url: str) -> None:
    _process["engine"] = build_engine(url)
    _process["evaluator"] = Evaluator()


def _process_batch(ids: list[uuid.UUID]) -> int:
    with Session(_process["engine"], expire_on_commit=False) as session:
        return reevaluate_batch(session, _process["evaluator"], ids)


def batches_of(ids: list[uuid.UUID], size: int) -> list[list[uuid.UUID]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def reevaluate_all(
    engine: Engine,
    *,
    batch_size: int = 500,
    workers: int = 1,
    tenant_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Re-evaluate every stale assessment here, in ``workers`` local processes;
    ``progress(n)`` is called as each batch of ``n`` commits."""
    started = time.perf_counter()
    evaluator = process_evaluator()
    with Session(engine) as session:
        ids = stale_ids(session, evaluator.rulebook.digest, tenant_id)
    batches = batches_of(ids, batch_size)
    done = 0
    if workers <= 1 or len(batches) <= 1:
        with Session(engine, expire_on_commit=False) as session:
            for batch in batches:
                count = reevaluate_batch(session, evaluator, batch)
                done += count
                if progress:
                    progress(count)
    else:
        url = engine.url.render_as_string(hide_password=False)
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_start_process, initargs=(url,)) as pool:
            for count in pool.imap_unordered(_process_batch, batches):
                done += count
                if progress:
                    progress(count)
    return report(evaluator, done, time.perf_counter() - started)


def report(evaluator: Evaluator, done: int, elapsed: float) -> dict[str, Any]:
    return {
        "rulebook": {"version": evaluator.rulebook.version, "digest": evaluator.rulebook.digest},
        "reevaluated": done,
        "seconds": round(elapsed, 2),
        "per_second": round(done / elapsed, 1) if elapsed else None,
    }


def enqueue_reevaluation(
    queue, engine: Engine, *, batch_size: int = 500, tenant_id: uuid.UUID | None = None
) -> tuple[int, int]:
    """Queue one job per batch of stale assessments: (assessments, jobs). Each job carries
    the rulebook digest it was queued for; a job whose batch is queued already is not
    queued again."""
    digest = process_evaluator().rulebook.digest
    with Session(engine) as session:
        ids = stale_ids(session, digest, tenant_id)
    jobs = 0
    for batch in batches_of(ids, batch_size):
        payload = {"digest": digest, "ids": [str(i) for i in batch]}
        jobs += bool(queue.enqueue(REEVALUATE, payload, lock=f"reevaluate:{digest}:{batch[0]}"))
    return len(ids), jobs


def remaining(engine: Engine, tenant_id: uuid.UUID | None = None) -> int:
    """How many assessments the current rulebook has still to re-evaluate."""
    with Session(engine) as session:
        return AcrossTenants(session).count_stale(process_evaluator().rulebook.digest, tenant_id)


@cache
def process_evaluator() -> Evaluator:
    """The evaluator of a worker process, made once."""
    return Evaluator()


@task(REEVALUATE)
def reevaluate_job(payload: dict[str, Any], context: JobContext) -> None:
    """One batch on a worker. A worker running another rulebook than the one the batch
    was queued for leaves it: the batch belongs to the release that queued it."""
    evaluator = process_evaluator()
    if payload.get("digest") != evaluator.rulebook.digest:
        return
    ids = [uuid.UUID(value) for value in payload.get("ids", [])]
    with context.session() as session:
        reevaluate_batch(session, evaluator, ids)
