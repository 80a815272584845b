"""Unit tests: numbers, dates, deadlines, agencies, redaction, amount choices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from letters_support import leaves, redacted_pointers, warning_codes

from app.services.letters import parse_letter_text
from app.services.letters.dates import parse_date
from app.services.letters.numbers import find_money, parse_decimal, parse_money
from app.services.letters.periods import add_working_days, find_relative_deadlines, resolve_deadline

# --- numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("1.107,74 €", "1107.74", "EUR"),
        ("389,59€", "389.59", "EUR"),
        ("350,00 €", "350.00", "EUR"),
        ("£ 1,000.00", "1000.00", "GBP"),
        ("£750.00", "750.00", "GBP"),
        ("£ 740", "740.00", "GBP"),
        ("CHF 300", "300.00", "CHF"),
        ("300 Franken", "300.00", "CHF"),
        ("$675", "675.00", "USD"),
        ("US$ 400", "400.00", "USD"),
        ("€9,686", "9686.00", "EUR"),
        ("EUR 1.200,00", "1200.00", "EUR"),
        ("1 200 €", "1200.00", "EUR"),
        ("350,- EUR", "350.00", "EUR"),
        ("$150,000", "150000.00", "USD"),
        ("$15k", "15000.00", "USD"),
        ("800 euros", "800.00", "EUR"),
    ],
)
def test_money_formats(written: str, amount: str, currency: str) -> None:
    money = parse_money(written)
    assert money is not None
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize("written", ["XXXX € TTC", "€ ***", "[####] €"])
def test_masked_amounts_are_found_without_a_value(written: str) -> None:
    money = parse_money(written)
    assert money is not None and money.masked and money.currency == "EUR"


@pytest.mark.parametrize(
    "text", ["200.000 Künstler", "Tel. 0800 0007 228", "01.01.2026", "UK company number 11747843"]
)
def test_numbers_without_currency_are_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1.107,74", "1107.74"), ("1,000.00", "1000.00"), ("9,686", "9686.00"),
     ("389,59", "389.59"), ("1'200.50", "1200.50"), ("1 200", "1200.00"), ("7,5", "7.50")],
)  # fmt: skip
def test_parse_decimal(raw: str, value: str) -> None:
    assert parse_decimal(raw) == Decimal(value)


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("January 7, 2025", "en", date(2025, 1, 7)),
        ("22 September, 2017", "en", date(2017, 9, 22)),
        ("13th November 2023", "en", date(2023, 11, 13)),
        ("March 5th, 2009", "en", date(2009, 3, 5)),
        ("01.01.2026", "de", date(2026, 1, 1)),
        ("7. Januar 2025", "de", date(2025, 1, 7)),
        ("14. März 2025", "de", date(2025, 3, 14)),
        ("8/12/2014 8:20:16 PM", "en", date(2014, 8, 12)),
        ("August 12, 2014 10:59:21 AM MST", "en", date(2014, 8, 12)),
        ("7 janvier 2025", "fr", date(2025, 1, 7)),
        ("1er février 2024", "fr", date(2024, 2, 1)),
        ("le 3 déc. 2024", "fr", date(2024, 12, 3)),
        ("07/01/2025", "fr", date(2025, 1, 7)),
        ("2025-01-07", None, date(2025, 1, 7)),
        ("Tue, 14 May 2024 09:12:44 +0100", "en", date(2024, 5, 14)),
    ],
)
def test_date_formats(written: str, language: str | None, expected: date) -> None:
    assert parse_date(written, language) == expected


@pytest.mark.parametrize(
    "text", ["Thu, Apr 21, 6:50 AM", "8919-4596-1234", "§ 97 UrhG", "1.107,74"]
)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("phrase", "count", "unit"),
    [
        ("within 14 days of the date of this letter", 14, "days"),
        ("if a license is not purchased in the next 14 days", 14, "days"),
        ("within a week", 1, "weeks"),
        ("within about one week", 1, "weeks"),
        ("within 5 business days", 5, "working_days"),
        ("innerhalb von 7 Tagen", 7, "days"),
        ("innerhalb von 12 Arbeitstagen ab Datum dieses Briefes", 12, "working_days"),
        ("12 Arbeitstage", 12, "working_days"),
        ("binnen zwei Wochen", 2, "weeks"),
        ("délai de 14 jours", 14, "days"),
        ("délai de 14j", 14, "days"),
        ("10 jours pour vous défendre", 10, "days"),
        ("sous huitaine", 8, "days"),
    ],
)
def test_relative_deadline_phrases(phrase: str, count: int, unit: str) -> None:
    found = find_relative_deadlines(phrase.lower())
    assert [(r.count, r.unit) for r in found] == [(count, unit)]


def test_working_days_skip_the_weekend() -> None:
    friday = date(2025, 3, 14)
    assert add_working_days(friday, 1) == date(2025, 3, 17)
    assert add_working_days(date(2025, 3, 13), 2) == date(2025, 3, 17)
    assert add_working_days(date(2025, 3, 12), 12) == date(2025, 3, 28)
    assert resolve_deadline(friday, 5, "working_days") == date(2025, 3, 21)
    assert resolve_deadline(date(2025, 1, 31), 1, "months") == date(2025, 2, 28)
    assert resolve_deadline(friday, 2, "weeks") == date(2025, 3, 28)


def test_relative_deadline_resolved_from_the_letter_date() -> None:
    parse = parse_letter_text(
        "Getty Images\nBerlin, 13.03.2025\n\nBitte melden Sie sich innerhalb von 12 "
        "Arbeitstagen ab Datum dieses Briefes bei uns."
    )
    assert parse.claim["letter"]["deadline"] == "2025-03-31"
    warning = next(w for w in parse.warnings if w.code == "deadline_resolved")
    assert "2025-03-13" in warning.message and "working days" in warning.message
    assert warning.excerpt == "innerhalb von 12 Arbeitstagen"


def test_relative_deadline_without_letter_date_is_left_out() -> None:
    parse = parse_letter_text("Please take action within 14 days of the date of this email.")
    assert "deadline" not in parse.claim.get("letter", {})
    assert "deadline_unresolved" in warning_codes(parse, "/letter/deadline")


def test_deadline_counted_from_receipt_is_not_resolved() -> None:
    parse = parse_letter_text("Date: 7 January 2025\n\nPlease pay within 14 days of receipt.")
    assert "deadline" not in parse.claim["letter"]
    assert "deadline_unresolved" in warning_codes(parse)


def test_absolute_deadline_wins_over_the_period() -> None:
    parse = parse_letter_text(
        "Date: August 16, 2023\n\nPlease reply within one week (August 23, 2023)."
    )
    assert parse.claim["letter"]["deadline"] == "2023-08-23"
    assert "deadline_resolved" not in warning_codes(parse)


# --- agencies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("COPYTRACK GmbH administers image rights.", "copytrack"),
        ("See https://portal.copytrack.com/AB12CD for your case.", "copytrack"),
        ("PicRights International Inc. on behalf of Reuters", "picrights"),
        ("View the evidence at https://resolve.picrights.com/1234-5678-9012", "picrights"),
        ("Pixsy has found your use of the image.", "pixsy"),
        ("Review the attached Unauthorized Use Report.", "pixsy"),
        ("Getty Images has found an image on your site.", "getty"),
        ("Write to copyrightcomplianceDE@gettyimages.com", "getty"),
        ("Permission Machine acts for Alamy.", "permission_machine"),
        ("LAPIXA GmbH, Berlin", "lapixa"),
        ("ImageRights International, Inc. represents the photographer.", "imagerights"),
        ("Pay at https://cases.copyrightagent.com/X1", "copyright_agent"),
        ("Higbee & Associates represents our client.", "higbee"),
        ("Unsere Mandantin, die X GmbH, hat uns beauftragt. Rechtsanwälte Y", "law_firm"),
        ("Mon client, photographe, a constaté une contrefaçon.", "law_firm"),
        ("Namens und in Vollmacht unserer Mandantin fordern wir Sie auf.", "law_firm"),
    ],
)
def test_agency_detection(text: str, agency: str) -> None:
    assert parse_letter_text(text).claim["letter"]["agency"] == agency


def test_partner_lawyers_do_not_make_copytrack_a_law_firm() -> None:
    text = ("COPYTRACK GmbH writes on behalf of its client. We will enforce these rights through "
            "our partner lawyers and partner law firms.")  # fmt: skip
    assert parse_letter_text(text).claim["letter"]["agency"] == "copytrack"


def test_unknown_sender_is_other_with_a_warning() -> None:
    parse = parse_letter_text("Dear owner, you used our photograph. Please pay 300 EUR.")
    assert parse.claim["letter"]["agency"] == "other"
    assert "unknown_agency" in warning_codes(parse)


def test_rights_holder_phrasings() -> None:
    cases = {
        "We act on behalf of our client WENN Rights International Ltd, which": "WENN Rights "
        "International Ltd",
        "im Auftrag unseres Kunden Trunk Archive, der uns beauftragt hat": "Trunk Archive",
        "unsere Mandantin, die dpa Picture-Alliance GmbH, besitzt": "dpa Picture-Alliance GmbH",
        "pour le compte de l'Agence France-Presse, nous": "Agence France-Presse",
        "Mon client, Monsieur Jean Martin, a constaté": "Jean Martin",
        "Reuters News & Media Inc holds the exclusive rights to the image.": "Reuters News & "
        "Media Inc",
    }
    for text, holder in cases.items():
        assert parse_letter_text(text).claim["letter"].get("rights_holder") == holder, text


# --- redaction -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("Reference Number: XXXX-XXXX-XXXX", "/letter/reference"),
        ("Referenznummer: 8919-4596-XXXX", "/letter/reference"),
        ("Subject: Image License Inquiry - Reference Number: [Removed]", "/letter/reference"),
        ("Ref: 372225xxx", "/letter/reference"),
        ("Case no: ******", "/letter/reference"),
        ("We act on behalf of ********. Pay now.", "/letter/rights_holder"),
        ("Please pay the indemnité of XXXX € TTC.", "/letter/amount_demanded"),
        ("Pay the license fee on or before [DATE].", "/letter/deadline"),
        ("The use was detected at this location on your website: [URL removed]",
         "/use/page_url"),
    ],
)  # fmt: skip
def test_masked_values_are_reported_never_guessed(text: str, pointer: str) -> None:
    parse = parse_letter_text(text)
    assert pointer in redacted_pointers(parse)
    assert pointer not in leaves(parse.claim)


# --- amounts -------------------------------------------------------------------------

COPYTRACK_OPTIONS = """COPYTRACK GmbH
Date: January 7, 2025

You may either purchase a retroactive license for the past use and one further year for
389,59 EUR, or remove the image and pay damages of 350,00 EUR for the past use.
"""


def test_copytrack_two_options_take_damages_as_the_demand() -> None:
    parse = parse_letter_text(COPYTRACK_OPTIONS)
    letter = parse.claim["letter"]
    assert letter["amount_demanded"] == {"amount": "350.00", "currency": "EUR"}
    assert letter["licence_offer"] == {"amount": "389.59", "currency": "EUR"}
    offered = {a.amount.amount: a for a in parse.alternatives}
    assert set(offered) == {"350.00", "389.59"}
    assert offered["350.00"].chosen and not offered["389.59"].chosen
    assert "licence_offer" in offered["389.59"].reason
    assert "damages" in offered["350.00"].reason
    assert all(a.pointer == "/letter/amount_demanded" for a in parse.alternatives)
    assert offered["389.59"].excerpt == "389,59 EUR"


def test_repeated_amount_is_one_demand_with_its_repeats_listed() -> None:
    parse = parse_letter_text(
        "The license fee is £450.00. Please pay the license fee of £450.00 today."
    )
    assert parse.claim["letter"]["amount_demanded"] == {"amount": "450.00", "currency": "GBP"}
    assert [a.chosen for a in parse.alternatives] == [True, False]
    assert "contradictory_values" not in warning_codes(parse)


def test_contradictory_amounts_are_flagged() -> None:
    parse = parse_letter_text("We ask you to pay £350 now. Please remit £420 within 14 days.")
    assert "contradictory_values" in warning_codes(parse, "/letter/amount_demanded")
    assert parse.claim["letter"]["amount_demanded"]["amount"] == "350.00"
    assert [(a.amount.amount, a.chosen) for a in parse.alternatives] == [
        ("350.00", True),
        ("420.00", False),
    ]


def test_breakdown_with_total_and_mismatch_warning() -> None:
    parse = parse_letter_text(
        "Schadensersatz: 700,00 €\nDokumentationskosten: 255,00 €\nGesamtsumme: 1.000,00 €"
    )
    letter = parse.claim["letter"]
    assert letter["amount_demanded"]["amount"] == "1000.00"
    assert [item["kind"] for item in letter["breakdown"]] == ["damages", "documentation_fee"]
    assert "breakdown_mismatch" in warning_codes(parse)


def test_itemised_amounts_without_total_are_summed_with_a_warning() -> None:
    parse = parse_letter_text("Licence fee: £400.00\nProcessing fee: £50.00\n")
    assert parse.claim["letter"]["amount_demanded"] == {"amount": "450.00", "currency": "GBP"}
    assert "amount_computed" in warning_codes(parse)


def test_statutory_damages_are_a_threat_not_the_demand() -> None:
    parse = parse_letter_text(
        "You could be liable for statutory damages of up to $150,000 per work infringed. "
        "Our client will settle for $1,200.00. Otherwise we will file a lawsuit."
    )
    letter = parse.claim["letter"]
    assert letter["amount_demanded"] == {"amount": "1200.00", "currency": "USD"}
    assert letter["threatens_litigation"] is True
    statutory = [t for t in parse.extras["threats"] if t["kind"] == "statutory_damages"]
    assert statutory[0]["amount"] == {"amount": "150000.00", "currency": "USD"}


# --- law, undertaking ------------------------------------------------------------------


def test_asserted_law_and_undertaking() -> None:
    de = parse_letter_text(
        "Infringement within the territory of the Federal Republic of Germany. Bitte senden "
        "Sie uns die strafbewehrte Unterlassungserklärung zurück."
    )
    assert de.claim["letter"]["asserted_law"] == "DE"
    assert de.claim["letter"]["undertaking_demanded"] is True
    copytrack = parse_letter_text("Dies ist keine Abmahnung; wir verlangen keine "
                                  "Unterlassungserklärung.")  # fmt: skip
    assert copytrack.claim["letter"]["undertaking_demanded"] is False
    fr = parse_letter_text("Article L.122-4 du Code de la propriété intellectuelle.")
    assert fr.claim["letter"]["asserted_law"] == "FR"


def test_reduced_offer_replaces_the_original_amount() -> None:
    parse = parse_letter_text(
        "PicRights\nWe are prepared to reduce the amount from £922 to £645 if paid promptly."
    )
    assert parse.claim["letter"]["amount_demanded"] == {"amount": "645.00", "currency": "GBP"}
    assert [(a.amount.amount, a.chosen) for a in parse.alternatives] == [
        ("645.00", True),
        ("922.00", False),
    ]


def test_reference_under_a_header_row() -> None:
    parse = parse_letter_text(
        "Atradius Collections\nYour reference      Case Number      Amount\n"
        "5521887             380998877        £ 870.00\n"
    )
    assert parse.claim["letter"]["reference"] == "380998877"
    assert parse.claim["letter"]["amount_demanded"]["amount"] == "870.00"
    assert parse.extras["recipient_references"] == ["5521887"], "the recipient's own reference"


def test_company_number_is_not_a_reference() -> None:
    parse = parse_letter_text("Permission Machine Ltd, UK company number 11747843.")
    assert "reference" not in parse.claim["letter"]


def test_photographer_writing_in_person_is_the_rights_holder() -> None:
    parse = parse_letter_text(
        "My name is Peter Hansen and I am the photographer who took the picture on your "
        "website. Please pay a licence fee of 250 EUR."
    )
    letter = parse.claim["letter"]
    assert letter["agency"] == "rights_holder"
    assert letter["rights_holder"] == letter["photographer"] == "Peter Hansen"
