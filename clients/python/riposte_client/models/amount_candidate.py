from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.money_value import MoneyValue


T = TypeVar("T", bound="AmountCandidate")


@_attrs_define
class AmountCandidate:
    """One amount the letter offers or repeats, and whether it was taken for the claim.

    Attributes:
        pointer (str): Claim field the choice is about, usually /letter/amount_demanded.
        label (str): What the letter calls this amount: 'retroactive licence', 'damages', 'total', 'amount', ...
        amount (MoneyValue): An amount of money in a response: a decimal string and its currency.
        start (int): Start offset of the amount in the text.
        end (int): End offset (exclusive).
        excerpt (str): Exactly text[start:end].
        chosen (bool): True for the candidate taken as the value of `pointer`.
        reason (str): Why this candidate was or was not taken.
    """

    pointer: str
    label: str
    amount: MoneyValue
    start: int
    end: int
    excerpt: str
    chosen: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        label = self.label

        amount = self.amount.to_dict()

        start = self.start

        end = self.end

        excerpt = self.excerpt

        chosen = self.chosen

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pointer": pointer,
                "label": label,
                "amount": amount,
                "start": start,
                "end": end,
                "excerpt": excerpt,
                "chosen": chosen,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_value import MoneyValue  # noqa: PLC0415

        d = dict(src_dict)
        pointer = d.pop("pointer")

        label = d.pop("label")

        amount = MoneyValue.from_dict(d.pop("amount"))

        start = d.pop("start")

        end = d.pop("end")

        excerpt = d.pop("excerpt")

        chosen = d.pop("chosen")

        reason = d.pop("reason")

        amount_candidate = cls(
            pointer=pointer,
            label=label,
            amount=amount,
            start=start,
            end=end,
            excerpt=excerpt,
            chosen=chosen,
            reason=reason,
        )

        return amount_candidate
