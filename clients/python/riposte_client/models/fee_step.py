from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_source import ParameterSource


T = TypeVar("T", bound="FeeStep")


@_attrs_define
class FeeStep:
    """One step of the fee computation: the base, a factor, an anchor.

    Attributes:
        name (str): The step's machine name (base_fee, duration...).
        label (None | str | Unset): What the step is, in words, in the language of the response.
        role (None | str | Unset): base, factor, anchor...
        parameter (None | str | Unset): Rulebook parameter read, if any.
        value (Any | Unset): The parameter's value as read.
        factor (None | str | Unset):
        amount (None | str | Unset):
        in_force_from (datetime.date | None | Unset):
        source (None | ParameterSource | Unset):
        estimate (bool | None | Unset): True for a calibrated estimate.
        basis (None | str | Unset):
        applied (bool | None | Unset): Whether it shaped the result.
        effect (None | str | Unset): What the step did, in words.
    """

    name: str
    label: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    parameter: None | str | Unset = UNSET
    value: Any | Unset = UNSET
    factor: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    in_force_from: datetime.date | None | Unset = UNSET
    source: None | ParameterSource | Unset = UNSET
    estimate: bool | None | Unset = UNSET
    basis: None | str | Unset = UNSET
    applied: bool | None | Unset = UNSET
    effect: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameter_source import ParameterSource  # noqa: PLC0415

        name = self.name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        parameter: None | str | Unset
        if isinstance(self.parameter, Unset):
            parameter = UNSET
        else:
            parameter = self.parameter

        value = self.value

        factor: None | str | Unset
        if isinstance(self.factor, Unset):
            factor = UNSET
        else:
            factor = self.factor

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        in_force_from: None | str | Unset
        if isinstance(self.in_force_from, Unset):
            in_force_from = UNSET
        elif isinstance(self.in_force_from, datetime.date):
            in_force_from = self.in_force_from.isoformat()
        else:
            in_force_from = self.in_force_from

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ParameterSource):
            source = self.source.to_dict()
        else:
            source = self.source

        estimate: bool | None | Unset
        if isinstance(self.estimate, Unset):
            estimate = UNSET
        else:
            estimate = self.estimate

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        else:
            basis = self.basis

        applied: bool | None | Unset
        if isinstance(self.applied, Unset):
            applied = UNSET
        else:
            applied = self.applied

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        else:
            effect = self.effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if role is not UNSET:
            field_dict["role"] = role
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if value is not UNSET:
            field_dict["value"] = value
        if factor is not UNSET:
            field_dict["factor"] = factor
        if amount is not UNSET:
            field_dict["amount"] = amount
        if in_force_from is not UNSET:
            field_dict["in_force_from"] = in_force_from
        if source is not UNSET:
            field_dict["source"] = source
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if basis is not UNSET:
            field_dict["basis"] = basis
        if applied is not UNSET:
            field_dict["applied"] = applied
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_source import ParameterSource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_parameter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parameter = _parse_parameter(d.pop("parameter", UNSET))

        value = d.pop("value", UNSET)

        def _parse_factor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        factor = _parse_factor(d.pop("factor", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

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

        def _parse_source(data: object) -> None | ParameterSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = ParameterSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParameterSource | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_estimate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        estimate = _parse_estimate(d.pop("estimate", UNSET))

        def _parse_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        def _parse_applied(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        applied = _parse_applied(d.pop("applied", UNSET))

        def _parse_effect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))

        fee_step = cls(
            name=name,
            label=label,
            role=role,
            parameter=parameter,
            value=value,
            factor=factor,
            amount=amount,
            in_force_from=in_force_from,
            source=source,
            estimate=estimate,
            basis=basis,
            applied=applied,
            effect=effect,
        )

        fee_step.additional_properties = d
        return fee_step

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
