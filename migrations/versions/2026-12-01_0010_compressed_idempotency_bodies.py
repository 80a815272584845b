"""idempotency records keep the replayed body compressed (zstd of the orjson bytes)

Revision ID: 0010_compressed_idempotency
Revises: 0009_gdpr_lifecycle
Create Date: 2026-12-01 20:40:00

``idempotency_record.response_body`` moves from JSON/JSONB (about 50 KB an assessment) to
a binary column holding the same document compressed like the revisions' documents (see
app/models/types.py), converted in primary-key batches; the downgrade expands them back.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.models.types import compress_document, expand_document

revision = "0010_compressed_idempotency"
down_revision = "0009_gdpr_lifecycle"
branch_labels = None
depends_on = None

BATCH = 500
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _compress(value):
    return None if value is None else compress_document(value)


def _expand(value):
    return None if value is None else expand_document(bytes(value))


def _convert(source_type, target_type, convert) -> None:
    with op.batch_alter_table("idempotency_record") as batch_op:
        batch_op.add_column(sa.Column("response_body_new", target_type, nullable=True))
    conn = op.get_bind()
    records = sa.table(
        "idempotency_record",
        sa.column("tenant_id", sa.Uuid()),
        sa.column("key", sa.String()),
        sa.column("response_body", source_type),
        sa.column("response_body_new", target_type),
    )
    key = (records.c.tenant_id, records.c.key)
    after = None
    while True:
        query = sa.select(*key, records.c.response_body).order_by(*key)
        if after is not None:
            query = query.where(sa.tuple_(*key) > sa.tuple_(*after))
        rows = conn.execute(query.limit(BATCH)).all()
        if not rows:
            break
        for tenant_id, name, body in rows:
            if body is not None:
                conn.execute(
                    records.update()
                    .where(records.c.tenant_id == tenant_id, records.c.key == name)
                    .values(response_body_new=convert(body))
                )
        after = (rows[-1][0], rows[-1][1])
    with op.batch_alter_table("idempotency_record") as batch_op:
        batch_op.drop_column("response_body")
        batch_op.alter_column(
            "response_body_new",
            new_column_name="response_body",
            nullable=True,
            existing_type=target_type,
        )


def upgrade() -> None:
    _convert(JSON_DOC, sa.LargeBinary(), _compress)


def downgrade() -> None:
    _convert(sa.LargeBinary(), JSON_DOC, _expand)
