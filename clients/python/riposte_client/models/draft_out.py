from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_kind import DraftKind
from ..models.draft_language import DraftLanguage
from ..models.template_source import TemplateSource

if TYPE_CHECKING:
    from ..models.draft_out_document import DraftOutDocument
    from ..models.draft_out_links import DraftOutLinks


T = TypeVar("T", bound="DraftOut")


@_attrs_define
class DraftOut:
    """
    Attributes:
        id (UUID):
        assessment_id (UUID):
        revision (int): The assessment revision the draft was made from.
        kind (DraftKind): The kind of reply letter.
        language (DraftLanguage): Language of a reply letter.
        template (TemplateSource): Whether the built-in or the firm's template is used.
        created_at (datetime.datetime):
        rests_on (list[str]): Rule ids of the findings the letter rests on.
        document (DraftOutDocument): The letter's structure: each paragraph with `rests_on` and `citations`.
        links (DraftOutLinks): The draft in each format.
    """

    id: UUID
    assessment_id: UUID
    revision: int
    kind: DraftKind
    language: DraftLanguage
    template: TemplateSource
    created_at: datetime.datetime
    rests_on: list[str]
    document: DraftOutDocument
    links: DraftOutLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        assessment_id = str(self.assessment_id)

        revision = self.revision

        kind = self.kind.value

        language = self.language.value

        template = self.template.value

        created_at = self.created_at.isoformat()

        rests_on = self.rests_on

        document = self.document.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assessment_id": assessment_id,
                "revision": revision,
                "kind": kind,
                "language": language,
                "template": template,
                "created_at": created_at,
                "rests_on": rests_on,
                "document": document,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.draft_out_document import DraftOutDocument  # noqa: PLC0415
        from ..models.draft_out_links import DraftOutLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        assessment_id = UUID(d.pop("assessment_id"))

        revision = d.pop("revision")

        kind = DraftKind(d.pop("kind"))

        language = DraftLanguage(d.pop("language"))

        template = TemplateSource(d.pop("template"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        rests_on = cast(list[str], d.pop("rests_on"))

        document = DraftOutDocument.from_dict(d.pop("document"))

        links = DraftOutLinks.from_dict(d.pop("links"))

        draft_out = cls(
            id=id,
            assessment_id=assessment_id,
            revision=revision,
            kind=kind,
            language=language,
            template=template,
            created_at=created_at,
            rests_on=rests_on,
            document=document,
            links=links,
        )

        draft_out.additional_properties = d
        return draft_out

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
