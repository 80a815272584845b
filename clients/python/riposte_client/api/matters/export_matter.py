from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    external_ref: None | str | Unset = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_external_ref: None | str | Unset
    if isinstance(external_ref, Unset):
        json_external_ref = UNSET
    else:
        json_external_ref = external_ref
    params["external_ref"] = json_external_ref

    json_assessment_id: None | str | Unset
    if isinstance(assessment_id, Unset):
        json_assessment_id = UNSET
    elif isinstance(assessment_id, UUID):
        json_assessment_id = str(assessment_id)
    else:
        json_assessment_id = assessment_id
    params["assessment_id"] = json_assessment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/matters/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    external_ref: None | str | Unset = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
) -> Response[File | Problem]:
    """Export a matter (Art. 20 GDPR): its assessments, files and drafts as a zip

    Args:
        external_ref (None | str | Unset): The matter's reference in the practice software (the
            claims' `external_ref`): every assessment with it.
        assessment_id (None | Unset | UUID): Or one assessment: its matter is every assessment
            with its reference (the assessment alone when it has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        external_ref=external_ref,
        assessment_id=assessment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    external_ref: None | str | Unset = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
) -> File | Problem | None:
    """Export a matter (Art. 20 GDPR): its assessments, files and drafts as a zip

    Args:
        external_ref (None | str | Unset): The matter's reference in the practice software (the
            claims' `external_ref`): every assessment with it.
        assessment_id (None | Unset | UUID): Or one assessment: its matter is every assessment
            with its reference (the assessment alone when it has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        external_ref=external_ref,
        assessment_id=assessment_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_ref: None | str | Unset = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
) -> Response[File | Problem]:
    """Export a matter (Art. 20 GDPR): its assessments, files and drafts as a zip

    Args:
        external_ref (None | str | Unset): The matter's reference in the practice software (the
            claims' `external_ref`): every assessment with it.
        assessment_id (None | Unset | UUID): Or one assessment: its matter is every assessment
            with its reference (the assessment alone when it has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        external_ref=external_ref,
        assessment_id=assessment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_ref: None | str | Unset = UNSET,
    assessment_id: None | Unset | UUID = UNSET,
) -> File | Problem | None:
    """Export a matter (Art. 20 GDPR): its assessments, files and drafts as a zip

    Args:
        external_ref (None | str | Unset): The matter's reference in the practice software (the
            claims' `external_ref`): every assessment with it.
        assessment_id (None | Unset | UUID): Or one assessment: its matter is every assessment
            with its reference (the assessment alone when it has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            external_ref=external_ref,
            assessment_id=assessment_id,
        )
    ).parsed
