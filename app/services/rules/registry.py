"""Registering rules with a decorator that carries their metadata."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from app.services.rules.model import (
    Applies,
    DerivationSpec,
    NotApplicable,
    RuleDefinitionError,
    RuleResult,
    RuleSpec,
    Text,
    Undetermined,
    Variant,
)


class Registry:
    """The rules of one rulebook, in declaration order. With ``questions`` and ``roles``
    (the rulebook's vocabularies), a rule naming another is refused when it registers."""

    def __init__(self, *, questions: Iterable[str] = (), roles: Iterable[str] = ()) -> None:
        self._rules: dict[str, RuleSpec] = {}
        self._derivations: dict[str, DerivationSpec] = {}
        self.questions = frozenset(questions)
        self.roles = frozenset(roles)

    def derivation(
        self,
        *,
        name: str,
        reads: Iterable[str],
        provides: Iterable[str],
        params: Iterable[str] = (),
        context: bool = False,
    ) -> Callable[[Callable[..., dict]], Callable[..., dict]]:
        def register(func: Callable[..., dict]) -> Callable[..., dict]:
            if name in self._derivations:
                raise RuleDefinitionError(f"duplicate derivation {name}")
            self._derivations[name] = DerivationSpec(
                name=name,
                reads=frozenset(reads),
                params=frozenset(params),
                provides=tuple(provides),
                func=func,
                module=func.__module__,
                context=context,
            )
            return func

        return register

    @property
    def derivations(self) -> list[DerivationSpec]:
        return list(self._derivations.values())

    def rule(
        self,
        *,
        id: str,
        question: str,
        title: Text,
        jurisdictions: Iterable[str],
        basis: Iterable[str],
        reads: Iterable[str],
        variants: dict[str, Variant],
        params: Iterable[str] = (),
        role: str = "info",
        valid_from: date | None = None,
        valid_to: date | None = None,
        exception_to: Iterable[str] = (),
        decides: str | None = None,
        undetermined_text: Text | None = None,
    ) -> Callable[[Callable[..., RuleResult]], Callable[..., RuleResult]]:
        def register(func: Callable[..., RuleResult]) -> Callable[..., RuleResult]:
            if id in self._rules:
                raise RuleDefinitionError(f"duplicate rule id {id}")
            if not variants:
                raise RuleDefinitionError(f"{id}: a rule needs at least one variant")
            if self.questions and question not in self.questions:
                raise RuleDefinitionError(f"{id}: unknown question {question!r}")
            if self.roles and role not in self.roles:
                raise RuleDefinitionError(f"{id}: unknown role {role!r}")
            self._rules[id] = RuleSpec(
                id=id,
                question=question,
                title=title,
                jurisdictions=tuple(jurisdictions),
                basis=tuple(basis),
                reads=frozenset(reads),
                params=frozenset(params),
                variants=dict(variants),
                func=func,
                role=role,
                valid_from=valid_from,
                valid_to=valid_to,
                exception_to=tuple(exception_to),
                decides=decides,
                undetermined_text=undetermined_text,
                module=func.__module__,
            )
            return func

        return register

    @contextmanager
    def capture(self) -> Iterator[Registry]:
        """Registrations made inside the block go to a registry of their own (the rules
        of a jurisdiction loaded from a folder outside the application)."""
        saved = self._rules, self._derivations
        captured = Registry(questions=self.questions, roles=self.roles)
        self._rules, self._derivations = captured._rules, captured._derivations
        try:
            yield captured
        finally:
            self._rules, self._derivations = saved

    @property
    def rules(self) -> list[RuleSpec]:
        return list(self._rules.values())

    def get(self, rule_id: str) -> RuleSpec | None:
        return self._rules.get(rule_id)


def applies(
    variant: str = "default", *, weight: float | None = None, conclusion=None, **values
) -> Applies:
    return Applies(variant=variant, values=values, weight=weight, conclusion=conclusion)


def not_applicable(reason: str) -> NotApplicable:
    return NotApplicable(reason)


def undetermined(*missing: str, variant: str | None = None) -> Undetermined:
    return Undetermined(tuple(missing), variant)
