"""The work, its use and how the client acquired it (parts of the claim contract)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictBool, StrictInt

from app.schemas.common import Country, FactDate, Input
from app.schemas.enums import AcquisitionSource as Source
from app.schemas.enums import ExceptionClaimed as Exception_
from app.schemas.enums import Placement, Purpose, SiteKind, Technique, WorkKind


class Work(Input):
    kind: WorkKind | None = None
    created_on: FactDate | None = None
    published_on: FactDate | None = None
    originality_explained: StrictBool | None = None
    professional: StrictBool | None = None
    author_died_on: FactDate | None = None
    country_of_origin: Country | None = None
    made_by_employee: StrictBool | None = Field(
        default=None,
        description=(
            "Taken by an employee of the rights holder in the course of employment (e.g. an "
            "agency's staff photographer): CDPA s.11(2), 17 U.S.C. § 201(b)."
        ),
    )
    simple_photo: StrictBool | None = Field(
        default=None, description="A snapshot without creative choices (German Lichtbild)."
    )


class Use(Input):
    page_url: str | None = Field(default=None, max_length=2000)
    site_kind: SiteKind | None = None
    purpose: Purpose | None = None
    monetised: StrictBool | None = None
    audience_monthly: StrictInt | None = Field(default=None, ge=0, le=10**10)
    placement: Placement | None = None
    display_width_px: StrictInt | None = Field(default=None, ge=0, le=100000)
    medium: Literal["web", "print"] | None = Field(
        default=None, description="Where the image was used; unknown is priced as web."
    )
    attribution_shown: StrictBool | None = None
    licence_notice_shown: StrictBool | None = Field(
        default=None,
        description="For a Creative Commons image: the licence was named or linked next to "
        "the image, as its attribution clause requires (CC BY 4.0 § 3(a)(1)(C)).",
    )
    first_used_on: FactDate | None = None
    detected_on: FactDate | None = None
    removed_on: FactDate | None = None
    technique: Technique | None = None
    source_authorised: StrictBool | None = None
    uploaded_by_third_party: StrictBool | None = None
    uploader_under_client_control: StrictBool | None = Field(
        default=None,
        description="The uploader acted under the client's authority or control (staff, "
        "contractor): the hosting exemption does not apply (DSA art. 6(2), reg. 19(b)).",
    )
    notified_before: StrictBool | None = None
    notified_on: FactDate | None = Field(
        default=None,
        description="The day the client was first notified about this image before the "
        "current letter (with `notified_before`): a host that failed to act on that notice "
        "answers for the use from then on (DSA art. 6(1)(b), reg. 19, § 512(c)(1)(A)(iii)).",
    )
    exception_claimed: Exception_ | None = None
    targeted_countries: list[Country] | None = Field(
        default=None, max_length=50, description="Countries the site is directed at."
    )
    source_freely_accessible: StrictBool | None = None
    framing_protection_circumvented: StrictBool | None = None
    knew_source_unlawful: StrictBool | None = None
    whole_work_reproduced: StrictBool | None = None
    work_discussed: StrictBool | None = Field(
        default=None, description="The text comments on or discusses the image itself."
    )
    transformative: StrictBool | None = None
    work_in_background: StrictBool | None = Field(
        default=None,
        description=(
            "The photograph appears only in the background of the client's own photograph or "
            "video, not as its subject (incidental inclusion: CDPA s.31, § 57 UrhG)."
        ),
    )
    work_perceptible_at_event: StrictBool | None = Field(
        default=None,
        description=(
            "The photograph was itself shown at the event the client reports on (e.g. "
            "exhibited there), rather than being a photograph of the event (§ 50 UrhG)."
        ),
    )
    us_circuit: str | None = Field(default=None, max_length=10, description="e.g. '9th', '2nd'.")
    platform_hosts_user_content: StrictBool | None = None
    dmca_agent_registered: StrictBool | None = Field(
        default=None,
        description="A DMCA agent is designated with the US Copyright Office (37 CFR 201.38).",
    )
    dmca_agent_registered_on: FactDate | None = None
    removed_promptly_on_notice: StrictBool | None = None
    number_of_images: StrictInt | None = Field(default=None, ge=1, le=100000)


class Licence(Input):
    held: StrictBool | None = None
    licensor: str | None = Field(default=None, max_length=300)
    covers_use: StrictBool | None = None
    valid_until: FactDate | None = None
    documents_available: StrictBool | None = None


class VisibleAtRetrieval(Input):
    watermark: StrictBool | None = None
    copyright_notice: StrictBool | None = None
    licence_terms: StrictBool | None = None
    metadata_copyright: StrictBool | None = None


class CreativeCommons(Input):
    licence: str | None = Field(default=None, max_length=50, description="e.g. 'CC BY 4.0'.")
    commercial_allowed: StrictBool | None = None
    attribution_required: StrictBool | None = None


class Acquisition(Input):
    source: Source | None = None
    licence: Licence | None = None
    press_kit_terms: Literal["editorial_only", "any_use", "none_stated"] | None = None
    press_kit_conditions_met: StrictBool | None = Field(
        default=None,
        description="The use respected the press kit's other conditions (embargo, credit, "
        "context of use).",
    )
    visible_at_retrieval: VisibleAtRetrieval | None = None
    watermark_removed: StrictBool | None = None
    metadata_stripped: StrictBool | None = None
    source_presented_as_free: StrictBool | None = None
    creative_commons: CreativeCommons | None = None
