"""Numbers, money and dates as each reader writes them (docs/style-fr.md)."""

from datetime import date
from decimal import Decimal

from app.services.evaluation import pick
from app.services.rules.display import Money, Words, french_spacing, localise, money_text
from app.services.rules.model import Text

NNBSP, NBSP = "\u202f", "\u00a0"


def test_money_in_french_and_english():
    assert money_text(Decimal("1200"), "EUR", "fr") == f"1{NNBSP}200,00{NBSP}€"
    assert money_text(Decimal("1200"), "EUR", "en") == f"EUR{NBSP}1,200.00"
    assert money_text("850", "GBP", "fr") == f"850,00{NBSP}£"
    assert money_text("1351.2", "USD", "en") == f"USD{NBSP}1,351.20"
    assert money_text("0.5", "EUR", "fr") == f"0,50{NBSP}€"


def test_dates_in_words_with_the_french_first_of_the_month():
    assert localise(date(2031, 9, 20), "fr") == "20 septembre 2031"
    assert localise(date(2031, 9, 20), "en") == "20 September 2031"
    assert localise(date(2031, 9, 1), "fr") == "1er septembre 2031"
    assert localise(date(2031, 9, 1), "en") == "1 September 2031"


def test_numbers_and_strings():
    assert localise(Decimal("3.08"), "fr") == "3,08"
    assert localise(Decimal("3.08"), "en") == "3.08"
    assert localise(12000.5, "fr") == f"12{NNBSP}000,5"
    assert localise(2031, "fr") == 2031
    assert localise("Copytrack", "fr") == "Copytrack"


def test_a_text_renders_each_value_for_its_language():
    text = Text(fr="{who} réclame {amount} le {day}.", en="{who} claims {amount} on {day}.")
    rendered = text.render(
        {
            "who": Words({"fr": "L'agence", "en": "The agency"}),
            "amount": Money(Decimal("1200"), "EUR"),
            "day": date(2031, 9, 20),
        }
    )
    assert rendered["fr"] == f"L'agence réclame 1{NNBSP}200,00{NBSP}€ le 20 septembre 2031."
    assert rendered["en"] == f"The agency claims EUR{NBSP}1,200.00 on 20 September 2031."


def test_french_spacing_keeps_signs_off_the_start_of_a_line():
    shown = french_spacing("Opposer la prescription : art. 2224 ; à vérifier ? « courte citation »")
    assert shown == (
        f"Opposer la prescription{NBSP}: art. 2224{NNBSP}; à vérifier{NNBSP}? "
        f"«{NBSP}courte citation{NBSP}»"
    )
    assert french_spacing("«citation»") == f"«{NBSP}citation{NBSP}»"
    assert french_spacing("n° 23-18.669, § 97a UrhG") == f"n°{NBSP}23-18.669, §{NBSP}97a UrhG"
    assert (
        french_spacing("100 € au lieu de 450 €, 45 %")
        == f"100{NBSP}€ au lieu de 450{NBSP}€, 45{NBSP}%"
    )
    assert french_spacing(f"«{NBSP}déjà{NBSP}»") == f"«{NBSP}déjà{NBSP}»"
    # A sign glued to a word (an address, a time, a query string) is left alone.
    assert french_spacing("https://curia.europa.eu/juris?num=C-367/15 à 10:30") == (
        "https://curia.europa.eu/juris?num=C-367/15 à 10:30"
    )


def test_french_answers_are_spaced_and_english_ones_untouched():
    pair = {
        "fr": "Point non tranché : voir « ci-dessous » ; ou ?",
        "en": "Not decided: see below; or?",
    }
    body = {"finding": {"summary": pair, "reasons": {"fr": ["a : b"], "en": ["a: b"]}}}
    assert pick(body, "fr") == {
        "finding": {
            "summary": f"Point non tranché{NBSP}: voir «{NBSP}ci-dessous{NBSP}»{NNBSP}; ou{NNBSP}?",
            "reasons": [f"a{NBSP}: b"],
        }
    }
    assert pick(body, "en")["finding"]["summary"] == "Not decided: see below; or?"
