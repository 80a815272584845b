from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agency import Agency
from ..models.recommendation import Recommendation

T = TypeVar("T", bound="AssessmentSummary")


@_attrs_define
class AssessmentSummary:
    """
    Attributes:
        id (UUID):
        external_ref (None | str):
        agency (Agency | None):
        rights_holder (None | str):
        recommendation (Recommendation): What the firm should do.
        revision (int):
        rulebook_version (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    external_ref: None | str
    agency: Agency | None
    rights_holder: None | str
    recommendation: Recommendation
    revision: int
    rulebook_version: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        external_ref: None | str
        external_ref = self.external_ref

        agency: None | str
        if isinstance(self.agency, Agency):
            agency = self.agency.value
        else:
            agency = self.agency

        rights_holder: None | str
        rights_holder = self.rights_holder

        recommendation = self.recommendation.value

        revision = self.revision

        rulebook_version = self.rulebook_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_ref": external_ref,
                "agency": agency,
                "rights_holder": rights_holder,
                "recommendation": recommendation,
                "revision": revision,
                "rulebook_version": rulebook_version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))

        def _parse_agency(data: object) -> Agency | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_type_0 = Agency(data)

                return agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Agency | None, data)

        agency = _parse_agency(d.pop("agency"))

        def _parse_rights_holder(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rights_holder = _parse_rights_holder(d.pop("rights_holder"))

        recommendation = Recommendation(d.pop("recommendation"))

        revision = d.pop("revision")

        rulebook_version = d.pop("rulebook_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        assessment_summary = cls(
            id=id,
            external_ref=external_ref,
            agency=agency,
            rights_holder=rights_holder,
            recommendation=recommendation,
            revision=revision,
            rulebook_version=rulebook_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        assessment_summary.additional_properties = d
        return assessment_summary

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
