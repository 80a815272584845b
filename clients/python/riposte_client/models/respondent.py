from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode
from ..models.respondent_kind import RespondentKind
from ..models.respondent_size import RespondentSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="Respondent")


@_attrs_define
class Respondent:
    """
    Attributes:
        kind (None | RespondentKind | Unset):
        size (None | RespondentSize | Unset):
        country (CountryCode | None | Unset):
        subdivision (None | str | Unset): Region or state code (e.g. 'BY', 'IDF') for public holidays.
        is_author (bool | None | Unset):
    """

    kind: None | RespondentKind | Unset = UNSET
    size: None | RespondentSize | Unset = UNSET
    country: CountryCode | None | Unset = UNSET
    subdivision: None | str | Unset = UNSET
    is_author: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, RespondentKind):
            kind = self.kind.value
        else:
            kind = self.kind

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, RespondentSize):
            size = self.size.value
        else:
            size = self.size

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, CountryCode):
            country = self.country.value
        else:
            country = self.country

        subdivision: None | str | Unset
        if isinstance(self.subdivision, Unset):
            subdivision = UNSET
        else:
            subdivision = self.subdivision

        is_author: bool | None | Unset
        if isinstance(self.is_author, Unset):
            is_author = UNSET
        else:
            is_author = self.is_author

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if size is not UNSET:
            field_dict["size"] = size
        if country is not UNSET:
            field_dict["country"] = country
        if subdivision is not UNSET:
            field_dict["subdivision"] = subdivision
        if is_author is not UNSET:
            field_dict["is_author"] = is_author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_kind(data: object) -> None | RespondentKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RespondentKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RespondentKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_size(data: object) -> None | RespondentSize | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = RespondentSize(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RespondentSize | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_country(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = CountryCode(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_subdivision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdivision = _parse_subdivision(d.pop("subdivision", UNSET))

        def _parse_is_author(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_author = _parse_is_author(d.pop("is_author", UNSET))

        respondent = cls(
            kind=kind,
            size=size,
            country=country,
            subdivision=subdivision,
            is_author=is_author,
        )

        return respondent
