"""The riposte command line, run as a lawyer or a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_CLAIM

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def cli_env(tmp_path):
    return {
        **os.environ,
        "RIPOSTE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "RIPOSTE_LOCAL_KEY_FILE": str(tmp_path / "local-key"),
    }


def riposte(env, *args, check=True):
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=check,
    )


def test_assess_prints_the_assessment_in_the_chosen_language(cli_env):
    english = json.loads(riposte(cli_env, "assess", str(EXAMPLE_CLAIM), "--lang", "en").stdout)
    french = json.loads(riposte(cli_env, "assess", str(EXAMPLE_CLAIM)).stdout)
    assert english["strategy"]["recommendation"] == "request_justification"
    assert english["findings"][0]["summary"] != french["findings"][0]["summary"]


def test_assess_refuses_an_invalid_claim(cli_env, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"letter": {"amount_demanded": {"amount": "-1", "currency": "EUR"}}}')
    result = riposte(cli_env, "assess", str(bad), check=False)
    assert result.returncode == 2
    assert "not a valid claim" in result.stderr


def test_tenants_and_keys(cli_env):
    from fastapi.testclient import TestClient

    from app.core.config import Settings
    from app.main import configure, create_app

    assert "migrated" in riposte(cli_env, "migrate").stdout
    riposte(cli_env, "tenants", "create", "Cabinet Test")
    duplicate = riposte(cli_env, "tenants", "create", "Cabinet Test", check=False)
    assert duplicate.returncode == 1 and "already exists" in duplicate.stderr
    created = riposte(cli_env, "keys", "create", "--tenant", "Cabinet Test").stdout
    token = created.strip().splitlines()[-1]
    assert token.startswith("rip_") and " " not in token
    key_id = created.split("API key ", 1)[1].split(" ", 1)[0]
    settings = Settings(database_url=cli_env["RIPOSTE_DATABASE_URL"], key_cache_seconds=0)
    app = create_app(settings)
    configure(app, settings)
    with TestClient(app) as client:
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get("/v1/assessments", headers=headers).status_code == 200
        riposte(cli_env, "keys", "revoke", key_id)
        assert client.get("/v1/assessments", headers=headers).status_code == 401
    missing = riposte(cli_env, "keys", "create", "--tenant", "Nobody", check=False)
    assert missing.returncode == 1


def test_ensure_local_prints_the_key_once_and_keeps_it(cli_env):
    riposte(cli_env, "migrate")
    first = riposte(cli_env, "ensure-local").stdout
    token = first.strip().splitlines()[-1]
    assert token.startswith("rip_")
    assert Path(cli_env["RIPOSTE_LOCAL_KEY_FILE"]).read_text().strip() == token
    second = riposte(cli_env, "ensure-local").stdout
    assert token not in second and "kept in" in second
