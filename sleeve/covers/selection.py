"""Record which of a cover task's two images the person picked."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sleeve.covers.lookup import finished_image, owned_cover


def select_image(*, session: Session, account_id: int, cover_id: str, image: int) -> int:
    """Keep `image` (1 or 2) as the pick of a finished cover task; picking again
    replaces the pick. Returns the picked image."""
    task = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
    finished_image(session=session, task=task, image=image)
    task.selected_image = image
    return image
