from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LetterParseExtras")


@_attrs_define
class LetterParseExtras:
    """Facts outside the claim contract, each key present only when found: agency_evidence (why the sender was recognised),
    image_ids [{label, value}], other_references, recipient_references (the recipient's own, never the case's), ocr
    {pages, seconds} for scanned PDFs, use_urls, portal_urls, payment_urls, agency_urls, other_urls, emails (sender-side
    addresses), threats [{kind: lawsuit | partner_lawyers | collection_agency | statutory_damages | criminal_complaint,
    excerpt, start, end, amount?}], vat (HT, TTC, MwSt., VAT...), deadline_text, removal_demanded, per_image,
    portal_password ('redacted' when masked), licence_type, amounts_found [{role, amount, currency, excerpt}],
    asserted_law_mentions, rights_holder_candidates, photographer_candidates, email {from, subject, date} for .eml
    uploads.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        letter_parse_extras = cls()

        letter_parse_extras.additional_properties = d
        return letter_parse_extras

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
