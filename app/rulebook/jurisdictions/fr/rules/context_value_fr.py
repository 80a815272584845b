"""Context of use under French law: the minimal harm of a page with no revenue and a small
audience.

Sources: Article L331-1-3 CPI.

The amount itself (reference fee, tiers, ratio) belongs to the amount rules; these rules
say what in the context of use weakens the claim or its amount.
"""

from decimal import Decimal

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="FR-CONTEXT-01",
    question="context",
    title=T(
        fr="Ni revenu ni audience : préjudice minime (art. L. 331-1-3 du CPI)",
        en="No revenue, small audience: minimal harm (Article L331-1-3 CPI)",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpi-l331-1-3"],
    reads=["use.monetised", "use.audience_monthly", "use.medium"],
    params=["context.low_audience_monthly"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Aucun revenu tiré de la page et une audience d'environ {audience} lecteurs "
                "par mois : les chefs de préjudice de l'art. L. 331-1-3 du CPI sont minimes.",
                en="No revenue from the page and an audience of about {audience} a month: "
                "the heads of harm of Article L331-1-3 CPI are minimal.",
            ),
            explanation=T(
                fr="Le juge prend en considération distinctement les conséquences économiques "
                "négatives, le préjudice moral et les bénéfices réalisés par le contrefacteur "
                "(art. L. 331-1-3 du CPI). En l'espèce, la page ne rapporte rien et touche "
                "environ {audience} lecteurs par mois : le manque à gagner et les bénéfices "
                "sont faibles. Le titulaire peut toutefois demander une somme forfaitaire, "
                "qui doit être supérieure au montant des redevances qui auraient été dues : "
                "la redevance d'une licence pour cet usage demeure le plancher réaliste.",
                en="The court assesses separately the negative economic consequences, the "
                "moral prejudice and the infringer's profits (Article L331-1-3 CPI). Here the "
                "page earns nothing and reaches about {audience} readers a month: lost "
                "profits and the infringer's profits are small. The right holder may "
                "however ask for a lump sum, which must exceed the royalties due: the fee "
                "of a licence for this use remains the realistic floor.",
            ),
        )
    },
    undetermined_text=T(
        fr="Les revenus ou l'audience de la page ne sont pas connus.",
        en="The page's revenue or audience is unknown.",
    ),
)
def fr_minimal_harm(f, p):
    monetised, audience = f["use.monetised"], f["use.audience_monthly"]
    if f["use.medium"] == "print":
        return not_applicable("a print run has no page audience (the grid prices it as print)")
    if monetised:
        return not_applicable("the page earns revenue")
    if audience is not None and audience >= p["context.low_audience_monthly"]:
        return not_applicable("the audience is not small")
    missing = [
        n
        for n, v in (("use.monetised", monetised), ("use.audience_monthly", audience))
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies(audience=Decimal(audience))
