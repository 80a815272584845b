from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.jurisdiction_out import JurisdictionOut
    from ..models.rule_out import RuleOut


T = TypeVar("T", bound="RulebookOut")


@_attrs_define
class RulebookOut:
    """
    Attributes:
        version (str):
        digest (str):
        jurisdictions (list[JurisdictionOut]):
        rules (list[RuleOut]):
        parameters (list[str]):
    """

    version: str
    digest: str
    jurisdictions: list[JurisdictionOut]
    rules: list[RuleOut]
    parameters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        digest = self.digest

        jurisdictions = []
        for jurisdictions_item_data in self.jurisdictions:
            jurisdictions_item = jurisdictions_item_data.to_dict()
            jurisdictions.append(jurisdictions_item)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "digest": digest,
                "jurisdictions": jurisdictions,
                "rules": rules,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jurisdiction_out import JurisdictionOut  # noqa: PLC0415
        from ..models.rule_out import RuleOut  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        digest = d.pop("digest")

        jurisdictions = []
        _jurisdictions = d.pop("jurisdictions")
        for jurisdictions_item_data in _jurisdictions:
            jurisdictions_item = JurisdictionOut.from_dict(jurisdictions_item_data)

            jurisdictions.append(jurisdictions_item)

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleOut.from_dict(rules_item_data)

            rules.append(rules_item)

        parameters = cast(list[str], d.pop("parameters"))

        rulebook_out = cls(
            version=version,
            digest=digest,
            jurisdictions=jurisdictions,
            rules=rules,
            parameters=parameters,
        )

        rulebook_out.additional_properties = d
        return rulebook_out

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
