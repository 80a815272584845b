"""Amount: is the demand proportionate to a realistic licence fee? The figures come from
``derived.amount`` (app/rulebook/amounts/). Which of its parts has a legal basis, by how the
claimant priced it (licence practice, own offer, tier), is in ``amount_claimant_pricing.py``.

Sources: Article L331-1-3 CPI; Directive 2004/48, art. 13; the user principle (Absolute Lofts
[2015] EWHC 2608 (IPEC)). Each law's own amount rules are in its home:
``fr/rules/amount_fr.py``, ``gb/rules/amount_licence_fee_uk.py``, ``de/rules/amount_de.py``,
``us/rules/amount_us.py``.
"""

from decimal import Decimal

import app.rulebook.amounts.derivation  # noqa: F401, I001  (registers the derivations)
from app.rulebook import registry
from app.rulebook.amounts.money import read
from app.rulebook.by_law import by_law, country
from app.rulebook.jurisdictions.general.rules._amount import _sender, figures
from app.services.rules.display import money, money_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable

# How damages are measured, in the applicable law's words (every law while it is unknown).
DAMAGES_MEASURE = {
    "FR": (
        "la somme forfaitaire est supérieure au montant des redevances, sans caractère "
        "punitif (art. L. 331-1-3 du CPI)",
        "a lump sum higher than the royalties, with no punitive element (Article L331-1-3 CPI)",
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
    "redevance, sans fixer de plafond (CJUE, 25 janv. 2017, OZZ, aff. C-367/15).",
    " Directive 2004/48 (art. 13) provides for a sum of at least the royalties due; the CJEU "
    "held that it does not preclude national law awarding twice the royalty, and set no "
    "ceiling (CJEU, 25 Jan. 2017, OZZ, C-367/15).",
)


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
