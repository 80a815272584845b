from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicableLaw")


@_attrs_define
class ApplicableLaw:
    """
    Attributes:
        country (str):
        covered_in_detail (bool):
        jurisdictions (list[str]):
        reasons (list[str]):
    """

    country: str
    covered_in_detail: bool
    jurisdictions: list[str]
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        covered_in_detail = self.covered_in_detail

        jurisdictions = self.jurisdictions

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "covered_in_detail": covered_in_detail,
                "jurisdictions": jurisdictions,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        covered_in_detail = d.pop("covered_in_detail")

        jurisdictions = cast(list[str], d.pop("jurisdictions"))

        reasons = cast(list[str], d.pop("reasons"))

        applicable_law = cls(
            country=country,
            covered_in_detail=covered_in_detail,
            jurisdictions=jurisdictions,
            reasons=reasons,
        )

        applicable_law.additional_properties = d
        return applicable_law

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
