"""The work, its use and how the client acquired it (parts of the claim contract)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.schemas.common import Country, FactDate, Input

WorkKind = Literal[
    "portrait", "celebrity", "fashion", "product", "news", "landscape", "generic_stock",
    "artwork_reproduction", "other",
]
SiteKind = Literal[
    "blog", "company_site", "online_shop", "news_site", "social_media", "forum",
    "nonprofit_site", "personal_site", "other",
]
Purpose = Literal[
    "editorial", "commercial", "advertising", "decorative", "personal", "nonprofit", "teaching",
]
Placement = Literal[
    "article_body", "thumbnail", "hero", "background", "social_post", "product_page", "gallery",
]
Technique = Literal["copy", "embed", "hotlink", "link"]
Exception_ = Literal["quotation", "news_reporting", "parody", "teaching", "incidental"]
Source = Literal[
    "own_licence", "stock_licence", "press_kit", "partner_or_contractor", "rights_holder_site",
    "social_media", "web_search", "creative_commons", "unknown",
]


class Work(Input):
    kind: WorkKind | None = None
    created_on: FactDate | None = None
    published_on: FactDate | None = None
    originality_explained: bool | None = None
    professional: bool | None = None
    author_died_on: FactDate | None = None
    country_of_origin: Country | None = None
    simple_photo: bool | None = Field(
        default=None, description="A snapshot without creative choices (German Lichtbild)."
    )


class Use(Input):
    page_url: str | None = Field(default=None, max_length=2000)
    site_kind: SiteKind | None = None
    purpose: Purpose | None = None
    monetised: bool | None = None
    audience_monthly: int | None = Field(default=None, ge=0, le=10**10)
    placement: Placement | None = None
    display_width_px: int | None = Field(default=None, ge=0, le=100000)
    attribution_shown: bool | None = None
    first_used_on: FactDate | None = None
    detected_on: FactDate | None = None
    removed_on: FactDate | None = None
    technique: Technique | None = None
    source_authorised: bool | None = None
    uploaded_by_third_party: bool | None = None
    notified_before: bool | None = None
    exception_claimed: Exception_ | None = None
    targeted_countries: list[Country] | None = Field(
        default=None, max_length=50, description="Countries the site is directed at."
    )
    source_freely_accessible: bool | None = None
    framing_protection_circumvented: bool | None = None
    knew_source_unlawful: bool | None = None
    whole_work_reproduced: bool | None = None
    work_discussed: bool | None = Field(
        default=None, description="The text comments on or discusses the image itself."
    )
    transformative: bool | None = None
    us_circuit: str | None = Field(default=None, max_length=10, description="e.g. '9th', '2nd'.")
    platform_hosts_user_content: bool | None = None
    dmca_agent_registered_on: FactDate | None = None
    removed_promptly_on_notice: bool | None = None
    number_of_images: int | None = Field(default=None, ge=1, le=100000)


class Licence(Input):
    held: bool | None = None
    licensor: str | None = Field(default=None, max_length=300)
    covers_use: bool | None = None
    valid_until: FactDate | None = None
    documents_available: bool | None = None


class VisibleAtRetrieval(Input):
    watermark: bool | None = None
    copyright_notice: bool | None = None
    licence_terms: bool | None = None
    metadata_copyright: bool | None = None


class CreativeCommons(Input):
    licence: str | None = Field(default=None, max_length=50, description="e.g. 'CC BY 4.0'.")
    commercial_allowed: bool | None = None
    attribution_required: bool | None = None


class Acquisition(Input):
    source: Source | None = None
    licence: Licence | None = None
    press_kit_terms: Literal["editorial_only", "any_use", "none_stated"] | None = None
    visible_at_retrieval: VisibleAtRetrieval | None = None
    watermark_removed: bool | None = None
    metadata_stripped: bool | None = None
    source_presented_as_free: bool | None = None
    creative_commons: CreativeCommons | None = None
