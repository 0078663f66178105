"""Find a cover task the caller owns, for the studio extensions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.core.errors import NotFound, SleeveError
from sleeve.db.models import CoverImage, CoverStatus, CoverTask


class CoverNotFinished(SleeveError):
    """The cover task has no images (yet, or any more) for what was asked."""

    code = 409


def owned_cover(*, session: Session, account_id: int, cover_id: str) -> CoverTask:
    """The cover task if this account owns it; NotFound (never saying which) otherwise."""
    task = session.scalar(
        select(CoverTask).where(CoverTask.id == cover_id, CoverTask.account_id == account_id)
    )
    if task is None:
        raise NotFound(f"cover task {cover_id} was not found for this API key")
    return task


def finished_image(*, session: Session, task: CoverTask, image: int) -> CoverImage:
    """Image 1 or 2 of a successful cover task whose files are still kept."""
    if task.status != CoverStatus.SUCCESS:
        raise CoverNotFinished(
            f"cover task {task.id} is {task.status}, not SUCCESS: wait until it has its images"
        )
    row = session.scalar(
        select(CoverImage).where(
            CoverImage.cover_task_id == task.id, CoverImage.position == image - 1
        )
    )
    if row is None:
        raise NotFound(f"cover task {task.id} has no image {image}")
    if row.deleted_at is not None:
        raise CoverNotFinished(
            f"the images of cover task {task.id} were deleted after the retention period"
        )
    return row
