"""the audit record's head each desk has seen, and why a record is not trusted

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_heads",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_audit_heads_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name="pk_audit_heads"),
    )
    # What a desk already holds as sent came from the site: that is the head it has seen.
    op.execute(
        "INSERT INTO audit_heads (article_id, length, hash, problem)"
        " SELECT e.article_id, e.position, e.hash, '' FROM audit_entries AS e"
        " WHERE e.sent AND e.position = (SELECT max(s.position) FROM audit_entries AS s"
        " WHERE s.article_id = e.article_id AND s.sent)"
    )


def downgrade() -> None:
    op.drop_table("audit_heads")
