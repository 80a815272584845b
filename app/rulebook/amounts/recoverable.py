"""What the applicable law lets the claimant recover: the parts of the demand without legal
basis (each with its reason and citations), the German cap on a first warning's lawyer
fees, and for US law the statutory-damages and CMI (§ 1202) exposure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import ZERO, dec, q2, read, s2
from app.rulebook.calendar import add_months
from app.services.rules.display import money_text, number_text
from app.vocabulary import NON_COMMERCIAL_PURPOSES

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
DE_PARAMS = (
    "fees.de.surcharge_max_percent",
    "fees.de.warning_value_cap",
    "fees.de.rvg_fee_table",
    "fees.de.business_fee_rate",
    "fees.de.expenses_flat_rate",
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


def _fr(c, p, items, _statutory):
    out = []
    for kind, amount, _pct in items:
        if kind in COLLECTION_KINDS + ("legal_fees",):
            out.append(
                part(
                    kind,
                    amount,
                    (
                        f"Des {KIND_TEXT[kind][0]} réclamés hors procès n'ont pas de fondement : les "
                        "dommages-intérêts réparent le préjudice (CPI L331-1-3) ; les frais de "
                        "recouvrement entrepris sans titre exécutoire restent à la charge du créancier "
                        "(CPCE L111-8) ; en justice, seuls les frais de l'art. 700 CPC peuvent être "
                        "alloués, à la discrétion du juge (à vérifier).",
                        f"A {KIND_TEXT[kind][1]} claimed out of court has no legal basis: damages make "
                        "good the prejudice (CPI L331-1-3); collection costs incurred without an "
                        "enforceable title stay with the creditor (CPCE L111-8); in court only costs "
                        "under art. 700 CPC may be awarded, at the judge's discretion (to be checked).",
                    ),
                    ["fr-cpi-l331-1-3", "fr-cpce-l111-8", "fr-cpc-700"],
                )
            )
        elif kind == "surcharge" and c.attribution_shown is True:
            out.append(
                part(
                    kind,
                    amount,
                    (
                        "Une majoration sans préjudice distinct n'a pas de fondement : les "
                        "dommages-intérêts français n'ont pas de caractère punitif (CPI L331-1-3), et "
                        "l'auteur était crédité.",
                        "A surcharge without a distinct prejudice has no basis: French damages have "
                        "no punitive element (CPI L331-1-3), and the author was credited.",
                    ),
                    ["fr-cpi-l331-1-3", "fr-senat-2007-no-punitive"],
                )
            )
    return out


def _de(c, p, items, _statutory):
    out = []
    cap_percent = _value(p, "fees.de.surcharge_max_percent")
    for kind, amount, pct in items:
        if kind in COLLECTION_KINDS:
            out.append(
                part(
                    kind,
                    amount,
                    (
                        f"Des {KIND_TEXT[kind][0]} ne sont pas un chef de préjudice ; des frais de "
                        "recouvrement ne sont remboursables qu'au niveau des honoraires d'avocat "
                        "(§ 13e RDG) et de nombreux tribunaux les refusent quand la créance est "
                        "contestée.",
                        f"A {KIND_TEXT[kind][1]} is not a head of damage; collection costs are "
                        "reimbursable at most at a lawyer's RVG level (§ 13e RDG), and many courts "
                        "refuse them where the debtor disputes the claim.",
                    ),
                    ["de-rdg-13e"],
                )
            )
        elif kind == "surcharge" and c.attribution_shown is True:
            out.append(
                part(
                    kind,
                    amount,
                    (
                        "Le photographe était crédité : la majoration pour défaut de mention du nom "
                        "(§ 13 UrhG ; BGH I ZR 148/13) n'a pas lieu d'être.",
                        "The photographer was credited: the surcharge for a missing credit (§ 13 UrhG; "
                        "BGH I ZR 148/13) has no basis.",
                    ),
                    ["de-urhg-13", "de-bgh-i-zr-148-13"],
                )
            )
        elif kind == "surcharge" and pct and cap_percent is not None and pct > cap_percent:
            excess = amount * (dec(pct) - dec(cap_percent)) / dec(pct)
            out.append(
                part(
                    kind,
                    excess,
                    (
                        f"Une majoration de {number_text(pct, 'fr')} % dépasse le maximum de "
                        f"{number_text(cap_percent, 'fr')} % que les tribunaux accordent pour "
                        "défaut de crédit.",
                        f"A {number_text(pct, 'en')}% surcharge exceeds the "
                        f"{number_text(cap_percent, 'en')}% courts grant at most for a missing "
                        "credit.",
                    ),
                    ["de-urhg-13", "de-olg-brandenburg-6-u-37-08"],
                )
            )
    excess = _de_lawyer_fee_excess(c, p, items)
    if excess is not None:
        out.append(excess)
    return out


def _de_lawyer_fee_excess(c, p, items) -> dict | None:
    """§ 97a(3) UrhG: for a natural person not acting commercially, the lawyer's fees of a
    first warning are computed on a value capped at 1,000 EUR (plus the damages claimed)."""
    fees = sum((a for k, a, _ in items if k == "legal_fees"), ZERO)
    private = (
        c.respondent_kind == "individual"
        and c.monetised is False
        and c.purpose in NON_COMMERCIAL_PURPOSES
    )
    if not fees or not private:
        return None
    values = [_value(p, n) for n in DE_PARAMS[1:]]
    if any(v is None for v in values):
        return None
    value_cap, table, rate, flat = values
    value = dec(value_cap) + sum((a for k, a, _ in items if k in DAMAGES_KINDS), ZERO)
    band = next((dec(fee) for bound, fee in sorted(table.items()) if value <= bound), None)
    if band is None:
        return None
    fee = dec(rate) * band
    cap = q2(fee + min(dec(flat), fee * Decimal("0.2")))
    if fees <= cap:
        return None
    return part(
        "legal_fees",
        fees - cap,
        (
            "Client personne physique agissant hors de toute activité commerciale : les "
            "honoraires d'avocat d'un premier avertissement se calculent sur une valeur du "
            f"litige plafonnée à {money_text(value_cap, 'EUR', 'fr')} (§ 97a(3) UrhG), soit au "
            f"plus {money_text(cap, 'EUR', 'fr')} hors TVA ({number_text(rate, 'fr')} × "
            f"{money_text(band, 'EUR', 'fr')} + forfait) pour une valeur de "
            f"{money_text(value, 'EUR', 'fr')} ; l'excédent n'est pas dû.",
            "The client is a natural person not acting commercially: a first warning's lawyer's "
            "fees are computed on a value in dispute capped at "
            f"{money_text(value_cap, 'EUR', 'en')} (§ 97a(3) UrhG), i.e. at most "
            f"{money_text(cap, 'EUR', 'en')} net of VAT ({number_text(rate, 'en')} × "
            f"{money_text(band, 'EUR', 'en')} + flat rate) for a value of "
            f"{money_text(value, 'EUR', 'en')}; the excess is not owed.",
        ),
        ["de-urhg-97a", "de-rvg-anlage-2", "de-lg-mannheim-2-s-2-19"],
    )


def _gb(c, p, items, _statutory):
    flagrant = c.watermark_removed or c.metadata_stripped
    if flagrant or c.watermark_removed is None or c.metadata_stripped is None:
        return []
    return [
        part(
            kind,
            amount,
            (
                "Des dommages-intérêts additionnels supposent une contrefaçon flagrante (CDPA "
                "s.97(2)) ; rien n'indique ici de flagrance (filigrane et métadonnées intacts) : la "
                "réparation se limite à la redevance (user principle).",
                "Additional damages need flagrancy (CDPA s.97(2)); nothing here suggests it "
                "(watermark and metadata left intact): damages are limited to the licence fee (user "
                "principle).",
            ),
            ["uk-cdpa-s97", "uk-absolute-lofts"],
        )
        for kind, amount, _ in items
        if kind == "surcharge"
    ]


def _us(c, p, items, statutory_available):
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


def _value(p, name: str) -> Any:
    found = read(p, name)
    return None if found is None else found[0]


def statutory(c: Context, p) -> dict[str, Any]:
    """US statutory damages: available only with timely registration (17 U.S.C. § 412)."""
    grace = _value(p, "damages.us.registration_grace_months")
    available, missing, why = _timely(c, grace)
    bounds = {
        k: _value(p, f"damages.us.{k}")
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
    low, high = _value(p, "damages.us.cmi_min"), _value(p, "damages.us.cmi_max")
    return {
        "exposure": removed,
        "currency": "USD",
        "min": s2(dec(low)) if low is not None else None,
        "max": s2(dec(high)) if high is not None else None,
    }
