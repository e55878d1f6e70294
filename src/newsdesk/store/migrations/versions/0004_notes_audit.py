"""editors' notes, the audit trail, site activity counters, approval checklists

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_remotes") as batch:
        batch.add_column(sa.Column("activity", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("checklist", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "notes",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("parent", sa.String(36), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_notes_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_notes"),
    )
    op.create_index("ix_notes_article_id", "notes", ["article_id"])

    op.create_table(
        "audit_entries",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_audit_entries_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_audit_entries"),
    )


def downgrade() -> None:
    op.drop_table("audit_entries")
    op.drop_index("ix_notes_article_id", "notes")
    op.drop_table("notes")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("checklist")
    with op.batch_alter_table("article_remotes") as batch:
        batch.drop_column("activity")
