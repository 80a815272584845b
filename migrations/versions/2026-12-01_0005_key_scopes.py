"""API key scopes: read, write, admin (existing keys keep every scope)

Revision ID: 0005_key_scopes
Revises: drafts01
Create Date: 2026-12-01 13:45:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0005_key_scopes"
down_revision = "drafts01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "api_key",
        sa.Column(
            "scopes",
            sqlmodel.sql.sqltypes.AutoString(length=100),
            nullable=False,
            server_default="read write admin",
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("api_key") as batch:
        batch.drop_column("scopes")
