"""Removal of the image after (or before) the letter: the past infringement remains, the
period of use is capped.

Sources: LG Köln, 14 O 327/21 (conduct after the infringement does not undo it).

The period of use counted is the one the amount prices (``amounts/derivation.py``): when the
client held a licence for a term that ended, the use up to its last day was authorised, and
only the use from the next day is counted (rulebook 2.11.0; GEN-ORIGIN-06, variant
``expired``); when the oldest use is time-barred, only the use still actionable is counted
(``derived.dates.actionable_from``, FR-LIMIT-02 and its counterparts).
"""

from datetime import timedelta

from app.rulebook import registry
from app.rulebook.amounts.factors import days_of_use
from app.rulebook.by_law import country, is_uncovered
from app.rulebook.jurisdictions.general.rules._acquisition import (
    LICENCE_TERM_READS,
    licensed_until,
)
from app.services.rules.display import date_text, days_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def period_of_use(f) -> tuple[str, str]:
    """The period of use the removal closes, in French and in English: from the first use,
    or from the first day still actionable or no longer licensed when the amount prices the
    use from then (``amount.priced_from``)."""
    removed, first = f["use.removed_on"], f["use.first_used_on"]
    licence_end = licensed_until(f)
    open_from = (f["derived.dates"] or {}).get("actionable_from")
    if first is None or first > removed:
        if licence_end is None:
            return "début de l'usage inconnu", "start of the use unknown"
        first = None
    # Each possible start, with its French and English wording ({start}, {end}, {days}).
    plain = (
        "usage du {start} au {end}, soit {days}",
        "use from {start} to {end}, {days}",
    )
    starts = [(first, plain)] if first is not None else []
    if licence_end is not None and (first is None or licence_end >= first):
        starts.append(
            (
                licence_end + timedelta(days=1),
                (
                    "usage sans licence du {start}, lendemain de la fin de la licence du "
                    "client, au {end}, soit {days}",
                    "unlicensed use from {start}, the day after the client's licence ended, "
                    "to {end}, {days}",
                ),
            )
        )
    if open_from is not None and first is not None and open_from > first:
        starts.append(
            (
                open_from,
                (
                    "usage non prescrit du {start} au {end}, soit {days}, l'usage antérieur "
                    "étant prescrit",
                    "use not time-barred from {start} to {end}, {days}, the earlier use being "
                    "barred",
                ),
            )
        )
    start, (text_fr, text_en) = max(starts, key=lambda item: item[0])
    days = days_of_use(start, removed)
    return tuple(
        text.format(
            start=date_text(start, lang), end=date_text(removed, lang), days=days_text(days, lang)
        )
        for text, lang in ((text_fr, "fr"), (text_en, "en"))
    )


@registry.rule(
    id="GEN-LETTER-03",
    question="procedure",
    title=T(
        fr="Retrait de l'image : l'atteinte passée demeure, la période est bornée",
        en="Removal of the image: the past infringement remains, the period is capped",
    ),
    jurisdictions=["ALL"],
    basis=["de-lg-koeln-14-o-327-21"],
    reads=[
        "use.removed_on",
        "use.first_used_on",
        "letter.received_on",
        "letter.letter_date",
        "derived.law",
        "derived.dates",
        *LICENCE_TERM_READS,
    ],
    role="info",
    variants={
        "after_notice": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed}, après la lettre : l'atteinte passée peut "
                "toujours donner lieu à indemnisation, mais la période d'usage est bornée "
                "({period_fr}).",
                en="Image removed on {removed}, after the letter: the past use can still be "
                "claimed, but the period of use is capped ({period_en}).",
            ),
            explanation=T(
                fr="Retirer l'image après réception de la lettre n'efface pas l'atteinte "
                "passée : le comportement postérieur ne la neutralise pas{koeln} ; les "
                "agences le rappellent elles-mêmes (« le retrait ne règle pas la question »). "
                "Le retrait borne toutefois la durée d'usage sur laquelle se calcule "
                "l'indemnité et réduit le risque d'une mesure d'interdiction. En l'espèce, "
                "l'image a été retirée le {removed} ({period_fr}) : conserver la preuve du "
                "retrait et calculer toute offre sur cette seule période.",
                en="Removing the image after receiving the letter does not erase the past "
                "infringement: later conduct does not neutralise it{koeln}; the agencies say "
                "so too ('removal alone will not resolve this'). But removal caps the period "
                "of use on which damages are computed and reduces the risk of an injunction. "
                "Here the image was removed on {removed} ({period_en}): keep evidence of the "
                "removal and base any offer on that period only.",
            ),
        ),
        "before_notice": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed}, avant la lettre : l'atteinte passée peut "
                "toujours donner lieu à indemnisation, mais la période est close "
                "({period_fr}).",
                en="Image removed on {removed}, before the letter: the past use can still be "
                "claimed, but the period is closed ({period_en}).",
            ),
            explanation=T(
                fr="Le retrait n'efface pas l'atteinte passée{koeln}, mais l'usage avait "
                "déjà cessé le {removed}, avant la lettre ({period_fr}) : l'indemnité ne "
                "peut porter que sur cette période, et le risque de réitération, qui fonde "
                "une mesure d'interdiction, est faible. Conserver la preuve de la date du "
                "retrait.",
                en="Removal does not erase the past infringement{koeln}, but the use had "
                "already ended on {removed}, before the letter ({period_en}): damages can "
                "only cover that period, and the risk of repetition on which an injunction "
                "rests is low. Keep evidence of the removal date.",
            ),
        ),
    },
    undetermined_text=T(
        fr="L'image a été retirée, mais on ignore si c'est avant ou après la lettre : la date "
        "de réception de la lettre n'est pas connue.",
        en="The image was removed, but whether before or after the letter is unknown: the "
        "date the letter was received is not known.",
    ),
)
def removal_after_notice(f, p):
    removed = f["use.removed_on"]
    if removed is None:
        return not_applicable("no removal date is known")
    licence_end = licensed_until(f)
    if licence_end is not None and licence_end >= removed:
        # Every day of use was licensed: there is no unlicensed period for removal to cap.
        return not_applicable("the client's licence covered the use until its removal")
    open_from = (f["derived.dates"] or {}).get("actionable_from")
    if open_from is not None and open_from > removed:
        # Every day of use is time-barred: no period is left for removal to cap, and the
        # past use can no longer be claimed (FR-LIMIT-01 and its counterparts say so).
        return not_applicable("every day of use is time-barred")
    period_fr, period_en = period_of_use(f)
    notice = f["letter.received_on"] or f["letter.letter_date"]
    if notice is None:
        return undetermined("letter.received_on")
    variant = "before_notice" if removed < notice else "after_notice"
    # The German decision is cited only where German law may apply: elsewhere the point is
    # the general one that later conduct does not undo an infringement.
    law = country(f["derived.law"])
    koeln = "" if law in ("FR", "GB", "US") or is_uncovered(law) else " (LG Köln, 14 O 327/21)"
    return applies(variant, removed=removed, period_fr=period_fr, period_en=period_en, koeln=koeln)
