"""Heads of a demand US law gives no basis for (17 U.S.C. § 412), and the exposure to
statutory damages (§§ 412, 504(c)) and for removed copyright management information
(§ 1202)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import dec, s2
from app.rulebook.amounts.recoverable import part, value_of
from app.rulebook.calendar import add_months

PARAMS = (
    "damages.us.statutory_min",
    "damages.us.statutory_max",
    "damages.us.innocent_min",
    "damages.us.wilful_max",
    "damages.us.registration_grace_months",
    "damages.us.cmi_min",
    "damages.us.cmi_max",
)


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
    """Statutory damages with their figures unless the work is known not to qualify; and
    the separate § 1202 exposure when the client removed copyright management information,
    which the counter-offer (a licence fee) does not cover."""
    statutory = amount.get("statutory") or {}
    text = statutory_text(statutory) if statutory.get("available") is not False else ACTUAL_ONLY
    cmi = amount.get("cmi") or {}
    if cmi.get("exposure") is not True or cmi.get("min") is None or cmi.get("max") is None:
        return text
    low, high = cmi["min"], cmi["max"]
    return (
        text[0] + " Le retrait d'informations sur le régime des droits (filigrane, métadonnées) "
        f"expose en outre, sans enregistrement, à des dommages-intérêts forfaitaires légaux de "
        f"{_whole(low, ' ')} à {_whole(high, ' ')} $US par violation si le réclamant prouve "
        "la connaissance exigée (17 U.S.C. §§ 1202(b), 1203(c)(3)(B)) : cette "
        "contre-proposition ne couvre que l'atteinte au droit d'auteur.",
        text[1] + " Removing copyright management information (a watermark, metadata) also "
        f"exposes the client, with no registration needed, to statutory damages of USD "
        f"{_whole(low, ',')} to {_whole(high, ',')} per violation if the claimant proves the "
        "knowledge required (17 U.S.C. §§ 1202(b), 1203(c)(3)(B)): this counter-offer covers "
        "the copyright infringement only.",
    )


def statutory(c, p) -> dict[str, Any]:
    """US statutory damages: available only with timely registration (17 U.S.C. § 412)."""
    grace = value_of(p, "damages.us.registration_grace_months")
    available, missing, why = _timely(c, grace)
    bounds = {
        k: value_of(p, f"damages.us.{k}")
        for k in ("statutory_min", "statutory_max", "innocent_min", "wilful_max")
    }
    return {
        "available": available,
        "reason": {"fr": why[0], "en": why[1]},
        "missing": missing,
        "currency": "USD",
        **{k: s2(dec(v)) if v is not None else None for k, v in bounds.items()},
    }


def _timely(c, grace) -> tuple[bool | None, list[str], tuple[str, str]]:
    if c.registered is False:
        return (
            False,
            [],
            (
                "Œuvre non enregistrée : pas de dommages-intérêts forfaitaires ni d'honoraires pour "
                "une contrefaçon commencée avant l'enregistrement (§ 412).",
                "Work not registered: no statutory damages or fees for an infringement commenced "
                "before registration (§ 412).",
            ),
        )
    if c.registered is None:
        return (
            None,
            ["title.us_registration.registered"],
            ("On ignore si l'œuvre est enregistrée.", "Whether the work is registered is unknown."),
        )
    missing = [
        n
        for n, v in (
            ("title.us_registration.effective_date", c.registered_on),
            ("use.first_used_on", c.first_used_on),
        )
        if v is None
    ]
    if missing:
        return (
            None,
            missing,
            (
                "La date d'enregistrement ou celle du début de l'usage n'est pas connue.",
                "The registration date or the date the use began is unknown.",
            ),
        )
    if c.registered_on <= c.first_used_on:
        return (
            True,
            [],
            (
                "L'œuvre a été enregistrée avant le début de la contrefaçon.",
                "The work was registered before the infringement began.",
            ),
        )
    if c.published_on is None or grace is None:
        return (
            None,
            ["work.published_on"],
            (
                "L'œuvre a été enregistrée après le début de l'usage, et sa date de publication "
                "n'est pas connue.",
                "The work was registered after the use began, and its publication date is unknown.",
            ),
        )
    if c.registered_on <= add_months(c.published_on, int(grace)):
        return (
            True,
            [],
            (
                f"L'œuvre a été enregistrée dans les {grace} mois de sa première publication.",
                f"The work was registered within {grace} months of its first publication.",
            ),
        )
    return (
        False,
        [],
        (
            f"L'œuvre a été enregistrée après le début de la contrefaçon et plus de {grace} mois "
            "après sa première publication (17 U.S.C. § 412).",
            f"The work was registered after the infringement began and more than {grace} months "
            "after its first publication (17 U.S.C. § 412).",
        ),
    )


def cmi(c, p) -> dict[str, Any]:
    """US: removing or altering copyright management information (17 U.S.C. § 1202)."""
    removed = c.watermark_removed or c.metadata_stripped
    if not removed:
        unknown = c.watermark_removed is None or c.metadata_stripped is None
        removed = None if unknown else False
    low, high = value_of(p, "damages.us.cmi_min"), value_of(p, "damages.us.cmi_max")
    return {
        "exposure": removed,
        "currency": "USD",
        "min": s2(dec(low)) if low is not None else None,
        "max": s2(dec(high)) if high is not None else None,
    }
