"""Heads of a demand German law gives no basis for, and the cap on a first warning's
lawyer's fees for a private person (§ 97a(3) UrhG, RVG)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import ONE, ZERO, dec, q2, read
from app.rulebook.amounts.recoverable import (
    COLLECTION_KINDS,
    DAMAGES_KINDS,
    KIND_TEXT,
    part,
    value_of,
)
from app.rulebook.jurisdictions.general.rules._creative_commons import cc_attribution, cc_commercial
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
                        f"Les {KIND_TEXT[kind][0]} ne constituent pas un chef de préjudice ; les "
                        "frais de recouvrement ne sont remboursables que dans la limite des "
                        "honoraires d'avocat (§ 13e RDG), et de nombreuses juridictions les "
                        "refusent lorsque la créance est contestée.",
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
                        "(§ 13 UrhG ; BGH, I ZR 148/13) est dépourvue de fondement.",
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
                        f"{number_text(cap_percent, 'fr')} % que les juridictions allouent au "
                        "plus pour défaut de crédit.",
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
    damages = sum((a for k, a, _ in items if k in DAMAGES_KINDS), ZERO)
    value = dec(value_cap) + damages
    band = next((dec(fee) for bound, fee in sorted(table.items()) if value <= bound), None)
    if band is None:
        return None
    fee = dec(rate) * band
    cap = q2(fee + min(dec(flat), fee * dec(flat_percent) / 100))
    if fees <= cap:
        return None
    # The payment claimed in the same warning adds its own value to the capped one.
    added_fr = (
        f", à laquelle s'ajoute celle des sommes réclamées ({money_text(damages, 'EUR', 'fr')})"
        if damages
        else ""
    )
    added_en = (
        f", plus that of the sums claimed ({money_text(damages, 'EUR', 'en')})" if damages else ""
    )
    return part(
        "legal_fees",
        fees - cap,
        (
            "Client personne physique agissant hors de toute activité commerciale : les "
            "honoraires d'avocat d'un premier avertissement se calculent, pour la demande de "
            f"cessation, sur une valeur du litige plafonnée à {money_text(value_cap, 'EUR', 'fr')} "
            f"(§ 97a(3) UrhG){added_fr}, soit au plus {money_text(cap, 'EUR', 'fr')} hors TVA "
            f"({number_text(rate, 'fr')} × {money_text(band, 'EUR', 'fr')} + forfait) pour une "
            f"valeur de {money_text(value, 'EUR', 'fr')} ; l'excédent n'est pas dû.",
            "The client is a natural person not acting commercially: a first warning's lawyer's "
            "fees are computed, for the claim to refrain, on a value in dispute capped at "
            f"{money_text(value_cap, 'EUR', 'en')} (§ 97a(3) UrhG){added_en}, i.e. at most "
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


def residual_claim(c, already: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Germany, damages time-barred but the residual claim open (§ 852 BGB): only the licence
    value obtained is owed; a surcharge is damages and falls away, and so do the warning's
    lawyer's fees, the claim to refrain being time-barred too (§ 199(5) BGB)."""
    listed = {w["kind"] for w in already}
    fees = sum((dec(i["amount"]["amount"]) for i in c.breakdown if i["kind"] == "legal_fees"), ZERO)
    fees -= sum((dec(w["amount"]) for w in already if w["kind"] == "legal_fees"), ZERO)
    barred_fees = (
        [
            part(
                "legal_fees",
                fees,
                (
                    "La demande de cessation est prescrite comme les dommages-intérêts "
                    "(§ 102 UrhG, § 199(5) BGB) : l'avertissement qui la fait valoir n'est pas "
                    "justifié et ses frais d'avocat ne sont pas dus (§ 97a(3) phrase 1 UrhG, "
                    "point à vérifier).",
                    "The injunction claim is time-barred like the damages claim (§ 102 UrhG, "
                    "§ 199(5) BGB): a warning asserting it is not justified and its lawyer's "
                    "fees are not owed (§ 97a(3) sentence 1 UrhG, to be checked).",
                ),
                ["de-urhg-102", "de-bgb-199-5", "de-urhg-97a"],
            )
        ]
        if fees > ZERO
        else []
    )
    return barred_fees + [
        part(
            i["kind"],
            dec(i["amount"]["amount"]),
            (
                "Le droit à dommages-intérêts est prescrit ; seule reste la valeur de licence obtenue, "
                "au titre de l'enrichissement (§ 102 UrhG, § 852 BGB) : la majoration est sans "
                "objet.",
                "The damages claim is time-barred; only the licence value obtained remains, as "
                "enrichment (§ 102 UrhG, § 852 BGB): the surcharge falls away.",
            ),
            ["de-urhg-102", "de-bgb-852"],
        )
        for i in c.breakdown
        if i["kind"] == "surcharge" and "surcharge" not in listed
    ]


def fees_owed(f, without: list) -> Decimal:
    """The lawyer's fees of a German Abmahnung that is justified and effective are owed
    (§ 97a(3) sentence 1 UrhG), capped where sentence 2 applies (the excess is already in
    ``without``). Counted only when the letter is known to name the injured party, to
    separate damages from costs and not to demand an unexplained broader undertaking
    (§ 97a(2) nos. 1, 3 and 4)."""
    if f["letter.sent_by_lawyer"] is not True:
        return ZERO
    breakdown = f["letter.breakdown"] or []
    fees = sum((dec(i["amount"]["amount"]) for i in breakdown if i["kind"] == "legal_fees"), ZERO)
    damages = [i for i in breakdown if i["kind"] in ("licence_fee", "damages", "surcharge")]
    if not fees or not damages or f["letter.injured_party_named"] is not True:
        return ZERO
    if (
        f["letter.undertaking_demanded"]
        and f["letter.undertaking_broader_than_infringement"] is not False
    ):
        if f["letter.undertaking_excess_stated"] is not True:
            return ZERO
    excluded = sum((dec(w["amount"]) for w in without if w["kind"] == "legal_fees"), ZERO)
    return max(fees - excluded, ZERO)


def licence_value_nil(f) -> bool:
    """DE-CC-01's case: a Creative Commons image used without the credit, within the
    licence's other terms (objective licence value nil: OLG Köln, 6 W 72/16)."""
    if f["acquisition.source"] != "creative_commons":
        return False
    attribution, commercial = cc_attribution(f), cc_commercial(f)
    return attribution == "breach" and commercial in ("allowed", "arguable")


def fair_range_high(p, c) -> tuple[Decimal, tuple[str, str]] | None:
    """A missing credit may add a surcharge of up to ``fees.de.surcharge_max_percent``
    (§ 13 UrhG): the fair range's high factor, with its note."""
    if c.attribution_shown is not False:
        return None
    cap = read(p, "fees.de.surcharge_max_percent")
    if not cap:
        return None
    return ONE + dec(cap[0]) / 100, (
        f"Défaut de crédit : majoration possible jusqu'à {cap[0]} % (§ 13 UrhG), non automatique.",
        f"Missing credit: a surcharge of up to {cap[0]}% is possible (§ 13 UrhG), not automatic.",
    )
