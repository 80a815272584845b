"""Amount under French and English law: fees without legal basis in France, and the user
principle without additional damages in England and Wales. Figures from ``derived.amount``.

Sources: legal-notes §2.1 (CPI L331-1-3 and the 2007 debates: no punitive damages), §6
(CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC)); CPCE L111-8 (checked on doctrine.fr
and ancr.fr), art. 700 CPC [R]; candidates FR-AMOUNT-01 and UK-AMOUNT-01 (§11 E).
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.amounts.recoverable import KIND_TEXT
from app.rulebook.jurisdictions.general.rules.amount import figures
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def _listing(items: list[dict], currency: str, lang: str) -> str:
    i = 0 if lang == "fr" else 1
    return ", ".join(
        f"{KIND_TEXT.get(w['kind'], (w['kind'],) * 2)[i]} {w['amount']} {currency}" for w in items
    )


@registry.rule(
    id="FR-AMOUNT-01",
    question="amount",
    title=T(fr="Frais réclamés sans fondement légal", en="Fees claimed without legal basis"),
    jurisdictions=["FR"],
    basis=["fr-cpi-l331-1-3", "fr-cpce-l111-8", "fr-cpc-700", "fr-senat-2007-no-punitive"],
    reads=["derived.amount"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Sans fondement en droit français : {items_fr} (total {total} {currency}).",
                en="No basis in French law: {items_en} (total {total} {currency}).",
            ),
            explanation=T(
                fr="Les dommages-intérêts réparent le préjudice (CPI L331-1-3), sans caractère "
                "punitif (travaux parlementaires de la loi de 2007). Les frais de recouvrement "
                "engagés sans titre exécutoire restent à la charge du créancier (CPCE L111-8) ; "
                "en justice, seuls des frais de l'art. 700 CPC peuvent être alloués, à la "
                "discrétion du juge (à vérifier). Ici : {items_fr}. Les retirer de toute "
                "discussion ; restent {recoverable} {currency}.",
                en="Damages make good the prejudice (CPI L331-1-3), with no punitive element "
                "(parliamentary debates on the 2007 Act). Collection costs incurred without an "
                "enforceable title stay with the creditor (CPCE L111-8); in court only costs "
                "under art. 700 CPC may be awarded, at the judge's discretion (to be checked). "
                "Here: {items_en}. Take them out of any discussion; {recoverable} {currency} "
                "remain.",
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
        total=str(total),
        currency=cur,
        recoverable=a["recoverable"],
    )


@registry.rule(
    id="UK-AMOUNT-01",
    question="amount",
    title=T(
        fr="« User principle » : pas de dommages additionnels sans flagrance",
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
                fr="Sans flagrance, la réparation se limite à la redevance ({reference} "
                "{currency}) ; la demande en vaut {ratio} fois.",
                en="Without flagrancy, damages are limited to the licence fee ({reference} "
                "{currency}); the demand is {ratio} times that.",
            ),
            explanation=T(
                fr="Le juge anglais alloue la redevance que des parties consentantes auraient "
                "convenue (« user principle ») ; des dommages additionnels supposent une "
                "contrefaçon flagrante ou un profit du défendeur (CDPA s.97(2) ; Absolute "
                "Lofts [2015] EWHC 2608 (IPEC) : GBP 300 de redevance, plus des dommages "
                "additionnels pour une copie délibérée). Rien n'indique ici de flagrance "
                "(filigrane et métadonnées intacts) : la réparation se limite à {reference} "
                "{currency}, contre {demanded} {currency} réclamés. Les petites demandes "
                "relèvent de la procédure simplifiée de l'IPEC, à faible risque de frais.",
                en="An English court awards the fee willing parties would have agreed (the user "
                "principle); additional damages need flagrancy or a benefit to the defendant "
                "(CDPA s.97(2); Absolute Lofts [2015] EWHC 2608 (IPEC): a GBP 300 fee, plus "
                "additional damages for deliberate copying). Nothing here suggests flagrancy "
                "(watermark and metadata left intact): damages are limited to {reference} "
                "{currency}, against {demanded} {currency} demanded. Small claims go to the "
                "IPEC small claims track, with a low costs risk.",
            ),
        ),
        "flagrancy": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Filigrane ou métadonnées supprimés : des dommages additionnels (CDPA "
                "s.97(2)) sont possibles au-delà de la redevance.",
                en="Watermark or metadata removed: additional damages (CDPA s.97(2)) are "
                "possible beyond the licence fee.",
            ),
            explanation=T(
                fr="La suppression d'un filigrane ou de métadonnées est un indice de flagrance "
                "qui ouvre droit à des dommages additionnels (CDPA s.97(2) ; Absolute Lofts) : "
                "la redevance de {reference} {currency} n'est plus un plafond.",
                en="Removing a watermark or metadata points to flagrancy, which opens "
                "additional damages (CDPA s.97(2); Absolute Lofts): the fee of {reference} "
                "{currency} is no longer a ceiling.",
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
