from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Mandate")


@_attrs_define
class Mandate:
    """
    Attributes:
        produced (bool | None | Unset):
        names_rights_holder (bool | None | Unset):
        covers_collection (bool | None | Unset):
        date (datetime.date | None | Unset):
    """

    produced: bool | None | Unset = UNSET
    names_rights_holder: bool | None | Unset = UNSET
    covers_collection: bool | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        produced: bool | None | Unset
        if isinstance(self.produced, Unset):
            produced = UNSET
        else:
            produced = self.produced

        names_rights_holder: bool | None | Unset
        if isinstance(self.names_rights_holder, Unset):
            names_rights_holder = UNSET
        else:
            names_rights_holder = self.names_rights_holder

        covers_collection: bool | None | Unset
        if isinstance(self.covers_collection, Unset):
            covers_collection = UNSET
        else:
            covers_collection = self.covers_collection

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if produced is not UNSET:
            field_dict["produced"] = produced
        if names_rights_holder is not UNSET:
            field_dict["names_rights_holder"] = names_rights_holder
        if covers_collection is not UNSET:
            field_dict["covers_collection"] = covers_collection
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_produced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        produced = _parse_produced(d.pop("produced", UNSET))

        def _parse_names_rights_holder(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        names_rights_holder = _parse_names_rights_holder(d.pop("names_rights_holder", UNSET))

        def _parse_covers_collection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covers_collection = _parse_covers_collection(d.pop("covers_collection", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        mandate = cls(
            produced=produced,
            names_rights_holder=names_rights_holder,
            covers_collection=covers_collection,
            date=date,
        )

        return mandate
