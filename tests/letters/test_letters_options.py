"""Amounts offered as choices in a list ("Option 1 – ... / Option 2 – ...") are
alternatives: the damages figure is the demand and the licence the offer beside it, never
two lines of one demand added up."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text

CASES = [
    ("Berlin, 2. November 2026\n\nSehr geehrte Damen und Herren,\n\nwir schreiben im Auftrag der "
     "Lumen GmbH.\n\nMöglichkeit 1: Nachlizenzierung für die bisherige Nutzung zum Preis von "
     "480,00 €.\nMöglichkeit 2: Sie zahlen einen Schadensersatz in Höhe von 420,00 €.\n",
     "420.00", "480.00"),
    ("Paris, le 2 novembre 2026\n\nMadame, Monsieur,\n\nNous agissons pour le compte de Lumen SARL."
     "\n\nOption 1 : une licence pour l'utilisation constatée, au prix de 540,00 €.\n"
     "Option 2 : une indemnisation du préjudice subi de 500,00 €.\n", "500.00", "540.00"),
    ("London, 2 November 2026\n\nDear Sir or Madam,\n\nWe act for Lumen Ltd.\n\nChoice A: a "
     "licence fee for the use to date of\nGBP 600.00.\nChoice B: damages of GBP 550.00.\n",
     "550.00", "600.00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "demanded", "offered"), CASES)
def test_options_are_alternatives(text: str, demanded: str, offered: str) -> None:
    letter = parse_letter_text(text).claim["letter"]
    assert letter["amount_demanded"]["amount"] == demanded
    assert letter["licence_offer"]["amount"] == offered
    assert not letter.get("breakdown")


def test_a_licence_line_of_a_plain_list_stays_a_line() -> None:
    text = ("London, 2 November 2026\n\nDear Sir or Madam,\n\nWe act for Lumen Ltd.\n\n"
            "Licence fee: GBP 600.00\nProcessing fee: GBP 50.00\nTotal: GBP 650.00\n")  # fmt: skip
    letter = parse_letter_text(text).claim["letter"]
    assert letter["amount_demanded"]["amount"] == "650.00"
    assert [i["amount"]["amount"] for i in letter["breakdown"]] == ["600.00", "50.00"]
