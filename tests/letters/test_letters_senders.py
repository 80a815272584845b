"""The rights holder on letters the corpus does not hold: ordinary words after a trigger are
no name, and a sender that writes of the work as its own is the rights holder."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text


def _letter(text: str) -> dict:
    return parse_letter_text(text).claim.get("letter", {})


@pytest.mark.parametrize(
    "sentence",
    [
        "Unsere Mandantin macht Ansprüche wegen der Nutzung eines Fotos geltend.",
        "Sie haben vom Rechteinhaber keine Lizenz erworben.",
        "Zahlen Sie an die Rechteinhaberin\nSchadensersatz in Höhe von 500,00 EUR.",
        "Wir handeln namens und in Vollmacht: Mein Mandant ist Fotograf.",
        "Nous agissons pour le compte de Notre cliente, titulaire des droits.",
        "We act on behalf of Our Client in this matter.",
    ],
)
def test_ordinary_words_after_a_trigger_are_no_rights_holder(sentence: str) -> None:
    letter = _letter(f"Sehr geehrte Damen und Herren,\n\n{sentence}\n")
    assert letter.get("rights_holder") is None


@pytest.mark.parametrize(
    ("sentence", "rights_holder"),
    [
        ("wir schreiben Ihnen im Auftrag der Bildagentur Nordlicht GmbH wegen eines Fotos.",
         "Bildagentur Nordlicht GmbH"),
        ("Nous vous écrivons pour le compte de l'Agence France-Presse au sujet d'une photo.",
         "Agence France-Presse"),
        ("We write on behalf of The Associated Press regarding a photograph.",
         "The Associated Press"),
        ("Getty Images (US), Inc. is the owner of the image shown on your website.",
         "Getty Images (US), Inc."),
        ("Unser Mandant Thomas Weidlich ist Urheber des Fotos.", "Thomas Weidlich"),
    ],
)  # fmt: skip
def test_trigger_phrasings_with_articles_and_legal_forms(sentence: str, rights_holder: str) -> None:
    assert _letter(f"Dear Sir or Madam,\n\n{sentence}\n")["rights_holder"] == rights_holder


@pytest.mark.parametrize(
    ("body", "closing", "signer"),
    [
        ("auf Ihrer Website verwenden Sie meine Aufnahme des Hafens.", "Mit freundlichen Grüßen",
         "Jana Hoffmann"),
        ("your blog uses my photograph of the bridge without a licence.", "Kind regards,",
         "Daniel Okafor"),
        ("vous utilisez ma photographie des quais sans licence.", "Cordialement,",
         "Claire Vasseur"),
    ],
)  # fmt: skip
def test_a_photographer_writing_for_itself_holds_the_rights(
    body: str, closing: str, signer: str
) -> None:
    letter = _letter(f"Hello,\n\n{body}\nPlease pay 300,00 EUR.\n\n{closing}\n\n{signer}\n")
    assert letter["rights_holder"] == signer
    assert letter["photographer"] == signer
    assert letter["agency"] == "rights_holder"


def test_a_signer_without_a_claim_of_own_work_is_not_the_rights_holder() -> None:
    letter = _letter(
        "Hello,\n\nyour blog uses a photograph of the bridge.\n\nKind regards,\n\nDaniel Okafor\n"
    )
    assert letter.get("rights_holder") is None


def test_a_picture_library_writing_of_its_own_images_holds_the_rights() -> None:
    letter = _letter(
        "Getty Images Deutschland GmbH\n\nSehr geehrte Damen und Herren,\n\n"
        "Sie verwenden unsere Bilder ohne Lizenz. Bitte zahlen Sie 890,00 €.\n\n"
        "Mit freundlichen Grüßen\nGetty Images Deutschland GmbH\n"
    )
    assert letter["agency"] == "getty"
    assert letter["rights_holder"] == "Getty Images Deutschland GmbH"


def test_a_signer_line_may_go_on_after_a_separator() -> None:
    letter = _letter(
        "Hallo,\n\ndie Nutzung meines Fotos auf Ihrer Website ist nicht "
        "lizenziert.\nBitte zahlen Sie 300,00 EUR.\n\nViele Grüße\nJonas Albrecht | Naturfotografie\n"
    )
    assert letter["rights_holder"] == "Jonas Albrecht"


def test_a_sentence_after_the_closing_is_no_signer() -> None:
    letter = _letter(
        "Hello,\n\nyou use my photograph without a licence.\n\nKind regards,\n"
        "Daniel Okafor says thank you\n"
    )
    assert letter.get("rights_holder") is None


@pytest.mark.parametrize(
    ("signature", "signer"),
    [
        ("Jonas Albrecht\nFotograf", "Jonas Albrecht"),
        ("Mara Lindholm | Photographer", "Mara Lindholm"),
        ("Luc Perrin\nPhotographe", "Luc Perrin"),
        ("Mara Lindholm\nOffice Manager", None),
    ],
)
def test_a_signer_who_signs_as_photographer_holds_the_rights(
    signature: str, signer: str | None
) -> None:
    letter = _letter(
        "Hello,\n\na photograph of Oslo is shown on your page without a licence.\n"
        f"Please pay USD 300.\n\nRegards,\n{signature}\n"
    )
    assert letter.get("rights_holder") == signer
    assert letter.get("photographer") == signer


def test_a_photographer_signing_over_her_trading_name_holds_the_rights() -> None:
    letter = _letter(
        "Dear Sir or Madam,\n\nyou use my photograph without my permission. Please pay £450.00."
        "\n\nYours sincerely,\n\nSophie Ardell\nSophie Ardell Photography\n"
    )
    assert (letter.get("agency"), letter.get("rights_holder"), letter.get("photographer")) == (
        "rights_holder",
        "Sophie Ardell",
        "Sophie Ardell",
    )


@pytest.mark.parametrize(
    ("signature", "sender"),
    [
        ("L'équipe Photoveille", "Photoveille"),
        ("The ClaimLens Team", "ClaimLens"),
        ("Ihr Team von Bildfair", "Bildfair"),
        ("Imagevia – regularisation@imagevia.fr", "Imagevia"),
        ("Claims Team\nfotoclaim.co.uk", "fotoclaim.co.uk"),
        ("Le service régularisation", None),
        ("The Claims Team", None),
    ],
)
def test_a_sender_outside_the_vocabulary_named_by_its_signature(
    signature: str, sender: str | None
) -> None:
    letter = _letter(
        "Madame, Monsieur,\n\nnous agissons pour le compte de Studio Kestrel SARL, dont une "
        "photographie est utilisée sur votre site. Merci de régler 300,00 €.\n\nCordialement,\n\n"
        f"Marc Lenoir\n{signature}\n"
    )
    assert letter.get("agency_name") == sender


@pytest.mark.parametrize(
    ("caption", "principal"),
    [
        ("Re: Redfern Images Ltd v Coastal Kitchen Ltd", "Redfern Images Ltd"),
        ("Bildagentur Isarlicht GmbH ./. Café Sonnenhof GmbH", "Bildagentur Isarlicht GmbH"),
        ("Objet : Agence Garonne Images SAS c/ Les Vignes SARL", "Agence Garonne Images SAS"),
        ("Re: unlicensed use of a photograph", None),
    ],
)
def test_a_case_caption_names_the_principal_the_text_does_not(
    caption: str, principal: str | None
) -> None:
    letter = _letter(f"{caption}\n\nDear Sirs,\n\nwe act for the claimant. Please pay £500.00.\n")
    assert letter.get("rights_holder") == principal


def test_the_principal_the_text_names_wins_over_a_caption() -> None:
    letter = _letter(
        "Re: Jane Doe v Coastal Kitchen Ltd\n\nDear Sirs,\n\nwe act on behalf of Redfern Images "
        "Ltd, a picture library. Please pay £500.00.\n"
    )
    assert letter.get("rights_holder") == "Redfern Images Ltd"
