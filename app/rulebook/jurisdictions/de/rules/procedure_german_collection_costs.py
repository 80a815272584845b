"""Procedure: the costs of a debt collector under German law (§ 13e RDG).

Sources: legal-notes §3.1 (§ 13e RDG); candidate DE-COLLECTOR-01 (§11 A).
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.rules._procedure_common import _money
from app.services.rules.display import money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

COLLECTORS = (
    "copytrack",
    "picrights",
    "pixsy",
    "getty",
    "permission_machine",
    "lapixa",
    "imagerights",
    "copyright_agent",
    "other",
)


@registry.rule(
    id="DE-COLLECTOR-01",
    question="procedure",
    title=T(
        fr="Frais de recouvrement plafonnés au niveau RVG (§ 13e RDG)",
        en="Collection costs capped at RVG level (§ 13e RDG)",
    ),
    jurisdictions=["DE"],
    basis=["de-rdg-13e", "de-rechtsdienstleistungsregister"],
    reads=[
        "letter.breakdown",
        "letter.sent_by_lawyer",
        "letter.collector_status",
        "letter.agency",
        "letter.agency_name",
    ],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Des frais de traitement de {fees} sont réclamés par une société de "
                "recouvrement : ils ne sont remboursables que dans la limite des honoraires "
                "d'avocat (RVG), et souvent pas du tout si la créance est contestée.",
                en="Processing fees of {fees} are claimed by a collector: they are "
                "recoverable at most at the level of a lawyer's fees (RVG), and often not at "
                "all if the claim is disputed.",
            ),
            explanation=T(
                fr="Depuis la réforme du recouvrement de 2021, les frais d'un prestataire de "
                "recouvrement ne sont remboursables que dans la limite de ce qu'un avocat "
                "pourrait facturer selon le RVG (§ 13e RDG) ; de nombreuses juridictions "
                "refusent leur remboursement lorsque le débiteur a contesté la créance. "
                "En l'espèce, {sender_fr} réclame {fees} de frais de traitement ({status_fr}). "
                "Contester ces frais et vérifier l'inscription de la société de recouvrement "
                "au registre rechtsdienstleistungsregister.de.",
                en="Since the 2021 debt-collection reform, a collection service's costs are "
                "recoverable only up to what a lawyer could charge under the RVG (§ 13e "
                "RDG); many courts refuse them where the debtor disputed the claim. Here "
                "{sender_en} claims {fees} in processing fees ({status_en}). Dispute these "
                "fees and check the collector's entry in the register at "
                "rechtsdienstleistungsregister.de.",
            ),
        )
    },
)
def de_collection_costs(f, p):
    status = f["letter.collector_status"]
    if status == "lawyer" or f["letter.sent_by_lawyer"]:
        return not_applicable("the letter comes from a lawyer (RVG fees, see § 97a)")
    agency = f["letter.agency"]
    breakdown = f["letter.breakdown"]
    if breakdown is None:
        if agency in COLLECTORS:
            return undetermined("letter.breakdown")
        return not_applicable("no itemised claim and no collector known")
    total, currency = Decimal(0), None
    for item in breakdown:
        if item["kind"] == "processing_fee":
            amount, currency = _money(item["amount"])
            total += amount or 0
    if currency is None:
        return not_applicable("no processing or collection fee is claimed")
    if status is None and agency not in COLLECTORS:
        return undetermined("letter.collector_status")
    status_fr = {
        "registered_collector": "société de recouvrement inscrite",
        "unknown": "statut au registre inconnu",
    }.get(status, "société de recouvrement")
    status_en = {
        "registered_collector": "a registered collector",
        "unknown": "register status unknown",
    }.get(status, "a collector")
    return applies(
        fees=money(total, currency),
        sender_fr=f["letter.agency_name"] or agency or "la société de recouvrement",
        sender_en=f["letter.agency_name"] or agency or "the collector",
        status_fr=status_fr,
        status_en=status_en,
    )
