"""Where the tests find their files: everything lives inside this repository."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_CLAIM = REPO / "examples" / "claim-copytrack-trunk-archive.json"
SAMPLE_LETTERS = REPO / "tests" / "letters" / "samples"
SCENARIOS = REPO / "tests" / "scenarios"
SCENARIO_BASE_CLAIM = SCENARIOS / "base-claim.json"
