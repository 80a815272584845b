"""Origin of the image: a licence held by the client, its scope and term, and its proof.

Sources: the user who relies on a licence must show it, and its own chain of licences
(LG Düsseldorf, 12 O 370/14).

A licence that covers the use is an exception to every rule that finds a source of
authorisation wanting (``decides="use_authorised"``, see ``general/rules/_acquisition.py``).
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.jurisdictions.general.rules._acquisition import NO_AUTHORISATION, WITHOUT_CONSENT
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

INFRINGEMENT_BASIS = ["fr-cpi-l122-4", "de-urhg-15", "uk-cdpa-s16", "us-17-106"]
LICENCE_READS = [
    "respondent.is_author",
    "acquisition.source",
    "acquisition.licence.held",
    "acquisition.licence.covers_use",
    "acquisition.licence.licensor",
    "acquisition.licence.valid_until",
    "acquisition.licence.documents_available",
    "use.first_used_on",
    "use.detected_on",
    "use.removed_on",
    "derived.law",
]
OWN_TERMS_SOURCES = ("press_kit", "creative_commons")
LICENCE_PROOF = {
    "FR": (
        "art. 1353 du Code civil, point à vérifier",
        "Article 1353 of the Civil Code, to be checked",
    ),
    "DE": (
        "l'utilisateur doit pouvoir justifier de sa propre chaîne de licences : LG Düsseldorf, "
        "12 O 370/14",
        "the user must be able to show the chain of licences the use rests on: LG Düsseldorf, "
        "12 O 370/14",
    ),
    "GB": (
        "selon la règle générale, celui qui allègue un fait doit le prouver, point à vérifier",
        "under the general rule, whoever asserts a fact must prove it, to be checked",
    ),
    "US": (
        "la licence est un moyen de défense qu'il appartient au défendeur d'établir, point à "
        "vérifier",
        "a licence is a defence the defendant must establish, to be checked",
    ),
}
"""Who proves a licence, by the applicable law (every law, each named, while unknown)."""


def _use_after_expiry(f):
    """The latest known date of use after the licence's end, or None."""
    valid_until = f["acquisition.licence.valid_until"]
    if valid_until is None:
        return None
    latest = None
    for name in ("use.first_used_on", "use.detected_on", "use.removed_on"):
        seen = f[name]
        if seen is not None and seen > valid_until and (latest is None or seen > latest):
            latest = seen
    return latest


def _licensor(f):
    return f["acquisition.licence.licensor"] or "—"


def _consent(f):
    """The applicable law's text on acts done without consent."""
    return by_law(WITHOUT_CONSENT, country(f["derived.law"]))


@registry.rule(
    id="GEN-ORIGIN-01",
    question="acquisition",
    title=T(fr="Utilisation couverte par une licence", en="Use covered by a licence"),
    jurisdictions=["ALL"],
    basis=INFRINGEMENT_BASIS,
    reads=LICENCE_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Le client bénéficie d'une licence (concédant : {licensor}) qui couvre "
                "cette utilisation : la réclamation est dépourvue de fondement.",
                en="The client holds a licence (licensor: {licensor}) that covers this use: "
                "the claim is unfounded.",
            ),
            explanation=T(
                fr="Il n'y a contrefaçon que si la reproduction ou la représentation est "
                "faite sans le consentement du titulaire des droits ({consent}). En l'espèce, le client "
                "bénéficie d'une licence (concédant : {licensor}) qui, selon lui, couvre "
                "l'utilisation en cause (support, destination, territoire, durée). "
                "Communiquer à l'agence la preuve de la licence (facture, certificat, "
                "historique du compte) et lui demander de classer le dossier.",
                en="There is infringement only where the act of reproduction or "
                "communication is done without the right holder's consent ({consent}). Here the client holds a "
                "licence (licensor: {licensor}) which, it says, covers the use at issue "
                "(medium, purpose, territory, term). Send the agency the proof of the "
                "licence (invoice, certificate, account history) and ask it to close the "
                "file.",
            ),
        ),
        "undocumented": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le client affirme bénéficier d'une licence couvrant l'utilisation "
                "(concédant : {licensor}), mais n'en a pas la preuve écrite : ce moyen de "
                "défense ne vaut que si la licence est justifiée.",
                en="The client says that there is a licence covering the use (licensor: "
                "{licensor}) but has no written proof: the defence holds only once the "
                "licence is documented.",
            ),
            explanation=T(
                fr="La licence qui couvre l'utilisation exclut la contrefaçon ({consent}). Mais il incombe à "
                "l'utilisateur de prouver la licence qu'il invoque (voir GEN-PROOF-02). "
                "Retrouver la facture, le certificat de licence ou l'historique du compte "
                "ouvert auprès de la banque d'images avant de répondre sur ce terrain.",
                en="A licence covering the use excludes infringement ({consent}). But the user must prove "
                "the licence it relies on (see GEN-PROOF-02). Retrieve the invoice, the "
                "licence certificate or the stock-account history before answering on "
                "this ground.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Il n'est pas établi que le client bénéficie d'une licence pour cette image, ni "
        "que celle-ci couvre l'utilisation en cause.",
        en="Whether the client holds a licence for this image, and whether it covers the "
        "use, is unknown.",
    ),
)
def licence_covers_use(f, p):
    if f["respondent.is_author"]:
        return not_applicable("the client is the author: no licence is needed")
    held = f["acquisition.licence.held"]
    if held is None:
        if f["acquisition.source"] in OWN_TERMS_SOURCES:
            return not_applicable("the image came with its own terms (press kit or CC)")
        return undetermined("acquisition.licence.held")
    if not held:
        return not_applicable("the client holds no licence")
    covers = f["acquisition.licence.covers_use"]
    if _use_after_expiry(f) is not None:
        return not_applicable("the licence had ended when the image was in use")
    if covers is None:
        return undetermined("acquisition.licence.covers_use")
    if not covers:
        return not_applicable("the licence does not cover this use")
    if f["acquisition.licence.documents_available"] is False:
        return applies("undocumented", licensor=_licensor(f), consent=_consent(f), conclusion=True)
    return applies(licensor=_licensor(f), consent=_consent(f), conclusion=True)


@registry.rule(
    id="GEN-ORIGIN-06",
    question="acquisition",
    title=T(
        fr="Licence ne couvrant pas l'utilisation en cause",
        en="Licence held but not covering the use",
    ),
    jurisdictions=["ALL"],
    basis=INFRINGEMENT_BASIS,
    reads=LICENCE_READS,
    role="info",
    decides="use_authorised",
    variants={
        "scope": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="La licence du client (concédant : {licensor}) ne couvre pas cette "
                "utilisation : elle ne constitue pas un moyen de défense.",
                en="The client's licence (licensor: {licensor}) does not cover this use: "
                "it is no defence.",
            ),
            explanation=T(
                fr="La licence n'autorise que les utilisations qu'elle vise (support, "
                "destination, territoire, durée) ; au-delà, l'utilisation est faite sans "
                "consentement ({consent}). En l'espèce, le client indique que sa licence ne couvre pas "
                "l'utilisation en cause. Elle demeure utile : elle atteste sa bonne foi, et "
                "son prix constitue un repère pour le montant.",
                en="A licence authorises only the uses it names (medium, purpose, "
                "territory, term); beyond them the use is made without consent ({consent}). Here the "
                "client says that the licence held does not cover the use at issue. It still helps: "
                "it shows good faith and its price is a benchmark for the amount.",
            ),
        ),
        "expired": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="La licence du client a pris fin le {valid_until}, mais l'image était "
                "encore en ligne le {seen_on} : l'utilisation postérieure n'est pas couverte.",
                en="The client's licence ended on {valid_until}, but the image was still "
                "in use on {seen_on}: the later use is not covered.",
            ),
            explanation=T(
                fr="La licence consentie pour une durée limitée n'autorise pas l'utilisation "
                "au-delà de son terme ({consent}). En l'espèce, la licence (concédant : {licensor}) a pris "
                "fin le {valid_until} et l'image était en ligne le {seen_on}. Seule la "
                "période postérieure est en cause : le montant doit être limité à cette "
                "période.",
                en="A licence for a limited term does not authorise use after it ends ({consent}). Here the "
                "licence (licensor: {licensor}) ended on {valid_until} and the image was "
                "online on {seen_on}. Only the later period is at stake: the amount should "
                "be limited to it.",
            ),
        ),
    },
)
def licence_does_not_cover(f, p):
    if not f["acquisition.licence.held"]:
        return not_applicable("no licence is known to be held")
    seen_on = _use_after_expiry(f)
    if seen_on is not None:
        return applies(
            "expired",
            licensor=_licensor(f),
            valid_until=f["acquisition.licence.valid_until"],
            seen_on=seen_on,
            consent=_consent(f),
            conclusion=False,
        )
    if f["acquisition.licence.covers_use"] is False:
        return applies("scope", licensor=_licensor(f), consent=_consent(f), conclusion=False)
    return not_applicable("the licence is not known to fall short of the use")


@registry.rule(
    id="GEN-PROOF-02",
    question="acquisition",
    title=T(
        fr="Licence invoquée sans justificatif",
        en="Licence relied on without documents",
    ),
    jurisdictions=["ALL"],
    basis=["de-lg-duesseldorf-12-o-370-14", "fr-cciv-1353"],
    reads=[
        "acquisition.licence.held",
        "acquisition.licence.covers_use",
        "acquisition.licence.documents_available",
        "derived.law",
    ],
    role="info",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le client invoque une licence mais ne dispose d'aucun justificatif : la "
                "preuve lui en incombe. Retrouver les factures ou l'historique du compte.",
                en="The client relies on a licence but has no document: it must prove it. "
                "Retrieve invoices or the account history.",
            ),
            explanation=T(
                fr="Il incombe à celui qui invoque une licence d'en rapporter la preuve "
                "({proof}). Sans facture, "
                "certificat ou historique du compte ouvert auprès de la banque d'images, le "
                "moyen tiré de la licence est fragile. Retrouver ces pièces avant de "
                "répondre (les plateformes conservent en général l'historique des "
                "téléchargements).",
                en="Whoever relies on a licence must prove it ({proof}). Without an "
                "invoice, certificate "
                "or stock-account history the licence defence is fragile. Retrieve them "
                "before answering (platforms usually keep the download history).",
            ),
        )
    },
    undetermined_text=T(
        fr="Il n'est pas établi que le client dispose des justificatifs de sa licence.",
        en="Whether the client has the licence documents is unknown.",
    ),
)
def licence_without_documents(f, p):
    if not f["acquisition.licence.held"]:
        return not_applicable("no licence is relied on")
    if f["acquisition.licence.covers_use"] is False:
        return not_applicable("the licence does not cover the use anyway")
    documents = f["acquisition.licence.documents_available"]
    if documents is None:
        return undetermined("acquisition.licence.documents_available")
    if documents:
        return not_applicable("the licence documents are available")
    return applies(proof=by_law(LICENCE_PROOF, country(f["derived.law"])))
