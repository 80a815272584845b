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
    UndeclaredFactRead,
    Undetermined,
)
from app.services.rules.parameters import Parameter
from app.services.rules.views import FactView, ParamView, ReferencingFactView


@dataclass(slots=True)
class Evaluation:
    """The runs of every rule over one set of facts, in rule order.

    ``raw`` holds each rule's own answer and is never changed once built, so that an
    incremental evaluation can share it; ``runs`` is the same list after exceptions
    (an overridden rule gets a new run object there)."""

    raw: list[RuleRun]
    runs: list[RuleRun]
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def effective(self) -> list[RuleRun]:
        """Runs that yield a finding: applied or undetermined, and not overridden."""
        return [r for r in self.runs if r.status in EFFECTIVE]

    def unknown_facts_read(self) -> list[str]:
        seen: dict[str, None] = {}
        for run in self.runs:
            read = run.facts_read
            if read:
                for name, value in read.items():
                    if value is None:
                        seen.setdefault(name)
            result = run.result
            if isinstance(result, Undetermined):
                for name in result.missing:
                    seen.setdefault(name)
        return list(seen)


EFFECTIVE = frozenset({"applies", "undetermined"})


class DateOnly:
    """The parameter view of a rule that declares no parameter: the evaluation date only."""

    __slots__ = ("on",)
    read: tuple = ()

    def __init__(self, on: date) -> None:
        self.on = on

    def __getitem__(self, name: str) -> Any:
        raise UndeclaredFactRead(f"parameter {name!r} read by a rule that declares none")


RAN = frozenset({"applies", "undetermined", "not_applicable"})


class Engine:
    """Runs a fixed list of rules; knows nothing of what they mean."""

    def __init__(
        self,
        rules: Iterable[RuleSpec],
        params: dict[str, Parameter],
        by_reference: dict[str, str] | None = None,
    ) -> None:
        self.rules = list(rules)
        self.params = params
        self.by_reference = by_reference or {}
        self._references = {
            name: {"computed_by": source} for name, source in self.by_reference.items()
        }
        """What a rule's trace records when it reads a derived fact (shared by every read)."""
        self._reads_derived = {
            spec.id for spec in self.rules if not spec.reads.isdisjoint(self.by_reference)
        }
        self._readers: dict[str, list[int]] = {}
        self._plans: dict[tuple[frozenset[str], date], tuple[list[int], list[RuleRun]]] = {}
        for index, spec in enumerate(self.rules):
            for fact in spec.reads:
                self._readers.setdefault(fact, []).append(index)
            for name in spec.params:
                if name not in params:
                    raise RuleDefinitionError(f"{spec.id} declares unknown parameter {name}")
        index = {spec.id: i for i, spec in enumerate(self.rules)}
        for spec in self.rules:
            for target in spec.exception_to:
                if target not in index:
                    raise RuleDefinitionError(f"{spec.id} is an exception to unknown {target}")
        self._exceptions = [
            (i, [index[t] for t in spec.exception_to])
            for i, spec in enumerate(self.rules)
            if spec.exception_to
        ]
        self._targets = dict(self._exceptions)
        """For each exception's index, the indices of the rules it overrides."""
        self._excepted_by: dict[int, list[int]] = {}
        """For each overridable rule's index, the indices of its exceptions."""
        for i, targets in self._exceptions:
            for t in targets:
                self._excepted_by.setdefault(t, []).append(i)
        self._deciding = [i for i, spec in enumerate(self.rules) if spec.decides]
        self._dates: dict[date, DateOnly] = {}

    def readers_of(self, facts: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for fact in facts:
            found.update(self._readers.get(fact, ()))
        return found

    def plan(self, on: date, jurisdictions: frozenset[str]) -> tuple[list[int], list[RuleRun]]:
        """Which rules run for this law and date, and the fixed runs of those that do not
        (out of force or of jurisdiction); computed once per (law, date)."""
        key = (jurisdictions, on)
        cached = self._plans.get(key)
        if cached is not None:
            return cached
        active: list[int] = []
        runs: list[RuleRun] = []
        for index, spec in enumerate(self.rules):
            if not spec.in_force(on):
                runs.append(RuleRun(spec, "not_in_force", f"not in force on {on.isoformat()}"))
            elif not jurisdictions.intersection(spec.jurisdictions):
                runs.append(RuleRun(spec, "out_of_jurisdiction", "not part of the applicable law"))
            else:
                active.append(index)
                runs.append(None)  # type: ignore[arg-type]
        if len(self._plans) > 4096:
            self._plans.clear()
        self._plans[key] = (active, runs)
        return active, runs

    def run_rule(
        self, spec: RuleSpec, facts: dict[str, Any], on: date, jurisdictions: frozenset[str]
    ) -> RuleRun:
        """One rule on its own, with the checks of period and jurisdiction."""
        if not spec.in_force(on):
            return RuleRun(spec, "not_in_force", f"not in force on {on.isoformat()}")
        if not jurisdictions.intersection(spec.jurisdictions):
            return RuleRun(spec, "out_of_jurisdiction", "not part of the applicable law")
        return self._run(spec, facts, on)

    def _run(self, spec: RuleSpec, facts: dict[str, Any], on: date) -> RuleRun:
        reads = spec.reads
        if spec.id in self._reads_derived:
            fact_view = ReferencingFactView(facts, reads, spec.id, self._references)
        else:
            fact_view = FactView(facts, reads, spec.id)
        if spec.params:
            param_view = ParamView(self.params, spec.params, spec.id, on)
        else:
            param_view = self._dates.get(on) or self._dates.setdefault(on, DateOnly(on))
        result = spec.func(fact_view, param_view)
        kind = type(result)
        if kind is NotApplicable:
            return RuleRun(
                spec, "not_applicable", result.reason, result, fact_view.read, param_view.read
            )
        if kind is Applies:
            if result.variant not in spec.variants:
                raise RuleDefinitionError(f"{spec.id} returned unknown variant {result.variant}")
            return RuleRun(spec, "applies", "", result, fact_view.read, param_view.read)
        if kind is Undetermined:
            reason = "missing facts: " + ", ".join(result.missing)
            return RuleRun(spec, "undetermined", reason, result, fact_view.read, param_view.read)
        raise RuleDefinitionError(f"{spec.id} returned {result!r}")

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
        active, fixed = self.plan(on, jurisdictions)
        rules = self.rules
        if base is None:
            raw = list(fixed)
            for i in active:
                raw[i] = self._run(rules[i], facts, on)
        else:
            raw = list(base.raw)
            changed = set(changed)
            for i in self.readers_of(changed):
                # A rule is a deterministic function of the facts it actually read: if
                # none of them changed, its answer cannot have changed.
                previous = base.raw[i]
                if (
                    previous is not None
                    and previous.status in RAN
                    and changed.intersection(previous.facts_read)
                ):
                    raw[i] = self._run(rules[i], facts, on)
        runs, conflicts = _settle(raw, self._exceptions, self._deciding)
        return Evaluation(raw, runs, conflicts)

    def rerun(
        self,
        facts: dict[str, Any],
        on: date,
        base: Evaluation,
        changed: set[str],
        readers: dict[str, tuple[int, ...]] | None = None,
    ) -> dict[int, RuleRun]:
        """The rules that ``evaluate(..., base=base, changed=changed)`` would run again,
        by index, with their new runs; every other raw run is ``base``'s (same law and
        date as ``base``). ``readers``, kept by the caller for one ``base``, remembers for
        each fact the rules whose run in ``base`` read it."""
        fresh: dict[int, RuleRun] = {}
        rules, raw = self.rules, base.raw
        if readers is None:
            readers = {}
        for name in changed:
            found = readers.get(name)
            if found is None:
                found = readers[name] = self._read_by(raw, name)
            for i in found:
                if i not in fresh:
                    fresh[i] = self._run(rules[i], facts, on)
        return fresh

    def _read_by(self, raw: list[RuleRun], name: str) -> tuple[int, ...]:
        """The rules whose run in ``raw`` read ``name`` (ran, and recorded the read)."""
        found = []
        for i in self._readers.get(name, ()):
            previous = raw[i]
            if previous is not None and previous.status in RAN and name in previous.facts_read:
                found.append(i)
        return tuple(found)

    def settled_changes(
        self, base: Evaluation, fresh: dict[int, RuleRun]
    ) -> list[tuple[int, RuleRun | None, RuleRun | None]]:
        """What ``fresh`` (from :meth:`rerun`) changes in the settled runs, without settling
        them all again: for each index whose run may differ, ``(index, before, after)``,
        each the effective run (applied or undetermined, not overridden) or None.

        Only the rules run again and the targets of exceptions run again can differ: any
        other rule keeps its raw run, and so do all of its exceptions."""
        if not fresh:
            return []
        affected = set(fresh)
        for i in fresh:
            targets = self._targets.get(i)
            if targets:
                affected.update(targets)
        raw, runs = base.raw, base.runs
        excepted_by = self._excepted_by
        out = []
        for j in sorted(affected):
            before = runs[j]
            if before.status not in EFFECTIVE:
                before = None
            after = fresh.get(j) or raw[j]
            if after.status not in EFFECTIVE:
                after = None
            else:
                for i in excepted_by.get(j, ()):
                    if (fresh.get(i) or raw[i]).status == "applies":
                        after = None
                        break
            out.append((j, before, after))
        return out


def _settle(
    raw: list[RuleRun],
    exceptions: list[tuple[int, list[int]]],
    deciding: list[int],
) -> tuple[list[RuleRun], list[Conflict]]:
    """Apply exceptions (copy-on-write), then report conflicts between the remaining
    applicable rules that decide the same point differently. ``exceptions`` lists the
    rules that are exceptions with the indices of their targets; ``deciding`` the rules
    that declare a point they decide (both computed once per rulebook)."""
    runs = raw
    overriding = [(raw[i], targets) for i, targets in exceptions if raw[i].status == "applies"]
    if overriding:
        runs = list(raw)
        for run, targets in overriding:
            for i in targets:
                base = runs[i]
                if base.status in EFFECTIVE:
                    runs[i] = RuleRun(
                        base.rule,
                        "overridden",
                        f"overridden by exception {run.rule.id}",
                        base.result,
                        base.facts_read,
                        base.params_read,
                        run.rule.id,
                    )
    decided: dict[str, list[RuleRun]] = {}
    for i in deciding:
        run = runs[i]
        if run.status == "applies":
            decided.setdefault(run.rule.decides, []).append(run)
    conflicts = []
    for point, same_point in decided.items():
        if len(same_point) < 2:
            continue
        conclusions = {repr(r.result.conclusion) for r in same_point}
        if len(conclusions) > 1:
            conflicts.append(
                Conflict(
                    decides=point,
                    rules=tuple(r.rule.id for r in same_point),
                    conclusions=tuple(r.result.conclusion for r in same_point),
                )
            )
    return runs, conflicts
