"""studio: picked image, requested styles, variations, art direction, exports

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 02:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cover_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("selected_image", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("styles", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("variation_of", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("direction", sa.Text(), nullable=True))
    op.create_table(
        "cover_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cover_task_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("storage_key", sa.String(length=300), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["cover_task_id"], ["cover_tasks.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cover_task_id", "position", "size", "format", name="uq_export"),
    )
    with op.batch_alter_table("cover_exports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cover_exports_cover_task_id"), ["cover_task_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cover_exports_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("cover_exports")
    with op.batch_alter_table("cover_tasks", schema=None) as batch_op:
        batch_op.drop_column("direction")
        batch_op.drop_column("variation_of")
        batch_op.drop_column("styles")
        batch_op.drop_column("selected_image")
