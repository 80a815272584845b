"""Normalised letter text and the masked views the extractors scan.

Every extractor works on views of the same length as the normalised text, so an offset
found in a view is an offset in `LetterText.text` too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = {ord(c): " " for c in "\t\u00a0\u2007\u2009\u202f\u3000\u2002\u2003\u2004\u2005"}
_DASHES = {ord("\u2010"): "-", ord("\u2011"): "-", ord("\u2212"): "-"}

# Bracketed passages are placeholders ("[NAME]", "[Removed]") or editors' notes
# ("[approx. $450 per the recipient]"): never letter content, so their values are masked.
_BRACKETS = re.compile(r"\[[^\[\]\n]{0,500}\]")
_MASK_CHAR = "#"

MASK_RE = re.compile(
    r"#{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|\*{2,}|\.{3,}|_{3,}|\[#*\]"
)
"""A masked value: `XXXX`, `***`, `...` (NFKC of `…`), `___`, or a bracketed placeholder."""


class LetterUnreadable(ValueError):
    """The document holds no text the parser can read; `reason` says why, in English."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class LetterText:
    """The normalised text and two same-length views of it.

    `scan` has bracketed passages masked with '#'; `low` is `scan` lower-cased.
    `body_start` is where the letter proper starts (after an e-mail header block).
    """

    text: str
    scan: str
    low: str
    body_start: int = 0

    def excerpt(self, start: int, end: int) -> str:
        return self.text[start:end]


def normalise(raw: str) -> str:
    """NFKC, one kind of newline and space, no invisible characters, trimmed lines."""
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_DASHES)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip()


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def build_views(text: str, body_start: int = 0) -> LetterText:
    """Mask bracketed passages (keeping their brackets) and lower-case."""

    def mask(match: re.Match[str]) -> str:
        inner = match.end() - match.start() - 2
        return "[" + _MASK_CHAR * inner + "]"

    scan = _BRACKETS.sub(mask, text)
    return LetterText(text=text, scan=scan, low=_lower_same_length(scan), body_start=body_start)


def is_masked(value: str) -> bool:
    """True when a value is (partly) masked by the sender or the person who pasted it."""
    return value.strip() in ("X", "x") or bool(MASK_RE.search(value))


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line holding `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n|\n[-•o*\d]")


def sentence_before(low: str, pos: int, width: int = 120) -> str:
    """The part of the sentence before `pos`, at most `width` characters."""
    window = low[max(0, pos - width) : pos]
    last = None
    for last in _SENTENCE_END.finditer(window):
        pass
    return window[last.end() :] if last else window


def sentence_after(low: str, pos: int, width: int = 80) -> str:
    """The part of the sentence after `pos`, at most `width` characters."""
    window = low[pos : pos + width]
    found = _SENTENCE_END.search(window)
    return window[: found.start()] if found else window
