"""The law: rules, dated parameters and citations that Riposte applies, one package per
jurisdiction under ``jurisdictions/`` (``general/`` for the rules that hold under every law).

Bump ``VERSION`` and add a ``CHANGELOG.md`` entry with every change of content; a test
compares the content digest with ``rulebook.lock``.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from app.services.rules.model import RuleDefinitionError
from app.services.rules.registry import Registry
from app.services.rules.rulebook import Rulebook, content_digest, load_rulebook_dir
from app.vocabulary import QUESTIONS, ROLES

VERSION = "2.13.8"
ROOT = Path(__file__).resolve().parent

registry = Registry(questions=QUESTIONS, roles=ROLES)


def jurisdictions_and_rule_modules(extra: Iterable[Path] = ()):
    """The jurisdictions (built in, then those of the ``extra`` folders) and the rule
    modules to import, as ``(file name, module)`` pairs."""
    from app.rulebook.jurisdictions import (
        Jurisdictions,
        builtin_packages,
        declared,
        import_folder,
        rule_modules,
    )

    found = Jurisdictions()
    builtin: list[tuple[str, str]] = []
    for package in builtin_packages():
        jurisdiction = declared(importlib.import_module(package))
        found.add(jurisdiction)
        builtin += rule_modules(jurisdiction.folder, package)
    external: list[tuple[str, str]] = []
    for folder in extra:
        module, package = import_folder(folder)
        jurisdiction = declared(module)
        found.add(jurisdiction)
        external += rule_modules(jurisdiction.folder, package)
    return found, sorted(builtin), external


def _left_over(path: Path) -> bool:
    """A file or folder of an earlier layout (a folder holding only ``__pycache__``, left
    behind by Git when its sources moved, does not count)."""
    if path.is_dir():
        return any(
            "__pycache__" not in p.relative_to(path).parts for p in path.rglob("*") if p.is_file()
        )
    return path.exists()


def build(extra: Iterable[Path] = ()) -> Rulebook:
    """The rulebook with the jurisdictions of ``extra`` (folders outside the application)
    beside the built-in ones. Rules register in the order of their module's file name."""
    import app.rulebook.applicable_law  # noqa: F401  (registers the ``law`` derivation)
    from app.rulebook.jurisdictions import import_rules

    for legacy in ("rules", "parameters", "citations", "jurisdictions.yaml"):
        if _left_over(ROOT / legacy):
            raise RuleDefinitionError(
                f"app/rulebook/{legacy} is no longer read: rules, parameters and citations live "
                "in app/rulebook/jurisdictions/<code>/, coverage in its JURISDICTION"
            )
    extra = [Path(folder).resolve() for folder in extra]
    jurisdictions, builtin, external = jurisdictions_and_rule_modules(extra)
    import_rules(name for _, name in builtin)
    with registry.capture() as local:
        import_rules(name for _, name in external)
    digest = content_digest(ROOT)
    if extra:
        combined = hashlib.sha256(digest.encode())
        for folder in extra:
            combined.update(content_digest(folder).encode())
        digest = combined.hexdigest()
    return load_rulebook_dir(
        ROOT,
        version=VERSION,
        digest=digest,
        rules=registry.rules + local.rules,
        derivations=[
            replace(d, params=d.params | set(jurisdictions.params_for(d.name)))
            for d in registry.derivations + local.derivations
        ],
        parameter_dirs=jurisdictions.folders("parameters"),
        citation_dirs=jurisdictions.folders("citations"),
        jurisdictions_covered=jurisdictions.coverage(),
        context=jurisdictions,
        question_order=QUESTIONS,
    )


@lru_cache(maxsize=1)
def load() -> Rulebook:
    """The rulebook, loaded once per process."""
    return build()
