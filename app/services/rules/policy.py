"""The strategy policy: ordered recommendations, each with the findings that trigger it.

The policy itself is data written by lawyers (the rulebook's ``strategy.yaml``); this
module only interprets it. The first recommendation whose condition holds wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.services.rules.model import VALUE


class FindingLike(Protocol):
    rule_id: str
    question: str
    role: str
    outcome: str
    weight: float


MATCH_KEYS = {"role", "outcome", "question", "rule", "min_weight"}


class PolicyError(Exception):
    """The strategy policy file is malformed."""


def _compile(matcher: dict[str, Any]):
    """A fast predicate over findings for one condition of the policy."""
    checks = []
    for key, expected in matcher.items():
        if key == "min_weight":
            continue
        wanted = frozenset(expected if isinstance(expected, list) else [expected])
        attr = {"role": "role", "outcome": "outcome", "question": "question", "rule": "rule_id"}[
            key
        ]
        checks.append((attr, wanted))
    min_weight = matcher.get("min_weight")

    def matches(finding: FindingLike) -> bool:
        if min_weight is not None and finding.weight < min_weight:
            return False
        return all(getattr(finding, attr) in wanted for attr, wanted in checks)

    return matches


@dataclass(**VALUE)
class Choice:
    recommendation: str
    confidence: float
    reasons: tuple[str, ...]
    uncertain: tuple[str, ...]


@dataclass(slots=True)
class Policy:
    order: list[str]
    recommendations: list[dict[str, Any]]
    confidence: dict[str, float]
    _compiled: list[tuple[list, list]] | None = None
    _by_key: dict[tuple, tuple[tuple[bool, bool], ...]] = field(default_factory=dict)
    _marks: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=dict)
    """For each distinct ``flags``, the recommendations it triggers and those it blocks."""

    def compiled(self) -> list[tuple[list, list]]:
        if self._compiled is None:
            self._compiled = [
                (
                    []
                    if rec["when"] == "always"
                    else [_compile(m) for m in rec["when"].get("any", [])],
                    [_compile(m) for m in rec.get("unless", [])],
                )
                for rec in self.recommendations
            ]
        return self._compiled

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Policy:
        try:
            order = list(data["order_for_client"])
            recs = list(data["recommendations"])
            confidence = dict(data.get("confidence", {}))
        except (KeyError, TypeError) as exc:
            raise PolicyError(f"strategy policy: {exc}") from exc
        for rec in recs:
            if rec.get("recommendation") not in order:
                raise PolicyError(f"unknown recommendation {rec.get('recommendation')!r}")
            when = rec.get("when")
            if when != "always":
                for matcher in (when or {}).get("any", []) + rec.get("unless", []):
                    if set(matcher) - MATCH_KEYS:
                        raise PolicyError(f"unknown condition keys {set(matcher) - MATCH_KEYS}")
        if recs[-1].get("when") != "always":
            raise PolicyError("the last recommendation must apply 'always'")
        return cls(order, recs, confidence)

    def flags(self, finding: FindingLike) -> tuple[tuple[bool, bool], ...]:
        """For each recommendation: does this finding trigger it, does it block it.
        Remembered on the finding when it can hold it, and by the finding's attributes
        (findings recur across probes and across assessments)."""
        cached = getattr(finding, "flags", None)
        if cached is not None:
            return cached
        key = (finding.rule_id, finding.role, finding.question, finding.outcome, finding.weight)
        cached = self._by_key.get(key)
        if cached is None:
            cached = tuple(
                (any(m(finding) for m in any_of), any(m(finding) for m in unless))
                for any_of, unless in self.compiled()
            )
            if len(self._by_key) > 65536:
                self._by_key.clear()
            self._by_key[key] = cached
        if hasattr(finding, "flags"):
            finding.flags = cached
        return cached

    def rank(self, recommendation: str) -> int:
        """0 is the best answer for the client (``contest``)."""
        return self.order.index(recommendation)

    def recommend(self, findings: list[FindingLike]) -> str:
        """Only the recommendation ``decide`` would give (no reasons, no confidence): what
        the questions need of each of their many probes."""
        flags = [self.flags(f) for f in findings]
        for r, rec in enumerate(self.recommendations):
            if rec["when"] == "always":
                return rec["recommendation"]
            if any(flag[r][0] for flag in flags) and not any(flag[r][1] for flag in flags):
                return rec["recommendation"]
        raise PolicyError("no recommendation applies")

    def tally(self, findings: Iterable[FindingLike]) -> tuple[list[int], list[int]]:
        """For each recommendation, how many findings trigger it and how many block it:
        what :meth:`recommend` decides on, kept so that a probe changing a few findings
        adjusts the counts (:meth:`recommend_from`) instead of reading them all again."""
        size = len(self.recommendations)
        triggering, blocking = [0] * size, [0] * size
        for finding in findings:
            self.count(finding, triggering, blocking, 1)
        return triggering, blocking

    def count(self, finding: FindingLike, triggering: list[int], blocking: list[int], by: int):
        """Add (``by`` 1) or take away (-1) one finding's flags to a tally."""
        marks = self.marks(finding)
        for r in marks[0]:
            triggering[r] += by
        for r in marks[1]:
            blocking[r] += by

    def marks(self, finding: FindingLike) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The recommendations a finding triggers and those it blocks, by index (remembered
        on the finding when it can hold them: a probe counts the same few)."""
        marks = getattr(finding, "marks", None)
        if marks is None:
            flags = self.flags(finding)
            marks = self._marks.get(flags)
            if marks is None:
                marks = self._marks[flags] = (
                    tuple(r for r, (trigger, _) in enumerate(flags) if trigger),
                    tuple(r for r, (_, block) in enumerate(flags) if block),
                )
            if hasattr(finding, "marks"):
                finding.marks = marks
        return marks

    def recommend_from(self, triggering: list[int], blocking: list[int]) -> str:
        """:meth:`recommend` of the findings a tally counts."""
        for r, rec in enumerate(self.recommendations):
            if rec["when"] == "always":
                return rec["recommendation"]
            if triggering[r] > 0 and blocking[r] == 0:
                return rec["recommendation"]
        raise PolicyError("no recommendation applies")

    def decide(self, findings: Iterable[FindingLike], conflicts: int = 0) -> Choice:
        findings = list(findings)
        undetermined = [f for f in findings if f.outcome == "undetermined"]
        flags = [self.flags(f) for f in findings]
        for r, rec in enumerate(self.recommendations):
            if rec["when"] == "always":
                triggering = [
                    f for f in findings if f.outcome == "favours_claimant" and f.weight >= 0.5
                ]
            else:
                triggering = [f for f, flag in zip(findings, flags, strict=True) if flag[r][0]]
                if not triggering:
                    continue
                if any(flag[r][1] for flag in flags):
                    continue
            triggering.sort(key=lambda f: (-f.weight, f.rule_id))
            return Choice(
                recommendation=rec["recommendation"],
                confidence=self._confidence(rec, undetermined, conflicts),
                reasons=tuple(f.rule_id for f in triggering),
                uncertain=tuple(f.rule_id for f in undetermined),
            )
        raise PolicyError("no recommendation applies")  # unreachable: last one is 'always'

    def _confidence(self, rec: dict[str, Any], undetermined: list, conflicts: int) -> float:
        conf = self.confidence
        value = float(rec.get("confidence", conf.get("base", 0.8)))
        value -= conf.get("per_undetermined_weight", 0.1) * sum(f.weight for f in undetermined)
        value -= conf.get("per_conflict", 0.2) * conflicts
        return round(max(conf.get("floor", 0.2), min(1.0, value)), 2)
