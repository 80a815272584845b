from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stats_group_by import StatsGroupBy

if TYPE_CHECKING:
    from ..models.stats_group import StatsGroup


T = TypeVar("T", bound="Stats")


@_attrs_define
class Stats:
    """
    Attributes:
        group_by (StatsGroupBy): How stats are grouped.
        groups (list[StatsGroup]):
    """

    group_by: StatsGroupBy
    groups: list[StatsGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_by = self.group_by.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_by": group_by,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_group import StatsGroup  # noqa: PLC0415

        d = dict(src_dict)
        group_by = StatsGroupBy(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = StatsGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        stats = cls(
            group_by=group_by,
            groups=groups,
        )

        stats.additional_properties = d
        return stats

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
