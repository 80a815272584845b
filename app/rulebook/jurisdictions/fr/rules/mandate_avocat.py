"""A French avocat's letter: the avocat need not prove the mandate (Article 416 CPC).

Source: legal review of rulebook 1.1 (December 2026), defect 6 and missing law 5. Overrides
the general GEN-MANDATE-03 in French law.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules.mandate import LAWYER_READS, _lawyer_acts_for
from app.services.rules.model import Text as T
from app.services.rules.model import Variant


@registry.rule(
    id="FR-MANDATE-01",
    question="mandate",
    title=T(
        fr="Lettre d'avocat : pas de justification du mandat (art. 416 du CPC)",
        en="A lawyer's letter: no proof of mandate needed (Article 416 CPC)",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpc-416"],
    reads=LAWYER_READS,
    role="info",
    exception_to=["GEN-MANDATE-03"],
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="{sender} écrit pour {holder_fr} : l'avocat est dispensé de justifier de "
                "son mandat ; reste à vérifier que son client est titulaire des droits.",
                en="{sender_en} writes for {holder_en}: an avocat need not prove the "
                "mandate; it remains to check that the client holds the rights.",
            ),
            explanation=T(
                fr="Quiconque entend représenter une partie doit justifier qu'il en a reçu "
                "le mandat, mais « l'avocat est toutefois dispensé d'en justifier » (art. 416 du "
                "CPC). Ne pas exiger le mandat de l'avocat ; lui demander en revanche pour "
                "quel titulaire il agit et sur quel titre reposent les droits de celui-ci.",
                en="Whoever means to represent a party must show the mandate, but the avocat "
                "'is however exempt from doing so' (Article 416 CPC). Do not ask the "
                "avocat for the mandate; ask instead for which rights holder the avocat acts and on "
                "what title that holder's rights rest.",
            ),
        )
    },
)
def fr_lawyer_mandate(f, p):
    return _lawyer_acts_for(f)
