"""Origin of the image: licence, authorship, press kit, supplier, Creative Commons.

Sources: legal-notes §9 (defences 1, 2, 9), §3.3 (free licences: OLG Köln 6 W 72/16 and
6 U 60/14), §3.4 (the user must show its own chain: LG Düsseldorf 12 O 370/14), §3.6
(BGH "Vorschaubilder": simple consent), §6 (Hoffman v DARE), §12 open question 7 (no
French case law found on press kits); candidates GEN-ORIGIN-01 to -04, DE-CC-01 and
GEN-PROOF-02 (§11 B and I).

Whether the use was authorised is decided by several rules (``decides="use_authorised"``).
Any one authorisation suffices, so every rule that finds an authorisation (licence, press
kit, Creative Commons licence complied with) is an exception to every rule that finds a
source of authorisation wanting: consistent facts never give a conflict.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

NO_AUTHORISATION = ["GEN-ORIGIN-06", "GEN-ORIGIN-07", "GEN-CC-02"]
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
]
OWN_TERMS_SOURCES = ("press_kit", "creative_commons")


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


@registry.rule(
    id="GEN-ORIGIN-01",
    question="acquisition",
    title=T(fr="Usage couvert par une licence", en="Use covered by a licence"),
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
                fr="Le client détient une licence (concédant : {licensor}) qui couvre cet "
                "usage : la réclamation est sans fondement.",
                en="The client holds a licence (licensor: {licensor}) that covers this use: "
                "the claim is unfounded.",
            ),
            explanation=T(
                fr="Il n'y a contrefaçon que si l'acte de reproduction ou de représentation "
                "est accompli sans le consentement du titulaire (art. L122-4 CPI ; §§ 15 s. "
                "UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). Ici le client détient une licence "
                "(concédant : {licensor}) dont il indique qu'elle couvre l'usage en cause "
                "(support, finalité, territoire, durée). Adresser à l'agence la preuve de la "
                "licence (facture, certificat, historique du compte) et demander le "
                "classement du dossier.",
                en="There is infringement only where the act of reproduction or "
                "communication is done without the right holder's consent (art. L122-4 CPI; "
                "§§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). Here the client holds a "
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
                fr="Le client dit détenir une licence couvrant l'usage (concédant : "
                "{licensor}), mais n'en a pas la preuve écrite : la défense ne tient que si "
                "la licence est documentée.",
                en="The client says it holds a licence covering the use (licensor: "
                "{licensor}) but has no written proof: the defence holds only once the "
                "licence is documented.",
            ),
            explanation=T(
                fr="Une licence qui couvre l'usage exclut la contrefaçon (art. L122-4 CPI ; "
                "§§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). Mais c'est à "
                "l'utilisateur de prouver la licence qu'il invoque (voir GEN-PROOF-02). "
                "Retrouver la facture, le certificat de licence ou l'historique du compte "
                "de la banque d'images avant de répondre sur ce terrain.",
                en="A licence covering the use excludes infringement (art. L122-4 CPI; "
                "§§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). But the user must prove "
                "the licence it relies on (see GEN-PROOF-02). Retrieve the invoice, the "
                "licence certificate or the stock-account history before answering on "
                "this ground.",
            ),
        ),
    },
    undetermined_text=T(
        fr="On ne sait pas si le client détient une licence pour cette image, ni si elle "
        "couvre l'usage ({missing_list}).",
        en="Whether the client holds a licence for this image, and whether it covers the "
        "use, is unknown ({missing_list}).",
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
        return applies("undocumented", licensor=_licensor(f), conclusion=True)
    return applies(licensor=_licensor(f), conclusion=True)


@registry.rule(
    id="GEN-ORIGIN-06",
    question="acquisition",
    title=T(
        fr="Licence détenue mais ne couvrant pas l'usage",
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
                fr="La licence du client (concédant : {licensor}) ne couvre pas cet usage : "
                "elle ne le défend pas.",
                en="The client's licence (licensor: {licensor}) does not cover this use: "
                "it is no defence.",
            ),
            explanation=T(
                fr="Une licence n'autorise que les usages qu'elle vise (support, finalité, "
                "territoire, durée) ; au-delà, l'usage est fait sans consentement (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). Ici le client "
                "indique que sa licence ne couvre pas l'usage en cause. Elle reste utile : "
                "elle montre la bonne foi et son prix est un repère pour le montant.",
                en="A licence authorises only the uses it names (medium, purpose, "
                "territory, term); beyond them the use is made without consent (art. "
                "L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). Here the "
                "client says its licence does not cover the use at issue. It still helps: "
                "it shows good faith and its price is a benchmark for the amount.",
            ),
        ),
        "expired": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="La licence du client a pris fin le {valid_until}, mais l'image était "
                "encore utilisée le {seen_on} : l'usage postérieur n'est pas couvert.",
                en="The client's licence ended on {valid_until}, but the image was still "
                "in use on {seen_on}: the later use is not covered.",
            ),
            explanation=T(
                fr="Une licence à durée limitée n'autorise pas l'usage après son terme (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). Ici la "
                "licence (concédant : {licensor}) a pris fin le {valid_until} et l'image "
                "était en ligne le {seen_on}. Seule la période postérieure est en cause : "
                "le montant doit se limiter à cette période.",
                en="A licence for a limited term does not authorise use after it ends (art. "
                "L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). Here the "
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
            conclusion=False,
        )
    if f["acquisition.licence.covers_use"] is False:
        return applies("scope", licensor=_licensor(f), conclusion=False)
    return not_applicable("the licence is not known to fall short of the use")


@registry.rule(
    id="GEN-PROOF-02",
    question="acquisition",
    title=T(
        fr="Licence invoquée sans document",
        en="Licence relied on without documents",
    ),
    jurisdictions=["ALL"],
    basis=["de-lg-duesseldorf-12-o-370-14", "fr-cciv-1353"],
    reads=[
        "acquisition.licence.held",
        "acquisition.licence.covers_use",
        "acquisition.licence.documents_available",
    ],
    role="info",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le client invoque une licence mais n'a aucun document : c'est à lui de "
                "la prouver. Retrouver factures ou historique du compte.",
                en="The client relies on a licence but has no document: it must prove it. "
                "Retrieve invoices or the account history.",
            ),
            explanation=T(
                fr="Celui qui invoque une licence doit la prouver : l'utilisateur doit "
                "pouvoir justifier de sa propre chaîne de licences (LG Düsseldorf, 12 O "
                "370/14 ; en France, art. 1353 C. civ., à vérifier ; aux États-Unis la "
                "licence est un moyen de défense que le défendeur doit établir, à "
                "vérifier). Sans facture, certificat ou historique du compte de la banque "
                "d'images, la défense de licence est fragile. Les retrouver avant de "
                "répondre (les plateformes gardent en général l'historique des "
                "téléchargements).",
                en="Whoever relies on a licence must prove it: the user must be able to "
                "show its own chain of licences (LG Düsseldorf, 12 O 370/14; in France art. "
                "1353 Civil Code, to be checked; in the US a licence is a defence the "
                "defendant must establish, to be checked). Without an invoice, certificate "
                "or stock-account history the licence defence is fragile. Retrieve them "
                "before answering (platforms usually keep the download history).",
            ),
        )
    },
    undetermined_text=T(
        fr="On ne sait pas si le client a les documents de sa licence "
        "(acquisition.licence.documents_available).",
        en="Whether the client has its licence documents is unknown "
        "(acquisition.licence.documents_available).",
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
    return applies()


@registry.rule(
    id="GEN-ORIGIN-02",
    question="acquisition",
    title=T(fr="Le client est l'auteur de la photo", en="The client is the photographer"),
    jurisdictions=["ALL"],
    basis=["fr-cpi-l111-1", "fr-cpi-l113-1", "de-urhg-7", "de-lg-koeln-14-o-111-16"],
    reads=["respondent.is_author", "letter.photographer"],
    role="decisive",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Le client est lui-même l'auteur de la photographie : la réclamation est "
                "sans fondement, sauf cession de ses droits au réclamant.",
                en="The client is the photographer: the claim is unfounded, unless the "
                "client assigned its rights to the claimant.",
            ),
            explanation=T(
                fr="L'auteur est titulaire des droits sur son œuvre du seul fait de sa "
                "création (art. L111-1 CPI ; § 7 UrhG, à vérifier) ; il ne peut contrefaire "
                "sa propre photographie. La lettre désigne comme photographe : "
                "{photographer}. Réunir la preuve de la qualité d'auteur (fichiers RAW ou "
                "originaux en haute définition, première publication sous son nom : art. "
                "L113-1 CPI ; LG Köln, 14 O 111/16), et vérifier que le client n'a pas cédé "
                "ou concédé en exclusivité ses droits à l'agence ou au titulaire invoqué : "
                "dans ce cas seulement, son propre usage pourrait être en cause.",
                en="The author owns the rights in the work from the mere fact of its "
                "creation (art. L111-1 CPI; § 7 UrhG, to be checked); one cannot infringe "
                "one's own photograph. The letter names as photographer: {photographer}. "
                "Gather the proof of authorship (RAW files or high-resolution originals, "
                "first publication under the client's name: art. L113-1 CPI; LG Köln, 14 O "
                "111/16), and check that the client did not assign or exclusively license "
                "its rights to the agency or the asserted rights holder: only then could "
                "its own use be at issue.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ne sait pas si le client est l'auteur de la photographie (respondent.is_author).",
        en="Whether the client is the photographer is unknown (respondent.is_author).",
    ),
)
def client_is_author(f, p):
    is_author = f["respondent.is_author"]
    if is_author is None:
        return undetermined("respondent.is_author")
    if not is_author:
        return not_applicable("the client is not the author")
    return applies(photographer=f["letter.photographer"] or "—")


@registry.rule(
    id="GEN-ORIGIN-03",
    question="acquisition",
    title=T(
        fr="Image fournie ou mise en ligne par un tiers",
        en="Image supplied or uploaded by a third party",
    ),
    jurisdictions=["ALL"],
    basis=["uk-hoffman-v-dare", "de-lg-duesseldorf-12-o-370-14"],
    reads=[
        "acquisition.source",
        "use.uploaded_by_third_party",
        "use.platform_hosts_user_content",
    ],
    role="info",
    variants={
        "supplier": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image a été fournie par un prestataire ou partenaire : ce n'est pas "
                "une défense, mais un recours contre lui est possible.",
                en="The image was supplied by a contractor or partner: no defence, but a "
                "recourse against the supplier is possible.",
            ),
            explanation=T(
                fr="S'être fié à un prestataire (graphiste, agence web) n'exonère pas "
                "l'exploitant du site : au Royaume-Uni, s'en remettre au concepteur du site "
                "n'a pas été admis comme défense (Hoffman v DARE [2012] EWPCC 2) ; en "
                "Allemagne, l'utilisateur doit vérifier et pouvoir justifier sa chaîne de "
                "licences, même s'il s'est fié à un tiers se disant titulaire (LG "
                "Düsseldorf, 12 O 370/14). Demander au prestataire la licence qu'il a "
                "obtenue, et, à défaut, mettre en jeu sa garantie contractuelle. La bonne "
                "foi peut peser sur le montant, pas sur la responsabilité.",
                en="Relying on a supplier (designer, web agency) does not clear the site "
                "owner: in the UK, relying on the web designer was no defence (Hoffman v "
                "DARE [2012] EWPCC 2); in Germany the user must check, and be able to show, "
                "its own chain of licences, even where it relied on a third party claiming "
                "the rights (LG Düsseldorf, 12 O 370/14). Ask the supplier for the licence "
                "it obtained and, failing that, call on its contractual warranty. Good "
                "faith may weigh on the amount, not on liability.",
            ),
        ),
        "third_party_upload": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image a été mise en ligne par un tiers sur le site du client : le "
                "client en reste en principe responsable, avec un recours contre ce tiers.",
                en="A third party put the image on the client's site: the client remains "
                "liable in principle, with a recourse against that person.",
            ),
            explanation=T(
                fr="Que l'image ait été ajoutée par un prestataire, un stagiaire ou un "
                "contributeur ne décharge pas l'exploitant du site qui la diffuse (Hoffman "
                "v DARE [2012] EWPCC 2 ; LG Düsseldorf, 12 O 370/14 ; c'est aussi la "
                "position affichée par les agences). Identifier l'auteur de la mise en "
                "ligne et la source du fichier : un recours contre lui est possible, et sa "
                "licence éventuelle peut couvrir l'usage.",
                en="That a contractor, intern or contributor added the image does not "
                "discharge the site owner that displays it (Hoffman v DARE [2012] EWPCC 2; "
                "LG Düsseldorf, 12 O 370/14; the agencies take the same position). Find "
                "out who uploaded it and where the file came from: a recourse against that "
                "person is possible, and any licence they hold may cover the use.",
            ),
        ),
    },
)
def supplied_by_third_party(f, p):
    if f["acquisition.source"] == "partner_or_contractor":
        return applies("supplier")
    uploaded = f["use.uploaded_by_third_party"]
    if uploaded:
        if f["use.platform_hosts_user_content"]:
            return not_applicable("a user upload on a hosting platform: see the hosting rules")
        return applies("third_party_upload")
    if f["acquisition.source"] is None and uploaded is None:
        return undetermined("acquisition.source")
    return not_applicable("the client itself obtained and posted the image")


# --- Press kits ---------------------------------------------------------------------

PRESS_READS = [
    "acquisition.source",
    "acquisition.press_kit_terms",
    "acquisition.press_kit_conditions_met",
    "use.purpose",
]
PRESS_BASIS = ["fr-cpi-l122-4", "de-bgh-i-zr-69-08", "uk-cdpa-s16", "us-17-106"]
EDITORIAL = ("editorial",)
PROMOTIONAL = ("advertising", "commercial", "decorative")
PURPOSE_LABELS = {
    "editorial": ("éditorial", "editorial"),
    "commercial": ("commercial", "commercial"),
    "advertising": ("publicitaire", "advertising"),
    "decorative": ("décoratif", "decorative"),
    "personal": ("personnel", "personal"),
    "nonprofit": ("associatif", "non-profit"),
    "teaching": ("pédagogique", "teaching"),
}
TERMS_LABELS = {
    "editorial_only": ("usage éditorial seulement", "editorial use only"),
    "any_use": ("tout usage", "any use"),
    "none_stated": ("aucune condition indiquée", "no terms stated"),
}


def _press_kit(f):
    """("within" | "outside" | "doubtful" | "conditions_broken", None) or (None, missing)."""
    terms = f["acquisition.press_kit_terms"]
    purpose = f["use.purpose"]
    if terms is None:
        return None, ("acquisition.press_kit_terms",)
    if terms == "any_use":
        scope = "within"
    elif purpose is None:
        return None, ("use.purpose",)
    elif purpose in EDITORIAL:
        scope = "within"
    elif purpose in PROMOTIONAL:
        scope = "outside"
    else:
        scope = "doubtful"
    if scope != "within":
        return scope, None
    conditions = f["acquisition.press_kit_conditions_met"]
    if conditions is None:
        return None, ("acquisition.press_kit_conditions_met",)
    return ("within" if conditions else "conditions_broken"), None


def _press_values(f):
    terms = TERMS_LABELS[f["acquisition.press_kit_terms"]]
    purpose = PURPOSE_LABELS.get(f["use.purpose"], ("inconnu", "unknown"))
    return {
        "terms_fr": terms[0],
        "terms_en": terms[1],
        "purpose_fr": purpose[0],
        "purpose_en": purpose[1],
    }


@registry.rule(
    id="GEN-ORIGIN-04",
    question="acquisition",
    title=T(
        fr="Image de dossier de presse utilisée dans ses conditions",
        en="Press-kit image used within its terms",
    ),
    jurisdictions=["ALL"],
    basis=PRESS_BASIS,
    reads=PRESS_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="L'image vient d'un dossier de presse ({terms_fr}) et l'usage "
                "({purpose_fr}) entre dans ses conditions : usage autorisé, réclamation "
                "contestable.",
                en="The image comes from a press kit ({terms_en}) and the use "
                "({purpose_en}) is within its terms: authorised use, the claim is "
                "contestable.",
            ),
            explanation=T(
                fr="Le consentement du titulaire exclut la contrefaçon (art. L122-4 CPI) ; "
                "en Allemagne, une mise à disposition sans réserve peut valoir "
                "consentement simple (BGH, 29 avr. 2010, I ZR 69/08 « Vorschaubilder ») ; "
                "au Royaume-Uni et aux États-Unis, seul l'acte non autorisé est une "
                "contrefaçon (CDPA s.16(2) ; 17 U.S.C. § 106). Un dossier de presse diffusé "
                "par le titulaire ou pour son compte autorise les usages qu'il vise. Ici : "
                "conditions « {terms_fr} », usage {purpose_fr}, conditions annexes "
                "(embargo, crédit, contexte) respectées. Aucune jurisprudence française "
                "sur les dossiers de presse n'a été trouvée : l'argument repose sur les "
                "principes généraux du consentement. Produire le dossier de presse et ses "
                "conditions.",
                en="The right holder's consent excludes infringement (art. L122-4 CPI); in "
                "Germany, making content available without reservation can amount to "
                "simple consent (BGH, 29 Apr. 2010, I ZR 69/08 'Vorschaubilder'); in the "
                "UK and the US only an unauthorised act infringes (CDPA s.16(2); 17 U.S.C. "
                "§ 106). A press kit released by or for the right holder authorises the "
                "uses it names. Here: terms '{terms_en}', {purpose_en} use, the other "
                "conditions (embargo, credit, context) respected. No French case law on "
                "press kits was found: the argument rests on the general principles of "
                "consent. Produce the press kit and its terms.",
            ),
        ),
    },
    undetermined_text=T(
        fr="L'image vient d'un dossier de presse, mais il manque de quoi dire si l'usage "
        "entre dans ses conditions ({missing_list}).",
        en="The image comes from a press kit, but whether the use is within its terms "
        "cannot be told ({missing_list} missing).",
    ),
)
def press_kit_within_terms(f, p):
    if f["acquisition.source"] != "press_kit":
        return not_applicable("the image does not come from a press kit")
    scope, missing = _press_kit(f)
    if missing:
        return undetermined(*missing)
    if scope != "within":
        return not_applicable("the use is not shown to be within the press kit's terms")
    return applies(**_press_values(f), conclusion=True)


@registry.rule(
    id="GEN-ORIGIN-07",
    question="acquisition",
    title=T(
        fr="Image de dossier de presse utilisée hors de ses conditions",
        en="Press-kit image used outside its terms",
    ),
    jurisdictions=["ALL"],
    basis=PRESS_BASIS,
    reads=PRESS_READS,
    role="info",
    decides="use_authorised",
    variants={
        "outside": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image vient d'un dossier de presse ({terms_fr}), mais l'usage "
                "({purpose_fr}) sort de ses conditions : il n'est pas autorisé.",
                en="The image comes from a press kit ({terms_en}), but the use "
                "({purpose_en}) is outside its terms: it is not authorised.",
            ),
            explanation=T(
                fr="Le consentement donné par un dossier de presse ne vaut que pour les "
                "usages qu'il vise (art. L122-4 CPI ; BGH, I ZR 69/08 « Vorschaubilder » ; "
                "CDPA s.16(2) ; 17 U.S.C. § 106). Un usage {purpose_fr} d'une image "
                "diffusée « {terms_fr} » en sort. La provenance reste un élément de bonne "
                "foi pour discuter le montant.",
                en="The consent a press kit gives covers only the uses it names (art. "
                "L122-4 CPI; BGH, I ZR 69/08 'Vorschaubilder'; CDPA s.16(2); 17 U.S.C. "
                "§ 106). Using an image released for '{terms_en}' for {purpose_en} purposes "
                "falls outside it. The origin remains evidence of good faith when discussing the "
                "amount.",
            ),
        ),
        "conditions_broken": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="L'image vient d'un dossier de presse, mais ses conditions annexes "
                "(embargo, crédit, contexte) n'ont pas été respectées.",
                en="The image comes from a press kit, but its other conditions (embargo, "
                "credit, context) were not respected.",
            ),
            explanation=T(
                fr="Le consentement d'un dossier de presse est donné sous ses conditions "
                "(art. L122-4 CPI ; BGH, I ZR 69/08 « Vorschaubilder »). Ici l'usage "
                "({purpose_fr}) correspond à sa finalité ({terms_fr}) mais une condition "
                "annexe (embargo, crédit, contexte de l'usage) n'a pas été respectée : "
                "l'autorisation ne couvre pas l'usage tel qu'il a été fait. L'écart est "
                "souvent mineur et pèse sur le montant.",
                en="A press kit's consent is given on its conditions (art. L122-4 CPI; "
                "BGH, I ZR 69/08 'Vorschaubilder'). Here the use ({purpose_en}) fits its "
                "purpose ({terms_en}) but another condition (embargo, credit, context of "
                "use) was not respected: the authorisation does not cover the use as made. "
                "The gap is often minor and weighs on the amount.",
            ),
        ),
        "doubtful": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Image de dossier de presse « {terms_fr} » utilisée pour un usage "
                "{purpose_fr} : que cet usage entre dans les conditions est discutable.",
                en="Press-kit image released for '{terms_en}' put to {purpose_en} use: "
                "whether that use is within the terms is debatable.",
            ),
            explanation=T(
                fr="Le consentement ne vaut que pour les usages visés (art. L122-4 CPI ; "
                "BGH, I ZR 69/08 « Vorschaubilder »). Un usage {purpose_fr} n'est ni "
                "clairement éditorial ni promotionnel : relire les conditions exactes du "
                "dossier de presse avant de s'en prévaloir.",
                en="Consent covers only the uses it names (art. L122-4 CPI; BGH, I ZR "
                "69/08 'Vorschaubilder'). Such a use ({purpose_en}) is neither clearly "
                "editorial nor promotional: read the press kit's exact terms before relying on it.",
            ),
        ),
    },
)
def press_kit_outside_terms(f, p):
    if f["acquisition.source"] != "press_kit":
        return not_applicable("the image does not come from a press kit")
    scope, missing = _press_kit(f)
    if missing:
        return not_applicable("the terms or the use are unknown (see GEN-ORIGIN-04)")
    if scope == "within":
        return not_applicable("the use is within the press kit's terms")
    return applies(scope, **_press_values(f), conclusion=False)


# --- Creative Commons -----------------------------------------------------------------

CC_READS = [
    "acquisition.source",
    "acquisition.creative_commons.licence",
    "acquisition.creative_commons.commercial_allowed",
    "acquisition.creative_commons.attribution_required",
    "use.attribution_shown",
    "use.purpose",
    "use.monetised",
]
CC_BASIS = ["fr-cpi-l122-4", "de-urhg-15", "uk-cdpa-s16", "us-17-106", "de-olg-koeln-6-u-60-14"]
COMMERCIAL_PURPOSES = ("commercial", "advertising")


def _cc_attribution(f):
    """"met", "breach", or the unknown fact's name."""
    required = f["acquisition.creative_commons.attribution_required"]
    if required is None:
        return "acquisition.creative_commons.attribution_required"
    if not required:
        return "met"
    shown = f["use.attribution_shown"]
    if shown is None:
        return "use.attribution_shown"
    return "met" if shown else "breach"


def _cc_commercial(f):
    """"allowed", "arguable" (non-commercial licence, non-commercial use), "breach", or
    the unknown facts' names."""
    allowed = f["acquisition.creative_commons.commercial_allowed"]
    if allowed is None:
        return ("acquisition.creative_commons.commercial_allowed",)
    if allowed:
        return "allowed"
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    if purpose in COMMERCIAL_PURPOSES or monetised:
        return "breach"
    if purpose is None or monetised is None:
        return tuple(n for n, v in (("use.purpose", purpose), ("use.monetised", monetised))
                     if v is None)
    return "arguable"


def _cc(f):
    """(breaches, arguable_nc, missing): the licence conditions the use broke, whether the
    non-commercial condition is met only on an arguable reading, the unknown facts."""
    breaches, missing = [], []
    attribution, commercial = _cc_attribution(f), _cc_commercial(f)
    if attribution == "breach":
        breaches.append("attribution")
    elif attribution != "met":
        missing.append(attribution)
    if commercial == "breach":
        breaches.append("non_commercial")
    elif isinstance(commercial, tuple):
        missing.extend(commercial)
    return breaches, commercial == "arguable", missing


def _cc_name(f):
    return f["acquisition.creative_commons.licence"] or "Creative Commons"


@registry.rule(
    id="GEN-CC-01",
    question="acquisition",
    title=T(
        fr="Image sous licence Creative Commons utilisée dans ses conditions",
        en="Creative Commons image used within the licence",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="L'image est sous licence {licence} et l'usage en respecte les "
                "conditions : il est autorisé.",
                en="The image is under a {licence} licence and the use meets its "
                "conditions: it is authorised.",
            ),
            explanation=T(
                fr="Une licence Creative Commons est une autorisation donnée à tous sous "
                "conditions (attribution, et le cas échéant usage non commercial) ; l'usage "
                "qui les respecte n'est pas fait sans consentement (art. L122-4 CPI ; §§ 15 "
                "s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). Ici les conditions de la "
                "licence {licence} sont respectées. Produire la page source montrant la "
                "licence au moment de la récupération, et vérifier que celui qui l'a "
                "accordée était bien titulaire des droits.",
                en="A Creative Commons licence is a permission given to all on conditions "
                "(attribution and, where stated, non-commercial use); a use meeting them is "
                "not made without consent (art. L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); "
                "17 U.S.C. § 106). Here the conditions of the {licence} licence are met. "
                "Produce the source page showing the licence at the time of retrieval, and "
                "check that whoever granted it did own the rights.",
            ),
        ),
        "non_commercial_arguable": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'image est sous licence {licence} (usage non commercial) ; l'usage, non "
                "monétisé et non promotionnel, en respecte a priori les conditions.",
                en="The image is under a {licence} licence (non-commercial); the use, "
                "neither monetised nor promotional, arguably meets its conditions.",
            ),
            explanation=T(
                fr="L'usage conforme à une licence Creative Commons est autorisé (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). La clause "
                "« non commercial » s'interprète au cas par cas : l'OLG Köln a jugé que "
                "l'usage par une radio publique n'était pas commercial (31 oct. 2014, 6 U "
                "60/14). Ici l'usage n'est ni monétisé ni promotionnel et l'attribution est "
                "respectée : l'argument est solide mais discutable.",
                en="A use that complies with a Creative Commons licence is authorised (art. "
                "L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). The "
                "'non-commercial' condition is read case by case: OLG Köln held a public "
                "broadcaster's use not commercial (31 Oct. 2014, 6 U 60/14). Here the use "
                "is neither monetised nor promotional and attribution is given: the "
                "argument is sound but debatable.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Image sous licence Creative Commons : il manque de quoi vérifier le respect "
        "de ses conditions ({missing_list}).",
        en="Creative Commons image: whether the licence's conditions were met cannot be "
        "checked ({missing_list} missing).",
    ),
)
def cc_within_licence(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, arguable, missing = _cc(f)
    if breaches:
        return not_applicable("the use breaks the licence's conditions")
    if missing:
        return undetermined(*missing)
    variant = "non_commercial_arguable" if arguable else "default"
    return applies(variant, licence=_cc_name(f), conclusion=True)


@registry.rule(
    id="GEN-CC-02",
    question="acquisition",
    title=T(
        fr="Conditions de la licence Creative Commons non respectées",
        en="Creative Commons licence conditions not met",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_READS,
    role="info",
    decides="use_authorised",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image est sous licence {licence}, mais l'usage n'en respecte pas les "
                "conditions ({breach_fr}) : il n'est pas couvert.",
                en="The image is under a {licence} licence, but the use breaks its "
                "conditions ({breach_en}): it is not covered.",
            ),
            explanation=T(
                fr="La licence Creative Commons n'autorise que l'usage conforme à ses "
                "conditions ; hors de celles-ci l'usage est fait sans consentement (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). L'OLG Köln "
                "a ainsi accordé la cessation d'un usage dont le recadrage avait supprimé "
                "le crédit (31 oct. 2014, 6 U 60/14). Ici : {breach_fr}. Rétablir "
                "immédiatement le crédit conforme ; le montant reste discutable (voir "
                "DE-CC-01 pour l'Allemagne).",
                en="A Creative Commons licence authorises only a use that meets its "
                "conditions; outside them the use is made without consent (art. L122-4 "
                "CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). OLG Köln thus granted "
                "an injunction where a crop had removed the credit (31 Oct. 2014, 6 U "
                "60/14). Here: {breach_en}. Restore a compliant credit at once; the amount "
                "remains open to dispute (see DE-CC-01 for Germany).",
            ),
        )
    },
)
def cc_breached(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, _, _ = _cc(f)
    if not breaches:
        return not_applicable("no breach of the licence's conditions is known")
    fr = {"attribution": "crédit de l'auteur absent", "non_commercial": "usage commercial"}
    en = {"attribution": "no author credit", "non_commercial": "commercial use"}
    return applies(
        licence=_cc_name(f),
        breach_fr=" ; ".join(fr[b] for b in breaches),
        breach_en="; ".join(en[b] for b in breaches),
        conclusion=False,
    )


@registry.rule(
    id="DE-CC-01",
    question="acquisition",
    title=T(
        fr="Licence libre : valeur de licence nulle (droit allemand)",
        en="Free licence: licence value nil (German law)",
    ),
    jurisdictions=["DE"],
    basis=["de-olg-koeln-6-w-72-16", "de-olg-koeln-6-u-60-14", "de-urhg-97"],
    reads=CC_READS,
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Image offerte sous licence {licence} permettant l'usage commercial : sa "
                "valeur de licence objective est nulle, aucun dommage-intérêt par analogie "
                "de licence n'est dû.",
                en="Image offered under a {licence} licence allowing commercial use: its "
                "objective licence value is nil, no licence-analogy damages are due.",
            ),
            explanation=T(
                fr="Lorsqu'une photo est offerte sous une licence Creative Commons "
                "autorisant l'usage commercial, sa valeur objective de licence est de 0 "
                "EUR : aucun dommage-intérêt calculé par analogie de licence (§ 97(2) "
                "UrhG) n'est dû, seuls la cessation et les frais d'avertissement restent "
                "en jeu (OLG Köln, 29 juin 2016, 6 W 72/16). Ici le crédit manque, mais "
                "la licence {licence} permettait l'usage commercial : ne rien payer au "
                "titre de la licence, rétablir le crédit et discuter seulement la "
                "cessation et les frais.",
                en="Where a photo is offered under a Creative Commons licence allowing "
                "commercial use, its objective licence value is 0 EUR: no damages "
                "calculated by licence analogy (§ 97(2) UrhG) are due, only the injunction "
                "and the warning costs remain at stake (OLG Köln, 29 June 2016, 6 W 72/16). "
                "Here the credit is missing, but the {licence} licence allowed commercial "
                "use: pay nothing as a licence fee, restore the credit and discuss only the "
                "injunction and the costs.",
            ),
        ),
        "non_commercial_use": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Image sous licence {licence} (non commerciale) utilisée sans but "
                "commercial : pas de dommages-intérêts de licence, seul le crédit manque.",
                en="Image under a {licence} (non-commercial) licence put to a "
                "non-commercial use: no licence damages, only the credit is missing.",
            ),
            explanation=T(
                fr="L'OLG Köln a refusé tout dommage-intérêt de licence pour l'usage non "
                "commercial d'une image sous licence CC-BY-NC, tout en accordant la "
                "cessation parce que le recadrage avait supprimé le crédit (31 oct. 2014, "
                "6 U 60/14 ; voir aussi 6 W 72/16). Ici l'usage n'est ni monétisé ni "
                "promotionnel : rétablir le crédit et ne discuter que la cessation et les "
                "frais.",
                en="OLG Köln refused any licence damages for the non-commercial use of an "
                "image under a CC-BY-NC licence, while granting an injunction because the "
                "crop had removed the credit (31 Oct. 2014, 6 U 60/14; see also 6 W "
                "72/16). Here the use is neither monetised nor promotional: restore the "
                "credit and discuss only the injunction and the costs.",
            ),
        ),
    },
)
def de_cc_licence_value_nil(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    attribution = _cc_attribution(f)
    if attribution == "met":
        return not_applicable("the licence's attribution condition was met")
    commercial = _cc_commercial(f)
    if commercial == "breach":
        return not_applicable("a commercial use of a non-commercial licence")
    missing = () if attribution == "breach" else (attribution,)
    if isinstance(commercial, tuple):
        missing += commercial
    if missing:
        return undetermined(*missing)
    if commercial == "arguable":
        return applies("non_commercial_use", licence=_cc_name(f))
    return applies(licence=_cc_name(f))


@registry.rule(
    id="GEN-CC-03",
    question="acquisition",
    title=T(
        fr="Licence libre non respectée : la valeur nulle n'est qu'un argument hors "
        "d'Allemagne",
        en="Free licence breached: a nil value is only an argument outside Germany",
    ),
    jurisdictions=["FR", "GB", "US"],
    basis=["de-olg-koeln-6-w-72-16"],
    reads=CC_READS,
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image était offerte sous licence {licence} ; la jurisprudence "
                "allemande (valeur de licence nulle) n'est ici qu'un argument de "
                "persuasion.",
                en="The image was offered under a {licence} licence; the German case law "
                "(licence value nil) is only a persuasive argument here.",
            ),
            explanation=T(
                fr="En Allemagne, une image offerte sous licence libre autorisant l'usage "
                "commercial a une valeur de licence nulle (OLG Köln, 29 juin 2016, 6 W "
                "72/16). Aucune décision équivalente n'a été trouvée pour la France ou le "
                "Royaume-Uni ; aux États-Unis, des juridictions pourraient traiter la "
                "violation d'une licence CC comme une contrefaçon (à vérifier). "
                "L'argument reste utile pour ramener le montant au coût réel de l'usage, "
                "qui était gratuit.",
                en="In Germany an image offered under a free licence allowing commercial "
                "use has a nil licence value (OLG Köln, 29 June 2016, 6 W 72/16). No "
                "equivalent decision was found for France or the UK; in the US courts may "
                "treat a breach of a CC licence as infringement (to be checked). The "
                "argument still helps to bring the amount down to the real cost of the "
                "use, which was free.",
            ),
        )
    },
)
def cc_nil_value_persuasive(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    if _cc_attribution(f) != "breach" or _cc_commercial(f) not in ("allowed", "arguable"):
        return not_applicable("no attribution-only breach of a free licence is known")
    return applies(licence=_cc_name(f))
