"""Money as decimals, parameter reads that tolerate a missing dated value, and currency
conversion through the euro with dated ECB rates (parameters ``fx.eur_<currency>``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from app.rulebook.amounts.labels import described, step_label
from app.services.rules.display import number_text
from app.services.rules.parameters import ParameterError

CENT = Decimal("0.01")
ZERO = Decimal(0)
ONE = Decimal(1)
FX_PARAMS = {"USD": "fx.eur_usd", "GBP": "fx.eur_gbp"}


def dec(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    return _dec(value)


@lru_cache(maxsize=1024)
def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def s2(value: Decimal | None) -> str | None:
    """A decimal as a string with two decimals (the JSON form of money)."""
    return None if value is None else str(q2(value))


def money(raw: Any) -> tuple[Decimal, str] | None:
    """``{"amount": "389.59", "currency": "EUR"}`` as (Decimal, currency), or None."""
    if not isinstance(raw, dict) or raw.get("amount") is None or not raw.get("currency"):
        return None
    return dec(raw["amount"]), str(raw["currency"])


def read(p, name: str) -> tuple[Any, dict[str, Any]] | None:
    """A parameter's value in force on the evaluation date, with its trace record (name,
    value, in_force_from, reference); None when no value is in force that day."""
    try:
        value = p[name]
    except ParameterError:
        return None
    return value, p.read[-1]


def metadata(p, name: str) -> dict[str, Any]:
    """A parameter's metadata (estimate, basis)."""
    return p.metadata(name) or {}


@dataclass(frozen=True, slots=True)
class Rate:
    """How to turn an amount in ``source`` into ``target``: multiply by ``factor``."""

    source: str
    target: str
    factor: Decimal
    records: tuple[dict[str, Any], ...]


def rate(p, source: str, target: str) -> Rate | None:
    """The conversion factor from ``source`` to ``target`` on the evaluation date, through
    the euro; None when a rate is missing (the currency is not covered, or no rate is in
    force on that date)."""
    if source == target:
        return Rate(source, target, ONE, ())
    per_eur: dict[str, Decimal] = {}
    records = []
    for currency in (source, target):
        if currency == "EUR":
            per_eur[currency] = ONE
            continue
        name = FX_PARAMS.get(currency)
        found = read(p, name) if name else None
        if found is None:
            return None
        per_eur[currency] = dec(found[0])
        records.append(found[1])
    return Rate(source, target, per_eur[target] / per_eur[source], tuple(records))


def rate_entry(conversion: Rate, applied: bool = True) -> dict[str, Any]:
    """The trace entry of a currency conversion (a multiplicative factor)."""
    record = conversion.records[-1] if conversion.records else {}
    shown = q2(conversion.factor * 10000) / 10000
    return {
        "name": "exchange_rate",
        "label": step_label("exchange_rate"),
        "role": "factor",
        "parameter": ", ".join(r["name"] for r in conversion.records),
        "value": {r["name"]: r["value"] for r in conversion.records},
        "factor": str(conversion.factor),
        "in_force_from": record.get("in_force_from"),
        "source": described(record.get("reference")),
        "estimate": False,
        "basis": "published_rate",
        "applied": applied,
        "effect": {
            "fr": f"Conversion {conversion.source} → {conversion.target} au taux de la BCE "
            f"(× {number_text(shown, 'fr')}) ; les montants restent exprimés dans la devise de "
            "la lettre.",
            "en": f"Conversion {conversion.source} → {conversion.target} at the ECB rate "
            f"(× {number_text(shown, 'en')}); amounts stay in the letter's currency.",
        },
    }
