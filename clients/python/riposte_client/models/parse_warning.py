from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.warning_code import WarningCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseWarning")


@_attrs_define
class ParseWarning:
    """Something the lawyer should check: masked values, conflicts, computed deadlines.

    Attributes:
        code (WarningCode): Something the lawyer should check.
        message (str): Human sentence in English.
        pointer (None | str | Unset): Claim field concerned, if any.
        start (int | None | Unset): Start offset of the passage, if any.
        end (int | None | Unset): End offset (exclusive), if any.
        excerpt (None | str | Unset): Exactly text[start:end], if any.
    """

    code: WarningCode
    message: str
    pointer: None | str | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    excerpt: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        pointer: None | str | Unset
        if isinstance(self.pointer, Unset):
            pointer = UNSET
        else:
            pointer = self.pointer

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if pointer is not UNSET:
            field_dict["pointer"] = pointer
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = WarningCode(d.pop("code"))

        message = d.pop("message")

        def _parse_pointer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pointer = _parse_pointer(d.pop("pointer", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        parse_warning = cls(
            code=code,
            message=message,
            pointer=pointer,
            start=start,
            end=end,
            excerpt=excerpt,
        )

        return parse_warning
