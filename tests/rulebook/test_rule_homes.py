"""Every rule lives in the ``rules/`` package of its jurisdiction, under
``app/rulebook/jurisdictions/<code>/``: nowhere else in the application registers a rule,
and a country's rule sits in that country's home (FR-* in ``fr``, UK-* in ``gb``...)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from app.rulebook import ROOT, load
from app.rulebook.jurisdictions import HOME

APP = ROOT.parent
HOME_OF_PREFIX = {"FR": "fr", "DE": "de", "UK": "gb", "US": "us", "EU": "eu", "GEN": "general"}
REGISTERS = re.compile(r"^\s*@\s*registry\.rule\(", re.MULTILINE)


def rules_package(path: Path) -> str | None:
    """The jurisdiction whose ``rules/`` package holds ``path`` (None: outside any)."""
    try:
        parts = path.resolve().relative_to(HOME).parts
    except ValueError:
        return None
    return parts[0] if len(parts) >= 3 and parts[1] == "rules" else None


def test_every_loaded_rule_comes_from_a_jurisdictions_rules_package():
    misplaced = []
    for rule in load().rules:
        home = rules_package(Path(sys.modules[rule.module].__file__))
        if home is None:
            misplaced.append(f"{rule.id} ({rule.module})")
            continue
        prefix_home = HOME_OF_PREFIX.get(rule.id.split("-", 1)[0])
        codes = {c.lower() for c in rule.jurisdictions}
        if home != prefix_home and not (prefix_home == "general" and home in codes):
            misplaced.append(f"{rule.id} in {home}, not {prefix_home}")
    assert misplaced == []


def test_no_module_outside_the_jurisdictions_registers_a_rule():
    """Also catches a module the loader does not import (a rule that silently never runs)."""
    outside = [
        str(path.relative_to(APP.parent))
        for path in sorted(APP.rglob("*.py"))
        if rules_package(path) is None and REGISTERS.search(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_the_check_sees_a_rule_outside_the_jurisdictions():
    assert rules_package(ROOT / "rules" / "limitation.py") is None
    assert rules_package(HOME / "fr" / "limitation.py") is None
    assert rules_package(HOME / "fr" / "rules" / "limitation_fr.py") == "fr"
    assert REGISTERS.search('x = 1\n@registry.rule(\n    id="FR-X-01",\n)\n')


def test_no_rules_folder_is_left_beside_the_jurisdictions():
    """The loader refuses a left-over ``app/rulebook/rules/`` holding sources."""
    assert list((ROOT / "rules").rglob("*.py")) == []
