"""The catalogue of problem types: every ``type`` a problem of this API carries is a
relative URI ``/problems/<slug>`` that answers here, with its title, status and meaning."""

from __future__ import annotations

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from app.core.errors import NotFound
from app.routers.common import JSONBody, problems

PROBLEM_TYPES: dict[str, tuple[int, str, str]] = {
    "bad-request": (400, "Bad request", "The request cannot be read."),
    "malformed-json": (400, "Malformed JSON", "The body is not valid JSON; `errors` says where."),
    "invalid-host": (
        400,
        "Bad Request",
        "The Host header names a host this service does not serve.",
    ),
    "unauthorized": (401, "Missing or invalid API key", "Send a valid, unrevoked key."),
    "forbidden": (
        403,
        "The API key lacks the scope",
        "Use a key with the scope the operation states.",
    ),
    "csrf": (
        403,
        "Forbidden",
        "The review page's form token is missing or wrong; reload the page.",
    ),
    "not-found": (
        404,
        "Not found",
        "No such resource for this firm (another firm's is not found either).",
    ),
    "conflict": (
        409,
        "Conflict",
        "The request conflicts with the current state; `Retry-After` when it is transient.",
    ),
    "legal-hold": (
        409,
        "Under legal hold",
        "The matter is kept for legal claims (Art. 17(3)(e) GDPR) and cannot be erased; "
        "clear its hold first (`DELETE /v1/legal-holds/{hold_id}`).",
    ),
    "precondition-failed": (
        412,
        "Precondition failed",
        "If-Match no longer matches: fetch again and reapply.",
    ),
    "payload-too-large": (413, "Request body too large", "The body exceeds the size limit."),
    "unsupported-media-type": (
        415,
        "Unsupported media type",
        "Send one of the media types the operation declares.",
    ),
    "invalid-input": (
        422,
        "Invalid input",
        "The request does not match the contract; `errors` points at each field.",
    ),
    "precondition-required": (
        428,
        "Precondition required",
        "Send If-Match with the ETag you hold.",
    ),
    "rate-limited": (
        429,
        "Too many requests",
        "The key used its budget; retry after `Retry-After` seconds.",
    ),
    "service-unavailable": (
        503,
        "Service unavailable",
        "Busy or starting; retry after `Retry-After` seconds.",
    ),
    "storage-quota-exceeded": (
        507,
        "Storage quota exceeded",
        "The firm's evidence storage is full.",
    ),
}
"""slug: (status, title, what it means and what to do)."""

router = APIRouter(prefix="/problems", tags=["problems"])


class ProblemType(BaseModel):
    type: str = Field(
        description="The `type` of problems of this kind.", examples=["/problems/not-found"]
    )
    status: int
    title: str
    description: str


class ProblemTypeList(BaseModel):
    items: list[ProblemType]


def _entry(slug: str) -> dict[str, object]:
    status, title, description = PROBLEM_TYPES[slug]
    return {
        "type": f"/problems/{slug}",
        "status": status,
        "title": title,
        "description": description,
    }


@router.get("", response_model=ProblemTypeList, summary="Every problem type this API answers")
def list_problem_types() -> JSONBody:
    return JSONBody({"items": [_entry(slug) for slug in PROBLEM_TYPES]})


@router.get(
    "/{slug}",
    response_model=ProblemType,
    responses=problems(404),
    summary="One problem type",
)
def get_problem_type(slug: str = Path(max_length=60, pattern="^[a-z-]+$")) -> JSONBody:
    if slug not in PROBLEM_TYPES:
        raise NotFound(f"No problem type {slug!r}; GET /problems lists them.")
    return JSONBody(_entry(slug))
