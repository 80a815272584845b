"""An image taken from the web without a licence: free availability is not a licence.

Sources: legal-notes §2.6 (civil infringement by the material act alone, good faith is no
defence: Cass. 1re civ. 29 May 2001 n° 99-15.284), §4.2 (Renckhoff C-161/17: posting a
copy of a photo freely available elsewhere needs a fresh authorisation), §6 (relying on a
third party or believing the image free is no defence to infringement: Hoffman v DARE
[2012] EWPCC 2), §3.1 (§97 UrhG), §5 (17 USC 106).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

FREE_SOURCES = {
    "web_search": ("d'une recherche d'images sur internet", "a web image search"),
    "social_media": ("d'un réseau social", "a social network"),
    "rights_holder_site": ("du site du titulaire des droits", "the rights holder's own site"),
}


@registry.rule(
    id="GEN-ORIGIN-08",
    question="acquisition",
    title=T(
        fr="Image reprise d'internet sans licence",
        en="Image taken from the web without a licence",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l122-4",
        "fr-cass-civ1-2001-05-29",
        "eu-cjeu-c-161-17-renckhoff",
        "de-urhg-15",
        "uk-cdpa-s16",
        "uk-hoffman-v-dare",
        "us-17-106",
    ],
    reads=["acquisition.source", "acquisition.licence.held", "respondent.is_author"],
    role="info",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image provient {source_fr}, sans licence : qu'elle y ait été librement "
                "accessible n'autorisait pas sa reproduction.",
                en="The image came from {source_en}, without a licence: being freely "
                "accessible there did not authorise copying it.",
            ),
            explanation=T(
                fr="Reproduire et mettre en ligne une photographie suppose l'autorisation du "
                "titulaire des droits (art. L122-4 CPI ; § 15 UrhG ; CDPA s.16 ; "
                "17 U.S.C. § 106), même si elle était librement accessible ailleurs "
                "(CJUE, Renckhoff, C-161/17). En matière civile, la contrefaçon est "
                "constituée par le seul fait matériel de la reproduction, et la bonne foi est "
                "inopérante (Cass. 1re civ., 29 mai 2001, n° 99-15.284) ; au Royaume-Uni, se "
                "croire autorisé n'est pas un moyen de défense (Hoffman v DARE [2012] EWPCC "
                "2). En l'espèce, l'image provient {source_fr} et le client ne détient aucune "
                "licence : l'usage non autorisé paraît établi si le réclamant prouve ses "
                "droits ; la défense porte alors sur la preuve, la titularité et le montant.",
                en="Copying and posting a photograph needs the rights holder's authorisation "
                "(art. L122-4 CPI; § 15 UrhG; CDPA s.16; 17 U.S.C. § 106), even when it was "
                "freely accessible elsewhere (CJEU, Renckhoff, C-161/17). In civil "
                "proceedings infringement follows from the material act alone and good "
                "faith is no answer (Cass. 1re civ., 29 May 2001, no. 99-15.284); in the "
                "UK, believing oneself authorised is no defence (Hoffman v DARE [2012] "
                "EWPCC 2). Here the image came from {source_en} and the client holds no "
                "licence: an unauthorised use looks established if the claimant proves "
                "its rights, and the defence turns on proof, title and amount.",
            ),
        )
    },
)
def taken_from_the_web_without_licence(f, p):
    source = f["acquisition.source"]
    if source not in FREE_SOURCES:
        return not_applicable("the image did not come from a freely accessible web source")
    if f["respondent.is_author"]:
        return not_applicable("the client is the author")
    held = f["acquisition.licence.held"]
    if held is None:
        return undetermined("acquisition.licence.held")
    if held:
        return not_applicable("the client holds a licence (examined by GEN-ORIGIN-01/-06)")
    source_fr, source_en = FREE_SOURCES[source]
    return applies(source_fr=source_fr, source_en=source_en)
