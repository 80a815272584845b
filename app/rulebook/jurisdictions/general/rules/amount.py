"""Amount: is the demand proportionate to a realistic licence fee, and which of its parts
has a legal basis? The figures come from ``derived.amount`` (app/rulebook/amounts/).

Sources: CPI L331-1-3; Directive 2004/48, art. 13; the claimant's own licence practice;
the user principle (Absolute Lofts [2015] EWHC 2608 (IPEC)). The wrong-tier check is
GEN-AMOUNT-04. Each law's own amount rules are in its home: ``fr/rules/amount_fr.py``,
``gb/rules/amount_licence_fee_uk.py``, ``de/rules/amount_de.py``, ``us/rules/amount_us.py``.
"""

from decimal import Decimal

import app.rulebook.amounts.derivation  # noqa: F401, I001  (registers the derivations)
from app.rulebook import registry
from app.rulebook.amounts.money import read
from app.rulebook.by_law import by_law, country
from app.services.rules.display import Words, money, money_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

# The licence part of a demand "is priced at the commercial tier" when it lies within this
# band around the grid's commercial equivalent (dated parameters); far above it, the demand
# is simply disproportionate (GEN-AMOUNT-01). A heuristic, not law.
COMMERCIAL_BAND = ("fees.tier_check.band_low", "fees.tier_check.band_high")
BASIS_TEXT = {
    "agency_offer": (
        "l'offre de licence du réclamant lui-même",
        "the claimant's own licence offer",
    ),
    "market_price": ("un prix documenté pour le même usage", "a documented price for the same use"),
    "grid": ("la grille de référence, en partie estimée", "the reference grid, partly estimated"),
}


# How damages are measured, in the applicable law's words (every law while it is unknown).
DAMAGES_MEASURE = {
    "FR": (
        "la somme forfaitaire est supérieure au montant des redevances, sans caractère "
        "punitif (art. L. 331-1-3 du CPI)",
        "a lump sum higher than the royalties, with no punitive element (CPI L331-1-3)",
    ),
    "DE": ("par analogie de licence (§ 97(2) UrhG)", "the licence analogy (§ 97(2) UrhG)"),
    "GB": ("selon le « user principle » (Absolute Lofts)", "the user principle (Absolute Lofts)"),
    "US": (
        "au titre du préjudice réel et des profits (17 U.S.C. § 504(b))",
        "actual damages and profits (17 U.S.C. § 504(b))",
    ),
}
# The Enforcement Directive and OZZ, said wherever EU law (or, in England, the law retained
# from it) governs the damages: not under US law.
EU_ROYALTY = (
    " La directive 2004/48/CE (art. 13) vise une somme au moins égale aux redevances dues ; la "
    "CJUE juge qu'elle ne s'oppose pas à une loi nationale allouant le double de la "
    "redevance, sans fixer de plafond (CJUE, 25 janv. 2017, OZZ, C-367/15).",
    " Directive 2004/48 (art. 13) provides for a sum of at least the royalties due; the CJEU "
    "held that it does not preclude national law awarding twice the royalty, and set no "
    "ceiling (C-367/15, OZZ).",
)

# The royalty reasonable parties would have agreed, by the applicable law's measure.
REASONABLE_ROYALTY = {
    "FR": ("redevances, art. L. 331-1-3 du CPI", "royalties, CPI L331-1-3"),
    "DE": ("analogie de licence, § 97(2) UrhG", "licence analogy, § 97(2) UrhG"),
    "GB": ("« user principle », Absolute Lofts", "user principle, Absolute Lofts"),
    "US": ("préjudice réel, 17 U.S.C. § 504(b)", "actual damages, 17 U.S.C. § 504(b)"),
}

# Senders whose code is a kind of sender, not a name to show the reader.
GENERIC_SENDERS = frozenset({"rights_holder", "law_firm", "copyright_agent", "other"})


def _sender(f):
    """Who demands, by name: the sender's name, else the rights holder writing himself,
    else a named agency's code; never a generic code such as ``rights_holder``."""
    agency = f["letter.agency"]
    if f["letter.agency_name"]:
        return f["letter.agency_name"]
    if agency == "rights_holder" and f["letter.rights_holder"]:
        return f["letter.rights_holder"]
    if agency and agency not in GENERIC_SENDERS:
        return agency
    return Words({"fr": "Le réclamant", "en": "The claimant"})


def figures(a: dict) -> dict:
    basis = BASIS_TEXT.get(a["reference_basis"], ("", ""))
    fair = a.get("fair_range") or {}
    cur = a["currency"]
    return {
        "demanded": money(a["demanded"], cur),
        "currency": cur,
        "ratio": _number(a["ratio"]),
        "reference": money(a["reference_fee"], cur),
        "basis_fr": basis[0],
        "basis_en": basis[1],
        "counter": money(a["counter_offer"]["amount"], cur),
        "low": money(fair.get("low"), cur),
        "high": money(fair.get("high"), cur),
    }


def _number(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@registry.rule(
    id="GEN-AMOUNT-01",
    question="amount",
    title=T(
        fr="Montant disproportionné au regard de la redevance",
        en="Amount out of proportion to the licence fee",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-urhg-97",
        "uk-absolute-lofts",
        "us-17-504",
        "us-17-412",
        "eu-enforcement-dir-art13",
        "eu-cjeu-c-367-15-ozz",
    ],
    reads=[
        "derived.amount",
        "letter.agency_name",
        "letter.agency",
        "letter.rights_holder",
        "derived.law",
    ],
    params=["fees.disproportion_ratio"],
    role="mitigating",
    variants={
        "disproportionate": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="{sender} réclame {demanded}{fees_fr}, soit {ratio} fois la redevance de "
                "référence ({reference}) : montant disproportionné.",
                en="{sender} demands {demanded}{fees_en}, {ratio} times the reference fee "
                "({reference}): out of proportion.",
            ),
            explanation=T(
                fr="Les dommages-intérêts réparent le préjudice à partir de la redevance qui "
                "aurait été due : {measure}.{eu_fr} "
                "En l'espèce, la demande de {demanded}{fees_fr}{close} représente {ratio} fois la "
                "redevance de référence de {reference} (établie d'après {basis_fr}), au-delà du "
                "seuil retenu de {threshold} fois. Valeur d'une licence raisonnable : de {low} à "
                "{high}.",
                en="Damages make good the loss measured on the royalty that would have been "
                "due: {measure}.{eu_en} "
                "Here the demand of {demanded}{fees_en}{close} is {ratio} times the reference fee of "
                "{reference} (based on {basis_en}), above the threshold of {threshold} times. "
                "Value of a reasonable licence: {low} to {high}.",
            ),
        ),
        "statutory_minimum": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="La demande ({demanded}) ne dépasse pas le minimum des dommages-intérêts "
                "forfaitaires légaux ({floor}, 17 U.S.C. § 504(c)(1)) : elle n'est pas "
                "disproportionnée.",
                en="The demand ({demanded}) does not exceed the statutory damages minimum "
                "({floor}, 17 U.S.C. § 504(c)(1)): it is not out of proportion.",
            ),
            explanation=T(
                fr="L'œuvre ayant été enregistrée en temps utile (17 U.S.C. § 412), le "
                "titulaire peut choisir des dommages-intérêts forfaitaires légaux, que le "
                "tribunal fixe au moins à {floor} pour les œuvres exploitées (§ 504(c)(1)), "
                "outre les honoraires d'avocat qu'il peut allouer (§ 505). Une demande qui ne "
                "dépasse pas ce minimum n'est pas disproportionnée, même si elle représente "
                "{ratio} fois la redevance de référence ({reference}).",
                en="The work having been registered in time (17 U.S.C. § 412), the owner may "
                "elect statutory damages, which a court sets at no less than {floor} for the "
                "works used (§ 504(c)(1)), besides the attorney's fees it may award (§ 505). "
                "A demand that does not exceed that minimum is not out of proportion, even "
                "at {ratio} times the reference fee ({reference}).",
            ),
        ),
        "nothing_owed": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Un moyen décisif fait échec à la réclamation : rien n'est dû, ni au titre "
                "de l'usage ni au titre des frais, sur les {total} réclamés.",
                en="A decisive defence defeats the claim: nothing is owed, for the use or in "
                "costs, of the {total} demanded.",
            ),
            explanation=T(
                fr="Le montant n'est discuté qu'à titre subsidiaire : si le moyen décisif "
                "était écarté, la redevance de référence serait de {reference} (établie "
                "d'après {basis_fr}). Tout paiement ne serait qu'une transaction de pure opportunité.",
                en="The amount matters only in the alternative: were the decisive defence to "
                "fail, the reference fee would be {reference} (based on {basis_en}). Any "
                "payment would be a nuisance settlement.",
            ),
        ),
        "in_line": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="La demande ({demanded}{fees_fr}) ne dépasse pas {threshold} fois la "
                "redevance de référence ({reference}).",
                en="The demand ({demanded}{fees_en}) does not exceed {threshold} times the "
                "reference fee ({reference}).",
            ),
            explanation=T(
                fr="La demande représente {ratio} fois la redevance de référence de "
                "{reference} (établie d'après {basis_fr}) : elle n'est pas disproportionnée au "
                "regard du seuil retenu ({threshold} fois). La discussion porte sur les autres "
                "points.",
                en="The demand is {ratio} times the reference fee of {reference} (based on "
                "{basis_en}): it is not disproportionate by the threshold used ({threshold} "
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
    values = figures(a)
    values["total"] = money(a["demanded"], a["currency"])
    floor = a.get("statutory_floor")
    claimed = Decimal(a["demanded"]) - Decimal(a.get("legal_fees_included") or 0)
    if variant == "disproportionate" and floor is not None and claimed <= Decimal(floor):
        # Statutory damages available: a court awards at least the minimum (§ 504(c)(1)).
        return applies("statutory_minimum", floor=money(floor, a["currency"]), **values)
    values.update(_owed_fees_note(a))
    law = country(f["derived.law"])
    eu = EU_ROYALTY if law != "US" else ("", "")
    return applies(
        variant,
        sender=_sender(f),
        threshold=threshold,
        measure=by_law(DAMAGES_MEASURE, law),
        eu_fr=eu[0],
        eu_en=eu[1],
        **values,
    )


def _owed_fees_note(a: dict) -> dict:
    """The lawyer's fees owed (a justified, compliant German Abmahnung) are set aside from
    the demand compared with the fee: ``ratio`` already leaves them out."""
    fees = a.get("legal_fees_included")
    if not fees:
        return {"fees_fr": "", "fees_en": "", "close": ""}
    cur = a["currency"]
    claimed = Decimal(a["demanded"]) - Decimal(fees)
    return {
        "demanded": money(claimed, cur),
        "fees_fr": f" au titre de l'usage, outre {money_text(fees, cur, 'fr')} d'honoraires "
        "d'avocat dus",
        "fees_en": f" for the use, besides {money_text(fees, cur, 'en')} of lawyer's fees owed",
        "close": ",",
    }


@registry.rule(
    id="GEN-AMOUNT-02",
    question="amount",
    title=T(fr="Pratique de licence non justifiée", en="Licensing practice not shown"),
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
        "letter.rights_holder",
    ],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Aucune facture n'établit que le titulaire obtient {demanded} pour un tel "
                "usage : demander la justification de sa pratique de licence.",
                en="No invoice shows that the rights holder obtains {demanded} for such a use: "
                "ask for evidence of its licensing practice.",
            ),
            explanation=T(
                fr="La redevance de référence est celle que le titulaire obtient effectivement "
                "pour ce type d'usage ; il lui incombe de prouver sa pratique de licence, et de "
                "simples barèmes n'y suffisent pas (OLG Hamm, 4 U 34/15 ; OLG Köln, 6 U 10/16). "
                "Copytrack l'admet elle-même : elle demande à ses mandants les factures "
                "établissant leur pratique et indique ne pouvoir réclamer que ce montant. "
                "{sender} réclame {demanded} sans facture, pour une redevance de référence de "
                "{reference}. Demander les factures de licences comparables.",
                en="The reference fee is what the rights holder actually obtains for this kind "
                "of use; the burden of proving its licensing practice is on it, and tariffs "
                "alone do not discharge it (OLG Hamm, 4 U 34/15; OLG Köln, 6 U 10/16). "
                "Copytrack itself acknowledges this: it asks its clients for invoices proving "
                "their practice and says it can only claim that amount. {sender} demands "
                "{demanded} without invoices, against a reference fee of {reference}. Ask for "
                "invoices of comparable licences.",
            ),
        )
    },
    undetermined_text=T(
        fr="Il n'est pas établi que le réclamant ait produit des factures de licences comparables.",
        en="Whether the claimant has produced invoices of comparable licences is unknown.",
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
        fr="L'offre de licence du réclamant, indice du prix de marché",
        en="The claimant's licence offer as evidence of the market price",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-urhg-97",
        "uk-absolute-lofts",
        "us-17-504",
        "gen-copytrack-licence-practice",
    ],
    reads=[
        "derived.amount",
        "letter.licence_offer",
        "letter.agency_name",
        "letter.agency",
        "letter.rights_holder",
        "derived.law",
    ],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="{sender} propose dans sa lettre une licence rétroactive à {offer} mais "
                "réclame {demanded} ({ratio_offer} fois plus).",
                en="{sender} itself offers a retroactive licence at {offer} but demands "
                "{demanded} ({ratio_offer} times as much).",
            ),
            explanation=T(
                fr="Le prix auquel le réclamant offre lui-même de concéder une licence pour "
                "l'usage passé constitue un indice sérieux du prix de marché : c'est la "
                "redevance qu'auraient convenue des parties raisonnables ({measure}). En l'espèce, l'offre de {offer} "
                "sert de redevance de référence ; la demande de {demanded} en représente "
                "{ratio_offer} fois le montant. Ne pas proposer au-delà de cette offre.",
                en="The price at which the claimant itself offers to license the past use is "
                "strong evidence of the market price: the fee reasonable parties would have "
                "agreed ({measure}). Here the offer "
                "of {offer} serves as the reference fee; the demand of {demanded} is "
                "{ratio_offer} times that amount. Offer no more than that.",
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
        offer=money(offer, a["currency"]),
        demanded=money(demanded, a["currency"]),
        ratio_offer=round(demanded / offer, 2),
        measure=by_law(REASONABLE_ROYALTY, country(f["derived.law"])),
    )


@registry.rule(
    id="GEN-AMOUNT-04",
    question="amount",
    title=T(
        fr="Demande calculée au tarif d'un autre type d'usage",
        en="Demand priced at the wrong licence tier",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpi-l331-1-3", "de-urhg-97", "uk-absolute-lofts", "us-17-504"],
    reads=["derived.amount"],
    params=list(COMMERCIAL_BAND),
    role="mitigating",
    variants={
        "other_use_price": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La part « licence » de la demande ({licence}) correspond au prix d'un autre "
                "usage ({other}), et non à l'usage éditorial en cause.",
                en="The licence part of the demand ({licence}) matches the price of another "
                "use ({other}), not the editorial use at issue.",
            ),
            explanation=T(
                fr="La redevance se calcule sur la licence correspondant à l'usage "
                "effectivement fait. Un usage éditorial fait l'objet d'une licence au tarif "
                "éditorial, non au tarif institutionnel ou publicitaire (par exemple 125 £ pour "
                "un « commercial blog » contre 850 £ pour un usage « corporate and "
                "promotional » de la même photographie AFP, donnée anecdotique). La demande "
                "reprend ici le prix documenté d'un autre usage ({other}, {licence}) : la "
                "ramener au prix de l'usage éditorial.",
                en="The fee is that of a licence for the use actually made. An editorial use "
                "is licensed at the editorial rate, not at a corporate or advertising one (for "
                "instance GBP 125 for a 'commercial blog' against GBP 850 for 'corporate and "
                "promotional' use of the same AFP photograph, anecdotal figures). Here the "
                "demand takes the documented price of another use ({other}, {licence}): bring "
                "it back to the editorial price.",
            ),
        ),
        "commercial_level": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Pour un usage éditorial, la part « licence » de la demande ({licence}) "
                "atteint le niveau d'une licence commerciale ({commercial}).",
                en="For an editorial use, the licence part of the demand ({licence}) is at the "
                "level of a commercial licence ({commercial}).",
            ),
            explanation=T(
                fr="La redevance se calcule sur la licence correspondant à l'usage "
                "effectivement fait, ici éditorial. La part « licence » réclamée ({licence}) "
                "correspond au coût du même usage sous licence commerciale ou institutionnelle "
                "selon la grille ({commercial}) : elle est calculée au tarif d'un autre type "
                "d'usage.",
                en="The fee is that of a licence for the use actually made, here editorial. "
                "The licence part claimed ({licence}) matches what the same use would cost "
                "under a commercial or corporate licence by the grid ({commercial}): it is "
                "priced at the wrong tier.",
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
            licence=money(licence, a["currency"]),
            other=other.get("description")
            or money(other["amount"], other.get("currency") or a["currency"]),
        )
    commercial = check.get("commercial_equivalent")
    if commercial and (
        Decimal(str(p[COMMERCIAL_BAND[0]])) * Decimal(commercial)
        <= Decimal(licence)
        <= Decimal(str(p[COMMERCIAL_BAND[1]])) * Decimal(commercial)
    ):
        return applies(
            "commercial_level",
            licence=money(licence, a["currency"]),
            commercial=money(commercial, a["currency"]),
        )
    return not_applicable("the demand is not priced at the commercial level")
