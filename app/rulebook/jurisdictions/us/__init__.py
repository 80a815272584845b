"""The United States: title 17 of the U.S. Code and the federal rules."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction
from app.rulebook.jurisdictions.us import limitation, recoverable

JURISDICTION = Jurisdiction(
    code="US",
    name={"fr": "États-Unis", "en": "United States"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=4,
    currency="USD",
    limitation_years="limitation.us_years",
    limitation=limitation.limitation,
    deadline_shift=("FRCP 6(a)(1)(C)", "FRCP 6(a)(1)(C)"),
    recoverable=recoverable.without_basis,
    recovery_facts=recoverable.recovery_facts,
    damages_text=recoverable.damages_text,
    statutory_damages=recoverable.statutory,
    cmi_exposure=recoverable.cmi,
    params={"dates": ("limitation.us_years",), "amount": recoverable.PARAMS},
)
