"""A loaded rulebook: rules, derivations, dated parameters, citations, the catalogue of
facts, the strategy policy, and the version and digest that identify its content."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.rules.asking import with_questions
from app.services.rules.engine import Engine
from app.services.rules.model import VALUE, DerivationSpec, RuleDefinitionError, RuleSpec
from app.services.rules.parameters import Parameter, load_parameters, load_yaml
from app.services.rules.policy import Policy

DIGEST_SUFFIXES = {".py", ".yaml", ".md"}
DIGEST_EXCLUDED = {"rulebook.lock"}


LAW_FACT = "derived.law"
"""The derived fact that says which law governs: ``{"country", "jurisdictions",
"covered_in_detail", "reasons"}``, provided by one of the rulebook's derivations."""


@dataclass(**VALUE)
class LawChoice:
    """Which law governs, and why (both languages)."""

    country: str
    jurisdictions: frozenset[str]
    covered_in_detail: bool
    reasons: dict[str, list[str]]
    facts_read: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_facts(cls, facts: dict[str, Any], facts_read: dict[str, Any]) -> LawChoice:
        law = facts.get(LAW_FACT)
        if not law:
            return cls("ZZ", frozenset({"ALL"}), False, {"fr": [], "en": []}, facts_read)
        return cls(
            country=law["country"],
            jurisdictions=frozenset(law["jurisdictions"]),
            covered_in_detail=law["covered_in_detail"],
            reasons=law["reasons"],
            facts_read=facts_read,
        )


def in_dependency_order(derivations: list[DerivationSpec]) -> list[DerivationSpec]:
    """The derivations ordered so that each runs after those providing what it reads
    (declaration order where nothing requires otherwise); a cycle is an error."""
    provider = {name: d.name for d in derivations for name in d.provides}
    waiting = {
        d.name: {provider[r] for r in d.reads if r in provider} - {d.name} for d in derivations
    }
    ordered: list[DerivationSpec] = []
    while waiting:
        ready = next((d for d in derivations if d.name in waiting and not waiting[d.name]), None)
        if ready is None:
            raise RuleDefinitionError(f"derivations read each other in a cycle: {sorted(waiting)}")
        ordered.append(ready)
        del waiting[ready.name]
        for needs in waiting.values():
            needs.discard(ready.name)
    return ordered


@dataclass(slots=True)
class Rulebook:
    version: str
    digest: str
    root: Path
    rules: list[RuleSpec]
    derivations: list[DerivationSpec]
    params: dict[str, Parameter]
    citations: dict[str, dict[str, Any]]
    facts: dict[str, dict[str, Any]]
    policy: Policy
    jurisdictions_covered: list[dict[str, Any]]
    labels: dict[str, dict[str, str]]
    question_order: list[str] = field(default_factory=list)
    context: Any = None
    """Handed to the derivations that ask for it (the law side's registry of jurisdictions)."""
    engine: Engine = field(init=False)
    by_id: dict[str, RuleSpec] = field(init=False)
    memo: dict[Any, Any] = field(init=False, default_factory=dict)
    """What the renderers compute from the rulebook alone (a rule's citations under a law,
    the texts of a rule left undetermined), kept for the rulebook's lifetime."""

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for spec in self.rules:
            if spec.id in seen:
                raise RuleDefinitionError(f"duplicate rule id {spec.id}")
            seen.add(spec.id)
        self.derivations = in_dependency_order(self.derivations)
        computed = {name: d.name for d in self.derivations for name in d.provides}
        self.engine = Engine(self.rules, self.params, by_reference=computed)
        for spec in self.rules:
            missing = [c for c in spec.basis if c not in self.citations]
            if missing:
                raise RuleDefinitionError(f"{spec.id} cites unknown sources {missing}")
        for deriv in self.derivations:
            for name in deriv.params:
                if name not in self.params:
                    raise RuleDefinitionError(f"{deriv.name} declares unknown parameter {name}")
        self.by_id = {spec.id: spec for spec in self.rules}

    def rule(self, rule_id: str) -> RuleSpec | None:
        return self.by_id.get(rule_id)


def content_digest(root: Path) -> str:
    """SHA-256 over every rulebook source file (path and bytes), in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if (
            not path.is_file()
            or path.suffix not in DIGEST_SUFFIXES
            or path.name in DIGEST_EXCLUDED
            or "__pycache__" in path.parts
        ):
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
        digest.update(b"\0")
    return digest.hexdigest()


def read_yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


def read_yaml_dir(*folders: Path) -> dict[str, Any]:
    """Merge the mappings of every YAML file in ``folders``; a key defined twice is an error."""
    merged: dict[str, Any] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            for key, value in (read_yaml(path) or {}).items():
                if key in merged:
                    raise RuleDefinitionError(f"{key} is defined twice ({path.name})")
                merged[key] = value
    return merged


def load_rulebook_dir(
    root: Path,
    *,
    version: str,
    digest: str,
    rules: list[RuleSpec],
    derivations: list[DerivationSpec],
    parameter_dirs: list[Path],
    citation_dirs: list[Path],
    jurisdictions_covered: list[dict[str, Any]],
    context: Any = None,
    question_order: Iterable[str] = (),
) -> Rulebook:
    """Assemble a rulebook: its ``facts/`` and ``strategy.yaml`` from ``root``, its
    parameters and citations from the folders given."""
    strategy = read_yaml(root / "strategy.yaml")
    params: dict[str, Parameter] = {}
    for folder in parameter_dirs:
        for name, param in load_parameters(folder).items():
            if name in params:
                raise RuleDefinitionError(f"parameter {name} is defined twice ({folder})")
            params[name] = param
    return Rulebook(
        version=version,
        digest=digest,
        root=root,
        rules=rules,
        derivations=derivations,
        params=params,
        citations=read_yaml_dir(*citation_dirs),
        facts=with_questions(read_yaml_dir(root / "facts")),
        policy=Policy.from_dict(strategy),
        jurisdictions_covered=jurisdictions_covered,
        context=context,
        labels=strategy.get("labels", {}),
        question_order=list(question_order),
    )
