"""Notices and metadata removed: a watermark cropped out, rights metadata stripped.

Sources: CDPA s.97(2) and rights-management information: CPI L331-11, InfoSoc art. 7,
both recalled and unverified.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._notices import (
    REMOVAL_READS,
    _removal,
    _removal_values,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="GEN-NOTICE-01",
    question="restrictions",
    title=T(
        fr="Filigrane ou métadonnées supprimés",
        en="Watermark or metadata removed",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l331-11",
        "eu-infosoc-art7",
        "de-urhg-97",
        "uk-cdpa-s97",
        "us-17-1202",
    ],
    reads=REMOVAL_READS,
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="Circonstance aggravante : {removed_fr} par le client ou pour son compte.",
                en="Aggravating factor: {removed_en} by or for the client.",
            ),
            explanation=T(
                fr="La suppression d'un filigrane ou des informations sur le régime des droits "
                "révèle que l'utilisateur savait l'image protégée : elle prive de portée "
                "l'argument de bonne foi et caractérise la faute, voire le caractère flagrant "
                "de l'atteinte (Royaume-Uni : dommages-intérêts additionnels en cas de "
                "flagrance, CDPA s.97(2) ; Allemagne : faute intentionnelle, § 97 UrhG). La "
                "suppression d'informations électroniques sur le régime des droits est en "
                "outre interdite en elle-même (directive 2001/29/CE, art. 7, et art. "
                "L. 331-11 et L. 335-3-2 du CPI : textes à vérifier ; États-Unis : 17 U.S.C. "
                "§ 1202, voir US-NOTICE-01). En l'espèce : {removed_fr}. Ne pas plaider la "
                "bonne foi ; rechercher une issue négociée rapide.",
                en="Removing a watermark or rights-management information shows the user "
                "knew the image was protected: it defeats the good-faith argument and "
                "supports fault or flagrancy (UK: additional damages for flagrancy, CDPA "
                "s.97(2); Germany: intent, § 97 UrhG). Removing electronic "
                "rights-management information is also prohibited in itself (Directive "
                "2001/29, art. 7, and arts L331-11 and L335-3-2 CPI: texts to be checked; "
                "US: 17 U.S.C. § 1202, see US-NOTICE-01). Here: {removed_en}. Do not plead good "
                "faith; aim for a quick negotiated exit.",
            ),
        )
    },
    undetermined_text=T(
        fr="Un filigrane ou des métadonnées relatives aux droits figuraient sur l'image : il "
        "n'est pas établi qu'ils aient été supprimés.",
        en="A watermark or rights metadata was present: whether it was removed is unknown.",
    ),
)
def watermark_removed(f, p):
    removed, missing = _removal(f)
    if removed:
        return applies(**_removal_values(removed))
    if missing:
        return undetermined(*missing)
    return not_applicable("no removal of a watermark or metadata is known")
