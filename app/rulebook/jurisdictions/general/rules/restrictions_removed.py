"""Notices and metadata removed: a watermark cropped out, rights metadata stripped.

Sources: CDPA s.97(2) and rights-management information: Article L331-11 CPI, InfoSoc art. 7,
both recalled and unverified.
"""

from app.rulebook import registry
from app.rulebook.by_law import aside_by_law, by_law, country
from app.rulebook.jurisdictions.general.rules._notices import (
    REMOVAL_READS,
    _removal,
    _removal_values,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

FLAGRANCY = {
    "GB": (
        "dommages-intérêts additionnels en cas de flagrance, CDPA s.97(2)",
        "additional damages for flagrancy, CDPA s.97(2)",
    ),
    "DE": ("faute intentionnelle, § 97 UrhG", "intent, § 97 UrhG"),
}
"""What the removal weighs on, where the applicable law names it (both while unknown)."""
RIGHTS_INFORMATION = {
    "FR": (
        "directive 2001/29/CE, art. 7, et art. L. 331-11 et L. 335-3-2 du CPI : textes à vérifier",
        "Directive 2001/29, art. 7, and Articles L331-11 and L335-3-2 CPI: texts to be checked",
    ),
    "DE": (
        "directive 2001/29/CE, art. 7, transposée en droit allemand : texte à vérifier",
        "Directive 2001/29, art. 7, as implemented in German law: text to be checked",
    ),
    "GB": (
        "directive 2001/29/CE, art. 7, transposée avant 2021 en droit anglais : texte à vérifier",
        "Directive 2001/29, art. 7, implemented before 2021 in English law: text to be checked",
    ),
    "US": ("17 U.S.C. § 1202, voir US-NOTICE-01", "17 U.S.C. § 1202, see US-NOTICE-01"),
}
"""Where removing rights-management information is prohibited in itself."""
RIGHTS_INFORMATION_UNKNOWN_LAW = ("FR", "US")


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
    reads=[*REMOVAL_READS, "derived.law"],
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
                "de l'atteinte{flagrancy}. La "
                "suppression d'informations électroniques sur le régime des droits est en "
                "outre interdite en elle-même ({rights_information}). En l'espèce : {removed_fr}. Ne pas plaider la "
                "bonne foi ; rechercher une issue négociée rapide.",
                en="Removing a watermark or rights-management information shows the user "
                "knew the image was protected: it defeats the good-faith argument and "
                "supports fault or flagrancy{flagrancy}. Removing electronic "
                "rights-management information is also prohibited in itself "
                "({rights_information}). Here: {removed_en}. Do not plead good "
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
        law = country(f["derived.law"])
        return applies(
            **_removal_values(removed),
            flagrancy=aside_by_law(FLAGRANCY, law, when_unknown=("GB", "DE")),
            rights_information=by_law(
                RIGHTS_INFORMATION, law, when_unknown=RIGHTS_INFORMATION_UNKNOWN_LAW
            ),
        )
    if missing:
        return undetermined(*missing)
    return not_applicable("no removal of a watermark or metadata is known")
