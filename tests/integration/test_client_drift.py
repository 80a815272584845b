"""The committed client is what ``make client`` generates from the committed contract."""

from __future__ import annotations

import filecmp
from pathlib import Path

from app.tools.generate_client import CONTRACT, TARGET, generate

CACHES = {"__pycache__", ".ruff_cache", ".pytest_cache"}


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and not CACHES.intersection(p.relative_to(root).parts)
    }


def test_committed_client_matches_the_contract(tmp_path):
    assert TARGET.exists(), "run `make client` and commit clients/python"
    fresh = tmp_path / "python"
    generate(CONTRACT, fresh)  # raises on any generator warning
    committed, generated = _files(TARGET), _files(fresh)
    assert committed == generated, (
        "clients/python is stale (files differ): run `make client`",
        sorted(committed ^ generated),
    )
    _, mismatch, errors = filecmp.cmpfiles(TARGET, fresh, sorted(generated), shallow=False)
    assert not mismatch and not errors, ("clients/python is stale: run `make client`", mismatch)
