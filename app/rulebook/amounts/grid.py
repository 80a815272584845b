"""The fee grid: a yearly base fee by kind of use and tier of image, multiplied by factors
for duration, placement, display size, audience and licensee (parameters under
``fees/``). Every step is a trace entry; the applied entries multiply out to the fee."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.labels import described, step_label
from app.rulebook.amounts.money import ONE, dec, metadata, q2, rate, rate_entry, read
from app.rulebook.calendar import add_years
from app.services.rules.display import date_text, days_text, money_text, number_text

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
PLACEMENT_TEXT = {
    "article_body": ("dans le corps d'un article", "in an article body"),
    "thumbnail": ("en vignette", "as a thumbnail"),
    "hero": ("en image principale", "as the hero image"),
    "background": ("en arrière-plan", "as a background"),
    "social_post": ("dans une publication sur un réseau social", "in a social media post"),
    "product_page": ("sur une fiche produit", "on a product page"),
    "gallery": ("dans une galerie", "in a gallery"),
}
"""The placements of the ``use.placement`` fact, in words (as the facts catalogue says)."""
RESPONDENT_TEXT = {
    "individual": ("particulier", "private individual"),
    "sole_trader": ("entrepreneur individuel", "sole trader"),
    "nonprofit": ("association", "non-profit"),
    "public_body": ("personne publique", "public body"),
    "company": ("société", "company"),
    "company_micro": ("société, micro-entreprise", "company, micro-enterprise"),
    "company_small": ("société, petite entreprise", "company, small enterprise"),
    "company_medium": ("société, entreprise moyenne", "company, medium-sized enterprise"),
    "company_large": ("société, grande entreprise", "company, large enterprise"),
}
"""The keys of ``fees.factors.respondent`` (kind, or company and size), in words."""


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


def days_of_use(first: date | None, last: date | None) -> int | None:
    """The length of the use in days, from its first day to the day that ends it (the
    removal, or the evaluation date while it goes on), which closes the period: a use from
    28 Nov. 2021 to 28 Nov. 2026 lasts five years, not five years and a day. A use that
    begins and ends on the same day counts one day."""
    if first is None or last is None:
        return None
    return max((last - first).days, 1)


def years_begun(first: date, last: date) -> int:
    """The years of use begun, counted on the calendar from ``first`` (anniversaries, so
    that leap years do not count): exactly N years is N years, one day more begins year
    N + 1."""
    years = 1
    while add_years(first, years) < last:
        years += 1
    return years


def duration_factor(
    days: int, short: list[dict], additional: Any, years: int = 1
) -> tuple[Decimal, tuple[str, str]]:
    """(multiplier, labels): within the first year, a step of the sub-year scale; beyond
    it, one year plus ``additional`` for each further year begun."""
    for step in short if years <= 1 else ():
        if days <= step["up_to_days"]:
            bound = step["up_to_days"]
            return dec(step["factor"]), (
                f"au plus {days_text(bound, 'fr')}",
                f"at most {days_text(bound, 'en')}",
            )
    years = max(years, 1)
    return ONE + dec(additional) * (years - 1), (
        f"{years} année commencée" if years == 1 else f"{years} années commencées",
        f"{years} year begun" if years == 1 else f"{years} years begun",
    )


def step_factor(scale: list[dict], value: int, key: str) -> Decimal:
    for step in scale:
        if step[key] is None or value < step[key]:
            return dec(step["factor"])
    return dec(scale[-1]["factor"])


def respondent_key(kind: str | None, size: str | None) -> str | None:
    if kind == "company":
        return f"company_{size}" if size else "company"
    return kind


def entry(
    name: str,
    record: dict | None,
    factor: Decimal | None,
    effect: tuple[str, str],
    *,
    value: Any = None,
    role: str = "factor",
    meta: dict | None = None,
    amount: Decimal | None = None,
) -> dict[str, Any]:
    meta = meta or {}
    return {
        "name": name,
        "label": step_label(name),
        "role": role,
        "parameter": record["name"] if record else None,
        "value": value if value is not None else (record["value"] if record else None),
        "factor": None if factor is None else str(factor),
        "amount": None if amount is None else str(q2(amount)),
        "in_force_from": record["in_force_from"] if record else None,
        "source": described(record["reference"]) if record else None,
        "estimate": meta.get("estimate"),
        "basis": meta.get("basis"),
        "applied": True,
        "effect": {"fr": effect[0], "en": effect[1]},
    }


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
    for step in _factors(u, reads, grid, metas):
        grid.entries.append(step)
        fee *= dec(step["factor"])
    if conversion is not None:
        grid.entries.append(rate_entry(conversion))
        fee *= conversion.factor
    grid.fee = fee


def _factors(u: UseFacts, reads: dict, grid: Grid, metas: dict) -> list[dict[str, Any]]:
    out = []
    short, short_rec = reads["fees.factors.duration_short"]
    additional, add_rec = reads["fees.factors.duration_additional_year"]
    grid.days = days_of_use(u.first_used_on, u.ended_on)
    if grid.days is None:
        out.append(
            entry(
                "duration",
                short_rec,
                ONE,
                (
                    "Durée d'exploitation inconnue (date de première utilisation manquante) : "
                    "un an retenu.",
                    "Duration of use unknown (first use date missing): one year assumed.",
                ),
            )
        )
    else:
        years = years_begun(u.first_used_on, u.ended_on)
        factor, label = duration_factor(grid.days, short, additional, years)
        record = short_rec if years <= 1 and grid.days <= short[-1]["up_to_days"] else add_rec
        out.append(
            entry(
                "duration",
                record,
                factor,
                (
                    f"Durée d'exploitation de {days_text(grid.days, 'fr')} ({label[0]}), du "
                    f"{date_text(u.first_used_on, 'fr')} au {date_text(u.ended_on, 'fr')} : "
                    f"× {number_text(factor, 'fr')}.",
                    f"Duration of use: {days_text(grid.days, 'en')} ({label[1]}), "
                    f"{date_text(u.first_used_on, 'en')} to {date_text(u.ended_on, 'en')}: "
                    f"× {number_text(factor, 'en')}.",
                ),
                value={"days": grid.days, "scale": record["value"]},
            )
        )
    placements, rec = reads["fees.factors.placement"]
    factor = dec(placements.get(u.placement, 1)) if u.placement else ONE
    where = PLACEMENT_TEXT.get(u.placement, ("inconnu", "unknown"))
    out.append(
        entry(
            "placement",
            rec,
            factor,
            (
                f"Emplacement de l'image ({where[0]}) : × {number_text(factor, 'fr')}.",
                f"Placement of the image ({where[1]}): × {number_text(factor, 'en')}.",
            ),
        )
    )
    sizes, rec = reads["fees.factors.display_size"]
    if u.placement == "thumbnail" or u.width_px is None:
        why = (
            ("vignette, déjà prise en compte", "thumbnail, already priced")
            if (u.placement == "thumbnail")
            else ("largeur inconnue", "width unknown")
        )
        out.append(
            entry(
                "display_size",
                rec,
                ONE,
                (f"Taille d'affichage ({why[0]}) : × 1.", f"Display size ({why[1]}): × 1."),
            )
        )
    else:
        factor = step_factor(sizes, u.width_px, "below_px")
        out.append(
            entry(
                "display_size",
                rec,
                factor,
                (
                    f"Taille d'affichage ({u.width_px} px) : × {number_text(factor, 'fr')}.",
                    f"Display size ({u.width_px} px): × {number_text(factor, 'en')}.",
                ),
            )
        )
    audiences, rec = reads["fees.factors.audience"]
    if u.audience is None:
        out.append(
            entry(
                "audience",
                rec,
                ONE,
                (
                    "Audience du site inconnue : audience de référence de la grille retenue (× 1).",
                    "Audience unknown: a standard audience assumed (× 1).",
                ),
            )
        )
    else:
        factor = step_factor(audiences, u.audience, "below")
        out.append(
            entry(
                "audience",
                rec,
                factor,
                (
                    f"Audience du site ({number_text(u.audience, 'fr')} lecteurs par mois) : "
                    f"× {number_text(factor, 'fr')}.",
                    f"Audience of the site ({number_text(u.audience, 'en')} monthly readers): "
                    f"× {number_text(factor, 'en')}.",
                ),
            )
        )
    kinds, rec = reads["fees.factors.respondent"]
    key = respondent_key(u.respondent_kind, u.respondent_size)
    factor = dec(kinds.get(key, 1)) if key else ONE
    who = RESPONDENT_TEXT.get(key, ("nature inconnue", "kind unknown"))
    out.append(
        entry(
            "respondent",
            rec,
            factor,
            (
                f"Client ({who[0]}) : × {number_text(factor, 'fr')}.",
                f"Client ({who[1]}): × {number_text(factor, 'en')}.",
            ),
        )
    )
    for e in out:
        meta = metas.get(e["parameter"]) or {}
        e["estimate"], e["basis"] = meta.get("estimate"), meta.get("basis")
    return out
