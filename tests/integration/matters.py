"""A matter that touches every part of Riposte, for the GDPR tests: two assessments under
one reference (revised, one with an outcome, files, a proposal accepted, a file deleted,
a draft, replayable responses), read through the API and the review pages, with webhook
deliveries to a receiver on loopback. ``Matter.markers`` are the values that identify it:
after its erasure none may be found anywhere."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field

from tests.evidence import files
from tests.evidence.conftest import upload
from tests.integration.test_webhooks import pump
from tests.web.test_web_pages import sign_in

EVENTS = [
    "assessment.created",
    "assessment.revised",
    "assessment.deleted",
    "outcome.recorded",
    "evidence.added",
    "evidence.analysed",
    "evidence.proposal_accepted",
    "evidence.deleted",
]


@dataclass
class Matter:
    external_ref: str
    assessment_ids: list[str]
    evidence_ids: list[str] = field(default_factory=list)
    draft_ids: list[str] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)
    """sha256 -> what it is ("own" or "shared")."""
    names: list[str] = field(default_factory=list)
    """Party names and other words only this matter's contents hold."""

    @property
    def markers(self) -> set[str]:
        return {
            self.external_ref,
            *self.assessment_ids,
            *self.evidence_ids,
            *self.draft_ids,
            *(d for d, kind in self.digests.items() if kind == "own"),
            *self.names,
        }


def claim_for(example_claim: dict, ref: str, tag: str) -> dict:
    claim = copy.deepcopy(example_claim)
    claim["external_ref"] = ref
    claim["letter"]["rights_holder"] = f"Studio Quillfeather {tag}"
    claim["letter"]["photographer"] = f"Amaranta Vexley {tag}"
    claim["letter"]["reference"] = f"RX{tag[:6].upper()}"
    return claim


def build(client, auth, example_claim, receiver_url: str, *, shared_image: bytes) -> Matter:
    """The whole matter; ``shared_image`` is also used by another matter of the firm."""
    tag = uuid.uuid4().hex[:10]
    ref = f"MAT-GDPR-{tag}"
    claim = claim_for(example_claim, ref, tag)
    matter = Matter(
        ref, [], names=[claim["letter"]["rights_holder"], claim["letter"]["photographer"]]
    )

    endpoint = client.post(
        "/v1/webhook-endpoints", json={"url": receiver_url, "events": EVENTS}, headers=auth
    )
    assert endpoint.status_code == 201, endpoint.text

    first = client.post(
        "/v1/assessments", json=claim, headers={**auth, "Idempotency-Key": f"gdpr-{tag}-1"}
    )
    assert first.status_code == 201, first.text
    second = client.post(
        "/v1/assessments", json=claim, headers={**auth, "Idempotency-Key": f"gdpr-{tag}-2"}
    )
    assert second.status_code == 201, second.text
    ids = [first.json()["id"], second.json()["id"]]
    matter.assessment_ids = ids
    base = f"/v1/assessments/{ids[0]}"

    patched = client.patch(
        base,
        json={"mandate": {"produced": True}},
        headers={
            **auth,
            "Content-Type": "application/merge-patch+json",
            "If-Match": first.headers["etag"],
        },
    )
    assert patched.status_code == 200, patched.text
    outcome = client.post(
        f"{base}/outcome",
        json={
            "kind": "settled",
            "amount_paid": {"amount": "400.00", "currency": "EUR"},
            "ended_on": "2026-11-20",
            "note": f"Accord signé avec Studio Quillfeather {tag}",
        },
        headers=auth,
    )
    assert outcome.status_code in (200, 201), outcome.text

    image = upload(
        client,
        auth,
        ids[0],
        shared_image,
        "client_image",
        f"quillfeather-{tag}.jpg",
        note=f"copie trouvée chez Amaranta Vexley {tag}",
        headers={"Idempotency-Key": f"gdpr-{tag}-file"},
    )
    assert image.status_code == 201, image.text
    image = image.json()
    matter.evidence_ids.append(image["id"])
    matter.digests[image["sha256"]] = "shared"
    proposal = next(p for p in image["proposals"] if p["state"] == "proposed")
    accepted = client.post(
        f"{base}/evidence/{image['id']}/proposals/{proposal['id']}/accept", headers=auth
    )
    assert accepted.status_code == 200, accepted.text

    own = f"Licence accordée par Studio Quillfeather {tag} le 3 mars 2023.\n".encode()
    kept = upload(client, auth, ids[1], own, "licence", f"licence-{tag}.txt")
    assert kept.status_code == 201, kept.text
    matter.evidence_ids.append(kept.json()["id"])
    matter.digests[kept.json()["sha256"]] = "own"
    gone = upload(client, auth, ids[1], own + b"v2\n", "licence", f"old-{tag}.txt")
    assert gone.status_code == 201, gone.text
    matter.evidence_ids.append(gone.json()["id"])
    matter.digests[gone.json()["sha256"]] = "own"
    deleted = client.delete(f"/v1/assessments/{ids[1]}/evidence/{gone.json()['id']}", headers=auth)
    assert deleted.status_code == 204, deleted.text

    draft = client.post(
        f"{base}/drafts",
        json={"kind": "request_for_justification", "language": "fr"},
        headers=auth,
    )
    assert draft.status_code == 201, draft.text
    matter.draft_ids.append(draft.json()["id"])

    for path in (base, f"{base}/revisions", f"{base}/evidence/{image['id']}", f"{base}/trace"):
        assert client.get(path, headers=auth).status_code == 200
    sign_in(client, auth)
    assert client.get(f"/app/assessments/{ids[0]}").status_code == 200
    pump(client.app, lambda: not _pending(client, auth, endpoint.json()["id"]))
    return matter


def _pending(client, auth, endpoint_id: str) -> bool:
    log = client.get(f"/v1/webhook-endpoints/{endpoint_id}/deliveries", headers=auth).json()
    client.app.state.jobs.drain()
    return not log["items"] or any(d["status"] == "pending" for d in log["items"])


def other_matter(client, auth, example_claim, shared_image: bytes) -> Matter:
    """Another matter of the same firm, whose file is the same image (one shared blob)."""
    tag = uuid.uuid4().hex[:10]
    ref = f"MAT-KEEP-{tag}"
    created = client.post("/v1/assessments", json=claim_for(example_claim, ref, tag), headers=auth)
    assert created.status_code == 201, created.text
    ident = created.json()["id"]
    image = upload(client, auth, ident, shared_image, "client_image", "copy.jpg")
    assert image.status_code == 201, image.text
    return Matter(
        ref,
        [ident],
        evidence_ids=[image.json()["id"]],
        digests={image.json()["sha256"]: "shared"},
    )


def shared_image() -> bytes:
    return files.trunk_archive_image(seed=int(uuid.uuid4().int % 1000) + 7)
