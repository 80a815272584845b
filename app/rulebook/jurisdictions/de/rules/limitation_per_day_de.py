"""Limitation under German law: is the claim time-barred, and what remains of it?

Sources: § 102 UrhG, §§ 195, 199, 852 BGB; BGH I ZR 148/13; § 193 BGB for the end of a
period.
"""

from app.rulebook import registry
from app.rulebook.figures import period
from app.rulebook.jurisdictions.general.rules._limitation import (
    DATE_READS,
    RUNNING,
    _dates,
    _values,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, undetermined


@registry.rule(
    id="DE-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription par jour d'exploitation (§ 102 UrhG, §§ 195, 199 BGB)",
        en="Limitation per day of use (§ 102 UrhG, §§ 195, 199 BGB)",
    ),
    jurisdictions=["DE"],
    basis=[
        "de-urhg-102",
        "de-bgb-195",
        "de-bgb-199",
        "de-bgb-203",
        "de-bgb-852",
        "de-bgh-i-zr-148-13",
        "de-bgb-193",
    ],
    reads=[*DATE_READS, "use.first_used_on"],
    params=["limitation.de_residual_years"],
    role="mitigating",
    variants={
        "some_days": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Dommages-intérêts prescrits pour {days} des {total} jours d'exploitation ; "
                "seule subsiste, pour ces jours, la créance résiduelle d'enrichissement (§ 852 "
                "BGB).",
                en="Damages time-barred for {days} of the {total} days of use; for those days "
                "only the residual enrichment claim remains (§ 852 BGB).",
            ),
            explanation=T(
                fr="Le droit à dommages-intérêts se prescrit par {years} ans à compter de la fin "
                "de l'année au cours de laquelle le titulaire a eu connaissance des faits "
                "(§ 102 UrhG, §§ 195, 199 BGB), jour d'exploitation par jour d'exploitation "
                "(BGH, I ZR 148/13, « Motorradteile »). {basis_fr} Pour les jours prescrits, "
                "seule reste due, au titre de l'enrichissement (§ 852 BGB, {residual_term}), la valeur "
                "de licence économisée, sans majoration.",
                en="The damages claim is time-barred {years} years from the end of the year of "
                "knowledge (§ 102 UrhG, §§ 195, 199 BGB), day of use by day of use (BGH, I ZR "
                "148/13 'Motorradteile'). {basis_en} For the barred days only the licence value "
                "saved remains owed as enrichment (§ 852 BGB, {residual_term}), without surcharge.",
            ),
        ),
        "all_days": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Dommages-intérêts prescrits pour tous les jours d'exploitation depuis le "
                "{expiry_all} ; subsiste la créance résiduelle d'enrichissement jusqu'au "
                "{residual}.",
                en="Damages time-barred for every day of use since {expiry_all}; the residual "
                "enrichment claim remains until {residual}.",
            ),
            explanation=T(
                fr="Tous les jours d'exploitation sont prescrits au titre des dommages-intérêts "
                "(§ 102 UrhG, §§ 195, 199 BGB ; BGH, I ZR 148/13). {basis_fr} Seule reste due, "
                "au titre de l'enrichissement (§ 852 BGB), la valeur de licence économisée, "
                "sans majoration ni frais.",
                en="Every day of use is time-barred as to damages (§ 102 UrhG, §§ 195, 199 BGB; "
                "BGH, I ZR 148/13). {basis_en} Only the licence value saved remains, as "
                "enrichment (§ 852 BGB): no surcharge, no costs.",
            ),
        ),
        "running": RUNNING,
    },
    undetermined_text=T(
        fr="La date à laquelle le réclamant a eu connaissance de l'exploitation n'est pas connue.",
        en="The date the claimant learned of the use is unknown.",
    ),
)
def de_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    if d["time_barred"]:
        return applies("all_days", **_values(d))
    if d.get("days_time_barred"):
        residual = period(p["limitation.de_residual_years"], "years")
        return applies("some_days", residual_term=residual, **_values(d))
    return applies("running", **_values(d))
