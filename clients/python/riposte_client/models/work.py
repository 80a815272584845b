from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode
from ..models.work_kind import WorkKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Work")


@_attrs_define
class Work:
    """
    Attributes:
        kind (None | Unset | WorkKind):
        created_on (datetime.date | None | Unset):
        published_on (datetime.date | None | Unset):
        originality_explained (bool | None | Unset):
        professional (bool | None | Unset):
        author_died_on (datetime.date | None | Unset):
        country_of_origin (CountryCode | None | Unset):
        made_by_employee (bool | None | Unset): Taken by an employee of the rights holder in the course of employment
            (e.g. an agency's staff photographer): CDPA s.11(2), 17 U.S.C. § 201(b).
        simple_photo (bool | None | Unset): A snapshot without creative choices (German Lichtbild).
    """

    kind: None | Unset | WorkKind = UNSET
    created_on: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    originality_explained: bool | None | Unset = UNSET
    professional: bool | None | Unset = UNSET
    author_died_on: datetime.date | None | Unset = UNSET
    country_of_origin: CountryCode | None | Unset = UNSET
    made_by_employee: bool | None | Unset = UNSET
    simple_photo: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, WorkKind):
            kind = self.kind.value
        else:
            kind = self.kind

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.date):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        originality_explained: bool | None | Unset
        if isinstance(self.originality_explained, Unset):
            originality_explained = UNSET
        else:
            originality_explained = self.originality_explained

        professional: bool | None | Unset
        if isinstance(self.professional, Unset):
            professional = UNSET
        else:
            professional = self.professional

        author_died_on: None | str | Unset
        if isinstance(self.author_died_on, Unset):
            author_died_on = UNSET
        elif isinstance(self.author_died_on, datetime.date):
            author_died_on = self.author_died_on.isoformat()
        else:
            author_died_on = self.author_died_on

        country_of_origin: None | str | Unset
        if isinstance(self.country_of_origin, Unset):
            country_of_origin = UNSET
        elif isinstance(self.country_of_origin, CountryCode):
            country_of_origin = self.country_of_origin.value
        else:
            country_of_origin = self.country_of_origin

        made_by_employee: bool | None | Unset
        if isinstance(self.made_by_employee, Unset):
            made_by_employee = UNSET
        else:
            made_by_employee = self.made_by_employee

        simple_photo: bool | None | Unset
        if isinstance(self.simple_photo, Unset):
            simple_photo = UNSET
        else:
            simple_photo = self.simple_photo

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if originality_explained is not UNSET:
            field_dict["originality_explained"] = originality_explained
        if professional is not UNSET:
            field_dict["professional"] = professional
        if author_died_on is not UNSET:
            field_dict["author_died_on"] = author_died_on
        if country_of_origin is not UNSET:
            field_dict["country_of_origin"] = country_of_origin
        if made_by_employee is not UNSET:
            field_dict["made_by_employee"] = made_by_employee
        if simple_photo is not UNSET:
            field_dict["simple_photo"] = simple_photo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_kind(data: object) -> None | Unset | WorkKind:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = WorkKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkKind, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_created_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.date.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_originality_explained(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        originality_explained = _parse_originality_explained(d.pop("originality_explained", UNSET))

        def _parse_professional(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        professional = _parse_professional(d.pop("professional", UNSET))

        def _parse_author_died_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_died_on_type_0 = datetime.date.fromisoformat(data)

                return author_died_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        author_died_on = _parse_author_died_on(d.pop("author_died_on", UNSET))

        def _parse_country_of_origin(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_of_origin_type_0 = CountryCode(data)

                return country_of_origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country_of_origin = _parse_country_of_origin(d.pop("country_of_origin", UNSET))

        def _parse_made_by_employee(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        made_by_employee = _parse_made_by_employee(d.pop("made_by_employee", UNSET))

        def _parse_simple_photo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        simple_photo = _parse_simple_photo(d.pop("simple_photo", UNSET))

        work = cls(
            kind=kind,
            created_on=created_on,
            published_on=published_on,
            originality_explained=originality_explained,
            professional=professional,
            author_died_on=author_died_on,
            country_of_origin=country_of_origin,
            made_by_employee=made_by_employee,
            simple_photo=simple_photo,
        )

        return work
