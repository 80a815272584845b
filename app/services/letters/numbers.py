"""Money amounts in English, German and French notation.

`1.107,74 €`, `389,59€`, `£ 1,000.00`, `CHF 300`, `$675`, `€9,686`, `300 Franken`,
`XXXX € TTC` (a masked amount). Every pattern starts at a token boundary and every
repetition is bounded, so a megabyte of digits or currency signs is scanned in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError
from babel.numbers import parse_decimal as babel_parse_decimal

CENT = Decimal("0.01")

_SYMBOL_CURRENCY = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "gbp": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "chf": "CHF",
    "fr.": "CHF",
    "sfr.": "CHF",
    "franken": "CHF",
    "francs suisses": "CHF",
    "cad": "CAD",
    "aud": "AUD",
    "sek": "SEK",
    "dkk": "DKK",
    "nok": "NOK",
}

# Three scans whose patterns start with a literal or a small set of characters, which the
# regex engine skips to quickly; one alternation of everything would test every position.
_SYMBOL_RE = re.compile(r"[$€£]")
_CODE_RE = re.compile(r"EUR|GBP|USD|CHF|CAD|AUD|SEK|DKK|NOK")
_WORD_RE = re.compile(r"euros?|franken|francs suisses|dollars?|pounds?|s?fr\.")
_SYMBOL_PREFIXES = ("US", "CA", "C", "A")
_PREFIX_TOKENS = {"US$", "CA$", "C$", "A$", "$", "€", "£", "EUR", "GBP", "USD", "CHF", "CAD",
                  "AUD", "SEK", "DKK", "NOK", "Fr.", "SFr."}  # fmt: skip
_AFTER_FIRST = {"US$", "CA$", "C$", "A$", "$", "£"}
_NUM = (
    r"(?:\d{1,3}(?:[.,' ]\d{3}){1,5}(?:[.,]\d{1,2}|[.,][-–—])?"
    r"|\d{1,9}(?:[.,]\d{1,2}|[.,][-–—])?)(?![\d])"
)
_MASKED = r"(?:[Xx]{2,9}|\*{2,9}|\.{3,9}|\[#{1,40}\])"
_VALUE_AFTER = re.compile(rf" ?(?:(?P<num>{_NUM})|(?P<mask>{_MASKED}))(?P<k> ?k(?![A-Za-z]))?")
_VALUE_BEFORE = re.compile(rf"(?:(?P<num>{_NUM})|(?P<mask>{_MASKED})) ?$")
_WINDOW = 40


@dataclass(frozen=True)
class MoneyMatch:
    """An amount found in the text; `amount` is None when the figure is masked."""

    start: int
    end: int
    amount: Decimal | None
    currency: str

    @property
    def masked(self) -> bool:
        return self.amount is None


_LOCALES = {"fr": "fr_FR", "de": "de_DE", "en": "en_GB"}
# Spaces group thousands in French ("1 150,00", U+0020, U+00A0 or U+202F); CLDR writes
# U+202F, so any space is read as it. An apostrophe groups them in Switzerland.
_SPACE_GROUPED = "fr_FR"
_APOSTROPHE_GROUPED = "de_CH"


@lru_cache(maxsize=4096)
def parse_decimal(raw: str, language: str | None = None) -> Decimal:
    """Read `1.107,74`, `1,000.00`, `9,686`, `389,59`, `1 200`, `1'200.50`, `300,-` with
    Babel, in the letter's locale first.

    Money has at most two decimals: a reading with three (`9,686` in German) is refused and
    the next locale tried, so a separator before exactly three digits groups thousands.
    """
    value = raw.strip()
    if value.endswith((",-", ".-", ",–", ".–", ",—", ".—")):
        value = value[:-2]
    if re.search(r"[ \u00a0\u202f]", value):
        value = re.sub(r"[ \u00a0\u202f]", "\u202f", value)
        locales = [_SPACE_GROUPED]
    elif "'" in value or "’" in value:
        value = value.replace("’", "'")
        locales = [_APOSTROPHE_GROUPED]
    else:
        first = _LOCALES.get(language or "", "en_GB")
        locales = [first] + [loc for loc in ("en_GB", "de_DE") if loc != first]
    for locale in locales:
        try:
            number = babel_parse_decimal(value, locale=locale, strict=True)
        except NumberFormatError:
            continue
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and exponent >= -2 and number >= 0:
            return number.quantize(CENT)
    raise ValueError(f"not an amount of money: {raw!r}")


def currency_code(symbol: str) -> str:
    """ISO 4217 code for a symbol or word (`€`, `Franken`, `US$`)."""
    return _SYMBOL_CURRENCY.get(symbol.strip().lower(), symbol.strip().upper())


def find_money(text: str, limit: int = 500) -> list[MoneyMatch]:
    """Amounts with a currency next to them, masked ones included, at most `limit`.

    Currency signs and codes are found first (a fast scan), then the figure is read just
    before or just after each of them, so the work per sign is bounded.
    """
    found: list[MoneyMatch] = []
    used_until = 0
    for start, end in _currency_tokens(text, limit * 4):
        if len(found) >= limit:
            break
        symbol = text[start:end]
        if symbol[0].isalpha() and not _standalone(text, start, end):
            continue
        options = []
        before = _before(text, start, used_until)
        after = _after(text, end) if symbol in _PREFIX_TOKENS else None
        for option in (after, before) if symbol in _AFTER_FIRST else (before, after):
            if option is not None:
                options.append(option)
        if not options:
            continue
        decimals = [o for o in options if o[3]]
        value_start, value_end, amount, _ = (decimals or options)[0]
        match = MoneyMatch(min(start, value_start), max(end, value_end), amount,
                           currency_code(symbol))  # fmt: skip
        found.append(match)
        used_until = match.end
    return found


def _currency_tokens(text: str, limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for count, match in enumerate(_SYMBOL_RE.finditer(text)):
        if count >= limit:
            break
        start = match.start()
        for prefix in _SYMBOL_PREFIXES:
            if match.group(0) == "$" and text.endswith(prefix, 0, start):
                before = start - len(prefix)
                if before == 0 or not text[before - 1].isalpha():
                    start = before
                    break
        spans.append((start, match.end()))
    spans.extend(m.span() for _, m in zip(range(limit), _CODE_RE.finditer(text), strict=False))
    lowered = text.lower() if len(text.lower()) == len(text) else text
    spans.extend(m.span() for _, m in zip(range(limit), _WORD_RE.finditer(lowered), strict=False))
    return sorted(spans)


def _standalone(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalpha()) and (
        end >= len(text) or not text[end].isalpha()
    )


Reading = tuple[int, int, Decimal | None, bool]


def _reading(raw_num: str | None, k: bool) -> tuple[Decimal | None, bool] | None:
    if raw_num is None:
        return None, False
    try:
        amount = parse_decimal(raw_num)
    except ValueError:
        return None
    if k:
        amount = (amount * 1000).quantize(CENT)
    has_decimals = len(raw_num) > 3 and raw_num[-3] in ".," and raw_num[-2:].isdigit()
    return amount, has_decimals


def _before(text: str, start: int, used_until: int) -> Reading | None:
    offset = max(used_until, start - _WINDOW)
    match = _VALUE_BEFORE.search(text[offset:start])
    if not match:
        return None
    value_start = offset + match.start()
    previous = text[value_start - 1] if value_start else " "
    if previous.isalnum() or previous in "_.,'*]" or (match.group("num") and previous in "-/"):
        return None
    reading = _reading(match.group("num"), False)
    if reading is None:
        return None
    return value_start, offset + match.end(), reading[0], reading[1]


def _after(text: str, end: int) -> Reading | None:
    match = _VALUE_AFTER.match(text, end, min(len(text), end + _WINDOW))
    if not match:
        return None
    value_end = match.end("num") if match.group("num") else match.end("mask")
    if match.group("k"):
        value_end = match.end("k")
    following = text[value_end] if value_end < len(text) else " "
    if following.isalnum() and not match.group("k"):
        return None
    reading = _reading(match.group("num"), bool(match.group("k")))
    if reading is None:
        return None
    return match.start() + (1 if text[match.start()] == " " else 0), value_end, *reading


def parse_money(value: str) -> MoneyMatch | None:
    """The single amount written in `value` (`'389,59 €'`), or None."""
    matches = find_money(value, limit=2)
    if len(matches) != 1:
        return None
    return matches[0]


def format_amount(amount: Decimal) -> str:
    """Decimal string with two decimals, as the claim contract writes money."""
    return str(amount.quantize(CENT))
