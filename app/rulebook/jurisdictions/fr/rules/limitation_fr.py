"""Limitation under French law: is the claim, or part of it, time-barred?

Sources: art. 2224 C. civ.; Cass. 1re civ. 15 Nov. 2023, n° 22-23.266,
qualified by Cass. 1re civ., 3 Sept. 2025, n° 23-18.669 (successive acts each have their
own period; FR-LIMIT-02, partly barred).
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._limitation import (
    DATE_READS,
    RUNNING,
    _barred_or_running,
    _dates,
    _values,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="FR-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription de l'action en contrefaçon (art. 2224 du Code civil)",
        en="Limitation of the infringement action (Article 2224 of the Civil Code)",
    ),
    jurisdictions=["FR"],
    basis=["fr-cciv-2224", "fr-cass-civ1-2025-09-03", "fr-cass-civ1-2023-11-15"],
    reads=DATE_READS,
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Action civile entièrement prescrite depuis le {expiry_all} : l'exploitation "
                "a cessé il y a plus de {years} ans et le réclamant en avait connaissance depuis "
                "le {knowledge}.",
                en="The civil action is wholly time-barred since {expiry_all}: the use ended "
                "more than {years} years ago and the claimant knew of it since {knowledge}.",
            ),
            explanation=T(
                fr="L'action se prescrit par {years} ans à compter du jour où le titulaire du "
                "droit a connu ou aurait dû connaître les faits lui permettant de l'exercer "
                "(art. 2224 du Code civil) ; lorsque l'atteinte résulte d'actes successifs, le délai "
                "court pour chacun d'eux (Cass. 1re civ., 3 sept. 2025, n° 23-18.669). En "
                "l'espèce, même le dernier acte d'exploitation remonte à plus de {years} ans. "
                "{basis_fr} Opposer la prescription : la demande est irrecevable.",
                en="The action is time-barred {years} years after the rights holder knew or "
                "should have known the facts (Article 2224 of the French Civil Code); where the "
                "infringement is a succession of acts, the period runs for each of them "
                "(Cass. 1re civ., 3 Sept. 2025, no. 23-18.669). Even the last act of use "
                "here is more than {years} years old. {basis_en} Raise limitation: the "
                "claim is inadmissible.",
            ),
        ),
        "running": RUNNING,
    },
    undetermined_text=T(
        fr="La date à laquelle le réclamant a eu connaissance de l'exploitation n'est pas connue.",
        en="The date the claimant learned of the use is unknown.",
    ),
)
def fr_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    if d.get("partly_time_barred"):
        return not_applicable("only the older acts are time-barred: see FR-LIMIT-02")
    return _barred_or_running(f)


@registry.rule(
    id="FR-LIMIT-02",
    question="limitation",
    title=T(
        fr="Prescription partielle : seuls les actes les plus anciens sont prescrits",
        en="Partly time-barred: only the older acts are barred",
    ),
    jurisdictions=["FR"],
    basis=["fr-cciv-2224", "fr-cass-civ1-2025-09-03", "fr-cass-civ1-2023-11-15"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Action prescrite pour les actes antérieurs au {actionable_from} ({days} des "
                "{total} jours d'exploitation) ; l'exploitation postérieure, non prescrite, peut "
                "seule être indemnisée.",
                en="The action is time-barred for the acts before {actionable_from} ({days} "
                "of the {total} days of use); the later use remains actionable and alone can "
                "be compensated.",
            ),
            explanation=T(
                fr="Lorsque la contrefaçon résulte d'une succession d'actes distincts de "
                "reproduction, de représentation ou de diffusion, la prescription de "
                "l'art. 2224 du Code civil court pour chacun d'eux à compter du jour où l'auteur en "
                "a eu ou aurait dû en avoir connaissance (Cass. 1re civ., 3 sept. 2025, "
                "n° 23-18.669) : les actes des {years} années précédant l'assignation ne sont "
                "pas prescrits. Opposer la prescription pour les actes antérieurs au "
                "{actionable_from} et ne discuter l'indemnité que pour la période non "
                "prescrite. Pour la période ancienne, il reste possible de soutenir qu'une "
                "mise en ligne continue constitue un acte unique prolongé, prescrit dans son "
                "ensemble à compter de sa connaissance (Cass. 1re civ., 15 nov. 2023, "
                "n° 22-23.266, œuvre exposée de façon continue) ; la question n'est pas "
                "tranchée pour internet. {basis_fr}",
                en="Where the infringement is a succession of distinct acts of "
                "reproduction, communication or distribution, the art. 2224 limitation "
                "period runs for each from the day the author knew or should have known of "
                "it (Cass. 1re civ., 3 Sept. 2025, no. 23-18.669): the acts of the {years} "
                "years before suit remain actionable. Raise limitation for the acts before "
                "{actionable_from}, and discuss compensation for the period not barred only. "
                "For the older period one may still argue that continuous online display is "
                "a single prolonged act, barred as a whole from knowledge (Cass. 1re civ., 15 "
                "Nov. 2023, no. 22-23.266, a work exhibited continuously); the point is not "
                "settled for the internet. {basis_en}",
            ),
        )
    },
)
def fr_partly_barred(f, p):
    d = _dates(f)
    if d.get("law") != "FR" or not d.get("partly_time_barred"):
        return not_applicable("no act is time-barred, or all are")
    return applies(actionable_from=d.get("actionable_from"), **_values(d))
