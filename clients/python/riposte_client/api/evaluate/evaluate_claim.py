from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assessment_result import AssessmentResult
from ...models.claim import Claim
from ...models.language import Language
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Claim,
    lang: Language | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/v1/evaluate",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentResult | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssessmentResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Claim,
    lang: Language | None | Unset = UNSET,
) -> Response[AssessmentResult | Problem]:
    """Evaluate a claim without storing it (what-if)

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        body (Claim): A demand letter and the facts of the case, as practice software sends them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Claim,
    lang: Language | None | Unset = UNSET,
) -> AssessmentResult | Problem | None:
    """Evaluate a claim without storing it (what-if)

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        body (Claim): A demand letter and the facts of the case, as practice software sends them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Claim,
    lang: Language | None | Unset = UNSET,
) -> Response[AssessmentResult | Problem]:
    """Evaluate a claim without storing it (what-if)

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        body (Claim): A demand letter and the facts of the case, as practice software sends them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Claim,
    lang: Language | None | Unset = UNSET,
) -> AssessmentResult | Problem | None:
    """Evaluate a claim without storing it (what-if)

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        body (Claim): A demand letter and the facts of the case, as practice software sends them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
