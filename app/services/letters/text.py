"""Normalised letter text and the masked views the extractors scan.

Every extractor works on views of the same length as the normalised text, so an offset
found in a view is an offset in `LetterText.text` too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from .lexicon import everything

T = TypeVar("T")

# Character classes rather than str.translate, which is slow on non-ASCII text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\t\u00a0\u2007\u2009\u202f\u3000\u2002\u2003\u2004\u2005]")
_DASHES = re.compile("[\u2010\u2011\u2212]")

_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")
MAX_ANALYSED_CHARS = 150_000
"""A demand letter, even with its annexes, is far shorter; the rest of a longer text is
returned but not read, which bounds the time spent on any input."""

# Bracketed passages are placeholders ("[NAME]", "[Removed]") or editors' notes
# ("[approx. $450 per the recipient]"): never letter content, so their values are masked.
_BRACKETS = re.compile(r"\[[^\[\]\n]{0,500}\]")
_MASK_CHAR = "#"

MASK_RE = re.compile(r"#{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|\*{2,}|\.{3,}|_{3,}|\[#*\]")
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

    @property
    def truncated(self) -> bool:
        return len(self.scan) < len(self.text)

    @cached_property
    def flat(self) -> str:
        """`low` with each single line break a space (same length): phrases that a
        hard-wrapped letter breaks across two lines ("legal\naction") match there;
        paragraph breaks stay."""
        return _LONE_NEWLINE.sub(" ", self.low)


def normalise(raw: str) -> str:
    """NFKC, one kind of newline and space, no invisible characters, trimmed lines."""
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DASHES.sub("-", _SPACES.sub(" ", _INVISIBLE.sub("", text)))
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip()


def _lower_same_length(text: str) -> str:
    """Lower case, offset for offset, with curly apostrophes made straight ("capture
    d’écran" is matched as "capture d'écran" by every pattern)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


def build_views(text: str, body_start: int = 0) -> LetterText:
    """Mask bracketed passages (keeping their brackets) and lower-case, over the first
    `MAX_ANALYSED_CHARS` characters only."""

    def mask(match: re.Match[str]) -> str:
        inner = match.end() - match.start() - 2
        return "[" + _MASK_CHAR * inner + "]"

    scan = _BRACKETS.sub(mask, text[:MAX_ANALYSED_CHARS])
    return LetterText(text=text, scan=scan, low=_lower_same_length(scan), body_start=body_start)


def is_masked(value: str) -> bool:
    """True when a value is (partly) masked by the sender or the person who pasted it."""
    return value.strip() in ("X", "x") or bool(MASK_RE.search(value))


def line_bounds(text: str, pos: int, reach: int = 300) -> tuple[int, int]:
    """Start and end offsets of the line holding `pos`, looking at most `reach` characters
    either way (a longer line is cut there)."""
    start = text.rfind("\n", max(0, pos - reach), pos)
    end = text.find("\n", pos, pos + reach)
    return (
        max(0, pos - reach) if start == -1 else start + 1,
        min(len(text), pos + reach) if end == -1 else end,
    )


_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n|\n[ \t]{0,4}(?:[-•*]|o\s|\d{1,2}[.)]\s)")
_ABBREVIATIONS = frozenset(everything("abbreviations"))
_TOKEN_START = re.compile(r"[^\s(\[/]*$")


def _abbreviation(window: str, dot: int) -> bool:
    """The full stop at `dot` ends an abbreviation ("zzgl.", "s. 97", "Nr."), or an initial
    ("J. Smith"), not a sentence."""
    token = _TOKEN_START.search(window, max(0, dot - 12), dot)
    word = window[token.start() : dot + 1] if token else "."
    return (len(word) == 2 and word[0].isalpha()) or word in _ABBREVIATIONS


def _ends(window: str) -> Iterator[re.Match[str]]:
    for match in _SENTENCE_END.finditer(window):
        if window[match.start()] == "." and _abbreviation(window, match.start()):
            continue
        yield match


def sentence_before(low: str, pos: int, width: int = 120) -> str:
    """The part of the sentence before `pos`, at most `width` characters."""
    window = low[max(0, pos - width) : pos]
    ends = [m.end() for m in _ends(window)]
    return window[ends[-1] :] if ends else window


def sentence_after(low: str, pos: int, width: int = 80) -> str:
    """The part of the sentence after `pos`, at most `width` characters."""
    window = low[pos : pos + width]
    found = next(_ends(window), None)
    return window[: found.start()] if found else window


def word_start(low: str, pos: int) -> bool:
    """True when no letter comes right before `pos` (patterns avoid leading look-behinds,
    which would disable the regex engine's fast scan for a first character)."""
    return pos == 0 or not low[pos - 1].isalpha()


def word_end(low: str, pos: int) -> bool:
    return pos >= len(low) or not low[pos].isalpha()


def find_word(
    low: str, word: str, limit: int = 50, scan_limit: int = 2000
) -> list[tuple[int, int]]:
    """Occurrences of `word` that are not part of a longer word, found with `str.find`."""
    spans: list[tuple[int, int]] = []
    pos = low.find(word)
    tries = 0
    while pos != -1 and len(spans) < limit and tries < scan_limit:
        end = pos + len(word)
        if word_start(low, pos) and word_end(low, end):
            spans.append((pos, end))
        pos = low.find(word, pos + 1)
        tries += 1
    return spans


def word_matches(pattern: re.Pattern[str], low: str, limit: int = 50) -> list[re.Match[str]]:
    """Matches of `pattern` that do not start inside a word, at most `limit` of them, looking
    at no more than `4 * limit` raw matches (bounds the work on adversarial text)."""
    kept: list[re.Match[str]] = []
    for count, match in enumerate(pattern.finditer(low)):
        if count >= 4 * limit or len(kept) >= limit:
            break
        if not low[match.start() : match.start() + 1].isalpha() or word_start(low, match.start()):
            kept.append(match)
    return kept


def capped(items: Iterable[T], limit: int = 200) -> Iterator[T]:
    """At most `limit` items: bounds the Python work on adversarial text."""
    for count, item in enumerate(items):
        if count >= limit:
            return
        yield item
