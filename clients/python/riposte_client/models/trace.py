from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trace_conflict import TraceConflict
    from ..models.trace_derivation import TraceDerivation
    from ..models.trace_law import TraceLaw
    from ..models.trace_rule import TraceRule


T = TypeVar("T", bound="Trace")


@_attrs_define
class Trace:
    """Every rule and derivation run for a revision, with the facts and parameters read.

    Attributes:
        evaluated_on (datetime.date):
        applicable_law (TraceLaw):
        derivations (list[TraceDerivation]):
        rules (list[TraceRule]):
        conflicts (list[TraceConflict]):
    """

    evaluated_on: datetime.date
    applicable_law: TraceLaw
    derivations: list[TraceDerivation]
    rules: list[TraceRule]
    conflicts: list[TraceConflict]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated_on = self.evaluated_on.isoformat()

        applicable_law = self.applicable_law.to_dict()

        derivations = []
        for derivations_item_data in self.derivations:
            derivations_item = derivations_item_data.to_dict()
            derivations.append(derivations_item)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluated_on": evaluated_on,
                "applicable_law": applicable_law,
                "derivations": derivations,
                "rules": rules,
                "conflicts": conflicts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_conflict import TraceConflict  # noqa: PLC0415
        from ..models.trace_derivation import TraceDerivation  # noqa: PLC0415
        from ..models.trace_law import TraceLaw  # noqa: PLC0415
        from ..models.trace_rule import TraceRule  # noqa: PLC0415

        d = dict(src_dict)
        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        applicable_law = TraceLaw.from_dict(d.pop("applicable_law"))

        derivations = []
        _derivations = d.pop("derivations")
        for derivations_item_data in _derivations:
            derivations_item = TraceDerivation.from_dict(derivations_item_data)

            derivations.append(derivations_item)

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = TraceRule.from_dict(rules_item_data)

            rules.append(rules_item)

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = TraceConflict.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        trace = cls(
            evaluated_on=evaluated_on,
            applicable_law=applicable_law,
            derivations=derivations,
            rules=rules,
            conflicts=conflicts,
        )

        trace.additional_properties = d
        return trace

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
