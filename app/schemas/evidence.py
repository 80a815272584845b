"""The evidence contract: files of a case, their analysis and the facts they propose."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from app.schemas.enums import EvidenceKind, EvidenceStatus, ProposalState, Verdict
from app.schemas.enums import StoredEvidenceKind as StoredKind

__all__ = ["EvidenceKind", "EvidenceStatus", "ProposalState", "StoredKind", "Verdict"]


class Region(BaseModel):
    x: float
    y: float
    width: float
    height: float


class ProposalSource(BaseModel):
    evidence_id: str
    page: int | None = Field(default=None, description="PDF page (1-based) the text came from.")
    excerpt: str | None = Field(default=None, description="The text or tag value read.")
    tag: str | None = Field(
        default=None, description="The metadata tag, e.g. Iptc.Application2.Copyright"
    )
    region: Region | None = Field(default=None, description="Region of the client's image.")
    against: str | None = Field(default=None, description="The evidence compared with.")
    basis: str | None = None


class Proposal(BaseModel):
    id: str
    fact: str = Field(description="The claim field's dotted path.")
    value: Any
    source: ProposalSource
    confidence: float = Field(ge=0, le=1)
    state: ProposalState
    note: str | None = None
    revision: int | None = Field(default=None, description="The revision an acceptance made.")
    conflict: dict[str, Any] | None = Field(
        default=None, description="The value the claim already has, when it differs."
    )


class Match(BaseModel):
    against: str
    verdict: Verdict
    score: float
    phash_distance: int
    inliers: int
    region_in_client: Region | None = None
    region_in_capture: Region | None = None
    coverage: float | None = None
    scale: float | None = Field(default=None, description="Capture pixels per client pixel.")
    overlay_evidence_id: str | None = None


class Evidence(BaseModel):
    id: str
    assessment_id: str
    kind: StoredKind
    note: str | None = None
    filename: str
    media_type: str
    size: int
    sha256: str
    status: EvidenceStatus
    created_at: str
    analysed_at: str | None = None
    facts: dict[str, Any] | None = None
    notes: list[str] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    match: Match | None = None
    derived_from: list[str] = Field(default_factory=list)
    failure: str | None = None


class EvidenceList(BaseModel):
    items: list[Evidence]


PROPOSAL_EXAMPLE = {
    "id": "0b9d3c59-7a0e-4d57-9a77-4f8e2f6a1c11",
    "fact": "acquisition.visible_at_retrieval.metadata_copyright",
    "value": True,
    "source": {
        "evidence_id": "5f0e6a8e-1b7c-4a7d-8f3e-2d9c0b1a2e3f",
        "tag": "Iptc.Application2.Copyright",
        "excerpt": "© Trunk Archive",
    },
    "confidence": 0.85,
    "state": "proposed",
    "note": "The file says “© Trunk Archive”: a rights notice was in its metadata. To check: "
    "did the client receive the file like this?",
    "conflict": None,
}
EVIDENCE_EXAMPLE = {
    "id": "5f0e6a8e-1b7c-4a7d-8f3e-2d9c0b1a2e3f",
    "assessment_id": "8c5d2b7e-3f4a-4c1d-9e8b-7a6f5e4d3c2b",
    "kind": "client_image",
    "note": "As found in the client's CMS",
    "filename": "spring-trends.jpg",
    "media_type": "image/jpeg",
    "size": 184233,
    "sha256": "3b1f0c9e5d2a4b6c8e7f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d",
    "status": "analysed",
    "created_at": "2026-12-01T10:00:00+00:00",
    "analysed_at": "2026-12-01T10:00:01+00:00",
    "facts": {
        "width": 1200,
        "height": 800,
        "metadata": {
            "copyright_notice": {"value": "© Trunk Archive", "tag": "Iptc.Application2.Copyright"}
        },
        "c2pa": None,
    },
    "notes": [],
    "proposals": [PROPOSAL_EXAMPLE],
    "match": None,
    "derived_from": [],
    "failure": None,
}
