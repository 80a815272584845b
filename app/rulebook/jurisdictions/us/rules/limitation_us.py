"""Limitation under US law: is the claim, or part of it, time-barred?

Sources: 17 U.S.C. § 507(b); Nealy; FRCP 6(a) for the end of a period.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._limitation import (
    DATE_READS,
    _barred_or_running,
    _dates,
    _partly_barred,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import not_applicable


@registry.rule(
    id="US-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription de l'action civile (17 U.S.C. § 507(b))",
        en="Limitation of the civil action (17 U.S.C. § 507(b))",
    ),
    jurisdictions=["US"],
    basis=["us-17-507", "us-nealy", "us-frcp-6a"],
    reads=DATE_READS,
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Action prescrite depuis le {expiry_all} (exploitation découverte le "
                "{knowledge}).",
                en="The action is time-barred since {expiry_all} (discovered on {knowledge}).",
            ),
            explanation=T(
                fr="L'action civile doit être engagée dans les {years} ans de la naissance du "
                "droit d'agir (17 U.S.C. § 507(b)), la plupart des circuits faisant courir ce "
                "délai de la découverte des faits (discovery rule). {basis_fr}",
                en="A civil action must be commenced within {years} years after the claim "
                "accrued (17 U.S.C. § 507(b)), most circuits applying a discovery rule. "
                "{basis_en}",
            ),
        ),
        "running": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Action non prescrite avant le {expiry} ; engagée dans ce délai, elle permet "
                "d'obtenir des dommages-intérêts au-delà des {years_words} dernières années (Nealy).",
                en="Not time-barred before {expiry}; a timely action has no {years_words}-year damages "
                "cap (Nealy).",
            ),
            explanation=T(
                fr="{basis_fr} Lorsque l'action est engagée dans le délai, les dommages-intérêts "
                "ne sont pas limités aux {years_words} années qui la précèdent (Warner Chappell v. "
                "Nealy, 2024).",
                en="{basis_en} For a timely action, damages are not limited to the {years_words} years "
                "before suit (Warner Chappell v. Nealy, 2024).",
            ),
        ),
    },
    undetermined_text=T(
        fr="La date à laquelle le réclamant a découvert l'exploitation n'est pas connue.",
        en="The date the claimant discovered the use is unknown.",
    ),
)
def us_limitation(f, p):
    d = _dates(f)
    if d.get("partly_time_barred") and d.get("days_time_barred"):
        # Its "running" date would be the past expiry of the older acts: US-LIMIT-02 says
        # what is barred and what remains, as FR-LIMIT-02 does.
        return not_applicable("only the older acts are time-barred: see US-LIMIT-02")
    return _barred_or_running(f)


@registry.rule(
    id="US-LIMIT-02",
    question="limitation",
    title=T(fr="Actes les plus anciens prescrits", en="Earlier acts time-barred"),
    jurisdictions=["US"],
    basis=["us-17-507"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="{days} des {total} jours d'exploitation sont prescrits ; l'exploitation "
                "postérieure peut encore être poursuivie.",
                en="{days} of the {total} days of use are time-barred; the later use remains "
                "actionable.",
            ),
            explanation=T(
                fr="Les actes découverts depuis plus de {years} ans sont prescrits (17 U.S.C. "
                "§ 507(b)) ; la redevance ne couvre que la période non prescrite. {basis_fr}",
                en="Acts discovered more than {years} years ago are time-barred (17 U.S.C. "
                "§ 507(b)); the fee covers only the period not barred. {basis_en}",
            ),
        )
    },
)
def us_partly_barred(f, p):
    return _partly_barred(f, "US")
