"""Proof of the infringing use under French law: screenshots or tracking reports only.

Sources: Article 9 CPC (each party proves the facts it relies on); use is a legal fact
proved by any means and freely weighed by the court, so a screenshot's probative value is
open to dispute (CA Paris, 2 July 2010), and even a bailiff's report is worth only its
protocol (CA Paris, 12 Jan. 2016, RG 2014/14431; standard NF Z67-147, CA Paris, 27 Feb.
2013); CA Paris, 28 Jan. 2020, n° 18/02939 and Cass. com., 7 July 2021, n° 20-22.048 (any
means of proof, screenshots included) are known from a commentary only, texts not read.
When the client's own facts date the use, FR-PROOF-01 says so and weighs little.

All three rules deciding ``use_proven`` have disjoint conditions (no evidence; screenshots
or tracking reports only; an independent capture), so they never conflict.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._evidence import (
    EVIDENCE_UNDETERMINED,
    WEAK_EVIDENCE,
    _labels,
)
from app.services.rules.display import date_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def _admitted(first, removed):
    """The client's own dates of the use, in words for each language."""
    parts = {"fr": [], "en": []}
    for lang in ("fr", "en"):
        if first:
            label = "usage depuis le" if lang == "fr" else "used from"
            parts[lang].append(f"{label} {date_text(first, lang)}")
        if removed:
            label = "retrait le" if lang == "fr" else "removed on"
            parts[lang].append(f"{label} {date_text(removed, lang)}")
    return {"admitted_fr": ", ".join(parts["fr"]), "admitted_en": ", ".join(parts["en"])}


@registry.rule(
    id="FR-PROOF-01",
    question="proof_of_use",
    title=T(
        fr="Usage prouvé par de simples captures d'écran",
        en="Use shown by screenshots only",
    ),
    jurisdictions=["FR"],
    basis=[
        "fr-cpc-9",
        "fr-ca-paris-2010-07-02",
        "fr-ca-paris-2016-01-12",
        "fr-ca-paris-2020-01-28",
        "fr-cass-com-2021-07-07",
        "fr-afnor-nf-z67-147",
    ],
    reads=["letter.evidence_of_use", "use.first_used_on", "use.removed_on"],
    role="mitigating",
    decides="use_proven",
    variants={
        "use_admitted": Variant(
            outcome="favours_client",
            weight=0.2,
            summary=T(
                fr="L'usage n'est prouvé que par des pièces établies sans tiers indépendant "
                "({evidence_fr}) ; mais les éléments fournis par le client ({admitted_fr}) "
                "confirment l'usage, qu'il ne convient pas de nier.",
                en="The use is shown only by material made without an independent third party "
                "({evidence_en}); but the client's own facts ({admitted_en}) confirm the use: "
                "do not deny it.",
            ),
            explanation=T(
                fr="Il incombe au réclamant de prouver l'usage (art. 9 du CPC) ; fait "
                "juridique, l'usage se prouve par tout moyen, et le juge apprécie "
                "souverainement la force probante d'une capture d'écran. En l'espèce, le client situe lui-même l'usage ({admitted_fr}) : "
                "contester la valeur probante des captures ne servirait qu'à obtenir du "
                "réclamant la date et l'étendue exactes de l'usage, et le nier nuirait à la "
                "crédibilité de la réponse. L'argument ne pèse donc guère dans la "
                "discussion.",
                en="The claimant must prove the use (Article 9 CPC); a legal fact, use may be "
                "proved by any means, and the court freely weighs a screenshot. Here the client's own account places the "
                "use ({admitted_en}): disputing the screenshots' probative value would only "
                "serve to make the claimant state the exact dates and extent of the use, "
                "and denying the use would harm the reply's credibility. The point "
                "therefore carries little weight.",
            ),
        ),
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'usage n'est prouvé que par des pièces établies sans tiers indépendant "
                "({evidence_fr}) : sans constat, leur valeur probante est discutable.",
                en="The use is shown only by material made without an independent third party "
                "({evidence_en}): without a proper report its probative value is open to "
                "dispute.",
            ),
            explanation=T(
                fr="Chaque partie prouve les faits nécessaires au succès de sa prétention "
                "(art. 9 du CPC). L'usage est un fait juridique qui se prouve par tout moyen, "
                "et le juge apprécie souverainement la force probante d'une capture "
                "d'écran ; établie sans commissaire de justice ni autre tiers indépendant, "
                "elle est admise (Cass. com., 7 juill. 2021, n° 20-22.048) mais aisément "
                "discutée (CA Paris, 2 juill. 2010 ; CA Paris, 28 janv. 2020, n° 18/02939, "
                "connus par un commentaire, textes à vérifier) ; même un constat n'a de valeur que si le protocole technique a "
                "été respecté (CA Paris, 12 janv. 2016, RG 2014/14431 ; norme NF Z67-147). "
                "En l'espèce : {evidence_fr}. Contester la valeur probante de ces pièces et "
                "demander un constat ; si le client reconnaît l'usage, l'argument perd son "
                "intérêt.",
                en="Each party proves the facts the party's claim needs (Article 9 CPC). Use is a legal "
                "fact that may be proved by any means, and the court freely weighs a "
                "screenshot; made without a bailiff or another independent third party, it "
                "is admissible (Cass. com., 7 July 2021, no. 20-22.048) but easily disputed "
                "(CA Paris, 2 July 2010; CA Paris, 28 Jan. 2020, no. 18/02939; known from a "
                "commentary, texts to be checked); even a bailiff's report has value only "
                "if the technical protocol was followed (CA Paris, 12 Jan. 2016, RG "
                "2014/14431; standard NF Z67-147). Here: {evidence_en}. Dispute its "
                "probative value and ask for a proper report; if the client admits the "
                "use, the point loses its interest.",
            ),
        ),
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def fr_screenshots_only(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return undetermined("letter.evidence_of_use")
    if not evidence:
        return not_applicable("no evidence at all (GEN-PROOF-01)")
    if any(e not in WEAK_EVIDENCE for e in evidence):
        return not_applicable("an independent capture is offered")
    first, removed = f["use.first_used_on"], f["use.removed_on"]
    if first or removed:
        return applies(
            "use_admitted",
            **_labels(evidence),
            **_admitted(first, removed),
            conclusion=False,
        )
    return applies(**_labels(evidence), conclusion=False)
