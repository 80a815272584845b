"""Limitation under French law: art. 2224 Code civil, each act with its own period
(Cass. 1re civ., 3 Sept. 2025, n° 23-18.669)."""

from __future__ import annotations

from app.rulebook.calendar import add_years
from app.rulebook.dates import NO_SHIFT, barred_before, unknown_knowledge
from app.rulebook.figures import number_words
from app.services.rules.display import date_text


def limitation(j, f, p, out, years, today, first, removed, last) -> None:
    """Acts known on the knowledge date run from it; each later act runs from the day it
    was known, which for a use the claimant had already found is the day of the act (Cass.
    1re civ., 3 Sept. 2025, n° 23-18.669). So the acts of the period (``limitation.fr_years``)
    before an action stay actionable, and only a use that ended longer ago is wholly barred.
    Cass. 1re civ., 15 Nov. 2023, n° 22-23.266 (one object exhibited continuously) is the
    contrary reading, flagged in the basis."""
    law_fr = (
        f"Art. 2224 du Code civil : {years} ans à compter du jour où le titulaire a connu ou aurait "
        "dû connaître les faits."
    )
    law_en = f"Article 2224 of the French Civil Code: {years} years from knowledge of the facts."
    knew = f["use.detected_on"]
    if knew is None:
        unknown_knowledge(f, out, years, law_fr, law_en)
        return
    expiry = add_years(knew, years)
    in_words = number_words(years)
    out["limitation_expiry"] = expiry
    if removed is not None:
        out["limitation_expiry_all"] = add_years(max(removed, knew), years)
        end_fr = (
            f" L'exploitation a cessé le {date_text(removed, 'fr')} : l'action est "
            f"entièrement prescrite après le {date_text(out['limitation_expiry_all'], 'fr')}."
        )
        end_en = (
            f" The use ended on {date_text(removed, 'en')}: the whole action is time-barred "
            f"after {date_text(out['limitation_expiry_all'], 'en')}."
        )
        if add_years(removed, years) < today < out["limitation_expiry_all"]:
            # Barred but for the claimant's date of knowledge: that date is worth disputing.
            end_fr += (
                f" Le dernier acte a plus de {years} ans : la date de connaissance avancée par "
                "le réclamant peut être discutée, le délai courant du jour où il a connu ou "
                "aurait dû connaître les faits (art. 2224 du Code civil) ; s'il est établi que le "
                "réclamant, professionnel qui surveille internet, aurait dû découvrir l'exploitation "
                "plus tôt, l'action est entièrement prescrite."
            )
            end_en += (
                f" The last act is more than {years} years old: the claimant's date of "
                "knowledge can be disputed, the period running from the day it knew or should "
                "have known the facts (Article 2224 of the Civil Code); if the claimant, a "
                "professional that monitors the web, should have found the use earlier, the whole action is "
                "time-barred."
            )
    else:
        end_fr = " L'exploitation se poursuit : les actes récents ne sont pas prescrits."
        end_en = " The use goes on: the recent acts are not time-barred."
    out["limitation_basis"] = {
        "fr": f"{law_fr} Les actes antérieurs au {date_text(knew, 'fr')}, date à laquelle le "
        f"réclamant a constaté l'exploitation, sont prescrits après le {date_text(expiry, 'fr')} ; "
        "chaque acte postérieur fait courir son propre délai, de sorte que les actes des "
        f"{in_words.by_lang['fr']} années précédant l'assignation ne sont pas prescrits (Cass. 1re civ., 3 sept. 2025, "
        "n° 23-18.669, actes distincts de reproduction ou de représentation)."
        + end_fr
        + " La question "
        "reste discutée pour une mise en ligne continue : un arrêt antérieur a retenu un "
        "point de départ unique pour une œuvre exposée de façon continue (Cass. 1re civ., "
        "15 nov. 2023, n° 22-23.266), argument à soulever pour la période ancienne." + NO_SHIFT[0],
        "en": f"{law_en} Acts before {date_text(knew, 'en')}, when the claimant detected the use, are "
        f"time-barred after {date_text(expiry, 'en')}; each later act starts its own period, so the acts of "
        f"the {in_words.by_lang['en']} years before suit remain actionable (Cass. 1re civ., 3 Sept. 2025, no. "
        "23-18.669, distinct acts of reproduction or communication)." + end_en + " The "
        "point remains debated for continuous online display: an earlier judgment set a "
        "single starting point for a work exhibited continuously (Cass. 1re civ., 15 Nov. "
        "2023, no. 22-23.266), an argument to raise for the older period." + NO_SHIFT[1],
    }
    if today > expiry:
        out["actionable_from"] = add_years(today, -years)
    if first is not None:
        out["days_time_barred"] = (
            barred_before(add_years(today, -years), first, last) if today > expiry else 0
        )
