"""Protectability: the term of protection, 70 years after the author's death, or 50 years
for a simple photo (Lichtbild).

Sources: § 72 UrhG (Lichtbild, 50 years). US terms are not modelled (they vary with the
date of publication and registration; no verified rule is given).
"""

from datetime import date

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

PMA_YEARS = 70
LICHTBILD_YEARS = 50


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
            fr="La protection a pris fin le 31 décembre {last_year}, pendant l'usage : seule "
            "la période antérieure peut être réclamée.",
            en="Protection ended on 31 December {last_year}, during the use: only the earlier "
            "period can be claimed.",
        ),
        explanation=T(
            fr="{basis_fr} L'œuvre est dans le domaine public depuis le {free_from} ; "
            "l'usage a commencé avant. Aucune somme n'est due pour l'usage postérieur à "
            "cette date : limiter toute discussion à la période antérieure.",
            en="{basis_en} The work has been in the public domain since {free_from}; the "
            "use began earlier. Nothing is due for the use after that date: limit any "
            "discussion to the earlier period.",
        ),
    ),
}


@registry.rule(
    id="GEN-ORIG-02",
    question="originality",
    title=T(
        fr="Œuvre tombée dans le domaine public",
        en="Work in the public domain",
    ),
    jurisdictions=["EU", "GB"],
    basis=["eu-term-directive", "fr-cpi-l123-1", "de-urhg-64", "uk-cdpa-s12"],
    reads=[
        "work.author_died_on",
        "work.created_on",
        "work.published_on",
        "work.simple_photo",
        "use.first_used_on",
    ],
    role="decisive",
    variants={
        "expired": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Le photographe est mort en {death_year} : l'œuvre est dans le domaine "
                "public depuis le {free_from}, avant l'usage. La réclamation est sans "
                "fondement.",
                en="The photographer died in {death_year}: the work has been in the public "
                "domain since {free_from}, before the use. The claim is unfounded.",
            ),
            explanation=T(
                fr="Le droit d'auteur dure 70 ans après la mort de l'auteur, jusqu'à la fin "
                "de l'année civile (directive 2006/116, art. 1, et § 64 UrhG : à vérifier ; "
                "art. L123-1 CPI ; CDPA s.12, sous réserve de règles particulières pour "
                "les œuvres d'auteur inconnu ou d'origine extérieure à l'EEE). Le "
                "photographe est mort en {death_year} : la photographie est libre depuis "
                "le {free_from}, et l'usage a commencé après. Opposer le domaine public, "
                "en produisant la preuve de la date du décès.",
                en="Copyright lasts 70 years after the author's death, to the end of the "
                "calendar year (Directive 2006/116, art. 1, and § 64 UrhG: to be checked; "
                "art. L123-1 CPI; CDPA s.12, subject to special rules for works of unknown "
                "authorship or of non-EEA origin). The photographer died in {death_year}: "
                "the photograph has been free since {free_from}, and the use began after "
                "that. Rely on the public domain, with proof of the date of death.",
            ),
        ),
        **TERM_VARIANT_TEXT,
    },
    undetermined_text=T(
        fr="La photographie est assez ancienne pour être peut-être tombée dans le domaine "
        "public : les dates manquent pour le vérifier.",
        en="The photograph may be old enough to be in the public domain: the dates needed "
        "to check are missing.",
    ),
)
def public_domain(f, p):
    if f["work.simple_photo"]:
        return not_applicable("a simple photo: its term is national (DE § 72(3), DE-ORIG-02)")
    # The photographer's death matters only for a photo old enough: a work date is read
    # first, so that the death date is not asked about for every recent photo.
    known = [d for d in (f["work.created_on"], f["work.published_on"]) if d is not None]
    if not known:
        return not_applicable("no creation or publication date of the photo is known")
    if _free_from(min(known), PMA_YEARS) > p.on:
        return not_applicable("the photo is less than 70 years old: the term cannot have run")
    died = f["work.author_died_on"]
    if died is None:
        return undetermined("work.author_died_on")
    return _term_result(
        _free_from(died, PMA_YEARS),
        f,
        p,
        death_year=died.year,
        basis_fr="Le droit d'auteur dure 70 ans après la mort de l'auteur, jusqu'à la fin "
        "de l'année civile (directive 2006/116 et § 64 UrhG, à vérifier ; art. L123-1 "
        "CPI ; CDPA s.12).",
        basis_en="Copyright lasts 70 years after the author's death, to the end of the "
        "calendar year (Directive 2006/116 and § 64 UrhG, to be checked; art. L123-1 "
        "CPI; CDPA s.12).",
    )


@registry.rule(
    id="DE-ORIG-02",
    question="originality",
    title=T(
        fr="Simple cliché : protection de 50 ans expirée (§ 72(3) UrhG)",
        en="Snapshot: 50-year protection expired (§ 72(3) UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-72"],
    reads=["work.simple_photo", "work.published_on", "work.created_on", "use.first_used_on"],
    role="decisive",
    variants={
        "expired": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="Simple cliché ({event_fr} en {event_year}) : sa protection de 50 ans a "
                "pris fin le 31 décembre {last_year}, avant l'usage. La réclamation est sans "
                "fondement.",
                en="A snapshot ({event_en} in {event_year}): its 50-year protection ended "
                "on 31 December {last_year}, before the use. The claim is unfounded.",
            ),
            explanation=T(
                fr="Le droit sur un simple cliché (« Lichtbild ») s'éteint 50 ans après "
                "sa publication, ou sa première communication publique autorisée si elle "
                "est antérieure, ou 50 ans après sa réalisation s'il n'a pas été publié "
                "dans ce délai (§ 72(3) UrhG ; calcul à la fin de l'année civile, à "
                "vérifier). En l'espèce : {event_fr} en {event_year}, donc libre depuis le "
                "{free_from}, et l'usage a commencé après. À condition que la photographie soit "
                "bien un simple cliché et non une œuvre photographique (protégée 70 ans "
                "après la mort de l'auteur).",
                en="The right in a snapshot ('Lichtbild') expires 50 years after its "
                "publication, or its first authorised communication to the public if "
                "earlier, or 50 years after it was made if it was not published within "
                "that period (§ 72(3) UrhG; counted to the end of the calendar year, to be "
                "checked). Here: {event_en} in {event_year}, so free since {free_from}, "
                "and the use began after that. Provided the photo is indeed a snapshot and "
                "not a photographic work (protected for 70 years after the author's "
                "death).",
            ),
        ),
        **TERM_VARIANT_TEXT,
    },
    undetermined_text=T(
        fr="Simple cliché peut-être tombé dans le domaine public (§ 72(3) UrhG) : les dates "
        "manquent pour le vérifier.",
        en="A snapshot possibly in the public domain (§ 72(3) UrhG): the dates needed to "
        "check are missing.",
    ),
)
def de_lichtbild_expired(f, p):
    simple = f["work.simple_photo"]
    if simple is False:
        return not_applicable("a photographic work: 70 years after the author's death")
    published, created = f["work.published_on"], f["work.created_on"]
    if published is not None:
        event, labels = published, ("publié", "published")
    elif created is not None:
        if _free_from(created, LICHTBILD_YEARS) > p.on:
            return not_applicable("made less than 50 years ago: still protected")
        return undetermined("work.published_on")
    else:
        return not_applicable("no date suggests the 50-year term could have run")
    free_from = _free_from(event, LICHTBILD_YEARS)
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
        basis_fr="Le droit sur un simple cliché s'éteint 50 ans après sa publication "
        "(§ 72(3) UrhG).",
        basis_en="The right in a snapshot expires 50 years after its publication (§ 72(3) UrhG).",
    )
