"""The law: rules, dated parameters and citations that Riposte applies.

Bump ``VERSION`` and add a ``CHANGELOG.md`` entry with every change of content; a test
compares the content digest with ``rulebook.lock``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from app.services.rules.registry import Registry
from app.services.rules.rulebook import Rulebook, load_rulebook_dir

VERSION = "2.0.0"
ROOT = Path(__file__).resolve().parent

registry = Registry()


def _import_rule_modules() -> None:
    from app.rulebook import rules

    for module in sorted(m.name for m in pkgutil.iter_modules(rules.__path__)):
        importlib.import_module(f"app.rulebook.rules.{module}")


@lru_cache(maxsize=1)
def load() -> Rulebook:
    """The rulebook, loaded once per process."""
    from app.rulebook.applicable_law import applicable_law

    _import_rule_modules()
    return load_rulebook_dir(
        ROOT,
        version=VERSION,
        rules=registry.rules,
        derivations=registry.derivations,
        applicable_law=applicable_law,
    )
