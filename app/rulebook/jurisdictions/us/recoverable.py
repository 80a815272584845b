"""Heads of a demand US law gives no basis for (17 U.S.C. § 412)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.rulebook.amounts.recoverable import part


def without_basis(c, p, items, statutory_available):
    if statutory_available is not False:
        return []
    return [
        part(
            kind,
            amount,
            (
                "Sans enregistrement en temps utile, ni dommages-intérêts forfaitaires ni honoraires "
                "d'avocat ne peuvent être alloués (17 U.S.C. § 412).",
                "Without timely registration, neither statutory damages nor attorney's fees can be "
                "awarded (17 U.S.C. § 412).",
            ),
            ["us-17-412"],
        )
        for kind, amount, _ in items
        if kind == "legal_fees"
    ]


def recovery_facts(f) -> dict[str, Any]:
    return {
        "watermark_removed": f["acquisition.watermark_removed"],
        "metadata_stripped": f["acquisition.metadata_stripped"],
        "registered": f["title.us_registration.registered"],
        "registered_on": f["title.us_registration.effective_date"],
        "published_on": f["work.published_on"],
        "first_used_on": f["use.first_used_on"],
    }


ACTUAL_ONLY = (
    "En droit américain, faute d'enregistrement en temps utile, seuls le préjudice réel (la "
    "redevance) et les profits peuvent être alloués (17 U.S.C. §§ 412, 504(b)).",
    "Under US law, without timely registration only actual damages (the licence fee) and "
    "profits are available (17 U.S.C. §§ 412, 504(b)).",
)
"""How US damages are measured, closing the counter-offer's reasons, without a timely
registration."""

US_STATUTORY = (
    "En droit américain, les dommages-intérêts forfaitaires légaux (statutory damages{figures}) "
    "supposent un enregistrement en temps utile (17 U.S.C. §§ 412, 504(c)) ; à défaut, seuls le "
    "préjudice réel et les profits peuvent être alloués.",
    "Under US law, statutory damages{figures} require timely registration (17 U.S.C. §§ 412, "
    "504(c)); otherwise only actual damages and profits are available.",
)


def _whole(amount: str, separator: str) -> str:
    return f"{int(Decimal(amount)):,}".replace(",", separator)


def statutory_text(statutory: dict[str, Any]) -> tuple[str, str]:
    """The US statutory-damages sentence, its figures read from the parameters in force
    (``damages.us.*`` as the amount derivation reported them)."""
    low, high, innocent = (
        statutory.get(k) for k in ("statutory_min", "statutory_max", "innocent_min")
    )
    if None in (low, high, innocent):
        return US_STATUTORY[0].format(figures=""), US_STATUTORY[1].format(figures="")
    fr = (
        f" : de {_whole(low, ' ')} à {_whole(high, ' ')} $US par œuvre, {_whole(innocent, ' ')} "
        "$US en cas de bonne foi prouvée"
    )
    en = (
        f" (USD {_whole(low, ',')} to {_whole(high, ',')} per work, USD {_whole(innocent, ',')} "
        "for a proven innocent infringer)"
    )
    return US_STATUTORY[0].format(figures=fr), US_STATUTORY[1].format(figures=en)


def damages_text(amount: dict[str, Any]) -> tuple[str, str]:
    """Statutory damages with their figures unless the work is known not to qualify."""
    statutory = amount.get("statutory") or {}
    if statutory.get("available") is not False:
        return statutory_text(statutory)
    return ACTUAL_ONLY
