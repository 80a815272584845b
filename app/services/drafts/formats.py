"""Amounts, dates and country names written for a reader of one language (Babel).

French and English amounts and dates are written as the findings write them
(``app/services/rules/display.py``, docs/style-fr.md): « 1 200,00 € » and "EUR 1,200.00",
« 1er octobre 2026 » and "1 October 2026", so that a letter and the assessment it rests on
give the same figure in the same form. German keeps CLDR's forms („1.200,00 €“)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from app.services.rules import display

LANGUAGES = ("fr", "en", "de")
LOCALES = {"fr": "fr_FR", "en": "en_GB", "de": "de_DE"}


def money(amount: Any, currency: str | None, language: str) -> str | None:
    """« 1 200,00 € », "EUR 1,200.00", „1.200,00 €“; None when there is no amount."""
    if amount is None or currency is None:
        return None
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return None
    if language in display.LOCALE:
        return display.money_text(value, currency, language)
    return format_currency(value, currency, locale=LOCALES[language])


def long_date(value: Any, language: str) -> str | None:
    """« 16 octobre 2026 », « 1er octobre 2026 », "16 October 2026", „16. Oktober 2026“."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return None
    if language in display.LOCALE:
        return display.date_text(value, language)
    return format_date(value, "long", locale=LOCALES[language])


def number(value: Any, language: str) -> str | None:
    if value is None:
        return None
    return format_decimal(Decimal(str(value)), locale=LOCALES[language])


def country(code: str | None, language: str) -> str | None:
    if not code:
        return None
    return Locale.parse(LOCALES[language]).territories.get(code.upper(), code)
