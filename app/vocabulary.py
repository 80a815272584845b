"""The domain's vocabularies, defined once: the legal questions and the roles of rules, the
values of the claim's coded fields. The schemas (the contract), the rule registry, the
rules, the docs generators and the tests import them from here."""

from __future__ import annotations

QUESTIONS = (
    "mandate",
    "title",
    "originality",
    "proof_of_use",
    "acquisition",
    "restrictions",
    "context",
    "exceptions",
    "limitation",
    "procedure",
    "amount",
)
"""The legal questions, in the order findings are presented."""

ROLES = ("decisive", "burden", "mitigating", "aggravating", "procedural", "info")
"""How a finding weighs in the strategy (``strategy.yaml`` explains each)."""

RECOMMENDATIONS = ("contest", "request_justification", "negotiate", "settle")

AGENCIES = (
    "copytrack",
    "picrights",
    "pixsy",
    "getty",
    "permission_machine",
    "lapixa",
    "imagerights",
    "copyright_agent",
    "higbee",
    "law_firm",
    "rights_holder",
    "other",
)
BREAKDOWN_KINDS = (
    "licence_fee",
    "damages",
    "surcharge",
    "processing_fee",
    "documentation_fee",
    "legal_fees",
    "interest",
    "other",
)
EVIDENCE_OF_USE = (
    "screenshot",
    "timestamped_capture",
    "bailiff_report",
    "web_archive",
    "tracking_report",
)
RESPONDENT_KINDS = ("individual", "sole_trader", "nonprofit", "company", "public_body")
RESPONDENT_SIZES = ("micro", "small", "medium", "large")
WORK_KINDS = (
    "portrait",
    "celebrity",
    "fashion",
    "product",
    "news",
    "landscape",
    "generic_stock",
    "artwork_reproduction",
    "other",
)
SITE_KINDS = (
    "blog",
    "company_site",
    "online_shop",
    "news_site",
    "social_media",
    "forum",
    "nonprofit_site",
    "personal_site",
    "other",
)
PURPOSES = (
    "editorial",
    "commercial",
    "advertising",
    "decorative",
    "personal",
    "nonprofit",
    "teaching",
)
COMMERCIAL_PURPOSES = ("commercial", "advertising")
"""Purposes that make a use commercial whoever the user is."""
NON_COMMERCIAL_PURPOSES = tuple(p for p in PURPOSES if p not in COMMERCIAL_PURPOSES)
PLACEMENTS = (
    "article_body",
    "thumbnail",
    "hero",
    "background",
    "social_post",
    "product_page",
    "gallery",
)
TECHNIQUES = ("copy", "embed", "hotlink", "link")
EXCEPTIONS_CLAIMED = ("quotation", "news_reporting", "parody", "teaching", "incidental")
ACQUISITION_SOURCES = (
    "own_licence",
    "stock_licence",
    "press_kit",
    "partner_or_contractor",
    "rights_holder_site",
    "social_media",
    "web_search",
    "creative_commons",
    "unknown",
)
