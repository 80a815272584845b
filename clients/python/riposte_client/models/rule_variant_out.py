from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RuleVariantOut")


@_attrs_define
class RuleVariantOut:
    """
    Attributes:
        name (str):
        outcome (str):
        weight (float):
        summary (str):
        explanation (str):
    """

    name: str
    outcome: str
    weight: float
    summary: str
    explanation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        outcome = self.outcome

        weight = self.weight

        summary = self.summary

        explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "outcome": outcome,
                "weight": weight,
                "summary": summary,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        outcome = d.pop("outcome")

        weight = d.pop("weight")

        summary = d.pop("summary")

        explanation = d.pop("explanation")

        rule_variant_out = cls(
            name=name,
            outcome=outcome,
            weight=weight,
            summary=summary,
            explanation=explanation,
        )

        rule_variant_out.additional_properties = d
        return rule_variant_out

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
