"""Shared helpers of the letter-parser tests: fixture paths, expectations, flattening."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.schemas.letters import LetterParse

REPO = Path(__file__).resolve().parents[2]
SAMPLES_DIR = REPO / "tests" / "letters" / "samples"
FIXTURES_DIR = REPO / "tests" / "fixtures" / "letters"
EXPECTED_FILE = FIXTURES_DIR / "expected.yaml"


@cache
def expectations() -> dict[str, Any]:
    return yaml.safe_load(EXPECTED_FILE.read_text(encoding="utf-8"))


def sample_files() -> list[Path]:
    if not SAMPLES_DIR.is_dir():
        return []
    return sorted(p for p in SAMPLES_DIR.glob("[0-9]*.txt"))


def require_samples() -> None:
    if not SAMPLES_DIR.is_dir():
        pytest.fail(f"sample letters not found at {SAMPLES_DIR}")


def letter_block(path: Path) -> str:
    """The LETTER block of a sample file (its HEADER and GROUND TRUTH are not parsed)."""
    text = path.read_text(encoding="utf-8")
    marker = "=== LETTER ==="
    if marker not in text:
        raise AssertionError(f"{path.name} has no {marker} block")
    return text.split(marker, 1)[1]


def own_fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES_DIR.iterdir() if p.name != EXPECTED_FILE.name)


def leaves(claim: dict[str, Any]) -> dict[str, Any]:
    """`{"/letter/agency": "copytrack", ...}`: one entry per field of the claim draft."""
    return {
        f"/{section}/{name}": value
        for section, fields in claim.items()
        for name, value in fields.items()
    }


def warning_codes(parse: LetterParse, pointer: str | None = None) -> set[str]:
    return {w.code for w in parse.warnings if pointer is None or w.pointer == pointer}


def redacted_pointers(parse: LetterParse) -> set[str]:
    return {w.pointer for w in parse.warnings if w.code == "redacted_value" and w.pointer}
