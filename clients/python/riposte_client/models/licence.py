from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Licence")


@_attrs_define
class Licence:
    """
    Attributes:
        held (bool | None | Unset):
        licensor (None | str | Unset):
        covers_use (bool | None | Unset):
        valid_until (datetime.date | None | Unset):
        documents_available (bool | None | Unset):
    """

    held: bool | None | Unset = UNSET
    licensor: None | str | Unset = UNSET
    covers_use: bool | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    documents_available: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held: bool | None | Unset
        if isinstance(self.held, Unset):
            held = UNSET
        else:
            held = self.held

        licensor: None | str | Unset
        if isinstance(self.licensor, Unset):
            licensor = UNSET
        else:
            licensor = self.licensor

        covers_use: bool | None | Unset
        if isinstance(self.covers_use, Unset):
            covers_use = UNSET
        else:
            covers_use = self.covers_use

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        documents_available: bool | None | Unset
        if isinstance(self.documents_available, Unset):
            documents_available = UNSET
        else:
            documents_available = self.documents_available

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if held is not UNSET:
            field_dict["held"] = held
        if licensor is not UNSET:
            field_dict["licensor"] = licensor
        if covers_use is not UNSET:
            field_dict["covers_use"] = covers_use
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if documents_available is not UNSET:
            field_dict["documents_available"] = documents_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_held(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        held = _parse_held(d.pop("held", UNSET))

        def _parse_licensor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licensor = _parse_licensor(d.pop("licensor", UNSET))

        def _parse_covers_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covers_use = _parse_covers_use(d.pop("covers_use", UNSET))

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        def _parse_documents_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        documents_available = _parse_documents_available(d.pop("documents_available", UNSET))

        licence = cls(
            held=held,
            licensor=licensor,
            covers_use=covers_use,
            valid_until=valid_until,
            documents_available=documents_available,
        )

        return licence
