"""Germany: the Urheberrechtsgesetz, the BGB and the RVG."""

from pathlib import Path

from app.rulebook import dates
from app.rulebook.amounts import recoverable
from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="DE",
    name={"fr": "Allemagne", "en": "Germany"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=2,
    currency="EUR",
    limitation_years="limitation.de_years",
    limitation=dates._de,
    deadline_shift=("§ 193 BGB", "§ 193 BGB"),
    recoverable=recoverable._de,
    params={"dates": ("limitation.de_years", "limitation.de_residual_years")},
)
