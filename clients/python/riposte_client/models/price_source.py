from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_value import MoneyValue


T = TypeVar("T", bound="PriceSource")


@_attrs_define
class PriceSource:
    """A market price considered for the reference fee (offer, price list, award...).

    Attributes:
        kind (None | str | Unset):
        price (MoneyValue | None | Unset):
        converted (None | str | Unset): In the claim's currency.
        description (None | str | Unset):
        covers_use (bool | None | Unset):
        used (bool | None | Unset):
        note (None | str | Unset):
    """

    kind: None | str | Unset = UNSET
    price: MoneyValue | None | Unset = UNSET
    converted: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    covers_use: bool | None | Unset = UNSET
    used: bool | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_value import MoneyValue  # noqa: PLC0415

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, MoneyValue):
            price = self.price.to_dict()
        else:
            price = self.price

        converted: None | str | Unset
        if isinstance(self.converted, Unset):
            converted = UNSET
        else:
            converted = self.converted

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        covers_use: bool | None | Unset
        if isinstance(self.covers_use, Unset):
            covers_use = UNSET
        else:
            covers_use = self.covers_use

        used: bool | None | Unset
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if price is not UNSET:
            field_dict["price"] = price
        if converted is not UNSET:
            field_dict["converted"] = converted
        if description is not UNSET:
            field_dict["description"] = description
        if covers_use is not UNSET:
            field_dict["covers_use"] = covers_use
        if used is not UNSET:
            field_dict["used"] = used
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_value import MoneyValue  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_price(data: object) -> MoneyValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = MoneyValue.from_dict(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyValue | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_converted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        converted = _parse_converted(d.pop("converted", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_covers_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covers_use = _parse_covers_use(d.pop("covers_use", UNSET))

        def _parse_used(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        used = _parse_used(d.pop("used", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        price_source = cls(
            kind=kind,
            price=price,
            converted=converted,
            description=description,
            covers_use=covers_use,
            used=used,
            note=note,
        )

        price_source.additional_properties = d
        return price_source

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
