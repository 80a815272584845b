from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.letterhead import Letterhead
    from ..models.signature import Signature


T = TypeVar("T", bound="LetterSettings")


@_attrs_define
class LetterSettings:
    """
    Attributes:
        letterhead (Letterhead | Unset):
        signature (Signature | Unset):
    """

    letterhead: Letterhead | Unset = UNSET
    signature: Signature | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        letterhead: dict[str, Any] | Unset = UNSET
        if not isinstance(self.letterhead, Unset):
            letterhead = self.letterhead.to_dict()

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if letterhead is not UNSET:
            field_dict["letterhead"] = letterhead
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.letterhead import Letterhead  # noqa: PLC0415
        from ..models.signature import Signature  # noqa: PLC0415

        d = dict(src_dict)
        _letterhead = d.pop("letterhead", UNSET)
        letterhead: Letterhead | Unset
        if isinstance(_letterhead, Unset):
            letterhead = UNSET
        else:
            letterhead = Letterhead.from_dict(_letterhead)

        _signature = d.pop("signature", UNSET)
        signature: Signature | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = Signature.from_dict(_signature)

        letter_settings = cls(
            letterhead=letterhead,
            signature=signature,
        )

        return letter_settings
