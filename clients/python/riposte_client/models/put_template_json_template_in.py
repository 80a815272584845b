from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PutTemplateJsonTemplateIn")


@_attrs_define
class PutTemplateJsonTemplateIn:
    """
    Attributes:
        source (str): A Jinja2 template writing Markdown from `draft`, `letterhead` and `signature` (see GET
            /v1/firm/templates/builtin).
    """

    source: str

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        put_template_json_template_in = cls(
            source=source,
        )

        return put_template_json_template_in
