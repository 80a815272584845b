"""Revisions are stored compressed and read back exactly as they were computed."""

from __future__ import annotations

import uuid
from decimal import Decimal

import orjson
from alembic import command
from sqlalchemy import create_engine, insert, literal_column, select, text

from app.core.migrate import alembic_config, upgrade
from app.models import AssessmentRevision
from app.models.types import compress_document, current_dictionary, expand_document


def test_a_stored_revision_reads_back_byte_for_byte(client, auth, example_claim, app):
    created = client.post("/v1/assessments", json=example_claim, headers=auth)
    assert created.status_code == 201, created.text
    url = created.headers["location"].split("testserver")[-1]
    read = client.get(url, headers=auth)
    assert read.status_code == 200
    assert read.content == created.content, "the stored revision is what was computed"
    table = AssessmentRevision.__table__
    untyped = select(literal_column("result")).select_from(table)
    with app.state.engine.connect() as conn:
        raw = conn.execute(
            untyped.where(table.c.assessment_id == uuid.UUID(created.json()["id"]))
        ).scalar_one()
    stored = bytes(raw)
    assert not stored.startswith(b"{"), "the column holds compressed bytes, not JSON"
    computed = orjson.dumps({k: created.json()[k] for k in ("findings", "questions")})
    assert len(stored) * 4 < len(computed)


def test_documents_keep_their_order_and_values():
    document = {"z": 1, "a": [1.5, None, True], "é": "Urheberrechtsgesetz § 97", 10: "ten"}
    expanded = expand_document(compress_document(document))
    assert list(expanded) == ["z", "a", "é", "10"], "keys keep their order; numbers become text"
    assert expanded["é"] == "Urheberrechtsgesetz § 97" and expanded["a"] == [1.5, None, True]
    assert expand_document(compress_document({"fee": Decimal("12.50")})) == {"fee": "12.50"}


def test_frames_name_the_dictionary_they_need():
    import zstandard

    frame = compress_document({"rule_id": "GEN-MANDATE-01"})
    dictionary = current_dictionary()
    assert dictionary is not None, "a dictionary ships with the application"
    assert zstandard.get_frame_parameters(frame).dict_id == dictionary.dict_id()


def test_frames_of_an_earlier_dictionary_still_read():
    """A new dictionary compresses; the rows an earlier one wrote are read with it."""
    import zstandard

    from app.models.types import shipped_dictionaries

    shipped = shipped_dictionaries()
    assert len(shipped) >= 2, "this test needs an earlier dictionary than the current one"
    document = {"rule_id": "GEN-MANDATE-01", "texts": ["Urheberrechtsgesetz § 97"] * 3}
    earlier = zstandard.ZstdCompressor(level=3, dict_data=shipped[0]).compress(
        orjson.dumps(document)
    )
    assert zstandard.get_frame_parameters(earlier).dict_id == shipped[0].dict_id()
    assert shipped[0].dict_id() != current_dictionary().dict_id()
    assert expand_document(earlier) == document


def test_the_migration_compresses_existing_revisions_and_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0002")
    engine = create_engine(url)
    tenant, assessment = uuid.uuid4(), uuid.uuid4()
    result = {"strategy": {"recommendation": "counter_offer"}, "findings": [{"b": 1, "a": 2}]}
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO tenant (id, name, created_at) VALUES (:id, 'f', '2026-12-01')"),
            {"id": tenant.hex},
        )
        conn.execute(
            text(
                "INSERT INTO assessment (id, tenant_id, recommendation, revision, "
                "rulebook_version, created_at, updated_at) VALUES "
                "(:id, :t, 'counter_offer', 1, '1', '2026-12-01', '2026-12-01')"
            ),
            {"id": assessment.hex, "t": tenant.hex},
        )
        conn.execute(
            text(
                "INSERT INTO assessment_revision (assessment_id, revision, tenant_id, origin, "
                "created_at, claim, result, trace, provenance, rulebook_version, "
                "rulebook_digest, app_version) VALUES (:a, 1, :t, 'create', '2026-12-01', "
                ":claim, :result, '{}', NULL, '1', 'd', '0')"
            ),
            {
                "a": assessment.hex,
                "t": tenant.hex,
                "claim": '{"letter": {"agency": "copytrack"}}',
                "result": orjson.dumps(result).decode(),
            },
        )
    engine.dispose()
    upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(select(AssessmentRevision.__table__)).one()
    assert row.result == result and row.claim == {"letter": {"agency": "copytrack"}}
    assert row.trace == {} and row.provenance is None
    with engine.begin() as conn:
        conn.execute(
            insert(AssessmentRevision.__table__).values(
                assessment_id=assessment,
                revision=2,
                tenant_id=tenant,
                origin="patch",
                created_at=row.created_at,
                claim={},
                result={"x": 1},
                trace={},
                rulebook_version="1",
                rulebook_digest="d",
                app_version="0",
            )
        )
    engine.dispose()
    command.downgrade(alembic_config(url), "0002")
    engine = create_engine(url)
    with engine.connect() as conn:
        results = conn.execute(
            text("SELECT result FROM assessment_revision ORDER BY revision")
        ).scalars()
        assert [orjson.loads(value) for value in results] == [result, {"x": 1}]
    engine.dispose()
