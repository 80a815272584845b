"""idempotency records: drop the unused response_status column (every idempotent request
is a creation, replayed as 201)

Revision ID: 0008_drop_idempotency_status
Revises: 0007_calendar_feeds
Create Date: 2026-12-01 16:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0008_drop_idempotency_status"
down_revision = "0007_calendar_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency_record") as batch:
        batch.drop_column("response_status")


def downgrade() -> None:
    with op.batch_alter_table("idempotency_record") as batch:
        batch.add_column(sa.Column("response_status", sa.Integer(), nullable=True))
