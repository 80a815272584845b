from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.letter_language import LetterLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parse_warning import ParseWarning
    from ..models.provenance_field import ProvenanceField


T = TypeVar("T", bound="Provenance")


@_attrs_define
class Provenance:
    """Which facts came from a parsed letter or accepted evidence, with confidence.

    Attributes:
        source (str): letter or evidence
        language (LetterLanguage | None | Unset):
        fields (list[ProvenanceField] | Unset):
        overridden_by_caller (list[str] | Unset): Pointers the caller's facts set over the letter.
        warnings (list[ParseWarning] | Unset):
    """

    source: str
    language: LetterLanguage | None | Unset = UNSET
    fields: list[ProvenanceField] | Unset = UNSET
    overridden_by_caller: list[str] | Unset = UNSET
    warnings: list[ParseWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, LetterLanguage):
            language = self.language.value
        else:
            language = self.language

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        overridden_by_caller: list[str] | Unset = UNSET
        if not isinstance(self.overridden_by_caller, Unset):
            overridden_by_caller = self.overridden_by_caller

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if fields is not UNSET:
            field_dict["fields"] = fields
        if overridden_by_caller is not UNSET:
            field_dict["overridden_by_caller"] = overridden_by_caller
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parse_warning import ParseWarning  # noqa: PLC0415
        from ..models.provenance_field import ProvenanceField  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        def _parse_language(data: object) -> LetterLanguage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = LetterLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LetterLanguage | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: list[ProvenanceField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ProvenanceField.from_dict(fields_item_data)

                fields.append(fields_item)

        overridden_by_caller = cast(list[str], d.pop("overridden_by_caller", UNSET))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ParseWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ParseWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        provenance = cls(
            source=source,
            language=language,
            fields=fields,
            overridden_by_caller=overridden_by_caller,
            warnings=warnings,
        )

        provenance.additional_properties = d
        return provenance

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
