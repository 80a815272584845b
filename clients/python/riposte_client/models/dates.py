from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Dates")


@_attrs_define
class Dates:
    """Response deadline and limitation expiry.

    Attributes:
        law (None | str | Unset):
        today (datetime.date | None | Unset): The day the evaluation counted from.
        response_deadline (datetime.date | None | Unset):
        response_deadline_past (bool | None | Unset):
        response_deadline_basis (None | str | Unset):
        knowledge_date (datetime.date | None | Unset):
        limitation_years (int | None | Unset):
        limitation_expiry (datetime.date | None | Unset):
        limitation_expiry_all (datetime.date | None | Unset): When the last act of use is time-barred too.
        limitation_basis (None | str | Unset):
        time_barred (bool | None | Unset):
        partly_time_barred (bool | None | Unset):
        days_of_use (int | None | Unset):
        days_time_barred (int | None | Unset):
        actionable_from (datetime.date | None | Unset):
        limitation_expiry_latest (datetime.date | None | Unset):
    """

    law: None | str | Unset = UNSET
    today: datetime.date | None | Unset = UNSET
    response_deadline: datetime.date | None | Unset = UNSET
    response_deadline_past: bool | None | Unset = UNSET
    response_deadline_basis: None | str | Unset = UNSET
    knowledge_date: datetime.date | None | Unset = UNSET
    limitation_years: int | None | Unset = UNSET
    limitation_expiry: datetime.date | None | Unset = UNSET
    limitation_expiry_all: datetime.date | None | Unset = UNSET
    limitation_basis: None | str | Unset = UNSET
    time_barred: bool | None | Unset = UNSET
    partly_time_barred: bool | None | Unset = UNSET
    days_of_use: int | None | Unset = UNSET
    days_time_barred: int | None | Unset = UNSET
    actionable_from: datetime.date | None | Unset = UNSET
    limitation_expiry_latest: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        law: None | str | Unset
        if isinstance(self.law, Unset):
            law = UNSET
        else:
            law = self.law

        today: None | str | Unset
        if isinstance(self.today, Unset):
            today = UNSET
        elif isinstance(self.today, datetime.date):
            today = self.today.isoformat()
        else:
            today = self.today

        response_deadline: None | str | Unset
        if isinstance(self.response_deadline, Unset):
            response_deadline = UNSET
        elif isinstance(self.response_deadline, datetime.date):
            response_deadline = self.response_deadline.isoformat()
        else:
            response_deadline = self.response_deadline

        response_deadline_past: bool | None | Unset
        if isinstance(self.response_deadline_past, Unset):
            response_deadline_past = UNSET
        else:
            response_deadline_past = self.response_deadline_past

        response_deadline_basis: None | str | Unset
        if isinstance(self.response_deadline_basis, Unset):
            response_deadline_basis = UNSET
        else:
            response_deadline_basis = self.response_deadline_basis

        knowledge_date: None | str | Unset
        if isinstance(self.knowledge_date, Unset):
            knowledge_date = UNSET
        elif isinstance(self.knowledge_date, datetime.date):
            knowledge_date = self.knowledge_date.isoformat()
        else:
            knowledge_date = self.knowledge_date

        limitation_years: int | None | Unset
        if isinstance(self.limitation_years, Unset):
            limitation_years = UNSET
        else:
            limitation_years = self.limitation_years

        limitation_expiry: None | str | Unset
        if isinstance(self.limitation_expiry, Unset):
            limitation_expiry = UNSET
        elif isinstance(self.limitation_expiry, datetime.date):
            limitation_expiry = self.limitation_expiry.isoformat()
        else:
            limitation_expiry = self.limitation_expiry

        limitation_expiry_all: None | str | Unset
        if isinstance(self.limitation_expiry_all, Unset):
            limitation_expiry_all = UNSET
        elif isinstance(self.limitation_expiry_all, datetime.date):
            limitation_expiry_all = self.limitation_expiry_all.isoformat()
        else:
            limitation_expiry_all = self.limitation_expiry_all

        limitation_basis: None | str | Unset
        if isinstance(self.limitation_basis, Unset):
            limitation_basis = UNSET
        else:
            limitation_basis = self.limitation_basis

        time_barred: bool | None | Unset
        if isinstance(self.time_barred, Unset):
            time_barred = UNSET
        else:
            time_barred = self.time_barred

        partly_time_barred: bool | None | Unset
        if isinstance(self.partly_time_barred, Unset):
            partly_time_barred = UNSET
        else:
            partly_time_barred = self.partly_time_barred

        days_of_use: int | None | Unset
        if isinstance(self.days_of_use, Unset):
            days_of_use = UNSET
        else:
            days_of_use = self.days_of_use

        days_time_barred: int | None | Unset
        if isinstance(self.days_time_barred, Unset):
            days_time_barred = UNSET
        else:
            days_time_barred = self.days_time_barred

        actionable_from: None | str | Unset
        if isinstance(self.actionable_from, Unset):
            actionable_from = UNSET
        elif isinstance(self.actionable_from, datetime.date):
            actionable_from = self.actionable_from.isoformat()
        else:
            actionable_from = self.actionable_from

        limitation_expiry_latest: None | str | Unset
        if isinstance(self.limitation_expiry_latest, Unset):
            limitation_expiry_latest = UNSET
        elif isinstance(self.limitation_expiry_latest, datetime.date):
            limitation_expiry_latest = self.limitation_expiry_latest.isoformat()
        else:
            limitation_expiry_latest = self.limitation_expiry_latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if law is not UNSET:
            field_dict["law"] = law
        if today is not UNSET:
            field_dict["today"] = today
        if response_deadline is not UNSET:
            field_dict["response_deadline"] = response_deadline
        if response_deadline_past is not UNSET:
            field_dict["response_deadline_past"] = response_deadline_past
        if response_deadline_basis is not UNSET:
            field_dict["response_deadline_basis"] = response_deadline_basis
        if knowledge_date is not UNSET:
            field_dict["knowledge_date"] = knowledge_date
        if limitation_years is not UNSET:
            field_dict["limitation_years"] = limitation_years
        if limitation_expiry is not UNSET:
            field_dict["limitation_expiry"] = limitation_expiry
        if limitation_expiry_all is not UNSET:
            field_dict["limitation_expiry_all"] = limitation_expiry_all
        if limitation_basis is not UNSET:
            field_dict["limitation_basis"] = limitation_basis
        if time_barred is not UNSET:
            field_dict["time_barred"] = time_barred
        if partly_time_barred is not UNSET:
            field_dict["partly_time_barred"] = partly_time_barred
        if days_of_use is not UNSET:
            field_dict["days_of_use"] = days_of_use
        if days_time_barred is not UNSET:
            field_dict["days_time_barred"] = days_time_barred
        if actionable_from is not UNSET:
            field_dict["actionable_from"] = actionable_from
        if limitation_expiry_latest is not UNSET:
            field_dict["limitation_expiry_latest"] = limitation_expiry_latest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_law(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        law = _parse_law(d.pop("law", UNSET))

        def _parse_today(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                today_type_0 = datetime.date.fromisoformat(data)

                return today_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        today = _parse_today(d.pop("today", UNSET))

        def _parse_response_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_deadline_type_0 = datetime.date.fromisoformat(data)

                return response_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        response_deadline = _parse_response_deadline(d.pop("response_deadline", UNSET))

        def _parse_response_deadline_past(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        response_deadline_past = _parse_response_deadline_past(d.pop("response_deadline_past", UNSET))

        def _parse_response_deadline_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_deadline_basis = _parse_response_deadline_basis(d.pop("response_deadline_basis", UNSET))

        def _parse_knowledge_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                knowledge_date_type_0 = datetime.date.fromisoformat(data)

                return knowledge_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        knowledge_date = _parse_knowledge_date(d.pop("knowledge_date", UNSET))

        def _parse_limitation_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limitation_years = _parse_limitation_years(d.pop("limitation_years", UNSET))

        def _parse_limitation_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limitation_expiry_type_0 = datetime.date.fromisoformat(data)

                return limitation_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        limitation_expiry = _parse_limitation_expiry(d.pop("limitation_expiry", UNSET))

        def _parse_limitation_expiry_all(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limitation_expiry_all_type_0 = datetime.date.fromisoformat(data)

                return limitation_expiry_all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        limitation_expiry_all = _parse_limitation_expiry_all(d.pop("limitation_expiry_all", UNSET))

        def _parse_limitation_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limitation_basis = _parse_limitation_basis(d.pop("limitation_basis", UNSET))

        def _parse_time_barred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        time_barred = _parse_time_barred(d.pop("time_barred", UNSET))

        def _parse_partly_time_barred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        partly_time_barred = _parse_partly_time_barred(d.pop("partly_time_barred", UNSET))

        def _parse_days_of_use(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_of_use = _parse_days_of_use(d.pop("days_of_use", UNSET))

        def _parse_days_time_barred(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_time_barred = _parse_days_time_barred(d.pop("days_time_barred", UNSET))

        def _parse_actionable_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actionable_from_type_0 = datetime.date.fromisoformat(data)

                return actionable_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actionable_from = _parse_actionable_from(d.pop("actionable_from", UNSET))

        def _parse_limitation_expiry_latest(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limitation_expiry_latest_type_0 = datetime.date.fromisoformat(data)

                return limitation_expiry_latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        limitation_expiry_latest = _parse_limitation_expiry_latest(d.pop("limitation_expiry_latest", UNSET))

        dates = cls(
            law=law,
            today=today,
            response_deadline=response_deadline,
            response_deadline_past=response_deadline_past,
            response_deadline_basis=response_deadline_basis,
            knowledge_date=knowledge_date,
            limitation_years=limitation_years,
            limitation_expiry=limitation_expiry,
            limitation_expiry_all=limitation_expiry_all,
            limitation_basis=limitation_basis,
            time_barred=time_barred,
            partly_time_barred=partly_time_barred,
            days_of_use=days_of_use,
            days_time_barred=days_time_barred,
            actionable_from=actionable_from,
            limitation_expiry_latest=limitation_expiry_latest,
        )

        dates.additional_properties = d
        return dates

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
