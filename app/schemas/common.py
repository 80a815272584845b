"""Shared pieces of the API contract: money, bounded dates, problem details."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.schemas.codes import CountryCode, CurrencyCode

EARLIEST_DATE = date(1800, 1, 1)
FUTURE_TOLERANCE = timedelta(days=366)


def _not_far_future(value: date) -> date:
    if value < EARLIEST_DATE:
        raise ValueError(f"date before {EARLIEST_DATE.isoformat()} is not plausible")
    if value > date.today() + FUTURE_TOLERANCE:
        raise ValueError("date is more than a year in the future")
    return value


ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
ISO_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?$")


def _iso_date_only(value: Any) -> Any:
    """Refuse the lax forms pydantic would otherwise take (unix timestamps, numbers)."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DATE.match(value)):
        return value
    raise ValueError("must be an ISO 8601 date such as 2026-10-02")


def _iso_datetime_only(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and ISO_DATETIME.match(value)):
        return value
    raise ValueError("must be an ISO 8601 date-time such as 2026-10-02T09:00:00Z")


FILTER_RANGE = (datetime(1900, 1, 1), datetime(2200, 1, 1))


def _sane_moment(value: datetime) -> datetime:
    """Within 1900..2200 on its own clock, so that converting it to UTC cannot overflow."""
    plain = value.replace(tzinfo=None)
    if not FILTER_RANGE[0] <= plain <= FILTER_RANGE[1]:
        raise ValueError("must lie between 1900 and 2200")
    return value


IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime_only), AfterValidator(_sane_moment)]

FactDate = Annotated[
    date,
    BeforeValidator(_iso_date_only),
    AfterValidator(_not_far_future),
    Field(description="ISO 8601 date; no earlier than 1800 and at most a year ahead."),
]

Country = Annotated[CountryCode, Field(description="ISO 3166-1 alpha-2 country code.")]


class Input(BaseModel):
    """Base of every input model: unknown fields are rejected."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)


MAX_AMOUNT = Decimal("999999999999.99")
"""The largest amount the database columns (14 digits, 2 decimals) hold."""


def _fits_column(amount: str) -> str:
    if Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) > MAX_AMOUNT:
        raise ValueError(f"must not exceed {MAX_AMOUNT}")
    return amount


class Money(Input):
    amount: Annotated[str, AfterValidator(_fits_column)] = Field(
        pattern=r"^[0-9]{1,12}(\.[0-9]{1,4})?$",
        description='Non-negative decimal string, e.g. "389.59", at most 999999999999.99.',
        examples=["389.59"],
    )
    currency: CurrencyCode = Field(description="ISO 4217 currency code.")


class MoneyValue(BaseModel):
    """An amount of money in a response: a decimal string and its currency."""

    amount: str = Field(description='Decimal string, e.g. "1107.74".', examples=["389.59"])
    currency: str = Field(description="ISO 4217 code, e.g. EUR.", examples=["EUR"])


class ProblemError(BaseModel):
    pointer: str = Field(description="JSON pointer to the offending field of the request.")
    detail: str


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(default="about:blank")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[ProblemError] | None = None
    request_id: str | None = Field(
        default=None, description="The X-Request-ID of the response, to quote to support."
    )


def loc_to_pointer(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "header", "path")]
    parts = [p for p in parts if not p.startswith("function-") and "[" not in p]
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def friendly(error: dict[str, Any]) -> str:
    """A message a developer reading the problem can act on."""
    message = error.get("msg", "invalid value").removeprefix("Value error, ")
    loc = tuple(error.get("loc", ()))
    if error.get("type") == "string_pattern_mismatch" and loc and loc[-1] == "amount":
        return 'must be a non-negative decimal string such as "389.59"'
    if error.get("type") == "enum" and loc and loc[-1] == "currency":
        return "must be an ISO 4217 currency code such as EUR, GBP or USD"
    if error.get("type") == "enum" and loc and loc[-1] in ("country", "asserted_law"):
        return "must be an ISO 3166-1 alpha-2 country code such as FR, DE, GB or US"
    return message


def contract_errors(exc: ValidationError) -> list[dict[str, str]]:
    """A pointer and a readable detail for each field a validation refused."""
    return [
        {"pointer": loc_to_pointer(tuple(e["loc"])), "detail": friendly(e)} for e in exc.errors()
    ]
