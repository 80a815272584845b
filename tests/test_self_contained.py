"""The repository stands on its own: its example claim, sample letters and scenarios are
inside it, and the scenario collector finds scenarios in sub-folders and tags them."""

from __future__ import annotations

import json
import subprocess
import sys

import yaml

from tests.paths import EXAMPLE_CLAIM, REPO, SAMPLE_LETTERS, SCENARIO_BASE_CLAIM, SCENARIOS


def test_example_claim_sample_letters_and_scenario_base_are_in_the_repository():
    assert json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))["letter"]["agency"]
    assert json.loads(SCENARIO_BASE_CLAIM.read_text(encoding="utf-8"))["letter"]["agency"]
    assert len(list(SAMPLE_LETTERS.glob("[0-9]*.txt"))) >= 10


def _collect(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 5), done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_scenarios_in_sub_folders_are_collected_and_tags_are_markers():
    files = sorted(SCENARIOS.rglob("*.yaml"))
    assert any(path.parent != SCENARIOS for path in files), "no scenario in a sub-folder"
    collected = _collect("tests/scenarios")
    assert len(collected) == len(files)
    tagged = [
        p for p in files if "limitation" in (yaml.safe_load(p.read_text("utf-8")).get("tags") or [])
    ]
    limitation = _collect("tests/scenarios", "-m", "limitation")
    assert 0 < len(limitation) == len(tagged) < len(files)


def test_nothing_names_the_folder_beside_the_repository():
    beside = "../" + "shared"
    offenders = []
    for top in ("app", "tests", "docs", "benchmarks", "examples", "README.md", "Makefile", ".ci"):
        for path in [REPO / top] if (REPO / top).is_file() else (REPO / top).rglob("*"):
            if path.is_file() and path.suffix not in (".pyc", ".pdf"):
                if beside in path.read_text(encoding="utf-8", errors="ignore"):
                    offenders.append(str(path.relative_to(REPO)))
    assert not offenders


def test_the_example_readme_lists_the_vocabularies_of_the_code():
    from app.tools.claim_docs import EXAMPLE_README, example_readme

    current = EXAMPLE_README.read_text(encoding="utf-8")
    assert current == example_readme(current), "examples/README.md is stale: run `make docs`"
