"""Procedure under French law: copyright actions go to ten specialised courts.

Sources: Article L331-1 CPI; Article D211-6-1 COJ and its table VI.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="FR-JUR-01",
    question="procedure",
    title=T(
        fr="Tribunaux judiciaires spécialisés en propriété littéraire et artistique",
        en="Specialised French courts for copyright",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpi-l331-1", "fr-coj-d211-6-1"],
    reads=["letter.threatens_litigation"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="Une action en France relèverait de l'un des dix tribunaux judiciaires "
                "spécialisés.",
                en="An action in France would go to one of the ten specialised courts "
                "(tribunaux judiciaires).",
            ),
            explanation=T(
                fr="Les actions en matière de propriété littéraire et artistique relèvent "
                "exclusivement de tribunaux judiciaires spécialisés (art. L. 331-1 du CPI ; art. "
                "D. 211-6-1 du COJ et tableau VI) : Bordeaux, Lille, Lyon, Marseille, Nanterre, "
                "Nancy, Paris, Rennes, Strasbourg et Fort-de-France. La lettre menace d'une "
                "action : elle ne pourrait être portée que devant l'une de ces juridictions.",
                en="Copyright actions go exclusively to specialised courts (Article L331-1 CPI; "
                "Article D211-6-1 COJ and its table VI): "
                "Bordeaux, Lille, Lyon, Marseille, Nanterre, Nancy, Paris, Rennes, "
                "Strasbourg and Fort-de-France. The letter threatens proceedings: they could "
                "only be brought before one of these courts.",
            ),
        )
    },
)
def fr_specialised_courts(f, p):
    if f["letter.threatens_litigation"]:
        return applies()
    return not_applicable("the letter does not threaten proceedings")
