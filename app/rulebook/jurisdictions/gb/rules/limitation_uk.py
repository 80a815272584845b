"""Limitation under English law: is the claim, or part of it, time-barred?

Sources: Limitation Act 1980 s.2.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._limitation import (
    _dates,
    _partly_barred,
    _values,
)
from app.services.rules.display import date_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, undetermined


@registry.rule(
    id="UK-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription de l'action en contrefaçon (Limitation Act 1980, s.2)",
        en="Limitation of the infringement action (Limitation Act 1980, s.2)",
    ),
    jurisdictions=["GB"],
    basis=["uk-limitation-act-1980-s2"],
    reads=["derived.dates", "use.first_used_on", "use.removed_on"],
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Tous les actes remontent à plus de {years} ans : l'action est prescrite "
                "depuis le {expiry_all}.",
                en="Every act is more than {years} years old: the action is time-barred since "
                "{expiry_all}.",
            ),
            explanation=T(
                fr="L'action fondée sur un tort (responsabilité extracontractuelle) se prescrit "
                "par {years} ans à compter de chaque acte (Limitation Act 1980, s.2 ; son "
                "application au droit d'auteur reste à vérifier). {basis_fr}",
                en="An action founded on tort must be brought within {years} years of each act "
                "(Limitation Act 1980, s.2; its application to copyright is to be checked). "
                "{basis_en}",
            ),
        ),
        "running": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Prescription non entièrement acquise : l'exploitation la plus récente peut "
                "encore être poursuivie {until_fr}.",
                en="Not wholly time-barred: the latest use remains actionable {until_en}.",
            ),
            explanation=T(fr="{basis_fr}", en="{basis_en}"),
        ),
    },
    undetermined_text=T(
        fr="La date de la première utilisation de l'image n'est pas connue.",
        en="The date the image was first used is unknown.",
    ),
)
def uk_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.first_used_on")
    values = _values(d)
    if d["time_barred"]:
        return applies("barred", **values)
    until = d.get("limitation_expiry_all")
    return applies(
        "running",
        until_fr=f"jusqu'au {date_text(until, 'fr')}" if until else "(exploitation en cours)",
        until_en=f"until {date_text(until, 'en')}" if until else "(use ongoing)",
        **values,
    )


@registry.rule(
    id="UK-LIMIT-02",
    question="limitation",
    title=T(
        fr="Prescription acquise pour les actes les plus anciens",
        en="The oldest acts time-barred",
    ),
    jurisdictions=["GB"],
    basis=["uk-limitation-act-1980-s2"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="{days} des {total} jours d'exploitation remontent à plus de {years} ans : "
                "ils sont prescrits.",
                en="{days} of the {total} days of use are more than {years} years old: "
                "time-barred.",
            ),
            explanation=T(
                fr="Chaque acte se prescrit par {years} ans (Limitation Act 1980, s.2 ; "
                "application au droit d'auteur à vérifier) : la redevance ne couvre que la "
                "période non prescrite. {basis_fr}",
                en="Each act is time-barred after {years} years (Limitation Act 1980, s.2; "
                "application to copyright to be checked): the fee covers only the period not "
                "barred. {basis_en}",
            ),
        )
    },
)
def uk_partly_barred(f, p):
    return _partly_barred(f, "GB")
