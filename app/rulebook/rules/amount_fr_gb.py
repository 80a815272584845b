"""Amount under French and English law: fees without legal basis in France, and the user
principle without additional damages in England and Wales. Figures from ``derived.amount``.

Sources: CPI L331-1-3 and the 2007 debates: no punitive damages, CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC); CPCE L111-8 (checked on doctrine.fr
and ancr.fr), art. 700 CPC [R].
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.amounts.recoverable import KIND_TEXT
from app.rulebook.jurisdictions.general.rules.amount import figures
from app.services.rules.display import money, money_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def _listing(items: list[dict], currency: str, lang: str) -> str:
    i = 0 if lang == "fr" else 1
    return ", ".join(
        f"{KIND_TEXT.get(w['kind'], (w['kind'],) * 2)[i]} ({money_text(w['amount'], currency, lang)})"
        for w in items
    )


@registry.rule(
    id="FR-AMOUNT-01",
    question="amount",
    title=T(fr="Frais réclamés sans fondement légal", en="Fees claimed without a legal basis"),
    jurisdictions=["FR"],
    basis=[
        "fr-cpi-l331-1-3",
        "fr-cpce-l111-8",
        "fr-cpc-700",
        "fr-senat-2007-no-punitive",
        "fr-cpi-l121-1",
    ],
    reads=["derived.amount"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Sans fondement en droit français : {items_fr} (total : {total}).",
                en="No basis in French law: {items_en} (total {total}).",
            ),
            explanation=T(
                fr="Les dommages-intérêts réparent le préjudice (CPI L331-1-3), sans caractère "
                "punitif (travaux parlementaires de la loi de 2007). Les frais de recouvrement "
                "exposés sans titre exécutoire restent à la charge du créancier (CPCE L111-8) ; "
                "en justice, seule une somme au titre de l'article 700 du CPC peut être "
                "allouée, à l'appréciation du juge (point à vérifier). En l'espèce : {items_fr}. "
                "Les écarter de toute discussion ; restent en débat {recoverable}.",
                en="Damages make good the loss (CPI L331-1-3), with no punitive element "
                "(parliamentary debates on the 2007 Act). Collection costs incurred without an "
                "enforceable title are borne by the creditor (CPCE L111-8); in court, only a sum "
                "under art. 700 CPC may be awarded, at the judge's discretion (to be checked). "
                "Here: {items_en}. Leave them out of any discussion; {recoverable} remains in "
                "issue.",
            ),
        )
    },
)
def fr_fees_without_basis(f, p):
    a = f["derived.amount"]
    items = (a or {}).get("without_basis") or []
    if a is None or a.get("law") != "FR" or not items:
        return not_applicable("no part of the demand lacks a basis in French law")
    total = sum(Decimal(w["amount"]) for w in items)
    cur = a["currency"]
    return applies(
        items_fr=_listing(items, cur, "fr"),
        items_en=_listing(items, cur, "en"),
        total=money(total, cur),
        recoverable=money(a["recoverable"], cur),
    )


@registry.rule(
    id="UK-AMOUNT-01",
    question="amount",
    title=T(
        fr="« User principle » : pas de dommages-intérêts additionnels sans contrefaçon flagrante",
        en="User principle: no additional damages without flagrancy",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s97", "uk-absolute-lofts"],
    reads=["derived.amount", "acquisition.watermark_removed", "acquisition.metadata_stripped"],
    role="mitigating",
    variants={
        "user_principle": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Sans contrefaçon flagrante, la réparation se limite à la redevance "
                "({reference}) ; la demande en représente {ratio} fois le montant.",
                en="Without flagrancy, damages are limited to the licence fee ({reference}); "
                "the demand is {ratio} times that.",
            ),
            explanation=T(
                fr="Le juge anglais alloue la redevance que des parties consentantes auraient "
                "convenue (« user principle ») ; des dommages-intérêts additionnels supposent "
                "une contrefaçon flagrante ou un profit tiré par le défendeur (CDPA s.97(2) ; "
                "Absolute Lofts [2015] EWHC 2608 (IPEC) : une redevance de 300 £, plus des "
                "dommages-intérêts additionnels pour une copie délibérée). Rien n'indique ici "
                "de contrefaçon flagrante (filigrane et métadonnées intacts) : la réparation se "
                "limite à {reference}, contre {demanded} réclamés. Les demandes de faible "
                "montant relèvent de la procédure des petits litiges (small claims track) de "
                "l'IPEC, où le risque de frais est faible.",
                en="An English court awards the fee willing parties would have agreed (the user "
                "principle); additional damages require flagrancy or a benefit to the defendant "
                "(CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC): a GBP 300 fee, plus "
                "additional damages for deliberate copying). Nothing here suggests flagrancy "
                "(watermark and metadata left intact): damages are limited to {reference}, "
                "against {demanded} demanded. Claims of small value go to the IPEC small claims "
                "track, with a low costs risk.",
            ),
        ),
        "flagrancy": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Filigrane ou métadonnées supprimés : des dommages-intérêts additionnels "
                "(CDPA s.97(2)) peuvent s'ajouter à la redevance.",
                en="Watermark or metadata removed: additional damages (CDPA s.97(2)) may be "
                "awarded on top of the licence fee.",
            ),
            explanation=T(
                fr="La suppression d'un filigrane ou de métadonnées est un indice de "
                "contrefaçon flagrante, qui ouvre droit à des dommages-intérêts additionnels "
                "(CDPA s.97(2) ; Absolute Lofts) : la redevance de {reference} ne constitue "
                "plus un plafond.",
                en="Removing a watermark or metadata points to flagrancy, which opens the way "
                "to additional damages (CDPA s.97(2); Absolute Lofts): the fee of {reference} "
                "is no longer a ceiling.",
            ),
        ),
    },
)
def uk_user_principle(f, p):
    a = f["derived.amount"]
    if not a or a["demanded"] is None or a["reference_fee"] is None:
        return not_applicable("no amount demanded or no reference fee")
    removed, stripped = f["acquisition.watermark_removed"], f["acquisition.metadata_stripped"]
    if removed or stripped:
        return applies("flagrancy", **figures(a))
    if Decimal(a["demanded"]) <= Decimal(a["reference_fee"]):
        return not_applicable("the demand does not exceed the user-principle fee")
    missing = [
        n
        for n, v in (
            ("acquisition.watermark_removed", removed),
            ("acquisition.metadata_stripped", stripped),
        )
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("user_principle", **figures(a))
