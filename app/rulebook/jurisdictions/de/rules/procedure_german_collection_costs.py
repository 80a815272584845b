"""Procedure: the costs of a debt collector under German law.

Sources: Rechtsdienstleistungsgesetz § 13e (a collector's costs recoverable only up to a
lawyer's RVG fees) and § 13f (a collector and then a lawyer: only what a lawyer alone would
have cost, unless the debtor's dispute after the collector's letter gave cause to engage the
lawyer), both in force since 1 October 2021.
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._procedure import _money
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
        fr="Frais de recouvrement plafonnés au niveau des honoraires d'avocat (§ 13e RDG)",
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
                "pourrait facturer selon le barème RVG (§ 13e RDG) ; de nombreuses juridictions "
                "en refusent le remboursement lorsque le débiteur a contesté la créance. En "
                "l'espèce, {sender_fr} réclame {fees} au titre de frais de traitement "
                "({status_fr}). Contester ces frais et vérifier l'inscription de la société "
                "de recouvrement au registre des services juridiques "
                "(rechtsdienstleistungsregister.de).",
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


@registry.rule(
    id="DE-COLLECTOR-02",
    question="procedure",
    title=T(
        fr="Société de recouvrement puis avocat : seuls les frais d'un avocat unique (§ 13f RDG)",
        en="A collector, then a lawyer: only the costs of a lawyer alone (§ 13f RDG)",
    ),
    jurisdictions=["DE"],
    basis=["de-rdg-13f", "de-rdg-13e"],
    reads=[
        "letter.sent_by_lawyer",
        "letter.agency",
        "letter.agency_name",
        "letter.disputed_before_lawyer",
    ],
    role="mitigating",
    variants={
        "capped": Variant(
            outcome="favours_client",
            weight=0.45,
            summary=T(
                fr="L'avocat a repris un dossier ouvert par {collector_fr} : les frais de l'un "
                "et de l'autre ne sont dus que dans la limite de ce qu'aurait coûté "
                "l'intervention d'un avocat seul ; les frais de recouvrement ne s'ajoutent "
                "pas aux honoraires de l'avocat.",
                en="The lawyer took over a file opened by {collector_en}: the costs of both "
                "are owed only up to what a lawyer alone would have cost; the collection "
                "fees do not come on top of the lawyer's fees.",
            ),
            explanation=T(
                fr="Lorsque le créancier a chargé du recouvrement à la fois une société de "
                "recouvrement et un avocat, il ne peut obtenir, à titre de dommages-intérêts, "
                "que les frais qu'aurait entraînés l'intervention du seul avocat, pour "
                "l'ensemble des diligences, amiables ou judiciaires (§ 13f, phrases 1 et 2, "
                "RDG). "
                "L'exception de la phrase 3 suppose que le débiteur n'ait contesté la "
                "créance qu'après l'intervention de la société de recouvrement et que cette "
                "contestation ait justifié le recours à l'avocat ; tel n'est pas le cas en "
                "l'espèce, le client n'ayant pas contesté la créance avant la lettre de "
                "l'avocat. Refuser de payer les frais de {collector_fr} en sus des honoraires "
                "de l'avocat.",
                en="Where the creditor engaged both a collection agency and a lawyer to "
                "collect the claim, it may recover as damages only the costs a lawyer alone "
                "would have caused, for all out-of-court and court work (§ 13f sentences 1 "
                "and 2 RDG). The exception in sentence 3 requires the debtor to have "
                "disputed the claim only after the collector was engaged, that dispute "
                "giving cause to engage the lawyer; that is not the case here, as the "
                "client did not dispute the claim before the lawyer's letter. Refuse to pay "
                "{collector_en}'s fees on top of the lawyer's fees.",
            ),
        ),
        "dispute_exception": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Le client a contesté la créance auprès de {collector_fr} avant "
                "l'intervention de l'avocat : la limite du § 13f RDG peut ne pas jouer.",
                en="The client disputed the claim with {collector_en} before the lawyer "
                "stepped in: the § 13f RDG limit may not apply.",
            ),
            explanation=T(
                fr="La limite du § 13f RDG (frais d'un avocat seul) ne s'applique pas lorsque "
                "le débiteur n'a contesté la créance qu'après l'intervention de la société "
                "de recouvrement et que cette contestation a justifié le recours à un avocat "
                "(§ 13f, phrase 3, RDG). En l'espèce, le client a contesté la créance avant la "
                "lettre de l'avocat : les frais de {collector_fr} restent plafonnés au niveau "
                "des honoraires d'avocat du barème RVG (§ 13e RDG), et ceux de l'avocat ne "
                "sont dus que si l'avertissement était justifié (§ 97a(3) UrhG).",
                en="The § 13f RDG limit (the costs of a lawyer alone) does not apply where the "
                "debtor disputed the claim only after the collector was engaged and that "
                "dispute gave cause to engage a lawyer (§ 13f sentence 3 RDG). Here the "
                "client disputed the claim before the lawyer's letter: {collector_en}'s "
                "costs remain capped at the RVG level (§ 13e RDG), and the lawyer's are "
                "owed only if the warning letter was justified (§ 97a(3) UrhG).",
            ),
        ),
    },
)
def de_collector_then_lawyer(f, p):
    if not f["letter.sent_by_lawyer"]:
        return not_applicable("the letter does not come from a lawyer")
    agency = f["letter.agency"]
    if agency not in COLLECTORS or agency == "other":
        return not_applicable("no collection agency handled the claim before the lawyer")
    name = f["letter.agency_name"] or agency
    disputed = f["letter.disputed_before_lawyer"]
    if disputed is None:
        return undetermined("letter.disputed_before_lawyer")
    if disputed:
        return applies("dispute_exception", collector_fr=name, collector_en=name)
    return applies("capped", collector_fr=name, collector_en=name)
