"""The US Copyright Claims Board: the usual escalation for small claims over photographs.

Source: legal review of rulebook 1.1 (December 2026), defect 18 and missing law 9: 17 U.S.C.
chapter 15 (CASE Act): damages capped per work and per proceeding, lower for works not
timely registered; a claim may be filed once a registration application is pending; the
respondent may opt out within 60 days of service.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="US-CCB-01",
    question="procedure",
    title=T(
        fr="Copyright Claims Board : surveiller la notification, option de retrait sous 60 jours",
        en="Copyright Claims Board: watch for service; opt out within 60 days",
    ),
    jurisdictions=["US"],
    basis=["us-17-ch15"],
    reads=["letter.amount_demanded", "letter.threatens_litigation"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Le réclamant peut saisir le Copyright Claims Board, même sans "
                "enregistrement encore délivré : surveiller toute notification et décider "
                "dans les 60 jours de s'en retirer ou non.",
                en="The claimant may bring a Copyright Claims Board claim, even before a "
                "registration issues: watch for service and decide within 60 days whether "
                "to opt out.",
            ),
            explanation=T(
                fr="Le Copyright Claims Board (17 U.S.C. chapitre 15) tranche les petits "
                "litiges de droit d'auteur ; une demande peut y être formée dès qu'une "
                "demande d'enregistrement est en cours, et les dommages-intérêts y sont "
                "plafonnés par œuvre et par procédure, plus bas pour une œuvre non "
                "enregistrée en temps utile (montants à vérifier dans le texte en vigueur). "
                "Le défendeur peut s'en retirer (opt-out) dans les 60 jours de la "
                "notification ; à défaut, la procédure se poursuit et la décision le lie. "
                "L'absence d'enregistrement n'empêche donc pas toute action : surveiller le "
                "courrier, et décider avec un conseil s'il vaut mieux rester devant le "
                "Board (coûts faibles, plafonds) ou s'en retirer.",
                en="The Copyright Claims Board (17 U.S.C. chapter 15) decides small copyright "
                "claims; a claim may be filed once a registration application is pending, "
                "and damages are capped per work and per proceeding, lower for a work not "
                "timely registered (amounts to be checked against the text in force). The "
                "respondent may opt out within 60 days of service; otherwise the proceeding "
                "goes on and the determination binds it. Lack of registration therefore "
                "does not rule out every claim: watch the mail, and decide with counsel "
                "whether to stay before the Board (low cost, caps) or opt out.",
            ),
        )
    },
)
def us_claims_board(f, p):
    if f["letter.amount_demanded"] is None and not f["letter.threatens_litigation"]:
        return not_applicable("neither a demand nor a threat of proceedings")
    return applies()
