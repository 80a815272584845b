"""calendar feeds: revocable tokens (kept as SHA-256 hashes) for a firm's deadline feed

Revision ID: 0007_calendar_feeds
Revises: 0006_rate_limit_windows
Create Date: 2026-12-01 14:30:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0007_calendar_feeds"
down_revision = "0006_rate_limit_windows"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_feed",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calendar_feed") as batch:
        batch.create_index("ix_calendar_feed_token_hash", ["token_hash"], unique=True)
        batch.create_index("ix_calendar_feed_tenant", ["tenant_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calendar_feed") as batch:
        batch.drop_index("ix_calendar_feed_tenant")
        batch.drop_index("ix_calendar_feed_token_hash")
    op.drop_table("calendar_feed")
