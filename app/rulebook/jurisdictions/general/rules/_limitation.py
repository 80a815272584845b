"""Shared by the limitation rules of each law: the dates they read and the answers they
share. The dates come from ``derived.dates`` (app/rulebook/dates.py), which says what
each is computed from.
"""

from decimal import Decimal

from app.rulebook.dates import derive_dates  # noqa: F401  (registers the dates derivation)
from app.rulebook.figures import number_words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

DATE_READS = ["derived.dates", "use.detected_on"]


def _dates(f) -> dict:
    return f["derived.dates"] or {}


def _values(d: dict) -> dict:
    basis = d.get("limitation_basis") or {"fr": "", "en": ""}
    return {
        "expiry": d.get("limitation_expiry"),
        "expiry_all": d.get("limitation_expiry_all"),
        "knowledge": d.get("knowledge_date"),
        "years": d.get("limitation_years"),
        "today": d.get("today"),
        "basis_fr": basis["fr"],
        "basis_en": basis["en"],
        "days": _count(d.get("days_time_barred")),
        "total": _count(d.get("days_of_use")),
        "residual": d.get("residual_claim_expiry"),
        "years_words": number_words(d["limitation_years"]) if d.get("limitation_years") else None,
    }


def _count(days: int | None) -> Decimal | None:
    """A number of days, written with the reader's separators (« 1 303 »)."""
    return None if days is None else Decimal(days)


RUNNING = Variant(
    outcome="neutral",
    weight=0.3,
    summary=T(
        fr="Action non prescrite : elle doit être engagée au plus tard le {expiry}.",
        en="Not time-barred: an action must be brought by {expiry}.",
    ),
    explanation=T(fr="{basis_fr}", en="{basis_en}"),
)


def _barred_or_running(f):
    """Time-barred or not, from the dates derivation (knowledge date needed)."""
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    return applies("barred" if d["time_barred"] else "running", **_values(d))


def _partly_barred(f, law: str):
    """Only the older acts of a continuing use are time-barred."""
    d = _dates(f)
    if d.get("law") != law or not d.get("partly_time_barred") or not d.get("days_time_barred"):
        return not_applicable("no act is time-barred, or all are")
    return applies(**_values(d))
