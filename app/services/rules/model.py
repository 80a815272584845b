"""The vocabulary of the rules engine: rule metadata, rule results and trace entries.

The engine knows no law: these types describe *how* a rule is declared and answered,
never *what* a rule decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from string import Formatter
from typing import Any, Literal

from app.services.rules.display import localise

Outcome = Literal["favours_client", "favours_claimant", "neutral", "undetermined"]
Status = Literal[
    "applies",
    "not_applicable",
    "undetermined",
    "not_in_force",
    "out_of_jurisdiction",
    "overridden",
]
LANGS = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence in French and English, with ``{placeholders}`` filled from a result."""

    fr: str
    en: str

    def by_lang(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    def render(self, values: dict[str, Any]) -> dict[str, str]:
        """Both texts, each with dates, money and numbers written for its reader (only the
        values a text names are written out: ``format_map`` reads no other)."""
        return {"fr": _fill(self.fr, values, "fr"), "en": _fill(self.en, values, "en")}


_FORMATTER = Formatter()
_FIELDS: dict[str, tuple[str, ...]] = {}


def _fields(template: str) -> tuple[str, ...]:
    """The names ``template.format_map`` looks up (``{a.b}`` and ``{a[0]}`` look up ``a``;
    a format spec may name fields too), parsed once per template."""
    found = _FIELDS.get(template)
    if found is None:
        names: dict[str, None] = {}
        pending = [template]
        while pending:
            for _, name, spec, _ in _FORMATTER.parse(pending.pop()):
                if name:
                    names.setdefault(re.split(r"[.\[]", name, maxsplit=1)[0])
                if spec and "{" in spec:
                    pending.append(spec)
        found = _FIELDS[template] = tuple(names)
    return found


def _fill(template: str, values: dict[str, Any], lang: str) -> str:
    return template.format_map(
        {k: localise(values[k], lang) for k in _fields(template) if k in values}
    )


@dataclass(frozen=True, slots=True)
class Variant:
    """One way a rule can conclude: its texts, outcome and default weight."""

    outcome: Outcome
    summary: Text
    explanation: Text
    weight: float = 0.5


VALUE = {"slots": True, "unsafe_hash": True}
"""How the objects a rule run makes (its result, the values it shows) are declared: never
changed once made, like frozen dataclasses, with the same equality and hash, but not
``frozen=True``, whose ``__init__`` sets each field through ``object.__setattr__`` and
costs four times as much (about 0.7 µs for a result of four fields, made some 60 times a
pass and again in every probe)."""


@dataclass(**VALUE)
class Applies:
    variant: str = "default"
    values: dict[str, Any] = field(default_factory=dict)
    weight: float | None = None
    conclusion: Any = None


@dataclass(**VALUE)
class NotApplicable:
    reason: str


@dataclass(**VALUE)
class Undetermined:
    missing: tuple[str, ...]
    variant: str | None = None


RuleResult = Applies | NotApplicable | Undetermined


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule and its metadata, as registered by the rulebook's decorator."""

    id: str
    question: str
    title: Text
    jurisdictions: tuple[str, ...]
    basis: tuple[str, ...]
    reads: frozenset[str]
    params: frozenset[str]
    variants: dict[str, Variant]
    func: Callable[..., RuleResult]
    role: str = "info"
    valid_from: date | None = None
    valid_to: date | None = None
    exception_to: tuple[str, ...] = ()
    decides: str | None = None
    undetermined_text: Text | None = None
    module: str = ""

    def in_force(self, on: date) -> bool:
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_to and on > self.valid_to)


@dataclass(slots=True)
class RuleRun:
    """What happened when one rule met one set of facts (one trace entry)."""

    rule: RuleSpec
    status: Status
    reason: str = ""
    result: RuleResult | None = None
    facts_read: dict[str, Any] = field(default_factory=dict)
    params_read: list[dict[str, Any]] = field(default_factory=list)
    overridden_by: str | None = None
    brief: Any = None

    @property
    def missing(self) -> tuple[str, ...]:
        return self.result.missing if isinstance(self.result, Undetermined) else ()


@dataclass(slots=True)
class Conflict:
    """Two applicable rules that decide the same point differently, with no exception
    relationship between them. Reported, never silently resolved."""

    decides: str
    rules: tuple[str, ...]
    conclusions: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class DerivationSpec:
    """A computation that turns facts into derived facts (a date, an amount) for rules
    to read; declared like a rule so that its reads are checked and traced."""

    name: str
    reads: frozenset[str]
    params: frozenset[str]
    provides: tuple[str, ...]
    func: Callable[..., dict[str, Any]]
    module: str = ""
    context: bool = False
    """Whether ``func`` also receives the rulebook's context (the law side's registry of
    jurisdictions): ``func(facts, params, context)``."""

    def compute(self, facts: Any, params: Any, context: Any) -> dict[str, Any]:
        if self.context:
            return self.func(facts, params, context)
        return self.func(facts, params)


@dataclass(slots=True)
class DerivationRun:
    spec: DerivationSpec
    outputs: dict[str, Any]
    facts_read: dict[str, Any]
    params_read: list[dict[str, Any]]


class RuleDefinitionError(Exception):
    """A rule is declared inconsistently (unknown variant, duplicate id, ...)."""


class UndeclaredFactRead(Exception):
    """A rule read a fact or a parameter that it did not declare."""
