"""Re-evaluating stored assessments under the current rulebook.

Every assessment whose current revision was computed with another rulebook digest gets a
new revision (origin ``reevaluate``); earlier revisions stay as they were computed. Work
is done in batches (one transaction each), optionally split across processes.
"""

from __future__ import annotations

import multiprocessing
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.database import build_engine
from app.repositories.assessments import AcrossTenants
from app.schemas.claim import Claim
from app.services.assessments import index_columns, new_revision
from app.services.evaluation import Evaluator
from app.services.history import agency_history


def stale_ids(session: Session, digest: str, tenant_id: uuid.UUID | None = None) -> list[uuid.UUID]:
    return AcrossTenants(session).stale_ids(digest, tenant_id)


def reevaluate_batch(session: Session, evaluator: Evaluator, ids: list[uuid.UUID]) -> int:
    """Append a re-evaluated revision to each of ``ids``; one transaction."""
    rows = AcrossTenants(session).with_current_revision(ids)
    now = datetime.now(UTC)
    histories: dict[tuple, dict[str, Any]] = {}
    revisions, updates = [], []
    for assessment, current in rows:
        claim = Claim.model_validate(current.claim)
        history = None
        if evaluator.uses_history:
            key = (assessment.tenant_id, assessment.agency)
            if key not in histories:
                histories[key] = agency_history(session, *key)
            history = histories[key]
        evaluated = evaluator.evaluate(claim, history=history)
        number = assessment.revision + 1
        revision = new_revision(
            assessment.id, assessment.tenant_id, number, "reevaluate", claim, evaluated, None
        )
        revision.created_at = now
        revisions.append(revision)
        updates.append(
            {
                "id": assessment.id,
                "revision": number,
                "updated_at": now,
                **index_columns(claim, evaluated),
            }
        )
    session.add_all(revisions)
    AcrossTenants(session).update_many(updates)
    session.commit()
    return len(revisions)


def _worker(args: tuple[str, list[list[uuid.UUID]]]) -> int:
    url, batches = args
    engine = build_engine(url)
    evaluator = Evaluator()
    done = 0
    with Session(engine, expire_on_commit=False) as session:
        for ids in batches:
            done += reevaluate_batch(session, evaluator, ids)
    engine.dispose()
    return done


def reevaluate_all(
    engine: Engine,
    *,
    batch_size: int = 500,
    workers: int = 1,
    tenant_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    started = time.perf_counter()
    evaluator = Evaluator()
    with Session(engine) as session:
        ids = stale_ids(session, evaluator.rulebook.digest, tenant_id)
    batches = [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]
    if workers <= 1 or len(batches) <= 1:
        done = 0
        with Session(engine, expire_on_commit=False) as session:
            for batch in batches:
                done += reevaluate_batch(session, evaluator, batch)
    else:
        shares = [batches[i::workers] for i in range(workers)]
        url = engine.url.render_as_string(hide_password=False)
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            done = sum(pool.map(_worker, [(url, share) for share in shares if share]))
    elapsed = time.perf_counter() - started
    return {
        "rulebook": {"version": evaluator.rulebook.version, "digest": evaluator.rulebook.digest},
        "reevaluated": done,
        "seconds": round(elapsed, 2),
        "per_second": round(done / elapsed, 1) if elapsed else None,
    }
