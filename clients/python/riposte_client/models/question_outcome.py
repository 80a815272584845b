from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation import Recommendation

if TYPE_CHECKING:
    from ..models.question_outcome_if import QuestionOutcomeIf


T = TypeVar("T", bound="QuestionOutcome")


@_attrs_define
class QuestionOutcome:
    """
    Attributes:
        if_ (QuestionOutcomeIf): The facts tried together.
        recommendation (Recommendation): What the firm should do.
        changes (list[str]): Rules whose finding changes.
    """

    if_: QuestionOutcomeIf
    recommendation: Recommendation
    changes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if_ = self.if_.to_dict()

        recommendation = self.recommendation.value

        changes = self.changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "if": if_,
                "recommendation": recommendation,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_outcome_if import QuestionOutcomeIf  # noqa: PLC0415

        d = dict(src_dict)
        if_ = QuestionOutcomeIf.from_dict(d.pop("if"))

        recommendation = Recommendation(d.pop("recommendation"))

        changes = cast(list[str], d.pop("changes"))

        question_outcome = cls(
            if_=if_,
            recommendation=recommendation,
            changes=changes,
        )

        question_outcome.additional_properties = d
        return question_outcome

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
