"""XML-RPC sites, merge bases on remotes, pending conflicts, uploaded media

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("api_url", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("blog_id", sa.Text(), nullable=False, server_default="1"))
    with op.batch_alter_table("article_remotes") as batch:
        batch.add_column(sa.Column("remote_version", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("base", sa.Text(), nullable=True))
        batch.add_column(sa.Column("content_sha", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("remote_version", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_conflicts_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_conflicts_site_id_sites", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
        sa.UniqueConstraint("article_id", "site_id", name="uq_conflicts_article_id"),
    )

    op.create_table(
        "media_uploads",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_media_uploads_site_id_sites", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("site_id", "sha256", name="pk_media_uploads"),
    )


def downgrade() -> None:
    op.drop_table("media_uploads")
    op.drop_table("conflicts")
    with op.batch_alter_table("article_remotes") as batch:
        batch.drop_column("content_sha")
        batch.drop_column("base")
        batch.drop_column("remote_version")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("blog_id")
        batch.drop_column("api_url")
