"""Turning a nested claim into flat, dotted facts, and back."""

from __future__ import annotations

from typing import Any


def flatten(claim: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"mandate": {"produced": False}}`` becomes ``{"mandate.produced": False}``.

    Lists are kept whole (``letter.breakdown``, ``letter.evidence_of_use``); a nested
    mapping also stays available under its own name (``letter.amount_demanded``).
    """
    flat: dict[str, Any] = {}
    _flatten_into(flat, claim, prefix)
    return flat


def _flatten_into(flat: dict[str, Any], mapping: dict[str, Any], prefix: str) -> None:
    """One dict filled in place, in the order of a depth-first walk (no dict per level)."""
    for key, value in mapping.items():
        name = prefix + key if type(key) is str else f"{prefix}{key}"
        flat[name] = value
        if isinstance(value, dict):
            _flatten_into(flat, value, name + ".")


def pointer(name: str) -> str:
    """The JSON pointer of a dotted fact name."""
    return "/" + name.replace("~", "~0").replace(".", "/")
