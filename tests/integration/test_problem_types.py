"""Problem types are listed under the API, and every problem's `type` answers there."""

from __future__ import annotations

import re
import uuid

from app.routers.problem_types import PROBLEM_TYPES
from app.routers.problems import STATUS
from tests.paths import REPO

SLUG = re.compile(r'slug="([a-z-]+)"')


def test_every_problem_type_in_the_code_is_listed():
    used = {slug for _, slug, _ in STATUS.values()}
    for source in (REPO / "app").rglob("*.py"):
        used |= set(SLUG.findall(source.read_text(encoding="utf-8")))
    assert used <= set(PROBLEM_TYPES), sorted(used - set(PROBLEM_TYPES))
    for status, slug, _ in STATUS.values():
        assert PROBLEM_TYPES[slug][0] == status, slug


def test_a_problem_type_points_at_its_description(client, auth):
    problem = client.get(f"/v1/assessments/{uuid.uuid4()}", headers=auth).json()
    assert problem["type"] == "/problems/not-found"
    described = client.get(problem["type"])
    assert described.status_code == 200
    assert described.json()["status"] == 404 and described.json()["title"] == problem["title"]


def test_the_catalogue_lists_every_type(client):
    listed = client.get("/problems").json()["items"]
    assert {item["type"] for item in listed} == {f"/problems/{s}" for s in PROBLEM_TYPES}
    assert all("riposte.example" not in item["type"] for item in listed)
    missing = client.get("/problems/no-such-type")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
