from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldSource")


@_attrs_define
class FieldSource:
    """Where in the normalised text a value of the claim draft was read.

    Attributes:
        pointer (str): JSON pointer into the claim draft, e.g. /letter/reference.
        confidence (float): How sure the parser is, 0..1, calibrated on the parser's corpus: a value at 0.9 or more was
            right at least 98 % of the time.
        start (int | None | Unset): Start offset (characters) in `LetterParse.text`; null when the value is derived from
            the whole text (language) or computed.
        end (int | None | Unset): End offset (exclusive) in the text.
        excerpt (None | str | Unset): Exactly text[start:end].
        rule (None | str | Unset): How a computed value was obtained, e.g. a deadline counted from the letter date: '14
            days from the letter date 2026-11-04 (stated in the sentence)'.
        page (int | None | Unset): For a scanned (OCR) letter: the 1-based page of the value.
        box (list[int] | None | Unset): For a scanned letter: [left, top, width, height] of the value on its page, in
            pixels of the page image read by OCR.
    """

    pointer: str
    confidence: float
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    rule: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    box: list[int] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        confidence = self.confidence

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

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        box: list[int] | None | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        elif isinstance(self.box, list):
            box = self.box

        else:
            box = self.box

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pointer": pointer,
                "confidence": confidence,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if rule is not UNSET:
            field_dict["rule"] = rule
        if page is not UNSET:
            field_dict["page"] = page
        if box is not UNSET:
            field_dict["box"] = box

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pointer = d.pop("pointer")

        confidence = d.pop("confidence")

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

        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_box(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                box_type_0 = cast(list[int], data)

                return box_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        box = _parse_box(d.pop("box", UNSET))

        field_source = cls(
            pointer=pointer,
            confidence=confidence,
            start=start,
            end=end,
            excerpt=excerpt,
            rule=rule,
            page=page,
            box=box,
        )

        return field_source
