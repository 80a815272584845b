"""Limitation under US law: 17 U.S.C. § 507(b); a last day on a weekend or legal holiday
moves (FRCP 6(a)(1)(C))."""

from __future__ import annotations

from datetime import timedelta

from app.rulebook.calendar import add_years
from app.rulebook.dates import barred_before, count_days, shift_last_day, unknown_knowledge
from app.services.rules.display import date_text


def limitation(j, f, p, out, years, today, first, removed, last) -> None:
    law_fr = (
        f"17 U.S.C. § 507(b) : {years} ans à compter de la découverte des faits (règle "
        "retenue par la plupart des circuits) ; engagée dans ce délai, l'action n'est soumise "
        "à aucun plafond distinct des dommages-intérêts (Warner Chappell v. Nealy, 2024)."
    )
    law_en = (
        f"17 U.S.C. § 507(b): {years} years from discovery (the rule in most circuits); "
        "no separate cap on damages for a timely claim (Warner Chappell v. Nealy, 2024)."
    )
    knew = f["use.detected_on"]
    if knew is None:
        unknown_knowledge(f, out, years, law_fr, law_en)
        return
    sub = f["respondent.subdivision"]
    expiry, shift = shift_last_day(add_years(knew, years), j, sub)
    out["limitation_expiry"] = expiry
    if removed is not None:
        out["limitation_expiry_all"] = shift_last_day(add_years(max(removed, knew), years), j, sub)[
            0
        ]
    out["limitation_basis"] = {
        "fr": f"{law_fr} Découverte des faits le {date_text(knew, 'fr')} : les actes antérieurs "
        f"sont prescrits après le {date_text(expiry, 'fr')} ; chaque acte postérieur fait courir "
        f"son propre délai (point à vérifier).{shift[0]}",
        "en": f"{law_en} Discovered on {date_text(knew, 'en')}: earlier acts are time-barred "
        f"after {date_text(expiry, 'en')}; each later act has its own period (to be checked).{shift[1]}",
    }
    if first is not None:
        barred = count_days(first, min(last, knew)) if today > expiry else 0
        later = barred_before(add_years(today, -years), max(first, knew + timedelta(days=1)), last)
        out["days_time_barred"] = barred + later
        if out["days_time_barred"]:
            # Only the acts of the three years before suit remain: the amount prices those
            # (US-LIMIT-02 says so), as for French and English law.
            out["actionable_from"] = add_years(today, -years)
