"""Exceptions under German law: the quotation right (§ 51 UrhG).

Sources: §§ 51, 63 UrhG; BGH I ZR 212/10.
How the exception rules fit together: see ``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="DE-EXC-01",
    question="exceptions",
    title=T(fr="Droit de citation (§ 51 UrhG)", en="Quotation right (§ 51 UrhG)"),
    jurisdictions=["DE"],
    basis=["de-urhg-51", "de-urhg-63", "de-bgh-i-zr-212-10"],
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
            weight=0.8,
            summary=T(
                fr="Pas de lien étroit entre l'image et le propos du client ({why_fr}) : le "
                "droit de citation du § 51 UrhG ne peut être invoqué.",
                en="No inner connection between the image and the client's own text "
                "({why_en}): the § 51 UrhG quotation right fails.",
            ),
            explanation=T(
                fr="Le § 51 UrhG n'autorise la citation que dans un but de citation : l'œuvre "
                "citée doit servir de support ou de point de départ à la réflexion propre "
                "de l'utilisateur (lien étroit, fonction de citation ou « Belegfunktion ») ; "
                "un usage purement illustratif ou décoratif est exclu, et la source doit être "
                "indiquée (§ 63 UrhG ; BGH, I ZR 212/10 « Blühende Landschaften »). En "
                "l'espèce : {why_fr}. L'exception ne peut être retenue.",
                en="§ 51 UrhG allows quotation only for a quotation purpose: the quoted work "
                "must support or be the starting point of the user's own discussion "
                "(inner connection, 'Belegfunktion'); a merely illustrative or decorative "
                "use is excluded, and the source must be given (§ 63 UrhG; BGH, I ZR "
                "212/10 'Blühende Landschaften'). Here: {why_en}. The exception cannot "
                "succeed.",
            ),
        ),
        "holds": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le texte du client commente l'image et en indique la source : le droit de "
                "citation du § 51 UrhG peut être invoqué.",
                en="The client's text discusses the image and gives its source: the § 51 "
                "UrhG quotation right can be invoked.",
            ),
            explanation=T(
                fr="Le § 51 UrhG permet de citer une œuvre publiée lorsqu'elle sert"
                " de support à la réflexion propre de "
                "l'utilisateur (lien étroit) et dans la mesure justifiée par ce but, la "
                "source étant indiquée (§ 63 UrhG ; BGH, I ZR 212/10). En l'espèce, le texte "
                "commente l'image elle-même et la source est indiquée : l'usage relève de la "
                "citation ; contester la réclamation en montrant le lien entre l'image et le "
                "propos.",
                en="§ 51 UrhG allows quoting a published work where it supports"
                " the user's own discussion (inner connection) and to the extent "
                "that purpose justifies, with the source given (§ 63 UrhG; BGH, I ZR "
                "212/10). Here the text discusses the image itself and the source is given: "
                "the use is a quotation; contest, showing the link between the image and "
                "the text.",
            ),
        ),
    },
)
def de_quotation(f, p):
    if f["use.exception_claimed"] != "quotation":
        return not_applicable("no quotation exception is claimed")
    discussed, purpose = f["use.work_discussed"], f["use.purpose"]
    if purpose == "decorative":
        return applies(
            "fails",
            why_fr="l'image est utilisée à titre décoratif",
            why_en="the image is used as decoration",
            conclusion=False,
        )
    if discussed is False:
        return applies(
            "fails",
            why_fr="le texte ne discute pas l'image",
            why_en="the text does not discuss the image",
            conclusion=False,
        )
    if discussed is None:
        return undetermined("use.work_discussed")
    attributed = f["use.attribution_shown"]
    if attributed is None:
        return undetermined("use.attribution_shown")
    if not attributed:
        return not_applicable("the source is not given (see EU-EXC-01, § 63 UrhG)")
    return applies("holds", conclusion=True)
