from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatterErasure")


@_attrs_define
class MatterErasure:
    """What an erasure removed.

    Attributes:
        external_ref (None | str): The matter's reference, if it has one.
        assessment_ids (list[UUID]): Each one is announced by an `assessment.deleted` event.
        evidence (int): Evidence records erased.
        drafts (int):
        blobs (int): Stored files erased (those no other matter uses).
        events (int): Change events about the matter erased, with their deliveries.
    """

    external_ref: None | str
    assessment_ids: list[UUID]
    evidence: int
    drafts: int
    blobs: int
    events: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ref: None | str
        external_ref = self.external_ref

        assessment_ids = []
        for assessment_ids_item_data in self.assessment_ids:
            assessment_ids_item = str(assessment_ids_item_data)
            assessment_ids.append(assessment_ids_item)

        evidence = self.evidence

        drafts = self.drafts

        blobs = self.blobs

        events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_ref": external_ref,
                "assessment_ids": assessment_ids,
                "evidence": evidence,
                "drafts": drafts,
                "blobs": blobs,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))

        assessment_ids = []
        _assessment_ids = d.pop("assessment_ids")
        for assessment_ids_item_data in _assessment_ids:
            assessment_ids_item = UUID(assessment_ids_item_data)

            assessment_ids.append(assessment_ids_item)

        evidence = d.pop("evidence")

        drafts = d.pop("drafts")

        blobs = d.pop("blobs")

        events = d.pop("events")

        matter_erasure = cls(
            external_ref=external_ref,
            assessment_ids=assessment_ids,
            evidence=evidence,
            drafts=drafts,
            blobs=blobs,
            events=events,
        )

        matter_erasure.additional_properties = d
        return matter_erasure

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
