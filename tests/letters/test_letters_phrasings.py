"""Phrasings the sample letters do not use (issue: letter intake 2.0), each in a short letter
written for the test: parties from the roles a letter gives, French and Swiss number
formats, amounts that are not the demand, relative deadlines and their anchors, references."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text
from app.services.letters.numbers import parse_decimal
from tests.letters.letters_support import warning_codes


def _letter(text: str) -> dict:
    return parse_letter_text(text).claim.get("letter", {})


@pytest.mark.parametrize(
    ("text", "rights_holder", "photographer"),
    [
        ("Nous agissons pour le compte de l'agence Hans Lucas, qui nous a mandatés.",
         "Hans Lucas", None),
        ("Notre société, mandatée par Sipa Press, vous contacte au sujet d'une photographie.",
         "Sipa Press", None),
        ("Maître Dupont intervient en qualité de conseil de Monsieur Jean Martin, photographe.",
         "Jean Martin", "Jean Martin"),
        ("Wir schreiben Ihnen im Auftrag der Blickwinkel Media Ltd. wegen eines Fotos.",
         "Blickwinkel Media Ltd.", None),
        ("Wir wurden von unserem Kunden, der Alpenblick Bildarchiv GmbH, exklusiv beauftragt.",
         "Alpenblick Bildarchiv GmbH", None),
        ("Hiermit zeigen wir an, dass wir den Fotografen Herrn Max Mustermann anwaltlich "
         "vertreten.", "Max Mustermann", "Max Mustermann"),
        ("Permission Machine has been retained by Alamy Ltd to resolve this matter.",
         "Alamy Ltd", None),
        ("We are the agency Big Stock Photos has appointed to recover its licence fees.",
         "Big Stock Photos", None),
        ("Pixsy represents Jane Doe in the protection of her images online.", "Jane Doe", None),
        ("Higbee & Associates acts for Splash News Ltd, which has been appointed by the "
         "photographer John Smith.", "Splash News Ltd", "John Smith"),
        ("Reuters is prepared to settle this matter for the licence fee stated below.",
         "Reuters", None),
    ],
)  # fmt: skip
def test_principal_from_the_role_the_letter_gives(
    text: str, rights_holder: str, photographer: str | None
) -> None:
    letter = _letter(text)
    assert letter.get("rights_holder") == rights_holder
    assert letter.get("photographer") == photographer


def test_law_firm_for_a_photographer() -> None:
    letter = _letter(
        "Kanzlei Weber Rechtsanwälte\n\nSehr geehrte Damen und Herren,\nhiermit zeigen wir an, "
        "dass wir den Fotografen Herrn Max Mustermann anwaltlich vertreten. Unser Mandant "
        "fordert Schadensersatz in Höhe von 980,00 €."
    )
    assert letter["agency"] == "law_firm"
    assert letter["rights_holder"] == letter["photographer"] == "Max Mustermann"


@pytest.mark.parametrize(
    ("raw", "language", "value"),
    [
        ("1 150,00", "fr", "1150.00"),
        ("1\u00a0150,00", "fr", "1150.00"),
        ("1\u202f150,00", "fr", "1150.00"),
        ("1.150,00", "de", "1150.00"),
        ("2.250,-", "de", "2250.00"),
        ("1'150.00", "de", "1150.00"),
        ("1,150.00", "en", "1150.00"),
        ("9,686", "de", "9686.00"),
        ("389,59", "en", "389.59"),
    ],
)
def test_amounts_in_each_notation(raw: str, language: str, value: str) -> None:
    assert str(parse_decimal(raw, language)) == value


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_french_thousands_space_is_not_cut(space: str) -> None:
    letter = _letter(
        f"Madame, Monsieur, nous vous demandons de régler la somme de 1{space}150,00 €."
    )
    assert letter["amount_demanded"] == {"amount": "1150.00", "currency": "EUR"}


@pytest.mark.parametrize(
    "aside",
    [
        "Images like this one are available for as little as $25.",
        "Pay within 7 days and receive a $100 discount.",
        "Statutory damages can be up to $150,000 per work infringed.",
    ],
)
def test_an_aside_amount_is_never_the_demand(aside: str) -> None:
    letter = _letter(f"Dear Sir, please pay the licence fee of $1,200.00 for the image. {aside}")
    assert letter["amount_demanded"] == {"amount": "1200.00", "currency": "USD"}


@pytest.mark.parametrize(
    ("text", "letter_date", "deadline"),
    [
        ("Veuillez régler sous 14 jours à compter de la date du présent courrier, daté du "
         "4 novembre 2026.", "2026-11-04", "2026-11-18"),
        ("Paris, le 3 novembre 2026\n\nVeuillez régler dans un délai de 10 jours à compter de "
         "la date du présent courrier.", "2026-11-03", "2026-11-13"),
        ("Please pay within 14 days of the date of this email (November 16, 2026).",
         "2026-11-16", "2026-11-30"),
        ("Please pay within 21 days of this message, which is dated 19 November 2026.",
         "2026-11-19", "2026-12-10"),
        ("Lyon, le 2 novembre 2026\n\nNous vous prions de régler sous huitaine.",
         "2026-11-02", "2026-11-10"),
    ],
)  # fmt: skip
def test_relative_deadline_from_the_date_it_names(
    text: str, letter_date: str, deadline: str
) -> None:
    parse = parse_letter_text(text)
    letter = parse.claim["letter"]
    assert (letter["letter_date"], letter["deadline"]) == (letter_date, deadline)
    source = next(f for f in parse.fields if f.pointer == "/letter/deadline")
    assert source.rule and letter_date in source.rule


def test_deadline_from_receipt_is_never_invented() -> None:
    parse = parse_letter_text(
        "Berlin, den 2. November 2026\n\nBitte zahlen Sie innerhalb von 14 Tagen nach Zugang."
    )
    assert "deadline" not in parse.claim["letter"]
    assert "deadline_unresolved" in warning_codes(parse, "/letter/deadline")


def test_working_days_skip_the_public_holidays_of_the_sender() -> None:
    parse = parse_letter_text(
        "Paris, le 9 novembre 2026\n\nMadame, Monsieur, conformément au Code de la propriété "
        "intellectuelle, veuillez régler sous 5 jours ouvrés à compter du présent courrier."
    )
    assert parse.claim["letter"]["deadline"] == "2026-11-17", "11 November is a holiday in FR"
    source = next(f for f in parse.fields if f.pointer == "/letter/deadline")
    assert "public holidays in FR" in (source.rule or "")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Réf. dossier : ZK4T8M", "ZK4T8M"),
        ("Bitte geben Sie die Fall-ID 9T3MXQ an.", "9T3MXQ"),
        ("Please quote our ref PM-2026-30915 when paying.", "PM-2026-30915"),
        ("Nos réf. : CD/2026/1187", "CD/2026/1187"),
        ("Claim #: 88123-K", "88123-K"),
    ],
)
def test_references_in_other_shapes(text: str, reference: str) -> None:
    assert _letter(text + "\n\nMadame, Monsieur, bonjour.")["reference"] == reference


def test_dateparser_reads_located_spans_in_the_letters_language_only() -> None:
    from datetime import date

    from app.services.letters.dates import find_dates

    assert [d.value for d in find_dates("wien, am 2 feber 2026", "de")] == [date(2026, 2, 2)]
    assert [d.value for d in find_dates("le 3 fév 2026", "fr")] == [date(2026, 2, 3)]
    assert find_dates("puis 14 jours 2026 et 3 semaines 2026", "fr") == [], "never a relative date"
    assert find_dates("am 2 feber 2026", None) == [], "no language, no guess"


@pytest.mark.parametrize(
    ("text", "threatens"),
    [
        ("Rechtliche Schritte sind derzeit nicht beabsichtigt. Bitte zahlen Sie 300,00 €.", False),
        ("We would prefer to resolve this without recourse to the courts.", None),
        ("Legal proceedings are not\nintended at this stage.", False),
        ("If you do not pay, the matter may be referred to counsel for legal\naction.", True),
        (
            "Je vous rappelle que, par jugement du tribunal judiciaire, des indemnités de "
            "10 000 € ont été allouées.",
            None,
        ),
        ("Sollte keine Zahlung erfolgen, werden wir einen Mahnbescheid beantragen.", True),
        ("Nous nous réservons le droit de saisir les tribunaux compétents.", True),
        (
            "Andernfalls wird er seine Ansprüche ohne weitere Ankündigung gerichtlich geltend "
            "machen.",
            True,
        ),
    ],
)
def test_threat_refusal_or_neither(text: str, threatens: bool | None) -> None:
    assert _letter(text).get("threatens_litigation") is threatens


@pytest.mark.parametrize(
    ("text", "rights_holder", "photographer"),
    [
        (
            "Wir wenden uns im Namen und Auftrag unseres Kunden, des Fotografen Herrn Markus "
            "Brandt, an Sie. Herr Brandt ist Urheber des Fotos.",
            "Markus Brandt",
            "Markus Brandt",
        ),
        (
            "Die RightsControl GmbH wurde von der Bildagentur Alpenblick GmbH beauftragt.",
            "Bildagentur Alpenblick GmbH",
            None,
        ),
        (
            "Image Protect Inc. is the authorised agent of the photographer Rafael Ortega.",
            "Rafael Ortega",
            "Rafael Ortega",
        ),
        (
            "Nordic Frame Studio has engaged Pixsy to license its photographs (Photo: Henrik "
            "Aalto).",
            "Nordic Frame Studio",
            "Henrik Aalto",
        ),
        ("Une photographie de l'AFP est reproduite sur votre site.", None, None),
        (
            "On behalf of Getty Images (US), Inc., we write about an image.",
            "Getty Images (US), Inc.",
            None,
        ),
    ],
)
def test_principal_and_photographer_in_more_phrasings(
    text: str, rights_holder: str | None, photographer: str | None
) -> None:
    letter = _letter(text)
    assert letter.get("rights_holder") == rights_holder
    assert letter.get("photographer") == photographer


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Ticket: CT-2026-118842\nPlease pay.", "CT-2026-118842"),
        ("Aktenzeichen: 118/26 KV\nSehr geehrte Damen und Herren,", "118/26 KV"),
        ("Geschäftszeichen: 2026/0815-WS\n", "2026/0815-WS"),
        ("Référence à rappeler : CT-2026-FR-4410\n", "CT-2026-FR-4410"),
        ("Mon client demande 1 350 € (frais de dossier : 150 €).", None),
    ],
)
def test_more_reference_labels(text: str, reference: str | None) -> None:
    assert _letter(text).get("reference") == reference


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Eine Unterlassungserklärung verlangen wir nicht.", "undertaking_demanded", False),
        (
            "Bitte geben Sie die strafbewehrte Unterlassungserklärung ab.",
            "undertaking_demanded",
            True,
        ),
        (
            "Objet : Utilisation non autorisée – dossier Pixsy n° 4480-1352",
            "reference",
            "4480-1352",
        ),
        (
            "Case ID: 7719-2204\nCopyright owner: Harbour Light Images Pty Ltd\n"
            "Photographer: Grace Whitlock\n",
            "rights_holder",
            "Harbour Light Images Pty Ltd",
        ),
        (
            "Numéro de dossier : 3308-7712\nTitulaire des droits : Agence Rivages\n",
            "rights_holder",
            "Agence Rivages",
        ),
        (
            "Die Nutzung haben wir durch eine zeitgestempelte Webcapture dokumentiert.",
            "evidence_of_use",
            ["timestamped_capture"],
        ),
    ],
)
def test_labels_and_refusals_after_the_noun(text: str, field: str, value: object) -> None:
    assert _letter(text).get(field) == value


def test_a_from_line_pasted_in_the_body_names_the_sender() -> None:
    parse = parse_letter_text(
        "De : Service juridique – Photonéa SAS <juridique@photonea.example>\n"
        "Paris, le 4 novembre 2026\n\nMadame, Monsieur,\n\nLa société Photonéa, mandatée par "
        "la Galerie Lumen, vous informe que la photographie est reproduite sans autorisation."
    )
    assert parse.claim["letter"].get("agency_name") == "Photonéa SAS"
