"""Amount: which parts of the demand have a legal basis, by how the claimant priced it: its
licence practice (GEN-AMOUNT-02), its own licence offer (GEN-AMOUNT-03) and the licence tier
it charged (GEN-AMOUNT-04). The figures come from ``derived.amount``
(app/rulebook/amounts/); whether the demand is proportionate is GEN-AMOUNT-01 (``amount.py``).

Sources: Article L331-1-3 CPI; § 97(2) UrhG; the user principle (Absolute Lofts [2015] EWHC
2608 (IPEC)); 17 U.S.C. § 504(b); Directive 2004/48, art. 13; the claimant's own licence
practice (Article 9 CPC; OLG Hamm, 4 U 34/15, and OLG Köln, 6 U 10/16, German law's own
authority, and cited elsewhere for comparison only).
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.by_law import LAW_IN, aside_by_law, by_law, country, in_eu, is_uncovered
from app.rulebook.jurisdictions.general.rules._amount import _sender, figures
from app.services.rules.display import Words, money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

# The licence part of a demand "is priced at the commercial tier" when it lies within this
# band around the grid's commercial equivalent (dated parameters); far above it, the demand
# is simply disproportionate (GEN-AMOUNT-01). A heuristic, not law.
COMMERCIAL_BAND = ("fees.tier_check.band_low", "fees.tier_check.band_high")

# The royalty reasonable parties would have agreed, by the applicable law's measure.
REASONABLE_ROYALTY = {
    "FR": ("redevances, art. L. 331-1-3 du CPI", "royalties, Article L331-1-3 CPI"),
    "DE": ("analogie de licence, § 97(2) UrhG", "licence analogy, § 97(2) UrhG"),
    "GB": ("« user principle », Absolute Lofts", "user principle, Absolute Lofts"),
    "US": ("préjudice réel, 17 U.S.C. § 504(b)", "actual damages, 17 U.S.C. § 504(b)"),
}
# In a Member State the rulebook has no package for, the measure EU law harmonises.
EU_ROYALTY = (
    "redevances dues, directive 2004/48/CE, art. 13",
    "royalties due, Directive 2004/48, art. 13",
)


def royalty_measure(derived_law) -> Words:
    """`` (…)`` naming the applicable law's measure of the royalty; in a Member State without
    a package, the Enforcement Directive's; elsewhere without a package, a sentence saying
    that the applicable law is to be checked."""
    law = country(derived_law)
    if is_uncovered(law) and in_eu(derived_law):
        return Words({"fr": f" ({EU_ROYALTY[0]})", "en": f" ({EU_ROYALTY[1]})"})
    words = by_law(REASONABLE_ROYALTY, law).by_lang
    if is_uncovered(law):
        return Words({"fr": f" ; {words['fr']}", "en": f"; {words['en']}"})
    return Words({lang: f" ({text})" for lang, text in words.items()})


@registry.rule(
    id="GEN-AMOUNT-02",
    question="amount",
    title=T(fr="Pratique de licence non justifiée", en="Licensing practice not shown"),
    jurisdictions=["ALL"],
    basis=[
        "gen-copytrack-licence-practice",
        "de-olg-hamm-4-u-34-15",
        "de-olg-koeln-6-u-10-16",
        "de-urhg-97",
        "fr-cpi-l331-1-3",
        "fr-cpc-9",
        "uk-absolute-lofts",
        "us-17-504-b",
        "eu-enforcement-dir-art13",
    ],
    reads=[
        "derived.amount",
        "letter.licence_practice_shown",
        "letter.agency_name",
        "letter.agency",
        "letter.rights_holder",
        "derived.law",
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
                "ask for evidence of the rights holder's licensing practice.",
            ),
            explanation=T(
                fr="La redevance de référence est celle que le titulaire obtient effectivement "
                "pour ce type d'usage{measure} ; il incombe au réclamant de prouver sa "
                "pratique de licence{burden}. {german} "
                "{copytrack_fr} : elle demande à ses mandants les factures "
                "établissant leur pratique et indique ne pouvoir réclamer que ce montant. "
                "{sender} réclame {demanded} sans facture, pour une redevance de référence de "
                "{reference}. Demander les factures de licences comparables.",
                en="The reference fee is what the rights holder actually obtains for this kind "
                "of use{measure}; the burden of proving that licensing practice lies on "
                "the claimant{burden}. {german} "
                "{copytrack_en}: it asks its clients for invoices proving "
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
    law = country(f["derived.law"])
    return applies(
        sender=_sender(f),
        measure=royalty_measure(f["derived.law"]),
        burden=aside_by_law(BURDEN, law),
        german=_german_practice(law),
        **_copytrack(f),
        **figures(a),
    )


# Who proves the licensing practice, where the applicable law names it in a statute.
BURDEN = {"FR": ("art. 9 du CPC", "Article 9 CPC")}

# The German decisions on proving a licensing practice: German law's own authority, and
# only comparative, persuasive authority under another law (docs/legal-decisions.md).
GERMAN_PRACTICE = (
    "de simples barèmes ne suffisent pas à établir cette pratique (OLG Hamm, 17 nov. 2015, "
    "4 U 34/15 ; OLG Köln, 11 janv. 2019, 6 U 10/16)",
    "tariffs alone do not prove that practice (OLG Hamm, 17 Nov. 2015, 4 U 34/15; "
    "OLG Köln, 11 Jan. 2019, 6 U 10/16)",
)


def _german_practice(law: str | None) -> Words:
    """The German case law as the law in force in Germany, as German law while the law is
    unknown, and elsewhere as a comparison only, persuasive under the applicable law."""
    from app.rulebook.applicable_law import capitalised, law_name

    fr, en = GERMAN_PRACTICE
    if law == "DE":
        return Words({"fr": capitalised(fr) + ".", "en": capitalised(en) + "."})
    if law not in LAW_IN and not is_uncovered(law):
        return Words({"fr": f"En droit allemand, {fr}.", "en": f"Under German law, {en}."})
    fr_law = law_name(law, "fr")
    fr_law = "du " + fr_law[3:] if fr_law.startswith("le ") else "de " + fr_law
    return Words(
        {
            "fr": "À titre de comparaison, les juridictions allemandes jugent que "
            f"{fr} ; ces décisions étrangères n'ont qu'une valeur persuasive au regard "
            f"{fr_law}.",
            "en": f"For comparison only, German courts hold that {en}; these foreign "
            f"decisions are persuasive only under {law_name(law, 'en')}.",
        }
    )


def _copytrack(f) -> dict[str, str]:
    """Copytrack's own statement of the rule, presented as the sender's admission only when
    Copytrack sends the letter; otherwise as the practice of a collection company."""
    if f["letter.agency"] == "copytrack":
        return {
            "copytrack_fr": "Copytrack l'admet elle-même",
            "copytrack_en": "Copytrack itself acknowledges this",
        }
    return {
        "copytrack_fr": "Une société de recouvrement comme Copytrack l'admet elle-même",
        "copytrack_en": "A collection company such as Copytrack acknowledges this itself",
    }


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
        "us-17-504-b",
        "eu-enforcement-dir-art13",
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
                en="{sender} offers in the letter a retroactive licence at {offer} but demands "
                "{demanded} ({ratio_offer} times as much).",
            ),
            explanation=T(
                fr="Le prix auquel le réclamant offre lui-même de concéder une licence pour "
                "l'usage passé constitue un indice sérieux du prix de marché : c'est la "
                "redevance qu'auraient convenue des parties raisonnables{measure}. En l'espèce, l'offre de {offer} "
                "sert de redevance de référence ; la demande de {demanded} en représente "
                "{ratio_offer} fois le montant. Ne pas proposer au-delà de cette offre.",
                en="The price at which the claimant offers to license the past use is "
                "strong evidence of the market price: the fee reasonable parties would have "
                "agreed{measure}. Here the offer "
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
        measure=royalty_measure(f["derived.law"]),
    )


@registry.rule(
    id="GEN-AMOUNT-04",
    question="amount",
    title=T(
        fr="Demande calculée au tarif d'un autre type d'usage",
        en="Demand priced at the wrong licence tier",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpi-l331-1-3", "de-urhg-97", "uk-absolute-lofts", "us-17-504-b"],
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
