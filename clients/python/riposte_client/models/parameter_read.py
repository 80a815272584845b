from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_source import ParameterSource


T = TypeVar("T", bound="ParameterRead")


@_attrs_define
class ParameterRead:
    """A dated rulebook parameter as a rule or derivation read it.

    Attributes:
        name (str):
        value (Any | Unset):
        in_force_from (datetime.date | None | Unset):
        reference (None | ParameterSource | Unset):
    """

    name: str
    value: Any | Unset = UNSET
    in_force_from: datetime.date | None | Unset = UNSET
    reference: None | ParameterSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameter_source import ParameterSource  # noqa: PLC0415

        name = self.name

        value = self.value

        in_force_from: None | str | Unset
        if isinstance(self.in_force_from, Unset):
            in_force_from = UNSET
        elif isinstance(self.in_force_from, datetime.date):
            in_force_from = self.in_force_from.isoformat()
        else:
            in_force_from = self.in_force_from

        reference: dict[str, Any] | None | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        elif isinstance(self.reference, ParameterSource):
            reference = self.reference.to_dict()
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if in_force_from is not UNSET:
            field_dict["in_force_from"] = in_force_from
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_source import ParameterSource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value", UNSET)

        def _parse_in_force_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_from_type_0 = datetime.date.fromisoformat(data)

                return in_force_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        in_force_from = _parse_in_force_from(d.pop("in_force_from", UNSET))

        def _parse_reference(data: object) -> None | ParameterSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reference_type_0 = ParameterSource.from_dict(data)

                return reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParameterSource | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        parameter_read = cls(
            name=name,
            value=value,
            in_force_from=in_force_from,
            reference=reference,
        )

        parameter_read.additional_properties = d
        return parameter_read

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
