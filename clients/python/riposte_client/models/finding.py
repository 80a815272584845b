from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_outcome import FindingOutcome
from ..models.question import Question
from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finding_facts_used import FindingFactsUsed
    from ..models.legal_basis import LegalBasis
    from ..models.parameter_read import ParameterRead


T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """
    Attributes:
        rule_id (str):
        question (Question): A legal question, in presentation order.
        role (Role): How a finding weighs in the strategy.
        outcome (FindingOutcome): Which side a finding favours.
        weight (float):
        title (str):
        summary (str):
        explanation (str):
        legal_basis (list[LegalBasis]):
        facts_used (FindingFactsUsed):
        parameters_used (list[ParameterRead]):
        missing_facts (list[str]):
        variant (None | str | Unset):
        conflict_with (None | str | Unset): Rules that decide the same point differently.
    """

    rule_id: str
    question: Question
    role: Role
    outcome: FindingOutcome
    weight: float
    title: str
    summary: str
    explanation: str
    legal_basis: list[LegalBasis]
    facts_used: FindingFactsUsed
    parameters_used: list[ParameterRead]
    missing_facts: list[str]
    variant: None | str | Unset = UNSET
    conflict_with: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        question = self.question.value

        role = self.role.value

        outcome = self.outcome.value

        weight = self.weight

        title = self.title

        summary = self.summary

        explanation = self.explanation

        legal_basis = []
        for legal_basis_item_data in self.legal_basis:
            legal_basis_item = legal_basis_item_data.to_dict()
            legal_basis.append(legal_basis_item)

        facts_used = self.facts_used.to_dict()

        parameters_used = []
        for parameters_used_item_data in self.parameters_used:
            parameters_used_item = parameters_used_item_data.to_dict()
            parameters_used.append(parameters_used_item)

        missing_facts = self.missing_facts

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        conflict_with: None | str | Unset
        if isinstance(self.conflict_with, Unset):
            conflict_with = UNSET
        else:
            conflict_with = self.conflict_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
                "question": question,
                "role": role,
                "outcome": outcome,
                "weight": weight,
                "title": title,
                "summary": summary,
                "explanation": explanation,
                "legal_basis": legal_basis,
                "facts_used": facts_used,
                "parameters_used": parameters_used,
                "missing_facts": missing_facts,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant
        if conflict_with is not UNSET:
            field_dict["conflict_with"] = conflict_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_facts_used import FindingFactsUsed  # noqa: PLC0415
        from ..models.legal_basis import LegalBasis  # noqa: PLC0415
        from ..models.parameter_read import ParameterRead  # noqa: PLC0415

        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        question = Question(d.pop("question"))

        role = Role(d.pop("role"))

        outcome = FindingOutcome(d.pop("outcome"))

        weight = d.pop("weight")

        title = d.pop("title")

        summary = d.pop("summary")

        explanation = d.pop("explanation")

        legal_basis = []
        _legal_basis = d.pop("legal_basis")
        for legal_basis_item_data in _legal_basis:
            legal_basis_item = LegalBasis.from_dict(legal_basis_item_data)

            legal_basis.append(legal_basis_item)

        facts_used = FindingFactsUsed.from_dict(d.pop("facts_used"))

        parameters_used = []
        _parameters_used = d.pop("parameters_used")
        for parameters_used_item_data in _parameters_used:
            parameters_used_item = ParameterRead.from_dict(parameters_used_item_data)

            parameters_used.append(parameters_used_item)

        missing_facts = cast(list[str], d.pop("missing_facts"))

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_conflict_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conflict_with = _parse_conflict_with(d.pop("conflict_with", UNSET))

        finding = cls(
            rule_id=rule_id,
            question=question,
            role=role,
            outcome=outcome,
            weight=weight,
            title=title,
            summary=summary,
            explanation=explanation,
            legal_basis=legal_basis,
            facts_used=facts_used,
            parameters_used=parameters_used,
            missing_facts=missing_facts,
            variant=variant,
            conflict_with=conflict_with,
        )

        finding.additional_properties = d
        return finding

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
