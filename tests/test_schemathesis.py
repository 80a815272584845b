"""Schemathesis over the whole contract, in process, authenticated: every response must
conform to the contract and nothing may answer 500."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.main import configure, create_app
from tests.conftest import make_tenant

APP = create_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def st_headers(settings):
    configure(APP, settings)
    yield {"Authorization": make_tenant(APP)["Authorization"]}
    APP.state.engine.dispose()


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_contract(case, st_headers):
    case.call_and_validate(headers=st_headers)
