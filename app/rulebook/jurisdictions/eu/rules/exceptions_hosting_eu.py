"""The hosting exemption in the EU: a host is not liable for information its users store
if it had no knowledge of it, or removed it promptly once it had.

Sources: Regulation (EU) 2022/2065 (DSA) art. 6, formerly Directive 2000/31 art. 14; CJEU
(GC) 22 June 2021, YouTube and Cyando, C-682/18 and C-683/18; France applies DSA art. 6
directly since the SREN law of 21 May 2024. Decided from the facts the claim carries (see
``general/rules/_hosting.py``); the UK counterpart is UK-HOST-01, the US one US-DMCA-01.
"""

from app.rulebook import registry
from app.rulebook.by_law import country
from app.rulebook.jurisdictions.general.rules._hosting import (
    EXPEDITIOUS_DAYS,
    HOSTING_UNDETERMINED,
    READS,
    hosting_exemption,
)
from app.services.rules.model import Applies, Variant
from app.services.rules.model import Text as T


@registry.rule(
    id="EU-HOST-01",
    question="exceptions",
    title=T(
        fr="Exonération de responsabilité de l'hébergeur (art. 6 du règlement (UE) 2022/2065)",
        en="Hosting exemption (art. 6 of Regulation (EU) 2022/2065)",
    ),
    jurisdictions=["EU"],
    basis=[
        "eu-dsa-art-6",
        "eu-dir-2000-31-art-14",
        "eu-cjeu-c-682-18-youtube-cyando",
        "eu-cjeu-c-324-09-loreal-ebay",
        "fr-loi-sren-2024",
    ],
    reads=[*READS, "derived.law"],
    params=[EXPEDITIOUS_DAYS],
    role="decisive",
    decides="safe_harbour",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="Image mise en ligne par un utilisateur du service, sans avertissement "
                "antérieur, et retirée {delay_fr} : la responsabilité du client, en sa "
                "qualité d'hébergeur, n'est pas engagée.",
                en="Image uploaded by a user of the service, with no earlier notice, and "
                "removed {delay_en}: the client, as a host, is not liable.",
            ),
            explanation=T(
                fr="Le prestataire qui stocke les informations fournies par les "
                "destinataires de son service n'en est pas responsable s'il n'en avait pas "
                "effectivement connaissance ou si, dès qu'il en a eu connaissance, il a agi "
                "promptement pour les retirer (art. 6, § 1, du règlement (UE) 2022/2065 sur "
                "les services numériques, qui reprend l'art. 14 de la directive "
                "2000/31/CE ; {direct_fr}). La Cour de justice applique ce "
                "régime à l'exploitant d'une plateforme de partage qui ne joue pas de rôle "
                "actif dans la mise en ligne (CJUE, gde ch., 22 juin 2021, YouTube et "
                "Cyando, aff. C-682/18 et C-683/18).{marketplace_fr} En l'espèce, l'image a été "
                "mise en ligne par "
                "un utilisateur qui n'agissait pas sous l'autorité ou le contrôle du client "
                "(art. 6, § 2), le client n'avait reçu aucun avertissement antérieur et la "
                "lettre, qui vaut notification, a été suivie d'un retrait {delay_fr}. "
                "S'assurer que le client n'a ni sélectionné ni mis en avant ce contenu, puis "
                "contester toute demande d'indemnisation. L'exonération n'empêche pas une "
                "mesure ordonnant de faire cesser l'atteinte (art. 6, § 4).",
                en="A provider that stores information supplied by the recipients of its "
                "service is not liable for it if it had no actual knowledge of it or, once "
                "it obtained such knowledge, acted expeditiously to remove it (art. 6(1) of "
                "Regulation (EU) 2022/2065, the Digital Services Act, which restates art. "
                "14 of Directive 2000/31/EC; {direct_en}). The Court of "
                "Justice applies this regime to the operator of a sharing platform that "
                "plays no active role in the upload (CJEU (GC), 22 June 2021, YouTube and "
                "Cyando, C-682/18 and C-683/18).{marketplace_en} Here a user who was not "
                "acting under the "
                "client's authority or control (art. 6(2)) uploaded the image, the client "
                "had received no earlier notice, and the letter, which serves as notice, was "
                "followed by removal {delay_en}. Make sure the client neither selected nor "
                "promoted the content, then contest any claim for damages. The exemption "
                "does not prevent an order to end the infringement (art. 6(4)).",
            ),
        ),
        "remove_now": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(
                fr="Image mise en ligne par un utilisateur et toujours en ligne : "
                "l'exonération de l'hébergeur suppose un retrait prompt, dès maintenant.",
                en="Image uploaded by a user and still online: the hosting exemption "
                "requires prompt removal, now.",
            ),
            explanation=T(
                fr="L'hébergeur n'est exonéré que s'il agit promptement dès qu'il a "
                "connaissance du contenu illicite (art. 6, § 1, b, du règlement (UE) "
                "2022/2065 ; CJUE, 22 juin 2021, YouTube et Cyando, aff. C-682/18 et C-683/18). "
                "La lettre vaut notification : retirer l'image sans attendre et conserver la "
                "preuve de la date du retrait ; l'exonération pourra alors être opposée.",
                en="A host is exempt only if it acts expeditiously once it knows of the "
                "unlawful content (art. 6(1)(b) of Regulation (EU) 2022/2065; CJEU, 22 June "
                "2021, YouTube and Cyando, C-682/18 and C-683/18). The letter serves as "
                "notice: remove the image at once and keep evidence of the removal date; "
                "the exemption can then be relied on.",
            ),
        ),
        "knowledge_not_acted": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le client, averti, n'a pas retiré l'image promptement : l'exonération de "
                "l'hébergeur ne peut être invoquée.",
                en="The client, once notified, did not remove the image promptly: the "
                "hosting exemption cannot be relied on.",
            ),
            explanation=T(
                fr="L'exonération suppose qu'une fois informé, l'hébergeur agisse "
                "promptement pour retirer le contenu (art. 6, § 1, b, du règlement (UE) "
                "2022/2065). En l'espèce, le client avait été averti et n'a pas retiré "
                "l'image promptement : il répond de sa diffusion depuis cet avertissement."
                "{since_fr}",
                en="The exemption requires the host, once informed, to act expeditiously to "
                "remove the content (art. 6(1)(b) of Regulation (EU) 2022/2065). Here the "
                "client had been notified and did not remove the image promptly: it answers "
                "for its display since that notice.{since_en}",
            ),
        ),
        "under_control": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image a été mise en ligne par une personne agissant sous l'autorité ou "
                "le contrôle du client : l'exonération de l'hébergeur est exclue.",
                en="The image was uploaded by someone acting under the client's authority "
                "or control: the hosting exemption is excluded.",
            ),
            explanation=T(
                fr="L'exonération ne s'applique pas lorsque le destinataire du service agit "
                "sous l'autorité ou le contrôle du prestataire (art. 6, § 2, du règlement "
                "(UE) 2022/2065) : un salarié, un stagiaire ou un prestataire chargé du "
                "contenu publie pour le compte du client, qui en répond comme de sa propre "
                "publication, sauf recours contre l'intéressé.",
                en="The exemption does not apply where the recipient of the service acts "
                "under the provider's authority or control (art. 6(2) of Regulation (EU) "
                "2022/2065): an employee, intern or contractor in charge of content "
                "publishes on the client's behalf, and the client answers for that content "
                "as the publisher, subject to a recourse against that person.",
            ),
        ),
    },
    undetermined_text=HOSTING_UNDETERMINED,
)
def eu_hosting_exemption(f, p):
    found = hosting_exemption(f, p)
    if isinstance(found, Applies) and found.variant == "available":
        marketplace = f["use.site_kind"] == "online_shop"
        direct = DIRECTLY_APPLICABLE["FR" if country(f["derived.law"]) == "FR" else None]
        found.values.update(
            marketplace_fr=MARKETPLACE[0] if marketplace else "",
            marketplace_en=MARKETPLACE[1] if marketplace else "",
            direct_fr=direct[0],
            direct_en=direct[1],
        )
    return found


DIRECTLY_APPLICABLE = {
    "FR": (
        "le règlement s'applique directement en France, où la loi SREN du 21 mai 2024 a "
        "aligné la LCEN sur lui",
        "the Regulation applies directly in France, where the SREN law of 21 May 2024 "
        "aligned the LCEN with it",
    ),
    None: (
        "le règlement est directement applicable dans chaque État membre",
        "the Regulation is directly applicable in every Member State",
    ),
}
"""The Regulation's direct effect: France's own alignment is named to a French client only
(a Dutch or German client is not cited the French LCEN)."""

MARKETPLACE = (
    " Pour une place de marché en ligne, l'exonération est refusée à l'exploitant qui a "
    "joué un rôle actif, en optimisant la présentation des offres ou en les promouvant "
    "(CJUE, gde ch., 12 juill. 2011, L'Oréal c/ eBay, aff. C-324/09).",
    " For an online marketplace, the exemption is denied to an operator that played an "
    "active role, by optimising the presentation of the offers or promoting them (CJEU (GC), "
    "12 July 2011, L'Oréal v eBay, C-324/09).",
)
"""The marketplace case (a seller's listing stored by the client's shop platform)."""
