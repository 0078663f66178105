"""Record which of a cover task's two images the person picked."""

from __future__ import annotations

from sleeve.covers.lookup import finished_image, owned_cover
from sleeve.db.session import write_session


def select_image(*, account_id: int, cover_id: str, image: int) -> int:
    """Keep `image` (1 or 2) as the pick of the caller's finished cover task; picking
    again replaces the pick. Returns the picked image."""
    with write_session() as session:
        task = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
        finished_image(session=session, task=task, image=image)
        task.selected_image = image
    return image
