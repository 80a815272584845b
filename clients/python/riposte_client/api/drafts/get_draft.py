from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draft_format import DraftFormat
from ...models.draft_out import DraftOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_id: UUID,
    draft_id: UUID,
    *,
    format_: DraftFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assessments/{assessment_id}/drafts/{draft_id}".format(
            assessment_id=quote(str(assessment_id), safe=""),
            draft_id=quote(str(draft_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DraftOut | Problem | None:
    if response.status_code == 200:
        response_200 = DraftOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DraftOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_id: UUID,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DraftFormat | Unset = UNSET,
) -> Response[DraftOut | Problem]:
    """Get a draft, or the letter as Markdown, HTML, DOCX or PDF

    Args:
        assessment_id (UUID):
        draft_id (UUID):
        format_ (DraftFormat | Unset): Format of a reply letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftOut | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        draft_id=draft_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DraftFormat | Unset = UNSET,
) -> DraftOut | Problem | None:
    """Get a draft, or the letter as Markdown, HTML, DOCX or PDF

    Args:
        assessment_id (UUID):
        draft_id (UUID):
        format_ (DraftFormat | Unset): Format of a reply letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftOut | Problem
    """

    return sync_detailed(
        assessment_id=assessment_id,
        draft_id=draft_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DraftFormat | Unset = UNSET,
) -> Response[DraftOut | Problem]:
    """Get a draft, or the letter as Markdown, HTML, DOCX or PDF

    Args:
        assessment_id (UUID):
        draft_id (UUID):
        format_ (DraftFormat | Unset): Format of a reply letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftOut | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        draft_id=draft_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: DraftFormat | Unset = UNSET,
) -> DraftOut | Problem | None:
    """Get a draft, or the letter as Markdown, HTML, DOCX or PDF

    Args:
        assessment_id (UUID):
        draft_id (UUID):
        format_ (DraftFormat | Unset): Format of a reply letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftOut | Problem
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            draft_id=draft_id,
            client=client,
            format_=format_,
        )
    ).parsed
