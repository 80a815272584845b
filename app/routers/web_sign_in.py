"""Signing in to the review pages: an API key posted once for a session cookie, the CSRF
token every form carries, and the key's scopes (a read-only key reads, changes nothing)."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from app.core.errors import NotFound
from app.models import WebSession
from app.routers import audit_trail
from app.routers.deps import SessionDep
from app.routers.problems import problem
from app.services import pages, review, web_sessions
from app.services.audit import WEB_SESSION

router = APIRouter(prefix="/app", include_in_schema=False)
SESSION_COOKIE = "riposte_session"
LOGIN_COOKIE = "riposte_login"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/app",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def signed_in(request: Request, session) -> WebSession | None:
    """The browser's session, if valid; the request is then audited as its key's."""
    row = web_sessions.current(session, request.cookies.get(SESSION_COOKIE))
    if row is not None:
        audit_trail.begin(request, session, row.tenant_id, row.api_key_id, actor=WEB_SESSION)
    return row


def login_redirect() -> RedirectResponse:
    return RedirectResponse("/app/login", status_code=303)


def csrf_refused(request: Request) -> Response:
    return problem(
        403,
        "Forbidden",
        "The form's CSRF token is missing or wrong; reload the page.",
        slug="csrf",
        instance=request.url.path,
    )


def read_only(request: Request) -> Response:
    return problem(
        403,
        "The API key lacks the scope",
        "This session's key is read-only: answering, drafting and deciding proposals need a "
        "key with the 'write' scope.",
        slug="forbidden",
        instance=request.url.path,
    )


def refused_post(request: Request, session, row: WebSession | None, csrf: str | None):
    """Why a form post is refused (sign-in, CSRF token, the key's scope), or None."""
    if row is None:
        return login_redirect()
    if not web_sessions.csrf_ok(row, csrf):
        return csrf_refused(request)
    if not web_sessions.may_write(session, row):
        return read_only(request)
    return None


def render_page(name: str, row: WebSession | None, language: str, **context) -> HTMLResponse:
    csrf = row.csrf_token if row else context.pop("csrf", "")
    html = pages.render(name, language, signed_in=row is not None, csrf=csrf, **context)
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


@router.get("/static/{name}")
def static(name: str) -> Response:
    path = pages.STATIC / name
    if name not in ("app.css", "review.js") or not path.exists():
        raise NotFound(f"No static file {name}.")
    return FileResponse(path)


@router.get("")
def home() -> RedirectResponse:
    return RedirectResponse("/app/assessments", status_code=303)


@router.get("/login")
def login_form(request: Request, lang: Annotated[str, Query()] = "fr") -> Response:
    language = lang if lang in review.UI_LANGUAGES else "fr"
    token = secrets.token_urlsafe(24)
    response = render_page("login.html", None, language, csrf=token, error=None)
    set_cookie(response, request, LOGIN_COOKIE, token, 600)
    return response


@router.post("/login")
def login(
    request: Request,
    session: SessionDep,
    api_key: Annotated[str, Form(max_length=300)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    language: Annotated[str, Form(max_length=2)] = "fr",
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE) or ""
    if not (csrf and expected and hmac.compare_digest(csrf, expected)):
        return csrf_refused(request)
    language = language if language in review.UI_LANGUAGES else "fr"
    try:
        signed = web_sessions.sign_in(session, api_key, language, cache=request.app.state.key_cache)
    except web_sessions.CannotRead:
        signed, status, error = None, 403, review.labels(language)["cannot_read"]
    else:
        status, error = 401, review.labels(language)["bad_key"]
    if signed is None:
        token = secrets.token_urlsafe(24)
        response = render_page("login.html", None, language, csrf=token, error=error)
        response.status_code = status
        set_cookie(response, request, LOGIN_COOKIE, token, 600)
        return response
    token, _ = signed
    response = RedirectResponse("/app/assessments", status_code=303)
    set_cookie(response, request, SESSION_COOKIE, token, int(web_sessions.LIFETIME.total_seconds()))
    response.delete_cookie(LOGIN_COOKIE, path="/app")
    return response


@router.post("/logout")
def logout(
    request: Request, session: SessionDep, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    if not web_sessions.csrf_ok(row, csrf):
        return csrf_refused(request)
    web_sessions.sign_out(session, request.cookies.get(SESSION_COOKIE))
    response = login_redirect()
    response.delete_cookie(SESSION_COOKIE, path="/app")
    return response
