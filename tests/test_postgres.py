"""PostgreSQL specifics: the list query uses the tenant indexes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.conftest import PG_SKIP_REASON, PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)


def test_filtered_list_uses_an_index(app):
    with app.state.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                text(
                    "EXPLAIN SELECT * FROM assessment WHERE tenant_id = gen_random_uuid() "
                    "AND agency = 'copytrack' ORDER BY created_at DESC, id DESC LIMIT 21"
                )
            )
        )
    assert "ix_assessment_tenant_agency" in plan, plan


def test_documents_and_replayed_bodies_are_binary(app):
    with app.state.engine.connect() as conn:
        kind = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'assessment_revision' AND column_name = 'result'"
            )
        ).scalar()
        replay = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'idempotency_record' AND column_name = 'response_body'"
            )
        ).scalar()
    assert kind == "bytea", "revision documents are stored compressed"
    assert replay == "bytea", "replayed bodies are stored compressed"
