"""The sender as the rights holder: a photographer or a picture library writing for itself.

With no agency and no "on behalf of", a letter that speaks of the work as the sender's own
("my photograph", "meine Aufnahme", "ma photographie", "our imagery", "unsere Bilder",
"nos images") is written by the rights holder: the person who signs it, or the company in
its letterhead or signature. The name is read from there, with a moderate confidence.
"""

from __future__ import annotations

import re

from .agencies import PROFILES, AgencyFinding
from .lexicon import alternation, everything
from .names import NameMention, read_name
from .text import LetterText, word_matches

_OWN_WORK = re.compile(rf"(?:{alternation(everything('own_work'))})(?![a-zäöüß])")
_OWN_WORK_SINGULAR = re.compile(rf"(?:{alternation(everything('own_work_singular'))})(?![a-zäöüß])")
_PHOTOGRAPHER_WORD = re.compile(
    rf"(?<![\w])(?:{alternation(n for n in everything('photographer_nouns') if ' ' not in n)})"
    r"(?![\w])"
)
_CLOSING = re.compile(rf"(?:{alternation(everything('closings'))})(?![a-zäöüß])")
# Picture libraries of the vocabulary that license their own collections (Getty, iStock).
LIBRARIES = {profile.key for profile in PROFILES if profile.library}
_SIGNATURE_TAIL = 600
_AFTER_SIGNER = "|,–—-/("
CONFIDENCE = 0.6


def own_work(doc: LetterText) -> bool:
    return bool(word_matches(_OWN_WORK, doc.low, 1))


def own_work_singular(doc: LetterText) -> bool:
    return bool(word_matches(_OWN_WORK_SINGULAR, doc.low, 1))


def signer(doc: LetterText) -> NameMention | None:
    """The name on the first line after the letter's last closing formula ("Mit
    freundlichen Grüßen" over "Jana Hoffmann"), or on the letter's last line when it stands
    alone without one, when that line is a name and nothing else."""
    tail_start = max(doc.body_start, len(doc.low) - _SIGNATURE_TAIL)
    closings = list(_CLOSING.finditer(doc.low, tail_start))
    if closings:
        cursor = closings[-1].end()
    else:  # no closing formula: a last line standing alone after a blank line
        body = doc.scan.rstrip()
        cursor = body.rfind("\n", tail_start) + 1
        if cursor <= tail_start or not body[:cursor].endswith("\n\n"):
            return None
    while cursor < len(doc.scan) and doc.scan[cursor] in " ,.\n":
        cursor += 1
    line_end = doc.scan.find("\n", cursor)
    line_end = len(doc.scan) if line_end == -1 else line_end
    line = doc.scan[cursor:line_end].strip()
    if not line or len(line) > 60:
        return None
    mention = read_name(doc.scan, cursor)
    if mention is None or mention.value is None:
        return None
    rest = doc.scan[mention.end : cursor + len(line)].strip()
    if rest and rest[0] not in _AFTER_SIGNER:
        return None  # "Daniel Okafor | Photographer" is a name; "Daniel Okafor says" is not
    if len(mention.value.split()) < 2:
        return None  # a first name alone ("Daniel") does not say who holds the rights
    return NameMention(mention.value, mention.start, mention.end, CONFIDENCE)


_LETTERHEAD_LINES = 3


def letterhead_photographer(doc: LetterText) -> NameMention | None:
    """A person's name alone on one of the letter's first lines, over a line that calls
    them a photographer ("Camille Arnaud" over "Photographe"): the sender."""
    cursor = doc.body_start
    for _ in range(_LETTERHEAD_LINES):
        while cursor < len(doc.scan) and doc.scan[cursor] in " \n":
            cursor += 1
        line_end = doc.scan.find("\n", cursor)
        line_end = len(doc.scan) if line_end == -1 else line_end
        mention = read_name(doc.scan, cursor)
        if (
            mention is not None
            and mention.value is not None
            and len(mention.value.split()) >= 2
            and mention.end == line_end
            and signs_as_photographer(doc, mention)
        ):
            return NameMention(mention.value, mention.start, mention.end, CONFIDENCE)
        cursor = line_end + 1
    return None


def signs_as_photographer(doc: LetterText, mention: NameMention) -> bool:
    """The signature calls the signer a photographer ("Jana Hoffmann" over "Fotografin",
    "Daniel Okafor | Photographer")."""
    same_line, *below = doc.low[mention.end : mention.end + 120].split("\n")
    next_line = next((line for line in below if line.strip()), "")
    return bool(_PHOTOGRAPHER_WORD.search(f"{same_line} {next_line}"))


def is_author(doc: LetterText, owner: NameMention) -> bool:
    """The owner took the picture: it says "my photograph" or signs as a photographer."""
    return own_work_singular(doc) or signs_as_photographer(doc, owner)


def sender_owns(doc: LetterText, agency: AgencyFinding) -> NameMention | None:
    """The sender, when it acts for no one and writes of the work as its own or signs as its
    photographer: a signer outside the vocabulary, or a picture library of the vocabulary
    under its own name."""
    if agency.agency in LIBRARIES and own_work(doc):
        if agency.name and agency.name_span:
            return NameMention(agency.name, *agency.name_span, CONFIDENCE)
        return signer(doc)
    if agency.agency not in ("other", "rights_holder"):
        return None
    signed = signer(doc)
    if signed and (own_work(doc) or signs_as_photographer(doc, signed)):
        return signed
    return letterhead_photographer(doc)
