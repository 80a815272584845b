"""German role nouns are capitalised like names and are never taken as one: before a name
they are skipped ("Rechtsanwalt Dr. Max Weber"), alone they are no name ("die Gläubigerin
hat uns beauftragt"); single capitalised common nouns ("Durchführung", "Nachnutzungen")
are no name either; a principal may end in a lower-case legal form ("... mbH ist
ausschließliche Lizenznehmerin") or be given after a label ("Gläubigerin: X KG")."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text
from app.services.letters.names import name_before, read_name

READ = [
    ("Rechtsanwalt Dr. Max Weber hat", "Max Weber"),
    ("Geschäftsführer Jan Roth", "Jan Roth"),
    ("Fotografin Anja Roth hat", "Anja Roth"),
    ("Mandantin Anja Roth", "Anja Roth"),
    ("Rechtsanwältin Sabine Kühn, Fotografin", "Sabine Kühn"),
    ("Gläubigerin hat uns beauftragt", None),
    ("Lizenznehmerin der Aufnahme", None),
    ("Auftraggeberin, die Lumen GmbH", None),
    ("Mandanten, der Lumen GmbH", None),
    ("Durchführung empfehlen", None),
    ("Nachnutzungen beauftragt", None),
    ("Jung Images hat", "Jung Images"),
    ("Lorenz & Partner Rechtsanwälte mbB", "Lorenz & Partner Rechtsanwälte mbB"),
]


@pytest.mark.parametrize(("text", "name"), READ)
def test_read_name_skips_or_refuses_role_nouns(text: str, name: str | None) -> None:
    found = read_name(text, 0)
    assert (found.value if found else None) == name


def test_name_before_ends_in_a_lower_case_legal_form() -> None:
    text = "die Rhein-Ruhr Verlagsgesellschaft mbH"
    found = name_before(text, len(text))
    assert found is not None and found.value == "Rhein-Ruhr Verlagsgesellschaft mbH"


HEAD = "Bildwacht GmbH\n\nMünchen, 16.11.2026\n\nSehr geehrte Damen und Herren,\n\n"
FOOT = "\n\nMit freundlichen Grüßen\nBildwacht GmbH\n"

PRINCIPALS = [
    ("die Rhein-Ruhr Verlagsgesellschaft mbH ist ausschließliche Lizenznehmerin der Aufnahme "
     "des Fotografen Paul Neumann und hat uns mit der Lizenzierung von Nachnutzungen "
     "beauftragt.", "Rhein-Ruhr Verlagsgesellschaft mbH"),
    ("die unten genannte Gläubigerin hat uns mit dem Einzug ihrer Forderung beauftragt.\n\n"
     "Gläubigerin: Bildarchiv Hanse KG, Hamburg\n\nWir werden unserer Auftraggeberin die "
     "Durchführung des Mahnverfahrens empfehlen.", "Bildarchiv Hanse KG"),
    ("wir vertreten den Fotografen Stefan Ulrich. Für die Verfolgung von Nutzungen im Internet "
     "hat er uns beauftragt.", "Stefan Ulrich"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "principal"), PRINCIPALS)
def test_principal_is_no_role_noun(body: str, principal: str) -> None:
    letter = parse_letter_text(HEAD + body + FOOT).claim["letter"]
    assert letter.get("rights_holder") == principal
