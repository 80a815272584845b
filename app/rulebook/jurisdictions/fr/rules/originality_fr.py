"""Originality under French law: the claimant must describe the photographer's creative
choices.

Sources: Article L112-2 CPI; CJEU, 1 Dec. 2011, Painer, C-145/10 (the author's own intellectual
creation, free and creative choices); TGI Paris, 9 Sept. 2008, Bartoli v. AFP (describing the
image is not enough); CA Paris, 29 Jan. 2025, n° 22/19766 (commissioned promotional photos
not original; not found by the December 2026 review, marked unverified).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

UTILITARIAN_KINDS = ("product", "news", "generic_stock")
"""Kinds of photograph whose originality is most often found wanting."""


@registry.rule(
    id="FR-ORIG-01",
    question="originality",
    title=T(
        fr="Originalité de la photographie non caractérisée",
        en="Originality of the photograph not shown",
    ),
    jurisdictions=["FR"],
    basis=[
        "eu-cjeu-c-145-10-painer",
        "fr-tgi-paris-2008-09-09-bartoli",
        "fr-ca-paris-2025-01-29",
        "fr-cpi-l112-2",
    ],
    reads=["work.originality_explained", "work.kind"],
    role="burden",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.65,
            summary=T(
                fr="Le réclamant n'explique pas en quoi la photographie est originale : il "
                "lui incombe d'identifier les choix créatifs du photographe.",
                en="The claimant does not explain what makes the photograph original: it "
                "must describe the photographer's creative choices.",
            ),
            explanation=T(
                fr="Une photographie n'est protégée que si elle constitue une création "
                "intellectuelle propre à son auteur, reflétant ses choix libres et créatifs "
                "(pose, cadrage, lumière, angle de prise de vue, atmosphère : CJUE, 1er déc. "
                "2011, Painer, aff. C-145/10). Il appartient à celui qui revendique des droits "
                "d'identifier ces choix ; la simple description de l'image ne suffit pas "
                "(TGI Paris, 9 sept. 2008, Bartoli c/ AFP). Des photographies de commande "
                "contraintes par leur finalité promotionnelle ont été jugées dépourvues "
                "d'originalité (CA Paris, 29 janv. 2025, n° 22/19766, point à vérifier). En "
                "l'espèce, la lettre ne dit rien des choix créatifs : exiger cette "
                "description avant toute discussion.",
                en="A photograph is protected only if it is its author's own intellectual "
                "creation, reflecting free and creative choices (pose, framing, lighting, "
                "angle, atmosphere: CJEU, 1 Dec. 2011, Painer, C-145/10). Whoever claims "
                "the rights must describe those choices; describing the image is not "
                "enough (TGI Paris, 9 Sept. 2008, Bartoli v AFP). Commissioned photos "
                "constrained by their promotional purpose were held not original (CA "
                "Paris, 29 Jan. 2025, no. 22/19766, to be checked). Here the letter says nothing of the "
                "creative choices: ask for that description before any discussion.",
            ),
        ),
        "utilitarian": Variant(
            outcome="favours_client",
            weight=0.75,
            summary=T(
                fr="Photographie {kind_fr} dont l'originalité n'est pas expliquée : ce "
                "type de photographie satisfait rarement à la condition d'originalité.",
                en="A {kind_en} photograph whose originality is not explained: such photos "
                "often fail the originality test.",
            ),
            explanation=T(
                fr="Une photographie n'est protégée que si elle reflète les choix libres et "
                "créatifs de son auteur (CJUE, Painer, aff. C-145/10), que le réclamant doit "
                "décrire (TGI Paris, 9 sept. 2008, Bartoli c/ AFP). Les photographies "
                "utilitaires, de produit ou d'actualité y satisfont rarement : des "
                "photographies de commande de produits contraintes par leur finalité "
                "promotionnelle ont été jugées relever du seul savoir-faire (CA Paris, 29 "
                "janv. 2025, n° 22/19766, point à vérifier). En l'espèce, il s'agit d'une "
                "photographie {kind_fr} et aucun choix créatif n'est identifié : contester "
                "l'originalité.",
                en="A photograph is protected only if it reflects its author's free and "
                "creative choices (CJEU, Painer, C-145/10), which the claimant must "
                "describe (TGI Paris, 9 Sept. 2008, Bartoli v AFP). Utilitarian, product "
                "or news photos often fail that test: commissioned product photos "
                "constrained by their promotional purpose were held mere know-how (CA "
                "Paris, 29 Jan. 2025, no. 22/19766, to be checked). Here it is a {kind_en} photograph and "
                "no creative choice is described: contest originality.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Il n'est pas établi que le réclamant ait expliqué l'originalité de la photographie.",
        en="Whether the claimant explained the photograph's originality is unknown.",
    ),
)
def fr_originality_not_shown(f, p):
    explained = f["work.originality_explained"]
    if explained is None:
        return undetermined("work.originality_explained")
    if explained:
        return not_applicable("the claimant described the creative choices")
    kind = f["work.kind"]
    if kind in UTILITARIAN_KINDS:
        labels = {
            "product": ("de produit", "product"),
            "news": ("d'actualité", "news"),
            "generic_stock": ("d'illustration générique", "generic stock"),
        }[kind]
        return applies("utilitarian", kind_fr=labels[0], kind_en=labels[1])
    return applies()
