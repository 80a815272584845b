from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode
from ..models.exception_claimed import ExceptionClaimed
from ..models.placement import Placement
from ..models.purpose import Purpose
from ..models.site_kind import SiteKind
from ..models.technique import Technique
from ..models.use_medium_type_0 import UseMediumType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Use")


@_attrs_define
class Use:
    """
    Attributes:
        page_url (None | str | Unset):
        site_kind (None | SiteKind | Unset):
        purpose (None | Purpose | Unset):
        monetised (bool | None | Unset):
        audience_monthly (int | None | Unset):
        placement (None | Placement | Unset):
        display_width_px (int | None | Unset):
        medium (None | Unset | UseMediumType0): Where the image was used; unknown is priced as web.
        attribution_shown (bool | None | Unset):
        licence_notice_shown (bool | None | Unset): For a Creative Commons image: the licence was named or linked next
            to the image, as its attribution clause requires (CC BY 4.0 § 3(a)(1)(C)).
        first_used_on (datetime.date | None | Unset):
        detected_on (datetime.date | None | Unset):
        removed_on (datetime.date | None | Unset):
        technique (None | Technique | Unset):
        source_authorised (bool | None | Unset):
        uploaded_by_third_party (bool | None | Unset):
        uploader_under_client_control (bool | None | Unset): The uploader acted under the client's authority or control
            (staff, contractor): the hosting exemption does not apply (DSA art. 6(2), reg. 19(b)).
        notified_before (bool | None | Unset):
        notified_on (datetime.date | None | Unset): The day the client was first notified about this image before the
            current letter (with `notified_before`): a host that failed to act on that notice answers for the use from then
            on (DSA art. 6(1)(b), reg. 19, § 512(c)(1)(A)(iii)).
        exception_claimed (ExceptionClaimed | None | Unset):
        targeted_countries (list[CountryCode] | None | Unset): Countries the site is directed at.
        source_freely_accessible (bool | None | Unset):
        framing_protection_circumvented (bool | None | Unset):
        knew_source_unlawful (bool | None | Unset):
        whole_work_reproduced (bool | None | Unset):
        work_discussed (bool | None | Unset): The text comments on or discusses the image itself.
        transformative (bool | None | Unset):
        work_in_background (bool | None | Unset): The photograph appears only in the background of the client's own
            photograph or video, not as its subject (incidental inclusion: CDPA s.31, § 57 UrhG).
        work_perceptible_at_event (bool | None | Unset): The photograph was itself shown at the event the client reports
            on (e.g. exhibited there), rather than being a photograph of the event (§ 50 UrhG).
        us_circuit (None | str | Unset): e.g. '9th', '2nd'.
        platform_hosts_user_content (bool | None | Unset):
        dmca_agent_registered (bool | None | Unset): A DMCA agent is designated with the US Copyright Office (37 CFR
            201.38).
        dmca_agent_registered_on (datetime.date | None | Unset):
        removed_promptly_on_notice (bool | None | Unset):
        number_of_images (int | None | Unset):
    """

    page_url: None | str | Unset = UNSET
    site_kind: None | SiteKind | Unset = UNSET
    purpose: None | Purpose | Unset = UNSET
    monetised: bool | None | Unset = UNSET
    audience_monthly: int | None | Unset = UNSET
    placement: None | Placement | Unset = UNSET
    display_width_px: int | None | Unset = UNSET
    medium: None | Unset | UseMediumType0 = UNSET
    attribution_shown: bool | None | Unset = UNSET
    licence_notice_shown: bool | None | Unset = UNSET
    first_used_on: datetime.date | None | Unset = UNSET
    detected_on: datetime.date | None | Unset = UNSET
    removed_on: datetime.date | None | Unset = UNSET
    technique: None | Technique | Unset = UNSET
    source_authorised: bool | None | Unset = UNSET
    uploaded_by_third_party: bool | None | Unset = UNSET
    uploader_under_client_control: bool | None | Unset = UNSET
    notified_before: bool | None | Unset = UNSET
    notified_on: datetime.date | None | Unset = UNSET
    exception_claimed: ExceptionClaimed | None | Unset = UNSET
    targeted_countries: list[CountryCode] | None | Unset = UNSET
    source_freely_accessible: bool | None | Unset = UNSET
    framing_protection_circumvented: bool | None | Unset = UNSET
    knew_source_unlawful: bool | None | Unset = UNSET
    whole_work_reproduced: bool | None | Unset = UNSET
    work_discussed: bool | None | Unset = UNSET
    transformative: bool | None | Unset = UNSET
    work_in_background: bool | None | Unset = UNSET
    work_perceptible_at_event: bool | None | Unset = UNSET
    us_circuit: None | str | Unset = UNSET
    platform_hosts_user_content: bool | None | Unset = UNSET
    dmca_agent_registered: bool | None | Unset = UNSET
    dmca_agent_registered_on: datetime.date | None | Unset = UNSET
    removed_promptly_on_notice: bool | None | Unset = UNSET
    number_of_images: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page_url: None | str | Unset
        if isinstance(self.page_url, Unset):
            page_url = UNSET
        else:
            page_url = self.page_url

        site_kind: None | str | Unset
        if isinstance(self.site_kind, Unset):
            site_kind = UNSET
        elif isinstance(self.site_kind, SiteKind):
            site_kind = self.site_kind.value
        else:
            site_kind = self.site_kind

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, Purpose):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        monetised: bool | None | Unset
        if isinstance(self.monetised, Unset):
            monetised = UNSET
        else:
            monetised = self.monetised

        audience_monthly: int | None | Unset
        if isinstance(self.audience_monthly, Unset):
            audience_monthly = UNSET
        else:
            audience_monthly = self.audience_monthly

        placement: None | str | Unset
        if isinstance(self.placement, Unset):
            placement = UNSET
        elif isinstance(self.placement, Placement):
            placement = self.placement.value
        else:
            placement = self.placement

        display_width_px: int | None | Unset
        if isinstance(self.display_width_px, Unset):
            display_width_px = UNSET
        else:
            display_width_px = self.display_width_px

        medium: None | str | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        elif isinstance(self.medium, UseMediumType0):
            medium = self.medium.value
        else:
            medium = self.medium

        attribution_shown: bool | None | Unset
        if isinstance(self.attribution_shown, Unset):
            attribution_shown = UNSET
        else:
            attribution_shown = self.attribution_shown

        licence_notice_shown: bool | None | Unset
        if isinstance(self.licence_notice_shown, Unset):
            licence_notice_shown = UNSET
        else:
            licence_notice_shown = self.licence_notice_shown

        first_used_on: None | str | Unset
        if isinstance(self.first_used_on, Unset):
            first_used_on = UNSET
        elif isinstance(self.first_used_on, datetime.date):
            first_used_on = self.first_used_on.isoformat()
        else:
            first_used_on = self.first_used_on

        detected_on: None | str | Unset
        if isinstance(self.detected_on, Unset):
            detected_on = UNSET
        elif isinstance(self.detected_on, datetime.date):
            detected_on = self.detected_on.isoformat()
        else:
            detected_on = self.detected_on

        removed_on: None | str | Unset
        if isinstance(self.removed_on, Unset):
            removed_on = UNSET
        elif isinstance(self.removed_on, datetime.date):
            removed_on = self.removed_on.isoformat()
        else:
            removed_on = self.removed_on

        technique: None | str | Unset
        if isinstance(self.technique, Unset):
            technique = UNSET
        elif isinstance(self.technique, Technique):
            technique = self.technique.value
        else:
            technique = self.technique

        source_authorised: bool | None | Unset
        if isinstance(self.source_authorised, Unset):
            source_authorised = UNSET
        else:
            source_authorised = self.source_authorised

        uploaded_by_third_party: bool | None | Unset
        if isinstance(self.uploaded_by_third_party, Unset):
            uploaded_by_third_party = UNSET
        else:
            uploaded_by_third_party = self.uploaded_by_third_party

        uploader_under_client_control: bool | None | Unset
        if isinstance(self.uploader_under_client_control, Unset):
            uploader_under_client_control = UNSET
        else:
            uploader_under_client_control = self.uploader_under_client_control

        notified_before: bool | None | Unset
        if isinstance(self.notified_before, Unset):
            notified_before = UNSET
        else:
            notified_before = self.notified_before

        notified_on: None | str | Unset
        if isinstance(self.notified_on, Unset):
            notified_on = UNSET
        elif isinstance(self.notified_on, datetime.date):
            notified_on = self.notified_on.isoformat()
        else:
            notified_on = self.notified_on

        exception_claimed: None | str | Unset
        if isinstance(self.exception_claimed, Unset):
            exception_claimed = UNSET
        elif isinstance(self.exception_claimed, ExceptionClaimed):
            exception_claimed = self.exception_claimed.value
        else:
            exception_claimed = self.exception_claimed

        targeted_countries: list[str] | None | Unset
        if isinstance(self.targeted_countries, Unset):
            targeted_countries = UNSET
        elif isinstance(self.targeted_countries, list):
            targeted_countries = []
            for targeted_countries_type_0_item_data in self.targeted_countries:
                targeted_countries_type_0_item = targeted_countries_type_0_item_data.value
                targeted_countries.append(targeted_countries_type_0_item)

        else:
            targeted_countries = self.targeted_countries

        source_freely_accessible: bool | None | Unset
        if isinstance(self.source_freely_accessible, Unset):
            source_freely_accessible = UNSET
        else:
            source_freely_accessible = self.source_freely_accessible

        framing_protection_circumvented: bool | None | Unset
        if isinstance(self.framing_protection_circumvented, Unset):
            framing_protection_circumvented = UNSET
        else:
            framing_protection_circumvented = self.framing_protection_circumvented

        knew_source_unlawful: bool | None | Unset
        if isinstance(self.knew_source_unlawful, Unset):
            knew_source_unlawful = UNSET
        else:
            knew_source_unlawful = self.knew_source_unlawful

        whole_work_reproduced: bool | None | Unset
        if isinstance(self.whole_work_reproduced, Unset):
            whole_work_reproduced = UNSET
        else:
            whole_work_reproduced = self.whole_work_reproduced

        work_discussed: bool | None | Unset
        if isinstance(self.work_discussed, Unset):
            work_discussed = UNSET
        else:
            work_discussed = self.work_discussed

        transformative: bool | None | Unset
        if isinstance(self.transformative, Unset):
            transformative = UNSET
        else:
            transformative = self.transformative

        work_in_background: bool | None | Unset
        if isinstance(self.work_in_background, Unset):
            work_in_background = UNSET
        else:
            work_in_background = self.work_in_background

        work_perceptible_at_event: bool | None | Unset
        if isinstance(self.work_perceptible_at_event, Unset):
            work_perceptible_at_event = UNSET
        else:
            work_perceptible_at_event = self.work_perceptible_at_event

        us_circuit: None | str | Unset
        if isinstance(self.us_circuit, Unset):
            us_circuit = UNSET
        else:
            us_circuit = self.us_circuit

        platform_hosts_user_content: bool | None | Unset
        if isinstance(self.platform_hosts_user_content, Unset):
            platform_hosts_user_content = UNSET
        else:
            platform_hosts_user_content = self.platform_hosts_user_content

        dmca_agent_registered: bool | None | Unset
        if isinstance(self.dmca_agent_registered, Unset):
            dmca_agent_registered = UNSET
        else:
            dmca_agent_registered = self.dmca_agent_registered

        dmca_agent_registered_on: None | str | Unset
        if isinstance(self.dmca_agent_registered_on, Unset):
            dmca_agent_registered_on = UNSET
        elif isinstance(self.dmca_agent_registered_on, datetime.date):
            dmca_agent_registered_on = self.dmca_agent_registered_on.isoformat()
        else:
            dmca_agent_registered_on = self.dmca_agent_registered_on

        removed_promptly_on_notice: bool | None | Unset
        if isinstance(self.removed_promptly_on_notice, Unset):
            removed_promptly_on_notice = UNSET
        else:
            removed_promptly_on_notice = self.removed_promptly_on_notice

        number_of_images: int | None | Unset
        if isinstance(self.number_of_images, Unset):
            number_of_images = UNSET
        else:
            number_of_images = self.number_of_images

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page_url is not UNSET:
            field_dict["page_url"] = page_url
        if site_kind is not UNSET:
            field_dict["site_kind"] = site_kind
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if monetised is not UNSET:
            field_dict["monetised"] = monetised
        if audience_monthly is not UNSET:
            field_dict["audience_monthly"] = audience_monthly
        if placement is not UNSET:
            field_dict["placement"] = placement
        if display_width_px is not UNSET:
            field_dict["display_width_px"] = display_width_px
        if medium is not UNSET:
            field_dict["medium"] = medium
        if attribution_shown is not UNSET:
            field_dict["attribution_shown"] = attribution_shown
        if licence_notice_shown is not UNSET:
            field_dict["licence_notice_shown"] = licence_notice_shown
        if first_used_on is not UNSET:
            field_dict["first_used_on"] = first_used_on
        if detected_on is not UNSET:
            field_dict["detected_on"] = detected_on
        if removed_on is not UNSET:
            field_dict["removed_on"] = removed_on
        if technique is not UNSET:
            field_dict["technique"] = technique
        if source_authorised is not UNSET:
            field_dict["source_authorised"] = source_authorised
        if uploaded_by_third_party is not UNSET:
            field_dict["uploaded_by_third_party"] = uploaded_by_third_party
        if uploader_under_client_control is not UNSET:
            field_dict["uploader_under_client_control"] = uploader_under_client_control
        if notified_before is not UNSET:
            field_dict["notified_before"] = notified_before
        if notified_on is not UNSET:
            field_dict["notified_on"] = notified_on
        if exception_claimed is not UNSET:
            field_dict["exception_claimed"] = exception_claimed
        if targeted_countries is not UNSET:
            field_dict["targeted_countries"] = targeted_countries
        if source_freely_accessible is not UNSET:
            field_dict["source_freely_accessible"] = source_freely_accessible
        if framing_protection_circumvented is not UNSET:
            field_dict["framing_protection_circumvented"] = framing_protection_circumvented
        if knew_source_unlawful is not UNSET:
            field_dict["knew_source_unlawful"] = knew_source_unlawful
        if whole_work_reproduced is not UNSET:
            field_dict["whole_work_reproduced"] = whole_work_reproduced
        if work_discussed is not UNSET:
            field_dict["work_discussed"] = work_discussed
        if transformative is not UNSET:
            field_dict["transformative"] = transformative
        if work_in_background is not UNSET:
            field_dict["work_in_background"] = work_in_background
        if work_perceptible_at_event is not UNSET:
            field_dict["work_perceptible_at_event"] = work_perceptible_at_event
        if us_circuit is not UNSET:
            field_dict["us_circuit"] = us_circuit
        if platform_hosts_user_content is not UNSET:
            field_dict["platform_hosts_user_content"] = platform_hosts_user_content
        if dmca_agent_registered is not UNSET:
            field_dict["dmca_agent_registered"] = dmca_agent_registered
        if dmca_agent_registered_on is not UNSET:
            field_dict["dmca_agent_registered_on"] = dmca_agent_registered_on
        if removed_promptly_on_notice is not UNSET:
            field_dict["removed_promptly_on_notice"] = removed_promptly_on_notice
        if number_of_images is not UNSET:
            field_dict["number_of_images"] = number_of_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page_url = _parse_page_url(d.pop("page_url", UNSET))

        def _parse_site_kind(data: object) -> None | SiteKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                site_kind_type_0 = SiteKind(data)

                return site_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SiteKind | Unset, data)

        site_kind = _parse_site_kind(d.pop("site_kind", UNSET))

        def _parse_purpose(data: object) -> None | Purpose | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = Purpose(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Purpose | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_monetised(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        monetised = _parse_monetised(d.pop("monetised", UNSET))

        def _parse_audience_monthly(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audience_monthly = _parse_audience_monthly(d.pop("audience_monthly", UNSET))

        def _parse_placement(data: object) -> None | Placement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placement_type_0 = Placement(data)

                return placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Placement | Unset, data)

        placement = _parse_placement(d.pop("placement", UNSET))

        def _parse_display_width_px(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_width_px = _parse_display_width_px(d.pop("display_width_px", UNSET))

        def _parse_medium(data: object) -> None | Unset | UseMediumType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                medium_type_0 = UseMediumType0(data)

                return medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UseMediumType0, data)

        medium = _parse_medium(d.pop("medium", UNSET))

        def _parse_attribution_shown(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attribution_shown = _parse_attribution_shown(d.pop("attribution_shown", UNSET))

        def _parse_licence_notice_shown(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        licence_notice_shown = _parse_licence_notice_shown(d.pop("licence_notice_shown", UNSET))

        def _parse_first_used_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_used_on_type_0 = datetime.date.fromisoformat(data)

                return first_used_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        first_used_on = _parse_first_used_on(d.pop("first_used_on", UNSET))

        def _parse_detected_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detected_on_type_0 = datetime.date.fromisoformat(data)

                return detected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        detected_on = _parse_detected_on(d.pop("detected_on", UNSET))

        def _parse_removed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removed_on_type_0 = datetime.date.fromisoformat(data)

                return removed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        removed_on = _parse_removed_on(d.pop("removed_on", UNSET))

        def _parse_technique(data: object) -> None | Technique | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                technique_type_0 = Technique(data)

                return technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Technique | Unset, data)

        technique = _parse_technique(d.pop("technique", UNSET))

        def _parse_source_authorised(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        source_authorised = _parse_source_authorised(d.pop("source_authorised", UNSET))

        def _parse_uploaded_by_third_party(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uploaded_by_third_party = _parse_uploaded_by_third_party(d.pop("uploaded_by_third_party", UNSET))

        def _parse_uploader_under_client_control(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uploader_under_client_control = _parse_uploader_under_client_control(
            d.pop("uploader_under_client_control", UNSET)
        )

        def _parse_notified_before(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notified_before = _parse_notified_before(d.pop("notified_before", UNSET))

        def _parse_notified_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notified_on_type_0 = datetime.date.fromisoformat(data)

                return notified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        notified_on = _parse_notified_on(d.pop("notified_on", UNSET))

        def _parse_exception_claimed(data: object) -> ExceptionClaimed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exception_claimed_type_0 = ExceptionClaimed(data)

                return exception_claimed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExceptionClaimed | None | Unset, data)

        exception_claimed = _parse_exception_claimed(d.pop("exception_claimed", UNSET))

        def _parse_targeted_countries(data: object) -> list[CountryCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                targeted_countries_type_0 = []
                _targeted_countries_type_0 = data
                for targeted_countries_type_0_item_data in _targeted_countries_type_0:
                    targeted_countries_type_0_item = CountryCode(targeted_countries_type_0_item_data)

                    targeted_countries_type_0.append(targeted_countries_type_0_item)

                return targeted_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CountryCode] | None | Unset, data)

        targeted_countries = _parse_targeted_countries(d.pop("targeted_countries", UNSET))

        def _parse_source_freely_accessible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        source_freely_accessible = _parse_source_freely_accessible(d.pop("source_freely_accessible", UNSET))

        def _parse_framing_protection_circumvented(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        framing_protection_circumvented = _parse_framing_protection_circumvented(
            d.pop("framing_protection_circumvented", UNSET)
        )

        def _parse_knew_source_unlawful(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        knew_source_unlawful = _parse_knew_source_unlawful(d.pop("knew_source_unlawful", UNSET))

        def _parse_whole_work_reproduced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        whole_work_reproduced = _parse_whole_work_reproduced(d.pop("whole_work_reproduced", UNSET))

        def _parse_work_discussed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        work_discussed = _parse_work_discussed(d.pop("work_discussed", UNSET))

        def _parse_transformative(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        transformative = _parse_transformative(d.pop("transformative", UNSET))

        def _parse_work_in_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        work_in_background = _parse_work_in_background(d.pop("work_in_background", UNSET))

        def _parse_work_perceptible_at_event(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        work_perceptible_at_event = _parse_work_perceptible_at_event(d.pop("work_perceptible_at_event", UNSET))

        def _parse_us_circuit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        us_circuit = _parse_us_circuit(d.pop("us_circuit", UNSET))

        def _parse_platform_hosts_user_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        platform_hosts_user_content = _parse_platform_hosts_user_content(d.pop("platform_hosts_user_content", UNSET))

        def _parse_dmca_agent_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dmca_agent_registered = _parse_dmca_agent_registered(d.pop("dmca_agent_registered", UNSET))

        def _parse_dmca_agent_registered_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dmca_agent_registered_on_type_0 = datetime.date.fromisoformat(data)

                return dmca_agent_registered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dmca_agent_registered_on = _parse_dmca_agent_registered_on(d.pop("dmca_agent_registered_on", UNSET))

        def _parse_removed_promptly_on_notice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        removed_promptly_on_notice = _parse_removed_promptly_on_notice(d.pop("removed_promptly_on_notice", UNSET))

        def _parse_number_of_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_images = _parse_number_of_images(d.pop("number_of_images", UNSET))

        use = cls(
            page_url=page_url,
            site_kind=site_kind,
            purpose=purpose,
            monetised=monetised,
            audience_monthly=audience_monthly,
            placement=placement,
            display_width_px=display_width_px,
            medium=medium,
            attribution_shown=attribution_shown,
            licence_notice_shown=licence_notice_shown,
            first_used_on=first_used_on,
            detected_on=detected_on,
            removed_on=removed_on,
            technique=technique,
            source_authorised=source_authorised,
            uploaded_by_third_party=uploaded_by_third_party,
            uploader_under_client_control=uploader_under_client_control,
            notified_before=notified_before,
            notified_on=notified_on,
            exception_claimed=exception_claimed,
            targeted_countries=targeted_countries,
            source_freely_accessible=source_freely_accessible,
            framing_protection_circumvented=framing_protection_circumvented,
            knew_source_unlawful=knew_source_unlawful,
            whole_work_reproduced=whole_work_reproduced,
            work_discussed=work_discussed,
            transformative=transformative,
            work_in_background=work_in_background,
            work_perceptible_at_event=work_perceptible_at_event,
            us_circuit=us_circuit,
            platform_hosts_user_content=platform_hosts_user_content,
            dmca_agent_registered=dmca_agent_registered,
            dmca_agent_registered_on=dmca_agent_registered_on,
            removed_promptly_on_notice=removed_promptly_on_notice,
            number_of_images=number_of_images,
        )

        return use
