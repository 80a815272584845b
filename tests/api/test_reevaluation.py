"""Re-evaluating stored assessments under a new rulebook appends revisions."""

from __future__ import annotations

import copy
import uuid

from sqlmodel import Session, select

from app.models import AssessmentRevision
from app.services.reevaluation import reevaluate_all


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
