from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region import Region


T = TypeVar("T", bound="ProposalSource")


@_attrs_define
class ProposalSource:
    """
    Attributes:
        evidence_id (str):
        page (int | None | Unset): PDF page (1-based) the text came from.
        excerpt (None | str | Unset): The text or tag value read.
        tag (None | str | Unset): The metadata tag, e.g. Iptc.Application2.Copyright
        region (None | Region | Unset): Region of the client's image.
        against (None | str | Unset): The evidence compared with.
        basis (None | str | Unset):
    """

    evidence_id: str
    page: int | None | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    region: None | Region | Unset = UNSET
    against: None | str | Unset = UNSET
    basis: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.region import Region  # noqa: PLC0415

        evidence_id = self.evidence_id

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        region: dict[str, Any] | None | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, Region):
            region = self.region.to_dict()
        else:
            region = self.region

        against: None | str | Unset
        if isinstance(self.against, Unset):
            against = UNSET
        else:
            against = self.against

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        else:
            basis = self.basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evidence_id": evidence_id,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if tag is not UNSET:
            field_dict["tag"] = tag
        if region is not UNSET:
            field_dict["region"] = region
        if against is not UNSET:
            field_dict["against"] = against
        if basis is not UNSET:
            field_dict["basis"] = basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region import Region  # noqa: PLC0415

        d = dict(src_dict)
        evidence_id = d.pop("evidence_id")

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_region(data: object) -> None | Region | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_type_0 = Region.from_dict(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Region | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_against(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        against = _parse_against(d.pop("against", UNSET))

        def _parse_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        proposal_source = cls(
            evidence_id=evidence_id,
            page=page,
            excerpt=excerpt,
            tag=tag,
            region=region,
            against=against,
            basis=basis,
        )

        proposal_source.additional_properties = d
        return proposal_source

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
