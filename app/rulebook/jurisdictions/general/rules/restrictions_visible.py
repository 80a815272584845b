"""Notices, restrictions and metadata: what the client could see when it took the image,
and what that means for good faith.

Sources: civil infringement needs no fault; Cass. 1re civ., 3 Apr. 2001,
n° 99-15.767; CDPA s.97(1); Google's image licence metadata.
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.figures import whole_money
from app.rulebook.jurisdictions.general.rules._notices import (
    GOOD_FAITH_READS,
    _good_faith,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

# Why good faith does not exclude infringement, in the applicable law's words (the same
# authorities the rule has always given, now one law at a time; every law while unknown).
GOOD_FAITH = {
    "FR": (
        "en matière civile, l'acte matériel suffit (Cass. 1re civ., 3 avr. 2001, n° 99-15.767)",
        "in French civil law the material act suffices (Cass. 1re civ., 3 Apr. 2001, "
        "no. 99-15.767)",
    ),
    "DE": (
        "l'action en cessation ne suppose aucune faute, mais les dommages-intérêts en "
        "supposent une, appréciée sévèrement (§ 97 UrhG)",
        "an injunction needs no fault and damages need fault, judged strictly (§ 97 UrhG)",
    ),
    "GB": (
        "les dommages-intérêts ne sont écartés que si le défendeur ignorait que l'œuvre était "
        "protégée et n'avait aucune raison de le croire (CDPA s.97(1))",
        "no damages are due only if the defendant did not know and had no reason to believe "
        "copyright subsisted (CDPA s.97(1))",
    ),
    "US": (
        "le contrefacteur de bonne foi (innocent infringer) qui le prouve peut voir les "
        "dommages-intérêts forfaitaires légaux (statutory damages) réduits à {innocent_min} "
        "(17 U.S.C. § 504(c)(2))",
        "an innocent infringer who proves it may see statutory damages reduced to "
        "{innocent_min} (17 U.S.C. § 504(c)(2))",
    ),
}


@registry.rule(
    id="GEN-NOTICE-02",
    question="restrictions",
    title=T(
        fr="Aucune restriction visible, image présentée comme libre",
        en="No visible restriction, image presented as free",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cass-civ1-2001-04-03", "de-urhg-97", "uk-cdpa-s97", "us-17-504"],
    reads=[*GOOD_FAITH_READS, "derived.law"],
    params=["damages.us.innocent_min"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Bonne foi : l'image était présentée comme libre de droits, sans "
                "filigrane, mention de copyright ni conditions d'utilisation. Cette "
                "circonstance n'efface pas la contrefaçon, mais peut justifier une réduction "
                "du montant.",
                en="Good faith: the image was presented as free, with no watermark, "
                "copyright notice or terms. That does not cancel the infringement but may "
                "reduce the amount.",
            ),
            explanation=T(
                fr="La bonne foi n'exclut pas la contrefaçon : {good_faith}. En l'espèce, "
                "l'image était présentée comme libre de droits et ne portait aucune "
                "restriction visible : c'est un argument de modération du montant, non un "
                "moyen de défense au fond. Conserver une capture d'écran de la page source.",
                en="Good faith does not exclude infringement: {good_faith}. Here the image "
                "was presented as free and carried no visible restriction: an argument to "
                "reduce the amount, not a defence on the merits. Keep a capture of the "
                "source.",
            ),
        )
    },
    undetermined_text=T(
        fr="Argument de bonne foi : les éléments du dossier ne permettent pas de conclure.",
        en="Good-faith argument not decided: facts are missing to conclude.",
    ),
)
def presented_as_free(f, p):
    status, missing = _good_faith(f)
    if missing:
        return undetermined(*missing)
    if status != "applies":
        return not_applicable(status.replace("_", " "))
    innocent_min = whole_money(p["damages.us.innocent_min"], "USD")
    shown = innocent_min.by_lang
    table = {
        law: (
            fr.replace("{innocent_min}", shown["fr"]),
            en.replace("{innocent_min}", shown["en"]),
        )
        for law, (fr, en) in GOOD_FAITH.items()
    }
    good_faith = by_law(table, country(f["derived.law"]))
    return applies(innocent_min=innocent_min, good_faith=good_faith)
