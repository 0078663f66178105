"""Serve cover images at their stable URLs, with caching headers; 410 once expired."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy import select

from sleeve.core.clock import iso_millis
from sleeve.db.models import CoverImage
from sleeve.db.session import read_session
from sleeve.files.storage import LocalStorage, get_storage

router = APIRouter(tags=["files"])


@router.get(
    "/files/covers/{token}.png",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}, 404: {}, 410: {}},
)
def cover_image(token: str, request: Request):
    """One cover image. 404 for unknown names; 410 after the retention period."""
    with read_session() as session:
        image = session.scalar(select(CoverImage).where(CoverImage.token == token))
    if image is None:
        return JSONResponse({"detail": "no such image"}, status_code=404)
    if image.deleted_at is not None:
        return JSONResponse(
            {
                "detail": f"this image expired on {iso_millis(image.expires_at)} and was deleted "
                "after the retention period; the cover record is kept"
            },
            status_code=410,
        )
    etag = f'"{image.etag}"'
    max_age = 86400
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}, immutable"}
    storage = get_storage()
    if isinstance(storage, LocalStorage):
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        path = storage.path(image.storage_key)
        if not path.is_file():
            return JSONResponse({"detail": "image file is missing"}, status_code=404)
        return FileResponse(path, media_type="image/png", headers=headers)
    return storage.redirect(image.storage_key, headers)  # type: ignore[attr-defined]
