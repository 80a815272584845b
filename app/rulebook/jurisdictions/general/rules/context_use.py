"""Context of use: how visibly, and for what, the image was used.

Sources: Article L331-1-3 CPI; McDermott v. Kalita Mukul Creative; Brammer v. Violent Hues;
Absolute Lofts [2015] EWHC 2608 (IPEC); a de minimis use lowers the amount.

The amount itself (reference fee, tiers, ratio) belongs to the amount rules; these rules
say what in the context of use weakens the claim or its amount.
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country, is_uncovered
from app.services.rules.display import Words, days_text, number_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

NON_PROMOTIONAL_PURPOSES = ("editorial", "nonprofit", "teaching", "personal")
BUSINESSES = ("company", "sole_trader")
# The measure of compensation in the applicable law's words (every law while it is unknown).
MEASURE = {
    "FR": ("redevances, art. L. 331-1-3 du CPI", "royalty, Article L331-1-3 CPI"),
    "DE": ("analogie de licence, § 97(2) UrhG", "licence analogy, § 97(2) UrhG"),
    "GB": ("« user principle », Absolute Lofts", "user principle, Absolute Lofts"),
    "US": ("préjudice réel, 17 U.S.C. § 504(b)", "actual damages, 17 U.S.C. § 504(b)"),
}
# How a small use is priced, in the applicable law's words (every law while it is unknown).
LOW_USE = {
    "FR": (
        "les redevances qui auraient été dues (art. L. 331-1-3 du CPI)",
        "the royalty that would have been due (Article L331-1-3 CPI)",
    ),
    "DE": (
        "l'analogie de licence (BGH, 13 sept. 2018, I ZR 187/17 : 100 € au lieu des 450 € du "
        "barème MFM pour une photographie d'amateur sur internet)",
        "the licence analogy (BGH, 13 Sept. 2018, I ZR 187/17: EUR 100 instead of the MFM's "
        "EUR 450 for an amateur photo on the web)",
    ),
    "GB": (
        "le « user principle » (Absolute Lofts [2015] EWHC 2608 (IPEC))",
        "the user principle (Absolute Lofts [2015] EWHC 2608 (IPEC))",
    ),
    "US": (
        "le préjudice réel ; 940 $US ont été alloués pour une photographie vue moins de 100 "
        "fois (McDermott v. Kalita Mukul Creative, E.D.N.Y. 2024)",
        "actual damages; USD 940 was awarded for a photo seen fewer than 100 times "
        "(McDermott v. Kalita Mukul Creative, E.D.N.Y. 2024)",
    ),
}
# A US example of an indirectly promotional use, given under US law (or an unknown law).
BRAMMER = {
    "US": (
        " (l'usage sur le site d'un festival a été jugé commercial même en l'absence de "
        "revenu direct : Brammer v. Violent Hues, 4th Cir. 2019)",
        " (a use on a festival's website was held commercial even without direct revenue: "
        "Brammer v. Violent Hues, 4th Cir. 2019)",
    ),
    "unknown": (
        " (aux États-Unis, l'usage sur le site d'un festival a été jugé commercial même en "
        "l'absence de revenu direct : Brammer v. Violent Hues, 4th Cir. 2019)",
        " (in the US a use on a festival's website was held commercial even without direct "
        "revenue: Brammer v. Violent Hues, 4th Cir. 2019)",
    ),
}


def _days(start, end):
    return (end - start).days if start is not None and end is not None else None


@registry.rule(
    id="GEN-CONTEXT-02",
    question="context",
    title=T(fr="Exploitation de faible visibilité", en="Low-visibility use"),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-bgh-i-zr-187-17",
        "uk-absolute-lofts",
        "us-mcdermott-v-kalita",
    ],
    reads=[
        "use.audience_monthly",
        "use.placement",
        "use.medium",
        "use.first_used_on",
        "use.removed_on",
        "derived.law",
    ],
    params=["context.low_audience_monthly", "context.short_use_days"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Exploitation de faible visibilité ({factors_fr}) : l'indemnité doit "
                "correspondre au prix d'une licence pour cet usage restreint.",
                en="Low-visibility use ({factors_en}): compensation should reflect a "
                "licence for this small use.",
            ),
            explanation=T(
                fr="L'indemnité se mesure à la licence que des parties raisonnables "
                "auraient convenue pour l'usage réellement fait : {measure}. En l'espèce : "
                "{factors_fr}. Faire valoir la faible exposition de l'image pour ramener le "
                "montant au prix d'une licence pour cet usage.",
                en="Compensation is measured by the licence reasonable parties would have "
                "agreed for the use actually made: {measure}. Here: {factors_en}. Rely on "
                "the low exposure to bring the amount down to a licence for this use.",
            ),
        )
    },
    undetermined_text=T(
        fr="La visibilité de l'exploitation n'est pas connue.",
        en="How visible the use was is unknown.",
    ),
)
def low_visibility(f, p):
    fr, en = [], []
    # A site's audience and a thumbnail measure a web use; a print run is priced otherwise.
    web = f["use.medium"] != "print"
    audience = f["use.audience_monthly"] if web else None
    if audience is not None and audience < p["context.low_audience_monthly"]:
        fr.append(f"audience d'environ {number_text(audience, 'fr')} lecteurs par mois")
        en.append(f"an audience of about {number_text(audience, 'en')} a month")
    placement = f["use.placement"] if web else None
    if placement == "thumbnail":
        fr.append("affichage en vignette")
        en.append("shown as a thumbnail")
    days = _days(f["use.first_used_on"], f["use.removed_on"])
    if days is not None and days <= p["context.short_use_days"]:
        fr.append(f"mise en ligne pendant {days_text(days, 'fr')} seulement")
        en.append(f"online for only {days_text(days, 'en')}")
    if fr:
        return applies(
            factors_fr=", ".join(fr),
            factors_en=", ".join(en),
            measure=by_law(LOW_USE, country(f["derived.law"])),
        )
    missing = [
        n
        for n, v in (("use.audience_monthly", audience), ("use.placement", placement))
        if v is None and web
    ]
    if missing:
        return undetermined(*missing)
    return not_applicable("the use was neither small, thumbnail-sized nor short")


@registry.rule(
    id="GEN-CONTEXT-03",
    question="context",
    title=T(
        fr="Usage éditorial ou non commercial, sans exploitation publicitaire ni revenu",
        en="Editorial or non-commercial use, not monetised",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-1-3",
        "de-urhg-97",
        "uk-absolute-lofts",
        "us-17-504",
        "us-brammer-v-violent-hues",
    ],
    reads=["use.purpose", "use.monetised", "respondent.kind", "use.site_kind", "derived.law"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Usage {purpose_fr}, sans exploitation publicitaire ni revenu : le montant "
                "doit correspondre à une licence de ce type, et non à un tarif publicitaire.",
                en="Use for {purpose_en} purposes, neither monetised nor promotional: the "
                "amount should match a licence of that kind, not an advertising rate.",
            ),
            explanation=T(
                fr="L'indemnité correspond au prix de la licence de l'usage réellement fait "
                "({measure}). Un usage {purpose_fr}, dont la page ne tire aucun revenu, fait l'objet d'une "
                "licence au tarif éditorial, bien en deçà des tarifs publicitaires ou "
                "institutionnels (« corporate ») souvent retenus par les agences. Vérifier le "
                "tarif sur lequel repose la demande.",
                en="Compensation matches the licence for the use actually made "
                "({measure}). A use for "
                "{purpose_en} purposes with no revenue from the page is licensed at the "
                "editorial rate, well below the advertising or corporate rates agencies "
                "often apply. Check which price tier the demand rests on.",
            ),
        ),
        "business": Variant(
            outcome="favours_client",
            weight=0.35,
            summary=T(
                fr="Usage {purpose_fr} sans revenu, mais sur le site d'une entreprise : "
                "l'argument tiré du tarif éditorial est plus fragile.",
                en="Use for {purpose_en} purposes, not monetised, but on a business's "
                "site: the editorial-rate argument is weaker.",
            ),
            explanation=T(
                fr="L'indemnité correspond au prix de la licence de l'usage réellement fait "
                "({measure}). L'usage est {purpose_fr} et ne procure pas de revenu direct, mais "
                "il figure sur le site d'une entreprise : il peut être regardé comme "
                "indirectement promotionnel{example}. Soutenir l'application du tarif éditorial "
                "en soulignant le contenu informatif de la page.",
                en="Compensation matches the licence for the use actually made "
                "({measure}). The use "
                "is for {purpose_en} purposes and earns no direct revenue, but it sits on a "
                "business's site: it may be seen as indirectly promotional{example}. Argue the editorial rate, "
                "stressing the informative content of the page.",
            ),
        ),
    },
    undetermined_text=T(
        fr="La finalité de l'usage n'est pas connue, ni s'il procurait un revenu.",
        en="The purpose of the use, or whether it earned revenue, is unknown.",
    ),
)
def editorial_non_commercial(f, p):
    purpose = f["use.purpose"]
    if purpose is None:
        return undetermined("use.purpose")
    if purpose not in NON_PROMOTIONAL_PURPOSES:
        return not_applicable("the use is commercial, promotional or decorative")
    monetised = f["use.monetised"]
    if monetised is None:
        return undetermined("use.monetised")
    if monetised:
        return not_applicable("the page is monetised")
    labels = {
        "editorial": ("éditorial", "editorial"),
        "nonprofit": ("associatif", "non-profit"),
        "teaching": ("pédagogique", "teaching"),
        "personal": ("personnel", "personal"),
    }[purpose]
    business = f["respondent.kind"] in BUSINESSES and f["use.site_kind"] != "nonprofit_site"
    variant = "business" if business else "default"
    law = country(f["derived.law"])
    example = BRAMMER.get(
        law, BRAMMER["unknown"] if law not in MEASURE and not is_uncovered(law) else ("", "")
    )
    return applies(
        variant,
        purpose_fr=labels[0],
        purpose_en=labels[1],
        measure=by_law(MEASURE, law),
        example=Words({"fr": example[0], "en": example[1]}),
    )
