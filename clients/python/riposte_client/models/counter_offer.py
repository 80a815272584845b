from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fee_step import FeeStep


T = TypeVar("T", bound="CounterOffer")


@_attrs_define
class CounterOffer:
    """
    Attributes:
        amount (None | str | Unset):
        trace (list[FeeStep] | Unset):
        rationale (None | str | Unset):
    """

    amount: None | str | Unset = UNSET
    trace: list[FeeStep] | Unset = UNSET
    rationale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        trace: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = []
            for trace_item_data in self.trace:
                trace_item = trace_item_data.to_dict()
                trace.append(trace_item)

        rationale: None | str | Unset
        if isinstance(self.rationale, Unset):
            rationale = UNSET
        else:
            rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if trace is not UNSET:
            field_dict["trace"] = trace
        if rationale is not UNSET:
            field_dict["rationale"] = rationale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_step import FeeStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        _trace = d.pop("trace", UNSET)
        trace: list[FeeStep] | Unset = UNSET
        if _trace is not UNSET:
            trace = []
            for trace_item_data in _trace:
                trace_item = FeeStep.from_dict(trace_item_data)

                trace.append(trace_item)

        def _parse_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rationale = _parse_rationale(d.pop("rationale", UNSET))

        counter_offer = cls(
            amount=amount,
            trace=trace,
            rationale=rationale,
        )

        counter_offer.additional_properties = d
        return counter_offer

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
