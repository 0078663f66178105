"""INSERT ... ON CONFLICT for whichever database the session is on (SQLite or PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignoring_conflict(session: Session, model: Any, conflict_on: list[str]) -> Any:
    """An INSERT for `model` that does nothing when the unique `conflict_on` columns
    already hold the values; chain .values(...) and .returning(...) onto it."""
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    return dialect.insert(model).on_conflict_do_nothing(index_elements=conflict_on)
