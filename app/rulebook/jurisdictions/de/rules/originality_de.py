"""Originality under German law: a photograph without originality is still protected as a
simple photograph (Lichtbild, § 72 UrhG), for the shorter term of ``term.de_lichtbild_years``.

Sources: § 72 UrhG; BGH, 20 Dec. 2018, I ZR 104/17 "Museumsfotos" (a photograph of a
painting is a Lichtbild).
"""

from app.rulebook import registry
from app.rulebook.figures import period
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


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
    params=["term.de_lichtbild_years", "term.pma_years"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="En droit allemand, l'absence d'originalité n'est pas un moyen de défense : "
                "un simple cliché est protégé comme « Lichtbild » ; elle ne joue que sur le "
                "montant.",
                en="In Germany lack of originality is no defence: a snapshot is protected "
                "as a 'Lichtbild'; it bears only on the amount.",
            ),
            explanation=T(
                fr="Le § 72 UrhG protège même les photographies dépourvues de créativité "
                "(« Lichtbilder »), avec des droits pour l'essentiel identiques, mais pour "
                "{lichtbild} à compter de la publication ou de la réalisation au lieu de {pma} "
                "après la mort de l'auteur. Seule une reproduction servile, sans un "
                "minimum d'effort personnel, est exclue (BGH, 20 déc. 2018, I ZR 104/17 "
                "« Museumsfotos »). L'argument d'originalité, efficace en France, ne sert "
                "ici qu'à discuter le montant (une photographie banale vaut moins).",
                en="§ 72 UrhG protects even photographs without creativity ('Lichtbilder'), "
                "with essentially the same rights, but for {lichtbild} from publication or "
                "production instead of {pma} after the author's death. Only a slavish "
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
    return applies(
        lichtbild=period(p["term.de_lichtbild_years"], "years"),
        pma=period(p["term.pma_years"], "years"),
    )
