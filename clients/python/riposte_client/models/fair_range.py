from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_factors import RangeFactors


T = TypeVar("T", bound="FairRange")


@_attrs_define
class FairRange:
    """
    Attributes:
        low (str):
        high (str):
        factors (None | RangeFactors | Unset):
        note (None | str | Unset):
    """

    low: str
    high: str
    factors: None | RangeFactors | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.range_factors import RangeFactors  # noqa: PLC0415

        low = self.low

        high = self.high

        factors: dict[str, Any] | None | Unset
        if isinstance(self.factors, Unset):
            factors = UNSET
        elif isinstance(self.factors, RangeFactors):
            factors = self.factors.to_dict()
        else:
            factors = self.factors

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "low": low,
                "high": high,
            }
        )
        if factors is not UNSET:
            field_dict["factors"] = factors
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.range_factors import RangeFactors  # noqa: PLC0415

        d = dict(src_dict)
        low = d.pop("low")

        high = d.pop("high")

        def _parse_factors(data: object) -> None | RangeFactors | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                factors_type_0 = RangeFactors.from_dict(data)

                return factors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RangeFactors | Unset, data)

        factors = _parse_factors(d.pop("factors", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        fair_range = cls(
            low=low,
            high=high,
            factors=factors,
            note=note,
        )

        fair_range.additional_properties = d
        return fair_range

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
