"""Market evidence in the claim beats the grid.

1. The claimant's own licence offer (``letter.licence_offer``, or ``market_evidence`` of kind
   ``agency_offer``) prices the whole past use: an admission of market value. The lowest
   offer is the reference.
2. Otherwise a documented price for the same kind of use (``price_list``, ``quote``,
   ``stock_price`` with ``covers_use: true``): the median documented price (the lower of the
   two middle ones for an even count), scaled by the duration of use unless it is a stock
   (royalty-free, perpetual) price.
3. Court awards, and prices whose ``covers_use`` is false or unknown, are listed as sources
   but not used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.labels import stated, step_label
from app.rulebook.amounts.money import dec, money, q2, rate, rate_entry
from app.services.rules.display import money_text

PRICE_KINDS = ("price_list", "quote", "stock_price")
KIND_TEXT = {
    "agency_offer": ("offre de licence de l'agence", "the agency's licence offer"),
    "price_list": ("liste de prix", "price list"),
    "quote": ("devis", "quote"),
    "stock_price": ("prix en banque d'images", "stock price"),
    "court_award": ("décision de justice", "court award"),
}


@dataclass(slots=True)
class Evidence:
    fee: Decimal | None = None
    basis: str | None = None  # agency_offer | market_price
    entries: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    chosen: dict[str, Any] | None = None


def _source(item: dict, converted: Decimal | None, used: bool, why: tuple[str, str]) -> dict:
    return {
        "kind": item["kind"],
        "price": {"amount": str(q2(item["amount"])), "currency": item["currency"]},
        "converted": None if converted is None else str(q2(converted)),
        "description": item.get("description"),
        "covers_use": item.get("covers_use"),
        "used": used,
        "note": {"fr": why[0], "en": why[1]},
    }


def _items(licence_offer: Any, market: list | None) -> list[dict[str, Any]]:
    items = []
    offer = money(licence_offer)
    if offer:
        items.append(
            {
                "kind": "agency_offer",
                "amount": offer[0],
                "currency": offer[1],
                "description": None,
                "covers_use": True,
            }
        )
    for raw in market or []:
        price = money(raw.get("price"))
        if price:
            items.append(
                {
                    "kind": raw.get("kind"),
                    "amount": price[0],
                    "currency": price[1],
                    "description": raw.get("description"),
                    "covers_use": raw.get("covers_use"),
                }
            )
    return items


_MEMO: dict[tuple, Evidence] = {}
MEMO_SIZE = 2048


def select(
    licence_offer: Any, market: list | None, p, currency: str, duration: dict[str, Any] | None
) -> Evidence:
    """The reference fee from market evidence, if any evidence qualifies. Memoised when no
    currency conversion is needed (no parameter is read then)."""
    items = _items(licence_offer, market)
    if not items:
        return Evidence()
    key = None
    if all(i["currency"] == currency for i in items):
        key = (tuple(tuple(i.values()) for i in items), currency, duration and duration["factor"])
        hit = _MEMO.get(key)
        if hit is not None:
            return Evidence(
                hit.fee,
                hit.basis,
                [dict(e) for e in hit.entries],
                [dict(s) for s in hit.sources],
                hit.chosen,
            )
    out = _select(items, p, currency, duration)
    if key is not None:
        if len(_MEMO) >= MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = out
        return Evidence(
            out.fee,
            out.basis,
            [dict(e) for e in out.entries],
            [dict(s) for s in out.sources],
            out.chosen,
        )
    return out


def _select(items: list[dict], p, currency: str, duration: dict[str, Any] | None) -> Evidence:
    out = Evidence()
    admissions, prices = [], []
    for item in items:
        conversion = rate(p, item["currency"], currency)
        converted = None if conversion is None else item["amount"] * conversion.factor
        item["conversion"], item["converted"] = conversion, converted
        kind = item["kind"]
        if converted is None:
            why = (
                f"Non utilisé : pas de taux de change {item['currency']}/{currency}.",
                f"Not used: no {item['currency']}/{currency} exchange rate.",
            )
        elif kind == "agency_offer" and item["covers_use"] is not False:
            admissions.append(item)
            continue
        elif kind in PRICE_KINDS and item["covers_use"] is True:
            prices.append(item)
            continue
        elif kind == "court_award":
            why = (
                "Repère seulement : une décision tient compte d'autres éléments.",
                "Benchmark only: an award reflects other circumstances.",
            )
        elif item["covers_use"] is False:
            why = (
                "Non utilisé : prix pour un autre type d'usage.",
                "Not used: a price for another kind of use.",
            )
        else:
            why = (
                "Non utilisé : on ignore si ce prix couvre cet usage (covers_use).",
                "Not used: whether this price covers this use is unknown (covers_use).",
            )
        out.sources.append(_source(item, converted, False, why))
    if admissions:
        chosen = min(admissions, key=lambda i: i["converted"])
        _use(out, chosen, "agency_offer", None, admissions + prices)
    elif prices:
        for item in prices:
            scale = dec(duration["factor"]) if duration and item["kind"] != "stock_price" else 1
            item["per_use"] = item["converted"] * scale
        ranked = sorted(prices, key=lambda i: i["per_use"])
        chosen = ranked[(len(ranked) - 1) // 2]
        scaled = duration if duration and chosen["kind"] != "stock_price" else None
        _use(out, chosen, "market_price", scaled, ranked)
    return out


def _use(out: Evidence, chosen: dict, basis: str, duration: dict | None, pool: list) -> None:
    kfr, ken = KIND_TEXT.get(chosen["kind"], (chosen["kind"], chosen["kind"]))
    out.basis, out.chosen = basis, chosen
    described = chosen.get("description")
    if basis == "agency_offer":
        effect = (
            "Prix de marché retenu de préférence à la grille : l'offre de licence de "
            f"l'agence ({money_text(chosen['amount'], chosen['currency'], 'fr')}), prix que "
            "le réclamant propose lui-même pour l'ensemble de l'exploitation passée.",
            f"Market evidence used instead of the grid: {ken}, "
            f"{money_text(chosen['amount'], chosen['currency'], 'en')}, the claimant's own price "
            "for the whole past use.",
        )
        source = stated(
            None,
            "l'offre de licence que l'agence formule dans sa lettre",
            "the licence offer the agency makes in its letter",
        )
    else:
        count = len(pool)
        effect = (
            f"Prix de marché retenu de préférence à la grille : {kfr} pour le même usage "
            f"({money_text(chosen['amount'], chosen['currency'], 'fr')}), médiane de "
            f"{count} {'prix documenté' if count == 1 else 'prix documentés'}.",
            f"Market evidence used instead of the grid: {ken} for the same use, "
            f"{money_text(chosen['amount'], chosen['currency'], 'en')} (median of {count} "
            f"documented {'price' if count == 1 else 'prices'}).",
        )
        named = f" : « {described} »" if described else ""
        named_en = f": '{described}'" if described else ""
        source = stated(
            described, f"{kfr} produit au dossier{named}", f"a {ken} in the file{named_en}"
        )
    out.entries.append(
        {
            "name": "market_evidence",
            "label": step_label("market_evidence"),
            "role": "base",
            "parameter": None,
            "value": {"kind": chosen["kind"], "description": chosen.get("description")},
            "factor": None,
            "amount": str(q2(chosen["amount"])),
            "in_force_from": None,
            "source": source,
            "estimate": False,
            "basis": basis,
            "applied": True,
            "effect": {"fr": effect[0], "en": effect[1]},
        }
    )
    fee = chosen["amount"]
    conversion = chosen["conversion"]
    if conversion.factor != 1:
        out.entries.append(rate_entry(conversion))
        fee *= conversion.factor
    if duration is not None:
        out.entries.append(dict(duration, applied=True))
        fee *= dec(duration["factor"])
    out.fee = fee
    for item in pool:
        used = item is chosen
        why = (
            "Retenu comme référence." if used else "Documenté, non retenu (autre prix).",
            "Used as the reference." if used else "Documented, not used (another price).",
        )
        out.sources.append(_source(item, item["converted"], used, why))
