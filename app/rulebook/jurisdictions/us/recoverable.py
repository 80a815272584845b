"""Heads of a demand US law gives no basis for (17 U.S.C. § 412)."""

from __future__ import annotations

from app.rulebook.amounts.recoverable import part


def without_basis(c, p, items, statutory_available):
    if statutory_available is not False:
        return []
    return [
        part(
            kind,
            amount,
            (
                "Sans enregistrement en temps utile, ni dommages-intérêts forfaitaires ni honoraires "
                "d'avocat ne peuvent être alloués (17 U.S.C. § 412).",
                "Without timely registration, neither statutory damages nor attorney's fees can be "
                "awarded (17 U.S.C. § 412).",
            ),
            ["us-17-412"],
        )
        for kind, amount, _ in items
        if kind == "legal_fees"
    ]
