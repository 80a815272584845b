"""The letter's dates: its own date, the deadline (absolute, or a period counted from the
date it names), and when the use was detected."""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

from . import threats
from .dates import DateMatch, find_dates_without_year
from .draft import Draft
from .lexicon import alternation, everything, lexicons
from .periods import RelativeDeadline, find_relative_deadlines, resolve_deadline
from .text import LetterText, line_bounds, sentence_after, sentence_before, word_matches

_WEEKDAYS = [names for lexicon in lexicons() for names in lexicon.weekdays]
_WEEKDAY = rf"(?:{alternation(name for names in _WEEKDAYS for name in names)}),? "
_DATE_LABEL = re.compile(
    rf"(?:{alternation(everything('date_labels'))})"
    rf"[ \t]{{0,3}}:?[ \t]{{0,3}}(?:{_WEEKDAY})?(?:le |den )?"
)
_PLACE_BEFORE_DATE = re.compile(
    rf"(?:[a-z0-9äöüßàâçéèêëîïôûù .'/&-]{{2,40}}, ){{1,2}}(?:den |le |am |the )?(?:{_WEEKDAY})?"
    rf"(?:le |den )?"
)
_WEEKDAY_ALONE = re.compile(_WEEKDAY)
_FIELD_SEPARATOR = re.compile(r"\s[·|•]\s")
# A short word ("by") must start a word; a longer one may end one ("Antwortfrist:").
_SHORT = [w for w in everything("deadline_before") if len(w) <= 2]
_LONG = [w for w in everything("deadline_before") if len(w) > 2]
_DEADLINE_WORDS = rf"(?:(?<![a-z])(?:{alternation(_SHORT)})|{alternation(_LONG)})"
_TIME_OF_DAY = rf"(?:{alternation(everything('time_of_day'))}|\d{{1,2}}(?:[:.]\d{{2}})? ?(?:am|pm|a\.m\.|p\.m\.|uhr|h))"
_DEADLINE_BEFORE = re.compile(
    rf"(?:{_DEADLINE_WORDS}|within (?:a|one|two|\d{{1,2}}) (?:days?|weeks?) \()"
    rf"[ \t]{{0,3}}:?[ \t]{{0,3}}(?:{_TIME_OF_DAY} (?:on |am |le )?)?"
    rf"(?:{_WEEKDAY})?(?:the |den |dem |le )?$"
)
_SPACES = re.compile(r"\s+")
# "by close of business on Friday", "bis kommenden Freitag", "avant vendredi prochain": a
# weekday named alone (no date after it) as the deadline.
_DAY_NUMBER = {names[0]: number % 7 for number, names in enumerate(_WEEKDAYS)}
_NEXT_WEEKDAY = alternation(everything("next_weekday"))
_BY_WEEKDAY = re.compile(
    rf"{_DEADLINE_WORDS} (?:{_TIME_OF_DAY} (?:on )?)?(?:(?:the|le|den) )?(?:(?:{_NEXT_WEEKDAY}) )?"
    rf"(?P<day>{alternation(_DAY_NUMBER)})(?![\w])(?:,? (?:{_NEXT_WEEKDAY})(?![\w]))?"
    r"(?!,? (?:the |den |le |am )?\d)"
)


def _deadline_before(doc: LetterText, start: int) -> bool:
    """A deadline's words stand right before the date, however the layout spaces them ("bis
    zum" and the date set apart on its own line)."""
    return bool(_DEADLINE_BEFORE.search(_SPACES.sub(" ", doc.flat[max(0, start - 90) : start])))


_DEADLINE_MASKED = re.compile(
    r"(?:no later than|on or before| by|until|bis(?: zum| spätestens)?|avant le"
    r"|jusqu'au|au plus tard le|deadline:?|frist:?)[ \t]{1,3}"
    r"(?:\[#{1,40}\]|\*{2,20}|x{2,10}[\w./-]{0,10})"
)
_DETECTION = re.compile(alternation(everything("detection_words")))
_EARLY_PAYMENT = re.compile(
    rf"(?<![a-zà-ÿ])(?:{alternation(everything('early_payment'))})(?![a-zäöüß])"
)
_UNIT_WORDS = {"days": "days", "working_days": "working days", "weeks": "weeks",
               "months": "months"}  # fmt: skip


def letter_date(draft: Draft, doc: LetterText, dates: list[DateMatch]) -> date | None:
    ranked: list[tuple[int, int, DateMatch]] = []
    for item in dates:
        if item.start < doc.body_start:
            continue
        line_start, line_end = line_bounds(doc.low, item.start)
        before = doc.low[line_start : item.start].strip()
        after = doc.low[item.end : line_end].strip(" .,")
        if after:
            continue
        if before and _DATE_LABEL.fullmatch(before + " "):
            ranked.append((0, item.start, item))
        elif before and _PLACE_BEFORE_DATE.fullmatch(before + " "):
            ranked.append((1, item.start, item))
        elif not before or _WEEKDAY_ALONE.fullmatch(before + " "):
            ranked.append((2, item.start, item))
        elif _PLACE_BEFORE_DATE.fullmatch(_FIELD_SEPARATOR.split(before)[-1] + " "):
            # A footer or letterhead line of fields: "... · HRB 123456 · Hamburg, 12.11.2026".
            ranked.append((3, item.start, item))
    if ranked:
        rank, _, best = min(ranked, key=lambda r: (r[0], r[1]))
        draft.set("/letter/letter_date", best.value.isoformat(), (best.start, best.end),
                  (0.95, 0.9, 0.8, 0.7)[rank])  # fmt: skip
        if best.ambiguous:
            draft.warn(
                "ambiguous_date",
                "The letter date could be read month-first or day-first.",
                "/letter/letter_date",
                (best.start, best.end),
            )
        return best.value
    header = [d for d in dates if d.start < doc.body_start]
    for item in header:
        line_start, _ = line_bounds(doc.low, item.start)
        if doc.low.startswith("date:", line_start):
            draft.set("/letter/letter_date", item.value.isoformat(), (item.start, item.end), 0.7)
            return item.value
    return None


def deadline(
    draft: Draft,
    doc: LetterText,
    dates: list[DateMatch],
    letter: date | None,
    *,
    country: str | None,
    email_date: date | None,
) -> None:
    absolute = []
    for item in dates:
        if item.start < doc.body_start or (letter and item.value <= letter):
            continue
        if _deadline_before(doc, item.start):
            absolute.append(item)
    ordinary = [d for d in absolute if not _early_payment(doc, d.start, d.end)]
    if not ordinary and letter:
        ordinary = [
            item
            for item in find_dates_without_year(doc.low, letter)
            if item.start >= doc.body_start
            and _deadline_before(doc, item.start)
            and not _early_payment(doc, item.start, item.end)
        ]
    masked = word_matches(_DEADLINE_MASKED, doc.low, 1)
    if masked:
        draft.redacted("/letter/deadline", "deadline", masked[0].span())
    if ordinary:
        _absolute_deadline(draft, doc, ordinary)
        return
    relative = [r for r in find_relative_deadlines(doc.low) if r.start >= doc.body_start]
    # An early-payment date or period ("bei Zahlung bis zum 1. Dezember gewähren wir einen
    # Nachlass", "if paid within seven days, the amount is reduced") is not the deadline
    # while the letter gives another; alone, it is the only term the letter sets (a
    # discounted offer "if paid within 14 days").
    plain = [r for r in relative if not _early_payment(doc, r.start, r.end)]
    if plain:
        period = plain[0]
    elif _weekday_deadline(draft, doc, letter):
        return
    elif absolute:
        _absolute_deadline(draft, doc, absolute)
        return
    elif relative:
        period = relative[0]
    else:
        return
    span = (period.start, period.phrase_end)
    phrase = doc.text[period.start : period.end]
    draft.extras["deadline_text"] = _phrase(doc, period.start, period.end)
    if period.anchor == "receipt":
        draft.warn(
            "deadline_unresolved",
            f"The letter gives a period ('{phrase}') counted from receipt, and the date of "
            "receipt is not known; the deadline was left out.",
            "/letter/deadline",
            span,
        )
        return
    anchor, origin, confidence = _deadline_anchor(draft, doc, period, letter, email_date)
    if anchor is None:
        draft.warn(
            "deadline_unresolved",
            f"The letter gives a period ('{phrase}') but no date to count it from; "
            "the deadline was left out.",
            "/letter/deadline",
            span,
        )
        return
    due = resolve_deadline(anchor, period.count, period.unit, country)
    rule = f"{period.count} {_UNIT_WORDS[period.unit]} from the {origin} {anchor.isoformat()}"
    if period.unit == "working_days":
        rule += (
            f" (Saturdays, Sundays and public holidays in {country} skipped)"
            if country
            else " (Saturdays and Sundays skipped; the sender's country is not known, so "
            "public holidays were not counted)"
        )
    draft.set("/letter/deadline", due.isoformat(), span, confidence, rule)
    draft.warn(
        "deadline_resolved",
        f"Deadline computed as {rule}: {due.isoformat()}.",
        "/letter/deadline",
        span,
    )


def _absolute_deadline(draft: Draft, doc: LetterText, dates: list[DateMatch]) -> None:
    best = min(dates, key=lambda d: d.value)
    draft.set("/letter/deadline", best.value.isoformat(), (best.start, best.end), 0.9)
    draft.extras["deadline_text"] = _phrase(doc, best.start, best.end)


def _weekday_deadline(draft: Draft, doc: LetterText, letter: date | None) -> bool:
    """A deadline given as a weekday alone ("by Friday"): the first such day after the
    letter date."""
    if letter is None:
        return False
    for match in word_matches(_BY_WEEKDAY, doc.flat, 5):
        if match.start() < doc.body_start or _early_payment(doc, match.start(), match.end()):
            continue
        ahead = (_DAY_NUMBER[match.group("day")] - letter.weekday() - 1) % 7 + 1
        due = letter + timedelta(days=ahead)
        span = (match.start("day"), match.end("day"))
        rule = f"the first {match.group('day')} after the letter date {letter.isoformat()}"
        draft.set("/letter/deadline", due.isoformat(), span, 0.8, rule)
        draft.extras["deadline_text"] = _phrase(doc, *span)
        return True
    return False


def _early_payment(doc: LetterText, start: int, end: int) -> bool:
    """The date or period is that of an early-payment discount ("if you settle within 7
    days, we can apply a discount", "bei Zahlung binnen 7 Tagen reduziert sich der
    Betrag"), not the deadline of the demand."""
    sentence = sentence_before(doc.flat, start, 160) + " " + sentence_after(doc.flat, end, 160)
    return bool(_EARLY_PAYMENT.search(sentence))


def letter_date_with_period(draft: Draft, doc: LetterText) -> date | None:
    """ "sous 14 jours à compter du présent courrier, daté du 4 novembre 2026": the letter
    states its own date in the period's sentence."""
    for period in find_relative_deadlines(doc.low, limit=5):
        stated = period.anchor_date
        if stated is not None and period.start >= doc.body_start:
            draft.set("/letter/letter_date", stated.value.isoformat(), (stated.start, stated.end),
                      0.9, "the date the letter gives itself in its deadline sentence")  # fmt: skip
            return stated.value
    return None


_LANGUAGE_COUNTRY = {"fr": "FR", "de": "DE"}
# Where agencies that write from one country are established.
_AGENCY_COUNTRY = {"copytrack": "DE", "lapixa": "DE", "higbee": "US", "imagerights": "US",
                   "permission_machine": "GB", "copyright_agent": "DK"}  # fmt: skip


def sender_country(doc: LetterText, language: str | None, agency: str) -> str | None:
    """The country whose public holidays a working-day period skips: the law the letter
    asserts, else the agency's country, else the country of its language where that is
    one country (not English)."""
    law = threats.find_asserted_law(doc)
    if law:
        return law[0]
    return _AGENCY_COUNTRY.get(agency) or _LANGUAGE_COUNTRY.get(language or "")


def email_date(email: dict[str, str] | None) -> date | None:
    if not email or "date" not in email:
        return None
    try:
        return parsedate_to_datetime(email["date"]).date()
    except (TypeError, ValueError, IndexError):
        return None


def _deadline_anchor(
    draft: Draft,
    doc: LetterText,
    period: RelativeDeadline,
    letter: date | None,
    email_date: date | None,
) -> tuple[date | None, str, float]:
    """The date a period is counted from, what it is, and how sure the count is."""
    named = {"letter": "letter date", "email": "e-mail's date", "unstated": "letter date"}
    if period.anchor_date is not None:
        origin = f"{named[period.anchor]} stated with the period"
        return period.anchor_date.value, origin, 0.92
    if period.anchor == "email" and letter is not None and _forwarded(doc):
        return letter, "forwarded e-mail's date", 0.85
    if period.anchor == "email" and email_date is not None:
        return email_date, "e-mail's Date header", 0.9
    if letter is None:
        return None, "", 0.0
    origin = _letter_date_origin(draft, doc)
    return letter, origin, 0.9 if period.anchor in ("letter", "email") else 0.8


_FORWARDED = re.compile(
    rf"{alternation(everything('forwarded_markers'))}"
    r"|\n(?:from|von|de) ?: [^\n]{3,120}\n(?:date|sent|gesendet|envoyé|datum) ?:"
)


def _forwarded(doc: LetterText) -> bool:
    """The body quotes or forwards the sender's e-mail, whose own date the body gives: "this
    e-mail" is that message, not the one that forwarded it."""
    return bool(_FORWARDED.search(doc.low, doc.body_start))


def _letter_date_origin(draft: Draft, doc: LetterText) -> str:
    source = next(f for f in draft.fields if f.pointer == "/letter/letter_date")
    in_header = source.start is not None and source.start < doc.body_start
    return "e-mail's Date header" if in_header else "letter date"


def _phrase(doc: LetterText, start: int, end: int) -> str:
    return threats.around(doc, start, end)[:300]


def detected_on(draft: Draft, doc: LetterText, dates: list[DateMatch]) -> None:
    taken = {draft.values.get("/letter/letter_date"), draft.values.get("/letter/deadline")}
    found = []
    for item in dates:
        if item.start < doc.body_start or item.value.isoformat() in taken:
            continue
        before = sentence_before(doc.low, item.start, 120)
        after = sentence_after(doc.low, item.end, 120)
        if _DETECTION.search(before) or _DETECTION.search(after):
            found.append(item)
    if found:
        best = min(found, key=lambda d: (d.value, d.ambiguous))
        draft.set("/use/detected_on", best.value.isoformat(), (best.start, best.end), 0.8)
        if best.ambiguous:
            draft.warn(
                "ambiguous_date",
                "The detection date could be read month-first or day-first.",
                "/use/detected_on",
                (best.start, best.end),
            )
