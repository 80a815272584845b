"""The United States: title 17 of the U.S. Code and the federal rules."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction
from app.rulebook.jurisdictions.general.rules import _hosting
from app.rulebook.jurisdictions.us import limitation, recoverable


def liable_from(f, p):
    """As the EU and UK hosts (``_hosting.liable_from``), and only for a provider that had
    designated its DMCA agent before the first use: without one the safe harbour is lost
    for another reason than the notice (§ 512(c)(2)), and the whole use is priced."""
    registered_on, first = f["use.dmca_agent_registered_on"], f["use.first_used_on"]
    if registered_on is None or first is None or registered_on > first:
        return None
    return _hosting.liable_from(f, p)


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
    liable_from=liable_from,
    recovery_facts=recoverable.recovery_facts,
    damages_text=recoverable.damages_text,
    statutory_damages=recoverable.statutory,
    cmi_exposure=recoverable.cmi,
    params={"dates": ("limitation.us_years",), "amount": recoverable.PARAMS},
)
