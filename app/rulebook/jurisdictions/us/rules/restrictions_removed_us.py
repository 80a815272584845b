"""Copyright management information removed, under US law.

Sources: 17 USC 1202/1203.
"""

from app.rulebook import registry
from app.rulebook.figures import whole_money, whole_number
from app.rulebook.jurisdictions.general.rules._notices import (
    REMOVAL_READS,
    _removal,
    _removal_values,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="US-NOTICE-01",
    question="restrictions",
    title=T(
        fr="Suppression d'informations sur le droit d'auteur (17 U.S.C. § 1202)",
        en="Removal of copyright management information (17 U.S.C. § 1202)",
    ),
    jurisdictions=["US"],
    basis=["us-17-1202", "us-17-1203"],
    reads=REMOVAL_READS,
    params=["damages.us.cmi_min", "damages.us.cmi_max"],
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="Risque distinct aux États-Unis : {removed_fr} ; dommages-intérêts forfaitaires légaux (statutory damages) de "
                "{cmi_min_fr} à {cmi_max} par violation (17 U.S.C. §§ 1202-1203), sans "
                "enregistrement préalable de l'œuvre.",
                en="A separate US exposure: {removed_en}; statutory damages of "
                "{cmi_min}–{cmi_max} per violation (17 U.S.C. §§ 1202-1203), with no "
                "registration needed.",
            ),
            explanation=T(
                fr="La suppression ou l'altération délibérée d'informations sur le régime du "
                "droit d'auteur (nom de l'auteur, mention de copyright, numéros ou liens "
                "d'identification, ce qui peut inclure filigranes et métadonnées) en vue de "
                "dissimuler une contrefaçon ouvre droit à des dommages-intérêts forfaitaires "
                "légaux de {cmi_min_fr} à {cmi_max} par violation (17 U.S.C. §§ 1202, 1203), même "
                "si l'œuvre n'est pas enregistrée. Il appartient au réclamant de prouver "
                "cette connaissance. En l'espèce : {removed_fr}. Ce risque s'ajoute à celui "
                "de l'action en contrefaçon : l'évaluer avant toute contestation.",
                en="Knowingly removing or altering copyright management information (the "
                "author's name, the copyright notice, identifying numbers or links, which "
                "can include watermarks and metadata) to conceal an infringement gives "
                "statutory damages of {cmi_min}–{cmi_max} per violation (17 U.S.C. §§ 1202, "
                "1203), even for an unregistered work. The claimant must prove knowledge. "
                "Here: {removed_en}. This exposure comes on top of the infringement claim: "
                "weigh it before contesting anything.",
            ),
        )
    },
    undetermined_text=T(
        fr="Un filigrane ou des métadonnées relatives aux droits figuraient sur l'image : il "
        "n'est pas établi qu'ils aient été supprimés.",
        en="A watermark or rights metadata was present: whether it was removed is unknown.",
    ),
)
def us_cmi_removed(f, p):
    removed, missing = _removal(f)
    if removed:
        low, high = p["damages.us.cmi_min"], p["damages.us.cmi_max"]
        return applies(
            cmi_min=whole_money(low, "USD"),
            cmi_min_fr=whole_number(low),
            cmi_max=whole_money(high, "USD"),
            **_removal_values(removed),
        )
    if missing:
        return undetermined(*missing)
    return not_applicable("no removal of copyright management information is known")
