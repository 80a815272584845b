"""France: the Code de la propriété intellectuelle and the Code civil."""

from pathlib import Path

from app.rulebook import dates
from app.rulebook.amounts import recoverable
from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="FR",
    name={"fr": "France", "en": "France"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=1,
    currency="EUR",
    limitation_years="limitation.fr_years",
    limitation=dates._fr,
    recoverable=recoverable._fr,
    params={"dates": ("limitation.fr_years",)},
)
