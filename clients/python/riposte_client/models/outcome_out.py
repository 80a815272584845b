from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_kind import OutcomeKind

if TYPE_CHECKING:
    from ..models.money_value import MoneyValue


T = TypeVar("T", bound="OutcomeOut")


@_attrs_define
class OutcomeOut:
    """
    Attributes:
        assessment_id (UUID):
        kind (OutcomeKind): How a matter ended.
        amount_paid (MoneyValue | None):
        ended_on (datetime.date):
        note (None | str):
        recorded_at (datetime.datetime):
    """

    assessment_id: UUID
    kind: OutcomeKind
    amount_paid: MoneyValue | None
    ended_on: datetime.date
    note: None | str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_value import MoneyValue  # noqa: PLC0415

        assessment_id = str(self.assessment_id)

        kind = self.kind.value

        amount_paid: dict[str, Any] | None
        if isinstance(self.amount_paid, MoneyValue):
            amount_paid = self.amount_paid.to_dict()
        else:
            amount_paid = self.amount_paid

        ended_on = self.ended_on.isoformat()

        note: None | str
        note = self.note

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "kind": kind,
                "amount_paid": amount_paid,
                "ended_on": ended_on,
                "note": note,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_value import MoneyValue  # noqa: PLC0415

        d = dict(src_dict)
        assessment_id = UUID(d.pop("assessment_id"))

        kind = OutcomeKind(d.pop("kind"))

        def _parse_amount_paid(data: object) -> MoneyValue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_paid_type_0 = MoneyValue.from_dict(data)

                return amount_paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyValue | None, data)

        amount_paid = _parse_amount_paid(d.pop("amount_paid"))

        ended_on = datetime.date.fromisoformat(d.pop("ended_on"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        outcome_out = cls(
            assessment_id=assessment_id,
            kind=kind,
            amount_paid=amount_paid,
            ended_on=ended_on,
            note=note,
            recorded_at=recorded_at,
        )

        outcome_out.additional_properties = d
        return outcome_out

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
