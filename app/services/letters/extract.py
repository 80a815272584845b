"""Reads a normalised letter into a claim draft: the order of the steps and the choices."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from app.schemas.letters import LetterParse

from . import facts, threats
from .agencies import detect_agency
from .amounts import BREAKDOWN_KIND, Candidate, classify, decide
from .dates import (
    DateMatch,
    RelativeDeadline,
    find_dates,
    find_relative_deadlines,
    resolve_deadline,
)
from .draft import Draft, money_dict
from .language import detect_language
from .numbers import MoneyMatch, find_money
from .parties import PartyChoice, find_parties
from .text import LetterText, line_bounds, sentence_after, sentence_before, word_matches

_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche),? "
)
_DATE_LABEL = re.compile(
    r"(?:date|datum|dated|letter date|le|fait le|sent|gesendet|envoyé|date d'envoi)"
    rf"[ \t]{{0,3}}:?[ \t]{{0,3}}(?:{_WEEKDAY})?(?:le |den )?"
)
_PLACE_BEFORE_DATE = re.compile(
    rf"[a-zäöüßàâçéèêëîïôûù .'-]{{2,40}}, (?:den |le |am |the )?(?:{_WEEKDAY})?(?:le |den )?"
)
_WEEKDAY_ALONE = re.compile(_WEEKDAY)
_DEADLINE_BEFORE = re.compile(
    r"(?:no later than|not later than|on or before|(?<![a-z])by|until|before|deadline|due date"
    r"|due by|due on|respond by|bis(?: spätestens)?(?: zum| am)?|spätestens(?: bis)?(?: zum| am)?"
    r"|frist(?:setzung|ende)?(?: bis)?(?: zum| am)?|avant le|au plus tard(?: le)?|d'ici (?:le|au)"
    r"|jusqu'au|date limite|échéance|within (?:a|one|two|\d{1,2}) (?:days?|weeks?) \()"
    r"[ \t]{0,3}:?[ \t]{0,3}(?:the |den |dem |le )?$"
)
_DEADLINE_MASKED = re.compile(
    r"(?:no later than|on or before| by|until|bis(?: zum| spätestens)?|avant le"
    r"|jusqu'au|au plus tard le|deadline:?|frist:?)[ \t]{1,3}"
    r"(?:\[#{1,40}\]|\*{2,20}|x{2,10}[\w./-]{0,10})"
)
_DETECTION = re.compile(
    r"detected|discovered|found|identified|captured|informed|observed|spotted|festgestellt"
    r"|entdeckt|gefunden|dokumentiert|constaté|détecté|relevé|repéré|detection|discovery"
    r"|funddatum|fundzeitpunkt|first seen|screenshot taken|capture date|crawl"
)
_UNIT_WORDS = {"days": "days", "working_days": "working days", "weeks": "weeks",
               "months": "months"}  # fmt: skip


def analyse(
    doc: LetterText,
    *,
    sender_host: str | None = None,
    email: dict[str, str] | None = None,
) -> LetterParse:
    draft = Draft(doc)
    if doc.truncated:
        draft.warn(
            "text_truncated",
            f"The text is {len(doc.text)} characters long; only the first {len(doc.scan)} "
            "were read.",
        )
    language, language_confidence = detect_language(doc.scan[doc.body_start :])
    links = facts.find_links(doc)
    rights, photographer = find_parties(doc)
    agency = detect_agency(doc, links.hosts, sender_host, rights.spans)

    draft.set("/letter/agency", agency.agency, agency.span, agency.confidence)
    if agency.inferred:
        draft.warn(
            "agency_inferred",
            f"The sender is not named; '{agency.agency}' was inferred from its template.",
            "/letter/agency",
            agency.span,
        )
    if agency.agency == "other" and not agency.evidence:
        draft.warn("unknown_agency", "The letter does not say who sent it.", "/letter/agency")
    if agency.name:
        draft.set("/letter/agency_name", agency.name, agency.name_span, agency.confidence)
    _party(draft, "/letter/rights_holder", "rights holder", rights)
    _party(draft, "/letter/photographer", "photographer", photographer)
    _reference(draft, doc, agency.agency)
    if language:
        draft.set("/letter/language", language, None, language_confidence)

    dates = find_dates(doc.low, language)
    letter_date = _letter_date(draft, doc, dates)
    if letter_date is None:
        letter_date = _letter_date_with_period(draft, doc)
    _deadline(draft, doc, dates, letter_date, country=_sender_country(doc, language),
              email_date=_email_date(email))  # fmt: skip
    money = find_money(doc.scan)
    _amounts(draft, doc, money)
    _threats_and_law(draft, doc, money)
    _evidence(draft, doc)
    if links.page_url:
        url, start, end = links.page_url
        draft.set("/use/page_url", url, (start, end), 0.8)
    elif links.masked_use:
        draft.redacted("/use/page_url", "address of the page of use", links.masked_use)
    _detected_on(draft, doc, dates)

    extras = draft.extras
    extras["agency_evidence"] = agency.evidence
    for name in ("use_urls", "portal_urls", "payment_urls", "agency_urls", "other_urls",
                 "emails"):  # fmt: skip
        values = getattr(links, name)
        if values:
            extras[name] = values
    extras.update(threats.find_flags(doc, [(m.start, m.end) for m in money]))
    if email:
        extras["email"] = email
    return LetterParse(
        claim=draft.claim(),
        fields=draft.fields,
        alternatives=draft.alternatives,
        warnings=draft.warnings,
        language=language,
        text=doc.text,
        extras=extras,
    )


def _party(draft: Draft, pointer: str, what: str, choice: PartyChoice) -> None:
    if choice.chosen and choice.chosen.value:
        mention = choice.chosen
        draft.set(pointer, mention.value, (mention.start, mention.end), mention.confidence)
        if choice.others:
            draft.extras[f"{pointer.rsplit('/', 1)[1]}_candidates"] = choice.others
    elif choice.masked:
        draft.redacted(pointer, what, (choice.masked.start, choice.masked.end))


def _reference(draft: Draft, doc: LetterText, agency: str) -> None:
    found = facts.find_references(doc)
    images = [r for r in found if r.priority == facts.IMAGE_LABEL_PRIORITY and not r.masked]
    if images:
        draft.extras["image_ids"] = [
            {"label": r.label_text, "value": r.value} for r in _unique(images)
        ]
    usable = [
        r for r in found if r.priority > facts.IMAGE_LABEL_PRIORITY or agency == "imagerights"
    ]
    named = [r for r in usable if not r.masked]
    if named:
        top = max(r.priority for r in named)
        best = [r for r in named if r.priority == top]
        chosen = best[0]
        confidence = 0.9 if top >= 6 else 0.7
        draft.set("/letter/reference", chosen.value, (chosen.start, chosen.end), confidence)
        others = [r.value for r in _unique(named) if r.value != chosen.value]
        if len({r.value for r in best}) > 1:
            draft.warn(
                "contradictory_values",
                "The letter gives more than one case reference; the first one was taken.",
                "/letter/reference",
                (chosen.start, chosen.end),
            )
        if others:
            draft.extras["other_references"] = others
    elif usable:
        masked = usable[0]
        draft.redacted("/letter/reference", "case reference", (masked.start, masked.end))


def _unique(items: list[facts.Labelled]) -> list[facts.Labelled]:
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.value not in seen:
            seen.add(item.value)
            kept.append(item)
    return kept


def _letter_date(draft: Draft, doc: LetterText, dates: list[DateMatch]) -> date | None:
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
    if ranked:
        rank, _, best = min(ranked, key=lambda r: (r[0], r[1]))
        draft.set("/letter/letter_date", best.value.isoformat(), (best.start, best.end),
                  (0.95, 0.9, 0.8)[rank])  # fmt: skip
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


def _deadline(
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
        if _DEADLINE_BEFORE.search(doc.low[max(0, item.start - 45) : item.start]):
            absolute.append(item)
    masked = word_matches(_DEADLINE_MASKED, doc.low, 1)
    if masked:
        draft.redacted("/letter/deadline", "deadline", masked[0].span())
    if absolute:
        best = min(absolute, key=lambda d: d.value)
        draft.set("/letter/deadline", best.value.isoformat(), (best.start, best.end), 0.9)
        draft.extras["deadline_text"] = _phrase(doc, best.start, best.end)
        return
    relative = [r for r in find_relative_deadlines(doc.low) if r.start >= doc.body_start]
    if not relative:
        return
    period = relative[0]
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
    deadline = resolve_deadline(anchor, period.count, period.unit, country)
    rule = f"{period.count} {_UNIT_WORDS[period.unit]} from the {origin} {anchor.isoformat()}"
    if period.unit == "working_days":
        rule += (
            f" (Saturdays, Sundays and public holidays in {country} skipped)"
            if country
            else " (Saturdays and Sundays skipped; the sender's country is not known, so "
            "public holidays were not counted)"
        )
    draft.set("/letter/deadline", deadline.isoformat(), span, confidence, rule)
    draft.warn(
        "deadline_resolved",
        f"Deadline computed as {rule}: {deadline.isoformat()}.",
        "/letter/deadline",
        span,
    )


def _letter_date_with_period(draft: Draft, doc: LetterText) -> date | None:
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


def _sender_country(doc: LetterText, language: str | None) -> str | None:
    """The country whose public holidays a working-day period skips: the law the letter
    asserts, else the country of its language where that is one country (not English)."""
    law = threats.find_asserted_law(doc)
    if law:
        return law[0]
    return _LANGUAGE_COUNTRY.get(language or "")


def _email_date(email: dict[str, str] | None) -> date | None:
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
    if period.anchor == "email" and email_date is not None:
        return email_date, "e-mail's Date header", 0.9
    if letter is None:
        return None, "", 0.0
    origin = _letter_date_origin(draft, doc)
    return letter, origin, 0.9 if period.anchor in ("letter", "email") else 0.8


def _letter_date_origin(draft: Draft, doc: LetterText) -> str:
    source = next(f for f in draft.fields if f.pointer == "/letter/letter_date")
    in_header = source.start is not None and source.start < doc.body_start
    return "e-mail's Date header" if in_header else "letter date"


def _phrase(doc: LetterText, start: int, end: int) -> str:
    return threats.around(doc, start, end)[:300]


def _amounts(draft: Draft, doc: LetterText, money: list[MoneyMatch]) -> None:
    candidates = classify(doc, money)
    decision = decide(doc, candidates)
    pointer = "/letter/amount_demanded"
    if decision.demand:
        money = decision.demand.money
        draft.set(pointer, money_dict(money), (money.start, money.end), decision.demand_confidence)
    elif decision.computed:
        summed, currency = decision.computed
        draft.set(pointer, {"amount": str(summed), "currency": currency}, None,
                  decision.demand_confidence)  # fmt: skip
    elif decision.masked_demand:
        draft.redacted(pointer, "amount demanded", decision.masked_demand)
    if len(decision.breakdown) >= 2:
        items = []
        for index, part in enumerate(decision.breakdown):
            items.append({"kind": BREAKDOWN_KIND[part.role], "amount": money_dict(part.money)})
            draft.source(f"/letter/breakdown/{index}", (part.money.start, part.money.end), 0.85)
        draft.values["/letter/breakdown"] = items
    if decision.licence_offer:
        money = decision.licence_offer.money
        draft.set("/letter/licence_offer", money_dict(money), (money.start, money.end), 0.85)
    for choice in decision.choices:
        draft.alternative(pointer, choice.candidate.label, choice.candidate.money, choice.chosen,
                          choice.reason)  # fmt: skip
    for code, warn_pointer, message, span in decision.warnings:
        draft.warn(code, message, warn_pointer, span)
    if candidates:
        draft.extras["amounts_found"] = [_amount_extra(doc, c) for c in candidates[:30]]


def _amount_extra(doc: LetterText, candidate: Candidate) -> dict[str, Any]:
    money = candidate.money
    return {
        "role": candidate.role,
        "amount": None if money.amount is None else str(money.amount),
        "currency": money.currency,
        "excerpt": doc.text[money.start : money.end],
    }


def _threats_and_law(draft: Draft, doc: LetterText, money: list[MoneyMatch]) -> None:
    found_threats = threats.find_threats(doc)
    statutory = [m for m in money if _in_statutory_sentence(doc, m.start)]
    listed = []
    for threat in found_threats[:12]:
        entry: dict[str, Any] = {
            "kind": threat.kind,
            "excerpt": threats.around(doc, threat.start, threat.end)[:300],
            "start": threat.start,
            "end": threat.end,
        }
        if threat.kind == "statutory_damages" and statutory:
            entry["amount"] = money_dict(statutory[0])
        listed.append(entry)
    if listed:
        draft.extras["threats"] = listed
    litigation = next((t for t in found_threats if t.kind in threats.LITIGATION_KINDS), None)
    refused = threats.says_no_litigation(doc)
    if refused:
        draft.set("/letter/threatens_litigation", False, refused, 0.85)
    elif litigation:
        draft.set("/letter/threatens_litigation", True, (litigation.start, litigation.end), 0.85)
    law = threats.find_asserted_law(doc)
    if law:
        country, start, end, counts = law
        draft.set("/letter/asserted_law", country, (start, end), 0.85 if len(counts) == 1 else 0.6)
        if len(counts) > 1:
            draft.extras["asserted_law_mentions"] = dict(counts)
    undertaking = threats.find_undertaking(doc)
    if undertaking:
        value, start, end = undertaking
        draft.set("/letter/undertaking_demanded", value, (start, end), 0.85)


def _in_statutory_sentence(doc: LetterText, start: int) -> bool:
    sentence = sentence_before(doc.low, start, 120) + sentence_after(doc.low, start, 80)
    return "statutory damages" in sentence and start > 0


def _evidence(draft: Draft, doc: LetterText) -> None:
    found = threats.find_evidence(doc)
    if found:
        draft.set("/letter/evidence_of_use", [kind for kind, _, _ in found], None, 0.8)
        for index, (_, start, end) in enumerate(found):
            draft.source(f"/letter/evidence_of_use/{index}", (start, end), 0.8)


def _detected_on(draft: Draft, doc: LetterText, dates: list[DateMatch]) -> None:
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
