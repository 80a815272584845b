from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.breakdown_kind import BreakdownKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BreakdownItem")


@_attrs_define
class BreakdownItem:
    """
    Attributes:
        kind (BreakdownKind): A line of the demanded amount.
        amount (Money):
        percent (float | None | Unset): For a surcharge: its rate in percent.
    """

    kind: BreakdownKind
    amount: Money
    percent: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        amount = self.amount.to_dict()

        percent: float | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "amount": amount,
            }
        )
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        kind = BreakdownKind(d.pop("kind"))

        amount = Money.from_dict(d.pop("amount"))

        def _parse_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))

        breakdown_item = cls(
            kind=kind,
            amount=amount,
            percent=percent,
        )

        return breakdown_item
