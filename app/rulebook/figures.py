"""Legal figures read from the parameters, written into texts the way the rules write them:
a whole amount (« 10 000 £ », "GBP 10,000"), a period in figures (« 14 jours », "14 days")
or in words (« trois mois », "three months").

A text never types a figure a parameter holds: the rule reads the parameter in force and
passes one of these, so the text changes with the law's date.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.services.rules.display import Words

SYMBOL_FR = {"EUR": "€", "GBP": "£", "USD": "$US"}
UNITS = {
    "days": {"fr": ("jour", "jours"), "en": ("day", "days")},
    "months": {"fr": ("mois", "mois"), "en": ("month", "months")},
    "years": {"fr": ("an", "ans"), "en": ("year", "years")},
}
NUMBER_WORDS = {
    "fr": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix"},
    "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"},
}


def _grouped(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


def whole_money(amount: Any, currency: str) -> Words:
    """A whole amount: « 10 000 £ », "GBP 10,000" (the figure of a statute, not a sum due)."""
    value = int(Decimal(str(amount)))
    return Words(
        {
            "fr": f"{_grouped(value, ' ')} {SYMBOL_FR.get(currency, currency)}",
            "en": f"{currency} {_grouped(value, ',')}",
        }
    )


def whole_number(value: Any) -> Words:
    """A whole number: « 25 000 », "25,000"."""
    n = int(Decimal(str(value)))
    return Words({"fr": _grouped(n, " "), "en": _grouped(n, ",")})


def period(count: int, unit: str, *, in_words: bool = False) -> Words:
    """« 14 jours » / "14 days"; with ``in_words``, « trois mois » / "three months"."""
    by_lang = {}
    for lang, (one, many) in UNITS[unit].items():
        number = NUMBER_WORDS[lang].get(count, str(count)) if in_words else str(count)
        by_lang[lang] = f"{number} {one if count == 1 else many}"
    return Words(by_lang)


def number_words(count: int) -> Words:
    """« trois », "three" (a figure shown in figures where there is no word for it)."""
    return Words({lang: words.get(count, str(count)) for lang, words in NUMBER_WORDS.items()})
