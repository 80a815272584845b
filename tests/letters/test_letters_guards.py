"""Two guards of the letter reader, each pinned by a case that fails without it: a
negated threat is not a threat, and an agency's name inside someone's e-mail address is
not the agency writing."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir,\nWe will not sue you if you pay 500 EUR within 14 days.\nCopytrack",
        "Dear Sir,\nIf you pay 500 EUR within 14 days we will take no legal action.\nCopytrack",
        "Sehr geehrte Damen und Herren,\nwir werden keine Klage erheben, wenn Sie 500 EUR "
        "zahlen.\nCopytrack",
    ],
)
def test_a_negated_threat_is_not_a_threat(text: str) -> None:
    parse = parse_letter_text(text)
    assert parse.claim.get("letter", {}).get("threatens_litigation") is not True
    assert not parse.model_dump().get("extras", {}).get("threats")


def test_the_same_threat_unnegated_is_found() -> None:
    parse = parse_letter_text("Dear Sir,\nWe will sue you unless you pay 500 EUR.\nCopytrack")
    assert parse.claim["letter"]["threatens_litigation"] is True


def test_an_agency_name_inside_an_e_mail_address_is_not_the_agency() -> None:
    text = (
        "Hello,\nI am the photographer. Contact me at jane.pixsy@gmail.com. Please pay "
        "500 EUR for the use of my photo.\nJane"
    )
    assert parse_letter_text(text).claim["letter"]["agency"] == "rights_holder"
    named = text.replace("Contact me at jane.pixsy@gmail.com.", "Pixsy found the use.")
    assert parse_letter_text(named).claim["letter"]["agency"] == "pixsy"
