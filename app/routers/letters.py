"""Letter intake: parse a pasted or uploaded demand letter; assess it in one step."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from app.core.errors import InvalidInput, UnsupportedMediaType
from app.routers.assessments import IdempotencyKey, location, service
from app.routers.bodies import created as answer_created
from app.routers.bodies import media_type, parse_json
from app.routers.common import JSONBody, headers, problems
from app.routers.deps import LangDep, SessionDep, TenantDep
from app.routers.input_guard import check_document
from app.schemas.assessment import Assessment as AssessmentOut
from app.schemas.letters import LetterParse
from app.services import intake
from app.services.assessment_etags import etag_for
from app.services.parsing_pool import ParsingPool

router = APIRouter(tags=["letters"])

TEXT_EXAMPLE = (
    "Dear Sir or Madam, COPYTRACK GmbH acts on behalf of Trunk Archive ... Case no: 7Q2K9X"
)
LETTER_BODY = {
    "required": True,
    "content": {
        "text/plain": {
            "schema": {"type": "string", "format": "binary"},
            "example": TEXT_EXAMPLE,
        },
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "minLength": 1},
                    "claim": {
                        "type": "object",
                        "description": "Facts the caller knows; they win over the letter.",
                    },
                },
                "required": ["text"],
                "additionalProperties": False,
            },
            "example": {"text": TEXT_EXAMPLE},
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": ".txt, .eml, .html or .pdf (text layer), 5 MiB at most",
                    },
                    "claim": {
                        "type": "string",
                        "description": "JSON object of facts the caller knows (optional).",
                    },
                },
                "required": ["file"],
                "additionalProperties": False,
            }
        },
    },
}


async def _read_letter(request: Request) -> tuple[Any, dict[str, Any], Any]:
    """(parsed letter, caller's facts, fingerprint of the request)."""
    media = media_type(request)
    if media == "text/plain":
        raw = await request.body()
        parsed = await parsers(request).parse_document(
            raw, None, request.headers.get("content-type")
        )
        return parsed, {}, {"text": parsed.text}
    if media == "application/json":
        body = parse_json(await request.body())
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise InvalidInput(
                'Send {"text": "<the letter>"}.',
                errors=[{"pointer": "/text", "detail": "a string is required"}],
            )
        extra = set(body) - {"text", "claim"}
        if extra:
            raise InvalidInput(
                "Unknown fields.",
                errors=[{"pointer": f"/{k}", "detail": "unknown field"} for k in sorted(extra)],
            )
        supplied = _facts(body["claim"]) if "claim" in body else {}
        return await parsers(request).parse_text(body["text"]), supplied, body
    if media == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=5)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidInput(
                "Attach the letter as the 'file' part.",
                errors=[{"pointer": "/file", "detail": "a file is required"}],
            )
        data = await upload.read()
        claim_part = form.get("claim")
        supplied = {}
        if isinstance(claim_part, str) and claim_part.strip():
            try:
                supplied = _facts(orjson.loads(claim_part))
            except orjson.JSONDecodeError as exc:
                raise InvalidInput(
                    "The 'claim' part is not valid JSON.",
                    errors=[{"pointer": "/claim", "detail": str(exc).split(":")[0][:200]}],
                ) from exc
            check_document(supplied, root="/claim")
        parsed = await parsers(request).parse_document(data, upload.filename, upload.content_type)
        return parsed, supplied, {"text": parsed.text, "claim": supplied}
    raise UnsupportedMediaType(
        'Send the letter as text/plain, application/json {"text": ...} or a '
        "multipart/form-data upload ('file')."
    )


def parsers(request: Request) -> ParsingPool:
    return request.app.state.parsing


def _facts(value: Any) -> dict[str, Any]:
    """The caller's facts, which must be a JSON object in the claim's shape."""
    if not isinstance(value, dict):
        raise InvalidInput(
            "The caller's facts must be a JSON object in the claim's shape.",
            errors=[{"pointer": "/claim", "detail": "expected an object"}],
        )
    return value


@router.post(
    "/v1/letters/parse",
    response_model=LetterParse,
    responses=problems(400, 401, 413, 415, 422),
    summary="Parse a demand letter (text, e-mail, HTML or PDF) into a claim draft",
    openapi_extra={"requestBody": LETTER_BODY},
)
async def parse_letter(request: Request, tenant: TenantDep) -> Response:
    parsed, _supplied, _fingerprint = await _read_letter(request)
    return await run_in_threadpool(lambda: JSONBody(parsed.model_dump(mode="json")))


@router.post(
    "/v1/assessments/from-letter",
    response_model=AssessmentOut,
    status_code=201,
    responses={
        201: {
            "description": "Stored (or replayed for the same Idempotency-Key and body).",
            "headers": headers("Location", "ETag", "Content-Language", "Idempotent-Replayed"),
        },
        **problems(400, 401, 409, 413, 415, 422),
    },
    summary="Parse a letter, merge the caller's facts (they win), evaluate and store",
    openapi_extra={"requestBody": LETTER_BODY},
)
async def assess_letter(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    parsed, supplied, fingerprint = await _read_letter(request)
    created = await run_in_threadpool(
        intake.assess_letter,
        service(request, session),
        tenant,
        parsed,
        supplied,
        idempotency_key=idempotency_key,
        fingerprint=fingerprint,
    )
    body = created.body
    return await run_in_threadpool(
        lambda: answer_created(
            body,
            location(request, body["id"]),
            lang=lang,
            replayed=created.replayed,
            headers={"ETag": etag_for(body["id"], body["revision"], lang)},
        )
    )
