from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation import Recommendation

T = TypeVar("T", bound="Strategy")


@_attrs_define
class Strategy:
    """
    Attributes:
        recommendation (Recommendation): What the firm should do.
        label (str):
        confidence (float):
        reasons (list[str]): Rule ids of the findings that drove it.
        uncertain (list[str]): Rule ids left undetermined.
        explanation (str):
    """

    recommendation: Recommendation
    label: str
    confidence: float
    reasons: list[str]
    uncertain: list[str]
    explanation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendation = self.recommendation.value

        label = self.label

        confidence = self.confidence

        reasons = self.reasons

        uncertain = self.uncertain

        explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendation": recommendation,
                "label": label,
                "confidence": confidence,
                "reasons": reasons,
                "uncertain": uncertain,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recommendation = Recommendation(d.pop("recommendation"))

        label = d.pop("label")

        confidence = d.pop("confidence")

        reasons = cast(list[str], d.pop("reasons"))

        uncertain = cast(list[str], d.pop("uncertain"))

        explanation = d.pop("explanation")

        strategy = cls(
            recommendation=recommendation,
            label=label,
            confidence=confidence,
            reasons=reasons,
            uncertain=uncertain,
            explanation=explanation,
        )

        strategy.additional_properties = d
        return strategy

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
