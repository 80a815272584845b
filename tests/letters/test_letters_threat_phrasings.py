"""Threats of litigation a letter makes, and those it rules out: a negation a few words
before a litigation word ("I'm not looking to take this to court", « sans engager de
procédure », „von gerichtlichen Schritten sehen wir derzeit ab") gives false, unless the
sentence is a condition ("if you do not pay, we will sue", „Wird die Sache nicht geklärt,
kann ...") or the negation keeps the threat ("we will not hesitate to", "no choice but")."""

from __future__ import annotations

import pytest

from app.services.letters import parse_letter_text

EN = ("ImageRights International\n\nLondon, 2 November 2026\n\nDear Sir or Madam,\n\nWe act for "
      "Northlight Images Ltd. Please pay GBP 450.00 within 14 days. {p}\n\nYours faithfully,\n"
      "ImageRights International\n")  # fmt: skip
FR = ("PicRights\n\nParis, le 2 novembre 2026\n\nMadame, Monsieur,\n\nNous agissons pour le "
      "compte de Lumière SARL. Merci de régler la somme de 450,00 € sous 14 jours. {p}\n\n"
      "Cordialement,\nPicRights\n")  # fmt: skip
DE = ("COPYTRACK GmbH\n\nBerlin, 2. November 2026\n\nSehr geehrte Damen und Herren,\n\nwir "
      "handeln im Auftrag der Lumen Bild GmbH. Bitte zahlen Sie EUR 450,00 innerhalb von 14 "
      "Tagen. {p}\n\nMit freundlichen Grüßen\nCOPYTRACK GmbH\n")  # fmt: skip

CASES = [
    (EN, "I'm not looking to take this to court.", False),
    (EN, "No legal action is being taken at this time.", False),
    (EN, "We do not pursue matters in court.", False),
    (EN, "If you do not pay, we will take legal action.", True),
    (EN, "If you do not pay within 14 days we will start proceedings.", True),
    (EN, "We will not hesitate to take legal action.", True),
    (EN, "We have not received payment and will therefore start proceedings.", True),
    (EN, "You leave us no choice but to start proceedings.", True),
    (EN, "Otherwise the matter goes to our lawyers.", True),
    (EN, "We reserve all rights.", None),
    (FR, "Nous vous proposons de régler cette somme sans engager de procédure.", False),
    (FR, "Je n'ai pas l'intention d'engager une procédure judiciaire.", False),
    (FR, "Ce courrier n'est pas une mise en demeure et aucune action en justice n'est envisagée.", False),
    (FR, "À défaut de paiement, nous n'hésiterons pas à saisir le tribunal.", True),
    (FR, "Si vous ne réglez pas, nous engagerons une action en justice.", True),
    (DE, "Von gerichtlichen Schritten sehen wir derzeit ab.", False),
    (DE, "Wir beabsichtigen nicht, gerichtliche Schritte einzuleiten.", False),
    (DE, "Eine Klage ist ausdrücklich nicht beabsichtigt.", False),
    (DE, "Sollten Sie nicht zahlen, werden wir gerichtliche Schritte einleiten.", True),
    (DE, "Wird die Angelegenheit nicht geklärt, kann der Fall an eine Partnerkanzlei gehen.", True),
    (DE, "Da Sie bisher nicht gezahlt haben, werden wir nun gerichtliche Schritte einleiten.", True),
    (DE, "Wir werden nicht zögern, gerichtliche Schritte einzuleiten.", True),
]  # fmt: skip


@pytest.mark.parametrize(("template", "sentence", "threat"), CASES)
def test_threat_made_or_ruled_out(template: str, sentence: str, threat: bool | None) -> None:
    letter = parse_letter_text(template.format(p=sentence)).claim["letter"]
    assert letter.get("threatens_litigation") == threat
