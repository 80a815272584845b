"""Protectability under German law: the term of protection of a simple photo (Lichtbild).

Sources: § 72(3) UrhG; the term is the dated ``term.de_lichtbild_years`` parameter.
"""

from app.rulebook import registry
from app.rulebook.figures import period
from app.rulebook.jurisdictions.general.rules._term import (
    TERM_VARIANT_TEXT,
    _free_from,
    _term_result,
)
from app.services.rules.display import Words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import not_applicable, undetermined

LICHTBILD_YEARS = "term.de_lichtbild_years"
PMA_YEARS = "term.pma_years"


@registry.rule(
    id="DE-ORIG-02",
    question="originality",
    title=T(
        fr="Simple cliché (Lichtbild) : durée de protection expirée (§ 72(3) UrhG)",
        en="Snapshot (Lichtbild): term of protection expired (§ 72(3) UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-72"],
    reads=["work.simple_photo", "work.published_on", "work.created_on", "use.first_used_on"],
    params=[LICHTBILD_YEARS, PMA_YEARS],
    role="decisive",
    variants={
        "expired": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="Simple cliché ({event_fr} en {event_year}) : sa protection de {term} a "
                "pris fin le 31 décembre {last_year}, avant l'exploitation. La réclamation "
                "est dépourvue de fondement.",
                en="A snapshot ({event_en} in {event_year}): its {term_adjective} protection ended "
                "on 31 December {last_year}, before the use. The claim is unfounded.",
            ),
            explanation=T(
                fr="Le droit sur un simple cliché (« Lichtbild ») s'éteint {term} après sa "
                "publication ou, si elle est antérieure, sa première communication publique "
                "autorisée, ou {term} après sa réalisation s'il n'a pas été publié dans ce "
                "délai (§ 72(3) UrhG ; délai calculé jusqu'à la fin de l'année civile, point "
                "à vérifier). En l'espèce, le cliché a été {event_fr} en {event_year} : il "
                "est libre depuis le {free_from}, et l'exploitation a commencé après cette "
                "date. Sous réserve que la photographie soit bien un simple cliché et non une "
                "œuvre photographique (protégée {pma} après la mort de l'auteur).",
                en="The right in a snapshot ('Lichtbild') expires {term} after its "
                "publication, or its first authorised communication to the public if "
                "earlier, or {term} after it was made if it was not published within "
                "that period (§ 72(3) UrhG; counted to the end of the calendar year, to be "
                "checked). Here: {event_en} in {event_year}, so free since {free_from}, "
                "and the use began after that. Provided the photo is indeed a snapshot and "
                "not a photographic work (protected for {pma} after the author's "
                "death).",
            ),
        ),
        **TERM_VARIANT_TEXT,
    },
    undetermined_text=T(
        fr="Simple cliché peut-être tombé dans le domaine public (§ 72(3) UrhG) : les dates "
        "nécessaires à cette vérification font défaut.",
        en="A snapshot possibly in the public domain (§ 72(3) UrhG): the dates needed to "
        "check are missing.",
    ),
)
def de_lichtbild_expired(f, p):
    simple = f["work.simple_photo"]
    if simple is False:
        return not_applicable(f"a photographic work: {p[PMA_YEARS]} years after the author's death")
    years = p[LICHTBILD_YEARS]
    published, created = f["work.published_on"], f["work.created_on"]
    if published is not None:
        event, labels = published, ("publié", "published")
    elif created is not None:
        if _free_from(created, years) > p.on:
            return not_applicable(f"made less than {years} years ago: still protected")
        return undetermined("work.published_on")
    else:
        return not_applicable(f"no date suggests the {years}-year term could have run")
    free_from = _free_from(event, years)
    if free_from > p.on:
        return not_applicable(f"protected until {free_from.year - 1}-12-31")
    if simple is None:
        return undetermined("work.simple_photo")
    return _term_result(
        free_from,
        f,
        p,
        event_fr=labels[0],
        event_en=labels[1],
        event_year=event.year,
        term=period(years, "years"),
        term_adjective=Words({"fr": f"{years} ans", "en": f"{years}-year"}),
        pma=period(p[PMA_YEARS], "years"),
        basis_fr=f"Le droit sur un simple cliché s'éteint {years} ans après sa publication "
        "(§ 72(3) UrhG).",
        basis_en=f"The right in a snapshot expires {years} years after its publication "
        "(§ 72(3) UrhG).",
    )
