"""Numbers, money and dates written for the reader's language (Babel, CLDR data).

French: « 1 200,00 € », « 3,08 », « 1er septembre 2031 ». English: "EUR 1,200.00", "3.08",
"1 September 2031". Rules pass typed values (``date``, ``Money``, ``Decimal``) to their
texts; :func:`localise` turns each into words when the text is rendered, so that no ISO
date or raw decimal reaches a reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

LOCALE = {"fr": "fr_FR", "en": "en_GB"}
MONEY_PATTERN = {"fr": "#,##0.00\u00a0¤", "en": "¤¤\u00a0#,##0.00"}
FR_SYMBOL = {"GBP": "£"}
"""French currency symbols that differ from CLDR's (« £GB »): the pound is written « £ »
in French legal writing; the dollar keeps CLDR's « $US »."""


# Not frozen: see app.services.rules.model.VALUE (same equality and hash, 4x cheaper to make).
@dataclass(slots=True, unsafe_hash=True)
class Money:
    """An amount in a currency, shown with the reader's separators and symbol."""

    amount: Decimal
    currency: str


@dataclass(slots=True, unsafe_hash=True)
class Words:
    """A phrase already written in each language (``{"fr": ..., "en": ...}``)."""

    by_lang: dict[str, str]


def money(amount: Any, currency: str | None) -> Money | None:
    """``Money`` from a decimal or its string form; None when either part is missing."""
    if amount is None or not currency:
        return None
    return Money(Decimal(str(amount)), currency)


@lru_cache(maxsize=8192)
def money_text(amount: Any, currency: str, lang: str) -> str:
    """Cached: an assessment writes the same few amounts dozens of times (findings, amount
    rationale, questions' probes), and Babel's formatting dominates its CPU time."""
    value = Decimal(str(amount))
    text = format_currency(
        value, currency, format=MONEY_PATTERN[lang], locale=LOCALE[lang], currency_digits=False
    )
    if lang == "fr" and currency in FR_SYMBOL:
        symbol = format_currency(0, currency, format="¤", locale=LOCALE[lang])
        text = text.replace(symbol, FR_SYMBOL[currency])
    return text


@lru_cache(maxsize=8192)
def date_text(day: date, lang: str) -> str:
    """« 20 septembre 2031 », « 1er septembre 2031 »; "20 September 2031"."""
    text = format_date(day, format="d MMMM y", locale=LOCALE[lang])
    if lang == "fr" and day.day == 1:
        text = "1er" + text[1:]
    return text


@lru_cache(maxsize=8192)
def number_text(value: Any, lang: str) -> str:
    """A decimal number with the reader's separators (« 3,08 », "3.08")."""
    return format_decimal(Decimal(str(value)), locale=LOCALE[lang])


@lru_cache(maxsize=8192)
def percent_text(value: Any, lang: str) -> str:
    """A share as a percentage (« 45 % », "45%")."""
    return format_percent(Decimal(str(value)), locale=LOCALE[lang])


def days_text(count: int, lang: str) -> str:
    """« 1 jour », « 11 jours »; "1 day", "11 days" (never « jour(s) »)."""
    word = {"fr": ("jour", "jours"), "en": ("day", "days")}[lang][count != 1]
    return f"{number_text(count, lang)} {word}"


def days_words(count: int) -> Words:
    return Words(in_both(days_text, count))


def localise(value: Any, lang: str) -> Any:
    """A value ready to be placed in a text in ``lang``; strings and integers unchanged."""
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = _KINDS.setdefault(type(value), _kind(value))
    if kind is _PLAIN:
        return value
    if kind is _WORDS:
        return value.by_lang[lang]
    if kind is _MONEY:
        return money_text(value.amount, value.currency, lang)
    if kind is _DATE:
        return date_text(value, lang)
    return number_text(value, lang)


_PLAIN, _WORDS, _MONEY, _DATE, _NUMBER = "plain", "words", "money", "date", "number"
_KINDS: dict[type, str] = {str: _PLAIN, int: _PLAIN, bool: _PLAIN, type(None): _PLAIN}
"""How :func:`localise` writes each type of value, found once per type by ``_kind``."""


def _kind(value: Any) -> str:
    if isinstance(value, Words):
        return _WORDS
    if isinstance(value, Money):
        return _MONEY
    if isinstance(value, date):
        return _DATE
    if isinstance(value, (Decimal, float)) and not isinstance(value, bool):
        return _NUMBER
    return _PLAIN


FRENCH_SPACES = (
    (" ;", "\u202f;"),
    (" !", "\u202f!"),
    (" ?", "\u202f?"),
    (" :", "\u00a0:"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
    ("n° ", "n°\u00a0"),
    ("§ ", "§\u00a0"),
    (" €", "\u00a0€"),
    (" £", "\u00a0£"),
    (" $US", "\u00a0$US"),
    (" %", "\u00a0%"),
)
_BARE_GUILLEMETS = re.compile(r"«(?=[^\s])|(?<=[^\s])»")


@lru_cache(maxsize=16384)
def french_spacing(text: str) -> str:
    """French typography: a narrow no-break space before « ; ! ? », a no-break space
    before « : » and inside guillemets, so that a line never starts with the sign; and
    « n° 23-18.669 », « § 97a », « 100 € », « 45 % » never split at the end of a line.

    Only a plain space already written is replaced (and guillemets get one): a colon or a
    question mark glued to a word (an address, a time) is left alone. Authors write texts
    with ordinary spaces; this runs when a text is shown in French (cached: most texts
    shown are the same from one answer to the next)."""
    for plain, typeset in FRENCH_SPACES:
        text = text.replace(plain, typeset)
    if text.count("«") > text.count("«\u00a0") or text.count("»") > text.count("\u00a0»"):
        text = _BARE_GUILLEMETS.sub(_spaced_guillemet, text)
    return text


def _spaced_guillemet(match: re.Match[str]) -> str:
    return "«\u00a0" if match.group() == "«" else "\u00a0»"


def in_both(render, *args: Any) -> dict[str, str]:
    """``{"fr": render(*args, "fr"), "en": render(*args, "en")}``."""
    return {lang: render(*args, lang) for lang in LOCALE}
