from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evidence_list import EvidenceList
from ...models.language import Language
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_id: UUID,
    *,
    lang: Language | None | Unset = UNSET,
) -> dict[str, Any]:

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
        "url": "/v1/assessments/{assessment_id}/evidence".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvidenceList | Problem | None:
    if response.status_code == 200:
        response_200 = EvidenceList.from_dict(response.json())

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
) -> Response[EvidenceList | Problem]:
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
) -> Response[EvidenceList | Problem]:
    """List the files of the case, oldest first

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceList | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        lang=lang,
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
) -> EvidenceList | Problem | None:
    """List the files of the case, oldest first

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceList | Problem
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: Language | None | Unset = UNSET,
) -> Response[EvidenceList | Problem]:
    """List the files of the case, oldest first

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceList | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: Language | None | Unset = UNSET,
) -> EvidenceList | Problem | None:
    """List the files of the case, oldest first

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceList | Problem
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
            lang=lang,
        )
    ).parsed
