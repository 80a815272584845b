"""Mandate: does the agency that writes show its authority from the rights holder?

Sources: legal-notes §2.4 (FR agency standing, Magnum), §3.1 (§97a(2) Nr. 1 UrhG), §5
(17 USC 501(b)), rule candidates GEN-MANDATE-01 (§11 A).
"""

from app.rulebook import registry
from app.services.rules.display import Words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="GEN-MANDATE-01",
    question="mandate",
    title=T(
        fr="Mandat de l'agence non produit",
        en="Agency's mandate not produced",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpc-9", "fr-tgi-paris-2016-11-18-magnum", "de-urhg-97a", "us-17-501"],
    reads=["letter.agency", "letter.agency_name", "mandate.produced"],
    role="burden",
    decides="mandate_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="{agency} ne produit aucun mandat du titulaire des droits : en l'état, son "
                "pouvoir d'agir n'est pas établi.",
                en="{agency} produces no mandate from the rights holder: as it stands, its "
                "authority to claim is not established.",
            ),
            explanation=T(
                fr="Celui qui réclame pour le compte d'autrui doit justifier de son pouvoir : "
                "il incombe à chaque partie de prouver les faits nécessaires au succès de sa "
                "prétention (art. 9 CPC), et l'agence qui ne justifie ni d'une cession ni d'un "
                "mandat est irrecevable à agir, faute de qualité (TGI Paris, 18 nov. 2016, "
                "Magnum Photos). En Allemagne, l'avertissement adressé par un représentant "
                "doit désigner la partie lésée (§ 97a(2) n° 1 UrhG) ; aux États-Unis, seul le "
                "titulaire d'un droit exclusif peut agir (17 U.S.C. § 501(b)). En l'espèce, la "
                "lettre n'est accompagnée d'aucun mandat. Le demander avant toute discussion "
                "du montant.",
                en="Whoever claims on another's behalf must prove its authority: each party "
                "must prove the facts its claim requires (art. 9 French CPC), and an agency "
                "that proves neither an assignment nor a mandate lacks standing (TGI Paris, "
                "18 Nov. 2016, Magnum Photos). In Germany, a warning sent by a representative "
                "must name the injured party (§ 97a(2) no. 1 UrhG); in the United States, only "
                "the owner of an exclusive right may sue (17 U.S.C. § 501(b)). Here the letter "
                "comes with no mandate. Ask for it before any discussion of the amount.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ignore si l'agence a produit un mandat du titulaire des droits.",
        en="Whether the agency has produced a mandate from the rights holder is unknown.",
    ),
)
def mandate_not_produced(f, p):
    if f["letter.agency"] == "rights_holder":
        return not_applicable("the rights holder writes in its own name")
    produced = f["mandate.produced"]
    if produced is None:
        return undetermined("mandate.produced")
    if produced:
        return not_applicable("a mandate was produced")
    agency = (
        f["letter.agency_name"]
        or f["letter.agency"]
        or Words({"fr": "L'agence", "en": "The agency"})
    )
    return applies(agency=agency, conclusion=False)


@registry.rule(
    id="GEN-MANDATE-02",
    question="mandate",
    title=T(
        fr="Portée du mandat produit",
        en="Scope of the mandate produced",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpc-9", "fr-tgi-paris-2016-11-18-magnum", "de-urhg-97a", "us-17-501"],
    reads=["mandate.produced", "mandate.names_rights_holder", "mandate.covers_collection"],
    role="burden",
    decides="mandate_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le mandat produit ne suffit pas : {gap_fr}.",
                en="The mandate produced is not enough: {gap_en}.",
            ),
            explanation=T(
                fr="Un mandat ne confère le pouvoir d'agir que s'il émane du titulaire des "
                "droits et couvre le recouvrement (art. 9 CPC ; TGI Paris, 18 nov. 2016, Magnum "
                "Photos ; § 97a(2) n° 1 UrhG ; 17 U.S.C. § 501(b)). En l'espèce, le mandat "
                "produit est lacunaire : {gap_fr}. Demander un mandat complet.",
                en="A mandate gives authority only if it comes from the rights holder and "
                "covers collection (art. 9 French CPC; TGI Paris, 18 Nov. 2016, Magnum "
                "Photos; § 97a(2) no. 1 UrhG; 17 U.S.C. § 501(b)). The mandate produced "
                "here falls short: {gap_en}. Ask for a complete mandate.",
            ),
        ),
        "sufficient": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Le mandat produit désigne le titulaire et couvre le recouvrement.",
                en="The mandate produced names the rights holder and covers collection.",
            ),
            explanation=T(
                fr="Le mandat produit émane du titulaire désigné et couvre le recouvrement : "
                "le pouvoir d'agir de l'agence est établi sur ce point.",
                en="The mandate produced names the rights holder and covers collection: the "
                "agency's authority is established on this point.",
            ),
        ),
    },
)
def mandate_insufficient(f, p):
    if f["mandate.produced"] is not True:
        return not_applicable("no mandate was produced to examine")
    names, covers = f["mandate.names_rights_holder"], f["mandate.covers_collection"]
    if names is False or covers is False:
        gaps_fr, gaps_en = [], []
        if names is False:
            gaps_fr.append("il ne désigne pas le titulaire des droits")
            gaps_en.append("it does not name the rights holder")
        if covers is False:
            gaps_fr.append("il ne couvre pas le recouvrement")
            gaps_en.append("it does not cover collection")
        return applies(gap_fr=" ; ".join(gaps_fr), gap_en="; ".join(gaps_en), conclusion=False)
    missing = [
        n
        for n, v in (("mandate.names_rights_holder", names), ("mandate.covers_collection", covers))
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("sufficient", conclusion=True)
