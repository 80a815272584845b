from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draft_out import DraftOut
from ...models.draft_request import DraftRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    assessment_id: UUID,
    *,
    body: DraftRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/assessments/{assessment_id}/drafts".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DraftOut | Problem | None:
    if response.status_code == 201:
        response_201 = DraftOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DraftOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
) -> Response[DraftOut | Problem]:
    """Draft a reply letter from the assessment's current revision

    Args:
        assessment_id (UUID):
        body (DraftRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftOut | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
) -> DraftOut | Problem | None:
    """Draft a reply letter from the assessment's current revision

    Args:
        assessment_id (UUID):
        body (DraftRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftOut | Problem
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
) -> Response[DraftOut | Problem]:
    """Draft a reply letter from the assessment's current revision

    Args:
        assessment_id (UUID):
        body (DraftRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftOut | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
) -> DraftOut | Problem | None:
    """Draft a reply letter from the assessment's current revision

    Args:
        assessment_id (UUID):
        body (DraftRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftOut | Problem
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
            body=body,
        )
    ).parsed
