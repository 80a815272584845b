from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.letter_language import LetterLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_candidate import AmountCandidate
    from ..models.field_source import FieldSource
    from ..models.letter_parse_claim import LetterParseClaim
    from ..models.letter_parse_extras import LetterParseExtras
    from ..models.parse_warning import ParseWarning


T = TypeVar("T", bound="LetterParse")


@_attrs_define
class LetterParse:
    """A demand letter read into a claim draft, with the evidence for every value.

    Attributes:
        claim (LetterParseClaim): Claim draft in the shape of the assessment claim contract (letter.*, use.page_url,
            use.detected_on), holding only what the letter says; a field the letter does not state, or states masked, is
            left out.
        text (str): The normalised text all offsets refer to.
        fields (list[FieldSource] | Unset): Source span and confidence of each claim value.
        alternatives (list[AmountCandidate] | Unset): Every candidate amount when the letter offers a choice (e.g.
            Copytrack's retroactive licence or damages) or repeats or contradicts amounts.
        warnings (list[ParseWarning] | Unset): Masked values, conflicting amounts, inferred or unknown sender, computed
            or unresolvable deadlines, truncated text.
        language (LetterLanguage | None | Unset): Language detected from the text; null when unclear.
        extras (LetterParseExtras | Unset): Facts outside the claim contract, each key present only when found:
            agency_evidence (why the sender was recognised), image_ids [{label, value}], other_references,
            recipient_references (the recipient's own, never the case's), ocr {pages, seconds} for scanned PDFs, use_urls,
            portal_urls, payment_urls, agency_urls, other_urls, emails (sender-side addresses), threats [{kind: lawsuit |
            partner_lawyers | collection_agency | statutory_damages | criminal_complaint, excerpt, start, end, amount?}],
            vat (HT, TTC, MwSt., VAT...), deadline_text, removal_demanded, per_image, portal_password ('redacted' when
            masked), licence_type, amounts_found [{role, amount, currency, excerpt}], asserted_law_mentions,
            rights_holder_candidates, photographer_candidates, email {from, subject, date} for .eml uploads.
    """

    claim: LetterParseClaim
    text: str
    fields: list[FieldSource] | Unset = UNSET
    alternatives: list[AmountCandidate] | Unset = UNSET
    warnings: list[ParseWarning] | Unset = UNSET
    language: LetterLanguage | None | Unset = UNSET
    extras: LetterParseExtras | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        claim = self.claim.to_dict()

        text = self.text

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, LetterLanguage):
            language = self.language.value
        else:
            language = self.language

        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "claim": claim,
                "text": text,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if language is not UNSET:
            field_dict["language"] = language
        if extras is not UNSET:
            field_dict["extras"] = extras

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_candidate import AmountCandidate  # noqa: PLC0415
        from ..models.field_source import FieldSource  # noqa: PLC0415
        from ..models.letter_parse_claim import LetterParseClaim  # noqa: PLC0415
        from ..models.letter_parse_extras import LetterParseExtras  # noqa: PLC0415
        from ..models.parse_warning import ParseWarning  # noqa: PLC0415

        d = dict(src_dict)
        claim = LetterParseClaim.from_dict(d.pop("claim"))

        text = d.pop("text")

        _fields = d.pop("fields", UNSET)
        fields: list[FieldSource] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldSource.from_dict(fields_item_data)

                fields.append(fields_item)

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[AmountCandidate] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = AmountCandidate.from_dict(alternatives_item_data)

                alternatives.append(alternatives_item)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ParseWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ParseWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        def _parse_language(data: object) -> LetterLanguage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = LetterLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LetterLanguage | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _extras = d.pop("extras", UNSET)
        extras: LetterParseExtras | Unset
        if isinstance(_extras, Unset):
            extras = UNSET
        else:
            extras = LetterParseExtras.from_dict(_extras)

        letter_parse = cls(
            claim=claim,
            text=text,
            fields=fields,
            alternatives=alternatives,
            warnings=warnings,
            language=language,
            extras=extras,
        )

        return letter_parse
