"""Protectability: originality of the photograph.

Sources: legal-notes §2.3 (France: the claimant must describe its creative choices, TGI
Paris 9 Sept. 2008 Bartoli/AFP; CA Paris 29 Jan. 2025 n° 22/19766, à vérifier), §4.2 (Painer
C-145/10), §3.5 (§72 UrhG Lichtbild; BGH I ZR 104/17), §6 (THJ v Sheridan); candidates
FR-ORIG-01, DE-ORIG-01, UK-ORIG-01 (§11 G).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

UTILITARIAN_KINDS = ("product", "news", "generic_stock")


@registry.rule(
    id="FR-ORIG-01",
    question="originality",
    title=T(
        fr="Originalité de la photographie non démontrée",
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
                fr="Le réclamant n'explique pas en quoi la photographie est originale : "
                "c'est à lui de décrire les choix créatifs du photographe.",
                en="The claimant does not explain what makes the photograph original: it "
                "must describe the photographer's creative choices.",
            ),
            explanation=T(
                fr="Une photographie n'est protégée que si elle est une création "
                "intellectuelle propre à son auteur, reflétant ses choix libres et "
                "créatifs (pose, cadrage, lumière, angle, atmosphère : CJUE, 1er déc. "
                "2011, Painer, C-145/10). Celui qui revendique des droits doit décrire ces "
                "choix ; décrire l'image ne suffit pas (TGI Paris, 9 sept. 2008, Bartoli "
                "c/ AFP). Des photographies de commande contraintes par leur finalité "
                "promotionnelle ont été jugées non originales (CA Paris, 29 janv. 2025, "
                "n° 22/19766, à vérifier). En l'espèce, la lettre ne dit rien des choix créatifs : demander "
                "cette description avant toute discussion.",
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
                "type de photographie échoue souvent au test de l'originalité.",
                en="A {kind_en} photograph whose originality is not explained: such photos "
                "often fail the originality test.",
            ),
            explanation=T(
                fr="Une photographie n'est protégée que si elle reflète les choix libres et "
                "créatifs de son auteur (CJUE, Painer, C-145/10), que le réclamant doit "
                "décrire (TGI Paris, 9 sept. 2008, Bartoli c/ AFP). Les photographies "
                "utilitaires, de produit ou d'actualité échouent souvent à ce test : des "
                "photographies de commande de produits contraintes par leur finalité "
                "promotionnelle ont été jugées relever du seul savoir-faire (CA Paris, 29 "
                "janv. 2025, n° 22/19766, à vérifier). Ici il s'agit d'une photographie {kind_fr} et "
                "aucun choix créatif n'est décrit : contester l'originalité.",
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
        fr="On ne sait pas si le réclamant a expliqué l'originalité de la photographie.",
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


@registry.rule(
    id="DE-ORIG-01",
    question="originality",
    title=T(
        fr="Droit allemand : même un simple cliché est protégé (§ 72 UrhG)",
        en="German law: even a snapshot is protected (§ 72 UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-72", "de-bgh-i-zr-104-17"],
    reads=["work.originality_explained", "work.kind"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="En Allemagne, l'absence d'originalité n'est pas une défense : un simple "
                "cliché est protégé comme « Lichtbild » ; elle ne joue que sur le montant.",
                en="In Germany lack of originality is no defence: a snapshot is protected "
                "as a 'Lichtbild'; it bears only on the amount.",
            ),
            explanation=T(
                fr="Le § 72 UrhG protège même les photographies dépourvues de créativité "
                "(« Lichtbilder »), avec des droits pour l'essentiel identiques, mais pour "
                "50 ans à compter de la publication ou de la réalisation au lieu de 70 ans "
                "après la mort de l'auteur. Seule une reproduction servile, sans un "
                "minimum d'effort personnel, est exclue (BGH, 20 déc. 2018, I ZR 104/17 "
                "« Museumsfotos »). L'argument d'originalité, efficace en France, ne sert "
                "ici qu'à discuter le montant (une photographie banale vaut moins).",
                en="§ 72 UrhG protects even photographs without creativity ('Lichtbilder'), "
                "with essentially the same rights, but for 50 years from publication or "
                "production instead of 70 years after the author's death. Only a slavish "
                "reproduction, without a minimum of personal effort, is excluded (BGH, 20 "
                "Dec. 2018, I ZR 104/17 'Museumsfotos'). The originality argument, "
                "effective in France, serves here only to discuss the amount (an ordinary "
                "photo is worth less).",
            ),
        ),
        "reproduction": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Reproduction d'une œuvre : en Allemagne, la protection comme "
                "« Lichtbild » suppose un minimum d'effort personnel ; à examiner.",
                en="Reproduction of an artwork: in Germany 'Lichtbild' protection needs a "
                "minimum of personal effort; to be examined.",
            ),
            explanation=T(
                fr="Le § 72 UrhG protège même les photographies sans créativité, mais "
                "exige un minimum d'effort personnel : la simple reproduction servile est "
                "exclue (BGH, 20 déc. 2018, I ZR 104/17 « Museumsfotos »). La photographie en "
                "cause reproduit une œuvre : vérifier comment elle a été réalisée avant "
                "de discuter sa protection ; à défaut, l'argument ne joue que sur le "
                "montant.",
                en="§ 72 UrhG protects even photographs without creativity but requires a "
                "minimum of personal effort: a merely slavish reproduction is excluded "
                "(BGH, 20 Dec. 2018, I ZR 104/17 'Museumsfotos'). The photo at issue "
                "reproduces an artwork: check how it was made before discussing its "
                "protection; otherwise the argument bears only on the amount.",
            ),
        ),
    },
)
def de_lichtbild(f, p):
    if f["work.originality_explained"]:
        return not_applicable("the claimant described the creative choices")
    if f["work.kind"] == "artwork_reproduction":
        return applies("reproduction")
    return applies()


@registry.rule(
    id="UK-ORIG-01",
    question="originality",
    title=T(
        fr="Droit anglais : seuil d'originalité bas (THJ v Sheridan)",
        en="English law: low originality threshold (THJ v Sheridan)",
    ),
    jurisdictions=["GB"],
    basis=["uk-thj-v-sheridan", "eu-cjeu-c-145-10-painer"],
    reads=["work.originality_explained"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Au Royaume-Uni, l'originalité s'apprécie comme création intellectuelle "
                "propre de l'auteur, avec un seuil bas : argument faible.",
                en="In the UK originality means the author's own intellectual creation, "
                "with a low threshold: a weak argument.",
            ),
            explanation=T(
                fr="La Court of Appeal applique désormais le critère de la création "
                "intellectuelle propre à l'auteur, reflétant des choix libres et créatifs, "
                "au lieu du « skill and labour » (THJ Systems v Sheridan [2023] EWCA Civ "
                "1354 ; Painer, C-145/10). Le seuil reste bas : une photographie "
                "ordinaire le franchit le plus souvent. Ne pas fonder la défense sur "
                "l'originalité ; l'argument peut peser sur le montant.",
                en="The Court of Appeal now applies the author's-own-intellectual-creation "
                "test, reflecting free and creative choices, instead of 'skill and labour' "
                "(THJ Systems v Sheridan [2023] EWCA Civ 1354; Painer, C-145/10). The bar "
                "remains low: an ordinary photograph usually clears it. Do not build the "
                "defence on originality; the point may weigh on the amount.",
            ),
        )
    },
)
def uk_low_threshold(f, p):
    if f["work.originality_explained"]:
        return not_applicable("the claimant described the creative choices")
    return applies()
