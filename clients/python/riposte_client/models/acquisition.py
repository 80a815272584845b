from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.acquisition_press_kit_terms_type_0 import AcquisitionPressKitTermsType0
from ..models.acquisition_source import AcquisitionSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.creative_commons import CreativeCommons
    from ..models.licence import Licence
    from ..models.visible_at_retrieval import VisibleAtRetrieval


T = TypeVar("T", bound="Acquisition")


@_attrs_define
class Acquisition:
    """
    Attributes:
        source (AcquisitionSource | None | Unset):
        licence (Licence | None | Unset):
        press_kit_terms (AcquisitionPressKitTermsType0 | None | Unset):
        press_kit_conditions_met (bool | None | Unset): The use respected the press kit's other conditions (embargo,
            credit, context of use).
        visible_at_retrieval (None | Unset | VisibleAtRetrieval):
        watermark_removed (bool | None | Unset):
        metadata_stripped (bool | None | Unset):
        source_presented_as_free (bool | None | Unset):
        creative_commons (CreativeCommons | None | Unset):
    """

    source: AcquisitionSource | None | Unset = UNSET
    licence: Licence | None | Unset = UNSET
    press_kit_terms: AcquisitionPressKitTermsType0 | None | Unset = UNSET
    press_kit_conditions_met: bool | None | Unset = UNSET
    visible_at_retrieval: None | Unset | VisibleAtRetrieval = UNSET
    watermark_removed: bool | None | Unset = UNSET
    metadata_stripped: bool | None | Unset = UNSET
    source_presented_as_free: bool | None | Unset = UNSET
    creative_commons: CreativeCommons | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.creative_commons import CreativeCommons  # noqa: PLC0415
        from ..models.licence import Licence  # noqa: PLC0415
        from ..models.visible_at_retrieval import VisibleAtRetrieval  # noqa: PLC0415

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, AcquisitionSource):
            source = self.source.value
        else:
            source = self.source

        licence: dict[str, Any] | None | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        elif isinstance(self.licence, Licence):
            licence = self.licence.to_dict()
        else:
            licence = self.licence

        press_kit_terms: None | str | Unset
        if isinstance(self.press_kit_terms, Unset):
            press_kit_terms = UNSET
        elif isinstance(self.press_kit_terms, AcquisitionPressKitTermsType0):
            press_kit_terms = self.press_kit_terms.value
        else:
            press_kit_terms = self.press_kit_terms

        press_kit_conditions_met: bool | None | Unset
        if isinstance(self.press_kit_conditions_met, Unset):
            press_kit_conditions_met = UNSET
        else:
            press_kit_conditions_met = self.press_kit_conditions_met

        visible_at_retrieval: dict[str, Any] | None | Unset
        if isinstance(self.visible_at_retrieval, Unset):
            visible_at_retrieval = UNSET
        elif isinstance(self.visible_at_retrieval, VisibleAtRetrieval):
            visible_at_retrieval = self.visible_at_retrieval.to_dict()
        else:
            visible_at_retrieval = self.visible_at_retrieval

        watermark_removed: bool | None | Unset
        if isinstance(self.watermark_removed, Unset):
            watermark_removed = UNSET
        else:
            watermark_removed = self.watermark_removed

        metadata_stripped: bool | None | Unset
        if isinstance(self.metadata_stripped, Unset):
            metadata_stripped = UNSET
        else:
            metadata_stripped = self.metadata_stripped

        source_presented_as_free: bool | None | Unset
        if isinstance(self.source_presented_as_free, Unset):
            source_presented_as_free = UNSET
        else:
            source_presented_as_free = self.source_presented_as_free

        creative_commons: dict[str, Any] | None | Unset
        if isinstance(self.creative_commons, Unset):
            creative_commons = UNSET
        elif isinstance(self.creative_commons, CreativeCommons):
            creative_commons = self.creative_commons.to_dict()
        else:
            creative_commons = self.creative_commons

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if licence is not UNSET:
            field_dict["licence"] = licence
        if press_kit_terms is not UNSET:
            field_dict["press_kit_terms"] = press_kit_terms
        if press_kit_conditions_met is not UNSET:
            field_dict["press_kit_conditions_met"] = press_kit_conditions_met
        if visible_at_retrieval is not UNSET:
            field_dict["visible_at_retrieval"] = visible_at_retrieval
        if watermark_removed is not UNSET:
            field_dict["watermark_removed"] = watermark_removed
        if metadata_stripped is not UNSET:
            field_dict["metadata_stripped"] = metadata_stripped
        if source_presented_as_free is not UNSET:
            field_dict["source_presented_as_free"] = source_presented_as_free
        if creative_commons is not UNSET:
            field_dict["creative_commons"] = creative_commons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.creative_commons import CreativeCommons  # noqa: PLC0415
        from ..models.licence import Licence  # noqa: PLC0415
        from ..models.visible_at_retrieval import VisibleAtRetrieval  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> AcquisitionSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = AcquisitionSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcquisitionSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_licence(data: object) -> Licence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licence_type_0 = Licence.from_dict(data)

                return licence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Licence | None | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        def _parse_press_kit_terms(data: object) -> AcquisitionPressKitTermsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                press_kit_terms_type_0 = AcquisitionPressKitTermsType0(data)

                return press_kit_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcquisitionPressKitTermsType0 | None | Unset, data)

        press_kit_terms = _parse_press_kit_terms(d.pop("press_kit_terms", UNSET))

        def _parse_press_kit_conditions_met(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        press_kit_conditions_met = _parse_press_kit_conditions_met(d.pop("press_kit_conditions_met", UNSET))

        def _parse_visible_at_retrieval(data: object) -> None | Unset | VisibleAtRetrieval:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visible_at_retrieval_type_0 = VisibleAtRetrieval.from_dict(data)

                return visible_at_retrieval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisibleAtRetrieval, data)

        visible_at_retrieval = _parse_visible_at_retrieval(d.pop("visible_at_retrieval", UNSET))

        def _parse_watermark_removed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watermark_removed = _parse_watermark_removed(d.pop("watermark_removed", UNSET))

        def _parse_metadata_stripped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        metadata_stripped = _parse_metadata_stripped(d.pop("metadata_stripped", UNSET))

        def _parse_source_presented_as_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        source_presented_as_free = _parse_source_presented_as_free(d.pop("source_presented_as_free", UNSET))

        def _parse_creative_commons(data: object) -> CreativeCommons | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creative_commons_type_0 = CreativeCommons.from_dict(data)

                return creative_commons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreativeCommons | None | Unset, data)

        creative_commons = _parse_creative_commons(d.pop("creative_commons", UNSET))

        acquisition = cls(
            source=source,
            licence=licence,
            press_kit_terms=press_kit_terms,
            press_kit_conditions_met=press_kit_conditions_met,
            visible_at_retrieval=visible_at_retrieval,
            watermark_removed=watermark_removed,
            metadata_stripped=metadata_stripped,
            source_presented_as_free=source_presented_as_free,
            creative_commons=creative_commons,
        )

        return acquisition
