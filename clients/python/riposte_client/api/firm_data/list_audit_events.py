import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_action import AuditAction
from ...models.audit_event_page import AuditEventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    api_key_id: None | Unset | UUID = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,
    occurred_after: datetime.datetime | None | Unset = UNSET,
    occurred_before: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_api_key_id: None | str | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, UUID):
        json_api_key_id = str(api_key_id)
    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_assessment_id: None | str | Unset
    if isinstance(assessment_id, Unset):
        json_assessment_id = UNSET
    elif isinstance(assessment_id, UUID):
        json_assessment_id = str(assessment_id)
    else:
        json_assessment_id = assessment_id
    params["assessment_id"] = json_assessment_id

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    elif isinstance(action, AuditAction):
        json_action = action.value
    else:
        json_action = action
    params["action"] = json_action

    json_operation: None | str | Unset
    if isinstance(operation, Unset):
        json_operation = UNSET
    else:
        json_operation = operation
    params["operation"] = json_operation

    json_occurred_after: None | str | Unset
    if isinstance(occurred_after, Unset):
        json_occurred_after = UNSET
    elif isinstance(occurred_after, datetime.datetime):
        json_occurred_after = occurred_after.isoformat()
    else:
        json_occurred_after = occurred_after
    params["occurred_after"] = json_occurred_after

    json_occurred_before: None | str | Unset
    if isinstance(occurred_before, Unset):
        json_occurred_before = UNSET
    elif isinstance(occurred_before, datetime.datetime):
        json_occurred_before = occurred_before.isoformat()
    else:
        json_occurred_before = occurred_before
    params["occurred_before"] = json_occurred_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    api_key_id: None | Unset | UUID = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,
    occurred_after: datetime.datetime | None | Unset = UNSET,
    occurred_before: datetime.datetime | None | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """The audit log: who read and wrote what, and when, newest first

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): From `next`.
        api_key_id (None | Unset | UUID): One key's requests.
        assessment_id (None | Unset | UUID):
        action (AuditAction | None | Unset):
        operation (None | str | Unset): An operation id.
        occurred_after (datetime.datetime | None | Unset):
        occurred_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        api_key_id=api_key_id,
        assessment_id=assessment_id,
        action=action,
        operation=operation,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    api_key_id: None | Unset | UUID = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,
    occurred_after: datetime.datetime | None | Unset = UNSET,
    occurred_before: datetime.datetime | None | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """The audit log: who read and wrote what, and when, newest first

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): From `next`.
        api_key_id (None | Unset | UUID): One key's requests.
        assessment_id (None | Unset | UUID):
        action (AuditAction | None | Unset):
        operation (None | str | Unset): An operation id.
        occurred_after (datetime.datetime | None | Unset):
        occurred_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        api_key_id=api_key_id,
        assessment_id=assessment_id,
        action=action,
        operation=operation,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    api_key_id: None | Unset | UUID = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,
    occurred_after: datetime.datetime | None | Unset = UNSET,
    occurred_before: datetime.datetime | None | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """The audit log: who read and wrote what, and when, newest first

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): From `next`.
        api_key_id (None | Unset | UUID): One key's requests.
        assessment_id (None | Unset | UUID):
        action (AuditAction | None | Unset):
        operation (None | str | Unset): An operation id.
        occurred_after (datetime.datetime | None | Unset):
        occurred_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        api_key_id=api_key_id,
        assessment_id=assessment_id,
        action=action,
        operation=operation,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    api_key_id: None | Unset | UUID = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
    action: AuditAction | None | Unset = UNSET,
    operation: None | str | Unset = UNSET,
    occurred_after: datetime.datetime | None | Unset = UNSET,
    occurred_before: datetime.datetime | None | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """The audit log: who read and wrote what, and when, newest first

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): From `next`.
        api_key_id (None | Unset | UUID): One key's requests.
        assessment_id (None | Unset | UUID):
        action (AuditAction | None | Unset):
        operation (None | str | Unset): An operation id.
        occurred_after (datetime.datetime | None | Unset):
        occurred_before (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            api_key_id=api_key_id,
            assessment_id=assessment_id,
            action=action,
            operation=operation,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
        )
    ).parsed
