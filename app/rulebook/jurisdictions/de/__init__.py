"""Germany: the Urheberrechtsgesetz, the BGB and the RVG."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction
from app.rulebook.jurisdictions.de import limitation, recoverable
from app.rulebook.jurisdictions.general.rules import _hosting

JURISDICTION = Jurisdiction(
    code="DE",
    name={"fr": "Allemagne", "en": "Germany"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=2,
    currency="EUR",
    limitation_years="limitation.de_years",
    limitation=limitation.limitation,
    deadline_shift=("§ 193 BGB", "§ 193 BGB"),
    recoverable=recoverable.without_basis,
    liable_from=_hosting.liable_from,
    recovery_facts=recoverable.recovery_facts,
    damages_text=recoverable.DAMAGES_TEXT,
    residual_claim=recoverable.residual_claim,
    fees_owed=recoverable.fees_owed,
    licence_value_nil=recoverable.licence_value_nil,
    fair_range_high=recoverable.fair_range_high,
    params={
        "dates": (
            "limitation.de_years",
            "limitation.de_residual_years",
            "limitation.de_negotiation_months",
            "limitation.de_negotiation_warning_days",
        ),
        "amount": recoverable.PARAMS,
    },
)
