"""Dated parameters kept in YAML files, one file per parameter (the OpenFisca way).

A file ``parameters/limitation/fr_years.yaml`` defines the parameter
``limitation.fr_years``. Its ``values`` map is keyed by the date from which each value is
in force; a value stays in force until the next dated entry. Each value carries its
source reference.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.yamlfile import DuplicateKeyError, load_unique_yaml

ALLOWED_KEYS = {"description", "label", "metadata", "values", "last_value_still_valid_on"}


class ParameterError(Exception):
    """A parameter file is malformed, or a parameter has no value at a date."""


def load_yaml(text: str, name: str = "<yaml>") -> Any:
    """A parameter or rule file; a key given twice is a ParameterError."""
    try:
        return load_unique_yaml(text, name)
    except DuplicateKeyError as exc:
        raise ParameterError(str(exc)) from exc


@dataclass(frozen=True, slots=True)
class DatedValue:
    start: date
    value: Any
    reference: dict[str, Any]
    note: str | None = None


@dataclass(slots=True)
class Parameter:
    name: str
    description: str
    metadata: dict[str, Any]
    values: list[DatedValue]
    label: dict[str, str] = field(default_factory=dict)
    last_value_still_valid_on: str | None = None
    _starts: list[date] = field(default_factory=list)
    _reads: dict[date, tuple[Any, dict[str, Any]]] = field(default_factory=dict)
    _reads_of: list[DatedValue] | None = None

    def __post_init__(self) -> None:
        self.values.sort(key=lambda v: v.start)
        self._starts = [v.start for v in self.values]

    def at(self, on: date) -> DatedValue:
        i = bisect_right(self._starts, on)
        if i == 0:
            raise ParameterError(f"parameter {self.name} has no value on {on.isoformat()}")
        return self.values[i - 1]

    def read_at(self, on: date) -> tuple[Any, dict[str, Any]]:
        """The value on ``on`` and what a trace records of reading it, made once per date
        (the record is shared by every read: nothing may change it). Made again when
        ``values`` is replaced (a test raising a figure)."""
        if self._reads_of is not self.values:
            self._reads.clear()
            self._reads_of = self.values
        found = self._reads.get(on)
        if found is None:
            dated = self.at(on)
            found = (
                dated.value,
                {
                    "name": self.name,
                    "value": dated.value,
                    "in_force_from": dated.start.isoformat(),
                    "reference": dated.reference,
                },
            )
            if len(self._reads) > 4096:
                self._reads.clear()
            self._reads[on] = found
        return found


def _to_date(raw: Any, where: str) -> date:
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError as exc:
        raise ParameterError(f"{where}: {raw!r} is not an ISO date") from exc


def load_parameter(path: Path, name: str) -> Parameter:
    data = load_yaml(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(data, dict) or "values" not in data:
        raise ParameterError(f"{path}: a parameter file needs a 'values' map")
    unknown = set(data) - ALLOWED_KEYS
    if unknown:
        raise ParameterError(f"{path}: unknown keys {sorted(unknown)}")
    values = []
    for raw_start, entry in (data["values"] or {}).items():
        if not isinstance(entry, dict) or "value" not in entry:
            raise ParameterError(f"{path}: each dated entry needs 'value' and 'reference'")
        if "reference" not in entry:
            raise ParameterError(f"{path}: the value from {raw_start} has no reference")
        values.append(
            DatedValue(
                start=_to_date(raw_start, str(path)),
                value=entry["value"],
                reference=entry["reference"],
                note=entry.get("note"),
            )
        )
    if not values:
        raise ParameterError(f"{path}: no values")
    return Parameter(
        name=name,
        description=str(data.get("description", "")),
        metadata=dict(data.get("metadata") or {}),
        values=values,
        label=dict(data.get("label") or {}),
        last_value_still_valid_on=data.get("last_value_still_valid_on"),
    )


def load_parameters(root: Path) -> dict[str, Parameter]:
    params: dict[str, Parameter] = {}
    for path in sorted(root.rglob("*.yaml")):
        if path.name == "index.yaml":
            continue
        name = ".".join(path.relative_to(root).with_suffix("").parts)
        params[name] = load_parameter(path, name)
    return params
