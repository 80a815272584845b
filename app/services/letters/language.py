"""Which language a letter is written in, by lingua-language-detector.

Only the languages the parser has word lists for (lexicon/*.yaml) are candidates, and only
prose lines are read (addresses, tables and signatures say little), at most 600
characters of them, which keeps detection under a millisecond.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, cast

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .lexicon import lexicons

LanguageCode = Literal["fr", "de", "en"]
SAMPLE = 600
_PROSE_WORDS = 6


@cache
def _detector() -> LanguageDetector:
    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, lexicon.language.upper()))
        for lexicon in lexicons()
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


_warm = False


def warm_up() -> None:
    """Load every language's models now (they load on first use otherwise, ~1 s)."""
    global _warm
    for lexicon in lexicons():
        _detector().compute_language_confidence_values(_WARM_UP[lexicon.language])
    _warm = True


def is_warm() -> bool:
    """Whether `warm_up` has run in this process (a forked worker inherits it)."""
    return _warm


_WARM_UP = {
    "en": "Please pay the licence fee for the image on your website.",
    "de": "Bitte zahlen Sie die Lizenzgebühr für das Bild auf Ihrer Webseite.",
    "fr": "Veuillez payer la licence pour l'image publiée sur votre site.",
}


def _prose(text: str) -> str:
    lines = [line for line in text.split("\n") if len(line.split()) >= _PROSE_WORDS]
    sample = " ".join(lines) if lines else text
    return sample[:SAMPLE]


def detect_language(text: str) -> tuple[LanguageCode | None, float]:
    """The language of the letter's prose and lingua's confidence in it; None when the
    text holds too few words to tell."""
    sample = _prose(text)
    if len(sample.split()) < 5:
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < 0.5:
        return None, 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return cast(LanguageCode, code), round(min(0.99, best.value), 2)
