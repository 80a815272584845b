"""Calendar arithmetic for legal periods: years added to a date, the end of a year, and the
move of a period's last day past weekends and public holidays where a rule of law says so.

Public-holiday calendars come from the ``holidays`` package and are cached per
(country, subdivision, year): building one costs milliseconds, reading it microseconds.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

ONE_DAY = timedelta(days=1)


def add_years(start: date, years: int) -> date:
    """The same day ``years`` later; a 29 February lands on the last day of February (the
    "last day of the month" rule: § 188(3) BGB, Article 641 CPC for procedural periods)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return date(start.year + years, 2, 28)


def end_of_year(year: int) -> date:
    return date(year, 12, 31)


@lru_cache(maxsize=256)
def _holiday_dates(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, subdiv=subdivision, years=year))


def holiday_calendar(country: str, subdivision: str | None, year: int) -> tuple[frozenset, bool]:
    """The public holidays of ``country`` (and ``subdivision`` where the package knows it)
    in ``year``, and whether the subdivision was used."""
    if subdivision:
        try:
            return _holiday_dates(country, subdivision, year), True
        except NotImplementedError:
            pass
    return _holiday_dates(country, None, year), False


def next_working_day(
    day: date, country: str, subdivision: str | None
) -> tuple[date, list[str], bool]:
    """``day``, or the next day that is neither a Saturday, a Sunday nor a public holiday;
    with the names of the days skipped (ISO dates) and whether the subdivision was known."""
    skipped: list[str] = []
    used_subdivision = subdivision is None
    while True:
        calendar, known = holiday_calendar(country, subdivision, day.year)
        used_subdivision = used_subdivision or known
        if day.weekday() < 5 and day not in calendar:
            return day, skipped, used_subdivision
        skipped.append(day.isoformat())
        day += ONE_DAY


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the last day of that month when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, min(start.day, day))
        except ValueError:
            continue
    raise ValueError(f"no date {months} months after {start}")  # unreachable
