"""The fee trace in words: each step's name, and the source it rests on, for each reader.

A step's ``name`` stays the machine name clients key on; its ``label`` says in words what
the step is. A parameter's reference keeps its original ``title`` (an English report, a
German statute, an ECB page); ``title_fr``, where the parameter file gives one, presents it
in a French sentence, and the source's ``label`` is what a reader is shown.
"""

from __future__ import annotations

from typing import Any

STEP_LABELS = {
    "market_evidence": ("Prix de marché retenu", "Market price used"),
    "base_fee": ("Redevance annuelle de référence", "Yearly reference fee"),
    "duration": ("Durée d'exploitation", "Duration of use"),
    "placement": ("Emplacement de l'image", "Placement of the image"),
    "display_size": ("Taille d'affichage", "Display size"),
    "audience": ("Audience du site", "Audience of the site"),
    "respondent": ("Nature et taille du client", "Kind and size of the client"),
    "exchange_rate": ("Conversion monétaire (taux de la BCE)", "Currency conversion (ECB rate)"),
    "number_of_images": ("Nombre d'images", "Number of images"),
    "firm_history": ("Historique du cabinet avec l'agence", "The firm's history with the agency"),
}
"""Every step the amount derivation writes; a test fails on a step without one."""


def step_label(name: str) -> dict[str, str]:
    fr, en = STEP_LABELS[name]
    return {"fr": fr, "en": en}


def described(reference: dict[str, Any] | None) -> dict[str, Any] | None:
    """A parameter's reference as the trace shows it: the original title and link, and
    the source in words for each reader."""
    if not reference:
        return None
    title = reference.get("title")
    return {
        "title": title,
        "href": reference.get("href"),
        "label": {
            "fr": f"Source : {reference.get('title_fr') or title}",
            "en": f"Source: {title}",
        },
    }


def stated(title: str | None, fr: str, en: str) -> dict[str, Any]:
    """A source that is no parameter (the letter, the client's facts): ``fr`` and ``en``
    say what it is; ``title`` is what the claim itself calls it, if anything."""
    return {"title": title, "href": None, "label": {"fr": f"Source : {fr}", "en": f"Source: {en}"}}
