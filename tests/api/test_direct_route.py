"""POST /v1/assessments and POST /v1/evaluate answered without FastAPI's dependency solver
(app.routers.direct): the ordinary request skips it, every refusal is still FastAPI's own
(the solver runs and makes the problem)."""

from __future__ import annotations

import copy

import fastapi.routing
import pytest

PROBLEM = "application/problem+json"


@pytest.fixture()
def solver_calls(monkeypatch) -> list[str]:
    """The paths of the requests FastAPI's dependency solver ran for."""
    calls: list[str] = []
    solve = fastapi.routing.solve_dependencies

    async def counted(*args, **kwargs):
        calls.append(kwargs["request"].url.path)
        return await solve(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counted)
    return calls


@pytest.fixture()
def no_solver(monkeypatch):
    """Make FastAPI's dependency solver fail the request if it is called."""

    async def refuse(*args, **kwargs):
        raise AssertionError("the dependency solver ran")

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", refuse)


def test_an_ordinary_create_does_not_run_the_solver(client, auth, example_claim, no_solver):
    answer = client.post(
        "/v1/assessments?lang=en",
        json=example_claim,
        headers={**auth, "Idempotency-Key": "direct-1"},
    )
    assert answer.status_code == 201, answer.text
    assert answer.headers["Content-Language"] == "en"
    assert answer.headers["Location"] == f"/v1/assessments/{answer.json()['id']}"
    assert answer.headers["ETag"].endswith('-1-en"')
    replay = client.post(
        "/v1/assessments?lang=en",
        json=example_claim,
        headers={**auth, "Idempotency-Key": "direct-1"},
    )
    assert replay.status_code == 201
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json()["id"] == answer.json()["id"]


def test_the_language_comes_from_accept_language_as_before(client, auth, example_claim, no_solver):
    answer = client.post(
        "/v1/assessments", json=example_claim, headers={**auth, "Accept-Language": "en-GB"}
    )
    assert answer.status_code == 201
    assert answer.headers["Content-Language"] == "en"


def test_authentication_is_checked_on_the_direct_path(client, example_claim, no_solver):
    answer = client.post("/v1/assessments", json=example_claim)
    assert answer.status_code == 401
    assert answer.headers["content-type"] == PROBLEM
    assert answer.headers["WWW-Authenticate"] == "Bearer"


def _wrong_type(claim):
    claim = copy.deepcopy(claim)
    claim["letter"]["date"] = 12
    return claim


def _unknown_field(claim):
    return {**claim, "surprise": True}


REFUSALS = {
    "a field of the wrong type": lambda c: {"json": _wrong_type(c)},
    "an unknown field": lambda c: {"json": _unknown_field(c)},
    "no body": lambda c: {"headers": {"Content-Type": "application/json"}},
    "not JSON's media type": lambda c: {
        "content": b'{"a": 1}',
        "headers": {"Content-Type": "text/plain"},
    },
    "an unknown language": lambda c: {"json": c, "params": {"lang": "de"}},
    "an empty language": lambda c: {"json": c, "params": {"lang": ""}},
    "an invalid body and language": lambda c: {"json": _wrong_type(c), "params": {"lang": "x"}},
}


@pytest.mark.parametrize("refusal", sorted(REFUSALS))
def test_a_refusal_is_fastapis_own_problem(client, auth, example_claim, refusal, solver_calls):
    def send(path):
        request = REFUSALS[refusal](example_claim)
        headers = {**auth, **request.pop("headers", {})}
        return client.post(path, headers=headers, **request)

    stored, evaluated = send("/v1/assessments"), send("/v1/evaluate")
    assert solver_calls == ["/v1/assessments", "/v1/evaluate"]
    assert stored.status_code == evaluated.status_code == 422, stored.text
    assert stored.headers["content-type"] == PROBLEM
    body, expected = stored.json(), evaluated.json()
    assert body.pop("instance") == "/v1/assessments"
    assert expected.pop("instance") == "/v1/evaluate"
    body.pop("request_id", None), expected.pop("request_id", None)
    assert body == expected
    assert body["errors"]


def test_an_ordinary_evaluation_does_not_run_the_solver(client, auth, example_claim, no_solver):
    answer = client.post("/v1/evaluate?lang=en", json=example_claim, headers=auth)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Language"] == "en"
    assert answer.json()["strategy"]["recommendation"]


def test_a_too_long_idempotency_key_is_refused_by_fastapi(client, auth, example_claim):
    answer = client.post(
        "/v1/assessments", json=example_claim, headers={**auth, "Idempotency-Key": "k" * 256}
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["pointer"].lower().endswith("idempotency-key")


def test_an_invalid_body_without_a_key_is_still_401(client, example_claim):
    answer = client.post("/v1/assessments", json=_unknown_field(example_claim))
    assert answer.status_code == 401
