"""Fixtures of the reliability checks: a live server on the suite's database."""

from __future__ import annotations

import pytest

from tests.conftest import make_tenant
from tests.reliability.server import Server


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/reliability/" in str(item.fspath).replace("\\\\", "/"):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="module")
def live(database_url):
    with Server(database_url) as server:
        yield server


@pytest.fixture()
def live_auth(app) -> dict[str, str]:
    return {"Authorization": make_tenant(app)["Authorization"]}
