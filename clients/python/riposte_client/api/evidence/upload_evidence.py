from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upload_evidence import BodyUploadEvidence
from ...models.evidence import Evidence
from ...models.language import Language
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_id: UUID,
    *,
    body: BodyUploadEvidence,
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
        "url": "/v1/assessments/{assessment_id}/evidence".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Evidence | Problem | None:
    if response.status_code == 201:
        response_201 = Evidence.from_dict(response.json())

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

    if response.status_code == 507:
        response_507 = Problem.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Evidence | Problem]:
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
    body: BodyUploadEvidence,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Evidence | Problem]:
    """Add a file to the case (image, capture, mandate, licence, report...)

     The type is decided by the content's first bytes (JPEG, PNG, WebP, TIFF, HEIC, PDF, e-mail, Outlook
    message, plain text), never by the name. Files up to `RIPOSTE_EVIDENCE_INLINE_BYTES` are analysed
    before the response (`status: analysed`); larger ones, scans read by OCR and images compared with
    another image of the case, in a queued job (`status: analysing`, then `analysed` or `failed`). A
    scan on a server without OCR is analysed with `facts.ocr: needs_ocr`.

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (BodyUploadEvidence):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadEvidence,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Evidence | Problem | None:
    """Add a file to the case (image, capture, mandate, licence, report...)

     The type is decided by the content's first bytes (JPEG, PNG, WebP, TIFF, HEIC, PDF, e-mail, Outlook
    message, plain text), never by the name. Files up to `RIPOSTE_EVIDENCE_INLINE_BYTES` are analysed
    before the response (`status: analysed`); larger ones, scans read by OCR and images compared with
    another image of the case, in a queued job (`status: analysing`, then `analysed` or `failed`). A
    scan on a server without OCR is analysed with `facts.ocr: needs_ocr`.

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (BodyUploadEvidence):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evidence | Problem
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadEvidence,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Evidence | Problem]:
    """Add a file to the case (image, capture, mandate, licence, report...)

     The type is decided by the content's first bytes (JPEG, PNG, WebP, TIFF, HEIC, PDF, e-mail, Outlook
    message, plain text), never by the name. Files up to `RIPOSTE_EVIDENCE_INLINE_BYTES` are analysed
    before the response (`status: analysed`); larger ones, scans read by OCR and images compared with
    another image of the case, in a queued job (`status: analysing`, then `analysed` or `failed`). A
    scan on a server without OCR is analysed with `facts.ocr: needs_ocr`.

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (BodyUploadEvidence):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
        lang=lang,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyUploadEvidence,
    lang: Language | None | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Evidence | Problem | None:
    """Add a file to the case (image, capture, mandate, licence, report...)

     The type is decided by the content's first bytes (JPEG, PNG, WebP, TIFF, HEIC, PDF, e-mail, Outlook
    message, plain text), never by the name. Files up to `RIPOSTE_EVIDENCE_INLINE_BYTES` are analysed
    before the response (`status: analysed`); larger ones, scans read by OCR and images compared with
    another image of the case, in a queued job (`status: analysing`, then `analysed` or `failed`). A
    scan on a server without OCR is analysed with `facts.ocr: needs_ocr`.

    Args:
        assessment_id (UUID):
        lang (Language | None | Unset): Language of texts (default: Accept-Language, then French).
        idempotency_key (None | str | Unset): Retry-safe key: a retry with the same key and body
            returns the first response and creates nothing. Keys are kept at least 24 hours.
        body (BodyUploadEvidence):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evidence | Problem
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
            body=body,
            lang=lang,
            idempotency_key=idempotency_key,
        )
    ).parsed
