"""Words chosen by the applicable law: a general rule cites the applicable law's own
authority, and every law's, each named, only while the applicable law is unknown. Under a
known law the rulebook has no package for (Italy, Spain...), no other country's authority
is given: the words say that the applicable law's rule is to be checked."""

from __future__ import annotations

from typing import Any

from app.services.rules.display import Words

LAW_IN = {
    "FR": ("en France", "in France"),
    "DE": ("en Allemagne", "in Germany"),
    "GB": ("en Angleterre et au pays de Galles", "in England and Wales"),
    "US": ("aux États-Unis", "in the United States"),
}
"""How a text names a country's law in a list: « en Allemagne, § 97 UrhG ». The GB package
states the law of England and Wales (its courts, the CPR, the Limitation Act 1980; Scotland
differs on procedure and prescription): "in England and Wales", which the UK-wide CDPA also
governs."""


UNKNOWN_LAW = "ZZ"
"""The country code ``derived.law`` gives when the client's country is unknown."""


def is_uncovered(law: str | None) -> bool:
    """A known law that no table can hold: the rulebook has no package for it."""
    return bool(law) and law != UNKNOWN_LAW and law not in LAW_IN


def to_be_checked(law: str) -> Words:
    """« ce que prévoit le droit de l'État concerné (Italie) est à vérifier »: in place of
    another country's authority, under a law without a package."""
    from app.rulebook.applicable_law import law_name

    return Words(
        {
            "fr": f"ce que prévoit {law_name(law, 'fr')}, que Riposte ne couvre pas en "
            "détail, est à vérifier",
            "en": f"what {law_name(law, 'en')} provides, which Riposte does not cover in "
            "detail, is to be checked",
        }
    )


EU_CONSENT = (
    "directive 2001/29/CE, art. 2 et 3(1)",
    "Directive 2001/29/EC, arts 2 and 3(1)",
)
"""The exclusive rights of reproduction and communication to the public, as EU law
harmonises them: the consent rule cited in a Member State without a package."""


def in_eu(derived_law: dict[str, Any] | None) -> bool:
    """The applicable law is a Member State's (EU rules in play)."""
    return "EU" in ((derived_law or {}).get("jurisdictions") or [])


def uncovered_consent(derived_law: dict[str, Any] | None) -> Words | None:
    """Under a law without a package, the rule that copying needs the rights holder's
    consent: the InfoSoc Directive in a Member State, a pointer to that law elsewhere; None
    under a law with a package or an unknown law, whose tables say it."""
    law = country(derived_law)
    if not is_uncovered(law):
        return None
    if in_eu(derived_law):
        return Words({"fr": EU_CONSENT[0], "en": EU_CONSENT[1]})
    return to_be_checked(law)


def country(derived_law: dict[str, Any] | None) -> str | None:
    """The applicable law's country code from the ``derived.law`` fact."""
    return (derived_law or {}).get("country")


def by_law(
    table: dict[str, tuple[str, str]],
    law: str | None,
    *,
    when_unknown: tuple[str, ...] | None = None,
) -> Words:
    """``table[law]`` as French and English words; for a law the table does not hold,
    the entries of ``when_unknown`` (all by default), each after its country's name."""
    if law in table:
        fr, en = table[law]
        return Words({"fr": fr, "en": en})
    if is_uncovered(law):
        return to_be_checked(law)
    laws = when_unknown or tuple(table)
    return Words(
        {
            "fr": " ; ".join(f"{LAW_IN[c][0]}, {table[c][0]}" for c in laws),
            "en": "; ".join(f"{LAW_IN[c][1]}, {table[c][1]}" for c in laws),
        }
    )


def aside_by_law(
    table: dict[str, tuple[str, str]],
    law: str | None,
    *,
    when_unknown: tuple[str, ...] | None = None,
) -> Words:
    """`` (…)`` holding ``by_law``'s words, for an authority some laws give and others do
    not: nothing under a known law the table does not hold, nor under a law without a
    package."""
    if (law in LAW_IN and law not in table) or is_uncovered(law):
        return Words({"fr": "", "en": ""})
    words = by_law(table, law, when_unknown=when_unknown).by_lang
    return Words({lang: f" ({text})" for lang, text in words.items()})
