"""Exceptions under UK law: fair dealing for reporting current events (photographs
excluded) and for criticism, review or quotation.

Sources: CDPA s.30. How the
exception rules fit together: see ``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="UK-EXC-01",
    question="exceptions",
    title=T(
        fr="Compte rendu d'événements d'actualité : les photographies sont exclues (CDPA s.30(2))",
        en="Reporting current events: photographs are excluded (CDPA s.30(2))",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s30"],
    reads=["use.exception_claimed"],
    role="info",
    decides="exception_available",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.9,
            summary=T(
                fr="L'exception de compte rendu d'actualité ne s'applique pas aux photographies.",
                en="The news-reporting exception does not cover photographs.",
            ),
            explanation=T(
                fr="Au Royaume-Uni, le fair dealing aux fins de compte rendu d'événements "
                "d'actualité (CDPA 1988, s.30(2)) exclut expressément les photographies. En "
                "l'espèce, le client invoque cette exception pour une photographie : elle ne "
                "peut être retenue, quelle que soit la valeur informative de l'image.",
                en="In the UK, fair dealing for reporting current events (CDPA 1988, s.30(2)) "
                "expressly excludes photographs. Here the client invokes news reporting "
                "for a photograph: the exception cannot succeed, whatever the news value "
                "of the image.",
            ),
        )
    },
)
def uk_news_reporting_excludes_photographs(f, p):
    if f["use.exception_claimed"] != "news_reporting":
        return not_applicable("no news-reporting exception is claimed")
    return applies(conclusion=False)


@registry.rule(
    id="UK-EXC-02",
    question="exceptions",
    title=T(
        fr="Critique, compte rendu ou citation (CDPA s.30(1) et (1ZA))",
        en="Criticism, review or quotation (CDPA s.30(1) and (1ZA))",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s30"],
    reads=[
        "use.exception_claimed",
        "use.work_discussed",
        "use.purpose",
        "use.attribution_shown",
    ],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="Le fair dealing aux fins de critique ou de citation ne peut être retenu : "
                "{why_fr}.",
                en="Fair dealing for criticism or quotation fails: {why_en}.",
            ),
            explanation=T(
                fr="La critique ou le compte rendu (CDPA s.30(1)) et la citation (s.30(1ZA)) "
                "supposent une œuvre déjà mise à la disposition du public, une utilisation "
                "équitable (fair dealing), limitée à ce qu'exige le but poursuivi, et une "
                "mention suffisante de l'auteur et de l'œuvre (sauf impossibilité, pour la "
                "citation). En l'espèce, {why_fr} : l'exception ne peut être retenue.",
                en="Criticism or review (CDPA s.30(1)) and quotation (s.30(1ZA)) require a "
                "work already made available to the public, fair dealing, an extent no "
                "greater than the purpose requires and a sufficient acknowledgement (unless "
                "impossible, for quotation). Here: {why_en}. The exception cannot "
                "succeed.",
            ),
        ),
        "holds": Variant(
            outcome="favours_client",
            weight=0.55,
            summary=T(
                fr="Le texte critique ou commente la photographie et la crédite "
                "suffisamment : le fair dealing (s.30(1) et (1ZA)) peut être invoqué.",
                en="The text criticises or discusses the image, with a sufficient "
                "acknowledgement: fair dealing (s.30(1)/(1ZA)) can be invoked.",
            ),
            explanation=T(
                fr="La critique ou le compte rendu d'une œuvre mise à la disposition du "
                "public, accompagné d'une mention suffisante, constitue un fair dealing (CDPA "
                "s.30(1)) ; il en va de même de la citation, dans la mesure requise par son "
                "objet (s.30(1ZA)). En l'espèce, le texte commente la photographie elle-même "
                "et la crédite : il convient de contester la réclamation, étant rappelé que "
                "le caractère équitable et l'étendue de l'utilisation restent soumis à "
                "l'appréciation du juge.",
                en="Criticism or review of a work made available to the public, with a "
                "sufficient acknowledgement, is fair dealing (CDPA s.30(1)); so is "
                "quotation to the extent its purpose requires (s.30(1ZA)). Here the text "
                "discusses the image itself and acknowledges it: contest, bearing in mind "
                "that fairness and extent remain for the court to assess.",
            ),
        ),
    },
)
def uk_criticism_quotation(f, p):
    if f["use.exception_claimed"] != "quotation":
        return not_applicable("no quotation or criticism exception is claimed")
    discussed, purpose = f["use.work_discussed"], f["use.purpose"]
    attributed = f["use.attribution_shown"]
    why_fr, why_en = [], []
    if discussed is False or purpose == "decorative":
        why_fr.append("la photographie, simple illustration, n'est ni critiquée ni commentée")
        why_en.append("the image is neither criticised nor discussed, it illustrates")
    if attributed is False:
        why_fr.append("l'auteur n'est pas mentionné de manière suffisante")
        why_en.append("no sufficient acknowledgement")
    if why_fr:
        return applies(
            "fails", why_fr=" ; ".join(why_fr), why_en="; ".join(why_en), conclusion=False
        )
    missing = [
        name
        for name, value in (
            ("use.work_discussed", discussed),
            ("use.attribution_shown", attributed),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("holds", conclusion=True)
