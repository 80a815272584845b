from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question import Question
from ..models.rule_status import RuleStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_read import ParameterRead
    from ..models.trace_rule_facts_read import TraceRuleFactsRead


T = TypeVar("T", bound="TraceRule")


@_attrs_define
class TraceRule:
    """
    Attributes:
        rule_id (str):
        question (Question): A legal question, in presentation order.
        status (RuleStatus): How a rule ran.
        reason (None | str | Unset):
        variant (None | str | Unset):
        facts_read (TraceRuleFactsRead | Unset):
        parameters_read (list[ParameterRead] | Unset):
        missing_facts (list[str] | Unset):
        overridden_by (None | str | Unset):
    """

    rule_id: str
    question: Question
    status: RuleStatus
    reason: None | str | Unset = UNSET
    variant: None | str | Unset = UNSET
    facts_read: TraceRuleFactsRead | Unset = UNSET
    parameters_read: list[ParameterRead] | Unset = UNSET
    missing_facts: list[str] | Unset = UNSET
    overridden_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        question = self.question.value

        status = self.status.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        facts_read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts_read, Unset):
            facts_read = self.facts_read.to_dict()

        parameters_read: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters_read, Unset):
            parameters_read = []
            for parameters_read_item_data in self.parameters_read:
                parameters_read_item = parameters_read_item_data.to_dict()
                parameters_read.append(parameters_read_item)

        missing_facts: list[str] | Unset = UNSET
        if not isinstance(self.missing_facts, Unset):
            missing_facts = self.missing_facts

        overridden_by: None | str | Unset
        if isinstance(self.overridden_by, Unset):
            overridden_by = UNSET
        else:
            overridden_by = self.overridden_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
                "question": question,
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if variant is not UNSET:
            field_dict["variant"] = variant
        if facts_read is not UNSET:
            field_dict["facts_read"] = facts_read
        if parameters_read is not UNSET:
            field_dict["parameters_read"] = parameters_read
        if missing_facts is not UNSET:
            field_dict["missing_facts"] = missing_facts
        if overridden_by is not UNSET:
            field_dict["overridden_by"] = overridden_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_read import ParameterRead  # noqa: PLC0415
        from ..models.trace_rule_facts_read import TraceRuleFactsRead  # noqa: PLC0415

        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        question = Question(d.pop("question"))

        status = RuleStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        _facts_read = d.pop("facts_read", UNSET)
        facts_read: TraceRuleFactsRead | Unset
        if isinstance(_facts_read, Unset):
            facts_read = UNSET
        else:
            facts_read = TraceRuleFactsRead.from_dict(_facts_read)

        _parameters_read = d.pop("parameters_read", UNSET)
        parameters_read: list[ParameterRead] | Unset = UNSET
        if _parameters_read is not UNSET:
            parameters_read = []
            for parameters_read_item_data in _parameters_read:
                parameters_read_item = ParameterRead.from_dict(parameters_read_item_data)

                parameters_read.append(parameters_read_item)

        missing_facts = cast(list[str], d.pop("missing_facts", UNSET))

        def _parse_overridden_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overridden_by = _parse_overridden_by(d.pop("overridden_by", UNSET))

        trace_rule = cls(
            rule_id=rule_id,
            question=question,
            status=status,
            reason=reason,
            variant=variant,
            facts_read=facts_read,
            parameters_read=parameters_read,
            missing_facts=missing_facts,
            overridden_by=overridden_by,
        )

        trace_rule.additional_properties = d
        return trace_rule

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
