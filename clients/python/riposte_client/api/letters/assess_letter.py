from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assess_letter_files_body import AssessLetterFilesBody
from ...models.assess_letter_json_body import AssessLetterJsonBody
from ...models.assessment import Assessment
from ...models.language import Language
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | AssessLetterJsonBody | AssessLetterFilesBody,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

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
        "url": "/v1/assessments/from-letter",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/plain"
    if isinstance(body, AssessLetterJsonBody):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, AssessLetterFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Assessment | Problem | None:
    if response.status_code == 201:
        response_201 = Assessment.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Assessment | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File | AssessLetterJsonBody | AssessLetterFilesBody,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Assessment | Problem]:
    """Parse a letter, merge the caller's facts (they win), evaluate and store

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (File):
        body (AssessLetterJsonBody):
        body (AssessLetterFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assessment | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File | AssessLetterJsonBody | AssessLetterFilesBody,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Assessment | Problem | None:
    """Parse a letter, merge the caller's facts (they win), evaluate and store

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (File):
        body (AssessLetterJsonBody):
        body (AssessLetterFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assessment | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File | AssessLetterJsonBody | AssessLetterFilesBody,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Assessment | Problem]:
    """Parse a letter, merge the caller's facts (they win), evaluate and store

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (File):
        body (AssessLetterJsonBody):
        body (AssessLetterFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Assessment | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File | AssessLetterJsonBody | AssessLetterFilesBody,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Assessment | Problem | None:
    """Parse a letter, merge the caller's facts (they win), evaluate and store

    Args:
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (File):
        body (AssessLetterJsonBody):
        body (AssessLetterFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Assessment | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
            idempotency_key=idempotency_key,
        )
    ).parsed
