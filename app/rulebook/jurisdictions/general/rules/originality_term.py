"""Protectability: the term of protection after the author's death (the dated
``term.pma_years`` parameter).

US terms are not modelled (they vary with the date of publication and registration; no
verified rule is given).
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.figures import period
from app.rulebook.jurisdictions.general.rules._term import (
    TERM_VARIANT_TEXT,
    _free_from,
    _term_result,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import not_applicable, undetermined

PMA_YEARS = "term.pma_years"
TERM_SOURCES = {
    "FR": (
        "directive 2006/116/CE, art. 1er ; art. L. 123-1 du CPI",
        "Directive 2006/116, art. 1; Article L123-1 CPI",
    ),
    "DE": (
        "directive 2006/116/CE, art. 1er, et § 64 UrhG : à vérifier",
        "Directive 2006/116, art. 1, and § 64 UrhG: to be checked",
    ),
    "GB": ("CDPA s.12", "CDPA s.12"),
    "EU": ("directive 2006/116/CE, art. 1er", "Directive 2006/116, art. 1"),
}
"""Where the applicable law sets the term: the Term Directive for any Member State (with
the French or German text), CDPA s.12 in England (the three while the law is unknown)."""


def _term_sources(f):
    law = f["derived.law"] or {}
    code = country(law)
    if code not in TERM_SOURCES and "EU" in (law.get("jurisdictions") or ()):
        code = "EU"
    return by_law(TERM_SOURCES, code, when_unknown=("FR", "DE", "GB"))


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
        "derived.law",
    ],
    params=[PMA_YEARS],
    role="decisive",
    variants={
        "expired": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Le photographe est décédé en {death_year} : l'œuvre est dans le domaine "
                "public depuis le {free_from}, date antérieure à l'exploitation. La "
                "réclamation est dépourvue de fondement.",
                en="The photographer died in {death_year}: the work has been in the public "
                "domain since {free_from}, before the use. The claim is unfounded.",
            ),
            explanation=T(
                fr="Le droit d'auteur dure {term} après la mort de l'auteur, jusqu'à la fin "
                "de l'année civile ({term_sources}), sous réserve de règles "
                "particulières pour les œuvres d'auteur inconnu ou originaires d'un pays "
                "extérieur à l'EEE{war_fr}. En l'espèce, le photographe est décédé en {death_year} : "
                "la photographie est dans le domaine public depuis le {free_from}, et "
                "l'exploitation a commencé après cette date. Opposer le domaine public, en "
                "produisant la preuve de la date du décès.",
                en="Copyright lasts {term} after the author's death, to the end of the "
                "calendar year ({term_sources}), subject to special rules for works of unknown "
                "authorship or of non-EEA origin{war_en}. The photographer died in {death_year}: "
                "the photograph has been free since {free_from}, and the use began after "
                "that. Rely on the public domain, with proof of the date of death.",
            ),
        ),
        **TERM_VARIANT_TEXT,
    },
    undetermined_text=T(
        fr="La photographie est peut-être assez ancienne pour être tombée dans le domaine "
        "public : les dates nécessaires à cette vérification font défaut.",
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
    years = p[PMA_YEARS]
    if _free_from(min(known), years) > p.on:
        return not_applicable(f"the photo is less than {years} years old: the term cannot have run")
    died = f["work.author_died_on"]
    if died is None:
        return undetermined("work.author_died_on")
    sources = _term_sources(f).by_lang
    war_fr, war_en = _died_for_france(f, died)
    return _term_result(
        _free_from(died, years),
        f,
        p,
        death_year=died.year,
        term=period(years, "years"),
        term_sources=_term_sources(f),
        war_fr=war_fr,
        war_en=war_en,
        basis_fr=f"Le droit d'auteur dure {years} ans après la mort de l'auteur, jusqu'à la fin "
        f"de l'année civile ({sources['fr']}){war_fr}.",
        basis_en=f"Copyright lasts {years} years after the author's death, to the end of the "
        f"calendar year ({sources['en']}){war_en}.",
    )


WAR_YEARS = (range(1914, 1920), range(1939, 1946))
"""Years in which an author may have been « mort pour la France »."""


def _died_for_france(f, died) -> tuple[str, str]:
    """Under French law (or while the law is unknown), an author who died in a world war may
    have been « mort pour la France »: his rights then run thirty years more (art. L. 123-10
    du CPI, recalled, to be checked); the claim does not say, so the finding says it."""
    if country(f["derived.law"]) not in ("FR", None) or not any(died.year in r for r in WAR_YEARS):
        return "", ""
    return (
        " ; en droit français, la durée est prorogée de trente ans si l'auteur est « mort pour "
        "la France », mention portée sur l'acte de décès (art. L. 123-10 du CPI, point à "
        "vérifier)",
        "; under French law the term runs thirty years more if the author 'died for France', "
        "as the death certificate records (Article L123-10 CPI, to be checked)",
    )
