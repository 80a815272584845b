from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.other_use_price import OtherUsePrice


T = TypeVar("T", bound="TierCheck")


@_attrs_define
class TierCheck:
    """Whether an editorial use is priced at a commercial tier.

    Attributes:
        use_kind (None | str | Unset):
        editorial (bool | None | Unset):
        demanded_licence_part (None | str | Unset):
        commercial_equivalent (None | str | Unset):
        other_use_price (None | OtherUsePrice | Unset):
    """

    use_kind: None | str | Unset = UNSET
    editorial: bool | None | Unset = UNSET
    demanded_licence_part: None | str | Unset = UNSET
    commercial_equivalent: None | str | Unset = UNSET
    other_use_price: None | OtherUsePrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.other_use_price import OtherUsePrice  # noqa: PLC0415

        use_kind: None | str | Unset
        if isinstance(self.use_kind, Unset):
            use_kind = UNSET
        else:
            use_kind = self.use_kind

        editorial: bool | None | Unset
        if isinstance(self.editorial, Unset):
            editorial = UNSET
        else:
            editorial = self.editorial

        demanded_licence_part: None | str | Unset
        if isinstance(self.demanded_licence_part, Unset):
            demanded_licence_part = UNSET
        else:
            demanded_licence_part = self.demanded_licence_part

        commercial_equivalent: None | str | Unset
        if isinstance(self.commercial_equivalent, Unset):
            commercial_equivalent = UNSET
        else:
            commercial_equivalent = self.commercial_equivalent

        other_use_price: dict[str, Any] | None | Unset
        if isinstance(self.other_use_price, Unset):
            other_use_price = UNSET
        elif isinstance(self.other_use_price, OtherUsePrice):
            other_use_price = self.other_use_price.to_dict()
        else:
            other_use_price = self.other_use_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_kind is not UNSET:
            field_dict["use_kind"] = use_kind
        if editorial is not UNSET:
            field_dict["editorial"] = editorial
        if demanded_licence_part is not UNSET:
            field_dict["demanded_licence_part"] = demanded_licence_part
        if commercial_equivalent is not UNSET:
            field_dict["commercial_equivalent"] = commercial_equivalent
        if other_use_price is not UNSET:
            field_dict["other_use_price"] = other_use_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_use_price import OtherUsePrice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_use_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        use_kind = _parse_use_kind(d.pop("use_kind", UNSET))

        def _parse_editorial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editorial = _parse_editorial(d.pop("editorial", UNSET))

        def _parse_demanded_licence_part(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demanded_licence_part = _parse_demanded_licence_part(d.pop("demanded_licence_part", UNSET))

        def _parse_commercial_equivalent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commercial_equivalent = _parse_commercial_equivalent(d.pop("commercial_equivalent", UNSET))

        def _parse_other_use_price(data: object) -> None | OtherUsePrice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                other_use_price_type_0 = OtherUsePrice.from_dict(data)

                return other_use_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OtherUsePrice | Unset, data)

        other_use_price = _parse_other_use_price(d.pop("other_use_price", UNSET))

        tier_check = cls(
            use_kind=use_kind,
            editorial=editorial,
            demanded_licence_part=demanded_licence_part,
            commercial_equivalent=commercial_equivalent,
            other_use_price=other_use_price,
        )

        tier_check.additional_properties = d
        return tier_check

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
