from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatsGroup")


@_attrs_define
class StatsGroup:
    """
    Attributes:
        key (None | str): The agency or rights holder (null: not stated).
        currency (None | str):
        matters (int): Assessments in this group.
        outcomes (int): Matters whose outcome was recorded.
        median_demanded (None | str):
        median_paid (None | str):
        paid_to_demanded (float | None): Median of amount paid / amount demanded over matters that ended with a payment.
        share_withdrawn (float | None): Share of recorded outcomes where the claim was withdrawn or the claimant stopped
            replying.
    """

    key: None | str
    currency: None | str
    matters: int
    outcomes: int
    median_demanded: None | str
    median_paid: None | str
    paid_to_demanded: float | None
    share_withdrawn: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        currency: None | str
        currency = self.currency

        matters = self.matters

        outcomes = self.outcomes

        median_demanded: None | str
        median_demanded = self.median_demanded

        median_paid: None | str
        median_paid = self.median_paid

        paid_to_demanded: float | None
        paid_to_demanded = self.paid_to_demanded

        share_withdrawn: float | None
        share_withdrawn = self.share_withdrawn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "currency": currency,
                "matters": matters,
                "outcomes": outcomes,
                "median_demanded": median_demanded,
                "median_paid": median_paid,
                "paid_to_demanded": paid_to_demanded,
                "share_withdrawn": share_withdrawn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        matters = d.pop("matters")

        outcomes = d.pop("outcomes")

        def _parse_median_demanded(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        median_demanded = _parse_median_demanded(d.pop("median_demanded"))

        def _parse_median_paid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        median_paid = _parse_median_paid(d.pop("median_paid"))

        def _parse_paid_to_demanded(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        paid_to_demanded = _parse_paid_to_demanded(d.pop("paid_to_demanded"))

        def _parse_share_withdrawn(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share_withdrawn = _parse_share_withdrawn(d.pop("share_withdrawn"))

        stats_group = cls(
            key=key,
            currency=currency,
            matters=matters,
            outcomes=outcomes,
            median_demanded=median_demanded,
            median_paid=median_paid,
            paid_to_demanded=paid_to_demanded,
            share_withdrawn=share_withdrawn,
        )

        stats_group.additional_properties = d
        return stats_group

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
