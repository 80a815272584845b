"""rate limit counters shared by replicas

Revision ID: 0006_rate_limit_windows
Revises: 0005_key_scopes
Create Date: 2026-12-01 13:50:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0006_rate_limit_windows"
down_revision = "0005_key_scopes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limit_window",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("rate_limit_window")
