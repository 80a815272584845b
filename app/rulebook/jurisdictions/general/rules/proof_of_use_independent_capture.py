"""Proof of the infringing use: an independent capture of the use (a bailiff's report or
a capture by a third party) against screenshots or tracking reports of the claimant's.

All three rules deciding ``use_proven`` have disjoint conditions (no evidence; screenshots
or tracking reports only; an independent capture), so they never conflict.
"""

from app.rulebook import registry
from app.rulebook.by_law import LAW_IN, country
from app.rulebook.jurisdictions.general.rules._evidence import (
    EVIDENCE_UNDETERMINED,
    WEAK_EVIDENCE,
    _labels,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable

FRENCH_PROTOCOL = {
    "bailiff": (
        " En France, il n'a toutefois de valeur que si le protocole a été respecté (matériel, "
        "navigateur, absence de proxy, adresses DNS et IP, horloge, cache vidé : CA Paris, 12 "
        "janv. 2016, RG 2014/14431) ; la norme NF Z67-147 guide ce contrôle, sans constituer "
        "une règle de droit (CA Paris, 27 févr. 2013). Relire le constat sur ces points.",
        " In France it has value only if the protocol was followed (hardware, browser, no "
        "proxy, DNS and IP addresses, clock, cleared cache: CA Paris, 12 Jan. 2016, RG "
        "2014/14431); standard NF Z67-147 guides that check without being a rule of law (CA "
        "Paris, 27 Feb. 2013). Read the report on those points.",
    ),
    "third_party": (
        " Les sources consultées ne tranchent pas sa valeur au regard de l'exigence, en droit "
        "français, d'un tiers indépendant et objectif (CA Paris, 12 janv. 2016, RG "
        "2014/14431) : la question s'apprécie au cas par cas.",
        " The sources consulted do not settle its weight against the French requirement of "
        "an independent and objective third party (CA Paris, 12 Jan. 2016, RG 2014/14431): "
        "assess it case by case.",
    ),
}
"""The French case law on captures, said under French law or while the law is unknown."""


def _french(f, variant):
    law = country(f["derived.law"])
    fr, en = FRENCH_PROTOCOL[variant] if law == "FR" or law not in LAW_IN else ("", "")
    return {"french_fr": fr, "french_en": en}


@registry.rule(
    id="GEN-PROOF-03",
    question="proof_of_use",
    title=T(
        fr="Usage établi par une capture indépendante",
        en="Use shown by an independent capture",
    ),
    jurisdictions=["ALL"],
    basis=["fr-ca-paris-2016-01-12", "fr-afnor-nf-z67-147", "fr-ca-paris-2013-02-27"],
    reads=["letter.evidence_of_use", "derived.law"],
    role="info",
    decides="use_proven",
    variants={
        "bailiff": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'usage est établi par un constat de commissaire de justice : ne pas "
                "contester l'usage lui-même, sauf vice du protocole.",
                en="The use is shown by a bailiff's report: do not dispute the use itself, "
                "unless the protocol was flawed.",
            ),
            explanation=T(
                fr="Le constat dressé par un commissaire de justice (anciennement huissier) "
                "est la preuve de référence d'un usage en ligne.{french_fr} Pièces produites : "
                "{evidence_fr}.",
                en="A report drawn up by a bailiff (commissaire de justice) is the "
                "reference proof of online use.{french_en} Evidence offered: {evidence_en}.",
            ),
        ),
        "third_party": Variant(
            outcome="favours_claimant",
            weight=0.4,
            summary=T(
                fr="L'usage est étayé par une capture émanant d'un tiers ({evidence_fr}) : "
                "cette preuve est plus solide qu'une simple capture d'écran.",
                en="The use is supported by a third-party capture ({evidence_en}): "
                "stronger than a mere screenshot.",
            ),
            explanation=T(
                fr="La capture horodatée ou l'archive du web émane d'un tiers et offre plus "
                "de garanties qu'une capture d'écran réalisée par l'agence.{french_fr} Pièces "
                "produites : {evidence_fr}.",
                en="A timestamped capture or a web archive comes from a third party and "
                "offers more guarantees than the agency's own screenshot.{french_en} Evidence "
                "offered: {evidence_en}.",
            ),
        ),
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def independent_capture(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return not_applicable("the evidence offered is unknown (see GEN-PROOF-01)")
    if "bailiff_report" in evidence:
        return applies("bailiff", **_labels(evidence), **_french(f, "bailiff"), conclusion=True)
    if any(e not in WEAK_EVIDENCE for e in evidence):
        return applies(
            "third_party", **_labels(evidence), **_french(f, "third_party"), conclusion=True
        )
    return not_applicable("no independent capture is offered")
