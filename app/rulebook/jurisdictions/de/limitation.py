"""Limitation under German law: § 102 UrhG, §§ 195, 199 and 852 BGB (BGH I ZR 148/13); a
last day on a weekend or public holiday moves (§ 193 BGB)."""

from __future__ import annotations

from datetime import date

from app.rulebook.calendar import add_years, end_of_year
from app.rulebook.dates import count_days, shift_last_day, unknown_knowledge
from app.rulebook.figures import number_words
from app.services.rules.display import date_text

SOON_DAYS = "limitation.de_negotiation_warning_days"
"""Within about six months of an expiry the § 203 BGB warning is worth giving: a practical
yardstick, not a rule of law (a dated parameter)."""
NEGOTIATION_MONTHS = "limitation.de_negotiation_months"


def limitation(j, f, p, out, years, today, first, removed, last) -> None:
    law_fr = (
        f"§ 102 UrhG, §§ 195, 199 BGB : {years} ans à compter de la fin de l'année de la "
        "connaissance des faits, pour chaque jour d'exploitation (BGH, I ZR 148/13)."
    )
    law_en = (
        f"§ 102 UrhG, §§ 195, 199 BGB: {years} years from the end of the year of "
        "knowledge, for each day of use (BGH I ZR 148/13)."
    )
    knew = f["use.detected_on"]
    if knew is None:
        unknown_knowledge(f, out, years, law_fr, law_en)
        return
    sub = f["respondent.subdivision"]
    expiry, shift = shift_last_day(end_of_year(knew.year + years), j, sub)
    out["limitation_expiry"] = expiry
    tail_fr, tail_en = "", ""
    if removed is not None:
        out["limitation_expiry_all"] = shift_last_day(
            end_of_year(max(removed, knew).year + years), j, sub
        )[0]
        residual_years = int(p["limitation.de_residual_years"])
        residual = shift_last_day(add_years(removed, residual_years), j, sub)[0]
        out["residual_claim_expiry"] = residual
        tail_fr = (
            f" Image retirée le {date_text(removed, 'fr')} : l'ensemble du droit à "
            f"dommages-intérêts est prescrit après le {date_text(out['limitation_expiry_all'], 'fr')} ; "
            f"la créance résiduelle d'enrichissement (§ 852 BGB) se prescrit par {residual_years} "
            f"ans à compter de chaque jour, soit le {date_text(residual, 'fr')} pour le dernier."
        )
        tail_en = (
            f" Use removed on {date_text(removed, 'en')}: the whole damages claim is time-barred after "
            f"{date_text(out['limitation_expiry_all'], 'en')}; the residual enrichment claim (§ 852 BGB) "
            f"runs {residual_years} years from each day, until {date_text(residual, 'en')} for the last."
        )
    else:
        tail_fr = " Exploitation en cours : chaque nouveau jour fait courir un nouveau délai."
        tail_en = " Use ongoing: each further day starts a new period."
    soon_fr, soon_en = "", ""
    if today <= expiry and (expiry - today).days <= p[SOON_DAYS]:
        months = number_words(int(p[NEGOTIATION_MONTHS])).by_lang
        # The oldest days are about to be barred: negotiating would suspend that.
        soon_fr = (
            f" Ces jours d'exploitation seront prescrits le {date_text(expiry, 'fr')} : des négociations sur "
            f"la créance suspendraient la prescription, qui ne serait alors acquise que {months['fr']} "
            "mois au plus tôt après leur fin (§ 203 BGB) ; une réponse qui rejette d'emblée "
            "et sans ambiguïté la demande n'est pas une négociation."
        )
        soon_en = (
            f" Those days become time-barred after {date_text(expiry, 'en')}: negotiating the "
            f"claim would suspend limitation, which would then run out {months['en']} months at the "
            "earliest after the negotiations end (§ 203 BGB); a reply rejecting the claim at "
            "once and unequivocally is not a negotiation."
        )
    out["limitation_basis"] = {
        "fr": f"{law_fr} Connaissance des faits le {date_text(knew, 'fr')} : les jours "
        f"d'exploitation antérieurs sont prescrits après le {date_text(expiry, 'fr')}."
        f"{shift[0]}{soon_fr}{tail_fr}",
        "en": f"{law_en} Knowledge on {date_text(knew, 'en')}: the days of use up to that "
        f"date are time-barred after {date_text(expiry, 'en')}.{shift[1]}{soon_en}{tail_en}",
    }
    if first is not None:
        barred = count_days(first, min(last, end_of_year(knew.year))) if today > expiry else 0
        year = knew.year + 1
        while year <= last.year and today > end_of_year(year + years):
            barred += count_days(max(first, date(year, 1, 1)), min(last, end_of_year(year)))
            year += 1
        out["days_time_barred"] = barred
        # The residual enrichment claim lasts ten years from each day (§ 852 sentence 2
        # BGB): days older than that are lost altogether, and the amount leaves them out.
        cutoff = add_years(today, -int(p["limitation.de_residual_years"]))
        if first < cutoff:
            out["actionable_from"] = cutoff
