"""Procedure in England and Wales: pre-action conduct and the IPEC small claims track.

Sources: Practice Direction Pre-Action Conduct; the IPEC small claims track. UK-PROC-02:
the reply expected within a reasonable time (PD para. 6(b)) and the costs consequences of
silence (paras 13-16). The small claims limit and the reply periods are the dated
``procedure.gb.*`` parameters.
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.figures import period, whole_money
from app.rulebook.jurisdictions.general.rules._procedure import _money
from app.services.rules.display import money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable

SMALL_CLAIMS_LIMIT = "procedure.gb.ipec_small_claims_limit"
REPLY_DAYS = "procedure.gb.pre_action_reply_days"
REPLY_MONTHS_MAX = "procedure.gb.pre_action_reply_months_max"


@registry.rule(
    id="UK-PROC-01",
    question="procedure",
    title=T(
        fr="Avant tout procès : diligences précontentieuses et petits litiges de l'IPEC",
        en="Before any claim: pre-action conduct and the IPEC small claims track",
    ),
    jurisdictions=["GB"],
    basis=["uk-pd-pre-action-conduct", "uk-ipec-small-claims"],
    reads=["letter.threatens_litigation", "letter.amount_demanded"],
    params=[SMALL_CLAIMS_LIMIT],
    role="procedural",
    variants={
        "small_claims": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Une demande de {amount} relèverait de la procédure des petits litiges "
                "(small claims track) de l'IPEC (jusqu'à {limit}), où les frais "
                "recouvrables sont très limités.",
                en="A claim of {amount} would belong in the IPEC small claims track (up to "
                "{limit}), where recoverable costs are highly restricted.",
            ),
            explanation=T(
                fr="La procédure des petits litiges (small claims track) de l'Intellectual "
                "Property Enterprise Court connaît des demandes jusqu'à {limit}, avec des "
                "frais de procédure recouvrables très limités : aucune des parties ne court "
                "un risque de frais important. Avant d'agir, le demandeur doit en outre "
                "respecter la Practice Direction – Pre-Action Conduct (lettre avant action). En "
                "l'espèce, la demande s'élève à {amount} : les menaces de frais de justice "
                "élevés sont sans portée.",
                en="The small claims track of the Intellectual Property Enterprise Court "
                "hears claims up to {limit}, with highly restricted recoverable costs: "
                "neither party runs a significant costs risk. Before suing, the claimant "
                "must also follow the Practice Direction – Pre-Action Conduct (letter "
                "before claim). Here the demand is {amount}: threats of heavy legal costs "
                "are beside the point.",
            ),
        ),
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="Avant toute action, une lettre avant action est attendue (Practice "
                "Direction – Pre-Action Conduct).",
                en="Before any claim, a letter before claim is expected (Practice Direction – "
                "Pre-Action Conduct).",
            ),
            explanation=T(
                fr="En Angleterre et au pays de Galles, la Practice Direction – Pre-Action "
                "Conduct attend du demandeur une lettre avant action exposant sa demande "
                "avant toute procédure. La lettre menace d'une action : vérifier si elle "
                "vaut lettre avant action et y répondre sur le fond dans un délai "
                "raisonnable.",
                en="In England and Wales, the Practice Direction – Pre-Action Conduct expects "
                "the claimant to send a letter before claim setting out the claim before "
                "proceedings. The letter threatens proceedings: check whether it is a "
                "letter before claim and answer on the merits within a reasonable time.",
            ),
        ),
    },
)
def uk_pre_action(f, p):
    demanded = f["letter.amount_demanded"]
    if demanded is not None:
        amount, currency = _money(demanded)
        limit = Decimal(str(p[SMALL_CLAIMS_LIMIT]))
        if currency == "GBP" and amount is not None and amount <= limit:
            return applies(
                "small_claims", amount=money(amount, currency), limit=whole_money(limit, "GBP")
            )
    if f["letter.threatens_litigation"]:
        return applies()
    return not_applicable("no threat of proceedings and no small claim in pounds")


@registry.rule(
    id="UK-PROC-02",
    question="procedure",
    title=T(
        fr="Lettre avant action : répondre dans un délai raisonnable",
        en="Letter before claim: reply within a reasonable time",
    ),
    jurisdictions=["GB"],
    basis=["uk-pd-pre-action-conduct"],
    reads=["letter.threatens_litigation", "derived.dates"],
    params=[REPLY_DAYS, REPLY_MONTHS_MAX],
    role="procedural",
    exception_to=["GEN-LETTER-01"],
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(
                fr="La lettre menace d'une action : le délai qu'elle fixe n'est pas légal, "
                "mais la Practice Direction attend une réponse motivée dans un délai "
                "raisonnable, sous peine de conséquences sur les frais.",
                en="The letter threatens proceedings: its deadline is not statutory, but the "
                "Practice Direction expects a reasoned reply within a reasonable time, on "
                "pain of costs consequences.",
            ),
            explanation=T(
                fr="Avant toute action, la Practice Direction – Pre-Action Conduct and "
                "Protocols attend du défendeur une réponse dans un délai raisonnable : "
                "{reply_days} dans une affaire simple, pas plus de {reply_months_max} dans "
                "une affaire très complexe (para. 6(b)) ; le juge peut tirer des conséquences, "
                "notamment sur les frais, du défaut de réponse (para. 13 à 16). Répondre "
                "utilement dans ce délai — au besoin par une réponse d'attente demandant les "
                "justificatifs et indiquant quand suivra une réponse complète — plutôt que "
                "de garder le silence.{past_fr}",
                en="Before any claim, the Practice Direction – Pre-Action Conduct and "
                "Protocols expects the defendant to reply within a reasonable time: {reply_days} "
                "in a straightforward case, no more than {reply_months_max} in a very complex one "
                "(para. 6(b)); the court may draw consequences, costs in particular, from a "
                "failure to reply (paras 13 to 16). Reply usefully within that time — if "
                "need be by a holding reply asking for the documents and saying when a full "
                "answer will follow — rather than stay silent.{past_en}",
            ),
        )
    },
)
def uk_reply_within_reasonable_time(f, p):
    if not f["letter.threatens_litigation"]:
        return not_applicable("the letter does not threaten proceedings")
    dates = f["derived.dates"]
    past = isinstance(dates, dict) and dates.get("response_deadline_past") is True
    return applies(
        reply_days=period(p[REPLY_DAYS], "days"),
        reply_months_max=period(p[REPLY_MONTHS_MAX], "months", in_words=True),
        past_fr=" Le délai fixé par la lettre est déjà expiré : répondre sans attendre."
        if past
        else "",
        past_en=" The letter's deadline has already passed: reply at once." if past else "",
    )
