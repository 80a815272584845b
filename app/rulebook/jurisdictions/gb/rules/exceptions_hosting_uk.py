"""The hosting exemption in the UK: a host is not liable for information its users store
if it had no knowledge of it, or removed it promptly once it had.

Sources: the Electronic Commerce (EC Directive) Regulations 2002, reg. 19. Decided from
the facts the claim carries (see ``general/rules/_hosting.py``); the EU counterpart is
EU-HOST-01, the US one US-DMCA-01.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._hosting import (
    EXPEDITIOUS_DAYS,
    HOSTING_UNDETERMINED,
    READS,
    hosting_exemption,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant


@registry.rule(
    id="UK-HOST-01",
    question="exceptions",
    title=T(
        fr="Exonération de l'hébergeur (Electronic Commerce (EC Directive) Regulations 2002, "
        "reg. 19)",
        en="Hosting exemption (Electronic Commerce (EC Directive) Regulations 2002, reg. 19)",
    ),
    jurisdictions=["GB"],
    basis=["uk-ecommerce-regs-2002-reg-19"],
    reads=READS,
    params=[EXPEDITIOUS_DAYS],
    role="decisive",
    decides="safe_harbour",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="Image mise en ligne par un utilisateur du service, sans avertissement "
                "antérieur, et retirée {delay_fr} : le client, en sa qualité d'hébergeur, "
                "n'est pas tenu au paiement de dommages-intérêts.",
                en="Image uploaded by a user of the service, with no earlier notice, and "
                "removed {delay_en}: the client, as a host, is not liable in damages.",
            ),
            explanation=T(
                fr="Le prestataire qui stocke les informations fournies par un destinataire "
                "de son service n'est pas tenu au paiement de dommages-intérêts s'il n'avait pas "
                "effectivement connaissance de l'activité ou de l'information illicite ou "
                "si, dès qu'il en a eu connaissance, il a agi promptement pour la retirer, "
                "et si le destinataire n'agissait pas sous son autorité ou son contrôle "
                "(Electronic Commerce (EC Directive) Regulations 2002, reg. 19, toujours en "
                "vigueur). En l'espèce, l'image a été mise en ligne par un utilisateur, le "
                "client n'avait reçu aucun avertissement antérieur et a retiré l'image "
                "{delay_fr}. Vérifier que le client n'a joué aucun rôle actif, puis "
                "contester la demande pécuniaire.",
                en="A provider that stores information supplied by a recipient of its "
                "service is not liable in damages if it had no actual knowledge of the "
                "unlawful activity or information or, once it obtained that knowledge, "
                "acted expeditiously to remove it, and the recipient was not acting under "
                "its authority or control (Electronic Commerce (EC Directive) Regulations "
                "2002, reg. 19, still in force). Here a user uploaded the image, the client "
                "had received no earlier notice and removed the image {delay_en}. Check "
                "that the client played no active role, then contest the monetary claim.",
            ),
        ),
        "remove_now": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(
                fr="Image mise en ligne par un utilisateur et toujours en ligne : "
                "l'exonération suppose un retrait prompt, dès maintenant (reg. 19).",
                en="Image uploaded by a user and still online: the exemption requires "
                "prompt removal, now (reg. 19).",
            ),
            explanation=T(
                fr="La lettre donne au client connaissance de l'information litigieuse ; "
                "il ne reste exonéré que s'il la retire promptement (reg. 19(a)(ii) des "
                "Regulations de 2002). Retirer l'image sans attendre et conserver la preuve "
                "de la date du retrait.",
                en="The letter gives the client knowledge of the information complained of; "
                "it stays exempt only if it removes it expeditiously (reg. 19(a)(ii) of the "
                "2002 Regulations). Remove the image at once and keep evidence of the "
                "removal date.",
            ),
        ),
        "knowledge_not_acted": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le client, averti, n'a pas retiré l'image promptement : l'exonération de "
                "la reg. 19 ne peut être invoquée.",
                en="The client, once notified, did not remove the image promptly: the reg. "
                "19 exemption cannot be relied on.",
            ),
            explanation=T(
                fr="La reg. 19(a)(ii) des Regulations de 2002 exige un retrait prompt dès la "
                "connaissance acquise. En l'espèce, le client avait été averti et n'a pas "
                "retiré l'image promptement.{since_fr}",
                en="Reg. 19(a)(ii) of the 2002 Regulations requires expeditious removal once "
                "knowledge is obtained. Here the client had been notified and did not "
                "remove the image promptly.{since_en}",
            ),
        ),
        "under_control": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image a été mise en ligne par une personne agissant sous l'autorité ou "
                "le contrôle du client : l'exonération de la reg. 19 est exclue.",
                en="The image was uploaded by someone acting under the client's authority "
                "or control: the reg. 19 exemption is excluded.",
            ),
            explanation=T(
                fr="La reg. 19(b) des Regulations de 2002 exclut l'exonération lorsque le "
                "destinataire du service agit sous l'autorité ou le contrôle du prestataire "
                "(salarié, stagiaire, prestataire chargé du contenu) : le client en répond, "
                "sauf recours contre l'intéressé.",
                en="Reg. 19(b) of the 2002 Regulations excludes the exemption where the "
                "recipient of the service acts under the provider's authority or control "
                "(an employee, intern or contractor in charge of content): the client "
                "answers for it, subject to a recourse against that person.",
            ),
        ),
    },
    undetermined_text=HOSTING_UNDETERMINED,
)
def uk_hosting_exemption(f, p):
    return hosting_exemption(f, p)
