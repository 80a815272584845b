"""Proof of the infringing use under German law: screenshots.

Sources: § 286 ZPO (free assessment of evidence; recalled, not verified).
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._evidence import (
    WEAK_EVIDENCE,
    _labels,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="DE-PROOF-02",
    question="proof_of_use",
    title=T(
        fr="Captures d'écran : preuve librement appréciée (droit allemand)",
        en="Screenshots: evidence freely assessed (German law)",
    ),
    jurisdictions=["DE"],
    basis=["de-zpo-286"],
    reads=["letter.evidence_of_use"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Preuve de l'usage : {evidence_fr}. Le droit allemand n'exige pas de "
                "constat ; le juge apprécie librement ces pièces.",
                en="Evidence of the use: {evidence_en}. German law requires no bailiff's "
                "report; the court weighs these documents freely.",
            ),
            explanation=T(
                fr="À la différence du droit français, les sources consultées ne relèvent en "
                "droit allemand aucune exigence d'un constat par un tiers : le juge apprécie "
                "librement la valeur des preuves (§ 286 ZPO, point à vérifier). Une capture "
                "d'écran a moins de force qu'un constat, mais elle est recevable. Le "
                "réclamant doit toujours prouver l'usage : si le client le conteste (date, "
                "page, image différente), le préciser ; à défaut, l'argument tiré de la "
                "preuve est sans portée. En l'espèce : {evidence_fr}.",
                en="Unlike France, the sources consulted record no requirement in Germany "
                "of a report by a third party: the court weighs the evidence freely "
                "(§ 286 ZPO, to be checked). A screenshot is weaker than a bailiff's report "
                "but admissible. The claimant must still prove the use: if the client "
                "disputes it (date, page, a different image), say so precisely; otherwise "
                "the evidence point is of no use. Here: {evidence_en}.",
            ),
        )
    },
)
def de_screenshots(f, p):
    evidence = f["letter.evidence_of_use"]
    if not evidence or any(e not in WEAK_EVIDENCE for e in evidence):
        return not_applicable("not a case of screenshots or tracking reports only")
    return applies(**_labels(evidence))
