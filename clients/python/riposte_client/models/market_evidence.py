from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.market_evidence_kind import MarketEvidenceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="MarketEvidence")


@_attrs_define
class MarketEvidence:
    """
    Attributes:
        kind (MarketEvidenceKind):
        price (Money):
        description (None | str | Unset):
        covers_use (bool | None | Unset): Whether the price is for the same kind of use.
    """

    kind: MarketEvidenceKind
    price: Money
    description: None | str | Unset = UNSET
    covers_use: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        price = self.price.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        covers_use: bool | None | Unset
        if isinstance(self.covers_use, Unset):
            covers_use = UNSET
        else:
            covers_use = self.covers_use

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "price": price,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if covers_use is not UNSET:
            field_dict["covers_use"] = covers_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        kind = MarketEvidenceKind(d.pop("kind"))

        price = Money.from_dict(d.pop("price"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_covers_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covers_use = _parse_covers_use(d.pop("covers_use", UNSET))

        market_evidence = cls(
            kind=kind,
            price=price,
            description=description,
            covers_use=covers_use,
        )

        return market_evidence
