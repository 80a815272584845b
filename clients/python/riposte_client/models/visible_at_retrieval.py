from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisibleAtRetrieval")


@_attrs_define
class VisibleAtRetrieval:
    """
    Attributes:
        watermark (bool | None | Unset):
        copyright_notice (bool | None | Unset):
        licence_terms (bool | None | Unset):
        metadata_copyright (bool | None | Unset):
    """

    watermark: bool | None | Unset = UNSET
    copyright_notice: bool | None | Unset = UNSET
    licence_terms: bool | None | Unset = UNSET
    metadata_copyright: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        watermark: bool | None | Unset
        if isinstance(self.watermark, Unset):
            watermark = UNSET
        else:
            watermark = self.watermark

        copyright_notice: bool | None | Unset
        if isinstance(self.copyright_notice, Unset):
            copyright_notice = UNSET
        else:
            copyright_notice = self.copyright_notice

        licence_terms: bool | None | Unset
        if isinstance(self.licence_terms, Unset):
            licence_terms = UNSET
        else:
            licence_terms = self.licence_terms

        metadata_copyright: bool | None | Unset
        if isinstance(self.metadata_copyright, Unset):
            metadata_copyright = UNSET
        else:
            metadata_copyright = self.metadata_copyright

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if copyright_notice is not UNSET:
            field_dict["copyright_notice"] = copyright_notice
        if licence_terms is not UNSET:
            field_dict["licence_terms"] = licence_terms
        if metadata_copyright is not UNSET:
            field_dict["metadata_copyright"] = metadata_copyright

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_watermark(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watermark = _parse_watermark(d.pop("watermark", UNSET))

        def _parse_copyright_notice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        copyright_notice = _parse_copyright_notice(d.pop("copyright_notice", UNSET))

        def _parse_licence_terms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        licence_terms = _parse_licence_terms(d.pop("licence_terms", UNSET))

        def _parse_metadata_copyright(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        metadata_copyright = _parse_metadata_copyright(d.pop("metadata_copyright", UNSET))

        visible_at_retrieval = cls(
            watermark=watermark,
            copyright_notice=copyright_notice,
            licence_terms=licence_terms,
            metadata_copyright=metadata_copyright,
        )

        return visible_at_retrieval
