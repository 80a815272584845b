from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreativeCommons")


@_attrs_define
class CreativeCommons:
    """
    Attributes:
        licence (None | str | Unset): e.g. 'CC BY 4.0'.
        commercial_allowed (bool | None | Unset):
        attribution_required (bool | None | Unset):
    """

    licence: None | str | Unset = UNSET
    commercial_allowed: bool | None | Unset = UNSET
    attribution_required: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        licence: None | str | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        else:
            licence = self.licence

        commercial_allowed: bool | None | Unset
        if isinstance(self.commercial_allowed, Unset):
            commercial_allowed = UNSET
        else:
            commercial_allowed = self.commercial_allowed

        attribution_required: bool | None | Unset
        if isinstance(self.attribution_required, Unset):
            attribution_required = UNSET
        else:
            attribution_required = self.attribution_required

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if licence is not UNSET:
            field_dict["licence"] = licence
        if commercial_allowed is not UNSET:
            field_dict["commercial_allowed"] = commercial_allowed
        if attribution_required is not UNSET:
            field_dict["attribution_required"] = attribution_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_licence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        def _parse_commercial_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        commercial_allowed = _parse_commercial_allowed(d.pop("commercial_allowed", UNSET))

        def _parse_attribution_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attribution_required = _parse_attribution_required(d.pop("attribution_required", UNSET))

        creative_commons = cls(
            licence=licence,
            commercial_allowed=commercial_allowed,
            attribution_required=attribution_required,
        )

        return creative_commons
