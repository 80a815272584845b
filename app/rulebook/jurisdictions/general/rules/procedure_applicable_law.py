"""The applicable law is a question when nothing tells where the client is or where the use
is directed (legal review of rulebook 1.1, item 7): never a silent fallback that cites four
laws at once. Rome II art. 8(1): the law of the country for which protection is claimed.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import not_applicable, undetermined


@registry.rule(
    id="GEN-JUR-03",
    question="procedure",
    title=T(fr="Droit applicable à déterminer", en="Applicable law to be determined"),
    jurisdictions=["ALL"],
    basis=["eu-rome-ii-art8"],
    reads=["respondent.country", "use.targeted_countries"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(fr="Droit applicable connu.", en="Applicable law known."),
            explanation=T(fr="Droit applicable connu.", en="Applicable law known."),
        )
    },
    undetermined_text=T(
        fr="Droit applicable à déterminer : dans quel pays le client est-il établi, et vers "
        "quels pays le site est-il dirigé ? Tant que ce n'est pas établi, aucune règle "
        "nationale n'est appliquée (loi du pays pour lequel la protection est revendiquée, "
        "Rome II, art. 8(1)).",
        en="Applicable law to be determined: where is the client established, and which "
        "countries is the site directed at? Until that is known no national rule is "
        "applied (law of the country for which protection is claimed, Rome II art. 8(1)).",
    ),
)
def applicable_law_unknown(f, p):
    if f["respondent.country"] is None and not f["use.targeted_countries"]:
        return undetermined("respondent.country")
    return not_applicable("the client's country or the targeted countries are known")
