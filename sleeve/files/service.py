"""Find a stored cover image by the token in its public URL."""

from __future__ import annotations

from sqlalchemy import select

from sleeve.core.clock import iso_millis
from sleeve.core.errors import SleeveError
from sleeve.db.models import CoverImage
from sleeve.db.session import read_session


class ImageGone(SleeveError):
    """The image was deleted after the retention period (its record stays)."""

    code = 410


def stored_image(*, token: str) -> CoverImage:
    """The image behind a public URL; SleeveError 404 when unknown, ImageGone after
    retention."""
    with read_session() as session:
        image = session.scalar(select(CoverImage).where(CoverImage.token == token))
    if image is None:
        raise SleeveError("no such image", code=404)
    if image.deleted_at is not None:
        raise ImageGone(
            f"this image expired on {iso_millis(image.expires_at)} and was deleted after the "
            "retention period; the cover record is kept"
        )
    return image
