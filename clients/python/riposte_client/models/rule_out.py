from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legal_basis import LegalBasis


T = TypeVar("T", bound="RuleOut")


@_attrs_define
class RuleOut:
    """
    Attributes:
        id (str):
        question (str):
        title (str):
        jurisdictions (list[str]):
        role (str):
        legal_basis (list[LegalBasis]):
        valid_from (None | str):
        valid_to (None | str):
        exception_to (list[str]):
        decides (None | str):
    """

    id: str
    question: str
    title: str
    jurisdictions: list[str]
    role: str
    legal_basis: list[LegalBasis]
    valid_from: None | str
    valid_to: None | str
    exception_to: list[str]
    decides: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        question = self.question

        title = self.title

        jurisdictions = self.jurisdictions

        role = self.role

        legal_basis = []
        for legal_basis_item_data in self.legal_basis:
            legal_basis_item = legal_basis_item_data.to_dict()
            legal_basis.append(legal_basis_item)

        valid_from: None | str
        valid_from = self.valid_from

        valid_to: None | str
        valid_to = self.valid_to

        exception_to = self.exception_to

        decides: None | str
        decides = self.decides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "question": question,
                "title": title,
                "jurisdictions": jurisdictions,
                "role": role,
                "legal_basis": legal_basis,
                "valid_from": valid_from,
                "valid_to": valid_to,
                "exception_to": exception_to,
                "decides": decides,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_basis import LegalBasis  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        question = d.pop("question")

        title = d.pop("title")

        jurisdictions = cast(list[str], d.pop("jurisdictions"))

        role = d.pop("role")

        legal_basis = []
        _legal_basis = d.pop("legal_basis")
        for legal_basis_item_data in _legal_basis:
            legal_basis_item = LegalBasis.from_dict(legal_basis_item_data)

            legal_basis.append(legal_basis_item)

        def _parse_valid_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_from = _parse_valid_from(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))

        exception_to = cast(list[str], d.pop("exception_to"))

        def _parse_decides(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decides = _parse_decides(d.pop("decides"))

        rule_out = cls(
            id=id,
            question=question,
            title=title,
            jurisdictions=jurisdictions,
            role=role,
            legal_basis=legal_basis,
            valid_from=valid_from,
            valid_to=valid_to,
            exception_to=exception_to,
            decides=decides,
        )

        rule_out.additional_properties = d
        return rule_out

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
