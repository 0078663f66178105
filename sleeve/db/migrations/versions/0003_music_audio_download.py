"""music audio download state and retention

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("music_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audio_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("audio_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("audio_error", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("audio_expires_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_music_audio_expires", ["audio_expires_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("music_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_music_audio_expires")
        batch_op.drop_column("audio_expires_at")
        batch_op.drop_column("audio_error")
        batch_op.drop_column("audio_since")
        batch_op.drop_column("audio_status")
