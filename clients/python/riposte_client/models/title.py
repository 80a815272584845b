from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.title_authorship_evidence_type_0 import TitleAuthorshipEvidenceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.us_registration import UsRegistration


T = TypeVar("T", bound="Title")


@_attrs_define
class Title:
    """
    Attributes:
        chain_produced (bool | None | Unset):
        exclusive_rights_shown (bool | None | Unset):
        author_identified (bool | None | Unset):
        self_issued_only (bool | None | Unset):
        us_registration (None | Unset | UsRegistration):
        presumption_relied_on (bool | None | Unset): The claimant relies on a presumption of ownership only.
        exploitation_evidence_external (bool | None | Unset):
        author_disputes (bool | None | Unset):
        authorship_evidence (None | TitleAuthorshipEvidenceType0 | Unset):
        image_on_other_stock_sites (bool | None | Unset):
    """

    chain_produced: bool | None | Unset = UNSET
    exclusive_rights_shown: bool | None | Unset = UNSET
    author_identified: bool | None | Unset = UNSET
    self_issued_only: bool | None | Unset = UNSET
    us_registration: None | Unset | UsRegistration = UNSET
    presumption_relied_on: bool | None | Unset = UNSET
    exploitation_evidence_external: bool | None | Unset = UNSET
    author_disputes: bool | None | Unset = UNSET
    authorship_evidence: None | TitleAuthorshipEvidenceType0 | Unset = UNSET
    image_on_other_stock_sites: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.us_registration import UsRegistration  # noqa: PLC0415

        chain_produced: bool | None | Unset
        if isinstance(self.chain_produced, Unset):
            chain_produced = UNSET
        else:
            chain_produced = self.chain_produced

        exclusive_rights_shown: bool | None | Unset
        if isinstance(self.exclusive_rights_shown, Unset):
            exclusive_rights_shown = UNSET
        else:
            exclusive_rights_shown = self.exclusive_rights_shown

        author_identified: bool | None | Unset
        if isinstance(self.author_identified, Unset):
            author_identified = UNSET
        else:
            author_identified = self.author_identified

        self_issued_only: bool | None | Unset
        if isinstance(self.self_issued_only, Unset):
            self_issued_only = UNSET
        else:
            self_issued_only = self.self_issued_only

        us_registration: dict[str, Any] | None | Unset
        if isinstance(self.us_registration, Unset):
            us_registration = UNSET
        elif isinstance(self.us_registration, UsRegistration):
            us_registration = self.us_registration.to_dict()
        else:
            us_registration = self.us_registration

        presumption_relied_on: bool | None | Unset
        if isinstance(self.presumption_relied_on, Unset):
            presumption_relied_on = UNSET
        else:
            presumption_relied_on = self.presumption_relied_on

        exploitation_evidence_external: bool | None | Unset
        if isinstance(self.exploitation_evidence_external, Unset):
            exploitation_evidence_external = UNSET
        else:
            exploitation_evidence_external = self.exploitation_evidence_external

        author_disputes: bool | None | Unset
        if isinstance(self.author_disputes, Unset):
            author_disputes = UNSET
        else:
            author_disputes = self.author_disputes

        authorship_evidence: None | str | Unset
        if isinstance(self.authorship_evidence, Unset):
            authorship_evidence = UNSET
        elif isinstance(self.authorship_evidence, TitleAuthorshipEvidenceType0):
            authorship_evidence = self.authorship_evidence.value
        else:
            authorship_evidence = self.authorship_evidence

        image_on_other_stock_sites: bool | None | Unset
        if isinstance(self.image_on_other_stock_sites, Unset):
            image_on_other_stock_sites = UNSET
        else:
            image_on_other_stock_sites = self.image_on_other_stock_sites

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chain_produced is not UNSET:
            field_dict["chain_produced"] = chain_produced
        if exclusive_rights_shown is not UNSET:
            field_dict["exclusive_rights_shown"] = exclusive_rights_shown
        if author_identified is not UNSET:
            field_dict["author_identified"] = author_identified
        if self_issued_only is not UNSET:
            field_dict["self_issued_only"] = self_issued_only
        if us_registration is not UNSET:
            field_dict["us_registration"] = us_registration
        if presumption_relied_on is not UNSET:
            field_dict["presumption_relied_on"] = presumption_relied_on
        if exploitation_evidence_external is not UNSET:
            field_dict["exploitation_evidence_external"] = exploitation_evidence_external
        if author_disputes is not UNSET:
            field_dict["author_disputes"] = author_disputes
        if authorship_evidence is not UNSET:
            field_dict["authorship_evidence"] = authorship_evidence
        if image_on_other_stock_sites is not UNSET:
            field_dict["image_on_other_stock_sites"] = image_on_other_stock_sites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.us_registration import UsRegistration  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_chain_produced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        chain_produced = _parse_chain_produced(d.pop("chain_produced", UNSET))

        def _parse_exclusive_rights_shown(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclusive_rights_shown = _parse_exclusive_rights_shown(d.pop("exclusive_rights_shown", UNSET))

        def _parse_author_identified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        author_identified = _parse_author_identified(d.pop("author_identified", UNSET))

        def _parse_self_issued_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        self_issued_only = _parse_self_issued_only(d.pop("self_issued_only", UNSET))

        def _parse_us_registration(data: object) -> None | Unset | UsRegistration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                us_registration_type_0 = UsRegistration.from_dict(data)

                return us_registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsRegistration, data)

        us_registration = _parse_us_registration(d.pop("us_registration", UNSET))

        def _parse_presumption_relied_on(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        presumption_relied_on = _parse_presumption_relied_on(d.pop("presumption_relied_on", UNSET))

        def _parse_exploitation_evidence_external(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exploitation_evidence_external = _parse_exploitation_evidence_external(
            d.pop("exploitation_evidence_external", UNSET)
        )

        def _parse_author_disputes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        author_disputes = _parse_author_disputes(d.pop("author_disputes", UNSET))

        def _parse_authorship_evidence(data: object) -> None | TitleAuthorshipEvidenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authorship_evidence_type_0 = TitleAuthorshipEvidenceType0(data)

                return authorship_evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TitleAuthorshipEvidenceType0 | Unset, data)

        authorship_evidence = _parse_authorship_evidence(d.pop("authorship_evidence", UNSET))

        def _parse_image_on_other_stock_sites(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        image_on_other_stock_sites = _parse_image_on_other_stock_sites(d.pop("image_on_other_stock_sites", UNSET))

        title = cls(
            chain_produced=chain_produced,
            exclusive_rights_shown=exclusive_rights_shown,
            author_identified=author_identified,
            self_issued_only=self_issued_only,
            us_registration=us_registration,
            presumption_relied_on=presumption_relied_on,
            exploitation_evidence_external=exploitation_evidence_external,
            author_disputes=author_disputes,
            authorship_evidence=authorship_evidence,
            image_on_other_stock_sites=image_on_other_stock_sites,
        )

        return title
