"""Origin of the image: a press kit, used within or outside its terms.

Sources: a press kit gives an implied, limited consent (BGH, 29 Apr. 2010, I ZR 69/08,
"Vorschaubilder": simple consent). No French decision on press kits was found: the point
is open under French law.

A use within the press kit's terms is an exception to every rule that finds a source of
authorisation wanting (``decides="use_authorised"``, see ``general/rules/_acquisition.py``).
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.jurisdictions.general.rules._acquisition import NO_AUTHORISATION
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

PRESS_READS = [
    "acquisition.source",
    "acquisition.press_kit_terms",
    "acquisition.press_kit_conditions_met",
    "use.purpose",
    "derived.law",
]
PRESS_BASIS = ["fr-cpi-l122-4", "de-bgh-i-zr-69-08", "uk-cdpa-s16", "us-17-106"]
PRESS_CONSENT = {
    "FR": (
        "seule l'utilisation faite sans son consentement est illicite (art. L. 122-4 du CPI) ; "
        "aucune décision française relative aux dossiers de presse n'a été trouvée, "
        "l'argument repose sur les principes généraux du consentement",
        "only a use made without consent is unlawful (Article L122-4 CPI); no French case law on "
        "press kits was found, the argument rests on the general principles of consent",
    ),
    "DE": (
        "la mise à disposition sans réserve peut valoir consentement simple (BGH, 29 avr. "
        "2010, I ZR 69/08, « Vorschaubilder »)",
        "making content available without reservation can amount to simple consent (BGH, "
        "29 Apr. 2010, I ZR 69/08 'Vorschaubilder')",
    ),
    "GB": (
        "seul l'acte non autorisé constitue une contrefaçon (CDPA s.16(2))",
        "only an unauthorised act infringes (CDPA s.16(2))",
    ),
    "US": (
        "seul l'acte non autorisé constitue une contrefaçon (17 U.S.C. § 106)",
        "only an unauthorised act infringes (17 U.S.C. § 106)",
    ),
}
"""Why a press kit's consent excludes infringement, by the applicable law."""
PRESS_SOURCES = {
    "FR": ("art. L. 122-4 du CPI", "Article L122-4 CPI"),
    "DE": ("BGH, I ZR 69/08, « Vorschaubilder »", "BGH, I ZR 69/08 'Vorschaubilder'"),
    "GB": ("CDPA s.16(2)", "CDPA s.16(2)"),
    "US": ("17 U.S.C. § 106", "17 U.S.C. § 106"),
}
"""The source that limits a press kit's consent to its terms, by the applicable law."""
EDITORIAL = ("editorial",)
PROMOTIONAL = ("advertising", "commercial", "decorative")
PURPOSE_LABELS = {
    "editorial": ("éditorial", "editorial"),
    "commercial": ("commercial", "commercial"),
    "advertising": ("publicitaire", "advertising"),
    "decorative": ("décoratif", "decorative"),
    "personal": ("personnel", "personal"),
    "nonprofit": ("associatif", "non-profit"),
    "teaching": ("pédagogique", "teaching"),
}
TERMS_LABELS = {
    "editorial_only": ("usage éditorial uniquement", "editorial use only"),
    "any_use": ("tout usage", "any use"),
    "none_stated": ("aucune condition indiquée", "no terms stated"),
}


def _press_kit(f):
    """("within" | "outside" | "doubtful" | "conditions_broken", None) or (None, missing)."""
    terms = f["acquisition.press_kit_terms"]
    purpose = f["use.purpose"]
    if terms is None:
        return None, ("acquisition.press_kit_terms",)
    if terms == "any_use":
        scope = "within"
    elif purpose is None:
        return None, ("use.purpose",)
    elif purpose in EDITORIAL:
        scope = "within"
    elif purpose in PROMOTIONAL:
        scope = "outside"
    else:
        scope = "doubtful"
    if scope != "within":
        return scope, None
    conditions = f["acquisition.press_kit_conditions_met"]
    if conditions is None:
        return None, ("acquisition.press_kit_conditions_met",)
    return ("within" if conditions else "conditions_broken"), None


def _press_values(f):
    terms = TERMS_LABELS[f["acquisition.press_kit_terms"]]
    purpose = PURPOSE_LABELS.get(f["use.purpose"], ("inconnu", "unknown"))
    law = country(f["derived.law"])
    return {
        "consent": by_law(PRESS_CONSENT, law),
        "sources": by_law(PRESS_SOURCES, law),
        "terms_fr": terms[0],
        "terms_en": terms[1],
        "purpose_fr": purpose[0],
        "purpose_en": purpose[1],
    }


@registry.rule(
    id="GEN-ORIGIN-04",
    question="acquisition",
    title=T(
        fr="Image d'un dossier de presse utilisée conformément à ses conditions",
        en="Press-kit image used within its terms",
    ),
    jurisdictions=["ALL"],
    basis=PRESS_BASIS,
    reads=PRESS_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="L'image provient d'un dossier de presse ({terms_fr}) et l'usage "
                "({purpose_fr}) entre dans ses conditions : l'utilisation est autorisée et "
                "la réclamation peut être contestée.",
                en="The image comes from a press kit ({terms_en}) and the use "
                "({purpose_en}) is within its terms: authorised use, the claim is "
                "contestable.",
            ),
            explanation=T(
                fr="Le consentement du titulaire des droits exclut la contrefaçon : "
                "{consent}. Le dossier de presse diffusé par le titulaire ou pour son compte autorise les "
                "utilisations qu'il vise. En l'espèce : conditions « {terms_fr} », usage "
                "{purpose_fr}, conditions accessoires (embargo, crédit, contexte) "
                "respectées. Produire le dossier de presse et ses conditions.",
                en="The right holder's consent excludes infringement: {consent}. A press kit released by or for the right holder authorises the "
                "uses it names. Here: terms '{terms_en}', {purpose_en} use, the other "
                "conditions (embargo, credit, context) respected. Produce the press kit and "
                "its terms.",
            ),
        ),
    },
    undetermined_text=T(
        fr="L'image provient d'un dossier de presse, mais les éléments du dossier ne "
        "permettent pas de dire si l'utilisation en respecte les conditions.",
        en="The image comes from a press kit, but whether the use is within its terms "
        "cannot be told yet.",
    ),
)
def press_kit_within_terms(f, p):
    if f["acquisition.source"] != "press_kit":
        return not_applicable("the image does not come from a press kit")
    scope, missing = _press_kit(f)
    if missing:
        return undetermined(*missing)
    if scope != "within":
        return not_applicable("the use is not shown to be within the press kit's terms")
    return applies(**_press_values(f), conclusion=True)


@registry.rule(
    id="GEN-ORIGIN-07",
    question="acquisition",
    title=T(
        fr="Image d'un dossier de presse utilisée hors de ses conditions",
        en="Press-kit image used outside its terms",
    ),
    jurisdictions=["ALL"],
    basis=PRESS_BASIS,
    reads=PRESS_READS,
    role="info",
    decides="use_authorised",
    variants={
        "outside": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image provient d'un dossier de presse ({terms_fr}), mais l'usage "
                "({purpose_fr}) excède ses conditions : il n'est pas autorisé.",
                en="The image comes from a press kit ({terms_en}), but the use "
                "({purpose_en}) is outside its terms: it is not authorised.",
            ),
            explanation=T(
                fr="Le consentement résultant d'un dossier de presse ne vaut que pour les "
                "utilisations qu'il vise ({sources}). Un usage "
                "{purpose_fr} d'une image diffusée sous la condition « {terms_fr} » excède "
                "ce consentement. La provenance de l'image demeure un élément de bonne foi "
                "dans la discussion du montant.",
                en="The consent a press kit gives covers only the uses it names "
                "({sources}). Using an image released for '{terms_en}' for {purpose_en} purposes "
                "falls outside it. The origin remains evidence of good faith when discussing the "
                "amount.",
            ),
        ),
        "conditions_broken": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="L'image provient d'un dossier de presse, mais ses conditions accessoires "
                "(embargo, crédit, contexte) n'ont pas été respectées.",
                en="The image comes from a press kit, but its other conditions (embargo, "
                "credit, context) were not respected.",
            ),
            explanation=T(
                fr="Le consentement résultant d'un dossier de presse est donné sous ses "
                "conditions ({sources}). En "
                "l'espèce, l'usage ({purpose_fr}) correspond à la destination du dossier "
                "({terms_fr}), mais une condition accessoire (embargo, crédit, contexte "
                "d'utilisation) n'a pas été respectée : l'autorisation ne couvre pas "
                "l'utilisation telle qu'elle a été faite. L'écart est souvent mineur et "
                "pèse sur le montant.",
                en="A press kit's consent is given on its conditions "
                "({sources}). Here the use ({purpose_en}) fits its "
                "purpose ({terms_en}) but another condition (embargo, credit, context of "
                "use) was not respected: the authorisation does not cover the use as made. "
                "The gap is often minor and weighs on the amount.",
            ),
        ),
        "doubtful": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Image d'un dossier de presse diffusée sous la condition « {terms_fr} » et "
                "affectée à un usage {purpose_fr} : il est discutable que cet usage entre "
                "dans ses conditions.",
                en="Press-kit image released for '{terms_en}' put to {purpose_en} use: "
                "whether that use is within the terms is debatable.",
            ),
            explanation=T(
                fr="Le consentement ne vaut que pour les utilisations visées "
                "({sources}). Un usage {purpose_fr} n'est "
                "ni clairement éditorial ni promotionnel : relire les conditions exactes du "
                "dossier de presse avant de s'en prévaloir.",
                en="Consent covers only the uses it names "
                "({sources}). Such a use ({purpose_en}) is neither clearly "
                "editorial nor promotional: read the press kit's exact terms before relying on it.",
            ),
        ),
    },
)
def press_kit_outside_terms(f, p):
    if f["acquisition.source"] != "press_kit":
        return not_applicable("the image does not come from a press kit")
    scope, missing = _press_kit(f)
    if missing:
        return not_applicable("the terms or the use are unknown (see GEN-ORIGIN-04)")
    if scope == "within":
        return not_applicable("the use is within the press kit's terms")
    return applies(scope, **_press_values(f), conclusion=False)
