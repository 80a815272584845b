"""Retention: each firm's period (three years by default, set by its admin key), and
`riposte purge`, which erases the matters idle for longer, as the API's erasure does, and
keeps those under legal hold (Art. 17(3)(e) GDPR)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlmodel import Session, select

from app.core.errors import InvalidInput
from app.models import Assessment, AuditEvent, Draft, Evidence, OutboxEvent, Outcome
from app.services.retention import Period, parse_period
from tests.conftest import make_tenant
from tests.evidence.conftest import upload
from tests.integration.matters import claim_for
from tests.integration.test_key_scopes import key_with
from tests.paths import REPO

LONG_AGO = datetime.now(UTC) - timedelta(days=4 * 366)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("P3Y", Period(years=3)),
        ("3y", Period(years=3)),
        ("P1Y6M", Period(years=1, months=6)),
        ("18m", Period(months=18)),
        ("p90d", Period(days=90)),
        ("2w", Period(weeks=2)),
    ],
)
def test_periods_are_read(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["P", "3x", "P0D", "P101Y", "PT3H", "-1y", "", "P1.5Y"])
def test_bad_periods_are_refused(text):
    with pytest.raises(InvalidInput):
        parse_period(text)


def test_years_and_months_are_counted_on_the_calendar():
    leap = datetime(2028, 2, 29, 12, tzinfo=UTC)
    assert Period(years=1).before(leap) == datetime(2027, 2, 28, 12, tzinfo=UTC)
    assert Period(months=1).before(datetime(2027, 3, 31, tzinfo=UTC)) == datetime(
        2027, 2, 28, tzinfo=UTC
    )
    assert Period(years=3, days=1).before(datetime(2027, 1, 1, tzinfo=UTC)) == datetime(
        2023, 12, 31, tzinfo=UTC
    )
    assert Period(years=1, months=6).iso() == "P1Y6M"


def test_the_admin_key_sets_the_firms_period(client, app):
    auth = {"Authorization": make_tenant(app)["Authorization"]}
    assert client.get("/v1/firm/retention", headers=auth).json() == {
        "period": "P3Y",
        "default": True,
    }
    set_ = client.put("/v1/firm/retention", json={"period": "P5Y"}, headers=auth)
    assert set_.status_code == 200 and set_.json() == {"period": "P5Y", "default": False}
    assert client.get("/v1/firm/retention", headers=auth).json()["period"] == "P5Y"
    for bad in ({"period": "P0D"}, {"period": "five years"}, {"period": "P200Y"}, {}):
        refused = client.put("/v1/firm/retention", json=bad, headers=auth)
        assert refused.status_code == 422, bad
        assert refused.headers["content-type"].startswith("application/problem+json")
    back = client.put("/v1/firm/retention", json={"period": None}, headers=auth)
    assert back.json() == {"period": "P3Y", "default": True}
    writer = key_with(app, "read", "write")
    assert client.get("/v1/firm/retention", headers=writer).status_code == 403
    assert (
        client.put("/v1/firm/retention", json={"period": "P1Y"}, headers=writer).status_code == 403
    )


def age(app, assessment_ids: list[str], when: datetime = LONG_AGO) -> None:
    """Make these assessments (and what hangs on them) last change at ``when``."""
    ids = [uuid.UUID(i) for i in assessment_ids]
    with Session(app.state.engine) as db:
        db.exec(
            update(Assessment)
            .where(Assessment.id.in_(ids))
            .values(created_at=when, updated_at=when)
        )
        db.exec(update(Outcome).where(Outcome.assessment_id.in_(ids)).values(recorded_at=when))
        db.exec(
            update(Evidence)
            .where(Evidence.assessment_id.in_(ids))
            .values(created_at=when, analysed_at=when)
        )
        db.exec(update(Draft).where(Draft.assessment_id.in_(ids)).values(created_at=when))
        db.commit()


def purge(app, *args: str) -> subprocess.CompletedProcess:
    settings = app.state.settings
    env = {
        **os.environ,
        "RIPOSTE_DATABASE_URL": settings.database_url,
        "RIPOSTE_EVIDENCE_STORE": settings.evidence_store,
    }
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "purge", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result


def exists(client, auth, ident: str) -> bool:
    return client.get(f"/v1/assessments/{ident}", headers=auth).status_code == 200


def test_the_purge_erases_idle_matters_and_keeps_held_and_active_ones(client, app, example_claim):
    firm = make_tenant(app)
    auth = {"Authorization": firm["Authorization"]}
    tag = uuid.uuid4().hex[:8]

    def matter(name: str, count: int = 1) -> list[str]:
        claim = claim_for(example_claim, f"MAT-{name}-{tag}", tag)
        return [
            client.post("/v1/assessments", json=claim, headers=auth).json()["id"]
            for _ in range(count)
        ]

    idle = matter("IDLE", 2)
    upload(client, auth, idle[0], b"Licence ancienne\n", "licence", "old.txt")
    held = matter("HELD")
    active_outcome = matter("OUTCOME")
    half = matter("HALF", 2)
    recent = matter("RECENT")
    age(app, idle + held + active_outcome + half[:1])
    recorded = client.post(
        f"/v1/assessments/{active_outcome[0]}/outcome",
        json={"kind": "claim_withdrawn", "ended_on": "2026-11-20"},
        headers=auth,
    )
    assert recorded.status_code == 201, recorded.text
    hold = client.post(
        "/v1/legal-holds",
        json={"external_ref": f"MAT-HELD-{tag}", "reason": "Procédure en cours"},
        headers=auth,
    ).json()

    dry = purge(app, "--tenant", firm["X-Tenant-Name"], "--dry-run").stdout
    assert f"would erase MAT-IDLE-{tag} (2 assessments" in dry
    assert f"kept    MAT-HELD-{tag}" in dry and hold["id"] in dry
    assert "OUTCOME" not in dry and "HALF" not in dry and "RECENT" not in dry
    assert "P3Y, default" in dry
    assert all(exists(client, auth, i) for i in idle)

    ran = purge(app, "--tenant", firm["X-Tenant-Name"]).stdout
    assert f"erased MAT-IDLE-{tag}" in ran and "1 erased, 1 kept under legal hold" in ran
    assert not any(exists(client, auth, i) for i in idle)
    assert all(exists(client, auth, i) for i in held + active_outcome + half + recent)

    with Session(app.state.engine) as db:
        notices = db.exec(
            select(OutboxEvent.data).where(
                OutboxEvent.type == "assessment.deleted",
                OutboxEvent.subject_id.in_([uuid.UUID(i) for i in idle]),
            )
        ).all()
        tenant_id = db.exec(
            select(Assessment.tenant_id).where(Assessment.id == uuid.UUID(held[0]))
        ).one()
        operator = db.exec(
            select(AuditEvent).where(
                AuditEvent.tenant_id == tenant_id, AuditEvent.actor == "operator"
            )
        ).all()
    assert sorted(n["id"] for n in notices) == sorted(idle)
    assert all(n == {"id": n["id"], "external_ref": f"MAT-IDLE-{tag}"} for n in notices)
    assert [row.operation for row in operator] == ["purge"]
    assert operator[0].subject_erased and operator[0].assessment_id is None

    # the firm's own period, and the command line's, decide what is idle
    client.put("/v1/firm/retention", json={"period": "P10Y"}, headers=auth)
    client.delete(f"/v1/legal-holds/{hold['id']}", headers=auth)
    assert "0 erased, 0 kept" in purge(app, "--tenant", firm["X-Tenant-Name"]).stdout
    assert exists(client, auth, held[0])
    shorter = purge(app, "--tenant", firm["X-Tenant-Name"], "--older-than", "1y").stdout
    assert "(P1Y, command line)" in shorter and f"erased MAT-HELD-{tag}" in shorter
    assert not exists(client, auth, held[0])


def test_the_purge_says_what_is_wrong(app):
    settings = app.state.settings
    env = {**os.environ, "RIPOSTE_DATABASE_URL": settings.database_url}
    for args, words in (
        (["--older-than", "soon"], "not a period"),
        (["--tenant", "no such firm"], "no tenant named"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "purge", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode != 0 and words in result.stderr
