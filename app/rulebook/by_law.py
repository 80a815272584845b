"""Words chosen by the applicable law: a general rule cites the applicable law's own
authority, and every law's, each named, only while the applicable law is unknown."""

from __future__ import annotations

from typing import Any

from app.services.rules.display import Words

LAW_IN = {
    "FR": ("en France", "in France"),
    "DE": ("en Allemagne", "in Germany"),
    "GB": ("au Royaume-Uni", "in the United Kingdom"),
    "US": ("aux États-Unis", "in the United States"),
}
"""How a text names a country's law in a list: « en Allemagne, § 97 UrhG »."""


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
    not: nothing under a known law the table does not hold."""
    if law in LAW_IN and law not in table:
        return Words({"fr": "", "en": ""})
    words = by_law(table, law, when_unknown=when_unknown).by_lang
    return Words({lang: f" ({text})" for lang, text in words.items()})
