"""A batch of re-evaluations writes exactly what re-evaluating each assessment alone writes,
all or nothing: a batch that fails midway leaves no revision, and the next run does it once."""

from __future__ import annotations

import uuid

import pytest
import yaml
from sqlalchemy import LargeBinary, type_coerce, update
from sqlmodel import Session, select

from app.models import Assessment, AssessmentRevision, OutboxEvent
from app.models.types import compress_document
from app.schemas.claim import Claim
from app.services import outbox, reevaluation
from app.services.assessment_records import revision_values
from app.services.reevaluation import process_evaluator, reevaluate_all, reevaluate_batch
from tests.paths import SCENARIOS
from tests.scenarios.runner import scenario_claim

DOCUMENTS = ("claim", "result", "trace", "provenance")
STALE = "1" * 64
ASSESSMENT_COLUMNS = (
    "revision",
    "updated_at",
    "amount_demanded",
    "currency",
    "external_ref",
    "agency",
    "rights_holder",
    "rights_holder_key",
    "recommendation",
    "rulebook_version",
    "response_deadline",
    "limitation_expiry",
)


def varied_claims(count: int) -> list[dict]:
    """Claims of scenarios spread over the suite (several laws, agencies and outcomes),
    each evaluated as of today."""
    specs = [
        yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(SCENARIOS.rglob("*.yaml"))
    ]
    specs = [s for s in specs if not s.get("today")]
    step = max(1, len(specs) // count)
    return [scenario_claim(s) for s in specs[::step][:count]]


def store_stale(client, auth, app, claims: list[dict]) -> list[uuid.UUID]:
    """Store each claim, then mark its revision as computed by another rulebook."""
    ids = []
    for claim in claims:
        created = client.post("/v1/assessments", json=claim, headers=auth)
        assert created.status_code == 201, created.text
        ids.append(uuid.UUID(created.json()["id"]))
    with Session(app.state.engine) as session:
        session.exec(
            update(AssessmentRevision)
            .where(AssessmentRevision.assessment_id.in_(ids))
            .values(rulebook_digest=STALE)
        )
        session.commit()
    return ids


def written(app, assessment_id: uuid.UUID, revision: int) -> dict:
    """What a revision holds as stored: the documents' compressed bytes and the columns,
    with the assessment's columns and the event announcing the revision."""
    with Session(app.state.engine) as session:
        raw = session.exec(
            select(
                *(type_coerce(getattr(AssessmentRevision, d), LargeBinary) for d in DOCUMENTS),
                AssessmentRevision.origin,
                AssessmentRevision.rulebook_version,
                AssessmentRevision.rulebook_digest,
                AssessmentRevision.app_version,
            ).where(
                AssessmentRevision.assessment_id == assessment_id,
                AssessmentRevision.revision == revision,
            )
        ).one()
        assessment = session.get(Assessment, assessment_id)
        events = session.exec(
            select(OutboxEvent.data).where(
                OutboxEvent.subject_id == assessment_id, OutboxEvent.type == "assessment.revised"
            )
        ).all()
        columns = {name: getattr(assessment, name) for name in ASSESSMENT_COLUMNS}
    return {"row": tuple(raw), "assessment": columns, "events": [dict(e) for e in events]}


def comparable(state: dict) -> dict:
    """A revision's state without what names its assessment or its moment."""
    events = [{k: v for k, v in e.items() if k != "id"} for e in state["events"]]
    columns = {k: v for k, v in state["assessment"].items() if k != "updated_at"}
    return {**state, "assessment": columns, "events": events}


@pytest.mark.parametrize("together", [None, 3], ids=["default", "compressed-by-three"])
def test_a_batch_writes_byte_for_byte_what_one_re_evaluation_writes(
    client, auth, app, monkeypatch, together
):
    if together is not None:
        # runs of three revisions compressed together, then a tail of two
        monkeypatch.setattr(reevaluation, "COMPRESSED_TOGETHER", together)
    claims = varied_claims(8)
    in_a_batch = store_stale(client, auth, app, claims)
    one_by_one = store_stale(client, auth, app, claims)
    evaluator = process_evaluator()
    with Session(app.state.engine, expire_on_commit=False) as session:
        assert reevaluate_batch(session, evaluator, in_a_batch) == len(claims)
        for assessment_id in one_by_one:
            assert reevaluate_batch(session, evaluator, [assessment_id]) == 1
    for batched, alone in zip(in_a_batch, one_by_one, strict=True):
        got = written(app, batched, 2)
        assert comparable(got) == comparable(written(app, alone, 2))
        # and both are what evaluating the stored claim gives, compressed as any revision
        with Session(app.state.engine) as session:
            stored = session.get(AssessmentRevision, (batched, 1)).claim
        parsed = Claim.model_validate(stored)
        expected = revision_values(
            2, "reevaluate", parsed, evaluator.evaluate(parsed), None, created_at_of(app, batched)
        )
        assert got["row"][:2] == tuple(compress_document(expected[d]) for d in DOCUMENTS[:2])
        assert got["row"][3] is None
        assert got["row"][4:] == (
            "reevaluate",
            *(expected[k] for k in ("rulebook_version", "rulebook_digest", "app_version")),
        )
        assert got["assessment"]["revision"] == 2
        [event] = got["events"]
        assert event["revision"] == 2 and event["origin"] == "reevaluate"


def created_at_of(app, assessment_id: uuid.UUID):
    with Session(app.state.engine) as session:
        return session.get(AssessmentRevision, (assessment_id, 2)).created_at


class Crash(Exception):
    pass


def test_a_batch_failing_at_its_last_statement_writes_nothing(
    client, auth, app, example_claim, monkeypatch
):
    ids = store_stale(client, auth, app, [example_claim] * 3)

    def crash(*args, **kwargs):
        raise Crash

    monkeypatch.setattr(outbox, "emit_all_now", crash)
    with pytest.raises(Crash), Session(app.state.engine) as session:
        reevaluate_batch(session, process_evaluator(), ids)
    monkeypatch.undo()
    for assessment_id in ids:
        assert revisions_of(app, assessment_id) == ["create"], "the revisions were rolled back"
    reevaluate_all(app.state.engine, batch_size=2)
    for assessment_id in ids:
        assert revisions_of(app, assessment_id) == ["create", "reevaluate"]
        assert len(written(app, assessment_id, 2)["events"]) == 1, "announced once"


def revisions_of(app, assessment_id: uuid.UUID) -> list[str]:
    with Session(app.state.engine) as session:
        return list(
            session.exec(
                select(AssessmentRevision.origin)
                .where(AssessmentRevision.assessment_id == assessment_id)
                .order_by(AssessmentRevision.revision)
            )
        )
