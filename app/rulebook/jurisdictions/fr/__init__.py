"""France: the Code de la propriété intellectuelle and the Code civil."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="FR",
    name={"fr": "France", "en": "France"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=1,
    currency="EUR",
)
