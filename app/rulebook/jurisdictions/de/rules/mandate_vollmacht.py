"""A German lawyer's Abmahnung: no power of attorney to demand (§ 174 BGB; BGH I ZR 140/08).

Source: legal review of rulebook 1.1 (December 2026), defect 6 and missing law 5. Overrides
the general GEN-MANDATE-03 in German law.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules.mandate import LAWYER_READS, _lawyer_acts_for
from app.services.rules.model import Text as T
from app.services.rules.model import Variant


@registry.rule(
    id="DE-MANDATE-01",
    question="mandate",
    title=T(
        fr="Avertissement d'un avocat : pas de procuration à exiger (§ 174 BGB)",
        en="A lawyer's Abmahnung: no power of attorney to demand (§ 174 BGB)",
    ),
    jurisdictions=["DE"],
    basis=["de-bgh-i-zr-140-08", "de-urhg-97a"],
    reads=LAWYER_READS,
    role="info",
    exception_to=["GEN-MANDATE-03"],
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="{sender} écrit pour {holder_fr} : l'avertissement qui offre "
                "la souscription d'un engagement de cessation ne peut être rejeté faute de "
                "procuration ; vérifier seulement que la partie lésée est désignée.",
                en="{sender_en} writes for {holder_en}: an Abmahnung offering an undertaking "
                "cannot be rejected for want of a power of attorney; only check that the "
                "injured party is named.",
            ),
            explanation=T(
                fr="Le § 174 BGB (rejet d'un acte unilatéral accompli sans production d'une "
                "procuration) ne s'applique pas à l'avertissement (Abmahnung) qui offre la "
                "conclusion d'un contrat de cessation (BGH, 19 mai 2010, I ZR 140/08, rendu "
                "en matière de concurrence déloyale ; la pratique en étend la solution à "
                "l'avertissement en droit d'auteur, point à vérifier). En cas de doute sur le "
                "pouvoir de l'avocat, l'engagement peut être subordonné à la production "
                "d'une procuration. L'avertissement doit en revanche désigner la partie "
                "lésée (§ 97a(2) n° 1 UrhG).",
                en="§ 174 BGB (rejection of a unilateral act for want of a produced power of "
                "attorney) does not apply to an Abmahnung offering an undertaking contract "
                "(BGH, 19 May 2010, I ZR 140/08, an unfair-competition case; practice "
                "applies it to copyright warnings, to be checked). If the lawyer's authority "
                "is in doubt, the undertaking can be made conditional on a power of "
                "attorney. The warning must however name the injured party (§ 97a(2) no. 1 "
                "UrhG).",
            ),
        )
    },
)
def de_lawyer_mandate(f, p):
    return _lawyer_acts_for(f)
