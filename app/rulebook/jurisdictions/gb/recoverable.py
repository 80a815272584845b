"""Heads of a demand English law gives no basis for (CDPA s.97(2))."""

from __future__ import annotations

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
