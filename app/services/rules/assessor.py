"""One pass of a rulebook over a set of facts: derivations, rules, strategy.

A pass can be re-run incrementally with a few facts changed (only the derivations and
rules that read them run again); that is what makes the "questions to ask" cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.services.rules.engine import Evaluation
from app.services.rules.model import (
    Applies,
    DerivationRun,
    RuleRun,
)
from app.services.rules.policy import Choice
from app.services.rules.rulebook import LAW_FACT, LawChoice, Rulebook
from app.services.rules.views import FactView, ParamView

_ABSENT = object()
"""A fact a probe set that the pass did not hold (removed again after the probe)."""


@dataclass(slots=True, eq=False)
class FindingBrief:
    """What the strategy policy needs to know of a finding (``flags`` caches the policy's
    reading of it and ``marks`` the recommendations it counts for; a brief is made once
    per rule run and reused across probes)."""

    rule_id: str
    question: str
    role: str
    outcome: str
    weight: float
    flags: tuple | None = None
    marks: tuple | None = None


NO_MARKS: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
"""The marks of no finding (a rule that gives none before or after a probe)."""


@dataclass(slots=True, eq=False)
class ProbeBase:
    """What every probe of one pass starts from (:meth:`Assessor.tally`): the policy's
    tally of the pass's findings and its recommendation; ``readers`` maps a fact to the
    indices of the rules whose run read it, filled by :meth:`Engine.rerun` as facts are
    probed (a fact is probed once each way, and derived facts again and again)."""

    triggering: list[int]
    blocking: list[int]
    recommendation: str
    readers: dict[str, tuple[int, ...]]


@dataclass(slots=True)
class Pass:
    facts: dict[str, Any]
    on: date
    law: LawChoice
    derivations: list[DerivationRun]
    evaluation: Evaluation
    briefs: list[FindingBrief]
    choice: Choice


_BRIEFS: dict[tuple, tuple[Any, FindingBrief]] = {}
"""Briefs by (rule, variant, weight given): a brief depends on nothing else, so runs that
give the same answer share one, with the policy's reading of it (``flags``, ``marks``).
Keyed by the rule's ``id()``, the rule kept with its brief (a rule spec holds dicts and
has no hash; another rulebook's rule of the same name is another object)."""
BRIEFS_SIZE = 65536


def brief(run: RuleRun) -> FindingBrief:
    """What the policy needs of a run, computed once per run object (and shared by the
    runs of the same rule that give the same variant and weight)."""
    found = run.brief
    if found is not None:
        return found
    spec, result = run.rule, run.result
    if isinstance(result, Applies):
        key = (id(spec), result.variant, result.weight)
    else:
        key = (id(spec), None, None)
    try:
        entry = _BRIEFS.get(key)
    except TypeError:  # a weight that is not hashable: a brief of its own
        found = run.brief = _brief(run)
        return found
    if entry is None or entry[0] is not spec:
        if len(_BRIEFS) >= BRIEFS_SIZE:
            _BRIEFS.clear()
        entry = _BRIEFS[key] = (spec, _brief(run))
    found = run.brief = entry[1]
    return found


def _brief(run: RuleRun) -> FindingBrief:
    spec = run.rule
    if isinstance(run.result, Applies):
        variant = spec.variants[run.result.variant]
        weight = run.result.weight if run.result.weight is not None else variant.weight
        return FindingBrief(spec.id, spec.question, spec.role, variant.outcome, weight)
    weight = max(v.weight for v in spec.variants.values())
    return FindingBrief(spec.id, spec.question, spec.role, "undetermined", weight)


class Assessor:
    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook

    def run(
        self,
        facts: dict[str, Any],
        on: date,
        *,
        base: Pass | None = None,
        changed: Iterable[str] = (),
    ) -> Pass:
        """A full pass, or with ``base`` an incremental one (a probe): then ``choice`` holds
        the recommendation only. The applicable law is a derived fact like any other; when
        a probe moves it, the rules in play change and all of them run again."""
        rb = self.rulebook
        facts = dict(facts)
        changed = set(changed)
        probing = base is not None
        runs = self._derive(facts, on, base, changed)
        law_read = next((r.facts_read for r in runs if LAW_FACT in r.outputs), {})
        law = LawChoice.from_facts(facts, law_read)
        if base is not None and law.jurisdictions != base.law.jurisdictions:
            base = None
        evaluation = rb.engine.evaluate(
            facts,
            on,
            law.jurisdictions,
            base=base.evaluation if base is not None else None,
            changed=changed,
        )
        briefs = [brief(run) for run in evaluation.effective]
        if not probing:
            choice = rb.policy.decide(briefs, conflicts=len(evaluation.conflicts))
        else:
            choice = Choice(rb.policy.recommend(briefs), 0.0, (), ())
        return Pass(facts, on, law, runs, evaluation, briefs, choice)

    def _derive(
        self, facts: dict[str, Any], on: date, base: Pass | None, changed: set[str]
    ) -> list[DerivationRun]:
        """Run the derivations into ``facts``; with ``base``, only those that read a
        ``changed`` fact, adding to ``changed`` the outputs whose value changed."""
        rb = self.rulebook
        runs: list[DerivationRun] = []
        for i, spec in enumerate(rb.derivations):
            if base is not None:
                previous = base.derivations[i]
                read = previous.facts_read
                if not any(name in read for name in changed):
                    facts.update(previous.outputs)
                    runs.append(previous)
                    continue
            fact_view = FactView(facts, spec.reads, spec.name)
            param_view = ParamView(rb.params, spec.params, spec.name, on)
            outputs = spec.compute(fact_view, param_view, rb.context)
            if base is not None:
                previous = base.derivations[i].outputs
                changed.update(k for k, v in outputs.items() if previous.get(k) != v)
            facts.update(outputs)
            runs.append(DerivationRun(spec, outputs, fact_view.read, param_view.read))
        return runs

    def tally(self, current: Pass) -> ProbeBase:
        """What every probe of ``current`` starts from, for :meth:`probe_outcome`: the
        policy's tally of its findings, the recommendation it gives, and the index of the
        rules that read each fact (filled as facts are probed)."""
        policy = self.rulebook.policy
        triggering, blocking = policy.tally(current.briefs)
        return ProbeBase(triggering, blocking, policy.recommend_from(triggering, blocking), {})

    def probe_outcome(
        self,
        current: Pass,
        scenario: dict[str, Any],
        tally: ProbeBase,
    ) -> tuple[str, list[str]]:
        """What :meth:`probe` tells the questions, computed from what the probe changes
        only: the recommendation with ``scenario``'s facts set, and the ids of the rules
        whose outcome changes (sorted). ``tally`` is :meth:`tally` of ``current``.

        Equal to comparing the briefs of ``probe(current, scenario)`` with those of
        ``current`` (a test checks it over every scenario claim): the settled runs can
        differ only where a rule runs again or an exception to it does, and the
        recommendation depends only on the counts of findings triggering and blocking
        each recommendation."""
        facts = current.facts
        # The probe's facts are the pass's own, changed in place and put back as they were
        # (same values, same order) before returning: no copy of every fact per probe.
        saved = {name: facts.get(name, _ABSENT) for name in scenario}
        try:
            facts.update(scenario)
            changed = set(scenario)
            self._derive_in_place(facts, current, changed, saved)
            moved = (
                LAW_FACT in changed
                and LawChoice.from_facts(facts, {}).jurisdictions != current.law.jurisdictions
            )
            if not moved:
                return self._changes(current, facts, changed, tally)
        finally:
            for name, value in saved.items():
                if value is _ABSENT:
                    del facts[name]
                else:
                    facts[name] = value
        # Other rules are in play: the whole pass again, compared in full.
        result = self.probe(current, scenario)
        before = {b.rule_id: b.outcome for b in current.briefs}
        after = {b.rule_id: b.outcome for b in result.briefs}
        changes = sorted(
            rid for rid in before.keys() | after.keys() if before.get(rid) != after.get(rid)
        )
        return result.choice.recommendation, changes

    def _derive_in_place(
        self, facts: dict[str, Any], current: Pass, changed: set[str], saved: dict[str, Any]
    ) -> None:
        """:meth:`_derive` for a probe: the derivations that read a ``changed`` fact run
        again into ``facts``, each output's previous value kept in ``saved``."""
        rb = self.rulebook
        for i, spec in enumerate(rb.derivations):
            previous = current.derivations[i]
            read = previous.facts_read
            for name in changed:
                if name in read:
                    break
            else:
                continue
            fact_view = FactView(facts, spec.reads, spec.name)
            param_view = ParamView(rb.params, spec.params, spec.name, current.on)
            outputs = spec.compute(fact_view, param_view, rb.context)
            before = previous.outputs
            changed.update(k for k, v in outputs.items() if before.get(k) != v)
            for name in outputs:
                if name not in saved:
                    saved[name] = facts.get(name, _ABSENT)
            facts.update(outputs)

    def _changes(
        self,
        current: Pass,
        facts: dict[str, Any],
        changed: set[str],
        tally: ProbeBase,
    ) -> tuple[str, list[str]]:
        """The recommendation and the rules whose outcome changes, from the rules that read
        a ``changed`` fact run again over ``facts`` (same law as ``current``). The tally is
        copied only when a finding's marks change: most probes change none."""
        engine, policy = self.rulebook.engine, self.rulebook.policy
        fresh = engine.rerun(facts, current.on, current.evaluation, changed, tally.readers)
        if not fresh:
            return tally.recommendation, []
        triggering: list[int] | None = None
        blocking: list[int] = tally.blocking
        changes = []
        for _, before, after in engine.settled_changes(current.evaluation, fresh):
            if before is after:
                continue
            was = brief(before) if before is not None else None
            now = brief(after) if after is not None else None
            was_marks = policy.marks(was) if was is not None else NO_MARKS
            now_marks = policy.marks(now) if now is not None else NO_MARKS
            if was_marks != now_marks:
                if triggering is None:
                    triggering, blocking = list(tally.triggering), list(blocking)
                for r in was_marks[0]:
                    triggering[r] -= 1
                for r in was_marks[1]:
                    blocking[r] -= 1
                for r in now_marks[0]:
                    triggering[r] += 1
                for r in now_marks[1]:
                    blocking[r] += 1
            if (was.outcome if was is not None else None) != (
                now.outcome if now is not None else None
            ):
                changes.append(after.rule.id if after is not None else before.rule.id)
        if triggering is None:
            return tally.recommendation, sorted(changes)
        return policy.recommend_from(triggering, blocking), sorted(changes)

    def unknown_facts(self, current: Pass) -> list[str]:
        names = dict.fromkeys(current.evaluation.unknown_facts_read())
        for run in current.derivations:
            for name, value in run.facts_read.items():
                if value is None:
                    names.setdefault(name)
        return [n for n in names if n in self.rulebook.facts]

    def documents_to_demand(self, current: Pass) -> list[str]:
        """Claimant documents known to be missing, worth demanding: a boolean fact marked
        ``demand`` that is false, or a fact whose ``demand_probe`` (the document produced)
        differs from what the claimant has shown so far."""
        demandable = self.rulebook.memo.get("demandable")
        if demandable is None:
            demandable = self.rulebook.memo["demandable"] = [
                (name, bool(info.get("demand")), info.get("demand_probe"))
                for name, info in self.rulebook.facts.items()
                if info.get("demand") or "demand_probe" in info
            ]
        names = []
        facts = current.facts
        for name, demand, produced in demandable:
            value = facts.get(name)
            if demand and value is False:
                names.append(name)
            elif produced is not None and value is not None:
                if produced.get(name) != value:
                    names.append(name)
        return names

    def probe(self, current: Pass, scenario: dict[str, Any]) -> Pass:
        """The pass again with ``scenario``'s facts set, incrementally."""
        facts = dict(current.facts)
        facts.update(scenario)
        return self.run(facts, current.on, base=current, changed=scenario)
