from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvenanceField")


@_attrs_define
class ProvenanceField:
    """Where one claim value came from: a span of the letter, or an evidence file.

    Attributes:
        pointer (str): JSON pointer into the claim.
        excerpt (None | str | Unset):
        start (int | None | Unset):
        end (int | None | Unset):
        confidence (float | None | Unset): 0..1
        rule (None | str | Unset): How a computed value was obtained.
        page (int | None | Unset):
        box (list[int] | None | Unset):
        evidence_id (None | str | Unset): For a fact from evidence.
        proposal_id (None | str | Unset):
        kind (None | str | Unset): The evidence file's kind.
        filename (None | str | Unset):
        source (Any | Unset): How the evidence analysis found it.
    """

    pointer: str
    excerpt: None | str | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    confidence: float | None | Unset = UNSET
    rule: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    box: list[int] | None | Unset = UNSET
    evidence_id: None | str | Unset = UNSET
    proposal_id: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    source: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        else:
            rule = self.rule

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        box: list[int] | None | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        elif isinstance(self.box, list):
            box = self.box

        else:
            box = self.box

        evidence_id: None | str | Unset
        if isinstance(self.evidence_id, Unset):
            evidence_id = UNSET
        else:
            evidence_id = self.evidence_id

        proposal_id: None | str | Unset
        if isinstance(self.proposal_id, Unset):
            proposal_id = UNSET
        else:
            proposal_id = self.proposal_id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pointer": pointer,
            }
        )
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if rule is not UNSET:
            field_dict["rule"] = rule
        if page is not UNSET:
            field_dict["page"] = page
        if box is not UNSET:
            field_dict["box"] = box
        if evidence_id is not UNSET:
            field_dict["evidence_id"] = evidence_id
        if proposal_id is not UNSET:
            field_dict["proposal_id"] = proposal_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if filename is not UNSET:
            field_dict["filename"] = filename
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pointer = d.pop("pointer")

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        def _parse_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_box(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                box_type_0 = cast(list[int], data)

                return box_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        box = _parse_box(d.pop("box", UNSET))

        def _parse_evidence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id", UNSET))

        def _parse_proposal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proposal_id = _parse_proposal_id(d.pop("proposal_id", UNSET))

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        source = d.pop("source", UNSET)

        provenance_field = cls(
            pointer=pointer,
            excerpt=excerpt,
            start=start,
            end=end,
            confidence=confidence,
            rule=rule,
            page=page,
            box=box,
            evidence_id=evidence_id,
            proposal_id=proposal_id,
            kind=kind,
            filename=filename,
            source=source,
        )

        provenance_field.additional_properties = d
        return provenance_field

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
