from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_read import ParameterRead
    from ..models.trace_derivation_facts_read import TraceDerivationFactsRead
    from ..models.trace_derivation_outputs import TraceDerivationOutputs


T = TypeVar("T", bound="TraceDerivation")


@_attrs_define
class TraceDerivation:
    """
    Attributes:
        name (str):
        facts_read (TraceDerivationFactsRead | Unset):
        parameters_read (list[ParameterRead] | Unset):
        outputs (TraceDerivationOutputs | Unset): Derived facts; those shown in the assessment are a reference {"see":
            "assessment", "field": ...}.
    """

    name: str
    facts_read: TraceDerivationFactsRead | Unset = UNSET
    parameters_read: list[ParameterRead] | Unset = UNSET
    outputs: TraceDerivationOutputs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        facts_read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts_read, Unset):
            facts_read = self.facts_read.to_dict()

        parameters_read: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters_read, Unset):
            parameters_read = []
            for parameters_read_item_data in self.parameters_read:
                parameters_read_item = parameters_read_item_data.to_dict()
                parameters_read.append(parameters_read_item)

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if facts_read is not UNSET:
            field_dict["facts_read"] = facts_read
        if parameters_read is not UNSET:
            field_dict["parameters_read"] = parameters_read
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_read import ParameterRead  # noqa: PLC0415
        from ..models.trace_derivation_facts_read import TraceDerivationFactsRead  # noqa: PLC0415
        from ..models.trace_derivation_outputs import TraceDerivationOutputs  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _facts_read = d.pop("facts_read", UNSET)
        facts_read: TraceDerivationFactsRead | Unset
        if isinstance(_facts_read, Unset):
            facts_read = UNSET
        else:
            facts_read = TraceDerivationFactsRead.from_dict(_facts_read)

        _parameters_read = d.pop("parameters_read", UNSET)
        parameters_read: list[ParameterRead] | Unset = UNSET
        if _parameters_read is not UNSET:
            parameters_read = []
            for parameters_read_item_data in _parameters_read:
                parameters_read_item = ParameterRead.from_dict(parameters_read_item_data)

                parameters_read.append(parameters_read_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: TraceDerivationOutputs | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = TraceDerivationOutputs.from_dict(_outputs)

        trace_derivation = cls(
            name=name,
            facts_read=facts_read,
            parameters_read=parameters_read,
            outputs=outputs,
        )

        trace_derivation.additional_properties = d
        return trace_derivation

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
