"""Evaluating facts against a set of rules, with a full trace.

Catala's discipline: an applicable exception overrides the rule it names; two applicable
rules that decide the same point differently, with no exception between them, are a
visible conflict, never a silent pick.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.services.rules.model import (
    Applies,
    Conflict,
    NotApplicable,
    RuleDefinitionError,
    RuleRun,
    RuleSpec,
    Undetermined,
)
from app.services.rules.parameters import Parameter
from app.services.rules.views import FactView, ParamView


@dataclass(slots=True)
class Evaluation:
    """The runs of every rule over one set of facts, in rule order."""

    runs: list[RuleRun]
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def effective(self) -> list[RuleRun]:
        """Runs that yield a finding: applied or undetermined, and not overridden."""
        return [r for r in self.runs if r.status in ("applies", "undetermined")]

    def unknown_facts_read(self) -> list[str]:
        seen: dict[str, None] = {}
        for run in self.runs:
            for name, value in run.facts_read.items():
                if value is None:
                    seen.setdefault(name)
            for name in run.missing:
                seen.setdefault(name)
        return list(seen)


class Engine:
    """Runs a fixed list of rules; knows nothing of what they mean."""

    def __init__(self, rules: Iterable[RuleSpec], params: dict[str, Parameter]) -> None:
        self.rules = list(rules)
        self.params = params
        self._readers: dict[str, list[int]] = {}
        for index, spec in enumerate(self.rules):
            for fact in spec.reads:
                self._readers.setdefault(fact, []).append(index)
            for name in spec.params:
                if name not in params:
                    raise RuleDefinitionError(f"{spec.id} declares unknown parameter {name}")
        ids = {spec.id for spec in self.rules}
        for spec in self.rules:
            for target in spec.exception_to:
                if target not in ids:
                    raise RuleDefinitionError(f"{spec.id} is an exception to unknown {target}")

    def readers_of(self, facts: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for fact in facts:
            found.update(self._readers.get(fact, ()))
        return found

    def run_rule(
        self, spec: RuleSpec, facts: dict[str, Any], on: date, jurisdictions: frozenset[str]
    ) -> RuleRun:
        if not spec.in_force(on):
            return RuleRun(spec, "not_in_force", f"not in force on {on.isoformat()}")
        if not jurisdictions.intersection(spec.jurisdictions):
            return RuleRun(spec, "out_of_jurisdiction", "not part of the applicable law")
        fact_view = FactView(facts, spec.reads, spec.id)
        param_view = ParamView(self.params, spec.params, spec.id, on)
        result = spec.func(fact_view, param_view)
        if isinstance(result, Applies):
            if result.variant not in spec.variants:
                raise RuleDefinitionError(f"{spec.id} returned unknown variant {result.variant}")
            status, reason = "applies", ""
        elif isinstance(result, Undetermined):
            status, reason = "undetermined", "missing facts: " + ", ".join(result.missing)
        elif isinstance(result, NotApplicable):
            status, reason = "not_applicable", result.reason
        else:
            raise RuleDefinitionError(f"{spec.id} returned {result!r}")
        return RuleRun(spec, status, reason, result, fact_view.read, param_view.read)

    def evaluate(
        self,
        facts: dict[str, Any],
        on: date,
        jurisdictions: frozenset[str],
        *,
        base: Evaluation | None = None,
        changed: Iterable[str] = (),
    ) -> Evaluation:
        """Run every rule, or with ``base`` only the rules that read a ``changed`` fact."""
        if base is None:
            runs = [self.run_rule(spec, facts, on, jurisdictions) for spec in self.rules]
        else:
            rerun = self.readers_of(changed)
            runs = [
                self.run_rule(spec, facts, on, jurisdictions)
                if i in rerun
                else _fresh(base.runs[i])
                for i, spec in enumerate(self.rules)
            ]
        return Evaluation(runs, _settle(runs))


def _fresh(run: RuleRun) -> RuleRun:
    if run.status != "overridden":
        return run
    status = "applies" if isinstance(run.result, Applies) else "undetermined"
    return RuleRun(run.rule, status, run.reason, run.result, run.facts_read, run.params_read)


def _settle(runs: list[RuleRun]) -> list[Conflict]:
    """Apply exceptions, then report conflicts between the remaining applicable rules."""
    by_id = {run.rule.id: run for run in runs}
    for run in runs:
        if run.status != "applies":
            continue
        for target in run.rule.exception_to:
            base = by_id.get(target)
            if base is not None and base.status in ("applies", "undetermined"):
                base.status = "overridden"
                base.overridden_by = run.rule.id
                base.reason = f"overridden by exception {run.rule.id}"
    decided: dict[str, list[RuleRun]] = {}
    for run in runs:
        if run.status == "applies" and run.rule.decides:
            decided.setdefault(run.rule.decides, []).append(run)
    conflicts = []
    for point, deciding in decided.items():
        conclusions = {repr(r.result.conclusion) for r in deciding}
        if len(conclusions) > 1:
            conflicts.append(
                Conflict(
                    decides=point,
                    rules=tuple(r.rule.id for r in deciding),
                    conclusions=tuple(r.result.conclusion for r in deciding),
                )
            )
    return conflicts
