from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsRegistration")


@_attrs_define
class UsRegistration:
    """
    Attributes:
        registered (bool | None | Unset):
        effective_date (datetime.date | None | Unset):
    """

    registered: bool | None | Unset = UNSET
    effective_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        registered: bool | None | Unset
        if isinstance(self.registered, Unset):
            registered = UNSET
        else:
            registered = self.registered

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        elif isinstance(self.effective_date, datetime.date):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if registered is not UNSET:
            field_dict["registered"] = registered
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        registered = _parse_registered(d.pop("registered", UNSET))

        def _parse_effective_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.date.fromisoformat(data)

                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_date = _parse_effective_date(d.pop("effective_date", UNSET))

        us_registration = cls(
            registered=registered,
            effective_date=effective_date,
        )

        return us_registration
