from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction
from ..models.audit_actor import AuditActor
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """
    Attributes:
        id (UUID):
        occurred_at (datetime.datetime):
        actor (AuditActor): Who acted: a key through the API or the review pages it signed in to, a calendar feed's
            token, or the operator's command line.
        api_key_id (None | UUID): The key (through the API or signed in); empty for a calendar feed (its id is the
            resource) and the operator.
        action (AuditAction): What a request did: read, wrote, exported data.
        operation (str): The contract's operation id (`get_assessment`, ...)
        method (str):
        route (str): The route template, never the URL.
        subject_erased (bool): The matter was erased since: its identifiers are no longer kept.
        status (int | None | Unset): The answer's status for reads and refused writes; empty for a write, whose row is
            committed with the change itself.
        assessment_id (None | Unset | UUID):
        resource_type (None | str | Unset):
        resource_id (None | Unset | UUID):
        request_id (None | str | Unset):
    """

    id: UUID
    occurred_at: datetime.datetime
    actor: AuditActor
    api_key_id: None | UUID
    action: AuditAction
    operation: str
    method: str
    route: str
    subject_erased: bool
    status: int | None | Unset = UNSET
    assessment_id: None | Unset | UUID = UNSET
    resource_type: None | str | Unset = UNSET
    resource_id: None | Unset | UUID = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor.value

        api_key_id: None | str
        if isinstance(self.api_key_id, UUID):
            api_key_id = str(self.api_key_id)
        else:
            api_key_id = self.api_key_id

        action = self.action.value

        operation = self.operation

        method = self.method

        route = self.route

        subject_erased = self.subject_erased

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        assessment_id: None | str | Unset
        if isinstance(self.assessment_id, Unset):
            assessment_id = UNSET
        elif isinstance(self.assessment_id, UUID):
            assessment_id = str(self.assessment_id)
        else:
            assessment_id = self.assessment_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        elif isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor": actor,
                "api_key_id": api_key_id,
                "action": action,
                "operation": operation,
                "method": method,
                "route": route,
                "subject_erased": subject_erased,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if assessment_id is not UNSET:
            field_dict["assessment_id"] = assessment_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = AuditActor(d.pop("actor"))

        def _parse_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_key_id_type_0 = UUID(data)

                return api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))

        action = AuditAction(d.pop("action"))

        operation = d.pop("operation")

        method = d.pop("method")

        route = d.pop("route")

        subject_erased = d.pop("subject_erased")

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_resource_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)

                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_event = cls(
            id=id,
            occurred_at=occurred_at,
            actor=actor,
            api_key_id=api_key_id,
            action=action,
            operation=operation,
            method=method,
            route=route,
            subject_erased=subject_erased,
            status=status,
            assessment_id=assessment_id,
            resource_type=resource_type,
            resource_id=resource_id,
            request_id=request_id,
        )

        audit_event.additional_properties = d
        return audit_event

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
