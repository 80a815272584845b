"""An image taken from the web without a licence: free availability is not a licence.

Sources: the consent rule of the applicable law (Article L122-4 CPI; § 15 UrhG; CDPA s.16;
17 U.S.C. § 106); CJEU, 7 Aug. 2018, Renckhoff, C-161/17 (posting a copy of a photograph
freely available elsewhere needs a fresh authorisation); good faith: Cass. 1re civ., 3 Apr.
2001, n° 99-15.767 (France), Hoffman v DARE [2012] EWPCC 2 (England), § 97 UrhG (an
injunction needs no fault, damages need negligence at least), 17 U.S.C. § 504(c)(2)
(innocence only lowers statutory damages). The texts name the applicable law's sources
only, and every law's while the applicable law is unknown.
"""

from app.rulebook import registry
from app.rulebook.by_law import in_eu, uncovered_consent
from app.rulebook.jurisdictions.general.rules._linking import LINKING
from app.services.rules.display import Words
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
        fr="Image trouvée sur internet et reproduite sans licence",
        en="Image taken from the web without a licence",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l122-4",
        "fr-cass-civ1-2001-04-03",
        "eu-cjeu-c-161-17-renckhoff",
        "de-urhg-15",
        "uk-cdpa-s16",
        "uk-hoffman-v-dare",
        "us-17-106",
        "de-urhg-97",
        "us-17-504",
    ],
    reads=[
        "acquisition.source",
        "acquisition.licence.held",
        "respondent.is_author",
        "use.technique",
        "derived.law",
    ],
    role="info",
    decides="new_public_communication",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image provient {source_fr}, sans licence : la circonstance qu'elle y "
                "était librement accessible n'en autorisait pas la reproduction.",
                en="The image came from {source_en}, without a licence: being freely "
                "accessible there did not authorise copying it.",
            ),
            explanation=T(
                fr="La reproduction et la mise en ligne d'une photographie supposent "
                "l'autorisation du titulaire des droits ({consent}){renckhoff}.{fault} En "
                "l'espèce, l'image provient {source_fr} et le client ne bénéficie d'aucune "
                "licence : l'exploitation non autorisée paraît établie si le réclamant "
                "justifie de ses droits ; la défense porte alors sur la preuve, la "
                "titularité des droits et le montant.",
                en="Copying and posting a photograph needs the rights holder's authorisation "
                "({consent}){renckhoff}.{fault} Here the image came from {source_en} and the "
                "client holds no licence: an unauthorised use looks established if the "
                "claimant proves title, and the defence turns on proof, title and "
                "amount.",
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
    if f["use.technique"] in LINKING:
        # A link or an embed is not a copy: the linking rules decide (legal review, defect 7).
        return not_applicable("the image is linked or embedded, not copied: see the linking rules")
    held = f["acquisition.licence.held"]
    if held is None:
        return undetermined("acquisition.licence.held")
    if held:
        return not_applicable("the client holds a licence (examined by GEN-ORIGIN-01/-06)")
    source_fr, source_en = FREE_SOURCES[source]
    # Copying is a new communication: the same conclusion as EU-REPOST-01 (no conflict).
    return applies(
        conclusion=True, source_fr=source_fr, source_en=source_en, **_sources_of(f["derived.law"])
    )


CONSENT = {
    "FR": ("art. L. 122-4 du CPI", "Article L122-4 CPI"),
    "DE": ("§ 15 UrhG", "§ 15 UrhG"),
    "GB": ("CDPA 1988, s.16", "CDPA 1988, s.16"),
    "US": ("17 U.S.C. § 106", "17 U.S.C. § 106"),
}
RENCKHOFF = (
    ", même si elle était librement accessible ailleurs (CJUE, 7 août 2018, Renckhoff, aff. C-161/17)",
    ", even when it was freely accessible elsewhere (CJEU, 7 Aug. 2018, Renckhoff, C-161/17)",
)
FAULT = {
    "FR": (
        " En matière civile, la contrefaçon est constituée par le seul fait matériel de la "
        "reproduction, et la bonne foi est inopérante (Cass. 1re civ., 3 avr. 2001, "
        "n° 99-15.767).",
        " In civil proceedings infringement follows from the material act alone and good "
        "faith is no answer (Cass. 1re civ., 3 Apr. 2001, no. 99-15.767).",
    ),
    "DE": (
        " L'action en cessation ne suppose aucune faute ; les dommages-intérêts supposent "
        "une faute, que la simple négligence suffit à caractériser (§ 97 UrhG).",
        " An injunction needs no fault; damages need fault, and negligence is enough (§ 97 UrhG).",
    ),
    "GB": (
        " Se croire autorisé ne constitue pas un moyen de défense (Hoffman v DARE [2012] EWPCC 2).",
        " Believing oneself authorised is no defence (Hoffman v DARE [2012] EWPCC 2).",
    ),
    "US": (
        " La bonne foi n'écarte pas la contrefaçon ; elle peut seulement réduire les "
        "dommages-intérêts forfaitaires légaux (statutory damages, 17 U.S.C. § 504(c)(2)).",
        " Good faith does not rule out infringement; it may only lower statutory damages "
        "(17 U.S.C. § 504(c)(2)).",
    ),
}


def _sources_of(derived_law) -> dict[str, Words]:
    """The applicable law's sources; every law's while that law is unknown; under a law
    without a package, the InfoSoc Directive's consent rule in a Member State (or a pointer
    to that law) and no other country's words on fault."""
    law = (derived_law or {}).get("country")
    eu_case_law = law != "US"
    renckhoff = Words(
        {"fr": RENCKHOFF[0] if eu_case_law else "", "en": RENCKHOFF[1] if eu_case_law else ""}
    )
    uncovered = uncovered_consent(derived_law)
    if uncovered is not None:
        if not in_eu(derived_law):
            renckhoff = Words({"fr": "", "en": ""})
        return {"consent": uncovered, "renckhoff": renckhoff, "fault": Words({"fr": "", "en": ""})}
    laws = [law] if law in CONSENT else list(CONSENT)
    consent = Words(
        {
            "fr": " ; ".join(CONSENT[c][0] for c in laws),
            "en": "; ".join(CONSENT[c][1] for c in laws),
        }
    )
    fault = Words(
        {"fr": "".join(FAULT[c][0] for c in laws), "en": "".join(FAULT[c][1] for c in laws)}
    )
    return {"consent": consent, "renckhoff": renckhoff, "fault": fault}
