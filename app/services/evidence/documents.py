"""Facts read from the text of a document: a mandate, a licence or invoice, a bailiff's
report, a press kit's terms. Each finding keeps the page and the excerpt it came from.

The pages come from the text layer, or from OCR for a scan (``analysis``); a scan read
on a server without OCR yields no facts and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.services.letters.dates import find_dates

COLLECTION = re.compile(
    r"\b(collect\w*|recover\w*|enforc\w*|pursu\w* (?:any |all )?claims?|einzieh\w*|einziehung"
    r"|inkasso\w*|geltend\w*|durchzusetzen|durchsetz\w*|beitreib\w*|recouvr\w*|poursuiv\w*"
    r"|r[ée]clamer)\b"
)
BAILIFF = re.compile(
    r"\b(proc[èe]s-verbal de constat|commissaire de justice|huissier de justice|"
    r"gerichtsvollzieher\w*|bailiff'?s? report|constat d'huissier)\b"
)
STOCK_LICENSORS = (
    "Adobe Stock",
    "Shutterstock",
    "Getty Images",
    "iStock",
    "Alamy",
    "Depositphotos",
    "Dreamstime",
    "123RF",
    "Pond5",
    "Trunk Archive",
)
IMAGE_ID = re.compile(
    r"\b(?:image|asset|file|content|photo|item|bild)[ -]?(?:id|no\.?|number|nr\.?|#)\s*[:#]?\s*"
    r"([A-Z0-9][A-Z0-9_-]{3,40})",
    re.IGNORECASE,
)
LICENCE_TYPES = {
    "royalty-free": re.compile(r"\broyalty[- ]free\b|\blizenzfrei\b|\blibre de droits\b"),
    "rights-managed": re.compile(r"\brights[- ]managed\b"),
    "standard": re.compile(r"\bstandard licen[cs]e\b|\bstandardlizenz\b"),
    "extended": re.compile(r"\bextended licen[cs]e\b|\berweiterte lizenz\b"),
    "editorial": re.compile(r"\beditorial use\b|\bredaktionell\w*\b|\busage [ée]ditorial\b"),
}
VALID_UNTIL = re.compile(r"(valid until|expires?(?: on)?|g[üu]ltig bis|valable jusqu'au)\s*:?\s*")
EDITORIAL_ONLY = re.compile(
    r"\b(editorial use only|for editorial purposes only|nur (?:zur|für) redaktionell\w* "
    r"(?:nutzung|zwecke)|usage [ée]ditorial uniquement|exclusivement [àa] des fins [ée]ditoriales)\b"
)
ANY_USE = re.compile(r"\b(any use|any purpose|free to use for all purposes|libre de tout usage)\b")


@dataclass(slots=True)
class Finding:
    fact: str
    value: Any
    confidence: float
    page: int | None
    excerpt: str | None
    note: dict[str, str] | None = None


def _excerpt(text: str, start: int, end: int, reach: int = 60) -> str:
    return " ".join(text[max(0, start - reach) : end + reach].split())[:240]


def _search(pages: list[str], pattern: re.Pattern[str]) -> tuple[int, str] | None:
    for number, page in enumerate(pages, start=1):
        found = pattern.search(page.lower())
        if found:
            return number, _excerpt(page, found.start(), found.end())
    return None


def _find_name(pages: list[str], name: str | None) -> tuple[int, str] | None:
    if not name or len(name.strip()) < 3:
        return None
    wanted = re.compile(r"\b" + r"\s+".join(map(re.escape, name.lower().split())) + r"\b")
    return _search(pages, wanted)


def _first_date(pages: list[str]) -> tuple[int, date, str] | None:
    for number, page in enumerate(pages, start=1):
        for match in find_dates(page.lower()):
            if not match.ambiguous:
                return number, match.value, _excerpt(page, match.start, match.end, 30)
    return None


def mandate_findings(pages: list[str], claim: dict[str, Any]) -> list[Finding]:
    letter = claim.get("letter") or {}
    found = [Finding("mandate.produced", True, 0.9, None, None)]
    holder = letter.get("rights_holder")
    named = _find_name(pages, holder)
    if named:
        found.append(Finding("mandate.names_rights_holder", True, 0.85, *named))
    elif holder and sum(len(p) for p in pages) > 200:
        found.append(
            Finding(
                "mandate.names_rights_holder",
                False,
                0.5,
                None,
                None,
                {
                    "fr": f"« {holder} » n'apparaît pas dans le texte du mandat.",
                    "en": f"“{holder}” does not appear in the mandate's text.",
                },
            )
        )
    covers = _search(pages, COLLECTION)
    if covers:
        found.append(Finding("mandate.covers_collection", True, 0.7, *covers))
    dated = _first_date(pages)
    if dated:
        page, value, excerpt = dated
        note = None
        letter_date = letter.get("letter_date")
        if letter_date and value.isoformat() > letter_date:
            note = {
                "fr": "Le mandat est daté après la lettre de réclamation.",
                "en": "The mandate is dated after the demand letter.",
            }
        found.append(Finding("mandate.date", value.isoformat(), 0.6, page, excerpt, note))
    return found


def agency_named(pages: list[str], claim: dict[str, Any]) -> bool | None:
    name = (claim.get("letter") or {}).get("agency_name")
    return None if not name else _find_name(pages, name) is not None


def licence_findings(pages: list[str]) -> tuple[list[Finding], dict[str, Any]]:
    """Proposals for ``acquisition.licence.*`` and the document's facts (image id, date,
    licence type) shown to the lawyer."""
    found = [
        Finding("acquisition.licence.documents_available", True, 0.8, None, None),
        Finding("acquisition.licence.held", True, 0.6, None, None),
    ]
    facts: dict[str, Any] = {}
    for name in STOCK_LICENSORS:
        hit = _find_name(pages, name)
        if hit:
            found.append(Finding("acquisition.licence.licensor", name, 0.7, *hit))
            facts["licensor"] = name
            break
    joined = "\n".join(pages)
    image_id = IMAGE_ID.search(joined)
    if image_id:
        facts["image_id"] = image_id.group(1)
    dated = _first_date(pages)
    if dated:
        facts["date"] = dated[1].isoformat()
    facts["licence_types"] = [k for k, p in LICENCE_TYPES.items() if p.search(joined.lower())]
    for number, page in enumerate(pages, start=1):
        marker = VALID_UNTIL.search(page.lower())
        if not marker:
            continue
        dates = find_dates(page[marker.end() : marker.end() + 40].lower())
        if dates and not dates[0].ambiguous:
            excerpt = _excerpt(page, marker.start(), marker.end() + 20)
            value = dates[0].value.isoformat()
            found.append(Finding("acquisition.licence.valid_until", value, 0.6, number, excerpt))
            break
    return found, facts


def bailiff_findings(pages: list[str], claim: dict[str, Any]) -> list[Finding]:
    hit = _search(pages, BAILIFF)
    if not hit:
        return []
    current = list((claim.get("letter") or {}).get("evidence_of_use") or [])
    if "bailiff_report" in current:
        return []
    return [Finding("letter.evidence_of_use", [*current, "bailiff_report"], 0.8, *hit)]


def press_kit_findings(pages: list[str]) -> list[Finding]:
    for pattern, value in ((EDITORIAL_ONLY, "editorial_only"), (ANY_USE, "any_use")):
        hit = _search(pages, pattern)
        if hit:
            return [Finding("acquisition.press_kit_terms", value, 0.7, *hit)]
    return []


def title_findings(pages: list[str]) -> list[Finding]:
    return [Finding("title.chain_produced", True, 0.6, None, None)]
