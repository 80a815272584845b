from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stats import Stats
from ...models.stats_group_by import StatsGroupBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: StatsGroupBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Stats | None:
    if response.status_code == 200:
        response_200 = Stats.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Stats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: StatsGroupBy | Unset = UNSET,
) -> Response[Problem | Stats]:
    """Matters, median demanded and paid, paid/demanded ratio, share withdrawn

    Args:
        group_by (StatsGroupBy | Unset): How stats are grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Stats]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: StatsGroupBy | Unset = UNSET,
) -> Problem | Stats | None:
    """Matters, median demanded and paid, paid/demanded ratio, share withdrawn

    Args:
        group_by (StatsGroupBy | Unset): How stats are grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Stats
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: StatsGroupBy | Unset = UNSET,
) -> Response[Problem | Stats]:
    """Matters, median demanded and paid, paid/demanded ratio, share withdrawn

    Args:
        group_by (StatsGroupBy | Unset): How stats are grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Stats]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: StatsGroupBy | Unset = UNSET,
) -> Problem | Stats | None:
    """Matters, median demanded and paid, paid/demanded ratio, share withdrawn

    Args:
        group_by (StatsGroupBy | Unset): How stats are grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Stats
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
        )
    ).parsed
