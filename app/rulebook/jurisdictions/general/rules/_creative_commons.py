"""Shared by the Creative Commons rules (general and German): which of the licence's
conditions the use met or broke, and the facts still unknown."""

from app.rulebook.by_law import uncovered_consent
from app.services.rules.display import Words
from app.vocabulary import COMMERCIAL_PURPOSES

CC_READS = [
    "acquisition.source",
    "acquisition.creative_commons.licence",
    "acquisition.creative_commons.commercial_allowed",
    "acquisition.creative_commons.attribution_required",
    "use.attribution_shown",
    "use.licence_notice_shown",
    "use.purpose",
    "use.monetised",
]
CC_LAW_READS = [*CC_READS, "derived.law"]
CONSENT = {
    "FR": ("art. L. 122-4 du CPI", "Article L122-4 CPI"),
    "DE": ("§§ 15 s. UrhG", "§§ 15 ff. UrhG"),
    "GB": ("CDPA 1988, s.16(2)", "CDPA 1988, s.16(2)"),
    "US": ("17 U.S.C. § 106", "17 U.S.C. § 106"),
}
CC_BASIS = ["fr-cpi-l122-4", "de-urhg-15", "uk-cdpa-s16", "us-17-106", "de-olg-koeln-6-u-60-14"]


def cc_attribution(f):
    """ "met", "breach", or the unknown fact's name."""
    required = f["acquisition.creative_commons.attribution_required"]
    if required is None:
        return "acquisition.creative_commons.attribution_required"
    if not required:
        return "met"
    shown = f["use.attribution_shown"]
    if shown is None:
        return "use.attribution_shown"
    if not shown:
        return "breach"
    # The author credited but the licence neither named nor linked: the attribution the
    # licence requires is incomplete (CC BY 4.0 § 3(a)(1)(C)). Not asked when unknown.
    return "breach" if f["use.licence_notice_shown"] is False else "met"


ATTRIBUTION_GAPS = {
    "credit": {
        "gap_fr": "le crédit fait défaut",
        "gap_en": "the credit is missing",
        "fix_fr": "rétablir le crédit",
        "fix_en": "restore the credit",
        "breach_fr": "absence de crédit de l'auteur",
        "breach_en": "no author credit",
    },
    "licence_notice": {
        "gap_fr": "l'auteur est crédité, mais la licence n'est ni nommée ni liée",
        "gap_en": "the author is credited, but the licence is neither named nor linked",
        "fix_fr": "indiquer la licence et son lien",
        "fix_en": "name and link the licence",
        "breach_fr": "licence ni nommée ni liée, alors que la clause d'attribution l'exige, "
        "au § 3(a)(1)(C) des licences CC 4.0",
        "breach_en": "the licence neither named nor linked, although the attribution clause "
        "requires it, in § 3(a)(1)(C) of the CC 4.0 licences",
    },
}
"""What is missing from the attribution, and how to cure it: the credit itself, or the
licence notice beside a credit given."""


def attribution_gap(f) -> dict[str, str]:
    """The words of ``ATTRIBUTION_GAPS`` for this use's attribution breach."""
    return ATTRIBUTION_GAPS["licence_notice" if f["use.attribution_shown"] else "credit"]


def cc_commercial(f):
    """ "allowed", "arguable" (non-commercial licence, non-commercial use), "breach", or
    the unknown facts' names."""
    allowed = f["acquisition.creative_commons.commercial_allowed"]
    if allowed is None:
        return ("acquisition.creative_commons.commercial_allowed",)
    if allowed:
        return "allowed"
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    if purpose in COMMERCIAL_PURPOSES or monetised:
        return "breach"
    if purpose is None or monetised is None:
        return tuple(
            n for n, v in (("use.purpose", purpose), ("use.monetised", monetised)) if v is None
        )
    return "arguable"


def cc_conditions(f):
    """(breaches, arguable_nc, missing): the licence conditions the use broke, whether the
    non-commercial condition is met only on an arguable reading, the unknown facts."""
    breaches, missing = [], []
    attribution, commercial = cc_attribution(f), cc_commercial(f)
    if attribution == "breach":
        breaches.append("attribution")
    elif attribution != "met":
        missing.append(attribution)
    if commercial == "breach":
        breaches.append("non_commercial")
    elif isinstance(commercial, tuple):
        missing.extend(commercial)
    return breaches, commercial == "arguable", missing


def cc_name(f):
    return f["acquisition.creative_commons.licence"] or "Creative Commons"


def law_of(f):
    return (f["derived.law"] or {}).get("country")


def consent_basis(f) -> Words:
    """The applicable law's consent rule; the four laws only while that law is unknown."""
    law = law_of(f)
    eu_or_other = uncovered_consent(f["derived.law"])
    if eu_or_other is not None:
        return eu_or_other
    if law in CONSENT:
        fr, en = CONSENT[law]
        return Words({"fr": fr, "en": en})
    return Words(
        {
            "fr": " ; ".join(fr for fr, _ in CONSENT.values()),
            "en": "; ".join(en for _, en in CONSENT.values()),
        }
    )


def german_example(f) -> Words:
    """OLG Köln's crop case, told only where German law applies."""
    if law_of(f) != "DE":
        return Words({"fr": "", "en": ""})
    return Words(
        {
            "fr": " L'OLG Köln a ainsi ordonné la cessation d'une utilisation dont le "
            "recadrage avait supprimé le crédit (31 oct. 2014, 6 U 60/14).",
            "en": " OLG Köln thus granted an injunction where a crop had removed the credit "
            "(31 Oct. 2014, 6 U 60/14).",
        }
    )
