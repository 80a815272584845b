"""Heads of a demand German law gives no basis for, and the cap on a first warning's
lawyer's fees for a private person (§ 97a(3) UrhG, RVG)."""

from __future__ import annotations

from typing import Any

from app.rulebook.amounts.money import ZERO, dec, q2
from app.rulebook.amounts.recoverable import (
    COLLECTION_KINDS,
    DAMAGES_KINDS,
    KIND_TEXT,
    part,
    value_of,
)
from app.services.rules.display import money_text, number_text
from app.vocabulary import NON_COMMERCIAL_PURPOSES

PARAMS = (
    "fees.de.surcharge_max_percent",
    "fees.de.warning_value_cap",
    "fees.de.rvg_fee_table",
    "fees.de.business_fee_rate",
    "fees.de.expenses_flat_rate",
    "fees.de.expenses_flat_percent",
)


def without_basis(c, p, items, _statutory):
    out = []
    cap_percent = value_of(p, "fees.de.surcharge_max_percent")
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
    values = [value_of(p, n) for n in PARAMS[1:]]
    if any(v is None for v in values):
        return None
    value_cap, table, rate, flat, flat_percent = values
    value = dec(value_cap) + sum((a for k, a, _ in items if k in DAMAGES_KINDS), ZERO)
    band = next((dec(fee) for bound, fee in sorted(table.items()) if value <= bound), None)
    if band is None:
        return None
    fee = dec(rate) * band
    cap = q2(fee + min(dec(flat), fee * dec(flat_percent) / 100))
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


def recovery_facts(f) -> dict[str, Any]:
    return {
        "attribution_shown": f["use.attribution_shown"],
        "respondent_kind": f["respondent.kind"],
        "purpose": f["use.purpose"],
        "monetised": f["use.monetised"],
    }


DAMAGES_TEXT = (
    "En droit allemand, le dommage se calcule par analogie de licence (§ 97(2) UrhG) ; "
    "le barème MFM n'est qu'un point de départ exceptionnel, et la majoration pour défaut "
    "de crédit n'est pas automatique.",
    "Under German law, damages follow the licence analogy (§ 97(2) UrhG); the MFM tariff "
    "is only an exceptional starting point, and a surcharge for a missing credit is not "
    "automatic.",
)
"""How this law measures damages, closing the counter-offer's reasons."""
