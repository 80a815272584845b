"""Heads of a demand English law gives no basis for (CDPA s.97(2))."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import dec, read
from app.rulebook.amounts.recoverable import part

PARAMS = ("fees.gb.flagrancy_high_factor",)


def without_basis(c, p, items, _statutory):
    flagrant = c.watermark_removed or c.metadata_stripped
    if flagrant or c.watermark_removed is None or c.metadata_stripped is None:
        return []
    return [
        part(
            kind,
            amount,
            (
                "Les dommages-intérêts additionnels supposent une contrefaçon flagrante (CDPA "
                "s.97(2)) ; en l'espèce, rien n'indique une telle flagrance (filigrane et "
                "métadonnées intacts) : la réparation se limite à la redevance (user principle).",
                "Additional damages need flagrancy (CDPA s.97(2)); nothing here suggests it "
                "(watermark and metadata left intact): damages are limited to the licence fee (user "
                "principle).",
            ),
            ["uk-cdpa-s97", "uk-absolute-lofts"],
        )
        for kind, amount, _ in items
        if kind == "surcharge"
    ]


def recovery_facts(f) -> dict[str, Any]:
    return {
        "watermark_removed": f["acquisition.watermark_removed"],
        "metadata_stripped": f["acquisition.metadata_stripped"],
    }


DAMAGES_TEXT = (
    "En droit anglais, la réparation suit le « user principle » (la redevance dont des "
    "parties raisonnables seraient convenues) ; des dommages-intérêts additionnels "
    "supposent une contrefaçon flagrante (CDPA s.97(2)).",
    "Under English law, damages follow the user principle (the fee willing parties would "
    "have agreed); additional damages require flagrancy (CDPA s.97(2)).",
)
"""How this law measures damages, closing the counter-offer's reasons."""


def fair_range_high(p, c) -> tuple[Decimal, tuple[str, str]] | None:
    """A removed watermark or metadata points to flagrancy: additional damages may add to
    the fee (CDPA s.97(2)), so the fair range reaches higher."""
    if not (c.watermark_removed or c.metadata_stripped):
        return None
    factor = read(p, "fees.gb.flagrancy_high_factor")
    if not factor:
        return None
    return dec(factor[0]), (
        "Filigrane ou métadonnées supprimés : des dommages-intérêts additionnels pour "
        "contrefaçon flagrante peuvent s'ajouter à la redevance (CDPA s.97(2)).",
        "Watermark or metadata removed: additional damages for flagrancy may come on top of "
        "the fee (CDPA s.97(2)).",
    )
