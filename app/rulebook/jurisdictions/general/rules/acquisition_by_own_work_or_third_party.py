"""Origin of the image: the client took the photograph itself, or a third party supplied
or uploaded it.

Sources: the author owns from creation (Article L111-1 CPI; § 7 UrhG); relying on a supplier is no
defence (Cass. 1re civ., 3 Apr. 2001, n° 99-15.767; LG Düsseldorf, 12 O 370/14; Hoffman v
DARE [2012] EWPCC 2), but a recourse against it is possible. A user's upload on a hosting
service, by someone outside the client's authority or control, is left to the hosting rules
(legal review of rulebook 1.1, defect 1).
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country, is_uncovered
from app.rulebook.jurisdictions.general.rules._hosting import HOSTING_READS, is_user_upload_on_host
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

AUTHOR_OWNS = {
    "FR": ("art. L. 111-1 du CPI", "Article L111-1 CPI"),
    "DE": ("§ 7 UrhG, point à vérifier", "§ 7 UrhG, to be checked"),
    "GB": ("CDPA s.11(1), point à vérifier", "CDPA s.11(1), to be checked"),
    "US": ("17 U.S.C. § 201(a), point à vérifier", "17 U.S.C. § 201(a), to be checked"),
}
"""Where the applicable law makes the author the first owner."""
AUTHORSHIP_PROOF = {
    "FR": ("art. L. 113-1 du CPI", "Article L113-1 CPI"),
    "DE": ("LG Köln, 14 O 111/16", "LG Köln, 14 O 111/16"),
}
"""The authority for proving authorship by first publication under one's name; none is
given under English or US law (the French and the German while the law is unknown)."""


@registry.rule(
    id="GEN-ORIGIN-02",
    question="acquisition",
    title=T(fr="Le client est l'auteur de la photographie", en="The client is the photographer"),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l111-1",
        "fr-cpi-l113-1",
        "de-urhg-7",
        "de-lg-koeln-14-o-111-16",
        "uk-cdpa-s11-1",
        "us-17-201-a",
    ],
    reads=["respondent.is_author", "letter.photographer", "derived.law"],
    role="decisive",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Le client est lui-même l'auteur de la photographie : la réclamation est "
                "dépourvue de fondement, sauf s'il a cédé ses droits au réclamant.",
                en="The client is the photographer: the claim is unfounded, unless the "
                "client assigned the rights to the claimant.",
            ),
            explanation=T(
                fr="L'auteur est investi des droits sur son œuvre du seul fait de sa création "
                "({owns}) ; il ne saurait "
                "contrefaire sa propre photographie. La lettre désigne comme photographe : "
                "{photographer}. Réunir la preuve de la qualité d'auteur (fichiers RAW ou "
                "originaux en haute définition, première divulgation sous son nom{authorship_fr}) et vérifier que le client n'a pas "
                "cédé ses droits, ni concédé de licence exclusive, à l'agence ou au "
                "titulaire invoqué : dans ce seul cas, sa propre utilisation pourrait être "
                "mise en cause.",
                en="The author owns the rights in the work from the mere fact of its "
                "creation ({owns}); one cannot infringe "
                "one's own photograph. The letter names as photographer: {photographer}. "
                "Gather the proof of authorship (RAW files or high-resolution originals, "
                "first publication under the client's name{authorship_en}), and check that the client did not assign or exclusively license "
                "the rights to the agency or the asserted rights holder: only then could "
                "the client's own use be at issue.",
            ),
        )
    },
    undetermined_text=T(
        fr="Il n'est pas établi que le client soit l'auteur de la photographie.",
        en="Whether the client is the photographer is unknown.",
    ),
)
def client_is_author(f, p):
    is_author = f["respondent.is_author"]
    if is_author is None:
        return undetermined("respondent.is_author")
    if not is_author:
        return not_applicable("the client is not the author")
    law = country(f["derived.law"])
    if law in AUTHORSHIP_PROOF:
        proof = AUTHORSHIP_PROOF[law]
    elif law in ("GB", "US") or is_uncovered(law):
        proof = ("", "")
    else:
        proof = tuple(" ; ".join(AUTHORSHIP_PROOF[c][i] for c in AUTHORSHIP_PROOF) for i in (0, 1))
    return applies(
        photographer=f["letter.photographer"] or "—",
        owns=by_law(AUTHOR_OWNS, law),
        authorship_fr=f" : {proof[0]}" if proof[0] else "",
        authorship_en=f": {proof[1]}".replace(" ; ", "; ") if proof[1] else "",
    )


RELIANCE = {
    "FR": (
        "en matière civile, la contrefaçon est constituée par le seul fait matériel de la "
        "reproduction, et la bonne foi est inopérante (Cass. 1re civ., 3 avr. 2001, "
        "n° 99-15.767)",
        "in civil proceedings infringement follows from the material act alone and good "
        "faith is no answer (Cass. 1re civ., 3 Apr. 2001, no. 99-15.767)",
    ),
    "DE": (
        "l'utilisateur doit vérifier sa chaîne de licences et pouvoir en justifier, même "
        "s'il s'est fié à un tiers se prétendant titulaire des droits (LG Düsseldorf, 12 O "
        "370/14)",
        "the user must check, and be able to show, the chain of licences the use rests on, even "
        "after relying on a third party claiming the rights (LG Düsseldorf, 12 O 370/14)",
    ),
    "GB": (
        "l'argument tiré de la confiance accordée au concepteur du site a été écarté "
        "(Hoffman v DARE [2012] EWPCC 2)",
        "relying on the web designer was no defence (Hoffman v DARE [2012] EWPCC 2)",
    ),
    "US": (
        "la bonne foi n'écarte pas la contrefaçon ; elle peut seulement réduire les "
        "dommages-intérêts forfaitaires légaux (17 U.S.C. § 504(c)(2))",
        "good faith does not rule out infringement; it may only lower statutory damages "
        "(17 U.S.C. § 504(c)(2))",
    ),
}
"""Why relying on a supplier clears no one, by the applicable law."""
RELIANCE_UNKNOWN_LAW = ("GB", "DE")
"""The cases a text gives while the applicable law is unknown."""


@registry.rule(
    id="GEN-ORIGIN-03",
    question="acquisition",
    title=T(
        fr="Image fournie ou mise en ligne par un tiers",
        en="Image supplied or uploaded by a third party",
    ),
    jurisdictions=["ALL"],
    basis=[
        "uk-hoffman-v-dare",
        "de-lg-duesseldorf-12-o-370-14",
        "fr-cass-civ1-2001-04-03",
        "us-17-504",
    ],
    reads=["acquisition.source", *HOSTING_READS, "derived.law"],
    role="info",
    variants={
        "supplier": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image a été fournie par un prestataire ou un partenaire : ce n'est pas "
                "un moyen de défense, mais un recours contre lui est possible.",
                en="The image was supplied by a contractor or partner: no defence, but a "
                "recourse against the supplier is possible.",
            ),
            explanation=T(
                fr="Le fait de s'être fié à un prestataire (graphiste, agence web) n'exonère "
                "pas l'exploitant du site : {reliance}. Il convient de demander au "
                "prestataire la licence qu'il a obtenue et, à défaut, de mettre en jeu sa "
                "garantie contractuelle. La bonne foi peut peser sur le montant, non sur la "
                "responsabilité.",
                en="Relying on a supplier (designer, web agency) does not clear the site "
                "owner: {reliance}. Ask the supplier for the licence "
                "obtained and, failing that, call on the supplier's contractual warranty. Good "
                "faith may weigh on the amount, not on liability.",
            ),
        ),
        "third_party_upload": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image a été mise en ligne par un tiers sur le site du client : celui-ci "
                "en demeure en principe responsable, sauf à exercer un recours contre ce "
                "tiers.",
                en="A third party put the image on the client's site: the client remains "
                "liable in principle, with a recourse against that person.",
            ),
            explanation=T(
                fr="La circonstance que l'image a été ajoutée par un prestataire, un "
                "stagiaire ou un contributeur ne décharge pas l'exploitant du site qui la "
                "diffuse : {reliance}. Il convient d'identifier l'auteur de la mise en ligne "
                "et la provenance du fichier : un recours contre lui est possible, et la "
                "licence dont il disposerait peut couvrir l'utilisation.",
                en="That a contractor, intern or contributor added the image does not "
                "discharge the site owner that displays it: {reliance}. Find "
                "out who uploaded it and where the file came from: a recourse against that "
                "person is possible, and any licence they hold may cover the use.",
            ),
        ),
    },
)
def supplied_by_third_party(f, p):
    reliance = by_law(RELIANCE, country(f["derived.law"]), when_unknown=RELIANCE_UNKNOWN_LAW)
    if f["acquisition.source"] == "partner_or_contractor":
        return applies("supplier", reliance=reliance)
    uploaded = f["use.uploaded_by_third_party"]
    if uploaded:
        if is_user_upload_on_host(f) and f["use.uploader_under_client_control"] is not True:
            return not_applicable("a user's upload on a hosting service: see the hosting rules")
        if is_user_upload_on_host(f) is None and f["use.uploader_under_client_control"] is False:
            return undetermined("use.platform_hosts_user_content")
        return applies("third_party_upload", reliance=reliance)
    if f["acquisition.source"] is None and uploaded is None:
        return undetermined("acquisition.source")
    return not_applicable("the client itself obtained and posted the image")
