"""Collects the YAML scenario files of this folder: the lawyer-readable regression suite.

Each file holds one scenario: a claim (inline, or ``base: example`` for the shared
Copytrack / Trunk Archive example with ``patch`` applied as a JSON merge patch) and what
must come out: the recommendation, the applicable law, findings that must appear (with
their outcome) and rule ids that must not, and facts that questions must ask about.
"""

from __future__ import annotations

import pytest
import yaml

from tests.scenarios.runner import SCENARIO_KEYS, run_scenario


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "scenarios":
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFile(pytest.File):
    def collect(self):
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        unknown = set(data) - SCENARIO_KEYS
        if unknown:
            raise ValueError(f"{self.path.name}: unknown keys {sorted(unknown)}")
        yield ScenarioItem.from_parent(self, name=data["name"], spec=data)


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
