"""The innocent infringer under US law: what the client could see when it took the image.

Sources: 17 U.S.C. § 504(c)(2) innocent infringer; § 401(d); 17 USC 1202.
"""

from app.rulebook import registry
from app.rulebook.figures import whole_money
from app.rulebook.jurisdictions.general.rules._notices import (
    GOOD_FAITH_READS,
    _good_faith,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="US-NOTICE-02",
    question="restrictions",
    title=T(
        fr="Contrefacteur de bonne foi (innocent infringer, 17 U.S.C. § 504(c)(2))",
        en="Innocent infringer (17 U.S.C. § 504(c)(2))",
    ),
    jurisdictions=["US"],
    basis=["us-17-504", "us-17-401"],
    reads=GOOD_FAITH_READS,
    params=["damages.us.innocent_min"],
    role="mitigating",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Aucune mention de copyright sur l'image récupérée : si des "
                "dommages-intérêts forfaitaires légaux sont encourus, le plancher de {innocent_min} "
                "applicable au contrefacteur de bonne foi peut être plaidé.",
                en="No copyright notice on the copy retrieved: if statutory damages are in "
                "play, the {innocent_min} innocent-infringer floor can be argued.",
            ),
            explanation=T(
                fr="Le contrefacteur qui prouve qu'il ignorait que ses actes constituaient une "
                "contrefaçon et n'avait aucune raison de le croire peut voir les "
                "dommages-intérêts forfaitaires légaux (statutory damages) réduits jusqu'à "
                "{innocent_min} (17 U.S.C. § 504(c)(2)) ; cette réduction est exclue si une mention "
                "de copyright régulière figurait sur les copies auxquelles il a eu accès "
                "(§ 401(d)). En l'espèce, l'image, présentée comme libre de droits, ne portait "
                "ni mention ni filigrane. L'argument ne joue que si des dommages-intérêts "
                "forfaitaires légaux peuvent être alloués (enregistrement en temps utile, "
                "17 U.S.C. § 412).",
                en="An infringer who proves it was not aware and had no reason to believe "
                "its acts infringed may see statutory damages reduced to {innocent_min} (17 U.S.C. "
                "§ 504(c)(2)); the reduction is unavailable where a proper copyright notice "
                "appeared on the copies it accessed (§ 401(d)). Here the image, presented "
                "as free, carried neither notice nor watermark. This matters only if "
                "statutory damages are available (timely registration, 17 U.S.C. § 412).",
            ),
        ),
        "barred": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Une mention de copyright figurait sur l'image récupérée : le plancher de "
                "{innocent_min} applicable au contrefacteur de bonne foi ne peut être invoqué.",
                en="A copyright notice appeared on the copy retrieved: the "
                "innocent-infringer floor ({innocent_min}) is unavailable.",
            ),
            explanation=T(
                fr="Une mention de copyright régulière sur les copies consultées par le "
                "défendeur exclut la réduction accordée au contrefacteur de bonne foi (17 "
                "U.S.C. § 401(d) ; § 504(c)(2)). En l'espèce, une mention figurait sur "
                "l'image récupérée : ne pas plaider la bonne foi sur ce fondement.",
                en="A proper copyright notice on the copies the defendant accessed rules "
                "out the innocent-infringement reduction (17 U.S.C. § 401(d); "
                "§ 504(c)(2)). Here a notice appeared on the copy retrieved: do not plead "
                "innocence.",
            ),
        ),
    },
)
def us_innocent_infringer(f, p):
    floor = {"innocent_min": whole_money(p["damages.us.innocent_min"], "USD")}
    if f["acquisition.visible_at_retrieval.copyright_notice"]:
        return applies("barred", **floor)
    status, missing = _good_faith(f)
    if missing:
        return undetermined(*missing)
    if status != "applies":
        return not_applicable(status.replace("_", " "))
    return applies("available", **floor)
