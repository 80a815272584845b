"""Money amounts in English, German and French notation.

`1.107,74 €`, `389,59€`, `£ 1,000.00`, `CHF 300`, `$675`, `€9,686`, `300 Franken`,
`XXXX € TTC` (a masked amount). Every pattern starts at a token boundary and every
repetition is bounded, so a megabyte of digits or currency signs is scanned in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

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

_CODES = r"EUR|GBP|USD|CHF|CAD|AUD|SEK|DKK|NOK"
_CUR_BEFORE = rf"(?:US\$|CA\$|C\$|A\$|\$|€|£|(?<![A-Za-z])(?:{_CODES}|S?Fr\.)(?![A-Za-z]))"
_CUR_AFTER = (
    rf"(?:€|£|\$|(?:{_CODES}|[Ee]uros?|EURO|Franken|francs suisses|[Dd]ollars?|[Pp]ounds?)"
    r"(?![A-Za-z])|S?Fr\.)"
)
_NUM = (
    r"(?:\d{1,3}(?:[.,' ]\d{3}){1,5}(?:[.,]\d{1,2}|,-|\.-)?"
    r"|\d{1,9}(?:[.,]\d{1,2}|,-|\.-)?)(?![\d])"
)
_MASKED = r"(?:[Xx]{2,9}|\*{2,9}|\.{3,9}|\[#{1,40}\])"


def _value(num: str, mask: str) -> str:
    return rf"(?:(?<![\w.,'*\]])(?P<{num}>{_NUM})|(?<![\w*.])(?P<{mask}>{_MASKED}))"


MONEY_RE = re.compile(
    rf"(?P<cur1>{_CUR_BEFORE}) ?{_value('num1', 'mask1')}(?P<k> ?k\b)?"
    rf"|{_value('num2', 'mask2')} ?(?P<cur2>{_CUR_AFTER})"
)


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


def parse_decimal(raw: str) -> Decimal:
    """Read `1.107,74`, `1,000.00`, `9,686`, `389,59`, `1 200`, `1'200.50`, `300,-`.

    The last separator is decimal when one or two digits follow it; a separator followed by
    exactly three digits groups thousands.
    """
    value = raw.strip().replace(" ", "").replace("'", "")
    if value.endswith((",-", ".-")):
        value = value[:-2]
    last = max(value.rfind(","), value.rfind("."))
    if last == -1:
        digits, fraction = value, ""
    elif len(value) - last - 1 in (1, 2):
        digits, fraction = value[:last], value[last + 1 :]
    else:
        digits, fraction = value, ""
    digits = digits.replace(",", "").replace(".", "")
    if not digits.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"not a number: {raw!r}")
    try:
        number = Decimal(f"{digits}.{fraction or '0'}")
    except InvalidOperation as exc:  # pragma: no cover - guarded by isdigit above
        raise ValueError(f"not a number: {raw!r}") from exc
    return number.quantize(CENT)


def currency_code(symbol: str) -> str:
    """ISO 4217 code for a symbol or word (`€`, `Franken`, `US$`)."""
    return _SYMBOL_CURRENCY.get(symbol.strip().lower(), symbol.strip().upper())


def find_money(text: str, limit: int = 500) -> list[MoneyMatch]:
    """Amounts with a currency next to them, masked ones included, at most `limit`."""
    found: list[MoneyMatch] = []
    for match in MONEY_RE.finditer(text):
        cur = match.group("cur1") or match.group("cur2")
        num = match.group("num1") or match.group("num2")
        amount: Decimal | None = None
        if num is not None:
            try:
                amount = parse_decimal(num)
            except ValueError:
                continue
            if match.group("k"):
                amount = (amount * 1000).quantize(CENT)
        found.append(MoneyMatch(match.start(), match.end(), amount, currency_code(cur)))
        if len(found) >= limit:
            break
    return found


def parse_money(value: str) -> MoneyMatch | None:
    """The single amount written in `value` (`'389,59 €'`), or None."""
    matches = find_money(value, limit=2)
    if len(matches) != 1:
        return None
    return matches[0]


def format_amount(amount: Decimal) -> str:
    """Decimal string with two decimals, as the claim contract writes money."""
    return str(amount.quantize(CENT))
