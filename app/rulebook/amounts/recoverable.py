"""What the applicable law lets the claimant recover: the parts of the demand without legal
basis (each with its reason and citations) come from the law's ``Jurisdiction.recoverable``
(``jurisdictions/<code>/recoverable.py``); this module holds what they share, the German
residual claim, and for US law the statutory-damages and CMI (§ 1202) exposure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import dec, read, s2
from app.rulebook.calendar import add_months

DAMAGES_KINDS = ("licence_fee", "damages", "surcharge")
COLLECTION_KINDS = ("processing_fee", "documentation_fee")
US_PARAMS = (
    "damages.us.statutory_min",
    "damages.us.statutory_max",
    "damages.us.innocent_min",
    "damages.us.wilful_max",
    "damages.us.registration_grace_months",
    "damages.us.cmi_min",
    "damages.us.cmi_max",
)
KIND_TEXT = {
    "processing_fee": ("frais de traitement", "processing fee"),
    "documentation_fee": ("frais de documentation", "documentation fee"),
    "legal_fees": ("frais d'avocat", "legal fees"),
    "surcharge": ("majoration", "surcharge"),
}


@dataclass(frozen=True, slots=True)
class Context:
    """The facts the recoverable computation reads (None: unknown)."""

    law: str
    breakdown: list[dict[str, Any]]
    respondent_kind: str | None = None
    purpose: str | None = None
    monetised: bool | None = None
    attribution_shown: bool | None = None
    watermark_removed: bool | None = None
    metadata_stripped: bool | None = None
    registered: bool | None = None
    registered_on: date | None = None
    published_on: date | None = None
    first_used_on: date | None = None
    claimant_is_author: bool | None = None


def part(kind: str, amount: Decimal, reason: tuple[str, str], citations: list[str]) -> dict:
    return {
        "kind": kind,
        "amount": s2(amount),
        "reason": {"fr": reason[0], "en": reason[1]},
        "citations": citations,
    }


def without_basis(c: Context, p, statutory_available: bool | None, rule) -> list[dict[str, Any]]:
    """The parts of the demand without basis under ``rule``, the applicable law's
    ``Jurisdiction.recoverable`` (None: not modelled, nothing is flagged)."""
    items = [(i["kind"], dec(i["amount"]["amount"]), i.get("percent")) for i in c.breakdown]
    if rule is None:
        return []
    return rule(c, p, items, statutory_available)


def residual_only(c: Context, already: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Germany, damages time-barred but the residual claim open (§ 852 BGB): only the licence
    value obtained is owed; a surcharge is damages and falls away."""
    listed = {w["kind"] for w in already}
    return [
        part(
            i["kind"],
            dec(i["amount"]["amount"]),
            (
                "Le droit à dommages-intérêts est prescrit ; seule reste la valeur de licence obtenue, "
                "au titre de l'enrichissement (§ 102 UrhG, § 852 BGB) : la majoration tombe.",
                "The damages claim is time-barred; only the licence value obtained remains, as "
                "enrichment (§ 102 UrhG, § 852 BGB): the surcharge falls away.",
            ),
            ["de-urhg-102", "de-bgb-852"],
        )
        for i in c.breakdown
        if i["kind"] == "surcharge" and "surcharge" not in listed
    ]


def value_of(p, name: str) -> Any:
    found = read(p, name)
    return None if found is None else found[0]


def statutory(c: Context, p) -> dict[str, Any]:
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


def _timely(c: Context, grace) -> tuple[bool | None, list[str], tuple[str, str]]:
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
            ("Enregistrement inconnu.", "Registration unknown."),
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
            ("Dates d'enregistrement ou d'usage inconnues.", "Registration or use dates unknown."),
        )
    if c.registered_on <= c.first_used_on:
        return (
            True,
            [],
            (
                "Enregistrée avant le début de la contrefaçon.",
                "Registered before the infringement began.",
            ),
        )
    if c.published_on is None or grace is None:
        return (
            None,
            ["work.published_on"],
            (
                "Enregistrée après le début de l'usage ; date de publication inconnue.",
                "Registered after the use began; publication date unknown.",
            ),
        )
    if c.registered_on <= add_months(c.published_on, int(grace)):
        return (
            True,
            [],
            (
                f"Enregistrée dans les {grace} mois de la première publication.",
                f"Registered within {grace} months of first publication.",
            ),
        )
    return (
        False,
        [],
        (
            f"Enregistrée après le début de la contrefaçon et plus de {grace} mois après la "
            "première publication (§ 412).",
            f"Registered after the infringement began and more than {grace} months after first "
            "publication (§ 412).",
        ),
    )


def cmi(c: Context, p) -> dict[str, Any]:
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
