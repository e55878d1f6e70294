"""outbox, article remotes, full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from newsdesk.text.fold import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_outbox_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name="fk_outbox_site_id_sites", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_article_id", "outbox", ["article_id"])
    op.create_index("ix_outbox_state_site_id", "outbox", ["state", "site_id"])
    op.create_index(
        "uq_outbox_pending",
        "outbox",
        ["article_id", "site_id", "action"],
        unique=True,
        sqlite_where=sa.text("state = 'pending'"),
    )

    op.create_table(
        "article_remotes",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=True),
        sa.Column("remote_status", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("synced_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_article_remotes_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name="fk_article_remotes_site_id_sites",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "site_id", name="pk_article_remotes"),
    )
    op.create_index("ix_article_remotes_site_remote", "article_remotes", ["site_id", "remote_id"])

    op.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, sapo, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection = op.get_bind()
    articles = connection.execute(sa.text("SELECT id, title, sapo, body FROM articles"))
    for article_id, title, sapo, body in articles.all():
        connection.execute(
            sa.text(
                "INSERT INTO articles_fts (rowid, title, sapo, body) "
                "VALUES (:id, :title, :sapo, :body)"
            ),
            {"id": article_id, "title": fold(title), "sapo": fold(sapo), "body": fold(body)},
        )


def downgrade() -> None:
    op.execute("DROP TABLE articles_fts")
    op.drop_index("ix_article_remotes_site_remote", table_name="article_remotes")
    op.drop_table("article_remotes")
    op.drop_index("uq_outbox_pending", table_name="outbox")
    op.drop_index("ix_outbox_state_site_id", table_name="outbox")
    op.drop_index("ix_outbox_article_id", table_name="outbox")
    op.drop_table("outbox")
