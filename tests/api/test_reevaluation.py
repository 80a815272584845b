"""Re-evaluating stored assessments under a new rulebook appends revisions."""

from __future__ import annotations

import copy
import uuid

import pytest
from sqlmodel import Session, select

from app.models import AssessmentRevision
from app.services.jobs import JobContext
from app.services.reevaluation import (
    REEVALUATE,
    enqueue_reevaluation,
    process_evaluator,
    reevaluate_all,
    reevaluate_job,
    remaining,
)


def test_only_assessments_from_another_rulebook_are_reevaluated(client, auth, app, example_claim):
    ids = []
    for index in range(3):
        claim = copy.deepcopy(example_claim)
        claim["external_ref"] = f"RE-{index}"
        ids.append(client.post("/v1/assessments", json=claim, headers=auth).json()["id"])
    with Session(app.state.engine) as session:
        stale = session.exec(
            select(AssessmentRevision).where(AssessmentRevision.assessment_id == uuid.UUID(ids[0]))
        ).one()
        stale.rulebook_digest = "0" * 64
        stale.rulebook_version = "0.9.0"
        session.add(stale)
        session.commit()
    report = reevaluate_all(app.state.engine, batch_size=2)
    assert report["reevaluated"] >= 1
    first = client.get(f"/v1/assessments/{ids[0]}", headers=auth).json()
    assert first["revision"] == 2
    revisions = client.get(f"/v1/assessments/{ids[0]}/revisions", headers=auth).json()["items"]
    assert [r["origin"] for r in revisions] == ["create", "reevaluate"]
    assert revisions[0]["rulebook"]["version"] == "0.9.0", "history is kept as computed"
    assert client.get(f"/v1/assessments/{ids[1]}", headers=auth).json()["revision"] == 1
    again = reevaluate_all(app.state.engine)
    assert again["reevaluated"] == 0


def _stale_assessments(client, auth, app, example_claim, count: int) -> list[str]:
    """``count`` assessments whose current revision another rulebook computed."""
    ids = []
    for index in range(count):
        claim = copy.deepcopy(example_claim)
        claim["external_ref"] = f"RESUME-{uuid.uuid4().hex[:6]}-{index}"
        ids.append(client.post("/v1/assessments", json=claim, headers=auth).json()["id"])
    with Session(app.state.engine) as session:
        for revision in session.exec(
            select(AssessmentRevision).where(
                AssessmentRevision.assessment_id.in_([uuid.UUID(i) for i in ids])
            )
        ):
            revision.rulebook_digest = "1" * 64
            session.add(revision)
        session.commit()
    return ids


def _origins(client, auth, assessment_id: str) -> list[str]:
    revisions = client.get(f"/v1/assessments/{assessment_id}/revisions", headers=auth).json()
    return [r["origin"] for r in revisions["items"]]


def test_a_run_stopped_midway_resumes_and_does_nothing_twice(client, auth, app, example_claim):
    ids = _stale_assessments(client, auth, app, example_claim, 5)
    before = remaining(app.state.engine)
    assert before >= 5

    class Crash(Exception):
        pass

    def crash_after_first_batch(count: int) -> None:
        raise Crash

    with pytest.raises(Crash):
        reevaluate_all(app.state.engine, batch_size=2, progress=crash_after_first_batch)
    assert remaining(app.state.engine) == before - 2, "the first batch was committed"
    reevaluate_all(app.state.engine, batch_size=2)
    assert remaining(app.state.engine) == 0
    for assessment_id in ids:
        assert _origins(client, auth, assessment_id) == ["create", "reevaluate"]


def test_a_batch_job_runs_once_and_only_for_the_rulebook_that_queued_it(
    client, auth, app, example_claim
):
    ids = _stale_assessments(client, auth, app, example_claim, 2)
    context = JobContext(engine=app.state.engine, settings=app.state.settings)
    other_release = {"digest": "2" * 64, "ids": ids}
    reevaluate_job(other_release, context)
    assert _origins(client, auth, ids[0]) == ["create"], "another release's batch is left"
    this_release = {"digest": process_evaluator().rulebook.digest, "ids": ids}
    reevaluate_job(this_release, context)
    reevaluate_job(this_release, context)  # delivered twice
    for assessment_id in ids:
        assert _origins(client, auth, assessment_id) == ["create", "reevaluate"]


def test_queued_batches_cover_every_stale_assessment_once(client, auth, app, example_claim):
    _stale_assessments(client, auth, app, example_claim, 3)
    queued = []

    class Recorder:
        def enqueue(self, name, payload, *, lock=None):
            queued.append((name, payload, lock))
            return True

    count, jobs = enqueue_reevaluation(Recorder(), app.state.engine, batch_size=2)
    assert count == remaining(app.state.engine) and jobs == len(queued)
    listed = [i for _, payload, _ in queued for i in payload["ids"]]
    assert len(listed) == len(set(listed)) == count
    assert {name for name, _, _ in queued} == {REEVALUATE}
    assert len({lock for _, _, lock in queued}) == jobs
