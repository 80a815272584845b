from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation import Recommendation
from ..models.revision_origin import RevisionOrigin

if TYPE_CHECKING:
    from ..models.rulebook_stamp import RulebookStamp


T = TypeVar("T", bound="RevisionSummary")


@_attrs_define
class RevisionSummary:
    """
    Attributes:
        revision (int):
        origin (RevisionOrigin): What appended a revision.
        created_at (datetime.datetime):
        recommendation (Recommendation): What the firm should do.
        rulebook (RulebookStamp):
        app_version (str):
    """

    revision: int
    origin: RevisionOrigin
    created_at: datetime.datetime
    recommendation: Recommendation
    rulebook: RulebookStamp
    app_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        origin = self.origin.value

        created_at = self.created_at.isoformat()

        recommendation = self.recommendation.value

        rulebook = self.rulebook.to_dict()

        app_version = self.app_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revision": revision,
                "origin": origin,
                "created_at": created_at,
                "recommendation": recommendation,
                "rulebook": rulebook,
                "app_version": app_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulebook_stamp import RulebookStamp  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        origin = RevisionOrigin(d.pop("origin"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        recommendation = Recommendation(d.pop("recommendation"))

        rulebook = RulebookStamp.from_dict(d.pop("rulebook"))

        app_version = d.pop("app_version")

        revision_summary = cls(
            revision=revision,
            origin=origin,
            created_at=created_at,
            recommendation=recommendation,
            rulebook=rulebook,
            app_version=app_version,
        )

        revision_summary.additional_properties = d
        return revision_summary

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
