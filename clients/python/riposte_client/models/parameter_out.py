from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.parameter_out_metadata import ParameterOutMetadata
    from ..models.parameter_out_values_item import ParameterOutValuesItem


T = TypeVar("T", bound="ParameterOut")


@_attrs_define
class ParameterOut:
    """
    Attributes:
        name (str):
        description (str):
        label (None | str):
        metadata (ParameterOutMetadata):
        last_value_still_valid_on (None | str):
        values (list[ParameterOutValuesItem]):
    """

    name: str
    description: str
    label: None | str
    metadata: ParameterOutMetadata
    last_value_still_valid_on: None | str
    values: list[ParameterOutValuesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        label: None | str
        label = self.label

        metadata = self.metadata.to_dict()

        last_value_still_valid_on: None | str
        last_value_still_valid_on = self.last_value_still_valid_on

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "label": label,
                "metadata": metadata,
                "last_value_still_valid_on": last_value_still_valid_on,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_out_metadata import ParameterOutMetadata  # noqa: PLC0415
        from ..models.parameter_out_values_item import ParameterOutValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        metadata = ParameterOutMetadata.from_dict(d.pop("metadata"))

        def _parse_last_value_still_valid_on(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_value_still_valid_on = _parse_last_value_still_valid_on(d.pop("last_value_still_valid_on"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = ParameterOutValuesItem.from_dict(values_item_data)

            values.append(values_item)

        parameter_out = cls(
            name=name,
            description=description,
            label=label,
            metadata=metadata,
            last_value_still_valid_on=last_value_still_valid_on,
            values=values,
        )

        parameter_out.additional_properties = d
        return parameter_out

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
