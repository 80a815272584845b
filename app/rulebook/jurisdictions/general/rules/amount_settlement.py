"""When the demand is no more than the fair price: settle, once the claim is made out.

Source: legal review of rulebook 1.1 (December 2026), defect 13 and case 6: with everything
proven and a demand at or below the reference fee or the claimant's own licence offer, the
careful answer is to pay against a proper release (the user principle: Absolute Lofts v
Artisan [2015] EWHC 2608 (IPEC)). The strategy settles on this finding only when no
decisive or burden question is unknown (strategy.yaml).
"""

from decimal import Decimal

from app.rulebook import registry
from app.services.rules.display import money_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="GEN-AMOUNT-05",
    question="amount",
    title=T(
        fr="Demande au plus égale au prix de référence",
        en="Demand no higher than the reference price",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpi-l331-1-3", "de-urhg-97", "uk-absolute-lofts", "us-17-504", "us-17-412"],
    reads=["derived.amount"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="La demande ({demanded_fr}{fees_fr}) ne dépasse pas {what_fr} "
                "({reference_fr}) : si le titre et l'usage sont établis, payer "
                "contre un protocole transactionnel signé par le titulaire.",
                en="The demand ({demanded_en}{fees_en}) does not exceed {what_en} "
                "({reference_en}): if title and use are made out, pay against a "
                "settlement signed by the rights holder.",
            ),
            explanation=T(
                fr="L'indemnité se mesure à la redevance qu'auraient convenue des parties "
                "raisonnables. Une demande qui n'excède pas {what_fr} ne laisse guère de "
                "marge de négociation : une fois le titre et l'usage établis, la payer contre "
                "un protocole transactionnel signé par le titulaire des droits, valant "
                "renonciation pour l'usage passé, coûte moins qu'une discussion.",
                en="Compensation is measured by the fee reasonable parties would have "
                "agreed. A demand that does not exceed {what_en} leaves little room to "
                "negotiate: once title and use are made out, paying it against a settlement "
                "signed by the rights holder, releasing the past use, costs less than a "
                "dispute.",
            ),
        ),
        "nothing_owed": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Un moyen décisif fait échec à la réclamation : rien n'est dû, bien que la "
                "demande ({demanded_fr}) ne dépasse pas {what_fr} ({reference_fr}).",
                en="A decisive defence defeats the claim: nothing is owed, although the "
                "demand ({demanded_en}) does not exceed {what_en} ({reference_en}).",
            ),
            explanation=T(
                fr="Quel que soit le montant réclamé, aucune somme n'est due : tout paiement "
                "ne serait qu'une transaction de pure opportunité.",
                en="Whatever the amount demanded, nothing is owed: any payment would be a "
                "nuisance settlement.",
            ),
        ),
    },
)
def demand_within_reference(f, p):
    a = f["derived.amount"]
    if not isinstance(a, dict) or a.get("demanded") is None:
        return not_applicable("no amount demanded")
    # The lawyer's fees owed (a compliant German Abmahnung) come on top of the price.
    fees = a.get("legal_fees_included")
    demanded = Decimal(a["demanded"]) - Decimal(fees or 0)
    offers = [
        Decimal(s["converted"])
        for s in a.get("sources") or []
        if s.get("kind") == "agency_offer" and s.get("converted")
    ]
    if offers and demanded <= min(offers):
        what = ("l'offre de licence du réclamant lui-même", "the claimant's own licence offer")
        reference = min(offers)
    elif a.get("reference_fee") is not None and demanded <= Decimal(a["reference_fee"]):
        what = ("la redevance de référence", "the reference fee")
        reference = Decimal(a["reference_fee"])
    elif a.get("statutory_floor") is not None and demanded <= Decimal(a["statutory_floor"]):
        # US law, statutory damages available (§ 412): a court awards at least the minimum.
        what = (
            "le minimum des dommages-intérêts forfaitaires légaux prévu par le 17 U.S.C. "
            "§ 504(c)(1)",
            "the statutory damages minimum under 17 U.S.C. § 504(c)(1)",
        )
        reference = Decimal(a["statutory_floor"])
    else:
        return not_applicable("the demand exceeds the reference price")
    cur = a["currency"]
    return applies(
        demanded_fr=money_text(demanded, cur, "fr"),
        demanded_en=money_text(demanded, cur, "en"),
        fees_fr=f", outre {money_text(fees, cur, 'fr')} d'honoraires d'avocat dus" if fees else "",
        fees_en=f", besides {money_text(fees, cur, 'en')} of lawyer's fees owed" if fees else "",
        reference_fr=money_text(reference, cur, "fr"),
        reference_en=money_text(reference, cur, "en"),
        what_fr=what[0],
        what_en=what[1],
    )
