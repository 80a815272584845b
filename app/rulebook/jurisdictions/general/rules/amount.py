"""Amount: is the demand proportionate to a realistic licence fee, and which of its parts
has a legal basis? The figures come from ``derived.amount`` (app/rulebook/amounts/).

Sources: legal-notes §2.8 and §4.1 (L331-1-3, Enforcement Directive art. 13, OZZ), §3.3
(licence practice), §6 (user principle, Absolute Lofts), §7 (reference prices), §9
(defence arguments 7 and 8); candidates GEN-AMOUNT-01 to -03 and the wrong-tier check of
GEN-CONTEXT-03 (§11 E, D), here GEN-AMOUNT-04 because GEN-CONTEXT-03 is taken by a context
rule. The French and English amount rules are in ``amount_fr_gb.py``, the German in
``amount_de.py``, the American in ``amount_us.py``.
"""

from decimal import Decimal

import app.rulebook.amounts.derivation  # noqa: F401, I001  (registers the derivations)
from app.rulebook import registry
from app.rulebook.amounts.money import read
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

# The licence part of a demand "is priced at the commercial tier" when it lies within this
# band around the grid's commercial equivalent; far above it, the demand is simply
# disproportionate (GEN-AMOUNT-01). A heuristic, not law.
COMMERCIAL_BAND = (Decimal("0.9"), Decimal("1.5"))
BASIS_TEXT = {
    "agency_offer": (
        "l'offre de licence du réclamant lui-même",
        "the claimant's own licence offer",
    ),
    "market_price": ("un prix documenté pour le même usage", "a documented price for the same use"),
    "grid": ("la grille de référence, en partie estimée", "the reference grid, partly estimated"),
}


def _sender(f) -> str:
    return f["letter.agency_name"] or f["letter.agency"] or "le réclamant / the claimant"


def figures(a: dict) -> dict:
    basis = BASIS_TEXT.get(a["reference_basis"], ("", ""))
    fair = a.get("fair_range") or {}
    return {
        "demanded": a["demanded"],
        "currency": a["currency"],
        "ratio": a["ratio"],
        "reference": a["reference_fee"],
        "basis_fr": basis[0],
        "basis_en": basis[1],
        "counter": a["counter_offer"]["amount"],
        "low": fair.get("low"),
        "high": fair.get("high"),
    }


@registry.rule(
    id="GEN-AMOUNT-01",
    question="amount",
    title=T(fr="Montant disproportionné à la redevance", en="Amount out of proportion to the fee"),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-urhg-97",
        "uk-absolute-lofts",
        "us-17-504",
        "eu-enforcement-dir-art13",
        "eu-cjeu-c-367-15-ozz",
    ],
    reads=["derived.amount", "letter.agency_name", "letter.agency"],
    params=["fees.disproportion_ratio"],
    role="mitigating",
    variants={
        "disproportionate": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="{sender} réclame {demanded} {currency}, soit {ratio} fois la redevance de "
                "référence de {reference} {currency} : contre-proposer {counter} {currency}.",
                en="{sender} demands {demanded} {currency}, {ratio} times the reference fee of "
                "{reference} {currency}: counter-offer {counter} {currency}.",
            ),
            explanation=T(
                fr="Les dommages-intérêts réparent le préjudice sur la base de la redevance qui "
                "aurait été due : en France, la somme forfaitaire doit dépasser les redevances, "
                "sans caractère punitif (CPI L331-1-3) ; en Allemagne, analogie de licence "
                "(§ 97(2) UrhG) ; au Royaume-Uni, « user principle » (Absolute Lofts) ; aux "
                "États-Unis, préjudice réel et profits (17 U.S.C. § 504(b)). La directive "
                "2004/48 (art. 13) vise une somme d'au moins les redevances dues, et la CJUE "
                "admet qu'une loi nationale aille jusqu'au double (C-367/15, OZZ). Ici la "
                "demande de {demanded} {currency} vaut {ratio} fois la redevance de référence "
                "de {reference} {currency} (fondée sur {basis_fr}), au-delà du seuil de "
                "{threshold} fois. Fourchette raisonnable : {low} à {high} {currency} ; "
                "contre-proposition : {counter} {currency}.",
                en="Damages make good the prejudice measured on the royalty that would have "
                "been due: in France a lump sum must exceed the royalties, with no punitive "
                "element (CPI L331-1-3); in Germany, the licence analogy (§ 97(2) UrhG); in the "
                "UK, the user principle (Absolute Lofts); in the US, actual damages and profits "
                "(17 U.S.C. § 504(b)). Directive 2004/48 (art. 13) aims at a sum of at least the "
                "royalties due, and the CJEU accepts national law going up to twice that "
                "(C-367/15, OZZ). Here the demand of {demanded} {currency} is {ratio} times the "
                "reference fee of {reference} {currency} (based on {basis_en}), above the "
                "threshold of {threshold} times. Fair range: {low} to {high} {currency}; "
                "counter-offer: {counter} {currency}.",
            ),
        ),
        "in_line": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="La demande ({demanded} {currency}) reste dans les {threshold} fois la "
                "redevance de référence ({reference} {currency}).",
                en="The demand ({demanded} {currency}) is within {threshold} times the "
                "reference fee ({reference} {currency}).",
            ),
            explanation=T(
                fr="La demande vaut {ratio} fois la redevance de référence de {reference} "
                "{currency} (fondée sur {basis_fr}) : elle n'est pas disproportionnée au sens "
                "du seuil retenu ({threshold} fois). La discussion porte sur les autres points.",
                en="The demand is {ratio} times the reference fee of {reference} {currency} "
                "(based on {basis_en}): not disproportionate by the threshold used ({threshold} "
                "times). The discussion turns on the other points.",
            ),
        ),
    },
)
def disproportionate(f, p):
    a = f["derived.amount"]
    if not a or a["demanded"] is None:
        return not_applicable("no amount demanded")
    if a["reference_fee"] is None or a["ratio"] is None:
        return not_applicable("no reference fee could be computed")
    found = read(p, "fees.disproportion_ratio")
    if found is None:
        return not_applicable("no disproportion threshold in force")
    threshold = Decimal(str(found[0]))
    variant = "disproportionate" if Decimal(a["ratio"]) > threshold else "in_line"
    return applies(variant, sender=_sender(f), threshold=str(threshold), **figures(a))


@registry.rule(
    id="GEN-AMOUNT-02",
    question="amount",
    title=T(fr="Pratique de licence non prouvée", en="Licensing practice not shown"),
    jurisdictions=["ALL"],
    basis=[
        "gen-copytrack-licence-practice",
        "de-olg-hamm-4-u-34-15",
        "de-olg-koeln-6-u-10-16",
        "fr-cpi-l331-1-3",
        "uk-absolute-lofts",
        "us-17-504",
    ],
    reads=[
        "derived.amount",
        "letter.licence_practice_shown",
        "letter.agency_name",
        "letter.agency",
    ],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Aucune facture ne montre que le titulaire obtient {demanded} {currency} pour "
                "un tel usage : demander la preuve de sa pratique de licence.",
                en="No invoice shows the rights holder obtains {demanded} {currency} for such a "
                "use: ask for proof of its licensing practice.",
            ),
            explanation=T(
                fr="La redevance de référence est celle que le titulaire obtient réellement "
                "pour ce type d'usage ; il lui appartient de prouver sa pratique de licence, et "
                "de simples barèmes ne suffisent pas (OLG Hamm, 4 U 34/15 ; OLG Köln, 6 U 10/16). "
                "Copytrack le reconnaît : elle demande à ses clients les factures prouvant leur "
                "pratique et indique ne pouvoir réclamer que ce montant. {sender} réclame "
                "{demanded} {currency} sans factures, pour une redevance de référence de "
                "{reference} {currency}. Demander les factures de licences comparables.",
                en="The reference fee is what the rights holder actually obtains for this kind "
                "of use; it must prove its licensing practice, and tariffs alone do not do "
                "(OLG Hamm, 4 U 34/15; OLG Köln, 6 U 10/16). Copytrack itself says so: it asks "
                "its clients for invoices proving their practice and says it can only demand "
                "that amount. {sender} demands {demanded} {currency} without invoices, against a "
                "reference fee of {reference} {currency}. Ask for invoices of comparable "
                "licences.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ignore si le réclamant a produit des factures de licences comparables "
        "(letter.licence_practice_shown).",
        en="Whether the claimant produced invoices of comparable licences is unknown "
        "(letter.licence_practice_shown).",
    ),
)
def licence_practice_not_shown(f, p):
    a = f["derived.amount"]
    if not a or a["demanded"] is None:
        return not_applicable("no amount demanded")
    if a["reference_fee"] is not None and Decimal(a["demanded"]) <= Decimal(a["reference_fee"]):
        return not_applicable("the demand does not exceed the reference fee")
    shown = f["letter.licence_practice_shown"]
    if shown is None:
        return undetermined("letter.licence_practice_shown")
    if shown:
        return not_applicable("invoices of the licensing practice were produced")
    return applies(sender=_sender(f), **figures(a))


@registry.rule(
    id="GEN-AMOUNT-03",
    question="amount",
    title=T(
        fr="L'offre de licence de l'agence vaut prix de marché",
        en="The agency's licence offer sets the market value",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-urhg-97",
        "uk-absolute-lofts",
        "us-17-504",
        "gen-copytrack-licence-practice",
    ],
    reads=["derived.amount", "letter.licence_offer", "letter.agency_name", "letter.agency"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="{sender} propose elle-même une licence rétroactive à {offer} {currency} "
                "mais réclame {demanded} {currency} ({ratio_offer} fois plus).",
                en="{sender} itself offers a retroactive licence at {offer} {currency} but "
                "demands {demanded} {currency} ({ratio_offer} times more).",
            ),
            explanation=T(
                fr="Le prix auquel le réclamant offre lui-même de licencier l'usage passé est "
                "l'aveu de sa valeur de marché : c'est la redevance qu'auraient convenue des "
                "parties raisonnables (redevance, CPI L331-1-3 ; analogie de licence, § 97(2) "
                "UrhG ; « user principle », Absolute Lofts ; préjudice réel, 17 U.S.C. "
                "§ 504(b)). Ici l'offre de {offer} {currency} sert de redevance de référence ; "
                "la demande de {demanded} {currency} la dépasse de {ratio_offer} fois. Plafonner "
                "la contre-proposition autour de cette offre.",
                en="The price at which the claimant itself offers to license the past use "
                "admits its market value: the fee reasonable parties would have agreed "
                "(royalty, CPI L331-1-3; licence analogy, § 97(2) UrhG; user principle, "
                "Absolute Lofts; actual damages, 17 U.S.C. § 504(b)). Here the offer of {offer} "
                "{currency} is the reference fee; the demand of {demanded} {currency} is "
                "{ratio_offer} times it. Cap the counter-offer around that offer.",
            ),
        )
    },
)
def agency_offer_admission(f, p):
    a = f["derived.amount"]
    if not a or a["demanded"] is None or f["letter.licence_offer"] is None:
        return not_applicable("no licence offer, or no amount demanded")
    offers = [s for s in a["sources"] if s["kind"] == "agency_offer" and s["converted"]]
    if not offers:
        return not_applicable("the licence offer could not be compared with the demand")
    offer = min(Decimal(s["converted"]) for s in offers)
    demanded = Decimal(a["demanded"])
    if offer <= 0 or demanded <= offer:
        return not_applicable("the demand does not exceed the agency's own offer")
    return applies(
        sender=_sender(f),
        offer=str(offer),
        demanded=a["demanded"],
        currency=a["currency"],
        ratio_offer=str(round(demanded / offer, 2)),
    )


@registry.rule(
    id="GEN-AMOUNT-04",
    question="amount",
    title=T(
        fr="Demande calculée sur le mauvais type de licence",
        en="Demand priced at the wrong licence tier",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpi-l331-1-3", "de-urhg-97", "uk-absolute-lofts", "us-17-504"],
    reads=["derived.amount"],
    role="mitigating",
    variants={
        "other_use_price": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La part « licence » de la demande ({licence} {currency}) correspond au prix "
                "d'un autre usage ({other}), pas à l'usage éditorial en cause.",
                en="The licence part of the demand ({licence} {currency}) matches the price of "
                "another use ({other}), not the editorial use at stake.",
            ),
            explanation=T(
                fr="La redevance se calcule sur la licence de l'usage réellement fait. Un usage "
                "éditorial se licencie au tarif éditorial, non au tarif institutionnel ou "
                "publicitaire (par exemple GBP 125 « commercial blog » contre GBP 850 "
                "« corporate and promotional » pour la même photo AFP, donnée anecdotique). La "
                "demande reprend ici le prix documenté d'un autre usage ({other}, {licence} "
                "{currency}) : la ramener au prix de l'usage éditorial.",
                en="The fee is that of a licence for the use actually made. An editorial use "
                "is licensed at the editorial rate, not a corporate or advertising one (e.g. "
                "GBP 125 'commercial blog' against GBP 850 'corporate and promotional' for the "
                "same AFP photo, anecdotal). Here the demand takes the documented price of "
                "another use ({other}, {licence} {currency}): bring it back to the editorial "
                "price.",
            ),
        ),
        "commercial_level": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Pour un usage éditorial, la part « licence » de la demande ({licence} "
                "{currency}) est au niveau d'une licence commerciale ({commercial} "
                "{currency}).",
                en="For an editorial use, the licence part of the demand ({licence} "
                "{currency}) is at the level of a commercial licence ({commercial} "
                "{currency}).",
            ),
            explanation=T(
                fr="La redevance se calcule sur la licence de l'usage réellement fait, ici "
                "éditorial. La part « licence » réclamée ({licence} {currency}) correspond à ce "
                "que coûterait le même usage en licence commerciale ou institutionnelle selon la "
                "grille ({commercial} {currency}) : elle est calculée sur le mauvais type de "
                "licence.",
                en="The fee is that of a licence for the use actually made, here editorial. "
                "The licence part claimed ({licence} {currency}) matches what the same use would "
                "cost under a commercial or corporate licence by the grid ({commercial} "
                "{currency}): it is priced at the wrong tier.",
            ),
        ),
    },
)
def wrong_tier(f, p):
    a = f["derived.amount"]
    check = (a or {}).get("tier_check") or {}
    licence = check.get("demanded_licence_part")
    if not check.get("editorial") or licence is None:
        return not_applicable("not an editorial use, or no amount demanded")
    other = check.get("other_use_price")
    if other:
        return applies(
            "other_use_price",
            licence=licence,
            currency=a["currency"],
            other=other.get("description") or other["amount"],
        )
    commercial = check.get("commercial_equivalent")
    if commercial and (
        COMMERCIAL_BAND[0] * Decimal(commercial)
        <= Decimal(licence)
        <= COMMERCIAL_BAND[1] * Decimal(commercial)
    ):
        return applies(
            "commercial_level", licence=licence, currency=a["currency"], commercial=commercial
        )
    return not_applicable("the demand is not priced at the commercial level")
