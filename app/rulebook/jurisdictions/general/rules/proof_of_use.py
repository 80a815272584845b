"""Proof of the infringing use: what the claimant offers to show the image was used.

Sources: France: Article 9 CPC (each party proves the facts it relies on). Germany: § 286
ZPO (free assessment of evidence; recalled, not verified).

All three rules deciding ``use_proven`` have disjoint conditions (no evidence; screenshots
or tracking reports only; an independent capture), so they never conflict.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._evidence import (
    EVIDENCE_UNDETERMINED,
)
from app.services.rules.display import Words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="GEN-PROOF-01",
    question="proof_of_use",
    title=T(fr="Aucune preuve de l'usage", en="No evidence of the use"),
    jurisdictions=["ALL"],
    basis=["fr-cpc-9", "de-zpo-286"],
    reads=["letter.evidence_of_use", "derived.law"],
    role="mitigating",
    decides="use_proven",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le réclamant ne produit aucune preuve de l'usage qu'il reproche.",
                en="The claimant offers no evidence of the use complained of.",
            ),
            explanation=T(
                fr="Il incombe au réclamant de prouver les faits sur lesquels il fonde sa "
                "demande ({burden}). En l'espèce, la lettre n'est accompagnée d'aucune "
                "capture, d'aucun rapport ni d'aucun constat : il convient de demander la "
                "preuve de l'usage (adresse de la page, date, capture) avant toute réponse "
                "au fond.",
                en="Whoever claims must prove the facts the claim rests on ({burden}). Here "
                "the letter comes with no capture, report or constat: ask for evidence of "
                "the use (page address, date, capture) before any answer on the merits.",
            ),
        )
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def no_evidence_of_use(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return undetermined("letter.evidence_of_use")
    if evidence:
        return not_applicable("some evidence of the use is offered")
    law = (f["derived.law"] or {}).get("country")
    return applies(burden=Words(BURDEN.get(law, BURDEN[None])), conclusion=False)


BURDEN = {
    "FR": {"fr": "art. 9 du CPC", "en": "Article 9 CPC"},
    "DE": {
        "fr": "en droit allemand, chaque partie prouve les faits qui lui sont favorables, "
        "que le juge apprécie librement, § 286 ZPO",
        "en": "under German law each party proves the facts in its favour, which the court "
        "weighs freely, § 286 ZPO",
    },
    None: {
        "fr": "règle générale de la charge de la preuve",
        "en": "the general rule on the burden of proof",
    },
}
"""Who proves the use, by the applicable law (the general rule where no text is cited)."""
