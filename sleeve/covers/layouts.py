"""The layouts an account's covers drew lately, which its next covers avoid, so that
an album's or a catalogue's covers do not repeat one composition (engine.looks)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.db.models import CoverImage, CoverTask


def recent_layouts(*, session: Session, account_id: int, limit: int) -> list[str]:
    """The layout keys of the account's latest `limit` stored covers, newest first."""
    if limit == 0:
        return []
    rows = session.scalars(
        select(CoverImage.layout)
        .join(CoverTask, CoverTask.id == CoverImage.cover_task_id)
        .where(CoverTask.account_id == account_id, CoverImage.layout != "")
        .order_by(CoverImage.created_at.desc(), CoverImage.position.desc())
        .limit(limit)
    )
    return list(rows)
