"""Shared by the term-of-protection rules: when a work becomes free, and the answer they
share once that date is known.
"""

from datetime import date

from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def _free_from(event: date, years: int) -> date:
    """Terms run to the end of the calendar year: free from 1 January after it."""
    return date(event.year + years + 1, 1, 1)


def _term_result(free_from: date, f, p, **values):
    """The common end of both term rules, once the date the work became free is known."""
    if free_from > p.on:
        return not_applicable(f"protected until {free_from.year - 1}-12-31")
    first_used = f["use.first_used_on"]
    if first_used is None:
        return undetermined("use.first_used_on")
    variant = "expired" if first_used >= free_from else "expired_during_use"
    return applies(variant, free_from=free_from, last_year=free_from.year - 1, **values)


TERM_VARIANT_TEXT = {
    "expired_during_use": Variant(
        outcome="neutral",
        weight=0.5,
        summary=T(
            fr="La protection a pris fin le 31 décembre {last_year}, en cours "
            "d'exploitation : seule la période antérieure peut donner lieu à réclamation.",
            en="Protection ended on 31 December {last_year}, during the use: only the earlier "
            "period can be claimed.",
        ),
        explanation=T(
            fr="{basis_fr} L'œuvre est dans le domaine public depuis le {free_from} ; "
            "l'exploitation a commencé avant cette date. Aucune somme n'est due pour "
            "l'exploitation postérieure : limiter toute discussion à la période "
            "antérieure.",
            en="{basis_en} The work has been in the public domain since {free_from}; the "
            "use began earlier. Nothing is due for the use after that date: limit any "
            "discussion to the earlier period.",
        ),
    ),
}
