"""The US Copyright Claims Board: the usual escalation for small claims over photographs.

Sources: 17 U.S.C. chapter 15 (CASE Act of 2020): total relief capped per proceeding
(§ 1504(e)(1)(D)) and statutory damages per work, lower for works not timely registered
(§ 1504(e)(1)(A)(ii)); a claim may be filed once a registration application is pending
(§ 1505); the respondent may opt out within 60 days of service (§ 1506(i)). The amounts and
the period are the dated ``damages.us.ccb_*`` and ``procedure.us.ccb_opt_out_days``
parameters.
"""

from datetime import date

from app.rulebook import registry
from app.services.rules.display import money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable

PARAMS = (
    "damages.us.ccb_total_max",
    "damages.us.ccb_statutory_per_work_max",
    "damages.us.ccb_statutory_unregistered_per_work_max",
    "procedure.us.ccb_opt_out_days",
)


@registry.rule(
    id="US-CCB-01",
    question="procedure",
    title=T(
        fr="Copyright Claims Board : surveiller la notification et décider du retrait dans "
        "le délai",
        en="Copyright Claims Board: watch for service and decide on opting out in time",
    ),
    jurisdictions=["US"],
    basis=["us-17-ch15"],
    reads=["letter.amount_demanded", "letter.threatens_litigation"],
    params=PARAMS,
    valid_from=date(2022, 6, 16),
    role="procedural",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Le réclamant peut saisir le Copyright Claims Board, même sans "
                "enregistrement encore délivré : surveiller toute notification et décider "
                "dans les {days} jours qui la suivent de s'en retirer ou non.",
                en="The claimant may bring a Copyright Claims Board claim, even before a "
                "registration issues: watch for service and decide within {days} days of it "
                "whether to opt out.",
            ),
            explanation=T(
                fr="Le Copyright Claims Board (17 U.S.C. chapitre 15) tranche les petits "
                "litiges de droit d'auteur ; une demande peut y être formée dès qu'une "
                "demande d'enregistrement est en cours (§ 1505). Il ne peut allouer plus de "
                "{total} au total par procédure, hors frais (§ 1504(e)(1)(D)), ni, à titre "
                "de dommages-intérêts forfaitaires légaux (statutory damages), plus de "
                "{per_work} par œuvre, ou {unregistered} par œuvre non enregistrée en temps "
                "utile (§ 1504(e)(1)(A)(ii)). Le défendeur peut s'en retirer (opt-out) dans "
                "les {days} jours de la notification (§ 1506(i)) ; à défaut, la procédure se "
                "poursuit et la décision le lie. L'absence d'enregistrement n'exclut donc "
                "pas toute action : surveiller le courrier, et décider avec un conseil s'il "
                "vaut mieux rester devant le Board (coûts faibles, plafonds) ou s'en "
                "retirer, le réclamant devant alors saisir un tribunal fédéral, ce qui "
                "suppose un enregistrement délivré.",
                en="The Copyright Claims Board (17 U.S.C. chapter 15) decides small copyright "
                "claims; a claim may be filed once a registration application is pending "
                "(§ 1505). It may award no more than {total} in total per proceeding, fees "
                "and costs excluded (§ 1504(e)(1)(D)), and in statutory damages no more than "
                "{per_work} per work, or {unregistered} per work not timely registered "
                "(§ 1504(e)(1)(A)(ii)). The respondent may opt out within {days} days of "
                "service (§ 1506(i)); otherwise the proceeding goes on and the determination "
                "binds it. Lack of registration therefore does not rule out every claim: "
                "watch the mail, and decide with counsel whether to stay before the Board "
                "(low cost, caps) or opt out, the claimant then having to sue in federal "
                "court, which requires an issued registration.",
            ),
        )
    },
)
def us_claims_board(f, p):
    if f["letter.amount_demanded"] is None and not f["letter.threatens_litigation"]:
        return not_applicable("neither a demand nor a threat of proceedings")
    return applies(
        total=money(p["damages.us.ccb_total_max"], "USD"),
        per_work=money(p["damages.us.ccb_statutory_per_work_max"], "USD"),
        unregistered=money(p["damages.us.ccb_statutory_unregistered_per_work_max"], "USD"),
        days=p["procedure.us.ccb_opt_out_days"],
    )
