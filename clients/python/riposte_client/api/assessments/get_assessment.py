from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment import Assessment
from ...models.language import Language
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_id: UUID,
    *,
    lang: Language | None | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    elif isinstance(lang, Language):
        json_lang = lang.value
    else:
        json_lang = lang
    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assessments/{assessment_id}".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Assessment | Problem | None:
    if response.status_code == 200:
        response_200 = Assessment.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Assessment | Problem]:
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
    lang: Language | None | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Assessment | Problem]:
    """Get an assessment (its current revision)

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Assessment | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        lang=lang,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: Language | None | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Assessment | Problem | None:
    """Get an assessment (its current revision)

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Assessment | Problem
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        lang=lang,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: Language | None | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Assessment | Problem]:
    """Get an assessment (its current revision)

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Assessment | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        lang=lang,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: Language | None | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Assessment | Problem | None:
    """Get an assessment (its current revision)

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Assessment | Problem
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
            lang=lang,
            if_none_match=if_none_match,
        )
    ).parsed
