from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proposal_state import ProposalState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proposal_conflict_type_0 import ProposalConflictType0
    from ..models.proposal_source import ProposalSource


T = TypeVar("T", bound="Proposal")


@_attrs_define
class Proposal:
    """
    Attributes:
        id (str):
        fact (str): The claim field's dotted path.
        value (Any):
        source (ProposalSource):
        confidence (float):
        state (ProposalState): State of a proposed fact.
        note (None | str | Unset):
        revision (int | None | Unset): The revision an acceptance made.
        conflict (None | ProposalConflictType0 | Unset): The value the claim already has, when it differs.
    """

    id: str
    fact: str
    value: Any
    source: ProposalSource
    confidence: float
    state: ProposalState
    note: None | str | Unset = UNSET
    revision: int | None | Unset = UNSET
    conflict: None | ProposalConflictType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.proposal_conflict_type_0 import ProposalConflictType0  # noqa: PLC0415

        id = self.id

        fact = self.fact

        value = self.value

        source = self.source.to_dict()

        confidence = self.confidence

        state = self.state.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        revision: int | None | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        conflict: dict[str, Any] | None | Unset
        if isinstance(self.conflict, Unset):
            conflict = UNSET
        elif isinstance(self.conflict, ProposalConflictType0):
            conflict = self.conflict.to_dict()
        else:
            conflict = self.conflict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fact": fact,
                "value": value,
                "source": source,
                "confidence": confidence,
                "state": state,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if revision is not UNSET:
            field_dict["revision"] = revision
        if conflict is not UNSET:
            field_dict["conflict"] = conflict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposal_conflict_type_0 import ProposalConflictType0  # noqa: PLC0415
        from ..models.proposal_source import ProposalSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        fact = d.pop("fact")

        value = d.pop("value")

        source = ProposalSource.from_dict(d.pop("source"))

        confidence = d.pop("confidence")

        state = ProposalState(d.pop("state"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))

        def _parse_conflict(data: object) -> None | ProposalConflictType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conflict_type_0 = ProposalConflictType0.from_dict(data)

                return conflict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProposalConflictType0 | Unset, data)

        conflict = _parse_conflict(d.pop("conflict", UNSET))

        proposal = cls(
            id=id,
            fact=fact,
            value=value,
            source=source,
            confidence=confidence,
            state=state,
            note=note,
            revision=revision,
            conflict=conflict,
        )

        proposal.additional_properties = d
        return proposal

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
