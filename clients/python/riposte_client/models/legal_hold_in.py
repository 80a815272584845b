from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalHoldIn")


@_attrs_define
class LegalHoldIn:
    """The matter to hold: by the firm's reference (every assessment with it, present and
    future) or by one assessment.

        Attributes:
            external_ref (None | str | Unset):
            assessment_id (None | Unset | UUID):
            reason (None | str | Unset): Why the matter is kept (the claim it serves). Kept with the hold and in the firm's
                export; never in the audit log.
    """

    external_ref: None | str | Unset = UNSET
    assessment_id: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        assessment_id: None | str | Unset
        if isinstance(self.assessment_id, Unset):
            assessment_id = UNSET
        elif isinstance(self.assessment_id, UUID):
            assessment_id = str(self.assessment_id)
        else:
            assessment_id = self.assessment_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if assessment_id is not UNSET:
            field_dict["assessment_id"] = assessment_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        def _parse_assessment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessment_id_type_0 = UUID(data)

                return assessment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assessment_id = _parse_assessment_id(d.pop("assessment_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        legal_hold_in = cls(
            external_ref=external_ref,
            assessment_id=assessment_id,
            reason=reason,
        )

        return legal_hold_in
