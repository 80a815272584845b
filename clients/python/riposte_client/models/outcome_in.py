from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_kind import OutcomeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OutcomeIn")


@_attrs_define
class OutcomeIn:
    """
    Attributes:
        kind (OutcomeKind): How a matter ended.
        ended_on (datetime.date): ISO 8601 date; no earlier than 1800 and at most a year ahead.
        amount_paid (Money | None | Unset): What the client paid, in the currency of the demand.
        note (None | str | Unset):
    """

    kind: OutcomeKind
    ended_on: datetime.date
    amount_paid: Money | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        kind = self.kind.value

        ended_on = self.ended_on.isoformat()

        amount_paid: dict[str, Any] | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        elif isinstance(self.amount_paid, Money):
            amount_paid = self.amount_paid.to_dict()
        else:
            amount_paid = self.amount_paid

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "ended_on": ended_on,
            }
        )
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        kind = OutcomeKind(d.pop("kind"))

        ended_on = datetime.date.fromisoformat(d.pop("ended_on"))

        def _parse_amount_paid(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_paid_type_0 = Money.from_dict(data)

                return amount_paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        outcome_in = cls(
            kind=kind,
            ended_on=ended_on,
            amount_paid=amount_paid,
            note=note,
        )

        return outcome_in
