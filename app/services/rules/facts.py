"""Turning a nested claim into flat, dotted facts, and back."""

from __future__ import annotations

from typing import Any


def flatten(claim: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"mandate": {"produced": False}}`` becomes ``{"mandate.produced": False}``.

    Lists are kept whole (``letter.breakdown``, ``letter.evidence_of_use``); a nested
    mapping also stays available under its own name (``letter.amount_demanded``).
    """
    flat: dict[str, Any] = {}
    for key, value in claim.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat[name] = value
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def pointer(name: str) -> str:
    """The JSON pointer of a dotted fact name."""
    return "/" + name.replace("~", "~0").replace(".", "/")
