"""JSON encoding with orjson: dates, datetimes and UUIDs natively, decimals as strings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


OPTIONS = orjson.OPT_NON_STR_KEYS
"""Parameter tables may be keyed by numbers (fee scales by value): keys become strings."""


def dumps_bytes(value: Any) -> bytes:
    return orjson.dumps(value, default=_default, option=OPTIONS)


def dumps(value: Any) -> str:
    return orjson.dumps(value, default=_default, option=OPTIONS).decode()


loads = orjson.loads
