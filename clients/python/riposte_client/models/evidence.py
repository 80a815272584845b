from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_status import EvidenceStatus
from ..models.stored_evidence_kind import StoredEvidenceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence_facts_type_0 import EvidenceFactsType0
    from ..models.match import Match
    from ..models.proposal import Proposal


T = TypeVar("T", bound="Evidence")


@_attrs_define
class Evidence:
    """
    Attributes:
        id (str):
        assessment_id (str):
        kind (StoredEvidenceKind): What a stored evidence file is (uploads, and overlays Riposte draws).
        filename (str):
        media_type (str):
        size (int):
        sha256 (str):
        status (EvidenceStatus): State of an evidence analysis.
        created_at (str):
        note (None | str | Unset):
        analysed_at (None | str | Unset):
        facts (EvidenceFactsType0 | None | Unset):
        notes (list[str] | Unset):
        proposals (list[Proposal] | Unset):
        match (Match | None | Unset):
        derived_from (list[str] | Unset):
        failure (None | str | Unset):
    """

    id: str
    assessment_id: str
    kind: StoredEvidenceKind
    filename: str
    media_type: str
    size: int
    sha256: str
    status: EvidenceStatus
    created_at: str
    note: None | str | Unset = UNSET
    analysed_at: None | str | Unset = UNSET
    facts: EvidenceFactsType0 | None | Unset = UNSET
    notes: list[str] | Unset = UNSET
    proposals: list[Proposal] | Unset = UNSET
    match: Match | None | Unset = UNSET
    derived_from: list[str] | Unset = UNSET
    failure: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_facts_type_0 import EvidenceFactsType0  # noqa: PLC0415
        from ..models.match import Match  # noqa: PLC0415

        id = self.id

        assessment_id = self.assessment_id

        kind = self.kind.value

        filename = self.filename

        media_type = self.media_type

        size = self.size

        sha256 = self.sha256

        status = self.status.value

        created_at = self.created_at

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        analysed_at: None | str | Unset
        if isinstance(self.analysed_at, Unset):
            analysed_at = UNSET
        else:
            analysed_at = self.analysed_at

        facts: dict[str, Any] | None | Unset
        if isinstance(self.facts, Unset):
            facts = UNSET
        elif isinstance(self.facts, EvidenceFactsType0):
            facts = self.facts.to_dict()
        else:
            facts = self.facts

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        proposals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.proposals, Unset):
            proposals = []
            for proposals_item_data in self.proposals:
                proposals_item = proposals_item_data.to_dict()
                proposals.append(proposals_item)

        match: dict[str, Any] | None | Unset
        if isinstance(self.match, Unset):
            match = UNSET
        elif isinstance(self.match, Match):
            match = self.match.to_dict()
        else:
            match = self.match

        derived_from: list[str] | Unset = UNSET
        if not isinstance(self.derived_from, Unset):
            derived_from = self.derived_from

        failure: None | str | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assessment_id": assessment_id,
                "kind": kind,
                "filename": filename,
                "media_type": media_type,
                "size": size,
                "sha256": sha256,
                "status": status,
                "created_at": created_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if analysed_at is not UNSET:
            field_dict["analysed_at"] = analysed_at
        if facts is not UNSET:
            field_dict["facts"] = facts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if proposals is not UNSET:
            field_dict["proposals"] = proposals
        if match is not UNSET:
            field_dict["match"] = match
        if derived_from is not UNSET:
            field_dict["derived_from"] = derived_from
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_facts_type_0 import EvidenceFactsType0  # noqa: PLC0415
        from ..models.match import Match  # noqa: PLC0415
        from ..models.proposal import Proposal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        assessment_id = d.pop("assessment_id")

        kind = StoredEvidenceKind(d.pop("kind"))

        filename = d.pop("filename")

        media_type = d.pop("media_type")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        status = EvidenceStatus(d.pop("status"))

        created_at = d.pop("created_at")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_analysed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysed_at = _parse_analysed_at(d.pop("analysed_at", UNSET))

        def _parse_facts(data: object) -> EvidenceFactsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                facts_type_0 = EvidenceFactsType0.from_dict(data)

                return facts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvidenceFactsType0 | None | Unset, data)

        facts = _parse_facts(d.pop("facts", UNSET))

        notes = cast(list[str], d.pop("notes", UNSET))

        _proposals = d.pop("proposals", UNSET)
        proposals: list[Proposal] | Unset = UNSET
        if _proposals is not UNSET:
            proposals = []
            for proposals_item_data in _proposals:
                proposals_item = Proposal.from_dict(proposals_item_data)

                proposals.append(proposals_item)

        def _parse_match(data: object) -> Match | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_type_0 = Match.from_dict(data)

                return match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Match | None | Unset, data)

        match = _parse_match(d.pop("match", UNSET))

        derived_from = cast(list[str], d.pop("derived_from", UNSET))

        def _parse_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        evidence = cls(
            id=id,
            assessment_id=assessment_id,
            kind=kind,
            filename=filename,
            media_type=media_type,
            size=size,
            sha256=sha256,
            status=status,
            created_at=created_at,
            note=note,
            analysed_at=analysed_at,
            facts=facts,
            notes=notes,
            proposals=proposals,
            match=match,
            derived_from=derived_from,
            failure=failure,
        )

        evidence.additional_properties = d
        return evidence

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
