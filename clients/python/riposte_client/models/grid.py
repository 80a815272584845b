from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Grid")


@_attrs_define
class Grid:
    """
    Attributes:
        use_kind (None | str | Unset):
        tier (None | str | Unset):
        days_of_use (int | None | Unset):
        missing (None | str | Unset): Why no grid fee could be computed.
    """

    use_kind: None | str | Unset = UNSET
    tier: None | str | Unset = UNSET
    days_of_use: int | None | Unset = UNSET
    missing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_kind: None | str | Unset
        if isinstance(self.use_kind, Unset):
            use_kind = UNSET
        else:
            use_kind = self.use_kind

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        days_of_use: int | None | Unset
        if isinstance(self.days_of_use, Unset):
            days_of_use = UNSET
        else:
            days_of_use = self.days_of_use

        missing: None | str | Unset
        if isinstance(self.missing, Unset):
            missing = UNSET
        else:
            missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_kind is not UNSET:
            field_dict["use_kind"] = use_kind
        if tier is not UNSET:
            field_dict["tier"] = tier
        if days_of_use is not UNSET:
            field_dict["days_of_use"] = days_of_use
        if missing is not UNSET:
            field_dict["missing"] = missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_use_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        use_kind = _parse_use_kind(d.pop("use_kind", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_days_of_use(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_of_use = _parse_days_of_use(d.pop("days_of_use", UNSET))

        def _parse_missing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        missing = _parse_missing(d.pop("missing", UNSET))

        grid = cls(
            use_kind=use_kind,
            tier=tier,
            days_of_use=days_of_use,
            missing=missing,
        )

        grid.additional_properties = d
        return grid

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
