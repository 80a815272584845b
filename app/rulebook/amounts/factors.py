"""The grid's factors: duration, placement, display size, audience and kind of client, each
a multiplier read from its dated parameter under ``fees/factors/`` and written as a trace
entry (``entry``, also used for the grid's base fee, ``grid.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.rulebook.amounts.labels import described, step_label
from app.rulebook.amounts.money import ONE, dec, q2
from app.rulebook.calendar import add_years
from app.services.rules.display import date_text, days_text, number_text

if TYPE_CHECKING:
    from app.rulebook.amounts.grid import Grid, UseFacts

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


def factors(u: UseFacts, reads: dict, grid: Grid, metas: dict) -> list[dict[str, Any]]:
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
    if u.medium == "print" or u.placement == "thumbnail" or u.width_px is None:
        why = (
            ("usage imprimé, sans affichage à l'écran", "print use, not shown on screen")
            if u.medium == "print"
            else ("vignette, déjà prise en compte", "thumbnail, already priced")
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
    if u.medium == "print":
        # A print run has no monthly audience: a site's readership does not price it.
        out.append(
            entry(
                "audience",
                rec,
                ONE,
                (
                    "Usage imprimé : l'audience d'un site n'entre pas dans son prix (× 1).",
                    "Print use: a site's audience does not enter its price (× 1).",
                ),
            )
        )
    elif u.audience is None:
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
