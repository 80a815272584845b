"""Relative deadlines: periods such as `within 14 days`, `innerhalb von 7 Tagen`,
`12 Arbeitstage`, `délai de 14 jours`, `within a week`, `sous huitaine`, with the date
they are counted from, and the date they end (working days without the public holidays of
the sender's country)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import holidays

from .dates import DateMatch, find_dates
from .lexicon import alternation, by_kind, everything, lexicons

Unit = Literal["days", "working_days", "weeks", "months"]

NUMBER_WORDS: dict[str, int] = {w: n for lx in lexicons() for w, n in lx.number_words}
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COUNT = rf"(?P<count>\d{{1,3}}|{_NUMBER})(?: \(\d{{1,3}}\))?"

_UNIT_WORDS: dict[str, Unit] = {
    word: unit  # type: ignore[misc]
    for unit, words in by_kind("period_units").items()
    for word in words
}
# A unit of two words may be wrapped between them ("within 10 business\ndays").
_UNIT = "|".join(
    sorted((re.escape(u).replace("\\ ", "[\\ \n]") for u in _UNIT_WORDS), key=len, reverse=True)
)
# "sous huitaine", "within a fortnight": a period in one phrase, in days.
_FIXED: dict[str, int] = {p: n for lx in lexicons() for p, n in lx.fixed_periods}

_NOT_LETTER = r"(?![a-zà-ÿ])"
_RELATIVE_PATTERNS = [
    re.compile(re.sub(r"(?<!\\) ", "[ \\n]", p))  # a period may be wrapped across lines
    for p in (
        rf"(?:within|in the next|in the coming|no later than|not later than) "
        rf"(?:about |around |approximately |the next )?{_COUNT} (?P<unit>{_UNIT}){_NOT_LETTER}",
        rf"(?:innerhalb|binnen|innert|in den nächsten|innerhalb der nächsten|in den kommenden"
        rf"|spätestens in|spätestens nach|within the next) (?:von )?(?:nur )?{_COUNT} ?(?P<unit>{_UNIT})"
        rf"{_NOT_LETTER}",
        rf"frist von {_COUNT} (?P<unit>{_UNIT}){_NOT_LETTER}",
        rf"(?:délai (?:de |d')|sous |dans les |d'ici ){_COUNT} ?"
        rf"(?P<unit>{_UNIT}){_NOT_LETTER}",
        rf"(?P<fixed>{'|'.join(sorted(_FIXED, key=len, reverse=True))})",  # words only
    )
]
# A count followed by one of these units is a period even without "within": the unit is
# searched first (a literal) and the count read just before it.
_BARE_UNITS = re.compile(
    (
        r"arbeitstagen?|werktagen?|business days|working days|jours ouvrés|days (?:from|of) receipt"
        r"|jours pour|days (?:after|from) (?:the date of|today|the date hereof)"
    ).replace(" ", "[ \n]")
)
_COUNT_BEFORE = re.compile(rf"(?<![\w]){_COUNT} $")
_RECEIPT = re.compile(r"receipt|erhalt|zugang|réception|reception")


Anchor = Literal["letter", "email", "receipt", "unstated"]
_ANCHOR_KEYS: dict[str, Anchor] = {"letter_date": "letter", "email_date": "email",
                                   "receipt": "receipt"}  # fmt: skip
_ANCHORS = [
    (re.compile(rf"(?:{alternation(phrases)})(?![a-zà-ÿ])"), _ANCHOR_KEYS[key])
    for key in _ANCHOR_KEYS
    for phrases in [[p for lx in lexicons() for p in lx.deadline_anchor.get(key, ())]]
    if phrases
]
_ANCHOR_DATE_WORDS = re.compile(
    rf"(?:{alternation(everything('anchor_date_words'))})[ \t]{{0,3}}:?[ \t]{{0,3}}(?:le |the )?$"
)


@dataclass(frozen=True)
class RelativeDeadline:
    start: int
    end: int
    count: int
    unit: Unit
    from_receipt: bool
    anchor: Anchor = "unstated"
    anchor_date: DateMatch | None = None  # the date the letter gives for the anchor

    @property
    def phrase_end(self) -> int:
        return max(self.end, self.anchor_date.end if self.anchor_date else 0)


_SENTENCE_STOP = re.compile(r"[.;!?](?=\s+\D|$)|\n\s*\n")


def _anchor(low: str, end: int) -> tuple[Anchor, DateMatch | None]:
    """What the period is counted from, read in the rest of its sentence, and the date the
    sentence gives for it ("à compter de la date du présent courrier, daté du 4 novembre
    2026", "of the date of this email (November 16, 2026)")."""
    tail = low[end : end + 160]
    stop = _SENTENCE_STOP.search(tail)
    sentence = tail[: stop.start()] if stop else tail
    anchor: Anchor = "unstated"
    first = None
    for pattern, kind in _ANCHORS:
        found = pattern.search(sentence)
        if found and (first is None or found.start() < first):
            anchor, first = kind, found.start()
    if anchor == "unstated" and _RECEIPT.search(sentence[:60]):
        anchor = "receipt"
    if anchor == "receipt":
        return anchor, None
    for item in find_dates(sentence, limit=4):
        before = sentence[: item.start]
        named = _ANCHOR_DATE_WORDS.search(before)
        bracketed = first is not None and before.endswith("(") and item.start - first < 90
        if named or bracketed:
            shifted = DateMatch(end + item.start, end + item.end, item.value, item.ambiguous)
            return (anchor if anchor != "unstated" else "letter"), shifted
    return anchor, None


def find_relative_deadlines(low: str, limit: int = 50) -> list[RelativeDeadline]:
    """Periods such as `within 14 days of the date of this letter`, with what they are
    counted from."""
    found: list[tuple[int, int, int, Unit]] = []
    for pattern in _RELATIVE_PATTERNS:
        for count, match in enumerate(pattern.finditer(low)):
            if count >= 4 * limit:
                break
            if match.start() and low[match.start() - 1].isalnum():
                continue
            if any(match.start() < f[1] and f[0] < match.end() for f in found):
                continue
            groups = match.groupdict()
            if groups.get("fixed"):
                count = _FIXED[" ".join(groups["fixed"].split())]
                unit = "days"
            else:
                raw = groups["count"]
                count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
                unit_text = " ".join(groups["unit"].split())
                for suffix in (" from receipt", " of receipt", " pour"):
                    unit_text = unit_text.replace(suffix, "")
                unit = _UNIT_WORDS.get(unit_text, "days")
            if count == 0 or count > 366:
                continue
            found.append((match.start(), match.end(), count, unit))
            if len(found) >= limit:
                break
    for count, match in enumerate(_BARE_UNITS.finditer(low)):
        if count >= 4 * limit or len(found) >= limit:
            break
        number = _COUNT_BEFORE.search(low, max(0, match.start() - 20), match.start())
        if not number or any(number.start() < f[1] and f[0] < match.end() for f in found):
            continue
        raw = number.group("count")
        unit_text = " ".join(low[match.start() : match.end()].split())
        calendar = "receipt" in unit_text or "pour" in unit_text or unit_text.startswith("days ")
        unit: Unit = "days" if calendar else "working_days"
        amount = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if 0 < amount <= 366:
            end = (
                number.start() + len(number.group(0).rstrip())
                if "receipt" in unit_text
                else match.end()
            )
            found.append((number.start(), max(end, match.end()), amount, unit))
    periods = []
    for start, end, count, unit in sorted(found)[:limit]:
        anchor, anchor_date = _anchor(low, end)
        periods.append(
            RelativeDeadline(start, end, count, unit, anchor == "receipt", anchor, anchor_date)
        )
    return periods


def add_working_days(start: date, count: int, country: str | None = None) -> date:
    """`count` working days after `start`, skipping Saturdays, Sundays and, when the
    country is known, its public holidays (the `holidays` package)."""
    closed = _holidays(country, start.year) if country else None
    current = start
    added = 0
    while added < count:
        current += timedelta(days=1)
        if current.weekday() < 5 and (closed is None or current not in closed):
            added += 1
    return current


def _holidays(country: str, year: int) -> holidays.HolidayBase | None:
    try:
        return holidays.country_holidays(country, years=range(year, year + 2))
    except NotImplementedError:
        return None


def add_months(start: date, count: int) -> date:
    month_index = start.month - 1 + count
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def resolve_deadline(anchor: date, count: int, unit: Unit, country: str | None = None) -> date:
    """The date a period of `count` units counted from `anchor` ends."""
    if unit == "working_days":
        return add_working_days(anchor, count, country)
    if unit == "weeks":
        return anchor + timedelta(weeks=count)
    if unit == "months":
        return add_months(anchor, count)
    return anchor + timedelta(days=count)
