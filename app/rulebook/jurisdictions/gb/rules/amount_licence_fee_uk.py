"""Amount under English law: the user principle, without additional damages unless the
infringement is flagrant. Figures from ``derived.amount``.

Sources: CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC).
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._amount import figures
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="UK-AMOUNT-01",
    question="amount",
    title=T(
        fr="« User principle » : pas de dommages-intérêts additionnels sans contrefaçon flagrante",
        en="User principle: no additional damages without flagrancy",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s97", "uk-absolute-lofts"],
    reads=["derived.amount", "acquisition.watermark_removed", "acquisition.metadata_stripped"],
    role="mitigating",
    variants={
        "user_principle": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="En l'absence de contrefaçon flagrante, la réparation se limite à la "
                "redevance ({reference}) ; la demande en représente {ratio} fois le montant.",
                en="Without flagrancy, damages are limited to the licence fee ({reference}); "
                "the demand is {ratio} times that.",
            ),
            explanation=T(
                fr="Le juge anglais alloue la redevance que des parties consentantes auraient "
                "convenue (« user principle ») ; des dommages-intérêts additionnels supposent "
                "une contrefaçon flagrante ou un profit tiré par le défendeur (CDPA s.97(2) ; "
                "Absolute Lofts [2015] EWHC 2608 (IPEC) : une redevance de 300 £, plus des "
                "dommages-intérêts additionnels pour une copie délibérée). En l'espèce, rien "
                "n'indique une contrefaçon flagrante (filigrane et métadonnées intacts) : la "
                "réparation se limite à {reference}, contre {demanded} réclamés. Les demandes "
                "de faible "
                "montant relèvent de la procédure des petits litiges (small claims track) de "
                "l'IPEC, où le risque de frais est faible.",
                en="An English court awards the fee willing parties would have agreed (the user "
                "principle); additional damages require flagrancy or a benefit to the defendant "
                "(CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC): a GBP 300 fee, plus "
                "additional damages for deliberate copying). Nothing here suggests flagrancy "
                "(watermark and metadata left intact): damages are limited to {reference}, "
                "against {demanded} demanded. Claims of small value go to the IPEC small claims "
                "track, with a low costs risk.",
            ),
        ),
        "flagrancy": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Filigrane ou métadonnées supprimés : des dommages-intérêts additionnels "
                "(CDPA s.97(2)) peuvent s'ajouter à la redevance.",
                en="Watermark or metadata removed: additional damages (CDPA s.97(2)) may be "
                "awarded on top of the licence fee.",
            ),
            explanation=T(
                fr="La suppression d'un filigrane ou de métadonnées est un indice de "
                "contrefaçon flagrante, qui ouvre droit à des dommages-intérêts additionnels "
                "(CDPA s.97(2) ; Absolute Lofts) : la redevance de {reference} ne constitue "
                "plus un plafond.",
                en="Removing a watermark or metadata points to flagrancy, which opens the way "
                "to additional damages (CDPA s.97(2); Absolute Lofts): the fee of {reference} "
                "is no longer a ceiling.",
            ),
        ),
    },
)
def uk_user_principle(f, p):
    a = f["derived.amount"]
    if not a or a["demanded"] is None or a["reference_fee"] is None:
        return not_applicable("no amount demanded or no reference fee")
    removed, stripped = f["acquisition.watermark_removed"], f["acquisition.metadata_stripped"]
    if removed or stripped:
        return applies("flagrancy", **figures(a))
    if Decimal(a["demanded"]) <= Decimal(a["reference_fee"]):
        return not_applicable("the demand does not exceed the user-principle fee")
    missing = [
        n
        for n, v in (
            ("acquisition.watermark_removed", removed),
            ("acquisition.metadata_stripped", stripped),
        )
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("user_principle", **figures(a))
