from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.draft_kind import DraftKind
from ..models.draft_language import DraftLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftRequest")


@_attrs_define
class DraftRequest:
    """
    Attributes:
        kind (DraftKind): The kind of reply letter.
        language (DraftLanguage): Language of a reply letter.
        client_name (None | str | Unset): How the letter names the firm's client (default: 'our client').
    """

    kind: DraftKind
    language: DraftLanguage
    client_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        language = self.language.value

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "language": language,
            }
        )
        if client_name is not UNSET:
            field_dict["client_name"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DraftKind(d.pop("kind"))

        language = DraftLanguage(d.pop("language"))

        def _parse_client_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_name = _parse_client_name(d.pop("client_name", UNSET))

        draft_request = cls(
            kind=kind,
            language=language,
            client_name=client_name,
        )

        return draft_request
