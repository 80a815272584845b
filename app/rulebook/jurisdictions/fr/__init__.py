"""France: the Code de la propriété intellectuelle and the Code civil."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction
from app.rulebook.jurisdictions.fr import limitation, recoverable
from app.rulebook.jurisdictions.general.rules import _hosting

JURISDICTION = Jurisdiction(
    code="FR",
    name={"fr": "France", "en": "France"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=1,
    currency="EUR",
    limitation_years="limitation.fr_years",
    limitation=limitation.limitation,
    recoverable=recoverable.without_basis,
    liable_from=_hosting.liable_from,
    recovery_facts=recoverable.recovery_facts,
    damages_text=recoverable.DAMAGES_TEXT,
    params={"dates": ("limitation.fr_years",)},
)
