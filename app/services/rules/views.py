"""Read-only views of facts and parameters handed to a rule.

Each view only lets a rule read what the rule declared, and records every read, so the
trace shows exactly what each rule looked at.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.services.rules.model import UndeclaredFactRead
from app.services.rules.parameters import Parameter


class FactView:
    """The facts a rule may read; every read is recorded for the trace."""

    __slots__ = ("_facts", "_allowed", "_rule_id", "read")

    def __init__(self, facts: dict[str, Any], allowed: frozenset[str], rule_id: str) -> None:
        self._facts = facts
        self._allowed = allowed
        self._rule_id = rule_id
        self.read: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name in self._allowed:
            value = self.read[name] = self._facts.get(name)
            return value
        raise UndeclaredFactRead(f"rule {self._rule_id} read undeclared fact {name!r}")


class ReferencingFactView(FactView):
    """For rules that read derived facts: those reads are recorded as a reference to the
    derivation that computed them (its output is in the trace), not as a copy of what may
    be a large document. ``references`` maps each derived fact to what its read records,
    ``{"computed_by": derivation}``, made once per rulebook."""

    __slots__ = ("_refs",)

    def __init__(
        self,
        facts: dict[str, Any],
        allowed: frozenset[str],
        rule_id: str,
        references: dict[str, dict[str, str]],
    ) -> None:
        super().__init__(facts, allowed, rule_id)
        self._refs = references

    def __getitem__(self, name: str) -> Any:
        if name in self._allowed:
            value = self._facts.get(name)
            reference = self._refs.get(name)
            self.read[name] = value if reference is None else reference
            return value
        raise UndeclaredFactRead(f"rule {self._rule_id} read undeclared fact {name!r}")


class ParamView:
    __slots__ = ("_params", "_allowed", "_rule_id", "_on", "read")

    def __init__(
        self,
        params: dict[str, Parameter],
        allowed: frozenset[str],
        rule_id: str,
        on: date,
    ) -> None:
        self._params = params
        self._allowed = allowed
        self._rule_id = rule_id
        self._on = on
        self.read: list[dict[str, Any]] = []

    @property
    def on(self) -> date:
        return self._on

    def metadata(self, name: str) -> dict[str, Any]:
        """A declared parameter's metadata (unit, whether it is an estimate, its basis)."""
        if name not in self._allowed:
            raise UndeclaredFactRead(f"rule {self._rule_id} read undeclared parameter {name!r}")
        return self._params[name].metadata

    def __getitem__(self, name: str) -> Any:
        if name in self._allowed:
            value, record = self._params[name].read_at(self._on)
            self.read.append(record)
            return value
        raise UndeclaredFactRead(f"rule {self._rule_id} read undeclared parameter {name!r}")
