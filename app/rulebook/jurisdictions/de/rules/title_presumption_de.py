"""Title under German law: the presumption of authorship of § 10 UrhG.

Sources: § 10 UrhG (the natural person named in the usual place is presumed the author);
BGH, 18 Sept. 2014, I ZR 76/13 "CT-Paradies" (a company name or logo does not trigger it);
LG Köln, 24 Aug. 2017, 14 O 111/16 (original RAW files as evidence of authorship).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, undetermined


@registry.rule(
    id="DE-TITLE-01",
    question="title",
    title=T(
        fr="Présomption d'auteur du § 10 UrhG",
        en="Presumption of authorship under § 10 UrhG",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-10", "de-bgh-i-zr-76-13", "de-lg-koeln-14-o-111-16"],
    reads=["title.authorship_evidence"],
    role="burden",
    variants={
        "not_triggered": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La présomption du § 10 UrhG ne joue pas ({evidence_fr}) : il incombe au "
                "réclamant de prouver la qualité d'auteur et ses droits.",
                en="The § 10 UrhG presumption is not triggered ({evidence_en}): the claimant "
                "must prove authorship and title.",
            ),
            explanation=T(
                fr="Le § 10 UrhG présume auteur la personne physique désignée comme telle à "
                "l'endroit habituel ; un nom de société ou un logo ne fait pas jouer la "
                "présomption (BGH, 18 sept. 2014, I ZR 76/13 « CT-Paradies »). En l'espèce : "
                "{evidence_fr}.",
                en="§ 10 UrhG presumes the natural person named in the usual place to be "
                "the author; a company name or logo does not trigger it (BGH, 18 Sept. "
                "2014, I ZR 76/13 'CT-Paradies'). Here: {evidence_en}.",
            ),
        ),
        "triggered": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="La qualité d'auteur est étayée ({evidence_fr}).",
                en="Authorship is supported ({evidence_en}).",
            ),
            explanation=T(
                fr="Un crédit nominatif fait jouer la présomption du § 10 UrhG ; la production "
                "des fichiers originaux (RAW) constitue un indice sérieux de la qualité "
                "d'auteur (LG Köln, 14 O 111/16, dans la ligne de CT-Paradies). En l'espèce : "
                "{evidence_fr}.",
                en="A name credit triggers the § 10 UrhG presumption; producing the original "
                "(RAW) files is strong circumstantial evidence of authorship (LG Köln, 14 O "
                "111/16, following CT-Paradies). Here: {evidence_en}.",
            ),
        ),
    },
)
def de_authorship_presumption(f, p):
    evidence = f["title.authorship_evidence"]
    if evidence is None:
        return undetermined("title.authorship_evidence")
    if evidence in ("company_logo_only", "none"):
        fr = "seul un logo de société" if evidence == "company_logo_only" else "aucun crédit"
        en = "only a company logo" if evidence == "company_logo_only" else "no credit at all"
        return applies("not_triggered", evidence_fr=fr, evidence_en=en)
    fr = "crédit nominatif" if evidence == "name_credit" else "fichiers originaux (RAW) produits"
    en = "a name credit" if evidence == "name_credit" else "RAW files produced"
    return applies("triggered", evidence_fr=fr, evidence_en=en)
