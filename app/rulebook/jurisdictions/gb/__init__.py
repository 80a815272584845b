"""The United Kingdom, as the law of England and Wales: the CDPA 1988 and the Limitation
Act 1980."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction
from app.rulebook.jurisdictions.gb import limitation, recoverable
from app.rulebook.jurisdictions.general.rules import _hosting

JURISDICTION = Jurisdiction(
    code="GB",
    name={
        "fr": "Royaume-Uni (Angleterre et pays de Galles)",
        "en": "United Kingdom (England and Wales)",
    },
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=3,
    currency="GBP",
    limitation_years="limitation.gb_years",
    limitation=limitation.limitation,
    recoverable=recoverable.without_basis,
    liable_from=_hosting.liable_from,
    recovery_facts=recoverable.recovery_facts,
    damages_text=recoverable.DAMAGES_TEXT,
    fair_range_high=recoverable.fair_range_high,
    params={"dates": ("limitation.gb_years",), "amount": recoverable.PARAMS},
)
