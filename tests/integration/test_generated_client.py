"""The generated client drives a live server through the whole flow an integrator needs:
create with an idempotency key, read, list with a filter following the cursor, revise with
If-Match, revisions, outcome, letter parsing, and typed problems."""

from __future__ import annotations

import datetime
import io
import json
import uuid
from urllib.parse import parse_qs, urlparse

import pytest
from riposte_client import AuthenticatedClient
from riposte_client.api.assessments import (
    create_assessment,
    get_assessment,
    list_assessments,
    list_revisions,
    patch_assessment,
)
from riposte_client.api.letters import parse_letter
from riposte_client.api.outcomes import get_outcome, record_outcome
from riposte_client.models import (
    Assessment,
    AssessmentPage,
    Claim,
    ClaimMergePatch,
    LetterParse,
    OutcomeIn,
    OutcomeKind,
    OutcomeOut,
    Problem,
    Recommendation,
    RevisionList,
    RevisionOrigin,
)
from riposte_client.types import File

from tests.conftest import make_tenant
from tests.paths import SAMPLE_LETTERS
from tests.reliability.server import Server


@pytest.fixture(scope="module")
def server(database_url):
    with Server(database_url) as live:
        yield live


@pytest.fixture()
def client(server, app):
    token = make_tenant(app)["Authorization"].removeprefix("Bearer ")
    with AuthenticatedClient(base_url=server.url, token=token, timeout=30.0) as api:
        yield api


def _claim(example_claim: dict, ref: str) -> Claim:
    return Claim.from_dict({**example_claim, "external_ref": ref})


def test_the_whole_flow_through_the_generated_client(client, example_claim):
    ref = f"MAT-{uuid.uuid4().hex[:8]}"
    key = str(uuid.uuid4())

    first = create_assessment.sync_detailed(
        client=client, body=_claim(example_claim, ref), idempotency_key=key
    )
    assert first.status_code == 201
    created = first.parsed
    assert isinstance(created, Assessment)
    assert created.external_ref == ref and created.revision == 1
    assert isinstance(created.strategy.recommendation, Recommendation)
    assert isinstance(created.dates.response_deadline, datetime.date)
    assert created.amount.counter_offer.amount  # a decimal string
    assert first.headers["location"].endswith(f"/v1/assessments/{created.id}")

    replay = create_assessment.sync_detailed(
        client=client, body=_claim(example_claim, ref), idempotency_key=key
    )
    assert replay.status_code == 201
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.parsed.id == created.id

    read = get_assessment.sync_detailed(created.id, client=client, lang="en")
    assert read.status_code == 200 and isinstance(read.parsed, Assessment)
    assert read.headers["content-language"] == "en"
    tag = read.headers["etag"]

    second = create_assessment.sync(client=client, body=_claim(example_claim, ref))
    assert isinstance(second, Assessment) and second.id != created.id

    page = list_assessments.sync(client=client, external_ref=ref, limit=1)
    assert isinstance(page, AssessmentPage) and len(page.items) == 1 and page.next_
    cursor = parse_qs(urlparse(page.next_).query)["cursor"][0]
    rest = list_assessments.sync(client=client, external_ref=ref, limit=1, cursor=cursor)
    assert isinstance(rest, AssessmentPage) and len(rest.items) == 1
    assert {page.items[0].id, rest.items[0].id} == {created.id, second.id}
    assert rest.next_ is None

    patched = patch_assessment.sync_detailed(
        created.id,
        client=client,
        body=ClaimMergePatch.from_dict({"letter": {"photographer": "John Roe"}}),
        if_match=tag,
        lang="en",
    )
    assert patched.status_code == 200, patched.content
    assert patched.parsed.revision == 2
    assert patched.parsed.claim.letter.photographer == "John Roe"
    stale = patch_assessment.sync_detailed(
        created.id,
        client=client,
        body=ClaimMergePatch.from_dict({"letter": {"photographer": "X"}}),
        if_match=tag,
    )
    assert stale.status_code == 412 and isinstance(stale.parsed, Problem)

    revisions = list_revisions.sync(created.id, client=client)
    assert isinstance(revisions, RevisionList)
    assert [r.origin for r in revisions.items] == [RevisionOrigin.CREATE, RevisionOrigin.PATCH]

    outcome = record_outcome.sync_detailed(
        created.id,
        client=client,
        body=OutcomeIn.from_dict(
            {
                "kind": "settled",
                "amount_paid": {"amount": "400.00", "currency": "EUR"},
                "ended_on": datetime.date.today().isoformat(),
            }
        ),
    )
    assert outcome.status_code == 201 and isinstance(outcome.parsed, OutcomeOut)
    stored = get_outcome.sync(created.id, client=client)
    assert isinstance(stored, OutcomeOut) and stored.kind == OutcomeKind.SETTLED
    assert stored.amount_paid.amount == "400.00"


def test_a_letter_is_parsed_into_a_typed_draft(client):
    text = (SAMPLE_LETTERS / "007-copytrack-en.txt").read_bytes()
    parsed = parse_letter.sync_detailed(client=client, body=File(payload=io.BytesIO(text)))
    assert parsed.status_code == 200, parsed.content
    assert isinstance(parsed.parsed, LetterParse)
    assert parsed.parsed.claim.to_dict()["letter"]["agency"] == "copytrack"
    assert all(0 <= f.confidence <= 1 for f in parsed.parsed.fields)


def test_errors_are_typed_problems(client):
    missing = get_assessment.sync_detailed(uuid.uuid4(), client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Problem) and missing.parsed.status == 404
    assert missing.parsed.request_id == missing.headers["x-request-id"]

    invalid = list_assessments.sync_detailed(client=client, limit=0)
    assert invalid.status_code == 422
    assert isinstance(invalid.parsed, Problem)
    assert [e.pointer for e in invalid.parsed.errors] == ["/limit"]

    bad_claim = json.loads(json.dumps(Claim.from_dict({}).to_dict()))
    bad_claim["letter"] = {"amount_demanded": {"amount": "-1", "currency": "EUR"}}
    refused = create_assessment.sync_detailed(client=client, body=Claim.from_dict(bad_claim))
    assert refused.status_code == 422 and isinstance(refused.parsed, Problem)
    assert any(e.pointer == "/letter/amount_demanded/amount" for e in refused.parsed.errors)
