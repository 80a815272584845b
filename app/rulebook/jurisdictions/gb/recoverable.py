"""Heads of a demand English law gives no basis for (CDPA s.97(2))."""

from __future__ import annotations

from typing import Any

from app.rulebook.amounts.recoverable import part


def without_basis(c, p, items, _statutory):
    flagrant = c.watermark_removed or c.metadata_stripped
    if flagrant or c.watermark_removed is None or c.metadata_stripped is None:
        return []
    return [
        part(
            kind,
            amount,
            (
                "Des dommages-intérêts additionnels supposent une contrefaçon flagrante (CDPA "
                "s.97(2)) ; rien n'indique ici de flagrance (filigrane et métadonnées intacts) : la "
                "réparation se limite à la redevance (user principle).",
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
