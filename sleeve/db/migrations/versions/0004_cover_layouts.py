"""cover layouts: the turn of the seed each image was drawn at, and its layout key

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 11:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cover_images", schema=None) as batch_op:
        batch_op.add_column(sa.Column("turn", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("layout", sa.String(length=120), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("cover_images", schema=None) as batch_op:
        batch_op.drop_column("layout")
        batch_op.drop_column("turn")
