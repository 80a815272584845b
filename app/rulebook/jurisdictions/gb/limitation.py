"""Limitation under the law of England and Wales: Limitation Act 1980, s.2."""

from __future__ import annotations

from app.rulebook.calendar import add_years
from app.rulebook.dates import NO_SHIFT, barred_before
from app.services.rules.display import date_text


def limitation(j, f, p, out, years, today, first, removed, last) -> None:
    law_fr = f"Limitation Act 1980, s.2 : {years} ans à compter de chaque acte de contrefaçon."
    law_en = f"Limitation Act 1980, s.2: {years} years from each act of infringement."
    if first is None:
        out["limitation_basis"] = {
            "fr": f"{law_fr} La date de la première utilisation n'est pas connue.",
            "en": f"{law_en} The date of first use is unknown.",
        }
        return
    out["limitation_expiry"] = add_years(first, years)
    if removed is not None:
        out["limitation_expiry_all"] = add_years(removed, years)
    all_fr = (
        f" ; l'exploitation a cessé le {date_text(removed, 'fr')} : l'ensemble des actes est "
        f"prescrit après le {date_text(out['limitation_expiry_all'], 'fr')}"
        if removed
        else " ; exploitation en cours"
    )
    all_en = (
        f"; the use ended on {date_text(removed, 'en')}: everything is time-barred after "
        f"{date_text(out['limitation_expiry_all'], 'en')}"
        if removed
        else "; use ongoing"
    )
    out["limitation_basis"] = {
        "fr": f"{law_fr} Première utilisation le {date_text(first, 'fr')} : prescrite après "
        f"le {date_text(out['limitation_expiry'], 'fr')}{all_fr}." + NO_SHIFT[0],
        "en": f"{law_en} First use on {date_text(first, 'en')}: time-barred after {date_text(out['limitation_expiry'], 'en')}"
        f"{all_en}." + NO_SHIFT[1],
    }
    out["days_time_barred"] = barred_before(add_years(today, -years), first, last)
    if out["days_time_barred"]:
        out["actionable_from"] = add_years(today, -years)
