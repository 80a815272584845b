"""Retention: how long a firm keeps a matter after its last activity, and the purge that
erases what has been kept longer (Art. 5(1)(e) GDPR, storage limitation).

Each firm sets its period (``PUT /v1/firm/retention``; three years when unset). The purge
(``riposte purge``) erases, matter by matter and exactly as the API's erasure does (the
same ``assessment.deleted`` events), every matter whose last activity is older than the
period, except the matters under legal hold (Art. 17(3)(e)), which it lists as kept.

A matter's last activity is the latest change to any of its assessments: a revision, an
outcome recorded, a file added or analysed, a draft made. Reads are not activity.
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.errors import InvalidInput, NotFound
from app.models import Assessment, Tenant
from app.repositories import retention as activity
from app.repositories.assessments import AssessmentRepository
from app.repositories.legal_holds import LegalHoldRepository
from app.services import audit, matters
from app.services.evidence.store import BlobStore

ISO_PERIOD = re.compile(r"^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$")
SHORT_PERIOD = re.compile(r"^(\d{1,5})\s*(y|m|w|d)$")
MAX_DAYS = 100 * 366


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: years and months are counted on the calendar (a matter last
    changed on 29 February 2024 is three years old on 28 February 2027)."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def iso(self) -> str:
        parts = [(self.years, "Y"), (self.months, "M"), (self.weeks, "W"), (self.days, "D")]
        return "P" + ("".join(f"{n}{unit}" for n, unit in parts if n) or "0D")

    def approximate_days(self) -> float:
        return self.years * 365.25 + self.months * 30.44 + self.weeks * 7 + self.days

    def before(self, moment: datetime) -> datetime:
        """``moment`` minus this period."""
        total = moment.year * 12 + (moment.month - 1) - (self.years * 12 + self.months)
        year, month = divmod(total, 12)
        month += 1
        day = min(moment.day, calendar.monthrange(year, month)[1])
        shifted = moment.replace(year=year, month=month, day=day)
        return shifted - timedelta(weeks=self.weeks, days=self.days)


DEFAULT_PERIOD = Period(years=3)


def parse_period(text: str, *, pointer: str = "/period") -> Period:
    """An ISO 8601 period of years, months, weeks and days (``P3Y``, ``P18M``, ``P90D``),
    or the short forms ``3y``, ``18m``, ``2w``, ``90d``; from a day to a hundred years."""
    cleaned = text.strip()
    short = SHORT_PERIOD.match(cleaned.lower())
    if short:
        number, unit = int(short.group(1)), short.group(2)
        period = Period(**{{"y": "years", "m": "months", "w": "weeks", "d": "days"}[unit]: number})
    else:
        iso = ISO_PERIOD.match(cleaned.upper())
        if not iso or not any(iso.groups()):
            raise InvalidInput(
                f"{text!r} is not a period such as P3Y, P18M, P90D (or 3y, 18m, 90d).",
                errors=[{"pointer": pointer, "detail": "expected an ISO 8601 period like P3Y"}],
            )
        years, months, weeks, days = (int(g) if g else 0 for g in iso.groups())
        period = Period(years, months, weeks, days)
    if not 1 <= period.approximate_days() <= MAX_DAYS:
        raise InvalidInput(
            "A retention period lasts from a day to a hundred years.",
            errors=[{"pointer": pointer, "detail": "between P1D and P100Y"}],
        )
    return period


@dataclass(frozen=True, slots=True)
class Setting:
    period: Period
    default: bool


def setting(session: Session, tenant_id: uuid.UUID) -> Setting:
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound("No such firm.")
    if tenant.retention_period is None:
        return Setting(DEFAULT_PERIOD, True)
    return Setting(parse_period(tenant.retention_period), False)


def set_period(session: Session, tenant_id: uuid.UUID, text: str | None) -> Setting:
    """The firm's own period (None: back to the default)."""
    period = parse_period(text) if text is not None else None
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound("No such firm.")
    tenant.retention_period = period.iso() if period else None
    session.add(tenant)
    session.commit()
    return Setting(period or DEFAULT_PERIOD, period is None)


@dataclass(slots=True)
class MatterAge:
    """A matter past its retention period: erased by the purge, or kept under a hold."""

    external_ref: str | None
    assessment_ids: list[uuid.UUID]
    last_activity: datetime
    hold_id: uuid.UUID | None = None


@dataclass(slots=True)
class TenantPlan:
    tenant_id: uuid.UUID
    tenant_name: str
    period: Period
    period_source: str
    """``firm`` (its own setting), ``default`` or ``command line``."""
    cutoff: datetime
    expired: list[MatterAge] = field(default_factory=list)
    held: list[MatterAge] = field(default_factory=list)
    erased: list[MatterAge] = field(default_factory=list)
    skipped: list[MatterAge] = field(default_factory=list)
    """Expired when planned, active again (or held) when the purge came to them."""


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def expired_matters(
    session: Session, tenant_id: uuid.UUID, cutoff: datetime
) -> tuple[list[MatterAge], list[MatterAge]]:
    """(to erase, kept under legal hold): the firm's matters whose last activity is before
    ``cutoff``."""
    candidates = activity.idle_since(session, tenant_id, cutoff)
    if not candidates:
        return [], []
    refs = sorted({a.external_ref for a in candidates if a.external_ref is not None})
    busy_refs = activity.refs_active_since(session, tenant_id, refs, cutoff)
    candidates = [a for a in candidates if a.external_ref not in busy_refs]
    latest = activity.latest_changes(session, tenant_id, [a.id for a in candidates])
    groups: dict[object, list[Assessment]] = {}
    for assessment in candidates:
        key = assessment.external_ref if assessment.external_ref is not None else assessment.id
        groups.setdefault(key, []).append(assessment)
    holds = LegalHoldRepository(session, tenant_id).covering(
        (a.id, a.external_ref) for a in candidates
    )
    expired: list[MatterAge] = []
    held: list[MatterAge] = []
    for group in groups.values():
        last = max(
            _aware(moment) for a in group for moment in (a.updated_at, *latest.get(a.id, []))
        )
        if last >= cutoff:
            continue
        age = MatterAge(group[0].external_ref, [a.id for a in group], last)
        hold = next((holds[a.id] for a in group if a.id in holds), None)
        if hold is not None:
            age.hold_id = hold.id
            held.append(age)
        else:
            expired.append(age)
    expired.sort(key=lambda m: m.last_activity)
    held.sort(key=lambda m: m.last_activity)
    return expired, held


def plan(
    session: Session,
    tenant: Tenant,
    *,
    override: Period | None = None,
    now: datetime | None = None,
) -> TenantPlan:
    now = now or datetime.now(UTC)
    if override is not None:
        period, source = override, "command line"
    elif tenant.retention_period is not None:
        period, source = parse_period(tenant.retention_period), "firm"
    else:
        period, source = DEFAULT_PERIOD, "default"
    cutoff = period.before(now)
    expired, held = expired_matters(session, tenant.id, cutoff)
    return TenantPlan(tenant.id, tenant.name, period, source, cutoff, expired, held)


def purge(
    engine: Engine,
    store: BlobStore,
    *,
    override: Period | None = None,
    tenant_name: str | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    report: Callable[[TenantPlan], None] | None = None,
) -> list[TenantPlan]:
    """Plan, and unless ``dry_run`` erase, each firm's expired matters; one transaction
    per matter, each checked again just before (a matter changed or held since the plan
    is skipped). Each erasure is in the audit log as the operator's."""
    now = now or datetime.now(UTC)
    with Session(engine, expire_on_commit=False) as session:
        firms = activity.tenants(session, tenant_name)
        if tenant_name is not None and not firms:
            raise NotFound(f"no tenant named {tenant_name!r}")
        plans = [plan(session, firm, override=override, now=now) for firm in firms]
    for tenant_plan in plans:
        if not dry_run:
            for age in tenant_plan.expired:
                if _erase_if_still_expired(engine, store, tenant_plan, age):
                    tenant_plan.erased.append(age)
                else:
                    tenant_plan.skipped.append(age)
        if report is not None:
            report(tenant_plan)
    return plans


def still_expired(
    session: Session, tenant_id: uuid.UUID, age: MatterAge, cutoff: datetime
) -> list[Assessment] | None:
    """The matter's assessments as they are now, if it is still idle since before
    ``cutoff`` and not held; otherwise None."""
    repository = AssessmentRepository(session, tenant_id)
    if age.external_ref is not None:
        group = repository.with_ref(age.external_ref)
    else:
        group = [a for a in (repository.get(age.assessment_ids[0]),) if a is not None]
    if not group:
        return None
    latest = activity.latest_changes(session, tenant_id, [a.id for a in group])
    moments = [_aware(a.updated_at) for a in group]
    moments += [_aware(m) for a in group for m in latest.get(a.id, [])]
    if max(moments) >= cutoff:
        return None
    if LegalHoldRepository(session, tenant_id).covering((a.id, a.external_ref) for a in group):
        return None
    return group


def _erase_if_still_expired(
    engine: Engine, store: BlobStore, tenant_plan: TenantPlan, age: MatterAge
) -> bool:
    with Session(engine, expire_on_commit=False) as session:
        audit.attach(
            session,
            audit.AuditContext(
                tenant_id=tenant_plan.tenant_id,
                actor=audit.OPERATOR,
                api_key_id=None,
                operation="purge",
                method="CLI",
                route="riposte purge",
            ),
        )
        group = still_expired(session, tenant_plan.tenant_id, age, tenant_plan.cutoff)
        if group is None:
            session.rollback()
            return False
        matters.erase(session, store, tenant_plan.tenant_id, group)
    return True


def forget_delivered_tombstones(engine: Engine, older_than: timedelta) -> int:
    """Drop the ``assessment.deleted`` events whose deliveries are over (succeeded, or
    failed after the retry window) and older than ``older_than``: once the firm's systems
    have heard of an erasure, nothing of the matter is kept."""
    with Session(engine) as session:
        removed = activity.forget_tombstones(session, datetime.now(UTC) - older_than)
        session.commit()
    return removed
