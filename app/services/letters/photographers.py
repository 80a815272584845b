"""The photographer a letter names: after a phrase ("the photographer X", "photo by X",
"Bildnachweis: X"), with a civility ("les photographies de M. X"), before a noun ("X,
photographer"), or in a picture credit ("© X", "AP Photo/X", "X / Zeppelin Images")."""

from __future__ import annotations

import re

from .names import LEGAL_FORMS, WRAPPED_LINE, NameMention, credits_person, name_before, read_credit
from .role_patterns import (
    CREDIT_BEFORE,
    PHOTOGRAPHER_AFTER,
    PHOTOGRAPHER_NOUNS,
    PHOTOGRAPHER_WITH_CIVILITY,
    POSSESSIVE,
    TITLED_WORK_BY,
)
from .text import LetterText, word_matches


def _as_photographer(mention: NameMention, confidence: float) -> NameMention:
    return NameMention(mention.value, mention.start, mention.end, confidence, "photographer")


def _person(value: str) -> bool:
    """Could be a photographer's name: not an acronym ("AFP"), not a company."""
    words = value.split()
    if len(words) == 1 and (value.isupper() or len(value) < 3):
        return False
    return words[-1].lower().rstrip(",") not in LEGAL_FORMS


_COPYRIGHT_MARK = re.compile(r"©")
# A credit with two parts that both read as a person's name: the principal named elsewhere
# may tell which is the agency; when nothing does, no photographer is given.
UNSURE_CREDIT = 0.5


def _ends_short_line(low: str, match: re.Match[str]) -> bool:
    """The phrase ends a short line (a letterhead or a signature), not hard-wrapped prose:
    the next line is not the name's continuation."""
    if not match.group(0).endswith("\n") or low[match.end() - 2 : match.end() - 1] == ":":
        return False
    line_start = low.rfind("\n", 0, match.end() - 1) + 1
    return match.end() - line_start < WRAPPED_LINE


def photographer_mentions(doc: LetterText) -> list[NameMention]:
    found: list[NameMention] = []
    for pattern in (PHOTOGRAPHER_AFTER, POSSESSIVE, PHOTOGRAPHER_WITH_CIVILITY, TITLED_WORK_BY):
        for match in word_matches(pattern, doc.low, 20):
            if _ends_short_line(doc.low, match):
                continue  # "Julien Marchetti - Photographe" over "Marseille, le ...": a letterhead
            credited = read_credit(doc.scan, match.end())
            for mention in credited:
                if mention.value is None or _person(mention.value):
                    labelled = ":" in match.group(0)  # "Photo: X", "Bildnachweis: X"
                    confidence = 0.85 if labelled else 0.8
                    if len(credited) > 1:  # "Lakeshore Visuals / Amira Haddad": which is who?
                        confidence = UNSURE_CREDIT
                    found.append(_as_photographer(mention, confidence))
    for match in word_matches(_COPYRIGHT_MARK, doc.low, 20):  # "© Sports Photo / Ray Dominguez"
        for mention in read_credit(doc.scan, match.start()):
            if mention.value and credits_person(mention.value):
                found.append(_as_photographer(mention, 0.75))
    for match in word_matches(PHOTOGRAPHER_NOUNS, doc.low, 20):
        mention = name_before(doc.scan, match.start())
        if mention and (mention.value is None or _person(mention.value)):
            found.append(_as_photographer(mention, 0.8))
    return found


def credited(doc: LetterText, start: int) -> bool:
    """The name at `start` stands in a picture credit ("Crédit photo : © X", "AP Photo/X"),
    which says who took the picture, not whom the sender acts for."""
    line_start = doc.low.rfind("\n", max(0, start - 80), start) + 1
    return CREDIT_BEFORE.search(doc.low, line_start, start) is not None
