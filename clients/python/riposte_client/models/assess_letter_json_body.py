from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assess_letter_json_body_claim import AssessLetterJsonBodyClaim


T = TypeVar("T", bound="AssessLetterJsonBody")


@_attrs_define
class AssessLetterJsonBody:
    """
    Attributes:
        text (str):
        claim (AssessLetterJsonBodyClaim | Unset): Facts the caller knows; they win over the letter.
    """

    text: str
    claim: AssessLetterJsonBodyClaim | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claim, Unset):
            claim = self.claim.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if claim is not UNSET:
            field_dict["claim"] = claim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assess_letter_json_body_claim import AssessLetterJsonBodyClaim  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        _claim = d.pop("claim", UNSET)
        claim: AssessLetterJsonBodyClaim | Unset
        if isinstance(_claim, Unset):
            claim = UNSET
        else:
            claim = AssessLetterJsonBodyClaim.from_dict(_claim)

        assess_letter_json_body = cls(
            text=text,
            claim=claim,
        )

        return assess_letter_json_body
