from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.applicable_law import ApplicableLaw
    from ..models.claim import Claim
    from ..models.conflict_out import ConflictOut
    from ..models.dates import Dates
    from ..models.finding import Finding
    from ..models.provenance import Provenance
    from ..models.question_to_ask import QuestionToAsk
    from ..models.rulebook_stamp import RulebookStamp
    from ..models.strategy import Strategy


T = TypeVar("T", bound="Assessment")


@_attrs_define
class Assessment:
    """
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
        id (UUID):
        external_ref (None | str):
        revision (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        claim (Claim): A demand letter and the facts of the case, as practice software sends them.
        provenance (None | Provenance | Unset): Which facts came from a parsed letter, with confidence.
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
    id: UUID
    external_ref: None | str
    revision: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    claim: Claim
    provenance: None | Provenance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.provenance import Provenance  # noqa: PLC0415

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

        id = str(self.id)

        external_ref: None | str
        external_ref = self.external_ref

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        claim = self.claim.to_dict()

        provenance: dict[str, Any] | None | Unset
        if isinstance(self.provenance, Unset):
            provenance = UNSET
        elif isinstance(self.provenance, Provenance):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

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
                "id": id,
                "external_ref": external_ref,
                "revision": revision,
                "created_at": created_at,
                "updated_at": updated_at,
                "claim": claim,
            }
        )
        if provenance is not UNSET:
            field_dict["provenance"] = provenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.applicable_law import ApplicableLaw  # noqa: PLC0415
        from ..models.claim import Claim  # noqa: PLC0415
        from ..models.conflict_out import ConflictOut  # noqa: PLC0415
        from ..models.dates import Dates  # noqa: PLC0415
        from ..models.finding import Finding  # noqa: PLC0415
        from ..models.provenance import Provenance  # noqa: PLC0415
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

        id = UUID(d.pop("id"))

        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        claim = Claim.from_dict(d.pop("claim"))

        def _parse_provenance(data: object) -> None | Provenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = Provenance.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Provenance | Unset, data)

        provenance = _parse_provenance(d.pop("provenance", UNSET))

        assessment = cls(
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
            id=id,
            external_ref=external_ref,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            claim=claim,
            provenance=provenance,
        )

        assessment.additional_properties = d
        return assessment

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
