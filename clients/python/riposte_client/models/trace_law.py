from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_law_facts_read import TraceLawFactsRead


T = TypeVar("T", bound="TraceLaw")


@_attrs_define
class TraceLaw:
    """
    Attributes:
        country (str):
        jurisdictions (list[str]):
        facts_read (TraceLawFactsRead | Unset):
    """

    country: str
    jurisdictions: list[str]
    facts_read: TraceLawFactsRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        jurisdictions = self.jurisdictions

        facts_read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts_read, Unset):
            facts_read = self.facts_read.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "jurisdictions": jurisdictions,
            }
        )
        if facts_read is not UNSET:
            field_dict["facts_read"] = facts_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_law_facts_read import TraceLawFactsRead  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        jurisdictions = cast(list[str], d.pop("jurisdictions"))

        _facts_read = d.pop("facts_read", UNSET)
        facts_read: TraceLawFactsRead | Unset
        if isinstance(_facts_read, Unset):
            facts_read = UNSET
        else:
            facts_read = TraceLawFactsRead.from_dict(_facts_read)

        trace_law = cls(
            country=country,
            jurisdictions=jurisdictions,
            facts_read=facts_read,
        )

        trace_law.additional_properties = d
        return trace_law

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
