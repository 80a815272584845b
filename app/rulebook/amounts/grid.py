"""The fee grid: a yearly base fee by kind of use and tier of image, multiplied by factors
for duration, placement, display size, audience and licensee (parameters under
``fees/``; the factors are in ``factors.py``). Every step is a trace entry; the applied
entries multiply out to the fee."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.factors import entry, factors
from app.rulebook.amounts.money import dec, metadata, rate, rate_entry, read
from app.services.rules.display import money_text

KINDS = ("web_editorial", "web_commercial", "advertising", "social_media", "online_shop", "print")
TIERS = ("generic", "professional", "premium")
FACTOR_PARAMS = (
    "fees.factors.duration_short",
    "fees.factors.duration_additional_year",
    "fees.factors.placement",
    "fees.factors.display_size",
    "fees.factors.audience",
    "fees.factors.respondent",
)
BASE_PARAMS = tuple(f"fees.base.{k}.{t}" for k in KINDS for t in TIERS)
COMPANY_LIKE = ("company_site", "online_shop")
KIND_TEXT = {
    "web_editorial": ("usage web éditorial", "web editorial use"),
    "web_commercial": ("usage web commercial ou institutionnel", "web commercial or corporate use"),
    "advertising": ("publicité", "advertising"),
    "social_media": ("publication sur un réseau social", "social media post"),
    "online_shop": ("page produit d'une boutique en ligne", "online shop product page"),
    "print": ("impression", "print"),
}
TIER_TEXT = {
    "generic": ("image générique", "generic image"),
    "professional": ("image professionnelle ou d'agence", "professional or agency image"),
    "premium": ("image premium (mode, célébrité, art)", "premium image (fashion, celebrity, art)"),
}


@dataclass(frozen=True, slots=True)
class UseFacts:
    """The facts of the claim the grid prices (None: unknown)."""

    purpose: str | None = None
    site_kind: str | None = None
    placement: str | None = None
    medium: str | None = None
    work_kind: str | None = None
    professional: bool | None = None
    simple_photo: bool | None = None
    audience: int | None = None
    width_px: int | None = None
    respondent_kind: str | None = None
    respondent_size: str | None = None
    first_used_on: date | None = None
    ended_on: date | None = None


@dataclass(slots=True)
class Grid:
    kind: str
    tier: str
    fee: Decimal | None = None  # in the target currency, unrounded
    entries: list[dict[str, Any]] = field(default_factory=list)
    days: int | None = None
    missing: str | None = None  # why no fee could be computed
    commercial: Decimal | None = None  # an editorial use priced as web_commercial instead


def use_kind(
    purpose: str | None, site_kind: str | None, placement: str | None, medium: str | None
) -> str:
    """The kind of use the grid prices; a commercial purpose never maps to a cheaper kind."""
    if purpose == "advertising":
        return "advertising"
    if medium == "print":
        return "print"
    if placement == "product_page":
        return "online_shop"
    if placement == "social_post" or site_kind == "social_media":
        return "social_media"
    if purpose == "commercial" or (purpose == "decorative" and site_kind in COMPANY_LIKE):
        return "web_commercial"
    return "web_editorial"


def image_tier(
    work_kind: str | None, professional: bool | None, simple_photo: bool | None
) -> tuple[str, bool]:
    """(tier, assumed): the tier of the image, and whether it is an assumption."""
    if simple_photo or professional is False or work_kind == "generic_stock":
        return "generic", False
    if work_kind in ("fashion", "celebrity"):
        return "premium", False
    return "professional", work_kind is None and professional is None


_MEMO: dict[tuple, tuple] = {}
MEMO_SIZE = 4096


def compute(u: UseFacts, p, currency: str) -> Grid:
    """The grid fee for ``u`` in ``currency``. Parameters are read (and so traced) on every
    call; the rest is memoised on the facts and on the parameter values read, whose
    objects the memo keeps alive so that their ids stay unique."""
    kind = use_kind(u.purpose, u.site_kind, u.placement, u.medium)
    tier, tier_assumed = image_tier(u.work_kind, u.professional, u.simple_photo)
    name = f"fees.base.{kind}.{tier}"
    found = read(p, name)
    reads = {n: read(p, n) for n in FACTOR_PARAMS}
    if found is None or any(v is None for v in reads.values()):
        return Grid(kind, tier, missing="no fee grid in force on the evaluation date")
    base_currency = found[0]["currency"]
    conversion = rate(p, base_currency, currency) if base_currency != currency else None
    if base_currency != currency and conversion is None:
        return Grid(
            kind,
            tier,
            missing=f"no exchange rate {base_currency}/{currency} on the evaluation date",
        )
    commercial = _commercial_base(p, kind, tier, base_currency)
    values = (found[0], *(r[0] for r in reads.values()), commercial and commercial[0])
    key = (
        u,
        currency,
        tuple(map(id, values)),
        conversion and conversion.factor,
        commercial and commercial[1].factor,
    )
    hit = _MEMO.get(key)
    if hit is None:
        if len(_MEMO) >= MEMO_SIZE:
            _MEMO.clear()
        grid = Grid(kind, tier)
        metas = {n: metadata(p, n) for n in (name, *FACTOR_PARAMS)}
        _build(grid, u, found, reads, conversion, tier_assumed, metas)
        if commercial is not None and grid.fee is not None:
            value, to_base = commercial
            grid.commercial = (
                grid.fee * dec(value["amount"]) * to_base.factor / dec(found[0]["amount"])
            )
        hit = _MEMO[key] = (values, grid)
    cached = hit[1]
    return Grid(
        kind,
        tier,
        cached.fee,
        [dict(e) for e in cached.entries],
        cached.days,
        commercial=cached.commercial,
    )


def _commercial_base(p, kind: str, tier: str, currency: str) -> tuple | None:
    """For an editorial use, the web_commercial base fee of the same tier and the rate that
    brings it into the editorial base's currency (for GEN-AMOUNT-04)."""
    if kind != "web_editorial":
        return None
    found = read(p, f"fees.base.web_commercial.{tier}")
    if found is None:
        return None
    to_base = rate(p, found[0]["currency"], currency)
    return None if to_base is None else (found[0], to_base)


def _build(grid: Grid, u: UseFacts, found, reads, conversion, tier_assumed, metas) -> None:
    base, record = found
    amount, base_currency = dec(base["amount"]), base["currency"]
    kfr, ken = KIND_TEXT[grid.kind]
    tfr, ten = TIER_TEXT[grid.tier]
    assumed_fr = " (catégorie supposée : nature de l'image inconnue)" if tier_assumed else ""
    assumed_en = " (tier assumed: kind of image unknown)" if tier_assumed else ""
    grid.entries.append(
        entry(
            "base_fee",
            record,
            None,
            (
                f"Redevance annuelle de référence, {kfr}, {tfr}{assumed_fr} : "
                f"{money_text(amount, base_currency, 'fr')}.",
                f"Yearly reference fee, {ken}, {ten}{assumed_en}: "
                f"{money_text(amount, base_currency, 'en')}.",
            ),
            role="base",
            meta=metas[record["name"]],
            amount=amount,
            value=base,
        )
    )
    fee = amount
    for step in factors(u, reads, grid, metas):
        grid.entries.append(step)
        fee *= dec(step["factor"])
    if conversion is not None:
        grid.entries.append(rate_entry(conversion))
        fee *= conversion.factor
    grid.fee = fee
