from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ParseLetterFilesBody")


@_attrs_define
class ParseLetterFilesBody:
    """
    Attributes:
        file (File): .txt, .eml, .html or .pdf (text layer), 5 MiB at most
        claim (str | Unset): JSON object of facts the caller knows (optional).
    """

    file: File
    claim: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        claim = self.claim

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )
        if claim is not UNSET:
            field_dict["claim"] = claim

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.claim, Unset):
            files.append(("claim", (None, str(self.claim).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        claim = d.pop("claim", UNSET)

        parse_letter_files_body = cls(
            file=file,
            claim=claim,
        )

        return parse_letter_files_body
