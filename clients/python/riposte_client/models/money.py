from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.currency_code import CurrencyCode

T = TypeVar("T", bound="Money")


@_attrs_define
class Money:
    """
    Attributes:
        amount (str): Non-negative decimal string, e.g. "389.59", at most 999999999999.99.
        currency (CurrencyCode):
    """

    amount: str
    currency: CurrencyCode

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = CurrencyCode(d.pop("currency"))

        money = cls(
            amount=amount,
            currency=currency,
        )

        return money
