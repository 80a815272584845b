import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency import Agency
from ...models.assessment_page import AssessmentPage
from ...models.problem import Problem
from ...models.recommendation import Recommendation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    agency: Agency | None | Unset = UNSET,
    rights_holder: None | str | Unset = UNSET,
    recommendation: None | Recommendation | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_external_ref: None | str | Unset
    if isinstance(external_ref, Unset):
        json_external_ref = UNSET
    else:
        json_external_ref = external_ref
    params["external_ref"] = json_external_ref

    json_agency: None | str | Unset
    if isinstance(agency, Unset):
        json_agency = UNSET
    elif isinstance(agency, Agency):
        json_agency = agency.value
    else:
        json_agency = agency
    params["agency"] = json_agency

    json_rights_holder: None | str | Unset
    if isinstance(rights_holder, Unset):
        json_rights_holder = UNSET
    else:
        json_rights_holder = rights_holder
    params["rights_holder"] = json_rights_holder

    json_recommendation: None | str | Unset
    if isinstance(recommendation, Unset):
        json_recommendation = UNSET
    elif isinstance(recommendation, Recommendation):
        json_recommendation = recommendation.value
    else:
        json_recommendation = recommendation
    params["recommendation"] = json_recommendation

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    json_created_before: None | str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = created_before.isoformat()
    else:
        json_created_before = created_before
    params["created_before"] = json_created_before

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assessments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentPage | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentPage.from_dict(response.json())

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
) -> Response[AssessmentPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    agency: Agency | None | Unset = UNSET,
    rights_holder: None | str | Unset = UNSET,
    recommendation: None | Recommendation | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[AssessmentPage | Problem]:
    """List assessments, newest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): From `next`.
        external_ref (None | str | Unset):
        agency (Agency | None | Unset):
        rights_holder (None | str | Unset):
        recommendation (None | Recommendation | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset): Only assessments revised (or created)
            after this instant, to resync after missed webhooks; deletions arrive as
            `assessment.deleted` events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        agency=agency,
        rights_holder=rights_holder,
        recommendation=recommendation,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    agency: Agency | None | Unset = UNSET,
    rights_holder: None | str | Unset = UNSET,
    recommendation: None | Recommendation | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> AssessmentPage | Problem | None:
    """List assessments, newest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): From `next`.
        external_ref (None | str | Unset):
        agency (Agency | None | Unset):
        rights_holder (None | str | Unset):
        recommendation (None | Recommendation | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset): Only assessments revised (or created)
            after this instant, to resync after missed webhooks; deletions arrive as
            `assessment.deleted` events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        agency=agency,
        rights_holder=rights_holder,
        recommendation=recommendation,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    agency: Agency | None | Unset = UNSET,
    rights_holder: None | str | Unset = UNSET,
    recommendation: None | Recommendation | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[AssessmentPage | Problem]:
    """List assessments, newest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): From `next`.
        external_ref (None | str | Unset):
        agency (Agency | None | Unset):
        rights_holder (None | str | Unset):
        recommendation (None | Recommendation | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset): Only assessments revised (or created)
            after this instant, to resync after missed webhooks; deletions arrive as
            `assessment.deleted` events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        agency=agency,
        rights_holder=rights_holder,
        recommendation=recommendation,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    agency: Agency | None | Unset = UNSET,
    rights_holder: None | str | Unset = UNSET,
    recommendation: None | Recommendation | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> AssessmentPage | Problem | None:
    """List assessments, newest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (None | str | Unset): From `next`.
        external_ref (None | str | Unset):
        agency (Agency | None | Unset):
        rights_holder (None | str | Unset):
        recommendation (None | Recommendation | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset): Only assessments revised (or created)
            after this instant, to resync after missed webhooks; deletions arrive as
            `assessment.deleted` events.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            external_ref=external_ref,
            agency=agency,
            rights_holder=rights_holder,
            recommendation=recommendation,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
        )
    ).parsed
