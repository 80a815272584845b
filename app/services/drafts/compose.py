"""Composing a reply letter from an assessment: which paragraphs, on which findings.

The composer reads the structured assessment (rule ids, outcomes, citations, amounts,
dates, the claim's parties) and writes its own sentences (``wording/``); it never reads the
findings' texts. Each paragraph keeps the rule ids it rests on and their citations. The
shared parts are in ``parts.py``, the body of each kind of letter in ``kinds.py``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.services.drafts import formats
from app.services.drafts.kinds import LetterKinds
from app.services.drafts.wording import settlement_formula
from app.services.rules.display import french_spacing

KINDS = (
    "request_for_justification",
    "contestation",
    "counter_offer",
    "modified_undertaking",
    "removal_acknowledgement",
)


class Composer(LetterKinds):
    """One letter of one kind and language for one assessment revision."""

    def compose(self) -> dict[str, Any]:
        declaration = None
        if self.kind == "modified_undertaking":
            body, declaration = self.modified_undertaking()
        else:
            body = getattr(self, self.kind)()
        heading = None
        offer = None
        if self.kind == "counter_offer":
            heading = settlement_formula(self.law)["heading"][self.language]
            offer = self.offer()
        letter = self.claim.get("letter") or {}
        document = {
            "kind": self.kind,
            "language": self.language,
            "law": self.law,
            "date": self.today.isoformat(),
            "date_text": formats.long_date(self.today, self.language),
            "labels": self.words["labels"],
            "title": self.words["labels"]["kinds"][self.kind],
            "references": {
                "theirs": letter.get("reference"),
                "ours": self.claim.get("external_ref"),
            },
            "parties": {
                "client": self.values["client"],
                "recipient": self.values["agency"] or self.values["rights_holder"],
                "rights_holder": letter.get("rights_holder"),
                "photographer": self.values["photographer"],
            },
            "subject": self.subject(),
            "heading": heading,
            "salutation": self.words["salutation"],
            "paragraphs": body,
            "declaration": declaration,
            "closing": self.words["closing"],
            "offer": offer,
            "deadline": self.values["deadline"],
            "notes": self.notes(),
        }
        return typeset(document) if self.language == "fr" else document


ELIDED = re.compile(r"\b(de|que|jusque) (?=[AEIOUYÀÂÉÈÊËÎÏÔÛaeiouyàâéèêëîïôû])")
"""« de » and « que » before a vowel: « au nom d'Agence France-Presse », « qu'Agence
France-Presse pratique » (a party's name is filled into « au nom de {rights_holder} »)."""


def french(text: str) -> str:
    """A French sentence as written: elided before a vowel, with French spacing."""
    return french_spacing(ELIDED.sub(lambda m: m.group(1)[:-1] + "'", text))


def typeset(document: dict[str, Any]) -> dict[str, Any]:
    """A French letter's sentences with French typography (docs/style-fr.md): elision before
    a vowel, no-break spaces before « : ; ? » and inside guillemets, as every French text
    Riposte shows."""
    for paragraph in document["paragraphs"]:
        paragraph["text"] = french(paragraph["text"])
        for point in paragraph["points"]:
            point["text"] = french(point["text"])
    declaration = document["declaration"]
    if declaration:
        declaration["party"] = french(declaration["party"])
        declaration["obligations"] = [french(o) for o in declaration["obligations"]]
        if declaration["sign_by"]:
            declaration["sign_by"] = french(declaration["sign_by"])
    for key in ("subject", "heading", "closing"):
        if document[key]:
            document[key] = french(document[key])
    document["notes"] = [french(n) for n in document["notes"]]
    return document


def compose(
    kind: str,
    language: str,
    claim: dict[str, Any],
    result: dict[str, Any],
    *,
    client_name: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """The letter's structure: every paragraph with the findings it rests on."""
    return Composer(kind, language, claim, result, client_name=client_name, today=today).compose()


def rests_on(document: dict[str, Any]) -> list[str]:
    """Every rule id the letter rests on, in order of first use."""
    seen: list[str] = []
    for paragraph in document["paragraphs"]:
        for item in [paragraph, *paragraph.get("points", [])]:
            seen += [r for r in item["rests_on"] if r not in seen]
    for rule in (document.get("declaration") or {}).get("rests_on", []):
        if rule not in seen:
            seen.append(rule)
    return seen
