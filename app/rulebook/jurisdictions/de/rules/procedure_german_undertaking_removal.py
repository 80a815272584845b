"""Procedure: what removal of the image does and does not achieve in German law, beside a
lawyer's warning letter demanding an undertaking (``procedure_german_undertaking.py``).

Sources: legal review of rulebook 1.1 (December 2026), defects 3 and 11 and missing law 4:
removal of the image does not end the presumed risk of repetition (Wiederholungsgefahr),
only a penalty-backed undertaking (strafbewehrte Unterlassungserklärung) does (BGH
I ZR 55/12, as cited by the review). This rule overrides the general advice of
GEN-LETTER-03 (removal lowers the risk of an order) where German law governs.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.de.rules.procedure_german_undertaking import (
    UNDERTAKING_EN,
    UNDERTAKING_FR,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="DE-LETTER-03",
    question="procedure",
    title=T(
        fr="Retrait de l'image : il borne la période d'exploitation sans écarter le risque de "
        "récidive",
        en="Removal of the image: caps the period, does not end the risk of repetition",
    ),
    jurisdictions=["DE"],
    basis=["de-bgh-i-zr-55-12", "de-lg-koeln-14-o-327-21", "de-bgb-199-5"],
    reads=["use.removed_on", "use.first_used_on", "derived.dates"],
    role="info",
    exception_to=["GEN-LETTER-03"],
    variants={
        "time_barred": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed} : les demandes de dommages-intérêts et de "
                "cessation sont prescrites ; seule subsiste la valeur de licence au titre de "
                "l'enrichissement (§ 852 BGB).",
                en="Image removed on {removed}: the damages and injunction claims are "
                "time-barred; only the licence value remains, as enrichment (§ 852 BGB).",
            ),
            explanation=T(
                fr="Le retrait n'efface pas l'atteinte passée (LG Köln, 14 O 327/21), mais le "
                "dernier usage remonte au {removed} : la prescription de trois ans court, pour "
                "la demande de cessation, à compter de l'infraction (§ 199(5) BGB) et elle est "
                "acquise ; le risque de récidive ne peut plus fonder une action.",
                en="Removal does not erase the past infringement (LG Köln, 14 O 327/21), but "
                "the last use was on {removed}: the three-year period of the injunction claim "
                "runs from the infringement (§ 199(5) BGB) and has expired; the risk of "
                "repetition can no longer found an action.",
            ),
        ),
        # Read as this variant when a decisive defence defeats the claim (strategy.yaml).
        "no_infringement": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed} : aucune atteinte n'étant caractérisée, le "
                "retrait n'appelle aucun engagement de cessation.",
                en="Image removed on {removed}: with no infringement, the removal calls for no "
                "undertaking.",
            ),
            explanation=T(
                fr="Le risque de récidive suppose une atteinte ; un moyen décisif l'écarte "
                "ici. Conserver néanmoins la preuve de la date du retrait.",
                en="The risk of repetition presupposes an infringement; a decisive defence "
                "rules it out here. Keep evidence of the removal date all the same.",
            ),
        ),
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed} : la période d'exploitation est bornée, mais "
                "le risque de récidive demeure tant qu'aucun engagement de cessation assorti "
                "d'une clause pénale n'a été souscrit.",
                en="Image removed on {removed}: the period of use is capped, but the risk of "
                "repetition remains until a penalty-backed undertaking is given.",
            ),
            explanation=T(
                fr="Le retrait n'efface pas l'atteinte passée (LG Köln, 14 O 327/21) ; il "
                "borne la période sur laquelle l'indemnité est calculée. " + UNDERTAKING_FR + " "
                "Conserver la preuve de la date du retrait et, si un engagement est exigé, "
                "y répondre dans le délai imparti.",
                en="Removal does not erase the past infringement (LG Köln, 14 O 327/21); it "
                "caps the period on which damages are computed. " + UNDERTAKING_EN + " Keep "
                "evidence of the removal date and, if an undertaking is demanded, answer "
                "within the deadline.",
            ),
        ),
    },
)
def de_removal_and_repetition(f, p):
    removed = f["use.removed_on"]
    if removed is None:
        return not_applicable("no removal date is known")
    dates = f["derived.dates"] if isinstance(f["derived.dates"], dict) else {}
    if dates.get("law") == "DE" and dates.get("time_barred") is True:
        return applies("time_barred", removed=removed)
    return applies(removed=removed)
