"""Dates and relative deadlines in English, German and French.

All patterns run on the lower-cased view. Supported: `January 7, 2025`, `22 September, 2017`,
`13th November 2023`, `7. Januar 2025`, `1er janvier 2025`, `01.01.2026`,
`8/12/2014 8:20:16 PM`, `August 12, 2014 10:59:21 AM MST`, `2025-01-07`.
Relative: `within 14 days`, `innerhalb von 7 Tagen`, `12 Arbeitstage`, `délai de 14 jours`,
`within a week`, `sous huitaine`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

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

_MONTH_FIRST = re.compile(
    rf"(?<![a-zà-ÿ])(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? "
    rf"(?P<year>\d{{4}})(?!\d){_TIME}"
)
_DAY_FIRST = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)? ?(?:of |de )?(?P<month>{_MONTH})"
    rf"(?![a-zà-ÿ])\.?,? (?P<year>\d{{4}})(?!\d){_TIME}"
)
_NUMERIC = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    rf"(?![\d]|[./]\d){_TIME}"
)
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d])")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: date
    ambiguous: bool = False


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


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
            month = match.group("month")
            number = MONTHS[month] if month in MONTHS else int(month)
            value = _make(int(match.group("year")), number, int(match.group("day")))
            if value:
                found.append(DateMatch(match.start(), match.end(), value))
    for count, match in enumerate(_NUMERIC.finditer(low)):
        if count >= limit:
            break
        first, second = int(match.group("a")), int(match.group("b"))
        year = int(match.group("year"))
        ambiguous = False
        if match.group("sep") == "." or first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        else:
            month_first = language == "en"
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


def parse_date(value: str, language: str | None = None) -> date | None:
    """The first date written in `value`, or None."""
    dates = find_dates(value.lower(), language, limit=2)
    return dates[0].value if dates else None


# --- relative deadlines ---------------------------------------------------------------

Unit = Literal["days", "working_days", "weeks", "months"]

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "twenty-one": 21, "thirty": 30,
    "ein": 1, "einer": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "einundzwanzig": 21,
    "dreißig": 30, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "quatorze": 14, "quinze": 15, "vingt": 20, "trente": 30,
}  # fmt: skip
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COUNT = rf"(?P<count>\d{{1,3}}|{_NUMBER})(?: \(\d{{1,3}}\))?"

_UNIT_WORDS: dict[str, Unit] = {
    "day": "days", "days": "days", "calendar days": "days", "business days": "working_days",
    "working days": "working_days", "work days": "working_days", "week": "weeks",
    "weeks": "weeks", "month": "months", "months": "months",
    "tag": "days", "tage": "days", "tagen": "days", "kalendertage": "days",
    "kalendertagen": "days", "werktage": "working_days", "werktagen": "working_days",
    "arbeitstage": "working_days", "arbeitstagen": "working_days",
    "woche": "weeks", "wochen": "weeks", "monat": "months", "monate": "months",
    "monaten": "months", "jour": "days", "jours": "days", "j": "days",
    "jours ouvrés": "working_days", "jours ouvrables": "working_days",
    "jours calendaires": "days", "semaine": "weeks", "semaines": "weeks", "mois": "months",
}  # fmt: skip
_UNIT = "|".join(sorted((re.escape(u) for u in _UNIT_WORDS), key=len, reverse=True))

_RELATIVE = re.compile(
    r"(?<![a-zà-ÿ])(?:"
    rf"(?:within|in the next|in the coming|no later than|not later than) (?:about |around "
    rf"|approximately |the next )?{_COUNT} (?P<unit_en>{_UNIT})(?![a-zà-ÿ])"
    rf"|(?:innerhalb|binnen) (?:von )?(?:nur )?{_COUNT} ?(?P<unit_de>{_UNIT})(?![a-zà-ÿ])"
    rf"|(?:frist von) {_COUNT} (?P<unit_de2>{_UNIT})(?![a-zà-ÿ])"
    rf"|(?:délai (?:de |d')|sous |dans les |d'ici |dans un délai de ){_COUNT} ?"
    rf"(?P<unit_fr>{_UNIT})(?![a-zà-ÿ])"
    rf"|(?P<fr_fixed>sous huitaine|sous quinzaine|dans la huitaine|dans la quinzaine)"
    rf"|{_COUNT} (?P<unit_bare>arbeitstage|arbeitstagen|werktage|werktagen|business days"
    rf"|working days|jours ouvrés|days from receipt|days of receipt|jours pour)(?![a-zà-ÿ])"
    r")"
)
_RECEIPT = re.compile(r"receipt|erhalt|zugang|réception|reception")


@dataclass(frozen=True)
class RelativeDeadline:
    start: int
    end: int
    count: int
    unit: Unit
    from_receipt: bool


def find_relative_deadlines(low: str, limit: int = 50) -> list[RelativeDeadline]:
    """Periods such as `within 14 days of the date of this letter`."""
    found: list[RelativeDeadline] = []
    for match in _RELATIVE.finditer(low):
        fixed = match.group("fr_fixed")
        if fixed:
            count, unit = (8 if "huit" in fixed else 15), "days"
        else:
            raw = match.group("count")
            count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            unit_text = next(
                match.group(g)
                for g in ("unit_en", "unit_de", "unit_de2", "unit_fr", "unit_bare")
                if match.group(g)
            )
            unit_text = unit_text.replace("days from receipt", "days").replace(
                "days of receipt", "days"
            )
            unit_text = unit_text.replace("jours pour", "jours")
            unit = _UNIT_WORDS.get(unit_text, "days")
        if count == 0 or count > 366:
            continue
        tail = low[match.end() : match.end() + 60]
        receipt = bool(_RECEIPT.search(match.group(0) + tail.split(".")[0]))
        found.append(RelativeDeadline(match.start(), match.end(), count, unit, receipt))
        if len(found) >= limit:
            break
    return found


def add_working_days(start: date, count: int) -> date:
    """`count` working days after `start`, skipping Saturdays and Sundays."""
    current = start
    added = 0
    while added < count:
        current += timedelta(days=1)
        if current.weekday() < 5:
            added += 1
    return current


def add_months(start: date, count: int) -> date:
    month_index = start.month - 1 + count
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def resolve_deadline(anchor: date, count: int, unit: Unit) -> date:
    """The date a period of `count` units counted from `anchor` ends."""
    if unit == "working_days":
        return add_working_days(anchor, count)
    if unit == "weeks":
        return anchor + timedelta(weeks=count)
    if unit == "months":
        return add_months(anchor, count)
    return anchor + timedelta(days=count)
