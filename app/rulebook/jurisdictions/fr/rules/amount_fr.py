"""Amount under French law: the parts of a demand (fees, collection costs) that have no
legal basis in France. Figures from ``derived.amount``.

Sources: Article L331-1-3 CPI and the 2007 debates: no punitive damages; Article L111-8 CPCE
(checked on doctrine.fr and ancr.fr), Article 700 CPC [R].
"""

from decimal import Decimal

from app.rulebook import registry
from app.rulebook.amounts.recoverable import KIND_TEXT
from app.services.rules.display import money, money_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


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
                fr="Sans fondement en droit français : {items_fr}, soit {total} au total.",
                en="No basis in French law: {items_en} (total {total}).",
            ),
            explanation=T(
                fr="Les dommages-intérêts réparent le préjudice (art. L. 331-1-3 du CPI) et "
                "n'ont pas de caractère punitif (travaux parlementaires de la loi de 2007). Les "
                "frais de recouvrement exposés sans titre exécutoire restent à la charge du "
                "créancier (art. L. 111-8 du CPCE) ; en justice, seule une somme au titre de "
                "l'art. 700 du CPC peut être allouée, à l'appréciation du juge (point à "
                "vérifier). En l'espèce : {items_fr}. Les écarter de la discussion ; seuls "
                "restent en débat {recoverable}.",
                en="Damages make good the loss (Article L331-1-3 CPI), with no punitive element "
                "(parliamentary debates on the 2007 Act). Collection costs incurred without an "
                "enforceable title are borne by the creditor (Article L111-8 CPCE); in court, only "
                "a sum under Article 700 CPC may be awarded, at the judge's discretion (to be checked). "
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
