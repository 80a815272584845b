from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.revision_list import RevisionList
from ...types import Response


def _get_kwargs(
    assessment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assessments/{assessment_id}/revisions".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RevisionList | None:
    if response.status_code == 200:
        response_200 = RevisionList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | RevisionList]:
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
) -> Response[Problem | RevisionList]:
    """List the revisions of an assessment

    Args:
        assessment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionList]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | RevisionList | None:
    """List the revisions of an assessment

    Args:
        assessment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionList
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RevisionList]:
    """List the revisions of an assessment

    Args:
        assessment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionList]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | RevisionList | None:
    """List the revisions of an assessment

    Args:
        assessment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionList
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
        )
    ).parsed
