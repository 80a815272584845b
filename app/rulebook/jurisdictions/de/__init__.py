"""Germany: the Urheberrechtsgesetz, the BGB and the RVG."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="DE",
    name={"fr": "Allemagne", "en": "Germany"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=2,
    currency="EUR",
)
