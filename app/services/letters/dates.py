"""Dates in English, German and French (periods such as `within 14 days` are `periods.py`'s).

All patterns run on the lower-cased view. Supported: `January 7, 2025`, `22 September, 2017`,
`13th November 2023`, `7. Januar 2025`, `1er janvier 2025`, `01.01.2026`,
`8/12/2014 8:20:16 PM`, `August 12, 2014 10:59:21 AM MST`, `2025-01-07`, and after a deadline
word a day and month without a year (`by 30 November`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from dateparser.date import DateDataParser

from .text import capped

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar jänner janvier janv",
        "february feb februar février fevrier févr fevr",
        "march mar märz maerz mär mars",
        "april apr avril avr",
        "may mai",
        "june jun juni juin",
        "july jul juli juillet juil",
        "august aug août aout",
        "september sep sept septembre",
        "october oct oktober okt octobre",
        "november nov novembre",
        "december dec dezember dez décembre decembre déc",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?:,? (?:at |um |à )?\d{1,2}[:h]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4}\b)?)?"

# A date may be wrapped across two lines ("by October 26,\n2026").
_MONTH_FIRST = re.compile(
    rf"(?P<month>{_MONTH})\.?[ \n](?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \n]"
    rf"(?P<year>\d{{4}})(?!\d){_TIME}"
)
_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?[ \n]?(?:of[ \n]|de[ \n])?(?P<month>{_MONTH})"
    rf"(?![a-zà-ÿ])\.?,?[ \n](?P<year>\d{{4}})(?!\d){_TIME}"
)
_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    rf"(?![\d]|[./]\d){_TIME}"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d])")


# A span shaped like a written date whose month word the table above does not hold ("4
# listopada 2026" once a language is added as a data file, "2 Weinmonat 2026"): dateparser
# reads it, restricted to the letter's language. Only such located spans reach it.
_WORD_DATE = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?[ \n](?:of[ \n]|de[ \n])?(?P<word>[a-zà-ÿ]{3,12})\.?,?"
    r"[ \n](?P<year>\d{4})(?!\d)"
)
_DATEPARSER_CALLS = 20


@cache
def _dateparser(language: str) -> DateDataParser:
    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["absolute-time"]}  # fmt: skip
    return DateDataParser(languages=[language], settings=settings)


def _read_with_dateparser(span: str, language: str) -> date | None:
    try:
        found = _dateparser(language).get_date_data(span).date_obj
    except (ValueError, TypeError, OverflowError):  # dateparser's own parse failures
        return None
    return _make(found.year, found.month, found.day) if found else None


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: date
    ambiguous: bool = False


def _make(year: int, month: int, day: int) -> date | None:
    """The date, or None when impossible or outside the years letters are written in."""
    if year < 100:
        year += 2000
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _starts_token(low: str, pos: int, word: bool) -> bool:
    """Patterns carry no leading look-behind (it would slow the scan): checked here."""
    if pos == 0:
        return True
    before = low[pos - 1]
    return not before.isalpha() if word else not (before.isdigit() or before in "./-")


def find_dates(low: str, language: str | None = None, limit: int = 400) -> list[DateMatch]:
    """Dates in the lower-cased text, longest match first where two overlap.

    Slashed numeric dates are month-first in English and day-first otherwise, unless one
    part is over 12; undecidable ones are flagged `ambiguous`.
    """
    found: list[DateMatch] = []
    for pattern in (_MONTH_FIRST, _DAY_FIRST, _ISO):
        for count, match in enumerate(pattern.finditer(low)):
            if count >= limit:
                break
            if not _starts_token(low, match.start(), pattern is _MONTH_FIRST):
                continue
            month = match.group("month")
            number = MONTHS[month] if month in MONTHS else int(month)
            value = _make(int(match.group("year")), number, int(match.group("day")))
            if value:
                found.append(DateMatch(match.start(), match.end(), value))
    if language:
        calls = 0
        for match in capped(_WORD_DATE.finditer(low), limit):
            if match.group("word") in MONTHS or not _starts_token(low, match.start(), False):
                continue
            calls += 1
            if calls > _DATEPARSER_CALLS:
                break
            value = _read_with_dateparser(match.group(0).replace("\n", " "), language)
            if value:
                found.append(DateMatch(match.start(), match.end(), value))
    numeric = [
        m for m in capped(_NUMERIC.finditer(low), limit) if _starts_token(low, m.start(), False)
    ]
    month_first = _month_first(low, numeric, language)
    for match in numeric:
        first, second = int(match.group("a")), int(match.group("b"))
        year = int(match.group("year"))
        ambiguous = False
        if match.group("sep") == "." or first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        else:
            day, month = (second, first) if month_first else (first, second)
            ambiguous = first != second
        value = _make(year, month, day)
        if value:
            found.append(DateMatch(match.start(), match.end(), value, ambiguous))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMatch] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


# Money of the countries that write the day first in English (the UK, Ireland, Australia...).
_DAY_FIRST_MONEY = re.compile(r"£|(?<![a-z])(?:gbp|eur|aud|nzd|a\$|€)(?![a-z])")


def _month_first(low: str, numeric: list[re.Match[str]], language: str | None) -> bool:
    """How the letter writes slashed dates: as one of them shows (a part over 12), else
    month first in English unless the letter's money is pounds, euros or Australian
    dollars (a British, Irish or Australian letter), else day first."""
    slashed = [(int(m.group("a")), int(m.group("b"))) for m in numeric if m.group("sep") == "/"]
    if any(a > 12 for a, _ in slashed):
        return False
    if any(b > 12 for _, b in slashed):
        return True
    return language == "en" and not _DAY_FIRST_MONEY.search(low)


# "by 30 November", "bis zum 30. November", "avant le 30 novembre": a date without its year,
# read only where a deadline is named, the year taken from the letter's date.
_DAY_MONTH = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?[ \n]?(?:of[ \n])?(?P<month>{_MONTH})(?![a-zà-ÿ])"
    rf"(?!\.?,?[ \n]\d{{4}})"
    rf"|(?P<month2>{_MONTH})\.?[ \n](?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d])(?!,?[ \n]\d{{4}})"
)


def find_dates_without_year(low: str, after: date, limit: int = 50) -> list[DateMatch]:
    """Day-and-month dates with no year, placed on or after `after` (the letter's date)."""
    found = []
    for match in capped(_DAY_MONTH.finditer(low), limit):
        if not _starts_token(low, match.start(), match.group("month2") is not None):
            continue
        month = MONTHS[match.group("month") or match.group("month2")]
        day = int(match.group("day") or match.group("day2"))
        value = _make(after.year, month, day)
        if value and value < after:
            value = _make(after.year + 1, month, day)
        if value:
            found.append(DateMatch(match.start(), match.end(), value))
    return found


def parse_date(value: str, language: str | None = None) -> date | None:
    """The first date written in `value`, or None."""
    dates = find_dates(value.lower(), language, limit=2)
    return dates[0].value if dates else None
