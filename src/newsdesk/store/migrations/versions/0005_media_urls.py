"""the address of each uploaded file, for photos in article bodies

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("media_uploads") as batch:
        batch.add_column(sa.Column("url", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("media_uploads") as batch:
        batch.drop_column("url")
