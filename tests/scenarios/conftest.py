"""Collects the YAML scenario files of this folder and its sub-folders: the lawyer-readable
regression suite.

Each file holds one scenario: a claim (inline, or ``base: example`` for the Copytrack /
Trunk Archive claim of ``base-claim.json`` with ``patch`` applied as a JSON merge patch) and
what must come out: the recommendation, the applicable law, findings that must appear (with
their outcome, variant, or words their text must or must not contain) and rule ids that must not, and facts that questions must ask about. Its
``tags`` become pytest markers.
"""

from __future__ import annotations

import pytest
import yaml

from tests.paths import SCENARIOS
from tests.scenarios.runner import SCENARIO_KEYS, SCENARIO_TAGS, run_scenario


def is_scenario_file(file_path) -> bool:
    return file_path.suffix == ".yaml" and SCENARIOS in file_path.resolve().parents


def pytest_collect_file(parent, file_path):
    if is_scenario_file(file_path):
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFile(pytest.File):
    def collect(self):
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        unknown = set(data) - SCENARIO_KEYS
        if unknown:
            raise ValueError(f"{self.path.name}: unknown keys {sorted(unknown)}")
        tags = data.get("tags") or []
        unknown_tags = set(tags) - set(SCENARIO_TAGS)
        if unknown_tags:
            raise ValueError(
                f"{self.path.name}: unknown tags {sorted(unknown_tags)} "
                "(add them to SCENARIO_TAGS in tests/scenarios/runner.py)"
            )
        item = ScenarioItem.from_parent(self, name=data["name"], spec=data)
        for tag in tags:
            item.add_marker(tag)
        yield item


class ScenarioItem(pytest.Item):
    def __init__(self, *, spec, **kwargs):
        super().__init__(**kwargs)
        self.spec = spec

    def runtest(self):
        run_scenario(self.spec, self.path)

    def repr_failure(self, excinfo):
        return f"scenario {self.name!r} ({self.path.name}):\n{excinfo.value}"

    def reportinfo(self):
        return self.path, 0, f"scenario: {self.name}"
