"""Serve cover images at their stable URLs (GET and HEAD), with caching headers; 410
once expired. The storage says where a file is (`url`); this module answers with the
file itself (local) or a redirect to its short-lived URL (S3)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import Headers

from sleeve.core.errors import SleeveError
from sleeve.files.service import stored_image
from sleeve.files.storage import Storage, get_storage
from sleeve.files.urls import redirect_cache_control

router = APIRouter(tags=["files"])
CACHE_CONTROL = "public, max-age=86400, immutable"


@router.api_route(
    "/files/covers/{token}.png",
    methods=["GET", "HEAD"],
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}, 404: {}, 410: {}},
)
def cover_image(token: str, request: Request):
    """One cover image. 404 for unknown names; 410 after the retention period."""
    try:
        image = stored_image(token=token)
    except SleeveError as exc:  # outside /api/: a plain JSON detail, not the envelope
        return JSONResponse({"detail": exc.msg}, status_code=exc.code)
    etag = f'"{image.etag}"'
    return file_response(get_storage(), image.storage_key, etag, request.headers)


def file_response(storage: Storage, key: str, etag: str, request_headers: Headers) -> Response:
    """The stored file (304 when the client has it) or a redirect to where it is."""
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    location = storage.url(key)
    if storage.url_lifetime_s is not None:
        # the redirect's target expires: no ETag (a 304 would renew it past that)
        cache = redirect_cache_control(CACHE_CONTROL, storage.url_lifetime_s)
        return RedirectResponse(location, status_code=307, headers={"Cache-Control": cache})
    if request_headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    path = Path(unquote(urlparse(location).path))
    if not path.is_file():
        return JSONResponse({"detail": "image file is missing"}, status_code=404)
    return FileResponse(path, media_type="image/png", headers=headers)
