"""Kinds of the items of a demand: of two labels at one place the longer names the item
("Indemnité de licence" is a licence fee, not damages; "Fixed-sum compensation" a
collection cost), and a collector's principal claim is the unpaid licence unless its own
label says more ("Hauptforderung (Lizenzschaden)" is damages)."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text

CASES = [
    ("Paris, le 2 novembre 2026\n\nMadame, Monsieur,\n\nNous agissons pour le compte de Lumen SARL.\n\n"
     "Indemnité de licence : 640,00 €\nFrais de gestion : 60,00 €\nMontant total : 700,00 €\n",
     [("licence_fee", "640.00"), ("processing_fee", "60.00")]),
    ("Lyon, le 2 novembre 2026\n\nMadame, Monsieur,\n\nNous sommes chargés du recouvrement de la créance ci-dessous.\n\n"
     "Principal : 560,00 €\nIndemnité forfaitaire pour frais de recouvrement : 40,00 €\n"
     "Intérêts de retard : 12,35 €\nTotal à régler : 612,35 €\n",
     [("licence_fee", "560.00"), ("processing_fee", "40.00"), ("interest", "12.35")]),
    ("Zürich, 2. November 2026\n\nSehr geehrte Damen und Herren,\n\nwir vertreten die Lumen AG.\n\n"
     "Lizenzentschädigung                 CHF 980.00\nAnwaltskosten                       CHF 400.00\n"
     "Total                             CHF 1'380.00\n",
     [("licence_fee", "980.00"), ("legal_fees", "400.00")]),
    ("Hamburg, 2. November 2026\n\nSehr geehrte Damen und Herren,\n\nwir wurden mit dem Einzug beauftragt.\n\n"
     "Hauptforderung (Lizenzschaden)           560,00 €\nInkassokosten                             93,60 €\n"
     "Gesamtforderung                          653,60 €\n",
     [("damages", "560.00"), ("processing_fee", "93.60")]),
    ("London, 2 November 2026\n\nDear Sir or Madam,\n\nWe have been instructed to recover the following sum.\n\n"
     "Principal sum                                   £780.00\nFixed-sum compensation                   £40.00\n"
     "Balance now due                                 £820.00\n",
     [("licence_fee", "780.00"), ("processing_fee", "40.00")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "items"), CASES)
def test_breakdown_kinds(text: str, items: list[tuple[str, str]]) -> None:
    breakdown = parse_letter_text(text).claim["letter"].get("breakdown") or []
    assert [(item["kind"], item["amount"]["amount"]) for item in breakdown] == items
