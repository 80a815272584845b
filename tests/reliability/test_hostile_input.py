"""Hostile input against a live server: each case answers a 4xx problem (or, for a letter
that is merely odd, a bounded 200) within 2 s, and the server's memory grows less than
200 MB over the whole suite."""

from __future__ import annotations

import os
import time

import httpx
import orjson
import pytest

from tests.reliability.hostile import (
    MIB,
    deep,
    letter_files,
    regex_hostile_texts,
    replaced,
    string_pointers,
)
from tests.reliability.server import Server, rss_mb

SECONDS = 2.0
"""On an idle machine; scaled by the load per core on a shared CI machine (load 16 on two
cores makes every request eight times slower, hostile or not)."""


def budget() -> float:
    return SECONDS * max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))


GROWTH_MB = 200
MAX_ANSWER = 1 * MIB
"""No answer to a hostile request may be larger than this (a 5 MB letter answered 57 MB)."""


@pytest.fixture(scope="module")
def hostile(database_url):
    # The letter budget is shortened so that an overrunning parse answers within 2 s.
    with Server(database_url, letter_parse_seconds="1.5") as server:
        server.baseline = rss_mb(server.pid)
        yield server
        growth = rss_mb(server.pid) - server.baseline
        print(f"\nhostile input: server RSS grew {growth:.0f} MB over the suite")
        assert growth < GROWTH_MB


def _check(server, method, path, auth, *, allow_ok=False, **kwargs) -> httpx.Response:
    before = rss_mb(server.pid)
    started = time.monotonic()
    answer = httpx.request(
        method,
        f"{server.url}{path}",
        headers={**auth, **kwargs.pop("headers", {})},
        timeout=30,
        **kwargs,
    )
    elapsed = time.monotonic() - started
    grown = rss_mb(server.pid) - before
    assert elapsed < budget(), f"{path}: {elapsed:.1f} s"
    assert grown < GROWTH_MB, f"{path}: grew {grown:.0f} MB"
    assert len(answer.content) <= MAX_ANSWER, f"{path}: {len(answer.content)} bytes"
    if allow_ok and answer.status_code == 200:
        return answer
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:300])
    assert answer.headers["content-type"] == "application/problem+json"
    return answer


JSON = {"Content-Type": "application/json"}
PATCH = {"Content-Type": "application/merge-patch+json"}


def _body(value) -> bytes:
    return orjson.dumps(value)


def test_json_depth_everywhere(hostile, live_auth, example_claim):
    body = deep(1000)
    created = httpx.post(f"{hostile.url}/v1/assessments", json=example_claim, headers=live_auth)
    url = created.headers["Location"]
    tag = {"If-Match": created.headers["ETag"]}
    for method, path, headers in (
        ("POST", "/v1/assessments", JSON),
        ("POST", "/v1/evaluate", JSON),
        ("PATCH", url, {**PATCH, **tag}),
        ("POST", f"{url}/outcome", JSON),
    ):
        _check(hostile, method, path, live_auth, content=body, headers=headers)
    letter = b'{"text": "Dear Sir, COPYTRACK", "claim": ' + deep(1000) + b"}"
    _check(hostile, "POST", "/v1/assessments/from-letter", live_auth, content=letter, headers=JSON)
    files = {"file": ("a.txt", b"Dear Sir, COPYTRACK acts", "text/plain")}
    _check(
        hostile,
        "POST",
        "/v1/assessments/from-letter",
        live_auth,
        files=files,
        data={"claim": deep(1000).decode()},
    )


@pytest.mark.parametrize(
    "content",
    [
        b"[" + b"0," * (MIB // 2 - 10) + b"0]",
        b'{"letter": {"amount_demanded": NaN}}',
        b'{"external_ref": "\xff\xfe\xc3\x28"}',
        b'{"external_ref": "\\ud800"}',
        b'{"external_ref": "a\\u0000b"}',
        b"{" + b",".join(b'"k%d": 1' % i for i in range(60_000)) + b"}",
    ],
    ids=["huge array", "NaN", "invalid UTF-8", "lone surrogate", "NUL", "60000 keys"],
)
def test_hostile_json_bodies(hostile, live_auth, content):
    _check(hostile, "POST", "/v1/assessments", live_auth, content=content, headers=JSON)
    _check(hostile, "POST", "/v1/evaluate", live_auth, content=content, headers=JSON)


def test_patch_with_60000_unknown_keys_answers_a_small_problem(hostile, live_auth, example_claim):
    created = httpx.post(f"{hostile.url}/v1/assessments", json=example_claim, headers=live_auth)
    patch = {f"unknown{i}": 1 for i in range(60_000)}
    answer = _check(
        hostile,
        "PATCH",
        created.headers["Location"],
        live_auth,
        content=_body(patch),
        headers={**PATCH, "If-Match": created.headers["ETag"]},
    )
    assert len(answer.json().get("errors", [])) <= 50
    assert len(answer.content) < 16_000


def test_nul_and_huge_strings_in_every_field(hostile, live_auth, example_claim):
    pointers = string_pointers(example_claim)
    assert len(pointers) >= 5
    for pointer in pointers:
        for value in ("a\u0000b", "x" * MIB):
            body = _body(replaced(example_claim, pointer, value))
            _check(hostile, "POST", "/v1/assessments", live_auth, content=body, headers=JSON)


def test_amount_beyond_the_column(hostile, live_auth, example_claim):
    claim = replaced(example_claim, "/letter/amount_demanded/amount", "999999999999.9999")
    answer = _check(
        hostile, "POST", "/v1/assessments", live_auth, content=_body(claim), headers=JSON
    )
    assert answer.status_code == 422


@pytest.mark.parametrize(
    "query",
    [
        "created_after=9999-12-31T23:59:59-23:59",
        "created_before=0001-01-01T00:00:00%2B23:59",
        "external_ref=a%00b",
        "rights_holder=%00",
        "rights_holder=%ff%fe",
        "agency=%00",
        "cursor=%00",
    ],
)
def test_hostile_query_parameters(hostile, live_auth, query):
    answer = _check(hostile, "GET", f"/v1/assessments?{query}", live_auth)
    assert answer.status_code == 422


@pytest.mark.parametrize("case", letter_files(), ids=lambda c: c[0])
def test_hostile_letter_files(hostile, live_auth, case):
    _name, filename, content, media = case
    _check(
        hostile,
        "POST",
        "/v1/letters/parse",
        live_auth,
        allow_ok=True,
        files={"file": (filename, content, media)},
    )


@pytest.mark.parametrize("case", regex_hostile_texts(), ids=lambda c: c[0])
def test_regex_hostile_text(hostile, live_auth, case):
    _check(
        hostile,
        "POST",
        "/v1/letters/parse",
        live_auth,
        allow_ok=True,
        content=case[1].encode(),
        headers={"Content-Type": "text/plain"},
    )


def test_oversized_bodies_always_answer_413(hostile, live_auth):
    for size in (2 * MIB, 6 * MIB):
        answer = _check(
            hostile, "POST", "/v1/assessments", live_auth, content=b" " * size, headers=JSON
        )
        assert answer.status_code == 413
