from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ask_whom import AskWhom
from ..models.question_kind import QuestionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_outcome import QuestionOutcome


T = TypeVar("T", bound="QuestionToAsk")


@_attrs_define
class QuestionToAsk:
    """
    Attributes:
        rank (int):
        kind (QuestionKind): What a question to ask is about.
        fact (str):
        pointer (str):
        ask (AskWhom): Who is asked.
        question (str):
        reason (str):
        outcomes (list[QuestionOutcome]):
        impact (int): How far the recommendation could move (0 = not at all).
        affects (list[str]):
        priority (int):
        facts (list[str] | None | Unset): For documents demanded together: every fact tried.
    """

    rank: int
    kind: QuestionKind
    fact: str
    pointer: str
    ask: AskWhom
    question: str
    reason: str
    outcomes: list[QuestionOutcome]
    impact: int
    affects: list[str]
    priority: int
    facts: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        kind = self.kind.value

        fact = self.fact

        pointer = self.pointer

        ask = self.ask.value

        question = self.question

        reason = self.reason

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.to_dict()
            outcomes.append(outcomes_item)

        impact = self.impact

        affects = self.affects

        priority = self.priority

        facts: list[str] | None | Unset
        if isinstance(self.facts, Unset):
            facts = UNSET
        elif isinstance(self.facts, list):
            facts = self.facts

        else:
            facts = self.facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "kind": kind,
                "fact": fact,
                "pointer": pointer,
                "ask": ask,
                "question": question,
                "reason": reason,
                "outcomes": outcomes,
                "impact": impact,
                "affects": affects,
                "priority": priority,
            }
        )
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_outcome import QuestionOutcome  # noqa: PLC0415

        d = dict(src_dict)
        rank = d.pop("rank")

        kind = QuestionKind(d.pop("kind"))

        fact = d.pop("fact")

        pointer = d.pop("pointer")

        ask = AskWhom(d.pop("ask"))

        question = d.pop("question")

        reason = d.pop("reason")

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in _outcomes:
            outcomes_item = QuestionOutcome.from_dict(outcomes_item_data)

            outcomes.append(outcomes_item)

        impact = d.pop("impact")

        affects = cast(list[str], d.pop("affects"))

        priority = d.pop("priority")

        def _parse_facts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                facts_type_0 = cast(list[str], data)

                return facts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        facts = _parse_facts(d.pop("facts", UNSET))

        question_to_ask = cls(
            rank=rank,
            kind=kind,
            fact=fact,
            pointer=pointer,
            ask=ask,
            question=question,
            reason=reason,
            outcomes=outcomes,
            impact=impact,
            affects=affects,
            priority=priority,
            facts=facts,
        )

        question_to_ask.additional_properties = d
        return question_to_ask

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
