"""Dates: the response deadline and the limitation of the claim under the applicable law,
provided as ``derived.dates`` for the limitation rules and the amount derivation.

- France: 5 years from the day the rights holder knew (art. 2224 C. civ.); where the
  infringement is a succession of distinct acts, each act has its own period (Cass. 1re
  civ., 3 Sept. 2025, n° 23-18.669), so a use within the five years before suit stays
  actionable; Cass. 1re civ., 15 Nov. 2023, n° 22-23.266 (one object exhibited
  continuously) is flagged as the contrary reading.
- Germany: 3 years from the end of the year of knowledge (§ 102 UrhG, §§ 195, 199 BGB), each
  day of use separately (BGH I ZR 148/13); then a residual enrichment claim for 10 years
  from each day (§ 852 BGB). A period ending on a Saturday, Sunday or public holiday ends
  on the next working day (§ 193 BGB, applied to limitation periods).
- England and Wales: 6 years from each act (Limitation Act 1980, s.2).
- United States: 3 years from discovery (17 U.S.C. § 507(b)); no separate damages cap for a
  timely claim (Nealy). A period in a statute ending on a weekend or legal holiday runs to
  the next day that is neither (FRCP 6(a)(1)(C)).

Each law's limitation function (``jurisdictions/<code>/limitation.py``), its period's
parameter and its rule on weekends and holidays are declared by its package under
``jurisdictions/``; this module only runs the one of the law in ``derived.law`` and holds
the helpers they share.

The knowledge date is ``use.detected_on``, the earliest date the claimant is known to have
known of the use; when it is unknown the limitation dates stay null and the basis says so.
No weekend shift is applied where no source in the rulebook says the law moves the date.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.rulebook import registry
from app.rulebook.calendar import add_years, next_working_day
from app.services.rules.display import date_text, days_text
from app.services.rules.parameters import ParameterError

NO_SHIFT = (
    " Le dernier jour du délai n'est pas reporté au premier jour ouvrable lorsqu'il tombe un "
    "samedi, un dimanche ou un jour férié : aucune source consultée ne prévoit ce report pour "
    "ce délai (point à vérifier).",
    " The last day of the period is not moved to the next working day when it falls on a "
    "weekend or public holiday: no source consulted provides for such a shift for this period "
    "(to be checked).",
)
READS = (
    "derived.law",
    "letter.letter_date",
    "letter.received_on",
    "letter.deadline",
    "letter.deadline_days",
    "use.detected_on",
    "use.first_used_on",
    "use.removed_on",
    "respondent.subdivision",
    "derived.today",
)
PARAMS: tuple[str, ...] = ()
"""Each jurisdiction adds the parameters its limitation function reads (``params["dates"]``)."""


def shift_last_day(day: date, j, subdivision: str | None) -> tuple[date, tuple[str, str]]:
    if j is None or j.deadline_shift is None:
        return day, NO_SHIFT
    moved, skipped, known = next_working_day(day, j.holiday_calendar or j.code, subdivision)
    rule_fr, rule_en = j.deadline_shift
    where_fr = (
        ""
        if known
        else " (jours fériés nationaux seulement, la région du client n'étant pas connue)"
    )
    where_en = "" if known else " (national holidays: subdivision unknown)"
    if not skipped:
        return day, (
            f" Le dernier jour est un jour ouvrable : pas de report ({rule_fr}){where_fr}.",
            f" A working day: no shift ({rule_en}){where_en}.",
        )
    return moved, (
        f" Le {date_text(day, 'fr')} étant un samedi, un dimanche ou un jour férié, le terme est "
        f"reporté au {date_text(moved, 'fr')} ({rule_fr}){where_fr}.",
        f" {date_text(day, 'en')} is a Saturday, Sunday or public holiday: moved to {date_text(moved, 'en')} ({rule_en}){where_en}.",
    )


def response_deadline(f, j, today: date) -> dict[str, Any]:
    deadline, days = f["letter.deadline"], f["letter.deadline_days"]
    letter_date, received = f["letter.letter_date"], f["letter.received_on"]
    own = (
        " Ce délai, choisi par le réclamant, n'est pas un délai légal.",
        " It is the claimant's own deadline, not a statutory one.",
    )
    if deadline is not None:
        day, basis = deadline, ("Date fixée par la lettre.", "Date set in the letter.")
    elif days is not None and (letter_date or received):
        start = letter_date or received
        day = start + timedelta(days=days)
        basis = (
            f"{days_text(days, 'fr')} à compter de la "
            f"{'date de la lettre' if letter_date else 'réception'}"
            f" ({date_text(start, 'fr')}).",
            f"{days_text(days, 'en')} from the "
            f"{'letter date' if letter_date else 'date of receipt'} "
            f"({date_text(start, 'en')}).",
        )
    else:
        why = (
            "La lettre fixe un délai courant de sa date ou de sa réception, mais ni l'une ni "
            "l'autre n'est connue."
            if days is not None
            else "La lettre ne fixe pas de délai.",
            "The letter sets a relative deadline but neither its date nor receipt is known."
            if days is not None
            else "The letter sets no deadline.",
        )
        return {
            "response_deadline": None,
            "response_deadline_past": None,
            "response_deadline_basis": {"fr": why[0], "en": why[1]},
        }
    day, shift = shift_last_day(day, j, f["respondent.subdivision"])
    return {
        "response_deadline": day,
        "response_deadline_past": day < today,
        "response_deadline_basis": {
            "fr": basis[0] + own[0] + shift[0],
            "en": basis[1] + own[1] + shift[1],
        },
    }


def _years(p, j) -> int | None:
    name = j.limitation_years if j is not None else None
    if name is None:
        return None
    try:
        return int(p[name])
    except ParameterError:
        return None


def count_days(first: date, last: date) -> int:
    return max((last - first).days + 1, 0)


def barred_before(cutoff: date, first: date, last: date) -> int:
    """Days of use from ``first`` to ``last`` that fall before ``cutoff``."""
    return count_days(first, min(last, cutoff - timedelta(days=1)))


@registry.derivation(
    name="dates", reads=READS, provides=["derived.dates"], params=PARAMS, context=True
)
def derive_dates(f, p, jurisdictions) -> dict[str, Any]:
    law = f["derived.law"]["country"]
    j = jurisdictions.get(law)
    today = f["derived.today"] or p.on
    out: dict[str, Any] = {"law": law, "today": today}
    out.update(response_deadline(f, j, today))
    out.update(limitation(f, p, law, j, today))
    return {"derived.dates": out}


def limitation(f, p, law: str, j, today: date) -> dict[str, Any]:
    out: dict[str, Any] = {
        "knowledge_date": f["use.detected_on"],
        "limitation_years": None,
        "limitation_expiry": None,
        "limitation_expiry_all": None,
        "limitation_basis": None,
        "time_barred": None,
        "partly_time_barred": None,
        "days_of_use": None,
        "days_time_barred": None,
        "actionable_from": None,
        "limitation_expiry_latest": None,
    }
    years = _years(p, j)
    if years is None or j.limitation is None:
        out["limitation_basis"] = {
            "fr": f"Riposte ne modélise pas les règles de prescription du droit applicable "
            f"({law}) : elles sont à vérifier selon ce droit.",
            "en": f"Limitation is not modelled for the applicable law ({law}).",
        }
        return out
    out["limitation_years"] = years
    first, removed = f["use.first_used_on"], f["use.removed_on"]
    last = removed or today
    if first is not None:
        out["days_of_use"] = count_days(first, last)
    j.limitation(j, f, p, out, years, today, first, removed, last)
    expiry, expiry_all = out["limitation_expiry"], out["limitation_expiry_all"]
    if expiry is not None:
        out["time_barred"] = expiry_all is not None and today > expiry_all
        out["partly_time_barred"] = today > expiry and not out["time_barred"]
    return out


def unknown_knowledge(f, out: dict, years: int, law_fr: str, law_en: str) -> None:
    letter = f["letter.letter_date"]
    latest = ""
    latest_en = ""
    if letter is not None:
        out["limitation_expiry_latest"] = add_years(letter, years)
        latest = (
            f" Le réclamant avait connaissance de l'exploitation au plus tard à la date de sa "
            f"lettre ({date_text(letter, 'fr')}) : la prescription est acquise au plus tard le "
            f"{date_text(add_years(letter, years), 'fr')}."
        )
        latest_en = (
            f" The claimant knew at the latest on its letter's date ({date_text(letter, 'en')}): the "
            f"claim is time-barred at the latest after {date_text(add_years(letter, years), 'en')}."
        )
    out["limitation_basis"] = {
        "fr": f"{law_fr} La date à laquelle le réclamant a eu connaissance de l'exploitation "
        f"n'est pas connue : le terme du délai ne peut être calculé.{latest}",
        "en": f"{law_en} The date the claimant learned of the use is unknown: no expiry "
        f"computed.{latest_en}",
    }
