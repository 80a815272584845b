from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.applicable_law import ApplicableLaw
    from ..models.conflict_out import ConflictOut
    from ..models.dates import Dates
    from ..models.finding import Finding
    from ..models.question_to_ask import QuestionToAsk
    from ..models.rulebook_stamp import RulebookStamp
    from ..models.strategy import Strategy


T = TypeVar("T", bound="AssessmentResult")


@_attrs_define
class AssessmentResult:
    """An evaluation of a claim, without storage (``POST /v1/evaluate``).

    Attributes:
        applicable_law (ApplicableLaw):
        findings (list[Finding]):
        questions (list[QuestionToAsk]):
        amount (Amount | None): Reference licence fee, recoverable part, fair range and counter-offer.
        dates (Dates): Response deadline and limitation expiry.
        strategy (Strategy):
        conflicts (list[ConflictOut]):
        rulebook (RulebookStamp):
        app_version (str):
        evaluated_on (datetime.date):
    """

    applicable_law: ApplicableLaw
    findings: list[Finding]
    questions: list[QuestionToAsk]
    amount: Amount | None
    dates: Dates
    strategy: Strategy
    conflicts: list[ConflictOut]
    rulebook: RulebookStamp
    app_version: str
    evaluated_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount  # noqa: PLC0415

        applicable_law = self.applicable_law.to_dict()

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        amount: dict[str, Any] | None
        if isinstance(self.amount, Amount):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        dates = self.dates.to_dict()

        strategy = self.strategy.to_dict()

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        rulebook = self.rulebook.to_dict()

        app_version = self.app_version

        evaluated_on = self.evaluated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicable_law": applicable_law,
                "findings": findings,
                "questions": questions,
                "amount": amount,
                "dates": dates,
                "strategy": strategy,
                "conflicts": conflicts,
                "rulebook": rulebook,
                "app_version": app_version,
                "evaluated_on": evaluated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.applicable_law import ApplicableLaw  # noqa: PLC0415
        from ..models.conflict_out import ConflictOut  # noqa: PLC0415
        from ..models.dates import Dates  # noqa: PLC0415
        from ..models.finding import Finding  # noqa: PLC0415
        from ..models.question_to_ask import QuestionToAsk  # noqa: PLC0415
        from ..models.rulebook_stamp import RulebookStamp  # noqa: PLC0415
        from ..models.strategy import Strategy  # noqa: PLC0415

        d = dict(src_dict)
        applicable_law = ApplicableLaw.from_dict(d.pop("applicable_law"))

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = Finding.from_dict(findings_item_data)

            findings.append(findings_item)

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionToAsk.from_dict(questions_item_data)

            questions.append(questions_item)

        def _parse_amount(data: object) -> Amount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = Amount.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | None, data)

        amount = _parse_amount(d.pop("amount"))

        dates = Dates.from_dict(d.pop("dates"))

        strategy = Strategy.from_dict(d.pop("strategy"))

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = ConflictOut.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        rulebook = RulebookStamp.from_dict(d.pop("rulebook"))

        app_version = d.pop("app_version")

        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        assessment_result = cls(
            applicable_law=applicable_law,
            findings=findings,
            questions=questions,
            amount=amount,
            dates=dates,
            strategy=strategy,
            conflicts=conflicts,
            rulebook=rulebook,
            app_version=app_version,
            evaluated_on=evaluated_on,
        )

        assessment_result.additional_properties = d
        return assessment_result

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
