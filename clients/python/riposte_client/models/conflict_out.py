from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConflictOut")


@_attrs_define
class ConflictOut:
    """
    Attributes:
        decides (str):
        rules (list[str]):
        conclusions (list[Any]):
    """

    decides: str
    rules: list[str]
    conclusions: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decides = self.decides

        rules = self.rules

        conclusions = self.conclusions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decides": decides,
                "rules": rules,
                "conclusions": conclusions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decides = d.pop("decides")

        rules = cast(list[str], d.pop("rules"))

        conclusions = cast(list[Any], d.pop("conclusions"))

        conflict_out = cls(
            decides=decides,
            rules=rules,
            conclusions=conclusions,
        )

        conflict_out.additional_properties = d
        return conflict_out

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
