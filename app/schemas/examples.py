"""Request examples for the OpenAPI contract."""

CLAIM = {
    "external_ref": "MAT-2026-0142",
    "respondent": {"kind": "company", "size": "micro", "country": "FR", "is_author": False},
    "letter": {
        "agency": "copytrack",
        "agency_name": "COPYTRACK GmbH",
        "rights_holder": "Trunk Archive",
        "photographer": "Jane Doe",
        "reference": "7Q2K9X",
        "language": "en",
        "letter_date": "2026-10-02",
        "received_on": "2026-10-05",
        "deadline": "2026-10-16",
        "amount_demanded": {"amount": "1200.00", "currency": "EUR"},
        "breakdown": [
            {"kind": "licence_fee", "amount": {"amount": "900.00", "currency": "EUR"}},
            {"kind": "processing_fee", "amount": {"amount": "300.00", "currency": "EUR"}},
        ],
        "licence_offer": {"amount": "389.59", "currency": "EUR"},
        "threatens_litigation": True,
        "asserted_law": "DE",
        "evidence_of_use": ["screenshot"],
        "undertaking_demanded": False,
    },
    "mandate": {
        "produced": False,
        "names_rights_holder": None,
        "covers_collection": None,
        "date": None,
    },
    "title": {
        "chain_produced": False,
        "exclusive_rights_shown": None,
        "author_identified": True,
        "self_issued_only": None,
        "us_registration": {"registered": None, "effective_date": None},
    },
    "work": {
        "kind": "fashion",
        "created_on": None,
        "published_on": None,
        "originality_explained": False,
        "professional": True,
    },
    "use": {
        "page_url": "https://blog.example.fr/2023/03/tendances-printemps",
        "site_kind": "blog",
        "purpose": "editorial",
        "monetised": False,
        "audience_monthly": 800,
        "placement": "article_body",
        "display_width_px": 640,
        "attribution_shown": False,
        "first_used_on": "2023-03-14",
        "detected_on": "2026-09-20",
        "removed_on": "2026-10-06",
        "technique": "copy",
        "source_authorised": None,
        "uploaded_by_third_party": False,
        "notified_before": None,
        "exception_claimed": None,
    },
    "acquisition": {
        "source": "web_search",
        "licence": {"held": False, "licensor": None, "covers_use": None, "valid_until": None},
        "press_kit_terms": None,
        "visible_at_retrieval": {
            "watermark": False,
            "copyright_notice": False,
            "licence_terms": False,
            "metadata_copyright": None,
        },
        "watermark_removed": False,
    },
}

CLAIM_EXAMPLE = {
    "copytrack-trunk-archive": {
        "summary": "Copytrack for Trunk Archive to a French blog",
        "description": "A French micro-company's blog used a fashion photograph found by "
        "web search; Copytrack demands 1,200 EUR and produces no mandate.",
        "value": CLAIM,
    }
}

PATCH_EXAMPLE = {
    "mandate-produced": {
        "summary": "The agency has now produced its mandate",
        "value": {"mandate": {"produced": True, "names_rights_holder": True}},
    }
}
