"""revision documents stored compressed (zstd of the orjson bytes)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 11:20:00

Each revision's claim, result, trace and provenance move from JSON/JSONB to a binary column
holding the zstd-compressed orjson bytes of the same document (with the shipped
dictionary, see app/models/types.py). Existing rows are converted
in batches, in primary-key order; the downgrade expands them back.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from app.models.types import compress_document, expand_document

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

DOCUMENTS = ("claim", "result", "trace", "provenance")
REQUIRED = {"claim", "result", "trace"}
BATCH = 500
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _compress(value):
    return None if value is None else compress_document(value)


def _expand(value):
    return None if value is None else expand_document(bytes(value))


def _convert(source_type, target_type, convert) -> None:
    """Copy every document into a ``<name>_new`` column of the target type, then swap."""
    with op.batch_alter_table("assessment_revision") as batch_op:
        for name in DOCUMENTS:
            batch_op.add_column(sa.Column(f"{name}_new", target_type, nullable=True))
    conn = op.get_bind()
    revisions = sa.table(
        "assessment_revision",
        sa.column("assessment_id", sa.Uuid()),
        sa.column("revision", sa.Integer()),
        *(sa.column(name, source_type) for name in DOCUMENTS),
        *(sa.column(f"{name}_new", target_type) for name in DOCUMENTS),
    )
    key = (revisions.c.assessment_id, revisions.c.revision)
    after = None
    while True:
        query = sa.select(*key, *(revisions.c[name] for name in DOCUMENTS)).order_by(*key)
        if after is not None:
            query = query.where(sa.tuple_(*key) > sa.tuple_(*after))
        rows = conn.execute(query.limit(BATCH)).all()
        if not rows:
            break
        for row in rows:
            conn.execute(
                revisions.update()
                .where(revisions.c.assessment_id == row[0], revisions.c.revision == row[1])
                .values({f"{name}_new": convert(row[i + 2]) for i, name in enumerate(DOCUMENTS)})
            )
        after = (rows[-1][0], rows[-1][1])
    with op.batch_alter_table("assessment_revision") as batch_op:
        for name in DOCUMENTS:
            batch_op.drop_column(name)
        for name in DOCUMENTS:
            batch_op.alter_column(
                f"{name}_new", new_column_name=name, nullable=name not in REQUIRED,
                existing_type=target_type,
            )


def upgrade() -> None:
    _convert(JSON_DOC, sa.LargeBinary(), _compress)


def downgrade() -> None:
    _convert(sa.LargeBinary(), JSON_DOC, _expand)
