"""GDPR lifecycle: the audit log, legal holds, each firm's retention period, and the key a
browser session signed in with (its scopes apply to the review pages)

Revision ID: 0009_gdpr_lifecycle
Revises: 0008_drop_idempotency_status
Create Date: 2026-12-01 16:10:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0009_gdpr_lifecycle"
down_revision = "0008_drop_idempotency_status"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("api_key_id", sa.Uuid(), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("operation", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("route", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("assessment_id", sa.Uuid(), nullable=True),
        sa.Column("resource_type", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("resource_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("subject_erased", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_event") as batch:
        batch.create_index(
            "ix_audit_event_tenant_time", ["tenant_id", "occurred_at", "id"], unique=False
        )
        batch.create_index(
            "ix_audit_event_tenant_assessment", ["tenant_id", "assessment_id"], unique=False
        )
    op.create_table(
        "legal_hold",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("external_ref", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("assessment_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("api_key_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "assessment_id", name="uq_legal_hold_assessment"),
        sa.UniqueConstraint("tenant_id", "external_ref", name="uq_legal_hold_ref"),
    )
    # Plain ALTER TABLE (no batch): rebuilding ``tenant`` on SQLite would cascade.
    op.add_column(
        "tenant",
        sa.Column("retention_period", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    )
    with op.batch_alter_table("web_session") as batch:
        batch.add_column(sa.Column("api_key_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("web_session") as batch:
        batch.drop_column("api_key_id")
    # Not a batch: on SQLite a batch rebuilds the table, and dropping the old ``tenant``
    # (foreign keys on) would cascade to every firm's rows. SQLite 3.35+ drops a column.
    op.drop_column("tenant", "retention_period")
    op.drop_table("legal_hold")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_tenant_assessment")
        batch.drop_index("ix_audit_event_tenant_time")
    op.drop_table("audit_event")
