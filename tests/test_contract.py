"""The committed OpenAPI contract is the one the app serves, and it is valid."""

from __future__ import annotations

import json
from pathlib import Path

from openapi_spec_validator import validate

from app.tools.export_openapi import contract

COMMITTED = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def test_committed_contract_matches_the_app():
    assert COMMITTED.exists(), "run `make openapi` and commit openapi/openapi.json"
    assert COMMITTED.read_text(encoding="utf-8") == contract(), (
        "openapi/openapi.json is stale: run `make openapi`"
    )


def test_contract_is_a_valid_openapi_document():
    validate(json.loads(COMMITTED.read_text(encoding="utf-8")))


def test_every_operation_has_a_stable_id_a_tag_and_problem_errors():
    spec = json.loads(COMMITTED.read_text(encoding="utf-8"))
    ids = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            ids.append(operation["operationId"])
            assert operation.get("tags"), f"{method} {path} has no tag"
            for code, response in operation["responses"].items():
                if code.isdigit() and 400 <= int(code) < 500:
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        code,
                    )
    assert len(ids) == len(set(ids)), "operationIds must be unique"
    assert "create_assessment" in ids
    tags = {t["name"] for t in spec["tags"]}
    assert all(t.get("description") for t in spec["tags"]) and "assessments" in tags


def test_create_has_a_request_example():
    spec = json.loads(COMMITTED.read_text(encoding="utf-8"))
    body = spec["paths"]["/v1/assessments"]["post"]["requestBody"]["content"]["application/json"]
    example = next(iter(body["examples"].values()))["value"]
    assert example["letter"]["agency"] == "copytrack"


def test_claim_docs_are_current():
    from app.tools.claim_docs import render

    docs = Path(__file__).resolve().parents[1] / "docs" / "claim.md"
    assert docs.read_text(encoding="utf-8") == render(), "docs/claim.md is stale: run `make docs`"
