"""Letter dates and deadlines in shapes the corpus letters do not all use: slashed dates
read the way the letter writes them (a part over 12, or British, Irish and Australian money),
a day and month without a year after a deadline word, a time or weekday before the date,
'Zahlungsziel', periods such as 'in den nächsten 14 Tagen', 'within the next fortnight',
'14 days after the date of this letter', and receipt as an unknown anchor."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text

CASES = [
    # A weekday named alone: the first such day after the letter date (16.11.2026 is a Monday).
    ("Monday 16 November 2026\nPlease pay £500 by close of business on Friday.", "2026-11-16", "2026-11-20"),
    ("Berlin, Mittwoch, 25.11.2026\nBitte zahlen Sie bis kommenden Freitag.", "2026-11-25", "2026-11-27"),
    ("Lyon, le 16 novembre 2026\nMerci de régler la somme avant lundi prochain.", "2026-11-16", "2026-11-23"),
    ("Monday 16 November 2026\nPlease pay £500. Our office is open from Monday to Friday.", "2026-11-16", None),
    ("Paris, le 16 novembre 2026\nMerci de régler sous huitaine.", "2026-11-16", "2026-11-24"),
    ("London, 12/11/2026\nDear Sir, please pay £500 by 26/11/2026.", "2026-11-12", "2026-11-26"),
    ("12 November 2026\nDear Sir, please pay £500 by 3/12/2026. Our client is Acme Ltd.", "2026-11-12", "2026-12-03"),
    ("November 12, 2026\nDear Sir, please pay $500 by 12/3/2026.", "2026-11-12", "2026-12-03"),
    ("November 12th, 2026\nPlease remit $500 no later than November 27th, 2026.", "2026-11-12", "2026-11-27"),
    ("12 November 2026\nPlease pay by 30 November.", "2026-11-12", "2026-11-30"),
    ("Berlin, 12.11.2026\nBitte zahlen Sie bis zum 30. November.", "2026-11-12", "2026-11-30"),
    ("Paris, le 12 novembre 2026\nMerci de régler avant le 30 novembre.", "2026-11-12", "2026-11-30"),
    ("Berlin, 12.11.2026\nZahlungsziel: 26.11.2026", "2026-11-12", "2026-11-26"),
    ("Berlin, 12.11.2026\nBitte zahlen Sie den Betrag in den nächsten 14 Tagen.", "2026-11-12", "2026-11-26"),
    ("Berlin, 12.11.2026\nBitte überweisen Sie den Betrag spätestens in 14 Tagen.", "2026-11-12", "2026-11-26"),
    ("12 November 2026\nPlease pay within 14 days from today.", "2026-11-12", "2026-11-26"),
    ("Lyon, le 12 novembre 2026\nNous vous remercions de régler cette somme dans les quinze jours suivant la présente.", "2026-11-12", "2026-11-27"),
    ("Lyon, le 12 novembre 2026\nLe règlement devra intervenir dans un délai de huit jours.", "2026-11-12", "2026-11-20"),
    ("12 November 2026\nWe look forward to hearing from you within the next fortnight.", "2026-11-12", "2026-11-26"),
    ("Date: Thursday, 12 November 2026\nPayment is due 14 days after the date of this letter.", "2026-11-12", "2026-11-26"),
    ("Hamburg, den 12. November 2026\nWir haben uns eine Frist bis zum 26. November 2026 notiert.", "2026-11-12", "2026-11-26"),
    ("Wien, am 12. November 2026\nBitte leisten Sie die Zahlung binnen 14 Tagen ab Erhalt dieses Schreibens.", "2026-11-12", None),
    ("12 November 2026\nPlease respond by close of business on Friday 27 November 2026.", "2026-11-12", "2026-11-27"),
    ("Bruxelles, le 12 novembre 2026\nPaiement à effectuer dans les 10 jours ouvrables.", "2026-11-12", "2026-11-26"),
    ("Sydney, 12 November 2026\nPlease pay within 10 business days.", "2026-11-12", "2026-11-26"),
    # A period wrapped across lines keeps its unit, one word or two.
    ("Sydney, 12 November 2026\nPlease pay within 10 business\ndays.", "2026-11-12", "2026-11-26"),
    ("12 November 2026\nPlease pay within 14\ndays of the date of this letter.", "2026-11-12", "2026-11-26"),
    ("12 November 2026\nPlease pay within one\nmonth.", "2026-11-12", "2026-12-12"),
    ("Berlin, 12.11.2026\nBitte zahlen Sie innerhalb von zwei\nWochen.", "2026-11-12", "2026-11-26"),
    ("Paris, le 12 novembre 2026\nMerci de régler dans un délai de 10 jours\nouvrés.", "2026-11-12", "2026-11-26"),
    # An early-payment date or period beside the deadline is not the deadline.
    ("München, 24. November 2026\nBitte zahlen Sie EUR 1.380,00 innerhalb von 21 Tagen ab dem Datum dieses "
     "Schreibens. Bei Zahlung bis zum 1. Dezember 2026 gewähren wir einen Nachlass von 15 %.", "2026-11-24", "2026-12-15"),
    ("2 November 2026\nPlease pay GBP 450.00 within 14 days. Should you pay within 5 days, we will "
     "apply a discount of 10 %.", "2026-11-02", "2026-11-16"),
    ("Lyon, le 2 novembre 2026\nUne remise de 10 % est accordée pour tout règlement avant le 6 novembre "
     "2026. Merci de régler la somme de 450,00 € avant le 20 novembre 2026.", "2026-11-02", "2026-11-20"),
    # Alone, a discounted offer's period is the only term the letter sets.
    ("2 November 2026\nWe offer a licence at a discounted rate of USD 1,200.00 if paid within 14 "
     "days.", "2026-11-02", "2026-11-16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "letter_date", "deadline"), CASES)
def test_letter_date_and_deadline(text: str, letter_date: str, deadline: str | None) -> None:
    letter = parse_letter_text(text).claim["letter"]
    assert (letter.get("letter_date"), letter.get("deadline")) == (letter_date, deadline)


def test_a_date_without_a_deadline_word_is_no_deadline() -> None:
    letter = parse_letter_text(
        "12 November 2026\nWe found your use of the photograph on 30 November."
    ).claim["letter"]
    assert letter.get("deadline") is None
