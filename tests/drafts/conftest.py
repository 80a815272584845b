"""Assessments the draft tests write letters for: the example claim and a German Abmahnung."""

from __future__ import annotations

import copy

import pytest

from app.services.merge_patch import merge_patch

ABMAHNUNG_PATCH = {
    "external_ref": "MAT-2026-0311",
    "respondent": {"kind": "individual", "size": None, "country": "DE"},
    "letter": {
        "agency": "law_firm",
        "agency_name": "Kanzlei Beispiel Rechtsanwälte",
        "sent_by_lawyer": True,
        "asserted_law": "DE",
        "reference": "AB-4471/26",
        "language": "de",
        "undertaking_demanded": True,
        "undertaking_broader_than_infringement": True,
        "undertaking_excess_stated": False,
    },
    "use": {
        "page_url": "https://reiseblog.example.de/2023/03/lissabon",
        "site_kind": "personal_site",
        "purpose": "personal",
        "monetised": False,
    },
}
# The use ended more than five years ago: wholly barred in France (each act runs its own
# period since Cass. 1re civ., 3 sept. 2025, n° 23-18.669).
CONTEST_PATCH = {
    "use": {"first_used_on": "2018-01-15", "detected_on": "2019-06-03", "removed_on": "2019-07-01"}
}


@pytest.fixture()
def abmahnung_claim(example_claim) -> dict:
    return merge_patch(copy.deepcopy(example_claim), ABMAHNUNG_PATCH)


@pytest.fixture()
def contest_claim(example_claim) -> dict:
    return merge_patch(copy.deepcopy(example_claim), CONTEST_PATCH)


def create(client, auth, claim) -> dict:
    response = client.post("/v1/assessments", json=claim, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def draft(client, auth, assessment_id, kind, language, **extra):
    return client.post(
        f"/v1/assessments/{assessment_id}/drafts",
        json={"kind": kind, "language": language, **extra},
        headers=auth,
    )
