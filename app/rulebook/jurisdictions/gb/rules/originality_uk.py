"""Originality under the law of England and Wales (the Court of Appeal's test): the author's own intellectual creation, a low threshold for
photographs.

Source: THJ Systems v Sheridan [2023] EWCA Civ 1354 (the "author's own intellectual
creation" test).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


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
                fr="En Angleterre et au pays de Galles, l'originalité s'apprécie comme une création "
                "intellectuelle propre à son auteur, avec un seuil bas : l'argument est "
                "faible.",
                en="In England and Wales, originality means the author's own intellectual "
                "creation, "
                "with a low threshold: a weak argument.",
            ),
            explanation=T(
                fr="La Court of Appeal applique désormais le critère de la création "
                "intellectuelle propre à l'auteur, reflétant des choix libres et créatifs, "
                "au lieu du « skill and labour » (THJ Systems v Sheridan [2023] EWCA Civ "
                "1354 ; Painer, aff. C-145/10). Le seuil reste bas : une photographie "
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
