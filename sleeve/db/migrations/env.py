"""Alembic environment: runs Sleeve's migrations on the configured database."""

from __future__ import annotations

from alembic import context

from sleeve.db.models import Base

config = context.config
connection = config.attributes.get("connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
