"""Notices and metadata removed: a watermark cropped out, rights metadata stripped.

Sources: 17 USC 1202/1203, CDPA s.97(2) and rights-management information: CPI L331-11, InfoSoc art. 7, both recalled and
unverified, GEN-NOTICE-01.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

REMOVAL_READS = [
    "acquisition.watermark_removed",
    "acquisition.metadata_stripped",
    "acquisition.visible_at_retrieval.watermark",
    "acquisition.visible_at_retrieval.metadata_copyright",
]


def _removal(f):
    """(what was removed: list of "watermark"/"metadata", the unknown facts worth asking)."""
    removed, missing = [], []
    for kind, fact, present in (
        (
            "watermark",
            "acquisition.watermark_removed",
            "acquisition.visible_at_retrieval.watermark",
        ),
        (
            "metadata",
            "acquisition.metadata_stripped",
            "acquisition.visible_at_retrieval.metadata_copyright",
        ),
    ):
        value = f[fact]
        if value:
            removed.append(kind)
        elif value is None and f[present]:
            missing.append(fact)
    return removed, missing


def _removal_values(removed):
    fr = {"watermark": "filigrane supprimé ou recadré", "metadata": "métadonnées effacées"}
    en = {"watermark": "watermark removed or cropped out", "metadata": "metadata stripped"}
    return {
        "removed_fr": " et ".join(fr[r] for r in removed),
        "removed_en": " and ".join(en[r] for r in removed),
    }


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
                fr="Supprimer un filigrane ou les informations sur le régime des droits "
                "montre que l'utilisateur savait l'image protégée : cela ruine l'argument "
                "de bonne foi et nourrit la faute ou le caractère flagrant (Royaume-Uni : "
                "dommages additionnels pour flagrance, CDPA s.97(2) ; Allemagne : faute "
                "intentionnelle, § 97 UrhG). La suppression d'informations électroniques "
                "sur le régime des droits est aussi interdite en elle-même (directive "
                "2001/29, art. 7, et art. L331-11 et L335-3-2 CPI : textes à vérifier ; "
                "États-Unis : 17 U.S.C. § 1202, voir US-NOTICE-01). En l'espèce : {removed_fr}. "
                "Ne pas plaider "
                "la bonne foi ; viser une sortie négociée rapide.",
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
        fr="Un filigrane ou des métadonnées de droits étaient présents : on ne sait pas "
        "s'ils ont été supprimés.",
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
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="Risque distinct aux États-Unis : {removed_fr} ; dommages-intérêts forfaitaires légaux (statutory damages) de "
                "2 500 à 25 000 $US par violation (17 U.S.C. §§ 1202-1203), sans "
                "enregistrement préalable.",
                en="A separate US exposure: {removed_en}; statutory damages of "
                "USD 2,500–USD 25,000 per violation (17 U.S.C. §§ 1202-1203), with no "
                "registration needed.",
            ),
            explanation=T(
                fr="Supprimer ou altérer sciemment des informations sur le régime du droit "
                "d'auteur (nom de l'auteur, mention de copyright, numéros ou liens "
                "d'identification, ce qui peut inclure filigranes et métadonnées) pour "
                "dissimuler une contrefaçon ouvre droit à des dommages-intérêts forfaitaires légaux de 2 500 à "
                "25 000 $US par violation (17 U.S.C. §§ 1202, 1203), et ce même si l'œuvre "
                "n'est pas enregistrée. Le réclamant doit prouver la connaissance. En l'espèce : "
                "{removed_fr}. Cette exposition s'ajoute à celle de la contrefaçon : "
                "l'évaluer avant toute contestation.",
                en="Knowingly removing or altering copyright management information (the "
                "author's name, the copyright notice, identifying numbers or links, which "
                "can include watermarks and metadata) to conceal an infringement gives "
                "statutory damages of USD 2,500–USD 25,000 per violation (17 U.S.C. §§ 1202, "
                "1203), even for an unregistered work. The claimant must prove knowledge. "
                "Here: {removed_en}. This exposure comes on top of the infringement claim: "
                "weigh it before contesting anything.",
            ),
        )
    },
    undetermined_text=T(
        fr="Un filigrane ou des métadonnées de droits étaient présents : on ne sait pas "
        "s'ils ont été supprimés.",
        en="A watermark or rights metadata was present: whether it was removed is unknown.",
    ),
)
def us_cmi_removed(f, p):
    removed, missing = _removal(f)
    if removed:
        return applies(**_removal_values(removed))
    if missing:
        return undetermined(*missing)
    return not_applicable("no removal of copyright management information is known")
